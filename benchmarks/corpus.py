"""A synthetic news corpus in geomap's own words, for benchmarks and scale tests.

Articles of about 500 words mix event sentences, distance statements and filler
about real places drawn from the gazetteer (towns in conflict-affected
countries), so place density resembles wire copy.
"""

from __future__ import annotations

import random

import gazetteer

COUNTRIES = ("SY", "UA", "SD", "YE", "ML", "SO", "CD", "IQ", "LY", "MM")
EVENT_SENTENCES = [
    "Rebel fighters captured the town of {a} early on {day}, local residents said.",
    "Government forces recaptured {a} and {b} after two days of fighting.",
    "Warplanes struck a market in {a} on {day}, killing at least {n} people.",
    "Heavy clashes were reported near {a} overnight, according to a monitoring group.",
    "Artillery shelling hit the outskirts of {a}, damaging several houses.",
    "Hundreds of protesters rallied in {a} to demand the release of detainees.",
    "Police arrested {n} men in {a} on {day}, officials said.",
    "Gunmen abducted a local official in {a} late on {day}.",
    "The army said it had taken control of {a}, {b} and {c} during the week.",
]
CLAIM_SENTENCES = [
    "{a} lies about {km} km from {b}.",
    "The front line is now roughly {km} kilometers ({mi} miles) from {b}.",
    "{a}, some {km} km {dir} of {b}, was also hit.",
]
FILLER = [
    "Aid agencies warned that food and fuel were running short and that many families had fled in recent weeks.",
    "The statement could not be independently verified, and officials did not respond to requests for comment.",
    "Diplomats in several capitals called for calm and urged all sides to protect civilians and infrastructure.",
    "Analysts said the fighting could shift the balance along the wider front in the coming months.",
    "Schools in the district have been closed since the start of the month, teachers said.",
    "Mobile networks were cut for several hours, making it hard to confirm the reports.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIRECTIONS = ["north", "south", "east", "west", "northwest", "southeast"]


def towns(gaz: gazetteer.Gazetteer, per_country: int = 80) -> dict[str, list[str]]:
    """Ascii names of populated places per country, taken from the index."""
    found: dict[str, list[str]] = {}
    for code in COUNTRIES:
        rows = gaz.db.execute("SELECT name FROM places WHERE country=? AND fclass='P' AND population > 5000 "
                              "ORDER BY population DESC LIMIT ?", (code, per_country * 3)).fetchall()
        names = [name for (name,) in rows if name.isascii() and name.replace(" ", "").isalpha()]
        found[code] = names[:per_country]
    return found


def article(rng: random.Random, places: dict[str, list[str]], number: int) -> dict:
    code = rng.choice([c for c in COUNTRIES if len(places[c]) >= 3])
    pool = places[code]
    sentences = []
    while sum(len(s.split()) for s in sentences) < 500:
        kind = rng.random()
        a, b, c = rng.sample(pool, 3)
        values = dict(a=a, b=b, c=c, day=rng.choice(DAYS), n=rng.randint(2, 40), km=rng.randint(5, 60),
                      dir=rng.choice(DIRECTIONS))
        values["mi"] = round(values["km"] / 1.609)
        template = rng.choice(EVENT_SENTENCES if kind < 0.45 else CLAIM_SENTENCES if kind < 0.55 else FILLER)
        sentences.append(template.format(**values))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return {"id": f"synthetic-{number}", "title": f"Fighting around {pool[0]}", "date": "2024-12-03",
            "text": "\n\n".join(paragraphs)}


def generate(gaz: gazetteer.Gazetteer, count: int, seed: int = 7):
    rng = random.Random(seed)
    places = towns(gaz)
    for number in range(count):
        yield article(rng, places, number)

"""Stage 3, resolve: choose a gazetteer place for every mention, and say why.

Resolution is an ordered list of small passes (after CLIFF-CLAVIN).  Each pass
looks at the mentions still open, may resolve some, and records its name and
reason in ``Mention.why``; later passes see what earlier ones decided.

1. ``demonym`` -- "Syrian" is Syria.
2. ``initials`` -- "SA" beside "South Africans" is South Africa, "NSW" in Australia New South Wales.
3. ``explicit-context`` -- "Soran, Hama", "Tripoli, Lebanon", "Soran in Hama province":
   the next name narrows the first.
4. ``feature-word`` -- "Idlib province" is the province, "the town of Idlib" the town (but
   namesakes of that kind far apart, "Dublin City Council", are left to the article's context); "the
   eastern Ukrainian city of Pokrovsk" a town of that demonym's country.
5. ``unambiguous`` -- countries, continents and names whose best candidate leads the
   next by a clear margin (they become the document's context).
6. ``country-name`` -- a country's own name is the country, unless a first-level unit of
   another country shares it ("Georgia").
7. ``one-sense`` -- a name repeated in the article names the place it named before, however cased
   ("BUKAVU" in the dateline, "Bukavu" in the text) -- but not the unit its unit word made it ("Kharkiv
   region", then a strike "in Kharkiv": the city).
8. ``spatial-minimality`` -- ambiguous names whose candidates lie close together choose
   those candidates.
9. ``document-coherence`` -- the rest, ranked with the countries and places already
   resolved in the article (places in one article cluster); names whose candidates tie
   wait for all the others.  The article's country is a vote of its names, resolved or not yet.
10. ``legislature`` -- a legislature's bare name ("Congress", which leads to the US Capitol) is that of the
    country the article's places lie in most, in its capital ("marched toward Congress" in a story of Lima).
11. ``world-city`` -- a small town chosen only for the article's country, far from its other
    towns, gives the name back to a capital or city of a million abroad ("London" in a story
    from Washington).
12. ``named-abroad`` -- such a town, with no town the text settles otherwise near it, gives the
    name to a namesake of 100,000 people or more, twice its size, in another country the text
    names ("Manchester" beside "British" in a story about US troops).
13. ``list-siblings`` -- a name listed with first-level units of one country is one of them
    ("California, Washington, Utah": the state); one listed with national capitals only is a capital
    ("Washington and London", not the English town near London).
14. ``local-cluster`` -- a name resolved before context to a place far from the article's
    towns takes a namesake that lies among them ("Palestine" beside Elkhart, Texas; "Jordan"
    beside Shakopee, Minnesota).
15. ``located-in`` -- a name the gazetteer lacks, followed by "in" or "near" and a town, lies
    in or by that town ("Alder Hey Children's Hospital in Liverpool", "Zorbaqand, a village near Hama"), as does
    one it knows only by a near spelling far from that town ("Beita near Nablus", not Beit El);
    followed by "in" and a province, in that province ("Paletwa in Chin State").
16. ``contained-name`` -- a name the gazetteer lacks is placed at the well-known place it
    contains ("Manila Cathedral" in Manila, "US Federal Reserve" in the United States, "the Russian
    Foreign Ministry" in Moscow).
17. ``list-neighbour`` -- a name the gazetteer lacks, listed with towns, is placed at the nearest
    of them ("Aita al-Shaab and Bint Jbeil").
18. ``stray-town`` -- a small town abroad chosen by its name alone, far from every other place of
    the text, is the article's village the gazetteer lacks where the text calls it a place ("near
    Liancourt" in a story about Haiti), else no place: the mention is dropped ("Human" Rights Watch).
19. ``town-quarter`` -- "the Tierra Blanca neighbourhood" that its name alone put at a namesake far from
    the town the article names most is a quarter of that town: placed there.
20. ``measured-near`` -- a name its name or context put many times the stated distance from the town the text
    measures it from ("the village of al-Mazraa, about 10 km west of Sweida") takes the namesake that lies at that
    distance, or, a village abroad, is one the gazetteer lacks: placed at that town (for claims to estimate); a
    village placed only in the province that holds that town ("Darul Jamal, which lies about 20 km from Bama") is
    placed at the town.
21. ``village-homonym`` -- a village its name alone put at a city of 100,000 far from the text's other towns
    ("the village of Rivne, about 6 km northwest of Pokrovsk"), or at a near spelling in a country none of them
    lies in ("the village of Khanasor" beside Sinjar: not Taşlıca, in Turkey), is a village the gazetteer
    lacks: placed at the town the text has just told of.
22. ``capital`` -- "the capital" is the capital of the country a demonym or possessive before it
    names ("the Syrian capital", "Sudan's capital"), else the capital its sentence has just named ("in Tehran and
    Natanz, 250 km south of the capital"), else that of the country the article names most;
    "the regional capital" is the seat of the province the towns named before it lie in most (before local focus:
    a capital the text names so is one of the story's towns).
23. ``local-focus`` -- any other name the gazetteer lacks is placed at the town the article
    names most ("Royal Street" in a story about New Orleans), or at the town just told where the text calls it
    nearby ("the nearby village of Gundo Meskel"), or in the province its sentence opens in where that town
    is not ("In the Menaka region to the east, ... the village of Tabangout").
24. ``unresolved`` -- what is left keeps its reason: no candidate consistent with the article,
    or a name the gazetteer lacks in an article that names no town.

Passes 15 to 21 and 23 place a name at the town it lies in: such mentions are ``approximate`` (as is a village
that explicit-context places in the region the text names when the gazetteer has none there, or in the country
whose part it names: "Boni in central Mali").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from gazetteer import ACCEPT, Candidate, Gazetteer, Place
from gazetteer.geo import SpherePoint, count_within, haversine_km, nearest
from gazetteer.normalize import fold

from .borders import distance_to_border
from .document import Article, Mention
from .lexicon import COMMON_WORDS, GIVEN_NAMES, TOPONYM_PREFIXES
from .text import BORDER_WITH, CAPITAL_ACTS, DIRECTION_ALONE_KM, ROAD_TO, TOWN_PARTS, list_end, listed_before

_MARGIN = 0.33
_COHERENCE_MARGIN = 0.2
_MINIMALITY_MAX_NAMES = 60
_MINIMALITY_CANDIDATES = 15
# Close enough to be the same area: in dense regions 50 km already holds unrelated namesakes.
_NEAR_KM, _REGION_KM = 30, 200
_CONTEXT_PLACES = 200
_CONTAINED_POPULATION = 10_000
_CLUSTER_KM = 50
_SMALL_TOWN = 100_000
_VILLAGE = 10_000
_STRAY_KM = 1000  # a town abroad this far from every other place of the text is a stray
_BY_NAME_PASSES = ("unambiguous", "one-sense", "document-coherence", "feature-word")
# "in Delft", "near Liancourt", "Giza's Haram district": the text calls the name a place.
_PLACE_CUE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|outside|to|of|into|towards?|around)\s+(?:the\s+)?|['’]s\s+)$")
_FIGURE = (r"(?:(?:about|some|around|roughly|nearly|approximately|just|only|a\s+further|another)\s+)?"  # "about 60 km"
           r"(?P<km>\d[\d.,]*)\s*-?\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\b")
# "Tawila, some 60 km to the west": a name the text measures a distance to is a place ("Darul Jamal, which lies 20 km
# from", "Kamanyola, a town on the border with Rwanda about 50 km south of Bukavu")
_MEASURED_AFTER = re.compile(r",\s+(?:(?:all|both)\s+)?(?:(?:which|that)\s+(?:lies|is|sits)\s+|within\s+|"
                             r"an?\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|settlement|hamlet)\b[^,.;()\d]{0,60}?\s+)?"
                             + _FIGURE, re.I)
# "Mambasa, a further 90 km to the west": measured from the place told just before
_FURTHER_TO_THE = re.compile(r"\s+(?:away\s+)?to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b(?!\s+of)",
                             re.I)
# "al-Mazraa, about 10 km west of Sweida": the distance and the town it is measured from, right after a name
_FROM_TOWN = (r"(?:\s*\([^)]{1,30}\))?\s+(?:(?:to\s+the\s+)?[a-z-]+\s+)?(?:of|from)\s+(?:the\s+)?"
              r"(?:(?:city|town)\s+of\s+)?")
_MEASURED_FROM_NEXT = re.compile(_MEASURED_AFTER.pattern + _FROM_TOWN, re.I)
# "the Kassara front, about 30 km ...": a feature word between a name and its distance
_WORD_THEN_COMMA = re.compile(r"\s+(?:front|area|district|township|village|town|camp|base|crossing)(?=,)")
# ... or told as where the name lies ("Mocimboa da Praia lies about 70 km south of Palma")
_LIES_MEASURED = re.compile(r"\s+(?:lies|sits|is\s+located|is\s+situated)\s+" + _FIGURE + _FROM_TOWN, re.I)
# "al-Mazraa, west of Sweida": a direction alone, from a town (which puts a place DIRECTION_ALONE_KM from it)
_DIRECTION_FROM_NEXT = re.compile(r",\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:north|south))?(?:-?(?:east|west))?"
                                  r"\s+of\s+(?:the\s+)?", re.I)
# "... west of the city": a distance measured from the town the sentence called a city (or town) before
_CITY_NAMED_BEFORE = re.compile(r"(city|town)\b(?!\s+(?:of|hall|centre|center|council)\b)", re.I)
_WORLD_CITY_POPULATION = 1_000_000
# "St. Petersburg" is Saint Petersburg's own name, not another name of it.
_TITLE_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_TITLE_ABBREVIATION = re.compile(r"\b(st|ste|mt|ft)\b\.?")
_INITIALS = re.compile(r"[A-Z]{2,4}|(?:[A-Z]\.){2,4}")
_NATURE_FIRST = frozenset("Lake Mount Mountain".split())
_SETTLEMENT_WORDS = frozenset("Colony Township Heights Springs Beach Falls City Village".split())
# "the Makeen area of South Waziristan", "the Rampura area of Dhaka": the part word then "of" and its place
_PART_OF_UNIT = r"|\s+(?:area|district|region|neighbou?rhood|quarter|sector)\s+of\s+(?:the\s+)?" \
    r"|\s+(?:is|lies)\s+in\s+(?:the\s+)?"  # ... or said to lie in it: "Fambita is in the Tera department"
# A building named after its town's namesake: "the Soroka hospital in Beersheba" (not Soroca, Moldova), "the Litoral
# penitentiary in Guayaquil" -- or a camp: "the Far'a refugee camp near Tubas"
_BUILDING_AFTER = re.compile(r"\s+(?:hospital|prison|penitentiary|jail|market|mosque|church|cathedral|school|"
                             r"university|stadium|refinery|(?:refugee\s+)?camp)\b")
# "the village of Beita, south of Nablus": a bare direction from a town
_BARE_DIRECTION = re.compile(r",\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+")
_IN_TOWN = re.compile(r"(?:" + _BUILDING_AFTER.pattern + r"|\s+(?:village|town|settlement))?"  # ("Dumba village near")
                      r",?\s+(?:in|near|outside)\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town|village)\s+of\s+|"
                      r"(?:northern|southern|eastern|western|central|neighbou?ring)\s+)?|,\s+(?:a|the)\s+"
                      r"(?:\w+\s+)?(?:suburb|district|neighbou?rhood|village|town|quarter)\s+(?:of|in|near)\s+"
                      # ... or a bare direction from it
                      r"|" + _BARE_DIRECTION.pattern + _PART_OF_UNIT)
# "the village of Kimakpa in the Bassa area": in the area of a town the text names
_IN_THE = re.compile(r",?\s+in\s+the\s+")
_AREA_AFTER = re.compile(r"\s+(?:area|district|territory|county|local\s+government\s+area)\b")
# "the nearby village of Gundo Meskel": near the town the text has just told of
_NEARBY_BEFORE = re.compile(r"\bnearby\s+(?:(?:village|town|hamlet|camp|city)\s+of\s+)?$")
_PART_WORD = re.compile(r"\b(?:central|north|south|east|west)")
# "In the Menaka region to the east, ...", "Across Niger, ...": the unit a sentence opens in
_FRAME = re.compile(r"(?:In|Across|Elsewhere in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?")
_JUST_TOLD_CHARS = 400  # "a drone struck the nearby village of X" names its town in the sentence or the one before
# ("a church in Eruku, in neighbouring Kwara state")
_IN_UNIT = re.compile(r",?\s+in\s+(?:the\s+)?"
                      r"(?:(?:northern|southern|eastern|western|central|neighbou?ring|nearby)\s+)?" + _PART_OF_UNIT)
_ARABIC_NAME = re.compile(r"\b(?:al|el|an|ar|as|ash|at|az|ad|ed|es|ez)\s|^(?:tall?|tell?|ras|jisr|deir|kafr|khan|"
                          r"ain|ayn|bir|beit|umm|abu|qasr|wadi|jabal|maarat|marj|sheikh|shaykh|sidi|bani|beni)\b")
_OWNER_GAP = re.compile(r"['’]s\s+|\s+")  # "Sudan's capital", "the Syrian capital"
_LIST_JOIN = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ADMIN_FEATURES = {"province": ("admin1", "admin2"), "governorate": ("admin1",), "oblast": ("admin1",),
                   "state": ("admin1",), "region": ("admin1", "region"), "county": ("admin2", "admin1"),
                   "district": ("admin2", "admin1"), "countryside": ("admin1", "place")}
_HAS_A_CAPITAL = ("country", "admin1", "admin2")  # the kinds "the capital of X" can be (feature "unit")
_UNIT_FEATURES = frozenset({"province", "governorate", "oblast", "state", "region", "county", "district"})
_REGION_AFTER = re.compile(r"\s+(?:province|governorate|oblast|state|region|county)\b")  # lower-case: "Falls State Park" is a name
_UNITS_BEFORE = re.compile(r"\b(?:states|provinces|territories)(?:\s+(?:such\s+as|like|including|of))?\s+(?:the\s+)?$")
_GOVERNMENT_BODY = re.compile(r"\b(?:Ministry|Government|Parliament|Cabinet|Treasury|Central Bank|Commission|Senate|"
                              r"Supreme Court)\b")
_LEGISLATURES = frozenset({"congress"})  # a body many countries have, one of them a landmark's alias
# "in Amran, north of the capital", "Bara, 60 km from the capital": a town placed from the capital just after it
_PLACED_BY_CAPITAL = re.compile(r",\s+(?:[\w,-]+\s+){0,4}(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?")
_TALKS_WITH = re.compile(r"\b(?:talks|negotiations|dialogue|deal|agreement|ties|relations)\s+with\s+$")
_SAID_IN = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}|announced)\s*in\s+$")
_ARMED_BODY_AFTER = re.compile(r"\s+(?:militia|militias|militiamen|fighters|rebels|insurgents|gangs?)\b")
# "near the Algerian border", "Pakistani border posts": a neighbour named for its border or what guards it (events'
# BORDER_AFTER keeps "border post" as a place of the event; here it only names the country that owns it)
_NEIGHBOUR_BORDER = re.compile(r"\s+(?:border|frontier)\b")
_LISTED_ON = re.compile(r"(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)[A-Z]")  # a list goes on after a name
_ADDRESS_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")  # "Headington, Oxford." (not "Beyond Madinaty, Liverpool have")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|announced)\b")
_TOWNS_OWN = re.compile(r"\bthe (?:city|town|capital)['’]s $")
# ... or "the Penha favela complex in Rio de Janeiro", "the Alemao and Penha favela complexes in the north of Rio"
_PART_OF = re.compile(r"\s+(?:(?:area|district|neighbou?rhood|quarter|suburb)\s+of|"
                      r"(?:neighbou?rhoods?|quarters?|suburbs?|favelas?(?:\s+complex(?:es)?)?)\s+in"
                      r"(?:\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+part)?\s+of)?)"
                      r"\s+(?:the\s+)?")
_IN_LAND_BEFORE = re.compile(r"\bin\s+(?:(?:northern|southern|eastern|western|central)\s+)?$")  # "in southern Lebanon"
# "Tinzaouaten, on the Algerian border", "near the border with Algeria": the country named
_ON_BORDER_AFTER = re.compile(r",?\s+(?:on|near|along|at)\s+the\s+(?:(?P<country>[A-Z][\w-]+)\s+border\b|"
                              r"border\s+with\s+(?P<other>[A-Z]))")
_BORDER_TOWN_KM = 100  # an article's town this far from a border is no home for a place said to be on it
# "the Faladie district in the southeast of the city": a part of the town
_OF_THE_CITY_AFTER = re.compile(r"\s+district\s+(?:in|on)\s+the\s+(?:[a-z-]+\s+){1,2}of\s+the\s+"
                                r"(?:city|capital|town)\b")
_CITY_OF = re.compile(r"\b(?:city|town)\s+of\s+$")
_QUARTER_KM = 10  # a city's quarter lies this close to its centre
_QUARTER_WORDS = frozenset({"neighbourhood", "neighborhood", "quarter", "suburb"})
_PART_WORDS = _QUARTER_WORDS | {"district"}
_SETTLEMENT_FEATURES = frozenset({"town", "village", "city", "camp", "neighbourhood", "neighborhood", "suburb",
                                  "hometown", "settlement", "port", "capital"})

# "Ukrainian city of ", "Syrian border town of ": a demonym's settlement word before the name
_THE_COUNTRYS = re.compile(r"\bthe country['’]s\s+(?:[a-z-]+\s+){0,2}$")  # "the country's northern Sahel region"
_SETTLEMENT_OF = re.compile(r"\s+(?:[a-z-]+\s+)?(?:city|town|village|port|capital|settlement)\s+of\s+(?:the\s+)?")

_LOOSE_KM = 15  # a near spelling farther than this from the town the text puts the name by is another place
_DIRECTION_REACH_KM = 200  # ... or, told only in a direction from it, farther than this
_DIRECTION_TOWN_POPULATION = 20_000  # ... where it is a town this big (a village's near spelling is another village)
_NEAR_TOWN_KM = 50  # a village measured from a town this close is placed at the town, not in its province

Pass = Callable[[Article, Gazetteer], None]


def resolve(article: Article, gazetteer: Gazetteer) -> Article:
    """Run every pass in order over the article's mentions."""
    for resolution_pass in PASSES:
        resolution_pass(article, gazetteer)
    return article


def _open(article: Article) -> list[Mention]:
    return [m for m in article.mentions if m.place is None and not m.why]


def _choose(mention: Mention, candidate: Candidate, pass_name: str, detail: str = "") -> None:
    mention.place = candidate.place
    mention.score = round(candidate.score, 3)
    mention.why = f"{pass_name}: " + "; ".join(filter(None, (detail, *candidate.why)))


def demonym(article: Article, gazetteer: Gazetteer) -> None:
    for mention in _open(article):
        if mention.kind != "demonym":
            continue
        country = gazetteer.demonym(mention.text)
        if country:
            mention.place, mention.score = country, 1.0
            mention.why = f"demonym: '{mention.text}' is the demonym of {country.name}"


def initials(article: Article, gazetteer: Gazetteer) -> None:
    """'SA' beside 'South Africans', 'NSW' in an Australian story: capitals that are the initials of a
    country or first-level unit the article names stand for it; three or four capitals also stand
    for a unit of a country the article names (two, as "AM" or "AP", are too often something else)."""
    countries = None
    for mention in _open(article):
        letters = mention.text.replace(".", "")
        if mention.kind != "toponym" or not _INITIALS.fullmatch(mention.text) or _known_unit(letters, gazetteer):
            continue
        if countries is None:
            countries = _named_countries(article, gazetteer)
        expansions = gazetteer.initials(letters)
        named = [p for p in expansions if p.name in article.text]
        backed = named or [p for p in expansions
                           if p.country in countries and (len(letters) > 2 or p.kind == "country")]
        if len(backed) == 1:
            place = backed[0]
            reason = "named in the text" if named else f"in {place.country}, a country the text names"
            _choose(mention, Candidate(place, 1.0, letters, "alias"), "initials",
                    f"'{mention.text}' is the initials of {place.name}, {reason}")


def _known_unit(name: str, gazetteer: Gazetteer) -> bool:
    """'US', 'UK': the gazetteer already knows the name as a country or first-level unit."""
    best = _exact_best(name, gazetteer)
    return best is not None and best.place.kind in ("country", "admin1")


def _salient_town(name: str, country: str, gazetteer: Gazetteer) -> bool:
    """A national or provincial capital, or a city of 100,000, of ``country`` bears the name exactly."""
    best = _exact_best(name, gazetteer)
    return best is not None and best.place.kind == "place" and best.place.country == country and _salient(best.place)


def _named_countries(article: Article, gazetteer: Gazetteer) -> set[str]:
    """Countries the article names, by name or demonym ("Australians")."""
    named = {m.place.country for m in article.mentions if m.kind == "demonym" and m.place is not None}
    for mention in article.mentions:
        if mention.kind == "toponym" and gazetteer.is_country_name(mention.text):
            best = gazetteer.best(mention.text, fuzzy=False)
            if best is not None:
                named.add(best.place.country)
    return named


# "Soran, Hama", "Soran in northern Hama", "the Marinovka air base in Russia's Volgograd region"
_CONTAINED_BY = re.compile(r",\s*|\s+(?:local\s+government\s+area|LGA)\s+(?:of|in)\s+|"
                           # "the Bassa local government area of Plateau state"
                           r"(?:\s+(?:air\s?base|airfield|airport|military\s+base|base|refinery|oil\s+depot|"
                           r"(?:power|pumping)\s+station|port|(?:oil|gas)\s?field|township|(?:border\s+)?crossing))?"
                           # "Maga, a town in Nigeria's northwestern Kebbi state"
                           r"(?:,\s+an?\s+(?:[a-z-]+\s+)?(?:town|village|city|hamlet|community|settlement))?"
                           r",?\s+in\s+(?:the\s+)?(?:(?:far\s+|south|north)?"
                           r"(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|central\s+)?"
                           # "El Plateado in the southwestern province of Cauca"
                           r"(?:(?<=\s)(?:province|state|region|department|governorate|district)\s+of\s+)?")


# Places the text calls by a word that a gazetteer of towns may lack: "the village of", "the Angoor Adda crossing"
_LACKING_FEATURES = ("village", "town", "crossing")
# "the Muidumbe district of Cabo Delgado province" (not "the Sadr City district of Baghdad", a quarter of a city)
_DISTRICT_OF_UNIT = re.compile(r"\s+(?:district|county|municipality)\s+(?:of|in)\s+")


def explicit_context(article: Article, gazetteer: Gazetteer) -> None:
    """'X, Y' or 'X in Y province' where Y is a country or first-level unit narrows X."""
    mentions = article.mentions
    for index, (first, second) in enumerate(zip(mentions, mentions[1:])):
        if first.place is not None or first.kind != "toponym" or second.kind != "toponym":
            continue
        between = article.text[first.end:second.start]
        # ("the Muidumbe district in Mozambique's Cabo Delgado province": the unit the country owns)
        district = _DISTRICT_OF_UNIT.fullmatch(between) is not None and (
            second.feature in _ADMIN_FEATURES or _possessed_unit(article, second, mentions[index + 2:index + 3]))
        if not (_CONTAINED_BY.fullmatch(between) or district) or \
                between.startswith(",") and _list_of_single_names(article, mentions[index + 1:]):
            continue
        containers = _containers(second, gazetteer)
        unit = _possessed_unit(article, second, mentions[index + 2:index + 3])
        if unit is None and between.startswith(",") and article.text.startswith(("'s", "’s"), second.end):
            continue  # "10 km southwest of Pokrovsk, Russia's defence ministry said": no "town, country"
        if unit is not None:  # "Hryhorivka in Ukraine's Donetsk region": the region of that country
            owners = {p.country for p in containers if p.kind == "country"}
            containers = [c for c in _containers(unit, gazetteer) if c.kind == "admin1" and c.country in owners]
            second = unit
        # Of the units the second name may be, the first that holds a namesake of the first name:
        # "Brazzaville, Congo" is the Republic of the Congo, though "Congo" alone is the DRC.
        for container in containers:
            context = {"country": container.country}
            if container.kind == "admin1":
                context["admin1"] = container.admin1
            found = [c for c in gazetteer.lookup(first.text, **context) if _within(c.place, container)]
            kinds = _ADMIN_FEATURES.get(first.feature, ())  # "the Bassa local government area": the unit, not its town
            found = sorted(found, key=lambda c: c.place.kind not in kinds) if kinds else found
            reason = f"'{second.text}' names its {container.kind}"
            beside = not found and container.kind == "admin1"
            if beside:  # the second name is then not surely that unit ("Jadder Cemetery, Sanaa": the city)
                found = _beside_unit(first.text, container, gazetteer)
                reason = f"'{second.text}' names the {container.kind} it lies within {_CLUSTER_KM} km of"
            if found:
                _choose(first, found[0], "explicit-context", reason)
                if second.place is None and not beside:
                    _choose(second, Candidate(container, 1.0, container.name, "alias"), "explicit-context",
                            f"the {container.kind} '{first.text}' lies in")
                break
        else:
            # the region holds no such name ("Hryhorivka in Ukraine's Donetsk region", "Maga, in Kebbi state", not
            # Maga in Cameroon): a village the gazetteer lacks
            # ("Boni in central Mali": a country's part, told as a place's home, but not "the US in southern Syria")
            # -- never a country ("the border with Mali in the Tillaberi region")
            # -- nor a capital or a city of 100,000 the unit does not hold ("200 km north of Niamey in the Tillaberi
            # region": the region of the place measured, not Niamey's)
            # ("the village of Fambita in western Niger": the country's part, not Nigeria's Niger state)
            containers = [c for c in containers if c.kind == "country"] or containers \
                if len(containers) > 1 and _PART_WORD.search(between) else containers
            # ("the Angoor Adda crossing in South Waziristan": a place the text puts in a district, told without the
            # word)
            containers = containers or (_districts(second, gazetteer) if first.feature in _LACKING_FEATURES and
                                        " in " in between and unit is None else [])
            if containers and not gazetteer.is_country_name(first.text) and \
                    not _salient_town(first.text, containers[0].country, gazetteer) and (
                        unit is not None or len(containers) == 1 and {"in", "of"} & set(between.split()) and (
                            second.feature in _UNIT_FEATURES or containers[0].kind == "country" and
                            _PART_WORD.search(between) and not _known_unit(first.text, gazetteer) or
                            # "the village of Kibati in North Kivu": a province by its name alone
                            # ... or "the Angoor Adda crossing in South Waziristan": a district
                            containers[0].kind in ("admin1", "admin2") and second.place in (None, containers[0]) and
                            first.feature in _LACKING_FEATURES)):
                _choose(first, Candidate(containers[0], 0.0, containers[0].name, "focus"), "explicit-context",
                        f"'{first.text}' is not in the gazetteer within {second.text}: placed approximately there")
                first.approximate = True
                if containers[0].kind == "admin2":  # (a province is too coarse: later passes find nearer towns)
                    _list_placed_with(article, mentions[:index + 1], containers[0], second.text)


def _list_placed_with(article: Article, listed: list[Mention], unit: Place, name: str) -> None:
    """'residents of Kairu, Dan Sadau and Magami in the Maru local government area': the names the gazetteer lacks
    listed before the last, placed in the district, lie there too."""
    for mention in listed_before(article.text, listed)[:-1]:
        if mention.place is None and mention.kind == "toponym":
            _choose(mention, Candidate(unit, 0.0, unit.name, "focus"), "explicit-context",
                    f"'{mention.text}' is not in the gazetteer, listed with others within {name}: placed "
                    "approximately there")
            mention.approximate = True


_POSSESSED = re.compile(r"['’]s\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|"
                        r"central\s+)?")


def _possessed_unit(article: Article, country: Mention, following: list[Mention]) -> Mention | None:
    """'Ukraine's Donetsk region', "Nigeria's northwestern Kebbi state": the unit a country's possessive names
    (None for 'Ukraine' alone)."""
    if not following or not _POSSESSED.fullmatch(article.text[country.end:following[0].start]):
        return None
    return following[0]


def _list_of_single_names(article: Article, rest: list[Mention]) -> bool:
    """'Washington, New York and Boston': the name after the comma goes on into a list whose last
    item, after "and", stands alone -- a member of the list, not the state of the name before it.
    In 'Springfield, Illinois, and Dayton, Ohio' the item after "and" has its own state."""
    text = article.text
    for after, (previous, mention) in enumerate(zip(rest, rest[1:]), start=2):
        join = _LIST_JOIN.fullmatch(text[previous.end:mention.start])
        if not join:
            return False
        if join.group().strip(", ") in ("and", "or"):
            following = rest[after:after + 1]
            return not (following and _LIST_JOIN.fullmatch(text[mention.end:following[0].start]))
    return False


def _containers(mention: Mention, gazetteer: Gazetteer) -> list[Place]:
    kinds = ("admin1",) if mention.feature in _ADMIN_FEATURES else ("country", "admin1")
    if mention.place is not None and mention.place.kind in kinds:  # "Newcastle, NSW": resolved by its initials
        return [mention.place]
    candidates = [c.place for c in gazetteer.lookup(mention.text, limit=5)]
    found = [p for p in candidates if p.kind in kinds]
    if not found and mention.feature in _ADMIN_FEATURES:  # "the Duhok province": a governorate the packages file as
        found = [p for p in candidates if p.kind == "admin2"][:1]  # a unit of the second level, under its region
    if not found and "admin1" in _ADMIN_FEATURES.get(mention.feature, ()):  # "the Timbuktu region": its seat's
        found = [c.place for c in _province_of_seat(mention, gazetteer)]
    return found


def _districts(mention: Mention, gazetteer: Gazetteer) -> list[Place]:
    """The district a name is exactly, where it is one ("South Waziristan")."""
    return [c.place for c in gazetteer.lookup(mention.text, limit=3, fuzzy=False)
            if c.place.kind == "admin2" and c.match in ("exact", "alias")][:1]


def _within(place: Place, container: Place) -> bool:
    if place.country != container.country or place.geonameid == container.geonameid:
        return False
    return container.kind == "country" or place.admin1 == container.admin1


def _beside_unit(name: str, unit: Place, gazetteer: Gazetteer) -> list[Candidate]:
    """'Brital in Lebanon's Bekaa valley': the packages file the town under a province split off since (or
    redrawn), so a town of that exact name in the country close to the unit's point is the one meant, filed
    under the unit the text gives it (what the text places in Bekaa is what a headline's Bekaa tells of)."""
    return [c._replace(place=c.place._replace(admin1=unit.admin1))
            for c in gazetteer.lookup(name, country=unit.country, fuzzy=False)
            if c.match == "exact" and c.place.kind == "place" and
            haversine_km(c.place.lat, c.place.lon, unit.lat, unit.lon) <= _CLUSTER_KM]


def feature_word(article: Article, gazetteer: Gazetteer) -> None:
    """A feature word in the text restricts the kind of place ("Idlib province")."""
    for mention in _open(article):
        if mention.feature == "river":  # "the left bank of the Dnipro": the river its name with "River" is
            river = next((c for c in gazetteer.lookup(f"{mention.text} River", limit=3, fuzzy=False)
                          if c.place.feature_code == "STM" and c.match in ("exact", "alias")), None)
            if river is not None:
                _choose(mention, river, "feature-word", "the text calls it a river or puts a bank or a crossing on it")
            continue
        country = _demonym_of_settlement(article, mention) or _the_countrys(article, mention, gazetteer)
        kinds = _feature_kinds(mention) or (("place",) if country else ())
        if not kinds:
            continue
        # Exact names only: a near spelling waits for the article's context (document coherence).
        found = [c for c in gazetteer.lookup(mention.text, document=_resolved_places(article), limit=20)
                 if c.place.kind in kinds and c.match in ("exact", "alias") and
                 (country is None or c.place.country == country)] or \
            [c for c in gazetteer.lookup(f"{mention.text} {mention.feature}", limit=3, fuzzy=False)  # "Sisaket
             if c.place.kind in kinds and c.match in ("exact", "alias")]  # province": a name GeoNames gives it so
        if len(found) > 1 and found[1].place.kind == found[0].place.kind and _apart(found[0].place, found[1].place):
            continue  # "Dublin City Council", "Anderson County": which one is for the article to say (coherence)
        found = found or (_province_of_seat(mention, gazetteer) if "admin1" in kinds else [])
        if found:
            _choose(mention, found[0], "feature-word", f"the text calls it a {mention.feature or 'settlement'}" +
                    (f" of {found[0].place.country}" if country else ""))


def _province_of_seat(mention: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """'the Kharkov region': the province named after its seat, which the text calls by another of the seat's names
    (the province knows only "Kharkiv"); 'the Timbuktu region': the province whose name is another of the seat's
    (Tombouctou)."""
    for seat in gazetteer.lookup(mention.text, limit=5, fuzzy=False):
        place = seat.place
        if seat.match not in ("exact", "alias") or place.feature_code not in ("PPLA", "PPLC") or not place.admin1:
            continue
        for name in (place.name, gazetteer.admin1_name(place.country, place.admin1)):
            found = gazetteer.lookup(name, country=[place.country], limit=10, fuzzy=False) if name else []
            province = [c for c in found if c.place.kind == "admin1" and c.place.admin1 == place.admin1]
            if province and (name == place.name or any(c.place == place for c in found)):
                return province[:1]
    return []


def _demonym_of_settlement(article: Article, mention: Mention) -> str | None:
    """The country a demonym before the settlement word names ("the eastern Ukrainian city of Pokrovsk": not
    Engels, in Russia, once called Pokrovsk)."""
    if mention.kind != "toponym" or mention.feature and mention.feature not in _SETTLEMENT_FEATURES or \
            not article.text.endswith(("of ", "of the "), 0, mention.start):
        return None
    before = next((m for m in reversed(article.mentions) if m.end <= mention.start), None)
    if before is None or before.kind != "demonym" or before.place is None or \
            not _SETTLEMENT_OF.fullmatch(article.text, before.end, mention.start):
        return None
    return before.place.country


def _the_countrys(article: Article, mention: Mention, gazetteer: Gazetteer) -> str | None:
    """'the country's northern Sahel region': the country named last before it (Burkina Faso's region, not the Sahel
    that spans a continent) -- by its name, countries being resolved after this pass."""
    if not _THE_COUNTRYS.search(article.text, max(0, mention.start - 40), mention.start):
        return None
    named = next((m for m in reversed(article.mentions) if m.end <= mention.start and m.kind != "reference" and
                  (m.located and m.place.kind == "country" or gazetteer.is_country_name(m.text))), None)
    if named is None or named.located:
        return named.place.country if named is not None else None
    best = gazetteer.best(named.text, fuzzy=False)
    return best.place.country if best is not None and best.place.kind == "country" else None


def _feature_kinds(mention: Mention) -> tuple[str, ...]:
    """The kinds of place the text's feature word allows ("province": admin1 or admin2; "city": a place)."""
    return _ADMIN_FEATURES.get(mention.feature) or (("place",) if mention.feature in _SETTLEMENT_FEATURES else
                                                    _HAS_A_CAPITAL if mention.feature == "unit" else ())


def _apart(first: Place, second: Place) -> bool:
    return haversine_km(first.lat, first.lon, second.lat, second.lon) > _REGION_KM


def unambiguous(article: Article, gazetteer: Gazetteer) -> None:
    for mention in _open(article):
        # Only exact names can be unambiguous: skip the fuzzy search a misspelling would trigger.
        found = gazetteer.lookup(mention.text, limit=2, fuzzy=False)
        if not found or found[0].match not in ("exact", "alias"):
            continue
        top = found[0]
        lead = top.score - found[1].score if len(found) > 1 else top.score
        # A salient runner-up ("Georgia" the US state) leaves the choice to the article's context, as does a town the
        # text calls so, bearing the name as its own, in the country of the provinces and towns resolved so far
        # ("the town of Tubaran" in a story of Lanao del Sur: not Tubarão, Brazil, which bears it as another name)
        if (lead >= _MARGIN or top.place.kind == "continent") and not (len(found) > 1 and (
                _salient(found[1].place) or _local_namesake(article, mention, top, found[1]))):
            _choose(mention, top, "unambiguous", f"leads the next candidate by {lead:.2f}")


def _local_namesake(article: Article, mention: Mention, top: Candidate, runner_up: Candidate) -> bool:
    if mention.feature not in ("town", "village") or fold(runner_up.place.name) != fold(mention.text) or \
            fold(top.place.name) == fold(mention.text) or runner_up.place.country == top.place.country:
        return False
    # (the countries of the provinces and towns resolved so far: a country named, or its people, may be abroad)
    return runner_up.place.country in {m.place.country for m in article.mentions if m.kind == "toponym" and
                                       m.place is not None and m.place.kind in ("admin1", "admin2", "place")}


def country_name(article: Article, gazetteer: Gazetteer) -> None:
    """A country's own name is the country ("Mexico" beside Mexico City and Mexico, Missouri), unless a
    first-level unit of another country shares it ("Georgia" the US state): then the context decides,
    or the text's demonym of the country ("Georgian troops")."""
    by_demonym = {m.place.country for m in article.mentions if m.kind == "demonym" and m.place is not None}
    for mention in _open(article):
        if not gazetteer.is_country_name(mention.text):
            continue
        found = gazetteer.lookup(mention.text, limit=5, fuzzy=False)
        country = next((c for c in found if c.place.kind == "country"), None)
        if country is None or not (country.match == "alias" or fold(country.place.name) == fold(mention.text)):
            continue
        shared = found[0] is not country or \
            any(c.place.kind == "admin1" and c.place.country != country.place.country for c in found)
        if not shared:
            _choose(mention, country, "country-name", "the name of a country")
        elif country.place.country in by_demonym:
            _choose(mention, country, "country-name", "the name of a country whose demonym the text uses")
        elif BORDER_WITH.search(article.text, max(0, mention.start - 60), mention.start):
            # "about 5 km from the border with Niger": the country, not Nigeria's Niger state
            _choose(mention, country, "country-name", "the name of a country the text gives a border with")


def one_sense(article: Article, gazetteer: Gazetteer) -> None:
    """A name repeated in one article names the same place (one sense per discourse), however it is cased
    ("BUKAVU, Congo -" in the dateline, "Bukavu" in the text)."""
    resolved = _senses(article)
    units = _units(article)
    for mention in _open(article):
        same = resolved.get(mention.text.casefold())
        if mention.kind != "toponym":
            continue
        if same is None and mention.text.casefold() in units and _exact_best(mention.text, gazetteer) is None:
            same = units[mention.text.casefold()]  # "clashes in Kurram" beside "Kurram district": no town is so named
        if same is not None:
            _same_sense(mention, same)


def _senses(article: Article) -> dict[str, Mention]:
    """Each resolved name's sense -- not one its unit word gave it: "Ukraine's Kharkiv region" is the oblast, a
    glide bomb "in Kharkiv" later hit the city (the feature-word pass resolves the name's other unit mentions)."""
    return {m.text.casefold(): m for m in article.mentions
            if m.place is not None and m.kind == "toponym" and m.feature not in _UNIT_FEATURES}


def _units(article: Article) -> dict[str, Mention]:
    """The names the text gave a unit word, resolved ("the Kherson region")."""
    return {m.text.casefold(): m for m in article.mentions if m.place is not None and m.feature in _UNIT_FEATURES}


def _town_of_unit(name: str, found: list[Candidate], unit: Mention | None) -> Candidate | None:
    """The town a bare name means where the text names its unit apart and the context put the unit first: the
    town whose own name it is, where the unit bears it only as another name ("Kherson" beside "the Kherson region"
    and Nova Kakhovka: the city, not Khersonska oblast; but "Oklahoma" beside "Oklahoma state" is the state, whose
    own name it is)."""
    if unit is None or not found or found[0].place != unit.place or fold(unit.place.name) == fold(name):
        return None
    return next((c for c in found if c.place.kind == "place" and fold(c.place.name) == fold(name) and
                 unit.place.holds(c.place)), None)


def _same_sense(mention: Mention, same: Mention) -> None:
    mention.place, mention.score, mention.approximate = same.place, same.score, same.approximate
    mention.why = f"one-sense: same name as the mention at {same.start}, {same.why}"


def spatial_minimality(article: Article, gazetteer: Gazetteer) -> None:
    """Ambiguous names that have candidates close to each other, or to towns already resolved,
    pick those ("Soran" and "Hama" together are the Syrian pair, 18 km apart, not Iraq's Soran)."""
    open_names = {m.text for m in _open(article) if m.kind == "toponym"}
    if not 1 <= len(open_names) <= _MINIMALITY_MAX_NAMES:
        return
    # Exact and transliterated names only: a fuzzy namesake near another name is coincidence.
    options = {name: gazetteer.lookup(name, limit=_MINIMALITY_CANDIDATES, fuzzy=False) for name in open_names}
    points = {name: [SpherePoint.of(c.place.lat, c.place.lon) for c in found] for name, found in options.items()}
    # Towns already resolved are the firmest evidence of where the article is.
    resolved = _town_points(_resolved_places(article))
    for name, candidates in options.items():
        others = resolved + [point for other, found in points.items() if other != name for point in found]
        if len(candidates) < 2 or not others:
            continue
        best, best_score, best_note = None, -1.0, ""
        for candidate, point in zip(candidates, points[name]):
            # A near spelling ("Anfield" for Enfield) by a namesake of another name is coincidence
            # too (Enfield and Manchester, Connecticut); by a town the text settled it is not.
            near_to = others if candidate.match != "loose" else resolved
            distance, _ = nearest(point, near_to) if near_to else (math.inf, None)
            bonus = 0.3 if distance <= _NEAR_KM else 0.15 if distance <= _REGION_KM else 0.0
            if candidate.score + bonus > best_score:
                best, best_score, best_note = candidate, candidate.score + bonus, f"{distance:.0f} km from a candidate of another name"
        if best is not None and best is not candidates[0] and best_score - candidates[0].score > 0.1:
            for mention in _open(article):
                if mention.text == name:
                    _choose(mention, best, "spatial-minimality", best_note)


def _salient(place: Place) -> bool:
    return place.kind in ("country", "admin1", "region", "continent") or place.feature_code in ("PPLC", "PPLA") \
        or place.population >= 100_000


def document_coherence(article: Article, gazetteer: Gazetteer) -> None:
    """Resolve the rest with the article's countries and places as context.

    Three rounds: names whose best candidate clearly leads go first, so that the
    ambiguous ones ("Soran": Iraq or Syria?) are ranked against them; exact ties last.
    """
    decided = _senses(article)
    units = _units(article)
    leaders = _open_leaders(article, gazetteer)
    context = None  # recomputed only after a new name is resolved
    # Names whose best candidates tie exactly wait for all the others ("Gulf": which gulf?).
    for margin in (_COHERENCE_MARGIN, 1e-9, 0.0):
        for mention in _open(article):
            if mention.kind != "toponym":
                continue
            if mention.text.casefold() in decided:  # one sense per article, without rescanning every mention
                _same_sense(mention, decided[mention.text.casefold()])
                continue
            context = context or _coherence_context(article, leaders)
            countries, admin1, places = context
            kinds = _feature_kinds(mention)
            found = gazetteer.lookup(mention.text, country=countries, admin1=admin1, document=places,
                                     limit=10 if kinds else 3)
            # "about 60 km southwest of Guanajuato city": of the kind the text calls it, if one is
            unit = units.get(mention.text.casefold())
            town = None if kinds else _town_of_unit(mention.text, found, unit)
            found = [c for c in found if c.place.kind in kinds][:3] or found[:3] if kinds else [town] if town else found
            if not found or (len(found) > 1 and found[0].score - found[1].score < margin):
                continue
            top = found[0]
            # A loose or fuzzy spelling must be backed by the article, not by population alone.
            home = _focus_town(article) if mention.feature in _QUARTER_WORDS else None
            if top.match in ("loose", "fuzzy") and not _backed(top, countries, places, home and home[0]) or \
                    _stray_alternate(mention.text, top, countries, places):
                continue
            apart = f"; the text names the {unit.feature} apart ('{unit.text} {unit.feature}'): the town" \
                if town else ""
            _choose(mention, top, "document-coherence", f"article countries {', '.join(countries) or 'none'}{apart}")
            decided[mention.text.casefold()] = mention
            context = None


def _stray_alternate(name: str, top: Candidate, countries: list[str], places: list[Place]) -> bool:
    """Another name of a town abroad that is no city of the world ("Boni", a Latin name of Bonn, in an article
    about Mali): the article's own village, missing from the gazetteer, is likelier; local-focus places it.
    A town of a country the article's places lie in is no stray ("Lachin" for Laçın beside Baku)."""
    place = top.place
    return bool(countries) and place.country not in countries and place.kind == "place" and \
        place.population < _WORLD_CITY_POPULATION and fold(place.name) != fold(name) and top.match != "alias" and \
        not any(p.country == place.country and p != place for p in places)


def _backed(top: Candidate, countries: list[str], places: list[Place], home: Place | None = None) -> bool:
    """What a near spelling needs: within _REGION_KM of a town the article names (or, for a province, holding one),
    or, in an article that names no town, in its country ("Harwinton" ~ Harrington, Delaware, is not backed by
    Connecticut towns); for a
    name the text calls a suburb or quarter, within _CLUSTER_KM of the article's main town, ``home`` ("the suburbs of
    Kangemi and Kitengela" in a story of Nairobi: not Kangema, 68 km off).
    Another transliteration of an Arabic name ("Ras al-Ain" for Ra's al 'Ayn) needs only the article's
    country: such articles range over a whole country ("Ras al-Ain ... Jisr al-Shughur")."""
    place, towns = top.place, _town_points(places)
    if top.match == "loose" and _ARABIC_NAME.search(top.matched) and place.country in countries:
        return True
    if home is not None:
        return haversine_km(place.lat, place.lon, home.lat, home.lon) <= _CLUSTER_KM
    if place.kind == "admin1" and place.admin1 and any(p != place and place.holds(p) for p in places):
        return True  # "Baluchistan" for Balochistan in a story of Quetta: a province the article's towns lie in
    return _in_region(place, towns) if towns else place.country in countries


def _coherence_context(article: Article, leaders: dict[str, str]) -> tuple[list[str], set[str], list[Place]]:
    places = _resolved_places(article)
    countries = _article_country(article, leaders)
    # The first-level units the article's places lie in ("Tenn.", a county or a town in Ohio) narrow the rest.
    admin1 = {p.admin1_name for p in places if p.country in countries and p.admin1_name and
              p.kind in ("admin1", "admin2", "place")}
    return countries, admin1, places


def _article_country(article: Article, leaders: dict[str, str]) -> list[str]:
    """The country most names in the article point to: one vote per name, not per mention (a
    name repeated ten times is still one place), cast by its resolved place or, while it is
    open, by its best candidate before context."""
    # In text order, so that a tie goes to the country named first, the same on every run.
    resolved = dict.fromkeys((m.text, m.place.country) for m in article.mentions
                             if m.kind == "toponym" and m.place is not None and m.place.country)
    still_open = dict.fromkeys(m.text for m in article.mentions if m.place is None and not m.why and m.text in leaders)
    votes = Counter(country for _, country in resolved)
    votes.update(leaders[name] for name in still_open)
    return [c for c, _ in votes.most_common(1)]


def _open_leaders(article: Article, gazetteer: Gazetteer) -> dict[str, str]:
    """The country of each open name's best candidate before context: the name's vote while it is open.
    A name both a country and another country's state ("Georgia") casts none: it is what is in doubt; nor
    does one that leads by another name of it while a town abroad bears it as its own ("Pokrovsk", once
    the name of Engels in Russia, and a town in Ukraine; "Bassa", Passau's old name, and a Nigerian town's own)."""
    leaders = {}
    for mention in _open(article):
        if mention.kind == "toponym" and mention.text not in leaders:
            found = gazetteer.lookup(mention.text, limit=5, fuzzy=False)
            if found and found[0].match in ("exact", "alias") and found[0].place.country and \
                    not (len(found) > 1 and found[0].place.country != found[1].place.country and
                         {found[0].place.kind, found[1].place.kind} == {"country", "admin1"}) and \
                    not (not _own_name(found[0], mention.text) and
                         any(c.place.country != found[0].place.country and _own_name(c, mention.text)
                             for c in found[1:])):
                leaders[mention.text] = found[0].place.country
    return leaders


def _own_name(candidate: Candidate, name: str) -> bool:
    """The place bears the name as its own (its primary name or a curated alias; "St." is "Saint")."""
    return candidate.match == "alias" or _unabbreviated(candidate.place.name) == _unabbreviated(name)


def _unabbreviated(name: str) -> str:
    return _TITLE_ABBREVIATION.sub(lambda m: _TITLE_WORDS[m.group(1)], fold(name))


def legislature(article: Article, gazetteer: Gazetteer) -> None:
    """'marched toward Congress' in a story of Peru is Peru's congress, in its capital: a legislature's bare name
    leads to the US Capitol only where the article names a place of the United States (or none at all)."""
    if not any(m.text.casefold() in _LEGISLATURES for m in article.mentions):
        return  # (most articles: no count of countries)
    counts = Counter(m.place.country for m in article.mentions if m.place is not None and m.place.country and
                     m.text.casefold() not in _LEGISLATURES)
    if not counts:
        return
    code = counts.most_common(1)[0][0]
    seat = gazetteer.capital(code)
    for mention in article.mentions:
        place = mention.place
        if mention.text.casefold() in _LEGISLATURES and place is not None and place.landmark and \
                place.country not in counts and seat is not None:
            _choose(mention, Candidate(seat, 0.0, seat.name, "focus"), "legislature",
                    f"the legislature of {gazetteer.country_info(code).get('name', code)}, the country the article's "
                    f"places lie in most, sits in its capital")
            mention.approximate = True


def world_city(article: Article, gazetteer: Gazetteer) -> None:
    """A small town that won its name only through the article's country gives it back to a world
    city: "London" in a story from Washington is the capital, not London, Ohio -- unless the town
    lies near the article's other towns or in a province the article names."""
    places = _resolved_places(article)
    units = {(p.country, p.admin1) for p in places if p.kind == "admin1"}
    for name, mentions in _coherence_towns(article).items():
        town = mentions[0].place
        if town.population >= _SMALL_TOWN or (town.country, town.admin1) in units:
            continue
        top = gazetteer.lookup(name, limit=1, fuzzy=False)
        if not top or top[0].match not in ("exact", "alias") or not _world_city(top[0].place, town):
            continue
        towns = _town_points([p for p in places if p.geonameid != town.geonameid])
        if not towns or not _in_region(town, towns):
            for mention in mentions:
                note = f"{town.name}, {town.country} has no other place of the text near it"
                _choose(mention, top[0], "world-city", note)


def _world_city(city: Place, town: Place) -> bool:
    """A capital or a city of a million, abroad, a hundred times the town's size."""
    famous = city.feature_code == "PPLC" or city.population >= 1_000_000
    return city.kind == "place" and city.country != town.country and famous and \
        city.population >= 100 * max(1, town.population)


def named_abroad(article: Article, gazetteer: Gazetteer) -> None:
    """A town that won its name only through the article's country, with no other town of the text
    near it, gives the name to a namesake of 100,000 people or more and at least twice its size in
    another country the text names ("Manchester" in a story about US troops that calls a soldier
    British is the English city)."""
    chosen = _coherence_towns(article)
    if not chosen:
        return
    # Towns placed by the same coherence cannot vouch for each other (Manchester and Colchester, both in
    # New England): only places the text settles otherwise count.
    towns = _town_points([m.place for m in article.mentions if m.place is not None and m.text not in chosen])
    named = _named_countries(article, gazetteer)
    units = {(m.place.country, m.place.admin1) for m in article.mentions
             if m.place is not None and m.place.kind == "admin1"}
    for name, mentions in chosen.items():
        town = mentions[0].place
        if towns and _in_region(town, towns) or (town.country, town.admin1) in units:
            continue  # ... or in a province the text names ("Pokrovsk" beside "Donetsk region")
        # The namesake must bear the name as its own, not as a former one ("Pokrovsk", once Engels' name).
        abroad = [c for c in gazetteer.lookup(name, limit=_MINIMALITY_CANDIDATES, fuzzy=False)
                  if c.place.kind == "place" and c.place.country in named - {town.country}
                  and c.match in ("exact", "alias") and _own_name(c, name)
                  and c.place.population >= max(_SMALL_TOWN, 2 * town.population)]
        if abroad:
            for mention in mentions:
                _choose(mention, abroad[0], "named-abroad", f"{town.name}, {town.country} has no other place of the "
                        f"text near it; the text names {abroad[0].place.country}")


def _coherence_towns(article: Article) -> dict[str, list[Mention]]:
    """Every mention of each name that document coherence resolved to a town, by name."""
    names = {m.text for m in article.mentions if m.why.startswith("document-coherence") and m.place.kind == "place"}
    by_name: dict[str, list[Mention]] = {}
    for mention in article.mentions:
        if mention.text in names and mention.place is not None:
            by_name.setdefault(mention.text, []).append(mention)
    return by_name


def list_siblings(article: Article, gazetteer: Gazetteer) -> None:
    """In a list whose other members are first-level units of one country ("California, Washington,
    Utah and Idaho"; "states such as California or Washington"), a name that is also such a unit is
    that unit, not a city of the same name; named beside national capitals only ("Washington and London"),
    a name that is also a capital is that capital, not a town near the other."""
    for group in _lists(article):
        _capital_sibling(group, gazetteer)
        units = [m.place for m in group if m.place is not None and m.place.kind == "admin1"]
        needed = 1 if _units_named_before(article.text, group[0]) else 2  # two alone after "states such as"
        for mention in group:
            others = [p for p in units if p is not mention.place]
            if len(others) < needed or (mention.place is not None and mention.place.kind == "admin1") or \
                    len({p.country for p in others}) != 1:
                continue
            found = [c for c in gazetteer.lookup(mention.text, country=others[0].country, limit=5, fuzzy=False)
                     if c.place.kind == "admin1" and c.place.country == others[0].country]
            if found:
                _choose(mention, found[0], "list-siblings", f"listed with {len(others)} first-level units of {others[0].country}")


def _capital_sibling(group: list[Mention], gazetteer: Gazetteer) -> None:
    capitals = [m for m in group if m.place is not None and m.place.feature_code == "PPLC"]
    if not capitals or len(capitals) < len(group) - 1:
        return  # a capital beside towns ("London and Corbin") says nothing of the others
    for mention in group:
        if mention in capitals or mention.place is not None and mention.place.kind == "country":
            continue  # "Britain and Singapore": the city-state's name is its country's
        found = next((c for c in gazetteer.lookup(mention.text, limit=10, fuzzy=False)
                      if c.place.feature_code == "PPLC" and c.match in ("exact", "alias")), None)
        if found is not None:
            _choose(mention, found, "list-siblings", f"listed with the capital {capitals[0].place.name}")


def _lists(article: Article) -> list[list[Mention]]:
    """Runs of two toponyms or more joined by commas and "and"/"or"."""
    groups: list[list[Mention]] = []
    toponyms = [m for m in article.mentions if m.kind == "toponym"]
    for previous, mention in zip([None] + toponyms, toponyms):
        joined = previous is not None and _LIST_JOIN.fullmatch(article.text[previous.end:mention.start])
        if joined:
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return [g for g in groups if len(g) >= 2]


def _units_named_before(text: str, first: Mention) -> bool:
    """ "states such as California ...", "the provinces of ...": the list that follows names units."""
    return _UNITS_BEFORE.search(text, max(0, first.start - 40), first.start) is not None


def local_cluster(article: Article, gazetteer: Gazetteer) -> None:
    """A name resolved before context to a country or a place far from the article's towns is
    revisited when one of its namesakes lies among them ("Palestine" beside Anderson County and
    Elkhart is the Texas town, not the territory): two other names resolved within 50 km of that
    namesake outweigh the name's fame, or one when every town of the article lies outside the
    country first chosen.  Towns placed by spatial minimality are guesses, not evidence."""
    towns: dict[str, Place] = {}
    for m in article.mentions:
        if m.kind == "toponym" and m.place is not None and m.place.kind in ("place", "admin2") and \
                not m.why.startswith("spatial-minimality"):
            towns.setdefault(m.text, m.place)
    points = {name: SpherePoint.of(town.lat, town.lon) for name, town in towns.items()}
    chosen = {m.text: m.place for m in article.mentions if m.why.startswith(("unambiguous", "country-name"))}
    for name, place in chosen.items():
        others = [point for other, point in points.items() if other != name]
        # One town is enough when all lie in another country ("Jordan" beside Shakopee, Minnesota).
        needed = 1 if all(t.country != place.country for t in towns.values()) else 2
        if len(others) < needed or _close_to(place, others) > 0:
            continue  # the choice already lies among the article's towns
        for candidate in gazetteer.lookup(name, limit=_MINIMALITY_CANDIDATES, fuzzy=False)[1:]:
            # (the namesake itself, named in full, is no evidence: "central Mexico" beside "MEXICO CITY")
            close = _close_to(candidate.place, [point for other, point in points.items()
                                                if other != name and towns[other] != candidate.place])
            # (not the province that holds the town chosen: "60 km northwest of Donetsk" is the city, in it)
            if close >= needed and candidate.match in ("exact", "alias") and not candidate.place.holds(place):
                for mention in article.mentions:
                    if mention.text == name and mention.kind == "toponym":
                        _choose(mention, candidate, "local-cluster", f"within {_CLUSTER_KM} km of {close} other places in the text")
                break


def _close_to(place: Place, others: list[SpherePoint]) -> int:
    return count_within(SpherePoint.of(place.lat, place.lon), others, _CLUSTER_KM)


def located_in(article: Article, gazetteer: Gazetteer) -> None:
    """A name the gazetteer lacks followed by "in" or "near" and a town the article resolved ("Alder
    Hey Children's Hospital in Liverpool", "Zorbaqand, a village near Hama") lies in or by that town;
    followed by "in" and a province or district ("the town of Paletwa in Chin State"), in that unit -- unless the
    town the article names most lies in it, which local-focus then gives as the closer point.  A camp or building
    the text puts by a town ("the Far'a refugee camp near Tubas") is placed there even where its name alone had
    found a namesake far off."""
    mentions = article.mentions
    focus = _focus_town(article)
    # (past a demonym in the way: "Soroka hospital in the southern Israeli city of Beersheba")
    places = [m for m in mentions if m.kind != "demonym"]
    for index, (first, second) in enumerate(zip(places, places[1:])):
        between = article.text[first.end:second.start]
        # (past the country owning the unit: "the town of Sidakan in Iraq's Kurdistan region")
        owned = places[index + 2] if index + 2 < len(places) and second.located and \
            second.place.kind == "country" and _POSSESSED.fullmatch(article.text, second.end,
                                                                  places[index + 2].start) else None
        if owned is not None and owned.located and owned.place.kind in ("admin1", "region") and \
                owned.place.country == second.place.country:
            second = owned
        # (a camp or a building the text puts by a town is there, whatever namesake its name alone found: "the Far'a
        # refugee camp near Tubas", not Farah in Afghanistan)
        building = _BUILDING_AFTER.match(article.text, first.end)
        # (nor a near spelling of another village, the gazetteer knowing none of the name: "the village of Beita near
        # Nablus" is no Beit El, 35 km off)
        apart = haversine_km(first.place.lat, first.place.lon, second.place.lat, second.place.lon) \
            if first.place is not None and second.located and second.place.kind == "place" else 0.0
        # (but "Kabkabiya, west of El Fasher" tells a direction, no nearness: Kabkābīyah, a town of 42,000 140 km off,
        # is that town -- not so a village's near spelling: "the village of Beita, south of Nablus" is no Beit El)
        reach = _DIRECTION_REACH_KM if _BARE_DIRECTION.fullmatch(between) and first.place is not None and \
            first.place.population >= _DIRECTION_TOWN_POPULATION else _LOOSE_KM
        elsewhere = building is not None and apart > _CLUSTER_KM or building is None and apart > reach and \
            not first.approximate and _exact_best(first.text, gazetteer) is None
        area = _IN_THE.fullmatch(between) is not None and _AREA_AFTER.match(article.text, second.end) is not None
        # (a name placed only at its country is told more closely: "Fambita in western Niger ... Fambita is in the
        # Tera department")
        coarse = first.approximate and first.place is not None and first.place.kind == "country"
        if (first.place is not None or first.why) and not elsewhere and not coarse or first.kind != "toponym" or \
                second.place is None or second.approximate or not (_IN_TOWN.fullmatch(between) or area) or \
                not (second.place.kind == "place" or second.place.kind in ("admin1", "admin2", "region") and
                     second.place.country and
                     _IN_UNIT.fullmatch(between) and not (focus and second.place.holds(focus[0]))) or \
                _exact_best(first.text, gazetteer) and not building:
            continue
        unit = "town" if second.place.kind == "place" else "unit"
        for same in [m for m in mentions if m.text == first.text and m.place == first.place] if coarse else [first]:
            _choose(same, Candidate(second.place, 0.0, second.place.name, "focus"), "located-in",
                    (f"'{first.text}' names the{building.group()} the text puts in {second.place.name}" if building
                     else f"'{first.text}' is known only by a near spelling far off ({first.place.name})" if elsewhere
                     else f"'{first.text}' is not in the gazetteer") +
                    f": placed approximately at {second.place.name}, the {unit} the text puts it in")
            same.approximate = True
    _placed_again(article)


def _placed_again(article: Article) -> None:
    """The same name the gazetteer lacks, told again without its unit ("fighting around the town of Kulbus in West
    Darfur ... killed 15 near Kulbus", "the Makeen area of South Waziristan ... east of Makeen"), is where the text
    put it the first time."""
    for first in [m for m in article.mentions if m.approximate and
                  m.why.startswith(("located-in", "explicit-context"))]:
        _place_namesakes(article, first, "located-in")


def _place_namesakes(article: Article, first: Mention, pass_name: str) -> None:
    """Place the open mentions of the name ``first`` bears where ``first`` was placed approximately."""
    for mention in _open(article):
        if mention.text == first.text and mention.kind == "toponym":
            _choose(mention, Candidate(first.place, 0.0, first.place.name, "focus"), pass_name,
                    f"'{mention.text}' is not in the gazetteer: placed approximately at {first.place.name}, where the "
                    "text puts it at another mention")
            mention.approximate = True


def contained_name(article: Article, gazetteer: Gazetteer) -> None:
    """A name the gazetteer lacks that holds a well-known one ("Manila Cathedral", "Liverpool
    Academy", "Dubai World Cup") is placed at the place it names: a building or an event
    named after its town is in that town.  Only proper words count ("Academy", "Street" or a
    given name never do), and only a well-known place: a country, a province, a town of
    10,000 people or more, or a place the article also names on its own ("Nenagh MDC").  Failing
    those, a country abbreviated in capitals ("US Federal Reserve") places the name in that country."""
    places = _resolved_places(article)
    countries = {p.country for p in places if p.country}
    for mention in _open(article):
        words = mention.text.split()
        if mention.kind != "toponym" or len(words) < 2:
            continue
        prefixed = words[0].lower() in TOPONYM_PREFIXES
        for size in range(len(words) - 1, 0, -1):
            parts = (" ".join(words[i:i + size]) for i in range(len(words) - size + 1))
            found = next(filter(None, (_known_part(part, countries, places, gazetteer) for part in parts)), None)
            if prefixed and found and not (found.place.kind == "place" and found.place.country in countries):
                break  # "Ain Issa", "Ras Isa": one Arabic name, neither Ain in France nor Isa in Japan (but "Ras
                # Baalbek" in a story of Lebanon lies by Baalbek)
            if found and found.place.kind in ("country", "admin1") and words[-1] in _SETTLEMENT_WORDS:
                break  # "Tennessee Colony" is a town (in Texas), not somewhere in Tennessee: local-focus places it
            if found and found.place.kind in ("admin1", "admin2") and words[0] in _NATURE_FIRST:
                break  # "Lake Anosy" lies in Antananarivo, not in the Anosy region: a lake or a mountain is no unit's
            if found:
                _choose(mention, found, "contained-name", f"'{found.matched}' inside '{mention.text}'")
                mention.approximate = True  # "Manila Cathedral" lies in Manila: its point is the town's
                break
        else:
            place = _seat_of_body(mention.text, gazetteer) or \
                next(filter(None, (_country_abbreviation(word, gazetteer) for word in words)), None)
            if place is not None:  # "US Federal Reserve": in that country; "Russian Foreign Ministry": Moscow
                _choose(mention, Candidate(place, 1.0, place.name, "alias"), "contained-name",
                        f"'{mention.text}' is named after {place.name}")
                mention.approximate = True


def _country_abbreviation(word: str, gazetteer: Gazetteer) -> Place | None:
    """The country a word in capitals abbreviates ("US", "UK"); a two-letter part is too short for _known_part."""
    best = _exact_best(word, gazetteer) if word.isupper() and len(word) <= 3 else None
    return best.place if best is not None and best.place.kind == "country" else None


def _seat_of_body(name: str, gazetteer: Gazetteer) -> Place | None:
    """Where a body of government a demonym leads sits: "the Russian Foreign Ministry" in the country's
    capital, "the European Commission" in Europe.  Not an embassy (in the host country), a school
    or a quarter ("the French Quarter" of New Orleans)."""
    first, _, rest = name.partition(" ")
    if not _GOVERNMENT_BODY.search(rest):
        return None
    place = gazetteer.demonym(first)
    if place is None or place.kind != "country":
        return place
    return gazetteer.capital(place.country) or place


def list_neighbour(article: Article, gazetteer: Gazetteer) -> None:
    """A name the gazetteer lacks, listed with towns ("Halfaya, Taybat al-Imam, Maardis and Soran",
    "Aita al-Shaab and Bint Jbeil"), is placed, approximately, at the nearest town in its list: places
    listed together lie together, where the article's main town may be far off or in another country."""
    toponyms = [m for m in article.mentions if m.kind == "toponym"]
    places = _resolved_places(article)
    for index, mention in enumerate(toponyms):
        if mention.place is not None or mention.why or _exact_best(mention.text, gazetteer) is not None:
            continue
        sibling = _listed_town(article.text, toponyms, index)
        # ... a town the article's other towns confirm ("Cambridge, Pleasant City and Lore City": not a
        # Cambridge far from the Ohio towns the article names)
        others = _town_points([p for p in places if p is not (sibling.place if sibling else None)])
        if sibling is not None and (not others or _in_region(sibling.place, others)):
            _choose(mention, Candidate(sibling.place, 0.0, sibling.place.name, "focus"), "list-neighbour",
                    f"'{mention.text}' is not in the gazetteer: placed approximately at {sibling.place.name}, "
                    "the nearest town listed with it")
            mention.approximate = True


def _listed_town(text: str, toponyms: list[Mention], index: int) -> Mention | None:
    """The nearest town, in list order, of the list closed by "and"/"or" that toponyms[index] belongs to."""
    first, last = index, index
    while first > 0 and _LIST_JOIN.fullmatch(text[toponyms[first - 1].end:toponyms[first].start]):
        first -= 1
    while last + 1 < len(toponyms) and _LIST_JOIN.fullmatch(text[toponyms[last].end:toponyms[last + 1].start]):
        last += 1
    if first == last or not _closed_list(text, toponyms[first:last + 1]):
        return None
    for other in sorted(range(first, last + 1), key=lambda k: (abs(k - index), k)):
        if other != index and toponyms[other].located and toponyms[other].place.kind == "place":
            return toponyms[other]
    return None


def _closed_list(text: str, members: list[Mention]) -> bool:
    """"A, B and C", "A and B" -- but two names joined by ", and" are two clauses ("... closed Frenchmen
    Street, and Baton Rouge sent buses"), and "Beyond Madinaty, Liverpool have ..." is no list."""
    gaps = [text[a.end:b.start] for a, b in zip(members, members[1:])]
    if len(gaps) == 1:
        return bool(re.fullmatch(r"\s+(?:and|or)\s+", gaps[0]))
    return any(re.search(r"\b(?:and|or)\s*$", gap) for gap in gaps)


def stray_town(article: Article, gazetteer: Gazetteer) -> None:
    """A small town abroad that only its name ties to the text is no place of the story.  Where the text calls
    it a place ("near Liancourt" -- a town in France -- in a story about Haiti; "in Delft" beside Cape Town's
    townships) it is a village of the article's country the gazetteer lacks: placed approximately at the
    article's town, as local-focus places such names (so does a distance measured to it: "Tawila, some 60 km to the
    west").  Where nothing in the text calls it a place ("Human
    Rights Watch", "NATO", "the Fano militia" in a story about Ethiopia) it is no place: the mention is dropped."""
    focus = _focus_town(article)
    if focus is None:
        return
    town, count = focus
    strays = [m for m in article.mentions if _stray(article, m, town)]
    # A name the text once calls a village keeps its other mentions ("stormed Zike village ... Zike is 25 km north of")
    villages = {m.text for m in strays if m.feature in _SETTLEMENT_FEATURES}
    for mention in strays:
        twin = next((m for m in article.mentions if m.text == mention.text and m.place is not None and
                     m not in strays and m.kind == "toponym"), None)
        if twin is not None:  # "near the village of Lopa in Ituri province ... Lopa lies about 40 km north of Bunia":
            # where the text put it the other time (not Loupes, in France, which bears the name)
            _choose(mention, Candidate(twin.place, 0.0, twin.place.name, "focus"), "stray-town",
                    f"{mention.place.name} ({mention.place.country}) is a small town abroad; '{mention.text}' is "
                    f"placed where the text puts it at another mention: {twin.place.name}")
            mention.approximate = twin.approximate
            continue
        # ("Fighters of the Fano militia": an armed body's name, whatever stands before it)
        if _ARMED_BODY_AFTER.match(article.text, mention.end) or not (
                mention.text in villages or mention.feature or _PLACE_CUE_BEFORE.search(
                    article.text, max(0, mention.start - 20), mention.start) or
                _MEASURED_AFTER.match(article.text, mention.end)):
            article.mentions.remove(mention)
            continue
        place, near = mention.place, _town_put_by(article, mention, town)  # "the village of Gida near Nekemte"
        # ... else as local-focus places a name the gazetteer lacks ("Omdurman's Karari district"; "in Salama village"
        # after a sentence that put the story in Lamu county)
        where, why = (near, f"{near.name}, the town the text puts it by") if near is not None and \
            _owning_town(article, mention) is None else \
            _home_of(article, mention, town, count, _story_region(article, town))
        _choose(mention, Candidate(where, 0.0, where.name, "focus"), "stray-town",
                f"{place.name} ({place.country}) is a small town abroad no other place of the text is near: "
                f"'{mention.text}' placed approximately at {why}")
        mention.approximate = True


def _town_put_by(article: Article, mention: Mention, town: Place) -> Place | None:
    """The town of the article's country named right after ``mention`` as the one it lies in or near -- or where the
    text put a town the gazetteer lacks ("Dumba village near Baga", Baga placed in Borno)."""
    after = next((m for m in article.mentions if m.start >= mention.end), None)
    if after is None or after.place is None or after.place.country != town.country or \
            not (after.located and after.place.kind == "place" or after.approximate) or \
            not _IN_TOWN.fullmatch(article.text, mention.end, after.start):
        return None
    return after.place


def town_quarter(article: Article, gazetteer: Gazetteer) -> None:
    """A quarter of the article's town ("the Tierra Blanca neighbourhood" in a story about Culiacan, "the Rampura
    area of the capital" in one about Dhaka) that its name alone put at a town of that name far away is in the
    article's town: placed there approximately."""
    focus_town, count = _focus_town(article) or (None, 0)
    for mention in article.mentions:
        place = mention.place
        before = article.text[max(0, mention.start - 20):mention.start]
        if place is None or mention.feature not in TOWN_PARTS:
            continue
        # "In the southern city of Kherson, shelling killed a man in the Dniprovskyi district", "Gaza City's
        # Zeitoun neighbourhood", "Giza's Haram district": that city's
        owner = _owning_town(article, mention)
        # ("the city's Kyivskyi district", "Kharkiv's Kyivskyi district": the city's, whichever namesake lay nearest)
        # (or one spatial minimality put by another town: "one of the bombs hit a building in the Kyivskyi district")
        if not (mention.why.startswith(_BY_NAME_PASSES + ("spatial-minimality",)) or _TOWNS_OWN.search(before) or
                owner is not None):
            continue
        city = _city_of_sentence(article, mention) or owner or _town_it_is_part_of(article, mention)
        town = city or focus_town
        if town is None:
            continue
        # "the Tierra Blanca neighbourhood", "the city's Shevchenkivskyi district"; "a Houston suburb" is a town
        # near Houston, "the Bannu district" a unit of its own
        if place != town and (mention.feature in _QUARTER_WORDS and (city or re.search(r"\bthe\s+$", before)) or
                              mention.feature == "district" and (_TOWNS_OWN.search(before) or owner or
                                                                 city and re.search(r"\bthe\s+$", before) or
                                                                 _OF_THE_CITY_AFTER.match(article.text, mention.end) or
                                                                 _a_quarter_elsewhere(gazetteer, place)) or
                              _part_of(article, mention, town)) and \
                haversine_km(place.lat, place.lon, town.lat, town.lon) > _CLUSTER_KM:
            for same in [m for m in article.mentions if m.text == mention.text and m.place == place]:
                # (the name's other mentions took their sense from this one)
                _choose(same, Candidate(town, 0.0, town.name, "focus"), "town-quarter",
                        f"the text makes '{mention.text}' part of a town ('{mention.feature}'), and {place.name} lies "
                        f"far from {town.name}, " + ("the city its sentence names" if city else
                                                     f"the town the article names most ({count}x)") +
                        ": placed approximately there")
                same.approximate = True


def _a_quarter_elsewhere(gazetteer: Gazetteer, place: Place) -> bool:
    """A district the gazetteer holds as a quarter of another city (Kyiv's Shevchenkivskyi, 4 km from its centre), not
    as a unit of its own ("the Bannu district"): a bigger town lies within a few km of it."""
    return place.kind == "place" and any(
        other.population > place.population for other, _ in gazetteer.near(place.lat, place.lon, _QUARTER_KM, 20))


def _owning_town(article: Article, mention: Mention) -> Place | None:
    """The town whose possessive names ``mention`` ("Gaza City's Zeitoun neighbourhood"), or that the text puts after
    it as its address ("Headington, Oxford", not a list: "Headington, Oxford and Reading")."""
    return next((m.place for m in article.mentions if m.located and m.place.kind == "place" and (
        m.end + 3 == mention.start and article.text[m.end:mention.start] in ("'s ", "’s ") or
        m.start == mention.end + 2 and article.text.startswith(", ", mention.end) and
        _ADDRESS_ENDS.match(article.text, m.end) and not _LISTED_ON.match(article.text, m.end))), None)


def _city_of_sentence(article: Article, mention: Mention) -> Place | None:
    """The town a sentence calls a city or town before ``mention`` ("In the southern city of Kherson, ...")."""
    sentence = article.sentence_at(mention.start)
    return next((m.place for m in article.mentions_in(sentence.start, mention.start) if m.located and
                 m.place.kind == "place" and _CITY_OF.search(article.text, max(0, m.start - 12), m.start)), None)


def measured_near(article: Article, gazetteer: Gazetteer) -> None:
    """'The village of al-Mazraa, about 10 km west of Sweida' (or just 'west of Sweida'): a name chosen by its name or
    context that lies many times the stated distance from the town the text measures it from takes the namesake that
    lies at that distance;
    with none there, a small place abroad (the El Mazra'a of Israel) is a village the gazetteer lacks, placed
    approximately at that town for the claim to estimate."""
    for mention in article.mentions:
        town = _town_measured_from(article, mention)
        for same in [m for m in article.mentions if m.text == mention.text and m.approximate] if town else ():
            _choose(same, Candidate(town, 0.0, town.name, "focus"), "measured-near",
                    f"the text measures '{mention.text}' from {town.name}, a town of {same.place.name}: placed "
                    f"approximately there")
        if not mention.located or mention.place.kind != "place" or not mention.why.startswith(_BY_NAME_PASSES):
            continue
        stated, anchor = _measured_from(article, mention)
        if anchor is None:
            _foreign_anchor(article, mention, gazetteer)  # (the name measured by a claim is not re-placed to fit it)
            continue
        # (an anchor the gazetteer lacks stands at the unit it was placed in: "took Komanda in Ituri ..., then
        # Mambasa, a further 90 km to the west")
        if anchor.place == mention.place or anchor.place.kind != "place" and not anchor.approximate:
            continue
        off = haversine_km(mention.place.lat, mention.place.lon, anchor.place.lat, anchor.place.lon)
        if off <= max(3 * stated, stated + 50):
            continue
        near = [c for c in gazetteer.lookup(mention.text, limit=20, fuzzy=False) if c.match in ("exact", "alias") and
                c.place.kind == "place" and haversine_km(c.place.lat, c.place.lon, anchor.place.lat,
                                                         anchor.place.lon) <= 1.5 * stated + 10]
        old = mention.place
        # (nor a hamlet across a border many times the distance off: "Novenky and Viktorovka, all within about 10 km
        # of Sudzha", in Russia's Kursk region, are none of Ukraine's)
        foreign_hamlet = old.population < _VILLAGE and old.country != anchor.place.country and \
            off > max(10 * stated, 100)
        if not near and not foreign_hamlet and (
                old.population >= _VILLAGE and mention.feature != "village" and off <= max(10 * stated, 300)
                or not _abroad(article, old)):
            continue  # a town of the story's country may be misplaced by the press: for claims to judge (but the
            # text's "village of Houla, north of Marjayoun" is none of the Syrian Houla's 20,000 people, nor "the
            # Kassara front, about 30 km northwest of Marib" Kassala, a city 958 km off in Sudan)
        # (and, where none lies near, the names placed only at that namesake for being listed with it: "Lebedevka,
        # Novenky and ...")
        for same in [m for m in article.mentions if m.place == old and (
                m.text == mention.text or not near and m.approximate and m.why.startswith("list-neighbour"))]:
            if near:
                _choose(same, near[0], "measured-near", f"the text puts '{same.text}' {stated:g} km from "
                        f"{anchor.text}, where a place of that name lies ({old.name}, {old.country}, lies far off)")
            else:  # a village the gazetteer lacks, its point for the claim to estimate
                _choose(same, Candidate(anchor.place, 0.0, anchor.place.name, "focus"), "measured-near",
                        f"the text puts '{same.text}' {stated:g} km from {anchor.text}, and no place of that name "
                        f"lies near it ({old.name}, {old.country}, lies far off): placed approximately at "
                        f"{anchor.place.name}")
                same.approximate = True


def _foreign_anchor(article: Article, mention: Mention, gazetteer: Gazetteer) -> None:
    """'Mocimboa da Praia lies about 70 km south of Palma', Palma chosen by its name alone in Spain: a town measured
    from, alone in its country and thousands of kilometres from the town of the story's country it measures, with no
    namesake near it, is a town the gazetteer lacks -- placed approximately at the town measured."""
    lies = _LIES_MEASURED.match(article.text, mention.end)
    anchor = next((m for m in article.mentions if m.start == lies.end() and m.located), None) if lies else None
    if anchor is None or anchor.place.kind != "place" or not anchor.why.startswith(_BY_NAME_PASSES):
        return
    stated = _stated_km(lies)
    off = haversine_km(mention.place.lat, mention.place.lon, anchor.place.lat, anchor.place.lon)
    # (the town measured lies in a country the text names otherwise -- its province, the country itself, a town)
    home = any(m.located and m.text != mention.text and m.place.country == mention.place.country
               for m in article.mentions)
    if off <= max(10 * stated, 300) or not _abroad(article, anchor.place) or not home or \
            any(c.match in ("exact", "alias") and c.place.kind == "place" and
                haversine_km(c.place.lat, c.place.lon, mention.place.lat, mention.place.lon) <= 1.5 * stated + 10
                for c in gazetteer.lookup(anchor.text, limit=20, fuzzy=False)):
        return
    old = anchor.place
    for same in [m for m in article.mentions if m.place == old and m.text == anchor.text]:
        _choose(same, Candidate(mention.place, 0.0, mention.place.name, "focus"), "measured-near",
                f"the text measures {mention.text} {stated:g} km from '{same.text}', and no place of that name lies "
                f"near it ({old.name}, {old.country}, lies far off): placed approximately at {mention.place.name}")
        same.approximate = True


def _town_measured_from(article: Article, mention: Mention) -> Place | None:
    """The town the text measures a name from, within walking reach of a village ("Darul Jamal, which lies about 20 km
    from Bama"), where an earlier pass could place the name only in the province that holds that town."""
    if not mention.approximate or mention.place is None or mention.place.kind not in ("admin1", "admin2"):
        return None
    stated, anchor = _measured_from(article, mention)
    if anchor is None or anchor.place.kind != "place" or stated > _NEAR_TOWN_KM or \
            not mention.place.holds(anchor.place):
        return None
    return anchor.place


def _abroad(article: Article, place: Place) -> bool:
    """In a country no other town of the text lies in."""
    return all(m.place.country != place.country for m in article.mentions
               if m.located and m.place.kind == "place" and m.place != place)


def village_homonym(article: Article, gazetteer: Gazetteer) -> None:
    """'The village of Rivne, about 6 km northwest of Pokrovsk': a village its name alone put at a city of 100,000
    or more, far from every other town of the text, is a village of that name the gazetteer lacks: placed
    approximately at the town the text has just told of, or the town the article names most."""
    focus = None
    for mention in article.mentions:
        place = mention.place
        if mention.feature != "village" or place is None or place.kind != "place" or \
                not mention.why.startswith(_BY_NAME_PASSES):
            continue
        towns = [m.place for m in article.mentions if m.located and m.place.kind == "place" and m.place != place]
        if not towns:
            continue
        if place.population >= _SMALL_TOWN and \
                all(haversine_km(t.lat, t.lon, place.lat, place.lon) > _REGION_KM for t in towns):
            why = f"{place.name} is a city of {place.population:,} far from the text's other towns"
        elif "loose match" in mention.why and _abroad(article, place):
            # "the village of Khanasor, about 25 km north of the town" (Sinjar): not Taşlıca, in Turkey
            why = f"the gazetteer knows only {place.name}, in another country than the text's towns, by a near spelling"
        else:
            continue
        focus = focus or _focus_town(article)
        town = _town_just_told(article, mention, nearby=False) or (focus[0] if focus else towns[0])
        _choose(mention, Candidate(town, 0.0, town.name, "focus"), "village-homonym",
                f"the text calls '{mention.text}' a village, and {why}: placed approximately at {town.name}")
        mention.approximate = True


def _named_after_part(article: Article, mention: Mention) -> Mention | None:
    """The mention a part word puts ``mention`` in ("the Karrada district of Baghdad", "the Penha favela complex in the
    north of Rio de Janeiro")."""
    of = _PART_OF.match(article.text, mention.end)
    return next((m for m in article.mentions if m.start == of.end()), None) if of is not None else None


def _town_it_is_part_of(article: Article, mention: Mention) -> Place | None:
    """The town named right after a part of it -- no smaller than the namesake its name alone found ("the Cincinnati
    suburb of West Chester" is a suburb of Cincinnati's)."""
    town = _named_after_part(article, mention)
    return town.place if town is not None and town.located and town.place.kind == "place" and \
        town.place.population >= mention.place.population else None


def _part_of(article: Article, mention: Mention, town: Place) -> bool:
    """'the Rampura area of the capital', 'the Karrada district of Baghdad': a part of the town named next."""
    after = _named_after_part(article, mention)
    # ("the capital" is resolved later, by its own pass: the article's town, where that is the capital)
    return after is not None and after.feature not in _UNIT_FEATURES and (  # (not "the Kantharalak district of
        after.place == town or after.kind == "reference" and after.place is None and  # Sisaket province")
        town.feature_code == "PPLC")


def _stray(article: Article, mention: Mention, town: Place) -> bool:
    """Chosen by its name alone, a town under 100,000 people abroad, far from every other place of the text and
    in a country none of them lies in -- but no national capital ("flew to Banjul" from a Californian story), airport
    ("landed at Charles de Gaulle airport") nor curated landmark, chosen for its fame ("jets struck Fordow" in a story
    about Israel)."""
    place = mention.place
    if place is None or mention.kind != "toponym" or place.kind != "place" or place.country == town.country or \
            place.population >= _SMALL_TOWN or place.feature_code in ("PPLC", "AIRP", "AIRB") or place.landmark or \
            not mention.why.startswith(_BY_NAME_PASSES):
        return False
    # (another small town abroad chosen by its name alone vouches for none: "Sabra" read as Sabratha and "Zeitoun" as
    # Zejtun, in Malta, in a story of Gaza City)
    others = [m.place for m in article.mentions if m.place is not None and m.text != mention.text and
              not (m.place.kind == "place" and m.place.population < _SMALL_TOWN and m.place.country != town.country
                   and m.why.startswith(_BY_NAME_PASSES))]
    return not any(o.country == place.country or
                   o.country and haversine_km(o.lat, o.lon, place.lat, place.lon) <= _STRAY_KM for o in others)


def _focus_town(article: Article) -> tuple[Place, int] | None:
    """The town the article names most within the country it names most (on a tie, the bigger town and the country
    of the bigger place), and how often."""
    # A name an armed body bears ("Fano militiamen" in a story of Dangila) or a dateline ("CAIRO, May 20 -" over
    # strikes in Rafah) does not tell where the story is
    # ... nor a neighbour named for its border ("20 km from the border with Pakistan", "near the Algerian border")
    countries = Counter(m.place.country for m in article.mentions if m.place is not None and m.place.country and
                        not (m.text.isupper() and m.place.kind == "place") and
                        not _ARMED_BODY_AFTER.match(article.text, m.end) and
                        not (m.place.kind == "country" and (_NEIGHBOUR_BORDER.match(article.text, m.end) or
                                                            BORDER_WITH.search(article.text, max(0, m.start - 40),
                                                                               m.start))))
    if not countries:
        return None
    (country, most), *_ = countries.most_common()
    tied = [code for code, count in countries.items() if count == most]
    if len(tied) > 1:  # named as often, the country of the bigger place ("crowded Lido beach in Mogadishu": Somalia)
        country = max(tied, key=lambda code: max((m.place.kind == "place", m.place.population) for m in article.mentions
                                                 if m.place is not None and m.place.country == code))  # (a town's)
    # A town told only as where someone spoke ("the military said in Tel Aviv") is not where the story is
    towns = Counter(m.place for m in article.mentions if m.place is not None and m.place.kind == "place"
                    and m.place.country == country and not _speaker_place(article.text, m))
    # A dateline alone ("YANGON -" over a story from the Bangladesh border, which names other towns) says where
    # the story was filed, not of which town it names the streets
    told = {m.place for m in article.mentions if m.place in towns and not m.text.isupper()}
    if len(towns) > 1:
        towns = Counter({town: count for town, count in towns.items() if town in told})
    # Named as often, the bigger town is the likelier anchor ("Umm Batna ... near Hama and Aleppo").
    return max(towns.items(), key=lambda item: (item[1], item[0].population)) if towns else None


def _speaker_place(text: str, mention: Mention) -> bool:
    """ "said in Kyiv", "told reporters in Ankara", "officials in Tel Aviv said", "Islamabad said", "talks with
    Kinshasa" (a capital standing for its government)."""
    capital = mention.place is not None and mention.place.feature_code == "PPLC"
    return _SAID_IN.search(text, max(0, mention.start - 40), mention.start) is not None or \
        (text.endswith(" in ", 0, mention.start) or capital) and _SAYS_AFTER.match(text, mention.end) is not None or \
        capital and _TALKS_WITH.search(text, max(0, mention.start - 30), mention.start) is not None


def local_focus(article: Article, gazetteer: Gazetteer) -> None:
    """A name the gazetteer lacks, or knows only by a near spelling ("Royal Street", "Faubourg
    Marigny", a village too small for cities500), is placed, approximately, at the town the article
    names most: local news names the streets and quarters of its own town.  The mention is marked
    approximate, so events code it at precision 2, exports give it no GeoNames id and claims do not
    verify distances with it.  The town must lie in the country the article names most: a person
    read as a town abroad ("Noma") is no focus.  A closer home the text gives comes first: the town whose
    part it is ("Omdurman's Karari district"), a town just told as nearby, the province its sentence opens in,
    or the story's province where its only town is the dateline's."""
    found = _focus_town(article)
    if found is None:
        return
    focus, count = found
    region = _story_region(article, focus)
    for mention in _open(article):
        # ... not a region the gazetteer lacks ("the Catatumbo region" is no quarter of Bogota)
        # ... nor one the text puts elsewhere, unless its sentence opens in the unit it is in ("In North Darfur, RSF
        # drones struck the town of Tina near the Chadian border", in a story whose town is Babanusa)
        if mention.kind == "toponym" and mention.place is None and not _REGION_AFTER.match(article.text, mention.end) \
                and _lacked(mention, focus, gazetteer) and \
                (not _put_elsewhere(article, mention, focus) or _framing_unit(article, mention, focus)):
            where, why = _home_of(article, mention, focus, count, region)
            if where is focus:  # ("Headington: Mum jailed ..." over "living in Headington, Oxford": Oxford)
                where, why = _namesakes_home(article, mention, focus, count, region) or (where, why)
            if where is focus and _listed_with(article, mention, focus):
                continue
            _choose(mention, Candidate(where, 0.0, where.name, "focus"),
                    "local-focus", f"'{mention.text}' is not in the gazetteer: placed approximately at {why}")
            mention.approximate = True
            _place_namesakes(article, mention, "local-focus")  # ("the town of Tina ... north of Tina")


def _namesakes_home(article: Article, mention: Mention, focus: Place, count: int,
                    region: Place | None) -> tuple[Place, str] | None:
    """The home another open mention of the same name has (see _home_of), where it is other than the article's town."""
    for other in _open(article):
        if other is not mention and other.text == mention.text and other.kind == "toponym":
            home = _home_of(article, other, focus, count, region)
            if home[0] is not focus:
                return home
    return None


def _home_of(article: Article, mention: Mention, focus: Place, count: int,
             region: Place | None) -> tuple[Place, str]:
    """Where a name the gazetteer lacks is placed approximately, and why: the town whose part the text calls it, a town
    just told as nearby, where the text puts the place it measures it from, the one town its sentence names, the unit
    its sentence or the sentence before puts it in, the story's province, else the article's town."""
    owner = _owning_town(article, mention)  # "Omdurman's Karari district"
    if owner is not None:
        return owner, f"{owner.name}, the town whose part the text calls it"
    near = _town_just_told(article, mention)
    if near is not None:
        return near, f"{near.name}, the town the text has just told of, which it says is nearby"
    # (or where the text put a name it measures from: "Kernoi, about 60 km north of Tina", Tina in North Darfur)
    anchor = _measured_from(article, mention, approximate=True)[1]
    if anchor is not None and anchor.approximate:
        return anchor.place, f"{anchor.place.name}, where the text puts {anchor.text}, which it measures it from"
    if anchor is not None and anchor.place.kind == "place":
        return anchor.place, f"{anchor.place.name}, the town the text measures it from"
    own = _town_of_its_sentence(article, mention)
    if own is not None:
        return own, f"{own.name}, the one town its sentence names"
    unit = _framing_unit(article, mention, focus)
    if unit is not None:
        return unit, f"{unit.name}, the {unit.kind} its sentence puts it in"
    told_unit, told_in = _unit_just_told(article, mention, focus)
    if told_unit is not None:
        return told_unit, f"{told_unit.name}, the {told_unit.kind} {told_in} put the story in"
    told_town = _town_just_told(article, mention, nearby=False) if mention.feature in _PART_WORDS else None
    if told_town is not None and told_town != focus and (count == 1 or told_town.country != focus.country) and not any(
            m.place == focus for m in article.mentions if mention.start - _JUST_TOLD_CHARS < m.start < mention.start):
        # "... pounded Kharkiv overnight ... a glide bomb hit a playground in the Osnovianskyi district", in a story
        # that names Russian places more: a quarter of the town its passage tells of, not of a town named once or
        # abroad (but Gaza's quarters in a story of Gaza, whatever town the passage names last)
        return told_town, f"{told_town.name}, the town its passage tells of"
    if region is not None:
        return region, (f"{region.name}, the {'country' if region.kind == 'country' else 'province'} the story is "
                        f"told in (its only town, {focus.name}, is where it was filed)")
    # ... nor a town named once, only in a sentence after it: the province named before it ("Fambita lies about 20 km
    # from the town of Kokorou", in a story of the Tillaberi region whose one town, Banibangou, is told of last)
    sentence_end = article.sentence_at(mention.start).end
    told = next((m for m in reversed(article.mentions) if m.end <= mention.start and m.located and
                 m.place.kind == "admin1"), None) if count == 1 and \
        not any(m.place == focus and m.start < sentence_end for m in article.mentions) else None
    if told is not None:
        return told.place, (f"{told.place.name}, the province the text named before it ({focus.name} is named once, "
                            f"later)")
    return focus, f"{focus.name}, the town the article names most ({count}x)"


def _listed_with(article: Article, mention: Mention, town: Place) -> bool:
    """The name is listed beside the town ("the Torkham and Chaman crossings"): a peer of the town, not a part of
    it -- list-neighbour has already judged whether list members lie together."""
    toponyms = [m for m in article.mentions if m.kind == "toponym"]
    listed = _listed_town(article.text, toponyms, toponyms.index(mention))
    return listed is not None and listed.place == town


def _story_region(article: Article, focus: Place) -> Place | None:
    """The province the article names most, where the article's only town is its dateline's ("YANGON - An airstrike
    hit a school in the Tabayin township of the Sagaing region"), or the country, where that town is its capital."""
    if any(m.place == focus and not m.text.isupper() for m in article.mentions):
        return None
    regions = Counter(m.place for m in article.mentions if m.located and m.place.kind == "admin1")
    # ... or the province holding the town, where it is named more ("BIRNIN KEBBI ... in Kebbi state ...", Borno named
    # once for an earlier ambush; "PEMBA - ... villages of Cabo Delgado province"): the story is told in it, the
    # dateline's town only where its report was filed
    home = sum(count for place, count in regions.items() if place.holds(focus))
    region, count = next(((p, n) for p, n in regions.most_common() if not p.holds(focus)), (None, 0))
    holding = next((p for p in regions if p.holds(focus)), None)
    if region is not None or holding is not None or focus.feature_code != "PPLC":
        return region if region is not None and count >= home else holding
    # ... or, filed from the capital ("BAMAKO - ... attacked a camp in Boulkessi"), the country: a capital's dateline
    # tells where the wire's bureau is, not which town's streets the story names
    return next((m.place for m in article.mentions if m.located and m.place.kind == "country" and
                 m.place.country == focus.country), None)


def _town_just_told(article: Article, mention: Mention, nearby: bool = True) -> Place | None:
    """The town named last before ``mention`` (within a few sentences) -- only where the text calls it nearby,
    unless ``nearby`` is False."""
    if nearby and not _NEARBY_BEFORE.search(article.text, max(0, mention.start - 30), mention.start):
        return None
    return next((m.place for m in reversed(article.mentions)
                 if mention.start - _JUST_TOLD_CHARS < m.start < mention.start and m.located and m.place.kind == "place"
                 and not m.text.isupper() and not (m.place.feature_code == "PPLC" and  # ("Moscow's forces": Russia)
                                                   CAPITAL_ACTS.match(article.text, m.end))), None)


def _town_of_its_sentence(article: Article, mention: Mention) -> Place | None:
    """The one town the sentence of a quarter names ("A shell hit a tent in the Tel al-Sultan neighbourhood,
    witnesses in Rafah said": Rafah's, whatever town the story names most)."""
    if mention.feature not in _QUARTER_WORDS:
        return None
    sentence = article.sentence_at(mention.start)
    towns = {m.place for m in article.mentions_in(sentence.start, sentence.end) if m is not mention and
             m.located and m.place.kind == "place" and not m.text.isupper()}
    return towns.pop() if len(towns) == 1 else None


def _measured_from(article: Article, mention: Mention, approximate: bool = False) -> tuple[float, Mention | None]:
    """'Gumuruk, some 30 kilometres (19 miles) north-east of Pibor town': the distance (km) told right after the name
    and the located place it is measured from (or, with ``approximate``, one placed only approximately); 'al-Mazraa,
    west of Sweida city': a direction alone, taken as DIRECTION_ALONE_KM."""
    word = _WORD_THEN_COMMA.match(article.text, mention.end)  # ("the Kassara front, about 30 km ...": past the front)
    # ... and past the list it opens ("Lebedevka, Novenky and Viktorovka, all within about 10 km of Sudzha")
    end = word.end() if word else list_end(article.text, mention.end)
    if not article.text.startswith(",", end):
        return 0.0, None
    measured = _MEASURED_FROM_NEXT.match(article.text, end)
    told = _MEASURED_AFTER.match(article.text, end) if measured is None else None
    if told is not None and _FURTHER_TO_THE.match(article.text, told.end()):
        # (not a road's far end: "the main road to Kisangani")
        towns = [m for m in reversed(article.mentions) if m.end <= mention.start and m.kind == "toponym" and
                 m.place is not None and (m.place.kind == "place" or m.approximate) and m.text != mention.text
                 and not ROAD_TO.search(article.text, max(0, m.start - 30), m.start)]
        # ... its sentence's, else the story's town ("pulled back toward Baraka, about 70 km to the south", in a story
        # of Uvira that named Washington last), else the last one named
        start = article.sentence_at(mention.start).start
        story = article.body_story_town()
        before = next((m for m in towns if m.start >= start), None) or \
            (story if story is not None and story.text != mention.text else None) or next(iter(towns), None)
        return _stated_km(told), before
    if measured is not None:
        stated = _stated_km(measured)
    else:
        measured, stated = _DIRECTION_FROM_NEXT.match(article.text, end), DIRECTION_ALONE_KM
    if measured is None:
        return stated, None
    anchor = next((m for m in article.mentions if m.start == measured.end() and (m.located or approximate and m.place)),
                  None)
    word = _CITY_NAMED_BEFORE.match(article.text, measured.end()) if anchor is None else None
    if word is not None:  # "in the city of Sweida and the town of al-Mazraa, about 10 km west of the city": Sweida
        sentence = article.sentence_at(mention.start)
        anchor = next((m for m in reversed(article.mentions) if sentence.start <= m.start < mention.start and
                       m.located and m.place.kind == "place" and m.feature == word.group(1).lower()), None)
    return stated, anchor


def _stated_km(measured: re.Match) -> float:
    """The distance a _MEASURED_AFTER match states, in km."""
    return float(measured.group("km").replace(",", "")) * (1.609 if measured.group("unit").lower().startswith("mi")
                                                           else 1.0)


def _framing_unit(article: Article, mention: Mention, focus: Place) -> Place | None:
    """'In the Menaka region to the east, gunmen killed 12 people in the village of Tabangout': the country or
    province the sentence opens in, where the article's town is not."""
    sentence = article.sentence_at(mention.start)
    unit = next(iter(article.mentions_in(sentence.start, mention.start)), None)
    if unit is not None and unit.located and unit.place.kind in ("country", "admin1") and \
            not unit.place.holds(focus) and _FRAME.fullmatch(article.text, sentence.start, unit.start):
        return unit.place
    # ... or, for a village or town, the province its sentence named before it ("pushed into Syria's Quneitra
    # province, setting up positions near the village of Jubata al-Khashab")
    units = [m.place for m in article.mentions_in(sentence.start, mention.start) if m.located and
             m.place.kind == "admin1"] if mention.feature in ("village", "town") else []
    return units[-1] if units and not units[-1].holds(focus) else None


def _unit_just_told(article: Article, mention: Mention, focus: Place) -> tuple[Place | None, str]:
    """'Gunmen killed five in Manipur's Jiribam district ... A soldier was shot in the village of Nungchappi': the
    district or province the sentence before put the story in (else the text before it: "... in Jiribam district. ...
    Security forces killed 10 near Borobekra. A woman had been killed in the village of Zairawn"), for a village or
    town its own sentence puts nowhere else -- where the article's town is not in that unit; and where it was told."""
    sentence = article.sentence_at(mention.start)
    if mention.feature not in ("village", "town", "district") or sentence.start == 0 or \
            any(sentence.start <= m.start < mention.start and m.located for m in article.mentions):
        return None, ""
    previous = article.sentence_before(sentence)  # (across a paragraph's break too)
    if previous is None:
        return None, ""
    told = [m for m in article.mentions_in(previous.start, previous.end) if m.located]
    unit = _unit_of(article, told, focus)
    if unit is not None:
        return unit, "the sentence before"
    before = [m for m in article.mentions if m.start < previous.start and m.located]
    unit = _unit_of(article, before, focus)
    return (unit, "the text before it") if unit is not None and unit.kind != "country" else (None, "")


def _unit_of(article: Article, told: list[Mention], focus: Place) -> Place | None:
    """The narrowest district or province of ``told`` away from the article's town, or the other country it tells."""
    units = [m.place for m in told if m.place.kind in ("admin1", "admin2")]
    unit = next((u for kind in ("admin2", "admin1") for u in units if u.kind == kind), None)  # the narrowest
    # (a district's code is not kept: one this close to the article's town may hold it)
    if unit is None:  # ... or another country ("strikes on two villages in southern Lebanon" in a story whose
        # town is Kiryat Shmona, across the border)
        return next((m.place for m in told if m.place.kind == "country" and m.place.country != focus.country and
                     _IN_LAND_BEFORE.search(article.text, max(0, m.start - 30), m.start)), None)
    if unit.country != focus.country or unit.holds(focus) or \
            haversine_km(unit.lat, unit.lon, focus.lat, focus.lon) <= _CLUSTER_KM:
        return None
    return unit


def _put_elsewhere(article: Article, mention: Mention, focus: Place) -> bool:
    """'Khiam in southern Lebanon' in a story about Gaza: the text puts the name in a country or province the
    article's town is not in -- or on the border of a country the article's town lies far from."""
    border = _ON_BORDER_AFTER.match(article.text, mention.end)
    if border is not None:  # "near Tinzaouaten, on the Algerian border", in a story filed from Bamako
        at = border.start("country") if border.group("country") else border.start("other")
        country = next((m.place for m in article.mentions if m.start == at and m.located), None)
        found = distance_to_border(focus.lat, focus.lon, country.country) if country is not None and \
            country.kind == "country" and country.country != focus.country else None
        return found is not None and found.km > _BORDER_TOWN_KM
    where = _IN_UNIT.match(article.text, mention.end)
    if where is None:
        return False
    unit = next((m for m in article.mentions if m.start == where.end()), None)
    return unit is not None and unit.place is not None and unit.place.kind in ("country", "admin1") and \
        not unit.place.holds(focus)


def _lacked(mention: Mention, focus: Place, gazetteer: Gazetteer) -> bool:
    """The gazetteer lacks the place: it knows no place of the name -- or, for a quarter, camp or town the text
    names ("the Be and Adakpame districts" of Lome, "the Far'a refugee camp" by Tubas, "the town of Tina" in Darfur),
    only one abroad known so by another name (Bex, Switzerland; Farah, Afghanistan; Tena, Ecuador)."""
    best = _exact_best(mention.text, gazetteer)
    return best is None or (mention.feature in TOWN_PARTS or mention.feature in ("camp", "town", "village")) and \
        best.place.country != focus.country and \
        not _own_name(best, mention.text)


def _exact_best(name: str, gazetteer: Gazetteer) -> Candidate | None:
    """The best place bearing the name or a curated alias of it (a near spelling, "Maardis" ~ Maradi, is none)."""
    best = gazetteer.best(name, fuzzy=False)
    return best if best is not None and best.match in ("exact", "alias") else None


def _known_part(part: str, countries: set[str], places: list[Place], gazetteer: Gazetteer) -> Candidate | None:
    words = part.split()
    if len(part) < 3 or not words[0][0].isupper() or \
            all(w.lower().strip(".") in COMMON_WORDS or w.lower() in GIVEN_NAMES for w in words):
        return None
    # Its own name or a curated alias: an alternate ("Salt" for As Salt) is too loose a reading here -- and
    # the best so named, not the best overall ("Bank of Mexico": the country, though Mexico City ranks first).
    found = [c for c in gazetteer.lookup(part, country=countries, document=places, limit=3, fuzzy=False)
             if c.match == "alias" or fold(c.place.name) == fold(part)]
    if not found:
        return None
    place = found[0].place
    # ... or one the article names on its own ("Nenagh" ... "Nenagh MDC"), however small.
    well_known = place.kind in ("country", "admin1", "admin2", "region", "continent") \
        or place.population >= _CONTAINED_POPULATION or place in places
    # ... and in one of the article's countries: "Kish River" in Illinois is not Kish island in Iran;
    # a town must lie near the towns the article names ("Pearl Harbor" in Hawaii is not Pearl, Mississippi).
    at_home = place.kind == "country" or not place.country or not countries or place.country in countries
    towns = _town_points(places)
    near = place.kind != "place" or not towns or _in_region(place, towns)
    return found[0] if well_known and at_home and near else None


def _town_points(places: list[Place]) -> list[SpherePoint]:
    """Points of the towns and counties among ``places``: where an article is, as precisely as it says."""
    return [SpherePoint.of(p.lat, p.lon) for p in places if p.kind in ("place", "admin2")]


def _in_region(place: Place, towns: list[SpherePoint]) -> bool:
    return nearest(SpherePoint.of(place.lat, place.lon), towns)[0] <= _REGION_KM


def capital(article: Article, gazetteer: Gazetteer) -> None:
    """'the capital': of the country named just before it ("the Syrian capital", "Sudan's capital"), else
    of the country the article's places lie in most."""
    counts = Counter(m.place.country for m in article.mentions if m.place is not None and m.place.country)
    for mention in _open(article):
        if mention.kind != "reference":
            continue
        if mention.feature == "regional capital":
            _regional_capital(article, mention, gazetteer)
            continue
        owner = next((m for m in article.mentions if m.place is not None and m.place.kind == "country" and
                      _OWNER_GAP.fullmatch(article.text, m.end, mention.start)), None)
        told = None if owner is not None else _capital_just_told(article, mention)
        code = owner.place.country if owner is not None else told.place.country if told is not None else \
            (counts.most_common(1)[0][0] if counts else None)
        city = gazetteer.capital(code) if code else None
        if city is None:
            mention.why = "unresolved: 'the capital' of no country the article names"
            continue
        whose = f"named before it ('{owner.text}')" if owner is not None else \
            f"whose capital its sentence names ('{told.text}')" if told is not None else \
            "the article's places lie in most"
        _choose(mention, Candidate(city, 1.0, city.name, "alias"), "capital",
                f"the capital of {gazetteer.country_info(code).get('name', code)}, the country {whose}")


def _capital_just_told(article: Article, mention: Mention) -> Mention | None:
    """A national capital its sentence names before "the capital" ("Explosions were heard in Tehran and at Natanz,
    about 250 km south of the capital": Tehran, in a story that names Israel as often as Iran), else the town just
    before it that it places, whose country's capital it is ("... a cement factory in Amran, north of the capital":
    Sanaa, in a story filed from Jerusalem; not "Eilat lies about 2,000 km north of the capital")."""
    sentence = article.sentence_at(mention.start)
    before = [m for m in article.mentions_in(sentence.start, mention.start) if m.located and
              m.place.kind == "place" and not m.text.isupper()]
    placed = before[-1] if before and _PLACED_BY_CAPITAL.fullmatch(article.text, before[-1].end, mention.start) \
        else None
    return next((m for m in reversed(before) if m.place.feature_code == "PPLC"), placed)


def _regional_capital(article: Article, mention: Mention, gazetteer: Gazetteer) -> None:
    """'the regional capital': the seat of the first-level unit its sentence names before it ("In the Zaporizhzhia
    region, a guided bomb struck ... the regional capital"), else of the one the towns named before it lie in most."""
    sentence = article.sentence_at(mention.start)
    told = next((m for m in reversed(article.mentions) if sentence.start <= m.start < mention.start and m.located and
                 m.place.kind == "admin1" and m.place.admin1), None)
    units = Counter((m.place.country, m.place.admin1) for m in article.mentions if m.start < mention.start
                    and m.located and m.place.kind == "place" and m.place.admin1)
    unit = (told.place.country, told.place.admin1) if told is not None else \
        units.most_common(1)[0][0] if units else None
    seat = gazetteer.seat(*unit) if unit else None
    if seat is None:
        mention.why = "unresolved: 'the regional capital' of no province the article's towns lie in"
        return
    _choose(mention, Candidate(seat, 1.0, seat.name, "alias"), "capital",
            f"the seat of {seat.admin1_name or seat.admin1}, " +
            ("the province its sentence names" if told is not None else
             "the province the towns named before it lie in most"))


def unresolved(article: Article, gazetteer: Gazetteer) -> None:
    for mention in _open(article):
        near_miss = gazetteer.lookup(mention.text, limit=1, min_score=0)
        if not near_miss:
            mention.why = f"unresolved: '{mention.text}' is not in the gazetteer (import a GeoNames country dump to add villages)"
        elif near_miss[0].match in ("loose", "fuzzy"):
            best = near_miss[0]
            mention.why = (f"unresolved: not in the gazetteer; the nearest spelling, {best.place.name} "
                           f"({best.place.country}), is a {best.match} match the article's places do not support")
        elif near_miss[0].score < ACCEPT:
            best = near_miss[0]
            mention.why = (f"unresolved: best candidate {best.place.name} ({best.place.country}) scored "
                           f"{best.score:.2f}, below the acceptance threshold {ACCEPT}")
        else:
            best = near_miss[0]
            mention.why = (f"unresolved: the best candidate, {best.place.name} ({best.place.country}), bears the name "
                           f"only as another name and lies in no country of the article's places")


def _resolved_places(article: Article) -> list[Place]:
    """Distinct places resolved so far, at most _CONTEXT_PLACES (ranking compares each candidate to all)."""
    distinct: dict[int, Place] = {}
    for mention in article.mentions:
        if mention.place is not None:  # demonyms too: "Spanish" names Spain, whose capital "Madrid" is
            distinct.setdefault(mention.place.geonameid, mention.place)
            if len(distinct) == _CONTEXT_PLACES:
                break
    return list(distinct.values())


PASSES: list[Pass] = [demonym, initials, explicit_context, feature_word, unambiguous, country_name, one_sense,
                      spatial_minimality, document_coherence, legislature, world_city, named_abroad, list_siblings,
                      local_cluster, located_in, contained_name, list_neighbour, stray_town, town_quarter,
                      measured_near, village_homonym, capital, local_focus, unresolved]

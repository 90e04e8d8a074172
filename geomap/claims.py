"""Stage 4b, claims: stated distances and directions, found, checked and used.

"about 10 kilometers (6 miles) from Hama", "20-25 km north-west of Idlib",
"within 5 km of the border town of Rafah", "Hama, 10 km to the south", "3 km from
the Turkish border", "Kiryat Shmona, 3 km south of the border".  Each claim names an anchor
place, or a country whose land border it measures from (for "the border" alone, the named
town's country, to the nearest neighbour's border); its subjects are the place named in the
same clause, the settlement named just before when the subject is "the city" or "the town",
or -- when the subject is "the fighters" or "the front line" -- the places captured or struck
in the same passage.  Each subject gets a geodesic distance and bearing from the anchor (or
the nearest point of the border) and a verdict with a reason.
"""

from __future__ import annotations

import math
import re
import zlib

from geopy.distance import geodesic

from gazetteer import Place
from gazetteer.geo import haversine_km

from .borders import (OUTLINE_KM, BorderDistance, border_ahead, distance_to_area, distance_to_border, has_outline,
                      measured_pair, nearest_border, nearest_neighbour)
from .document import Article, Claim, Mention, Span, Subject
from .geometry import midpoint
from .text import (APPOSED_FEATURE, BORDER_WITH, CAPITAL_ACTS, DATELINE, DATELINE_UNDATED, DIRECTION_ALONE_KM,
                   NUMBER_WORD, ROAD_ENDS, ROAD_TO, TOWN_PARTS, VESSEL, guarded, listed_before, parse_number)

UNIT_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852}
_UNIT = (r"(?P<{name}>nautical\s+miles?|nmi|kilomet(?:er|re)s?|kms?|miles?|mi|met(?:er|re)s?|m)")
_NUM = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD})"
_QUAL = (r"(?P<qual>about|around|some|nearly|roughly|approximately|almost|up\s+to|within|less\s+than|more\s+than|"
         r"over|under|at\s+least|at\s+most|barely|just|only|an\s+estimated|close\s+to)")
DIRECTION_DEGREES = {
    "north": 0, "north-northeast": 22.5, "northeast": 45, "east-northeast": 67.5, "east": 90, "east-southeast": 112.5,
    "southeast": 135, "south-southeast": 157.5, "south": 180, "south-southwest": 202.5, "southwest": 225,
    "west-southwest": 247.5, "west": 270, "west-northwest": 292.5, "northwest": 315, "north-northwest": 337.5,
}
_DIR_ABBREV = {"N": "north", "NNE": "north-northeast", "NE": "northeast", "ENE": "east-northeast", "E": "east",
               "ESE": "east-southeast", "SE": "southeast", "SSE": "south-southeast", "S": "south",
               "SSW": "south-southwest", "SW": "southwest", "WSW": "west-southwest", "W": "west",
               "WNW": "west-northwest", "NW": "northwest", "NNW": "north-northwest"}
_DIR = (r"(?:(?:north|south|east|west)(?:[\s-]?(?:north|south)?(?:east|west))?(?:[\s-](?:north|south)?(?:east|west))?"
        r"|N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW)")
_RELATION = (rf"(?:(?:to\s+the\s+|in\s+the\s+)?(?P<dir>{_DIR})(?:ward|wards|ern)?\s+of|away\s+from|from|outside(?:\s+of)?|"
             r"short\s+of|off|of|beyond|"
             r"(?:across|over|up|down)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}from)")  # "10 km across the reservoir from"
# The figure: "about 10 kilometers (6 miles)", "20-25 km", "some twenty kilometres".
# ... "within about 8 km": the bound is what the figure states
_FIGURE = (r"(?:(?P<bound>within|up\s+to|less\s+than|more\s+than|at\s+least|at\s+most)\s+"
           r"(?=about|around|some|roughly))?"
           rf"(?:{_QUAL}\s+)?(?P<num>{_NUM})(?:\s*(?:-|–|to|and)\s*(?P<num2>{_NUM}))?\s*-?\s*"
           rf"{_UNIT.format(name='unit')}\b"
           rf"(?:\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+)?(?P<alt>{_NUM})\s*-?\s*"
           rf"{_UNIT.format(name='altunit')}\s*\))?")
# A figure starts at a word: without the leading \b, "a" (a number word) and "m" found "a m of" in "program of".
_CLAIM = guarded(rf"\b{_FIGURE}(?:\s*,)?\s+(?:away\s+)?{_RELATION}\s+", re.I)
# ... also after what the name is: "toward Bara, a town some 60 km to the north"
# ("Port-au-Prince, which lies about 60 km to the southwest")
# ... or after a relative clause of its own ("Chasiv Yar, which Russia captured in the summer, is some 10 miles (16 km)
# to the east")
# ... or, hedged, with no comma ("who control the capital Sanaa about 120 km to the west")
_REVERSED = re.compile(rf"(?:,\s+|\s+(?=(?:about|around|some|roughly|nearly|approximately)\s))"
                       rf"(?:(?:which|that)\s+(?:lies|is|sits)\s+|(?:located|lying|situated)\s+|"
                       rf"(?:which|that)\s+[^,.;]{{1,60}},\s+(?:is|lies|sits)\s+|"
                       # ... or after an apposition ("Myrnohrad, Pokrovsk's twin town, is about 5 km to the east")
                       rf"(?:an?|the|[A-Z][\w'’-]*['’]s)\s+[^,.;]{{1,50}},\s+(?:is|lies|sits)\s+)?"
                       rf"(?:an?\s+(?:[a-z-]+\s+)?(?:town|village|city|camp|base|settlement)\s+)?"
                       rf"(?:a\s+further\s+|another\s+)?{_FIGURE}\s+"  # ("Mambasa, a further 90 km to the west")
                       rf"(?:away\s+)?(?:to\s+the\s+)(?P<dir>{_DIR})\b(?!\s+of)", re.I)
_DIRECTION_ONLY = guarded(
    # ("Kenscoff, a hillside town southeast of Haiti's capital")
    r"(?:,\s*(?:an?\s+(?:[a-z-]+\s+)?(?:town|village|city|camp|base|settlement|suburb)\s+)?|"
    r"\b(?:lies|is|sits|located|situated)\s+)(?:just\s+|some\s+way\s+)?(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south|east|west)(?:[\s-]?(?:north|south)?(?:east|west))?)(?:ward|wards|ern)?\s+of\s+", re.I)
# "Toretsk is roughly halfway between Bakhmut and Pokrovsk": the first place after it is the anchor
_HALFWAY = guarded(r"\b(?:(?:roughly|about|almost|nearly|some)\s+)?(?:halfway|midway)\s+between\s+(?:the\s+)?", re.I)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "halfway between Kherson and the Crimean town of Armyansk": the town after its description
_AND_THE_TOWN = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:town|city|village|port)\s+of\s+)?")
# "Tibu and El Tarra, about 50 km apart", "Izium and Kupiansk are some 70 km apart"
_APART = guarded(rf"\b{_FIGURE}\s+apart\b", re.I)
_APART_GAP = re.compile(r",?\s*(?:(?:which\s+)?(?:are|lie|sit|stand)\s+)?")
_UNIT_HINT = guarded(r"\b(?:km|kms|mi|nmi)\b|\d\s*-?\s*(?:km|m)\b|kilomet|\bmiles?\b|met(?:er|re)s?\b", re.I)
_NOT_DISTANCE_BEFORE = guarded(r"\b(?:travel(?:l)?ed|walked|drove|driven|marched|flew|flown|trekked|covered|"
                               r"advanced|stretch(?:es)?|journey(?:ed)?|square|sq\.?|cubic|a|an)\s*$", re.I)
_NOT_DISTANCE_AFTER = re.compile(r"^\s*(?:long|wide|deep|high|tall|per\s+hour|an\s+hour|/h|square|2\b|²|"
                                 r"stretch|journey|trip|march|drive|convoy|-long|-wide)", re.I)
# "the Turkish border", "the Syria-Turkey border", "the border with Lebanon": a country's land border.
# (not "the Chinese border town of Chinshwehaw": a town)
_BORDER = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*(?:[\s/–-]+[A-Z][\w’'-]*)?\s+(?:border|frontier)\b"
                     r"(?!\s+(?:town|city|village|settlement)\b)|"
                     r"(?:border|frontier)\s+with\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_BARE_BORDER = re.compile(r"the\s+(?:border|frontier)\b(?!\s+(?:with|of|between)\b)")
# "Walikale, a mining town about 130 km ...": the town the distance describes
_TOWN_DESCRIBED = re.compile(APPOSED_FEATURE.pattern + r"\s+")
# Between a distance and its anchor: "the", "the Turkish town of", "the eastern Ukrainian city of", "the Syrian"
# (capital), "the state capital, ", "the Houthi-held capital", "the RSF-held town of", "the M23-held city of"
_APPOSITION = re.compile(r"^(?:the\s+)?(?:[a-z’'-]+\s+){0,2}?(?:[A-Z][A-Za-z0-9]+(?:-[a-z]+)?\s+)?"
                         r"(?:[a-z’'-]+\s+){0,5}?"
                         r"(?:(?:capital|city|town|village|port|hub|seat|stronghold),\s*|of\s+|,\s*)?(?:the\s+)?$")
_POSSESSED_CAPITAL = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")  # "Haiti's capital", "Sudan's war-torn capital"
# "about 50 km south-west of the city on the opposite bank of the Dnipro": the city is the anchor, not the river
_THE_CITY_ITSELF = re.compile(r"the\s+(?:city|town|village)\s+(?!of\b)[a-z]")
# What is measured is no river, no unit a village is put in, no end of the road it lies on (see _subjects)
# A landmark the subject lies by ("lies at the foot of Mount Hermon", "sits on the banks of the Euphrates")
_LANDMARK_OF = re.compile(r"\b(?:lies|lie|sits|sit|stands|located|situated|perched|nestled)\s+(?:(?:at\s+the\s+foot|"
                          r"on\s+the\s+(?:slopes?|banks?|shores?)|in\s+the\s+(?:foothills|shadow)|"
                          r"at\s+the\s+mouth)\s+of|near|close\s+to|beside)\s+(?:the\s+)?$")
_RIVER_AFTER = re.compile(r"\s+river\b", re.I)
# "about 45 km north of the front line along the Dnipro river": a line measured from, which no point stands for
_A_LINE = re.compile(r"\b(?:front\s*lines?|contact\s+line|line\s+of\s+contact|ceasefire\s+line)\b")
# "rebels advanced south from Bukavu and were within 70 km of Uvira": where the movement set out from
_SET_OUT_FROM = re.compile(r"\b(?:advanced|advancing|moved|moving|pushed|pushing|marched|headed|heading|drove|driving|"
                           r"fled|fleeing|came|coming)\s+(?:[a-z]+\s+){0,2}from\s+(?:the\s+)?$")
# "Lala, in Djugu ...", "Yelwata lies in Guma ...", "Apatzingan, in the Tierra Caliente region"
_IN_UNIT = re.compile(r"\bin\s+(?:the\s+)?$")
# "Makassar, on the island of Sulawesi, is about 1,400 km ...": the island a town before it lies on
_ON_THE_ISLAND = re.compile(r"\bon\s+(?:the\s+)?(?:island\s+of\s+)?$")
_UNIT_AFTER = re.compile(r"\s+(?:territory|district|province|region|county|state|governorate|oblast|department|"
                         r"local\s+government|LGA|township|municipality|commune|raion)\b")
# "about 200 km south-west of Srinagar by road": a distance by road, longer than the straight line
_BY_ROAD = re.compile(r"\s+by\s+(?:road|car|rail)\b")
_ROAD_WORDS = ("by road", "by car", "by rail")
# "on the main road to Dakar, roughly 15 km west of Kayes": the road's end is no subject of the distance
# "within 3 km of the main road that supplies Pokrovsk": measured from the road, which is no place of ours
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|where|linking|connecting|leading|serving)\b")
_COLLECTIVE = re.compile(r"\b(?:fighters|forces|troops|rebels|insurgents|front\s*lines?|frontlines?|they|them|"
                         r"opposition|advance|offensive|militants|units)\b", re.I)
# "Troops came under fire near a village about 12 km south of Isabela City": the distance is the unnamed village's,
# not the front's
_UNNAMED_BEFORE = re.compile(r"\b(?:an?|one) (?:[\w-]+ )?(?:village|town|hamlet|settlement|spot|location)\s*,?\s*$")
# "The city lies about 440 km south of Kyiv", "The town, some 15 km from ...": the subject is the settlement
# named just before.
_IT_LIES = re.compile(r"\W*It\s+(?:is|lies|sits|was)\b")
_OPENING_REACH = 20  # characters: a name this near a sentence's start is its subject ("The town of Bukavu, ...")
# "The village lies about 30 km from ...": the place named before ("The area ...": only one the text called an area)
_ANAPHOR = re.compile(r"\W*(?:The|This)\s+(?P<word>city|town|village|camp|settlement|area|district|neighbou?rhood)\b")
# "The base lies about 60 km west of Volgograd", "The crossing lies 5 km south of Rafah": the facility named before
_FACILITY_WORD = (r"(?P<word>air\s?base|base|airfield|airport|(?:border\s+)?crossing|refinery|plant|depot|port|prison|"
                  r"dam|bridge|(?:oil\s+|gas\s+)?field|(?:army\s+|military\s+|police\s+)?"
                  r"(?:post|outpost|checkpoint))\b")
_FACILITY_ANAPHOR = re.compile(r"\W*(?:The|This)\s+" + _FACILITY_WORD)
# "The port, home to the fleet since it left Sevastopol, is about ...": an aside between a place the text refers to
# and its distance
_OPENING_ASIDE = re.compile(r"\W*(?:The|This)\s+(?:city|town|village|camp|settlement|area|district|port|base|airport|"
                            r"crossing)\s*,")
_ASIDE_CLOSED = re.compile(r",\s+(?:is|lies|sits|was|stands)\s+(?:located\s+|situated\s+)?(?:about|some|around|roughly|"
                           r"nearly|approximately|just|only)?\s*")
# "Marib, the last stronghold of the recognised government in the north, sits about 120 km east of Sanaa": the name
# opening the sentence, whatever the length of the aside describing it
_APPOSED_OPENER = re.compile(r",[^,.;]{1,160},\s+(?:is|lies|sits|stands)\s+(?:located\s+|situated\s+)?"
                             r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|just\s+|only\s+)?")
# "killed in the clashes around the dam, about 25 km southeast of Manbij": the facility named before, in apposition
_LIES_ABOUT = r"(?:located\s+|situated\s+)?(?:about|some|around|roughly|nearly|approximately)?\s*$"  # "lies about"
# ... "the refinery, which lies on the Volga about 700 km southeast of Moscow": a river or coast on the way
_FACILITY_BEFORE = re.compile(r"\bthe\s+" + _FACILITY_WORD + r",?\s+(?:(?:which|that)\s+(?:lies|is|sits)\s+"
                              r"(?:(?:on|along)\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?)?" + _LIES_ABOUT)
# "Crimea, which lies about 75 km south of Kherson": the name the relative clause describes is the subject
_WHICH_LIES = re.compile(r",\s+(?:which|that)\s+(?:lies|is|sits)\s+" + _LIES_ABOUT)
_WIDE_KINDS = frozenset({"admin1", "region", "country", "continent"})  # places no distance is measured to
# How far back (characters) a claim's referent is looked for: the passage, as events read it (a quoted officer between
# "stormed a base in Moqokori" and "Reinforcements were sent from Beledweyne, about 90 km to the north")
_REFERENT_REACH = 600
_VILLAGE_SIZE = 5000  # people: a place this small is no "city" a distance is measured from
_AIRFIELDS = frozenset({"AIRP", "AIRB", "AIRF"})
# "... 60 km northwest of Donetsk city, which Russia holds, and 55 km southwest of Kramatorsk": the same subject again
# (... "south of Afula in northern Israel and roughly 30 km north of Nablus" too)
_AND_THEN = re.compile(r"(?:\s+(?:city|town))?"
                       r"(?:\s+in\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                       r"(?:,\s+(?:which|where|whose)\b[^.;]{0,100})?\s*,?\s*and\s+(?:is\s+|lies\s+)?")
_ANAPHOR_BEFORE = re.compile(r"\bthe\s+(?P<word>city|town|village|camp|settlement)(?:,?\s+(?:which|that)\s+"
                             r"(?:lies|is|sits)\s+|,\s+)" +  # ... or "to protect the town, about 40 km north of Kaya"
                             _LIES_ABOUT)
_CITY = re.compile(r"the (?:city|town|port city|port town)\b|the(?=\s+cent(?:re|er)\b)")  # (or "the centre" alone)
_CENTRE = re.compile(r"['’]?s?\s+(?:centre|center)\b")
_EDGE_OF = re.compile(r"\b(?:edge|edges|outskirts|side|part)\s+of\s+$")  # "on the western edge of Goma, 4 km from ..."
# "The attack happened about 20 km southwest of Bamenda": the subject is where the event told before happened
_EVENT_ANAPHOR = re.compile(r"\W*(?:The|This|That)\s+(?:attack|ambush|strike|raid|blast|explosion|bombing|assault|"
                            r"clash(?:es)?|fighting|massacre)\b")
# "seized Sake, ..., and were fighting troops within 10 km": a second verb of the sentence's subject, not of the place
_SUBJECTS_VERB = re.compile(r"\band\s+(?:(?:were|was|are|is|have|has|had)\s+[a-z]+ing|(?:advanced|pushed|moved|pressed|"
                            r"closed|came|got)\s+(?:on\s+|in\s+)?(?:to\s+)?)\b")  # "... and advanced to within 19 km"
# "... under an agreement with Kinshasa, said it had killed nine militants in the forest about 20 km west of Beni":
# what a speaker reports lies at the distance, not a place named before the speaker spoke
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|added)\b")
_SHARED = re.compile(r",\s+(?:both|all|each)\b")  # "A and B, both 90 km from C"
# A participle's clause ("setting it ablaze 60 nautical miles off Hodeidah"), or a phrase placing the sentence's
# subject ("Russian forces, dug in on the east bank about 1 km from the city, shelled")
_PARTICIPLE_CLAUSE = re.compile(r"\s*(?:[a-z]+ing|dug in|based|stationed|positioned|deployed|entrenched|massed)\b")
_UPPER_BOUNDS = frozenset({"up to", "within", "less than", "under", "at most", "barely"})
_LOWER_BOUNDS = frozenset({"more than", "over", "at least"})
_HALFWAY_SHARE = 0.15  # how far off the midpoint, as a share of the way between the two places, is still halfway
ROAD_FACTOR = 1.6  # straight-line distances below stated/1.6 ... stated suggest a road distance
# A village this far (and this many times the stated distance) from where the text puts it is another place of
# its name; "X in Y province" is trusted.
_VILLAGE, _NAMESAKE_KM, _NAMESAKE_FACTOR = 10_000, 150, 5
# A village three times the stated distance and 60 km or more off in another province (150 km in its own) is no
# reporter's slip but a namesake: the press misjudges a village's distance by a fraction, not by a factor
# ("Rivnopillia, some 80 km east of" Zaporizhzhia: the gazetteer knows only the one of Crimea, 342 km away;
# "Solodke, less than 10 km from Huliaipole": not the one of Donetsk province, 94 km off)
_VILLAGE_FACTOR, _VILLAGE_NAMESAKE_KM = 3, 60
_LOCATED_BY_CLAIM = "located only by this claim"
_NOT_LOCATED = "its subjects are not located"


def find_claims(article: Article) -> Article:
    """Find, check and (where they locate an unresolved place) use the article's claims."""
    for sentence in article.sentences():
        halfway = "way between" in sentence.text
        if not halfway and not _UNIT_HINT.search(sentence.text):
            continue  # most sentences state no distance: skip the expensive patterns
        for match in _CLAIM.finditer(article.text, sentence.start, sentence.end):
            claim = _forward_claim(article, match)
            if claim is not None:
                article.claims.append(claim)
        for match in _REVERSED.finditer(article.text, max(0, sentence.start - 1), sentence.end):
            claim = _reversed_claim(article, match)
            if claim is not None:
                article.claims.append(claim)
        if halfway:
            article.claims.extend(filter(None, (_halfway_claim(article, match) for match in
                                                _HALFWAY.finditer(article.text, sentence.start, sentence.end))))
        if " apart" in sentence.text:
            article.claims.extend(filter(None, (_apart_claim(article, sentence, match) for match in
                                                _APART.finditer(article.text, sentence.start, sentence.end))))
    for sentence in article.sentences():
        for match in _DIRECTION_ONLY.finditer(article.text, sentence.start, sentence.end):
            claim = _direction_claim(article, match)
            if claim is not None and not any(c.start <= claim.end and claim.start <= c.end for c in article.claims):
                article.claims.append(claim)
    article.claims.sort(key=lambda c: c.start)
    for claim in article.claims:
        check(claim)
    estimate_unresolved(article)
    return article


def _is_distance(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 25):match.start()]
    after = text[match.end("unit"):match.end("unit") + 14]
    return not _NOT_DISTANCE_BEFORE.search(before) and not _NOT_DISTANCE_AFTER.match(after)


def _forward_claim(article: Article, match: re.Match) -> Claim | None:
    if not _is_distance(article.text, match):
        return None
    anchor, end, border = _border_after(article, match.end())  # before a country read as a point
    if border is None:
        anchor = _anchor_after(article, match.end())
        if anchor is None:
            anchor, end = _the_city(article, match.start(), match.end())
        if anchor is None:
            return None
    end = end or anchor.end
    by_road = _BY_ROAD.match(article.text, end)  # "about 200 km south-west of Srinagar by road": the text says so
    claim = _make_claim(article, match, match.start(), by_road.end() if by_road else end, anchor)
    claim.border = border
    claim.direction = _direction_word(match.group("dir"))
    _subjects(article, claim, match.start())
    if border == ():  # "the border": the land borders of a named subject's country
        place = next((s.mention.place for s in claim.subjects if s.mention.place is not None), None)
        if place is None or not place.country or claim.subject_kind not in ("named", "anaphor"):
            return None
        # ... with the neighbour the article names, if it names one ("Bryansk, about 100 km north of the border" in a
        # story of Ukraine's drones: the Ukrainian border, not the nearer Belarusian one)
        named = {m.place.country for m in article.mentions if m.place is not None and m.place.kind == "country"}
        neighbour = nearest_neighbour(place.lat, place.lon, place.country, named - {place.country})
        nearest = nearest_border(place.lat, place.lon, place.country) if neighbour else None
        claim.border = (place.country, neighbour) if nearest and neighbour not in nearest.neighbours else \
            (place.country,)
    return claim


def _reversed_claim(article: Article, match: re.Match) -> Claim | None:
    """'Hama, 10 km to the south': the named place lies in that direction from the subject,
    so the subject lies in the opposite direction from it."""
    anchor = next((m for m in article.mentions if m.end == match.start() and m.kind == "toponym"), None)
    if anchor is None or not _is_distance(article.text, match):
        return None
    claim = _make_claim(article, match, anchor.start, match.end(), anchor)
    direction = _direction_word(match.group("dir"))
    claim.direction = _opposite(direction) if direction else None
    _subjects(article, claim, anchor.start)
    sentence = article.sentence_at(anchor.start)
    story = article.body_story_town()  # (one the text has told of by then: not "In Mogadishu, ..." later on)
    reference = (_town_before(article, sentence.start, anchor) or
                 (story if story is not None and story.start < anchor.start else None) or
                 _last_event_place(article, sentence.start)) if claim.subject_kind in ("none", "passage") else None
    if reference is not None and reference.located and anchor.located and anchor.place.kind == "country" and \
            BORDER_WITH.search(article.text, max(0, anchor.start - 30), anchor.start):
        # "fleeing towards the border with Mali, about 60 km to the north": the story's town lies that far from the
        # border, the other way
        claim.border, claim.subjects, claim.subject_kind = (anchor.place.country,), [Subject(reference)], "named"
    elif reference is not None and reference.approximate and anchor.located:
        # "Al-Shabaab attacked a base in Moqokori ... reinforcements from Beledweyne, about 90 km to the north": the
        # story's town the gazetteer lacks lies that far the other way from the named place, which estimates it
        claim.subjects, claim.subject_kind = [Subject(reference)], "named"
    elif reference is not None and reference.place is not None and \
            (anchor.approximate or reference.place != anchor.place):
        # "The capture of Bukavu, the capital of South Kivu, came weeks after the group seized Goma, about 100 km to
        # the north": the named place lies that way from the town named before it in the sentence; "Tawila, some
        # 60 km to the west, has received ...": with none, from the town the story is about, else where its events were
        claim.anchor, claim.direction = reference, direction
        claim.subjects, claim.subject_kind = [Subject(anchor)], "named"
    return claim


def _halfway_claim(article: Article, match: re.Match) -> Claim | None:
    """'Toretsk is roughly halfway between Bakhmut and Pokrovsk': the subject lies about as far from the one as from
    the other, near the line between them."""
    first = _anchor_after(article, match.end())
    second = next((m for m in article.mentions if first is not None and m.start > first.end and m.kind == "toponym"
                   and _AND_THE_TOWN.fullmatch(article.text, first.end, m.start)), None)
    if second is None:
        return None
    start = match.start() + len(match.group()) - len(match.group().lstrip())
    claim = Claim(start, second.end, article.text[start:second.end], value=None, unit=None, stated_km=None,
                  qualifier="halfway", anchor=first, between=second)
    _subjects(article, claim, match.start())
    return claim if claim.subjects and claim.subject_kind in ("named", "anaphor") else None


def _apart_claim(article: Article, sentence: Span, match: re.Match) -> Claim | None:
    """'the towns of Tibu and El Tarra, about 50 km apart': the second place measured from the first."""
    named = [m for m in article.mentions if sentence.start <= m.start and m.end <= match.start() and
             m.kind == "toponym"]
    if len(named) < 2 or not _AND.fullmatch(article.text, named[-2].end, named[-1].start) or \
            not _APART_GAP.fullmatch(article.text, named[-1].end, match.start()):
        return None
    start = match.start() + len(match.group()) - len(match.group().lstrip())
    claim = _make_claim(article, match, start, match.end(), named[-2])
    claim.subjects, claim.subject_kind = [Subject(named[-1])], "named"
    return claim


def _town_before(article: Article, start: int, anchor: Mention) -> Mention | None:
    """The last town named from ``start`` up to the anchor, other than the anchor's (a name placed only approximately
    at a town is another place: "captured El Fasher ... fled toward Tawila, about 60 km to the west"), and not the
    dateline's, where the story was filed."""
    towns = [m for m in article.mentions_in(start, anchor.start) if m.kind == "toponym" and m.located
             and m.place.kind == "place" and (anchor.approximate or m.place != anchor.place)
             and m.feature != "modifier" and not m.text.isupper()]
    return towns[-1] if towns else None


def _direction_claim(article: Article, match: re.Match) -> Claim | None:
    """'Soran, north of Hama': a direction with no distance, checked by bearing alone."""
    anchor = _anchor_after(article, match.end())
    if anchor is None:
        return None
    start = match.start("dir")
    claim = Claim(start, anchor.end, article.text[start:anchor.end], value=None, unit=None, stated_km=None,
                  direction=_direction_word(match.group("dir")), anchor=anchor)
    _subjects(article, claim, match.start())
    return claim if claim.subjects and claim.subject_kind in ("named", "anaphor") else None


def _make_claim(article: Article, match: re.Match, start: int, end: int, anchor: Mention) -> Claim:
    # "less than a mile": one (the number words read "a" only inside "a dozen", "a hundred")
    value = parse_number(match.group("num")) or (1.0 if match.group("num").strip().lower() in ("a", "an") else 0.0)
    high = parse_number(match.group("num2")) if match.groupdict().get("num2") else None
    unit = _unit(match.group("unit"))
    qualifier = match.group("bound") or match.group("qual")
    qualifier = " ".join(qualifier.lower().split()) if qualifier else None
    claim = Claim(start, end, article.text[start:end], value=value, value_high=high, unit=unit,
                  stated_km=round(value * UNIT_KM[unit], 3),
                  stated_km_high=round(high * UNIT_KM[unit], 3) if high else None,
                  qualifier=_public_qualifier(qualifier), anchor=anchor)
    if match.group("alt"):
        claim.alt_value, claim.alt_unit = parse_number(match.group("alt")), _unit(match.group("altunit"))
    return claim


def _public_qualifier(qualifier: str | None) -> str | None:
    """Map the text's hedge or bound to the claims.json vocabulary."""
    if qualifier is None:
        return None
    mapping = {"around": "about", "some": "about", "roughly": "about", "approximately": "about",
               "an estimated": "about", "close to": "nearly", "almost": "nearly", "under": "less than",
               "at most": "up to", "barely": "less than", "over": "more than", "at least": "more than"}
    return mapping.get(qualifier, qualifier if qualifier in ("about", "nearly", "up to", "within", "more than",
                                                               "less than") else None)


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith(("nautical", "nmi")):
        return "nmi"
    if word.startswith(("kilo", "km")):
        return "km"
    if word.startswith("mi"):
        return "mi"
    return "m"


def _direction_word(raw: str | None) -> str | None:
    if not raw:
        return None
    if raw.upper() == raw and raw.upper() in _DIR_ABBREV:
        return _DIR_ABBREV[raw.upper()]
    word = re.sub(r"[\s-]+", "", raw.lower())
    for name in DIRECTION_DEGREES:
        if name.replace("-", "") == word:
            return name
    return None


def _opposite(direction: str) -> str:
    bearing = (DIRECTION_DEGREES[direction] + 180) % 360
    return next(name for name, value in DIRECTION_DEGREES.items() if value == bearing)


def _anchor_after(article: Article, offset: int) -> Mention | None:
    for mention in article.mentions:
        if mention.start >= offset and mention.kind in ("toponym", "reference"):
            between = article.text[offset:mention.start]
            # (not past a line's end: "... airbase 1,000 km from border" ending a headline, "KYIV" opening the body)
            if mention.start - offset <= 60 and "\n" not in between and _APPOSITION.match(between) and \
                    not _RELATIVE_CLAUSE.search(between) and not _THE_CITY_ITSELF.match(between) and \
                    not _A_LINE.search(between):
                return _capital_of(article, mention) or mention
            return None
    return None


def _capital_of(article: Article, country: Mention) -> Mention | None:
    """'southeast of Haiti's capital': the capital the possessive names, not the country."""
    return next((m for m in article.mentions if m.kind == "reference" and m.start > country.end and
                 _POSSESSED_CAPITAL.fullmatch(article.text, country.end, m.start)), None)


# "Aleppo's international airport, about 10 km east of the city centre": the town whose site it is
_POSSESSED_SITE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:airport|air\s?base|base|port|harbou?r|university|prison|"
                             r"palace|refinery)\b")


def _the_city(article: Article, claim_start: int, offset: int) -> tuple[Mention | None, int | None]:
    """'near Hodeidah and on Kamaran island, about 50 km north of the city': the city is the town the sentence
    named before the claim's subject (the name just before the claim); where the phrase ends."""
    match = _CITY.match(article.text, offset)
    if match is None:
        return None, None
    # The settlement named last before the subject, in the sentence or just before it ("... east of Deir ez-Zor.
    # The attack took place near the village of Jadid Ekeidat, some 40 km southeast of the city.")
    anchors = [c.anchor for c in article.claims]  # (not a town measured from: "Sake, some 25 km west of Goma")
    named = [m for m in article.mentions if m.start < claim_start and m.kind == "toponym" and
             not any(m is anchor for anchor in anchors) and  # (not "held by Russia since 2022")
             (m.place is None or m.place.kind not in ("country", "admin1"))]
    # ... before the whole list the subject ends ("the villages of Solone and Zvirove, each less than 10 km from the
    # city": the city named before Solone); a sentence naming no place before it ("Russian units are now about 2
    # miles from the city") means the story's town
    sentence_start = article.sentence_at(claim_start).start
    if named and named[-1].start >= sentence_start and named[-1].located and named[-1].place.kind == "place" and \
            _CENTRE.match(article.text, match.end()) and \
            _EDGE_OF.search(article.text, max(0, named[-1].start - 30), named[-1].start):
        town = named[-1]  # "the Mugunga camp, on the western edge of Goma, 4-5 km from the city centre": Goma's centre
    elif named and named[-1].start >= sentence_start and named[-1].located and named[-1].place.kind == "place" and \
            _POSSESSED_SITE.match(article.text, named[-1].end):
        town = named[-1]  # "Aleppo's international airport, about 10 km east of the city centre": Aleppo
    elif named and named[-1].start >= sentence_start:
        # ... not the subject's own place told again ("a square in Penha. The Penha complex lies 15 km north of
        # the city"); a town measured from earlier in the sentence is the city ("within 10 km of Goma after seizing
        # Sake, about 25 km west of the city")
        subject = named[-1].place if named[-1].located else None  # (one placed only approximately is elsewhere)
        first = listed_before(article.text, named)[0].start
        town = next((c.anchor for c in reversed(article.claims) if c.anchor is not None and
                     sentence_start <= c.anchor.start < claim_start and c.anchor.place is not None and
                     c.anchor.place.kind == "place" and c.anchor.place != subject), None) or \
            _referent(article, first, unlike=subject, city=True) \
            or _unless(article.story_town(), subject) or _last_anchor(article, subject)  # ... else the story's city
        # or the one a distance was measured from before
    else:  # ... or the city a distance was last measured from ("10 km from the city. Units are 2 miles from the city")
        # -- but "the town" the text called a town just before ("the mining town of Walikale ... about 10 miles from
        # the town"), not the story's city of the dateline
        called = _referent(article, sentence_start, called="town") if match.group() == "the town" else None
        town = (called if called is not None and called.feature == "town" else None) or article.story_town() or \
            _last_anchor(article, None, sentence_start - _REFERENT_REACH) or \
            _referent(article, sentence_start, city=True)
    end = (_CENTRE.match(article.text, match.end()) or match).end()  # "the city centre", "the centre": all of it
    return (town, end) if town is not None and town.place is not None else (None, None)


def _last_anchor(article: Article, unlike: Place | None, since: int = 0) -> Mention | None:
    """The town a distance was last measured from (from ``since`` on), other than ``unlike``."""
    return next((c.anchor for c in reversed(article.claims) if c.anchor is not None and c.anchor.place is not None and
                 c.anchor.place.kind == "place" and c.anchor.place != unlike and c.anchor.start >= since), None)


def _border_after(article: Article, offset: int) -> tuple[Mention | None, int | None, tuple[str, ...] | None]:
    """'the Turkish border', 'the Syrian-Turkish border', 'the border with Lebanon': the first country named
    (the anchor), where the phrase ends, and the one or two countries' codes.  A place stands for its
    country: "the Gaza border" is Palestine's.  "The border" alone names no country (codes empty): the
    subject's is meant."""
    match = _BORDER.match(article.text, offset)
    if not match:
        bare = _BARE_BORDER.match(article.text, offset)
        return (None, bare.end(), ()) if bare else (None, None, None)
    named = [m for m in article.mentions if match.start() <= m.start and m.end <= match.end()
             and m.place is not None and m.place.country]
    codes = tuple(dict.fromkeys(m.place.country for m in named))
    if not 1 <= len(codes) <= 2:
        return None, None, None
    if " with" in match.group() and named[-1].place.kind != "country" and named[-1].place.feature_code != "TERR":
        # "200 km east of the border with Darfur": a line between provinces the outlines lack (the region is read as
        # the anchor, unverifiable)
        return None, None, None
    return named[0], match.end(), codes


# -- subjects -------------------------------------------------------------------------------

def _subjects(article: Article, claim: Claim, claim_start: int) -> None:
    previous = article.claims[-1] if article.claims else None
    if previous is not None and previous.subjects and _AND_THEN.fullmatch(article.text, previous.end, claim_start):
        # "Kenscoff sits about 10 km south-east of Port-au-Prince and 8 km from Petion-Ville": Kenscoff both times
        claim.subjects = [Subject(s.mention) for s in previous.subjects]
        claim.subject_kind = previous.subject_kind
        return
    sentence = article.sentence_at(claim_start)
    # A settlement, or a name placed only approximately (a village the gazetteer lacks, at its region's point); not the
    # dateline's town, dated or not ("KYIV, Oct 2 -", "KYIV (AP) -- Russian forces are now within 5 km of ...": where
    # the story was filed)
    anchors = [c.anchor for c in article.claims] + [claim.anchor]  # a town measured from is no subject ("Sake, some
    # 25 km west of Goma, ... within 10 km of the city") -- unless the claim describes it ("within 30 km of Walikale, a
    # mining town about 130 km west of Goma": Walikale)
    named = [m for m in article.mentions_in(sentence.start, claim_start) if m.kind == "toponym"
             and (not any(m is anchor for anchor in anchors) or _TOWN_DESCRIBED.fullmatch(article.text, m.end,
                                                                                           claim_start))
             and m.feature != "modifier"
             and not DATELINE.match(article.text, m.start) and not DATELINE_UNDATED.match(article.text, m.start)
             and (m.place is None or m.place.kind == "place" or m.approximate or m.place.feature_code == "ISL" or
                  _described_region(article.text, m, claim_start))]
    # "Diboli is a border town on the main road to Dakar, ...": Diboli
    # ... nor "Saraqeb, which lies on the main highway between Aleppo and Damascus, about 50 km ...": Saraqeb
    # ... nor "Majdal Shams lies at the foot of Mount Hermon, about 5 km from ...": Majdal Shams
    named = [m for m in named if not ROAD_TO.search(article.text, max(0, m.start - 20), m.start) and
             not ROAD_ENDS.search(article.text, max(0, m.start - 40), m.start) and
             not _LANDMARK_OF.search(article.text, max(0, m.start - 50), m.start)] or named
    # ... and never where a movement set out from ("advanced south from Bukavu and were within 70 km of Uvira"; but
    # "moved from Soran toward Hama, 15 to 20 km to the south" measures Soran from Hama, the claim's own anchor)
    if claim.anchor is None or claim.anchor.start > claim_start:
        named = [m for m in named if not _SET_OUT_FROM.search(article.text, max(0, m.start - 40), m.start)]
    # ... nor a river ("the east bank of the Dnipro river, about 1 km from the city centre"), nor the unit a village
    # is put in ("the village of Lala, in Djugu territory, about 80 km north of Bunia": Lala)
    named = [m for m in named if not _RIVER_AFTER.match(article.text, m.end) and
             not (_UNIT_AFTER.match(article.text, m.end) and
                  _IN_UNIT.search(article.text, max(0, m.start - 8), m.start))]
    named = [m for m in named if not _ON_THE_ISLAND.search(article.text, max(0, m.start - 25), m.start)] or named
    opener = named[0] if named and not article.text[sentence.start:named[0].start].strip(" \"'“‘") and \
        _APPOSED_OPENER.fullmatch(article.text, named[0].end, claim_start) else None
    if opener is not None:
        claim.subjects, claim.subject_kind = [Subject(opener)], "named"
        return
    between = article.text[named[-1].end:claim_start] if named else ""
    # A stop ends the subject's clause; the dots of initials do not ("Al Udeid, the largest U.S. air base, lies"); a
    # second verb of the sentence's subject tells of that subject ("seized Sake, ..., and were fighting within 10 km")
    # ... but "smoke rose above the airport, some 15 km south of the city centre": the facility, not the quarter before
    facility_last = _FACILITY_BEFORE.search(article.text, max(sentence.start, claim_start - 80), claim_start)
    # ... nor a name inside the aside of a sentence opening on "the port" ("The port, home to the fleet since it left
    # Sevastopol, is about 1,000 km south of Moscow": the port)
    aside = _OPENING_ASIDE.match(article.text, sentence.start, claim_start) and _ASIDE_CLOSED.fullmatch(between)
    if named and len(between) <= 80 and not re.search(r";|(?<![A-Z])\.", between) and not aside and \
            not _SUBJECTS_VERB.search(between) and not _SAID_BETWEEN.search(between) and \
            not (facility_last and facility_last.start() >= named[-1].end):
        claim.subjects = [Subject(m) for m in listed_before(article.text, named) if _SHARED.match(between)] or \
            [Subject(named[-1])]  # "Izium and Balakliia, both about 90 km from Kharkiv": each
        claim.subject_kind = "named"
        return
    opening = _ANAPHOR.match(article.text, sentence.start, claim_start)  # "The village lies about ..."
    referent = _referent(article, sentence.start, called=opening.group("word")) if opening else None
    if referent is not None and opening.group("word") in TOWN_PARTS and referent.feature != opening.group("word"):
        referent = None  # (a town named last is no "area" the text spoke of)
    the_town = _ANAPHOR_BEFORE.search(article.text, sentence.start, claim_start)  # "on the city, which lies about"
    if referent is None and the_town:
        referent = _referent(article, the_town.start(), called=the_town.group("word"))
    if referent is None and _IT_LIES.match(article.text, sentence.start, claim_start):
        referent = _subject_before(article, sentence.start)
    facility = _FACILITY_ANAPHOR.match(article.text, sentence.start, claim_start) or facility_last \
        if referent is None else None
    if facility:
        word = facility.group("word").split()[-1].lower()
        # ... or, named nowhere, where the event told with it happened ("an attack on an army post killed four soldiers
        # near the town of Hawija ... the assault on the post, about 50 km southwest of Kirkuk")
        referent = None if _named_apart(article, sentence.start, word) else \
            _facility_named(article, sentence.start, word) or _event_at(article, sentence.start, word)
    if referent is None and _EVENT_ANAPHOR.match(article.text, sentence.start, claim_start):
        referent = _last_event_place(article, sentence.start)
    if referent is not None and claim.anchor is not None and referent.place is not None and \
            referent.place == claim.anchor.place and not referent.approximate:
        # "the village, which lies 220 km west of Imphal": not Imphal itself (but a town placed only
        # approximately at the anchor is another place)
        referent = None
    if referent is not None:
        claim.subjects = [Subject(referent)]
        claim.subject_kind = "anaphor"
        return
    clause = article.text[sentence.start:claim_start]
    # "rebels fired missiles at a ship, setting it ablaze 60 nautical miles off Hodeidah": the participle's
    # object is at that distance, not the rebels' front.
    # ... nor where a ship was attacked ("they had attacked the bulk carrier Magic Seas in the Red Sea, about 50
    # nautical miles southwest of Hodeidah": the ship's position)
    if _COLLECTIVE.search(clause) and not _PARTICIPLE_CLAUSE.match(clause, clause.rfind(",") + 1) and \
            not VESSEL.search(clause) and not _UNNAMED_BEFORE.search(clause):
        passage = _passage_places(article, claim, sentence.start)
        if passage:
            claim.subjects = [Subject(m) for m in passage]
            claim.subject_kind = "passage"


# A modifier ("Hama-based") or a quarter ("the Abu Salim district") is not what "the city" stands for
_NO_TOWN = frozenset({"modifier", "district", "neighbourhood", "neighborhood", "quarter", "suburb"})


def _referent(article: Article, sentence_start: int, unlike: Place | None = None, city: bool = False,
              called: str = "") -> Mention | None:
    """The settlement named last before the sentence (within two or so sentences) that "the city" stands for --
    not one a distance was measured from ("X lies 70 km south of Palma, where ... The town is ...": X), nor, for
    "the city" (``city``), one the text calls a village or a town, or of a village's size ("the village of
    Stepnohirsk").
    "The village" (``called``) is the one the text called a village, if any ("Zike, a farming village in the
    Bassa area ... the village, which is about 30 km north of Jos": Zike, not Bassa)."""
    anchors = [c.anchor for c in article.claims]
    # (a name the text called a town anywhere: "the town of Bara ... Bara lies some 60 km north of El Obeid")
    towns = {m.text for m in article.mentions if m.feature == "town"} if city else set()
    before = [m for m in article.mentions if sentence_start - _REFERENT_REACH <= m.start < sentence_start
              and m.kind == "toponym" and m.feature not in _NO_TOWN
              and (m.place is None or m.place.kind == "place" or m.approximate)  # a town placed at its province
              and (m.place is None or m.place.feature_code not in _AIRFIELDS)  # "Goma airport" is no city
              and not any(m is anchor for anchor in anchors) and not _state_by_capital(article.text, m)
              and not m.text.isupper()  # a dateline's town is where the story was filed
              and not ROAD_TO.search(article.text, max(0, m.start - 25), m.start)  # ("on the road to Omdurman")
              and (unlike is None or m.place != unlike)
              and not (city and (_village(m) or m.text in towns or  # (nor "the town of Um Ruwaba")
                                 m.place is not None and m.located and  # nor a power plant
                                 not m.place.feature_code.startswith("PPL")))]
    # ... or named so ("the Abu Shouk camp"); no feature at all is no name of one
    so_called = [m for m in before if called not in ("", "city") and (m.feature == called or
                                                                      m.text.lower().endswith(" " + called))]
    found = (so_called or before)[-1] if before else None
    if city and found is not None and found.approximate:  # "fighting spread to the Salah al-Din area ... east of
        # the city": the city the text named that the quarter was placed in
        found = next((m for m in reversed(article.mentions) if m.start < sentence_start and m.located and
                      m.place == found.place and not m.text.isupper()), found)
    return found


def _subject_before(article: Article, sentence_start: int) -> Mention | None:
    """The settlement opening the sentence before, which "It" stands for ("Bukavu, the capital of South Kivu, sits on
    Lake Kivu, across from Cyangugu. It is some 100 km south of Goma": Bukavu)."""
    before = article.sentence_before(article.sentence_at(sentence_start))  # (across a paragraph's break too)
    first = next((m for m in article.mentions if before is not None and before.start <= m.start < before.end and
                  m.kind == "toponym"), None)
    if first is None or first.start - before.start > _OPENING_REACH or first.place is None or \
            first.place.kind != "place" and not first.approximate:
        return None
    return first


def _unless(town: Mention | None, place: Place | None) -> Mention | None:
    return town if town is not None and town.place != place else None


def _village(mention: Mention) -> bool:
    return mention.feature == "village" or mention.place is not None and \
        0 < mention.place.population < _VILLAGE_SIZE and not mention.approximate


def _facility_named(article: Article, sentence_start: int, word: str) -> Mention | None:
    """The facility of that kind named last before the sentence: a name that ends with the word or is followed
    by it ("the Rafah border crossing", "the Marinovka air base"), or the settlement it was said to be at ("a
    military base on the island of Barkaram"); not a country or province whose forces hold it ("Chad army base")."""
    pattern = re.compile(rf"(?:\s+[\w-]+)?\s+{re.escape(word)}\b", re.I)
    at = re.compile(rf"\b{re.escape(word)}\s+(?:on|in|at|near|outside)\s+"
                    r"(?:the\s+(?:island|town|village|city)\s+of\s+)?$", re.I)
    named = [m for m in article.mentions if sentence_start - _REFERENT_REACH <= m.start < sentence_start
             and m.kind == "toponym" and (m.place is None or m.place.kind == "place" or m.approximate)
             and (m.text.lower().endswith(word) or pattern.match(article.text, m.end) or
                  at.search(article.text, max(0, m.start - 60), m.start))]
    return named[-1] if named else None


def _described_region(text: str, mention: Mention, claim_start: int) -> bool:
    """'Crimea, which lies about 75 km south of Kherson': a region the claim's relative clause describes (not the
    country a town was placed in: "Kenscoff in Haiti, which lies ...")."""
    return mention.place.kind in ("admin1", "region") and not text.endswith(" in ", 0, mention.start) and \
        _WHICH_LIES.fullmatch(text, mention.end, claim_start) is not None


def _named_apart(article: Article, sentence_start: int, word: str) -> bool:
    """The facility of that kind named last before the sentence has a name no place is ("recaptured the al-Jaili oil
    refinery ... The refinery lies about 70 km north of the capital": not the "Khartoum North refinery" of the
    headline, nor the town the recapture was placed at)."""
    naming = re.compile(rf"\b((?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]*)(?:\s+(?:oil|gas|air|power|military|army))?\s+"
                        rf"{re.escape(word)}\b")
    last = max(naming.finditer(article.text, max(0, sentence_start - _REFERENT_REACH), sentence_start),
               key=lambda m: m.start(), default=None)
    return last is not None and last.group(1) not in ("The", "This") and \
        not any(m.start <= last.start(1) < m.end for m in article.mentions)


def _event_at(article: Article, sentence_start: int, word: str) -> Mention | None:
    """Where the violent event told last before the sentence happened, if its sentence names a facility of that kind."""
    told = _last_event_place(article, sentence_start)
    event = next((e for e in reversed(article.events) if e.location is told), None) if told is not None else None
    return told if event is not None and re.search(rf"\b{re.escape(word)}\b", event.sentence.text, re.I) else None


def _state_by_capital(text: str, mention: Mention) -> bool:
    """ "as Moscow presses attacks", "Washington said": a capital standing for its state is no town of the story."""
    return mention.place is not None and mention.place.feature_code == "PPLC" and \
        CAPITAL_ACTS.match(text, mention.end) is not None


def _last_event_place(article: Article, sentence_start: int) -> Mention | None:
    """Where the violent event told last before the sentence happened ("... near Bali. The attack happened about
    20 km southwest of Bamenda": Bali), if it was told at a town or near one."""
    before = [e for e in article.events if sentence_start - _REFERENT_REACH <= e.sentence.start < sentence_start
              and e.violent and e.location is not None and e.location.kind == "toponym"
              and (e.geo_precision in (1, 2) or e.location.approximate)  # (or at a town the gazetteer lacks)
              # ... a town, not the district it was put in ("in Bannu district ... the police station, about 10 km
              # west of Bannu city": no point of the station's)
              and (e.location.approximate or e.location.place is not None and e.location.place.kind == "place")]
    return before[-1].location if before else None


def _passage_places(article: Article, claim: Claim, sentence_start: int) -> list[Mention]:
    """Places of the captures and strikes reported in the same passage (±600 characters).

    A place more than five times the stated distance from the anchor is about another
    part of the story, not this claim's front.
    """
    places: list[Mention] = []
    anchor = claim.anchor.place if claim.anchor else None
    stated = claim.stated_km_high or claim.stated_km
    reach = 5 * stated + 10 if stated else math.inf  # a direction alone states no distance to bound it
    # The claim's own sentence tells of an event: the distance is where that happened ("they fired missiles at
    # a carrier in the Red Sea, 60 nautical miles west of Hodeidah"), not where a later strike hit.
    own = [e for e in article.events if e.sentence.start == sentence_start]
    for event in own or article.events:
        location = event.location
        if location is None or location is claim.anchor or event.geo_precision not in (1, 2) or \
                anchor is not None and location.place == anchor:  # the anchor told again is no subject of it
            continue
        # (a place known only approximately is measured at the town it was put at: a village of another story)
        if anchor is not None and location.place is not None and \
                haversine_km(anchor.lat, anchor.lon, location.place.lat, location.place.lon) > reach:
            continue
        if anchor is not None and location.place is not None and event.sentence.start > sentence_start and \
                "\n" in article.text[sentence_start:event.sentence.start] and \
                (location.place.country, location.place.admin1) != (anchor.country, anchor.admin1):
            continue  # a later paragraph's event in another province is another part of the story ("In the
            # neighbouring Belgorod region, ...", after a front near Sudzha in Kursk)
        if abs(event.sentence.start - sentence_start) <= 600 and event.event_type in ("Battles", "Explosions/Remote violence"):
            if location.kind == "toponym" and all(p.text != location.text for p in places):
                places.append(location)
    return places


# -- checking -------------------------------------------------------------------------------

def anchor_label(anchor: Mention) -> str:
    """The anchor as a reader knows it: "the capital (N'Djamena)" for a reference, else the text's name."""
    if anchor.kind == "reference" and anchor.place is not None:
        return f"the {anchor.text} ({anchor.place.name})"
    return anchor.text


def town_radius_km(place: Place | None) -> float:
    """Rough radius of a town from its population (a town is not a point)."""
    if place is None or place.kind != "place":
        return 0.0
    return round(min(15.0, max(0.5, math.sqrt(place.population / (math.pi * 8000)))), 1)


def tolerance_km(claim: Claim) -> float:
    """From the claim itself: relative precision of the figure (wider when hedged), plus the anchor's extent."""
    if claim.stated_km is None:  # a direction alone: only the anchor town's extent
        return town_radius_km(claim.anchor.place if claim.anchor else None)
    relative = 0.25 if claim.qualifier in ("about", "nearly") else 0.1
    figure = claim.stated_km_high or claim.stated_km
    rounding = 0.5 * UNIT_KM[claim.unit] if claim.value == int(claim.value) else 0.05 * UNIT_KM[claim.unit]
    anchor = claim.anchor.place if claim.anchor else None
    extent = OUTLINE_KM if claim.border or area_code(anchor) else town_radius_km(anchor)
    return round(figure * relative + rounding + extent, 1)


def check(claim: Claim) -> Claim:
    if claim.between is not None:
        return _check_halfway(claim)
    claim.tolerance_km = tolerance_km(claim)
    claim.units_agree = _units_agree(claim)
    anchor = claim.anchor.place if claim.anchor else None
    if anchor is None and not claim.border:
        claim.verdict, claim.reason = "unverifiable", f"the anchor '{claim.anchor.text}' is not in the gazetteer"
        return claim
    if claim.anchor is not None and claim.anchor.approximate:
        claim.verdict = "unverifiable"
        claim.reason = f"the anchor '{claim.anchor.text}' is placed only approximately, at {anchor.name}"
        for subject in claim.subjects:
            subject.verdict, subject.reason = claim.verdict, claim.reason
        return claim
    if claim.border:
        for subject in claim.subjects:
            _check_border_subject(claim, subject)
        _claim_verdict(claim)
        return claim
    if area_code(anchor):  # "about 40 km east of the Gaza Strip", "20 km from Lebanon": to the outline
        for subject in claim.subjects:
            _check_area_subject(claim, subject)
        _claim_verdict(claim)
        return claim
    if anchor.kind != "place":
        # "20 km east of the Euphrates": the distance is to a line the outlines lack.
        claim.verdict = "unverifiable"
        article_word = "an" if anchor.kind[0] in "aeiou" else "a"
        claim.reason = (f"the anchor {anchor.name} is {article_word} {anchor.kind}, not a point: the distance has no "
                        f"single reference")
        for subject in claim.subjects:
            subject.verdict, subject.reason = claim.verdict, claim.reason
        return claim
    for subject in claim.subjects:
        _check_subject(claim, anchor, subject)
    _claim_verdict(claim)
    return claim


def _check_halfway(claim: Claim) -> Claim:
    """Each subject against the midpoint of the two places: within _HALFWAY_SHARE of the way between them (a town
    two fifths of the way along is 'halfway', one a third of the way is not) plus the towns' extent."""
    ends = [claim.anchor, claim.between]
    unplaced = next((m for m in ends if not m.located or m.place.kind != "place"), None)
    if unplaced is not None:
        claim.verdict = "unverifiable"
        claim.reason = f"'{unplaced.text}' is not a town the gazetteer places" + \
            (f" (only approximately, at {unplaced.place.name})" if unplaced.place is not None else "")
        for subject in claim.subjects:
            subject.verdict, subject.reason = claim.verdict, claim.reason
        return claim
    first, second = (m.place for m in ends)
    apart = geodesic(first.point, second.point).km
    middle = midpoint(first.point, second.point)
    claim.stated_km = round(apart / 2, 1)  # what "halfway" states, from either place
    claim.tolerance_km = round(_HALFWAY_SHARE * apart + (town_radius_km(first) + town_radius_km(second)) / 2, 1)
    for subject in claim.subjects:
        place = subject.mention.place
        if not subject.mention.located:
            subject.verdict, subject.reason = "unverifiable", f"'{subject.mention.text}' is not located"
            continue
        subject.computed_km = round(geodesic(middle, place.point).km, 1)  # off the midpoint
        subject.bearing_deg = round(initial_bearing(middle, place.point), 1)
        tolerance = claim.tolerance_km + town_radius_km(place)
        subject.verdict = "consistent" if subject.computed_km <= tolerance else "inconsistent"
        subject.reason = (f"{place.name} is {geodesic(first.point, place.point).km:.1f} km from {first.name} and "
                          f"{geodesic(second.point, place.point).km:.1f} km from {second.name}: "
                          f"{subject.computed_km} km from the midpoint of the {apart:.1f} km between them, "
                          f"{'within' if subject.verdict == 'consistent' else 'beyond'} ± {tolerance:.1f} km "
                          f"({_HALFWAY_SHARE:.0%} of the way and the towns' extent)")
    _claim_verdict(claim)
    return claim


def _units_agree(claim: Claim) -> bool | None:
    if claim.alt_value is None or claim.alt_unit is None or claim.unit is None:
        return None
    first, second = claim.stated_km, claim.alt_value * UNIT_KM[claim.alt_unit]
    slack = 0.5 * UNIT_KM[claim.unit] + 0.5 * UNIT_KM[claim.alt_unit]
    return abs(first - second) <= slack + 0.02 * max(first, second)


def _check_subject(claim: Claim, anchor: Place, subject: Subject) -> None:
    place = subject.mention.place
    if not subject.mention.located:
        subject.verdict, subject.reason = "unverifiable", f"'{subject.mention.text}' is not located" + (
            f" (only approximately, at {place.name})" if place is not None else "")
        return
    if place.kind in _WIDE_KINDS and place.feature_code != "ISL":  # "Crimea, which lies about 75 km south of
        # Kherson" (a county's point is its seat's, an island's is near all of it)
        subject.verdict = "unverifiable"
        subject.reason = f"{place.name} is a wide area ({place.kind}), not a point: no single distance to it"
        return
    subject.computed_km = round(geodesic(anchor.point, place.point).km, 1)
    subject.bearing_deg = round(initial_bearing(anchor.point, place.point), 1)
    if _another_namesake(claim, subject):
        subject.verdict, subject.reason = "unverifiable", (
            f"the gazetteer's {place.name} ({place.admin1_name or place.country}) lies {subject.computed_km:.0f} km "
            f"from {anchor.name}: likely another place of that name, so its point is estimated from this claim")
        subject.mention.approximate = True  # estimate_unresolved gives it the claim's point
        return
    if _other_countrys_namesake(claim, anchor, subject):
        subject.verdict, subject.reason = "unverifiable", (
            f"{place.name} ({place.country}) and {anchor.name} ({anchor.country}) lie {subject.computed_km:.0f} km "
            f"apart, for a stated {_stated_text(claim)}: one of them is likely another place of its name, "
            f"one the gazetteer lacks")
        return
    tolerance = claim.tolerance_km + town_radius_km(place)
    problems = _distance_problem(claim, subject.computed_km, tolerance) + _direction_problem(claim, subject, tolerance)
    subject.verdict = "inconsistent" if problems else "consistent"
    stated = _stated_text(claim)
    if problems:
        subject.reason = f"{place.name} is {subject.computed_km} km from {anchor.name}; " + "; ".join(problems)
    elif claim.stated_km is None:
        subject.reason = (f"{place.name} is at bearing {subject.bearing_deg:.0f}° from {anchor.name}, within the "
                          f"{claim.direction} sector ({subject.computed_km} km away)")
    else:
        subject.reason = (f"{place.name} is {subject.computed_km} km from {anchor.name} (centre to centre) at bearing "
                          f"{subject.bearing_deg:.0f}°, within {stated} ± {tolerance:.1f} km (figure's precision "
                          f"and the two towns' extent)")


def _another_namesake(claim: Claim, subject: Subject) -> bool:
    """A village the context chose ("Hlyboke" in a story about Kharkiv: the gazetteer knows only those of Odesa
    and Zakarpattia) that lies many times the stated distance away is another place of the name, not a press
    error: the text placed it ("the village of Hlyboke, some 25 km north of Kharkiv"), the gazetteer lacks it."""
    place, anchor = subject.mention.place, claim.anchor.place
    # ... or, a name of several places chosen by the article's context, in another province than the town measured
    # from, at five times the stated distance ("Fedorivka, some 10 km northeast of Kostiantynivka": not the Fedorivka
    # of Zaporizhzhia province, 139 km away)
    elsewhere = subject.mention.why.startswith("document-coherence") and place.admin1 != anchor.admin1 and \
        claim.stated_km is not None and \
        subject.computed_km > _NAMESAKE_FACTOR * (claim.stated_km_high or claim.stated_km)
    # (nearer than 150 km, only one in another province: a village of the anchor's own province so far off is a
    # slip of the press)
    floor = _VILLAGE_NAMESAKE_KM if place.admin1 != anchor.admin1 else _NAMESAKE_KM
    # (a place the text calls a village is one, whatever the population of the town the gazetteer gives the name:
    # "the village of Novotroitske, some 15 km southeast of Pokrovsk" is not Kherson province's town of 10,647)
    village = place.population < _VILLAGE or subject.mention.feature == "village"
    return village and not subject.mention.why.startswith("explicit-context") and \
        (_far_beyond(claim, subject.computed_km, _VILLAGE_FACTOR, floor) or elsewhere)


def _other_countrys_namesake(claim: Claim, anchor: Place, subject: Subject) -> bool:
    """A subject and a town measured from in two countries, many times the stated distance apart: one is another
    town of its name ("Mocimboa da Praia ... about 70 km south of Palma": Palma in Mozambique, not Majorca) --
    the press measures from a neighbour, not from abroad."""
    return anchor.country != subject.mention.place.country and _far_beyond(claim, subject.computed_km)


def _far_beyond(claim: Claim, km: float, factor: float = _NAMESAKE_FACTOR, floor: float = _NAMESAKE_KM) -> bool:
    """Many times the stated distance, and far: no press error, another place of the name (a direction alone
    states DIRECTION_ALONE_KM: "the villages of Melovoi and Podol, north of Sudzha" are not Podil, 344 km off)."""
    stated = claim.stated_km_high or claim.stated_km or (DIRECTION_ALONE_KM if claim.direction else None)
    return stated is not None and km > max(floor, factor * stated)


def area_code(anchor: Place | None) -> str | None:
    """The country whose outline (or the part of it at the anchor's point) an anchor is: a country, or a territory
    of one ("the Gaza Strip"); None for a town, a province or a region the outlines lack."""
    if anchor is None or not (anchor.kind == "country" or anchor.feature_code == "TERR") or not anchor.country:
        return None
    return anchor.country if has_outline(anchor.country) else None


def _check_border_subject(claim: Claim, subject: Subject) -> None:
    """The distance from the subject to the named country's land border: the one it shares with the
    other country named, or with the subject's country, else any of its land borders."""
    place = subject.mention.place
    if not subject.mention.located:
        subject.verdict, subject.reason = "unverifiable", f"'{subject.mention.text}' is not located"
        return
    country, other = measured_pair(claim.border, place.country, place.lat, place.lon)
    found = distance_to_border(place.lat, place.lon, country, other) if other else \
        nearest_border(place.lat, place.lon, country)  # "the border" alone: the one nearest the town
    if found is None:
        owner = claim.anchor.place.name if claim.anchor else place.country
        subject.verdict, subject.reason = "unverifiable", f"{owner} has no land border in the outlines"
        return
    border = "the " + "–".join(found.neighbours) + (" border" if len(found.neighbours) == 2 else " land borders")
    _judge_from_line(claim, subject, found, border)
    tolerance = claim.tolerance_km + town_radius_km(place)
    if subject.verdict == "inconsistent" and claim.direction and \
            not _distance_problem(claim, subject.computed_km, tolerance):
        other = other or next((c for c in found.neighbours if c != country), None)
        _border_behind(claim, subject, (country, other), border, tolerance)


def _border_behind(claim: Claim, subject: Subject, pair: tuple[str, str | None], border: str, tolerance: float) -> None:
    """'Aleppo, about 50 km south of the Turkish border': the border met going north from the town, within the
    stated distance, makes the direction good where the border's nearest point lies another way (it bends)."""
    place = subject.mention.place
    behind = _opposite(claim.direction)
    reach = (claim.stated_km_high or claim.stated_km or subject.computed_km) + tolerance
    ahead = border_ahead(place.lat, place.lon, *pair, DIRECTION_DEGREES[behind], reach)
    if ahead is None:
        return
    subject.verdict = "consistent"
    subject.reason = (f"{place.name} is {subject.computed_km} km from {border} (Natural Earth 1:10m) at its nearest, "
                      f"and meets it {ahead:.1f} km to the {behind}: within {_stated_text(claim)} "
                      f"± {tolerance:.1f} km")


def _check_area_subject(claim: Claim, subject: Subject) -> None:
    """The distance from the subject to the edge of the anchor's outline ("Beersheba, about 40 km east of the Gaza
    Strip": to the Strip's part of Palestine's outline)."""
    place, anchor = subject.mention.place, claim.anchor.place
    if not subject.mention.located:
        subject.verdict, subject.reason = "unverifiable", f"'{subject.mention.text}' is not located"
        return
    found = distance_to_area(place.lat, place.lon, area_code(anchor), anchor.point)
    if found is None:  # (an outline of lines alone)
        subject.verdict, subject.reason = "unverifiable", f"{anchor.name} has no area in the outlines"
        return
    # (which way it lies is judged from the area's centre: east of the Strip, not of its nearest corner)
    _judge_from_line(claim, subject, found, f"the edge of {anchor.name}" if found.km else f"{anchor.name} (inside it)",
                     anchor.point)


def _judge_from_line(claim: Claim, subject: Subject, found: BorderDistance, line: str,
                     centre: tuple[float, float] | None = None) -> None:
    """The subject's verdict from its distance to a border or an outline's edge, measured from its nearest point;
    its bearing from that point, or from the area's ``centre``."""
    place = subject.mention.place
    subject.computed_km, subject.border_point = round(found.km, 1), found.nearest
    subject.bearing_deg = round(initial_bearing(centre or found.nearest, place.point), 1) if found.km else None
    tolerance = claim.tolerance_km + town_radius_km(place)
    problems = _distance_problem(claim, subject.computed_km, tolerance) + _direction_problem(claim, subject, tolerance)
    subject.verdict = "inconsistent" if problems else "consistent"
    if problems:
        subject.reason = f"{place.name} is {subject.computed_km} km from {line}; " + "; ".join(problems)
    else:
        subject.reason = (f"{place.name} is {subject.computed_km} km from {line} (Natural Earth 1:10m), within "
                          f"{_stated_text(claim)} ± {tolerance:.1f} km (figure's precision, the town's extent and "
                          f"the outline's)")


def _stated_text(claim: Claim) -> str:
    if claim.stated_km is None:
        return f"{claim.direction} of {claim.anchor.text}"
    return stated_distance(claim.value, claim.value_high, claim.unit, claim.stated_km, claim.qualifier)


def stated_distance(value: float, high: float | None, unit: str, stated_km: float, qualifier: str | None = None) -> str:
    """The distance as the text gives it, with kilometres for other units: 'about 6 mi (9.7 km)'."""
    given = f"{qualifier} " if qualifier else ""
    given += f"{value:g}{f'–{high:g}' if high else ''} {unit}"
    return given if unit == "km" else f"{given} ({stated_km:.1f} km)"


def _distance_problem(claim: Claim, computed: float, tolerance: float) -> list[str]:
    if claim.stated_km is None:
        return []
    low, high = claim.stated_km, claim.stated_km_high or claim.stated_km
    if claim.qualifier in _UPPER_BOUNDS:
        low = 0.0
    if claim.qualifier in _LOWER_BOUNDS:
        high = math.inf
    if low - tolerance <= computed <= high + tolerance or \
            claim.text.endswith(_ROAD_WORDS) and low / ROAD_FACTOR - tolerance <= computed <= high + tolerance:
        return []  # (a distance by road may be some way longer than the straight line)
    stated = _stated_text(claim)
    if computed < low and computed >= low / ROAD_FACTOR:
        return [f"the straight line is {computed / low:.0%} of the stated {stated}: likely a road distance"]
    side = "shorter" if computed < low else "longer"
    return [f"{side} than the stated {stated} (tolerance ± {tolerance:.1f} km)"]


def half_sector_deg(direction: str) -> float:
    """How far off its bearing a direction word reaches: a cardinal word alone its quadrant, as the press uses it
    ("Rafah, 30 km south of Gaza City" lies at 223°), "southwest" its eighth, "south-southwest" its sixteenth.

    >>> half_sector_deg("south"), half_sector_deg("southwest"), half_sector_deg("south-southwest")
    (45.0, 22.5, 11.25)
    """
    return 11.25 if "-" in direction else 45.0 if direction in ("north", "south", "east", "west") else 22.5


def _direction_problem(claim: Claim, subject: Subject, tolerance: float) -> list[str]:
    on_the_line = claim.border and (subject.computed_km or 0.0) <= OUTLINE_KM
    if not claim.direction or subject.bearing_deg is None or on_the_line:
        return []  # (a town as near a border as the outline is exact may lie on either side: "2 km south of" at 0.4)
    expected = DIRECTION_DEGREES[claim.direction]
    half_sector = half_sector_deg(claim.direction)
    slack = math.degrees(math.atan2(tolerance, max(subject.computed_km or 0.0, 0.1)))
    off = abs((subject.bearing_deg - expected + 180) % 360 - 180)
    if off <= half_sector + slack:
        return []
    return [f"bearing {subject.bearing_deg:.0f}° is {off:.0f}° off {claim.direction} ({expected:g}°)"]


def _claim_verdict(claim: Claim) -> None:
    checked = [s for s in claim.subjects if s.verdict != "unverifiable"]
    units = "" if claim.units_agree is None else (
        f"; the two units agree ({claim.value:g} {claim.unit} ≈ {claim.alt_value:g} {claim.alt_unit})" if claim.units_agree
        else f"; the two units disagree ({claim.value:g} {claim.unit} vs {claim.alt_value:g} {claim.alt_unit})")
    if not checked:
        claim.verdict = "unverifiable"
        if claim.subjects:  # ... with why, where a namesake was set aside ("the gazetteer's Hlyboke lies ...")
            why = "; ".join(s.reason for s in claim.subjects if s.computed_km is not None)
            located = all(s.mention.located for s in claim.subjects)  # ... or the anchor was ("Palma, Spain")
            claim.reason = (why if located else _NOT_LOCATED + (f": {why}" if why else "")) + units
        else:  # a border has no single point to draw a ring around
            ring = "" if claim.border else ": drawn as a ring around " + anchor_label(claim.anchor)
            claim.reason = "no located subject" + ring + units
        return
    if claim.subject_kind == "passage":
        nearest = min(checked, key=lambda s: s.computed_km)
        if claim.qualifier in _UPPER_BOUNDS and nearest.verdict == "inconsistent" and \
                nearest.computed_km > (claim.stated_km_high or claim.stated_km or 0):
            # "advanced to within 10 km of Goma after seizing Sake", 23 km out: the places taken lie behind the front
            claim.verdict = "unverifiable"
            claim.reason = (f"the nearest place reported in the passage, {nearest.mention.text}, is "
                            f"{nearest.computed_km:.1f} km away: the front may lie beyond it")
            for subject in checked:
                subject.verdict, subject.reason = "unverifiable", claim.reason
            claim.reason += units
            return
        claim.verdict = nearest.verdict
        claim.reason = (f"the front is taken as the nearest place reported in the passage, {nearest.mention.text}: "
                        f"{nearest.reason}" + units)
        return
    bad = [s for s in checked if s.verdict == "inconsistent"]
    claim.verdict = "inconsistent" if bad else "consistent"
    referent = f"the subject is taken as {checked[0].mention.text}, named just before: " \
        if claim.subject_kind == "anaphor" else ""
    claim.reason = referent + "; ".join(s.reason for s in (bad or checked)) + units


def initial_bearing(origin: tuple[float, float], target: tuple[float, float]) -> float:
    """Initial great-circle bearing in degrees from ``origin`` to ``target`` (lat, lon).

    >>> round(initial_bearing((35.0, 36.0), (36.0, 36.0)))
    0
    """
    lat1, lat2 = math.radians(origin[0]), math.radians(target[0])
    dlon = math.radians(target[1] - origin[1])
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


# -- using claims -----------------------------------------------------------------------------

def estimate_unresolved(article: Article) -> None:
    """Give an unresolved subject an estimated point from its claim, and its events that point
    (issue 6.6: claims locate what the gazetteer cannot, for the events too).

    With a direction: the point at the stated distance and bearing from the anchor.
    Without one: the point on the stated ring nearest to the other located subjects.
    Halfway between two places: their midpoint.
    An anchor another claim estimates serves once it is estimated ("Gumuruk, some 30 km north-east of Pibor" where
    only "Pibor is about 300 km north-east of Juba" places Pibor), its uncertainty added.
    """
    waiting = list(article.claims)
    while waiting:
        still = [claim for claim in waiting if not _estimate_from(article, claim)]
        if len(still) == len(waiting):
            break
        waiting = still
    for claim in article.claims:
        _place_ship(article, claim)


_ATTACK_RETOLD = re.compile(r"\s*(?:The|This) (?:attack|strike|incident) (?:happened|took place|occurred)\b")


def _place_ship(article: Article, claim: Claim) -> None:
    """'fired two missiles at a container ship in the Red Sea, about 60 nautical miles west of the port of Hodeidah':
    a ship named by no place of its own lies at the stated distance and bearing from the port -- the point of the
    strike its sentence told at the sea."""
    anchor = claim.anchor.place if claim.anchor is not None and claim.anchor.located else None
    if claim.subjects or not claim.direction or claim.stated_km is None or anchor is None or anchor.kind != "place":
        return
    sentence = article.sentence_at(claim.start)
    # (or the attack on it told again: "... attacked a bulk carrier in the Red Sea. The attack took place about 51
    # nautical miles southwest of the port of Hodeidah")
    told = sentence if VESSEL.search(sentence.text, 0, claim.start - sentence.start) else \
        article.sentence_before(sentence) if _ATTACK_RETOLD.match(sentence.text) else None
    if told is None or told is not sentence and not VESSEL.search(told.text):
        return
    at_sea = [e for e in article.events if e.sentence.start == told.start and e.location is not None and
              e.location.located and not e.location.place.country]
    point = geodesic(kilometers=claim.stated_km).destination(anchor.point, DIRECTION_DEGREES[claim.direction])
    for event in at_sea:
        event.point, event.geo_precision = (round(point.latitude, 5), round(point.longitude, 5)), 2
        event.location_text += f" (estimated from '{claim.text}')"


def _estimate_from(article: Article, claim: Claim) -> bool:
    """Estimate the claim's unresolved subjects; False where its anchor has no point yet."""
    anchor = claim.anchor.place if claim.anchor else None
    # (a direction alone, "the villages of Melovoi and Podol, north of Sudzha", puts them DIRECTION_ALONE_KM off, give
    # or take as much)
    km = claim.stated_km if claim.stated_km is not None else DIRECTION_ALONE_KM if claim.direction else None
    if claim.border or km is None:
        return True  # a border is a line: no point to estimate
    if anchor is None or claim.anchor.approximate:
        return False
    if anchor.kind != "place":
        return True  # a river's or a country's point is no place to measure from ("10 km north of the Litani")
    located = [s.mention.place for s in claim.subjects if s.mention.located]
    for subject in claim.subjects:
        if subject.mention.located:
            continue
        if claim.between is not None:  # "Vovche, a village halfway between Pokrovsk and Velyka Novosilka": the midpoint
            point, where = midpoint(anchor.point, claim.between.place.point), \
                f"halfway between {anchor.name} and {claim.between.place.name}"
        elif claim.direction or located:
            bearing = DIRECTION_DEGREES[claim.direction] if claim.direction else initial_bearing(anchor.point, (
                sum(p.lat for p in located) / len(located), sum(p.lon for p in located) / len(located)))
            destination = geodesic(kilometers=km).destination(anchor.point, bearing)
            point, where = (destination.latitude, destination.longitude), \
                f"{km:g} km from {anchor.name} at bearing {bearing:.0f}°"
        else:
            continue
        tolerance = claim.tolerance_km if claim.stated_km is not None else DIRECTION_ALONE_KM
        radius = (tolerance or 0.0) + (claim.anchor.estimated_radius_km or 0.0)
        estimate = Place(
            _estimate_id(subject.mention.text), subject.mention.text, round(point[0], 5), round(point[1], 5),
            anchor.country, anchor.admin1, anchor.admin1_name, "P", "EST", 0,
            f"estimated from the claim '{claim.text}'")
        why = f"estimated: {where} per the claim '{claim.text}', uncertainty ±{radius:.1f} km"
        # One name, one place: the other mentions of it the gazetteer could not place are this one -- so are those
        # at the namesake far off the claim set aside ("the port of Pivdennyi" before "Pivdennyi lies 30 km ...")
        same = [subject.mention] + [m for m in article.mentions if m.text == subject.mention.text and
                                    (not m.located or m.place == subject.mention.place) and m is not subject.mention]
        for mention in same:
            mention.place, mention.estimated_radius_km, mention.approximate = estimate, radius, False
            mention.why = f"{mention.why} | {why}"
        subject.verdict, subject.reason = "unverifiable", _LOCATED_BY_CLAIM
        subject.computed_km = subject.bearing_deg = None  # (not those of a namesake it had been put at)
        for event in article.events:
            if any(event.location is m for m in same):
                event.point, event.geo_precision, event.area = estimate.point, 2, None
                event.location_text += f" (estimated from '{claim.text}')"
    estimated = [f"'{s.mention.text}'" for s in claim.subjects if s.reason == _LOCATED_BY_CLAIM]
    if estimated and claim.reason.startswith(_NOT_LOCATED):  # ... and why, where a namesake was set aside
        claim.reason = f"{' and '.join(estimated)} {_LOCATED_BY_CLAIM}" + claim.reason[len(_NOT_LOCATED):]
    return True


def _estimate_id(name: str) -> int:
    """A stable negative id for an estimated place (no geonameid exists)."""
    return -(zlib.crc32(name.encode("utf-8")) % 1_000_000_000) - 1

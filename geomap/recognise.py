"""Stage 2, recognise: find place-name spans in an article's text (no model download).

Candidate spans are runs of capitalised tokens ("Taybat al-Imam", "Deir ez-Zor");
within a run the longest name the gazetteer knows wins.  Each candidate is then
decided by context, with small named rules:

* ``nonplace`` -- organisations and people that share a name with a place (Hamas, Assad);
* ``organisation`` -- a run ending in an organisation word ("... Democratic Forces", "... Post");
* ``person`` -- a run after a title ("President", "Gen.") or before "said"; a given name (curated,
  or a common one of the US census that names no well-known place) with a surname; a name given
  with an age or a role, as kin or under a pseudonym, as the victim of a killing, or as a one-word
  speaker -- for the rest of the article (but "residents of Soran said" names a place);
* ``demonym`` -- "Syrian", "Iraqis": recorded as demonym mentions of the country (not "English is",
  a language);
* ``initials`` -- "SA", "NSW": the initials of a country or province the text names;
* ``feature cue`` -- "the town of", "villages of", "X province": accepted, even when the
  gazetteer lacks the name (it is then kept, unresolved);
* ``locative cue`` -- "in", "near", "from", "outside" before the name; a dateline ("HARWINTON —");
  a legislator's home after the party letter ("Sen. Tim Hardy, D-Braxton");
* ``civic`` -- the town or county that holds a local office ("Litchfield Selectman", "Oakdale Fire
  Chief") or names a local institution ("Mount Pleasant City Council"), however small;
* ``salient`` -- countries, admin units, regions and large towns need no cue;
* ``list`` -- a name in a list with an accepted name, even one the gazetteer lacks
  ("Halfaya, Taybat al-Imam, Maardis and Soran");
* ``document`` -- a name accepted once is accepted everywhere in the article;
* ``reference`` -- "the capital", "the Syrian capital": a place referred to without a name, recorded as
  a reference mention for resolve to find ("the capital Kabul" is left to the name).

A capitalised common word ("Both", "State") is rejected unless a cue supports it.  Names that runs
split are rejoined: "Trinidad and Tobago", "Neches River"; "Dublin City Council" names Dublin.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from gazetteer import Candidate, Gazetteer
from gazetteer.normalize import fold

from .document import Article
from .lexicon import (COMMON_WORDS, GIVEN_NAMES, GIVEN_NAMES_ALSO_PLACES, LANGUAGES, TOPONYM_PREFIXES,
                      census_given_names, census_surnames, paired_given_names)
from .text import APPOSED_FEATURE, ROAD_ENDS, any_of, guarded, list_end

# Press abbreviations with periods ("W.Va."), initials joined by "&" ("T&T", "AT&T"), words.
_TOKEN = re.compile(r"(?:[A-Z][a-z]?\.\s?){1,2}[A-Z][a-z]?\.|[A-Z]{1,3}&[A-Z]{1,3}\b|[^\W\d_][\w'’ʿʾ‘-]*[\w]|[^\W\d_]")
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|m|d|t|s)$", re.I)
_ABBREVIATED = frozenset({"st", "mt", "ft", "pt"})  # "St. Louis", "Mt. Pleasant": the period stays inside the name
# Arabic given names open with "servant of": the hyphenated whole is the name.
_SERVANT_OF = frozenset({"Abd", "Abdel", "Abdul", "Abdal", "Abdil", "Abdol"})
# Lower-case words that join a name ("Deir ez Zor", "Stratford upon Avon"); not the English "as", "at", "on",
# "an", which ran "Paris as Real Madrid" into one name.
_CONNECTORS = frozenset({"al", "el", "ad", "ar", "ash", "az", "ed", "es", "ez", "de", "del", "di",
                         "da", "du", "la", "le", "les", "of", "bin", "ibn", "bani", "beni", "abu", "um", "upon",
                         "sur", "am", "im", "y"})
_ARTICLE_HYPHEN = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez|ath|adh)-\w", re.I)
MODIFIER_SUFFIXES = frozenset({"backed", "based", "led", "born", "made", "run", "funded", "allied", "controlled",
                               "held", "supported", "owned", "aligned", "sponsored", "bound", "area", "wide",
                               "administered", "occupied", "annexed", "linked", "affiliated"})
_CLUB_PREFIXES = frozenset("Real Atletico Atlético Athletic Inter AC Bayern Borussia Olympique Sporting Dynamo "
                           "Dinamo Spartak CSKA Lokomotiv Deportivo Racing".split())
_STREET_HEADS = frozenset("street road avenue boulevard highway parkway drive lane pike turnpike expressway "
                          "freeway".split())
# "508 Cumberland St., Lebanon", "Lincoln Ave.": an abbreviated street head ("St." only where no name
# follows, which would make it a Saint).
_STREET_ABBREVIATION = re.compile(r"\s(?:Ave|Blvd|Rd|Hwy|Pkwy|St(?=\.(?:\s*[,;:)]|\s+[a-z0-9]|\s*$)))\.?(?!\w)")
# Local institutions are named after the place they serve: "Mount Pleasant City Council".
_CIVIC_HEADS = frozenset("council commissioners commission police sheriff court courthouse jail detention".split())
# ... and words of their names that do not end one ("Oakdale Fire Department", "Owensboro Public Schools"; but
# "Arcade Fire" is a band).
_CIVIC_WORDS = _CIVIC_HEADS | frozenset("fire municipal public schools".split())
# A capitalised feature word after a known name makes a name of its own ("Neches River", "Readington
# Township"), placed later inside or near the known one.
_NAMED_FEATURES = frozenset("River Township Colony Falls Springs Beach Heights Pass Square".split())
# A square or street named by the word leading its name: "the Plaza San Martin" is one place, not San Martín region
_LEADING_FEATURES = frozenset({"Plaza", "Piazza", "Praça", "Avenida", "Calle", "Rue", "Jalan"})
_SQUARE_OFF = re.compile(r" (?:[Oo]ff|[Uu]p)\b")  # "School Board Hopefuls Square Off": a verb, no square
# The generic words of a park's name, which name a town of their own ("National Park", New Jersey)
_PARK_WORDS = frozenset({"national park", "game reserve", "nature reserve", "national forest", "forest reserve",
                         "wildlife reserve", "wildlife sanctuary"})
# Surnames that are also the generic words of place, firm and school names: "Preston Hill", "Paris High" and
# "Augusta Herald" are no given name and surname.
_NAME_GENERICS = frozenset("""hills beach beaches springs grove groves woods heights gardens garden mills mill ford
cross glen brook meadows oaks manor heath haven shore shores waters wells lodge downs ferry branch land high junior
homes herald times post news star walk square crossing junction point ridge bridge spring""".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december jan feb mar apr jun jul aug sep sept oct nov "
                      "dec".split())  # a caption's "the town of Marea, Syria May 3": the date is no part of a name
# "Petion-Ville", "Pétion-Ville" -- not "Al-Ahram"
_HYPHENED = re.compile(r"(?!(?:Al|El|Ad|Ar|As|Ash|At|Az|An)-)[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)+")
_ARMED_BODY_AFTER = re.compile(r"\s+(?:rebels|fighters|militias?|militiamen|militants|insurgents|gangs?|guerrillas)\b")
# "the M23-held city of Goma", "RSF-controlled": a name the gazetteer lacks before such a suffix is the holder
_HOLDER_SUFFIX = re.compile(r"-(?:held|controlled|led|backed|run|aligned|allied|affiliated|linked|supported|sponsored|"
                            r"funded|occupied|administered)\b", re.I)
# "struck Khiam in southern Lebanon": what puts a name the gazetteer lacks in a place the text names
# ... or on its border ("seized Maungdaw on the border with Bangladesh"), or some distance from it ("retook Novenky
# and Viktorovka, all within about 10 km of Sudzha")
_IN_A_PLACE_AFTER = re.compile(r",?\s+(?:(?:in|near|outside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
                               r"central|north|south|east|west)(?:-?(?:eastern|western|east|west))?\s+)?|"
                               r"(?:on|near|along)\s+the\s+border\s+with\s+(?:the\s+)?|"
                               r"(?:all\s+|both\s+)?(?:within\s+)?(?:about\s+|some\s+|roughly\s+)?\d+\s*"
                               r"(?:km|kilometres|kilometers|miles)\s+(?:[a-z-]+\s+)?(?:of|from)\s+)(?=[A-Z])")
# "shelled Nabatiyeh", "killed 12 people in Nusseirat", "clashes near Qamishlo": words a war puts a place after
# (not "hit", which also takes firms: "layoffs hit Microsoft in Seattle")
_WAR_BEFORE = re.compile(r"\b(?:captured|seized|retook|retaken|recaptured|shelled|bombarded|stormed|overran|besieged|"
                         r"encircled|liberated|entered|struck|bombed|pounded|attacked|raided|near|outside|"
                         r"(?:killed|wounded|"
                         r"strikes?|raids?|fighting|clashes|shelling|attack(?:s|ed)?|raided|stormed|ambushed|overran|"
                         r"bombing|offensive) (?:[\w-]+ ){0,5}"
                         r"(?:in|on|near|around|at))\s+$")
# "in Sarmada, near the Turkish border": a name set in or at, then put by a border
_BORDER_APPOSED = re.compile(r",\s+(?:near|on|along|close\s+to)\s+the\s+(?:[A-Z][\w'’-]+\s+)?(?:border|frontier)\b")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|on the outskirts of|close to)\s+(?:the\s+(?:village|town)\s+of\s+)?$")
# "about 110 km southwest of Hombori": a distance is measured from a place, whether the gazetteer knows it or not
_MEASURED_BEFORE = re.compile(r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:to the\s+)?(?:(?:north|south)?"
                              r"-?(?:east|west)?\s+)?(?:of|from)\s+$")
# "The Baisaran meadow is about 5 km from Pahalgam": what lies a distance from somewhere is a place
_MEASURED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:is|lies|sits)\s+(?:(?:about|some|roughly|around|nearly|just|only|"
                             r"less than|more than)\s+)?\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\b")
_NAME_GOES_ON = re.compile(r"[ -]+[A-Z0-9]|['’]s\b|\s+(?:roads?|streets?)\b")  # "Olive Garden", "Okafor's", "Crabgrass road"
_DAY_AFTER = re.compile(r"\.?\s?\d{1,4}\b")
_COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Upper Lower Middle Central".split())
_CITY_OFFICES = frozenset("council councilman councilwoman manager hall commission commissioner attorney clerk "
                          "police schools court treasurer auditor engineer administrator marshal public fire".split())
# ... but "Supreme Court", "Superior Court": words that grade a court name no place it serves.
_COURT_GRADES = frozenset("supreme superior district circuit high federal appeals appellate crown magistrates family "
                          "juvenile municipal criminal civil international constitutional".split())
_SELF_DESCRIBING = frozenset("county parish township borough province governorate oblast city".split())
_ORG_HEADS = frozenset("""forces force army observatory post times news press agency council ministry party front
movement brigade brigades battalion committee union authority authorities government university college school
hospital company corporation bank airlines airways group institute foundation association federation league club
fc united city' journal herald tribune gazette daily network broadcasting radio television tv police department
guard guards navy court parliament assembly senate congress office commission mission democratic liberation
revolutionary islamic national popular defence defense coalition alliance brotherhood organization organisation
fund service services centre center media channel monitor airport airbase base prison stadium bridge dam mosque
refinery plant factory embassy consulate rights watch board theatre theater academy church cathedral chapel temple
synagogue mall plaza hotel inn motel restaurant museum library gallery arena auditorium coliseum tower building
apartments cemetery autoplex motors""".split()) | _STREET_HEADS | _CIVIC_HEADS
_TITLES = frozenset("""president minister mr mrs ms dr gen general col colonel lt lieutenant sgt sergeant capt captain
maj major rep sen senator gov governor king queen prince sheikh sheik imam pope mayor judge spokesman spokeswoman
spokesperson chief commander secretary ambassador envoy leader premier chancellor professor prof saint officer
deputy trooper detective coach pastor reverend rev bishop councilman councilwoman commissioner
superintendent delegate assemblyman assemblywoman selectman selectwoman alderman alderwoman sheriff coroner
marshal auditor treasurer assessor manager""".split())
# Offices of a town or county: the name before one is that town's however small it is ("Litchfield Selectman",
# "East Bank Mayor"); a chief or a marshal only of its fire or police service ("Oakdale Fire Chief", not
# "Field Marshal").
_LOCAL_OFFICES = frozenset("mayor selectman selectwoman alderman alderwoman councilman councilwoman sheriff coroner "
                           "auditor treasurer assessor superintendent commissioner".split())
_SAINTS = frozenset({"St", "Saint", "Ste", "San", "Santa"})
_SQUARE_AFTER = re.compile(r"\s+(?:square|roundabout)\b")  # ("the Al-Alam roundabout" in Rafah: not Al-Alam, Iraq)
# "St. Mary's school", "St. John's Lutheran School", "St. John's Union Cemetery": a saint's house, one word between
_SAINTS_HOUSE = re.compile(r"\s+(?:[\w'’]+\s+)?(?:school|church|hospital|college|cathedral|parish|mission|convent|"
                           r"academy|seminary|clinic|basilica|chapel|cemetery)\b", re.I)
_OFFICE_QUALIFIERS = frozenset("fire police first deputy assistant vice lord acting interim former".split())
# ... and a minister's portfolio, which is part of the office: "In Bangui, Prime Minister Felix Moloua" names no
# place "Prime" beside Bangui.
_PORTFOLIOS = frozenset("""prime foreign defence defense interior finance justice health education information economy
trade energy supreme""".split())
_OFFICE_AREAS = frozenset("ward district precinct county state city town village township borough parish".split())
_LOCATIVE = frozenset("in near at from to outside into toward towards across around inside throughout via within "
                      "between through".split())
_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                     "south-west".split())
# "50 km north of", and only a place has residents, outskirts or a centre ("residents of Mirebalais fled")
_OF_A_PLACE = _COMPASS | frozenset("residents inhabitants villagers townspeople outskirts suburbs centre center".split())
# Only a place is captured, shelled or stormed in the active voice ("X was captured" is _PLACE_AFTER).
_TAKEN_BEFORE = frozenset("captured seized retook recaptured shelled bombarded stormed overran besieged encircled "
                          "liberated struck bombed hit pounded".split())
_FEATURE_BEFORE = guarded(
    r"\b(?:towns?|villages?|city|cities|province|provinces|governorates?|districts?|regions?|count(?:y|ies)|area|areas|"
    r"neighbou?rhoods?|suburbs?|camp|capital|outskirts|port|state|municipality|island|border crossing|"
    r"hometown|settlements?|townships?|hamlets?|localit(?:y|ies))\s+of\s+$", re.I)
# "a residential district of Kharkiv", "the diplomatic district of Kabul" (but "the southern district of Bannu" is one)
_A_QUARTER_BEFORE = re.compile(r"\b(?:an?\s+(?:[a-z-]+\s+)?|the\s+(?:residential|industrial|commercial|business|"
                               r"diplomatic|historic|old|central)\s+)$")
_CUE_REACH = 60  # _FEATURE_BEFORE is anchored at the end: searching only the tail saves scanning 200 characters
# "the districts of Sirwah and Raghwan": a plural unit word cues a list of units (but "several districts of Tripoli",
# one name, is the city's parts)
_UNITS_PLURAL = frozenset({"districts", "regions", "counties", "governorates"})
_SETTLEMENTS_PLURAL = frozenset({"villages", "towns"})
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]")
# ... not "the access road between Clairmont and North Druid Hills roads", roads by their names
_ROADS_NAMED = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+"
                          r"(?:roads?|streets?|avenues?)\b")
# "Cameroon's ", "South Kordofan's " before a name
_OWNER_PHRASE = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+$")
_FEATURE_AFTER = re.compile(
    r"^\s+(province|governorate|region|district|township|territory|county|oblast|state|city|town|village|"
    r"(?:refugee\s+)?camp|area|"
    r"countryside|LGA|regency|local\s+government(?:\s+area)?|"
    r"airport|border|crossing|neighbou?rhood|quarter|suburb|favelas?|gas\s+field|oil\s?field|refinery|"
    r"(?:fuel|oil)\s+(?:port|terminal)|temple)\b", re.I)  # "the Ras Isa fuel port", "the Ta Moan Thom temple"
# "the Primorsk oil terminal": a known town's, small as it is (not a name the gazetteer lacks: "the Salahuddin oil
# refinery" may be named after anything)
_FUEL_SITE_AFTER = re.compile(r"\s+(?:oil|fuel)\s+(?:terminal|depot|refinery)\b", re.I)
# "the Golan town of Majdal Shams": the town's name follows (not "Torkula village of Guma LGA", Nigeria's village in
# its local government area)
_OF_NAME = re.compile(r"\s+of\s+[A-Z][\w'’-]*(?![\w'’-])(?!(?:\s+[A-Z][\w'’-]*)?\s+(?:LGA|[Ll]ocal|[Dd]istrict|"
                      r"[Cc]ounty|[Ss]tate|[Pp]rovince|[Aa]rea)\b)")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|camp|neighbou?rhood|quarter|suburb|gas\s+field|oil\s?field|"
                               r"refinery|temple)\b", re.I)  # "the Khor Mor gas field", "the Ta Moan Thom temple": one
# name, not Khor and Mor
# "the Mir Ali area": the run before "area" is one name -- unless it ends in a feature of nature ("the Peace
# River Valley area", "the New Concord Reservoir area": a town's name, then what is near it)
_AREA_AFTER = re.compile(r"\s+(?:area|sector|district|neighbou?rhood|quarter)\b", re.I)
# ", Lopa and Ngotshi": the rest of a list of names, up to its last
_LIST_TO_LAST = re.compile(r"(?:,\s+[A-Z][\w'’-]*)*,?\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
# "a checkpoint in Mir Ali in Pakistan's North Waziristan": a run set between a locative word and its country is one
# name, not the towns of Mir (Belarus) and Ali
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_COUNTRY_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)?\b")
# "near Mir Ali, about 30 km north of Bannu": ... or a distance set after it in apposition
_DISTANCE_APPOSED = re.compile(r",\s+(?:(?:about|some|roughly|around|nearly|just|only|approximately)\s+)?\d[\d,.]*\s*"
                               r"(?:km|kilomet(?:er|re)s|miles)\b")
# "the Himalayan region of Ladakh": an adjective describing the unit the name after it is, no name of its own
_DESCRIBES_THE_UNIT = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)\s+(?:region|province|state|territory|district|area)"
                                 r"\s+of\s+[A-Z]")
# "two criminal gangs, Los Choneros and Los Lobos": the names a group noun lists are the groups'
_GROUPS_LISTED = re.compile(r"\b(?:gangs|cartels|(?:armed|rebel|criminal|militant) groups|militias|factions),\s+"
                            r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|,?\s+and\s+))*(?:[A-Z][\w'’-]*\s+)*$")
# "the Los Choneros and Los Lobos gangs": two names a plural group noun closes (and "Choneros and" before the second)
_GROUPS_PAIRED_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+"
                                  r"(?:gangs|cartels|militias|armed groups|factions)\b")
_AND_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
_NATURE_WORDS = frozenset("River Valley Lake Reservoir Creek Mountains Mountain Hills Forest Park Bay".split())
# "the left bank of the Dnipro", "crossed the Dnieper": a river, whatever town shares its name
_RIVER_CUE = re.compile(r"\b(?:banks?\s+of|crossed|crossing)\s+the\s+$")
# "New York Gov. Kathy Hochul", "Washington Governor Jay Inslee": a governor's title names the state.
_GOVERNOR_AFTER = re.compile(r"\s+(?:Lt\.\s+|Lieutenant\s+)?(?:Gov\.|Governor)\s+[A-Z]")
_FACILITY_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|air\s?base|air\s?field|border crossing|crossing|dam|"
                             r"bridge|hospital|prison|(?:refugee\s+|displacement\s+)?camp|garrison|"
                             r"(?:nuclear\s+)?power\s+plant|nuclear\s+plant)\b")
_SITE_AFTER = re.compile(r"\s+(?:market|bazaar|street|road|avenue|square|roundabout|bridge|hospital|mosque|school)\b")
# Landmarks that are seats of institutions speak for them ("the Kremlin said"): they need a locative cue.
_SEAT_CODES = frozenset({"BLDG", "PAL", "ST"})
_NAME = r"[A-Z][\w'’ʿ]*(?:[\s-]+(?:(?:al|el|ad|as|ash|ar|at|az|an|ed|es|ez|de|of|bin|ibn)[\s-]+)?[A-Z][\w'’ʿ]*)*"
_LIST_TAIL = re.compile(rf"(?:{_NAME}(?:,\s+and\s+|,\s*|\s+and\s+))+$")
# What follows a name can make it a place: "X lies ...", "X, 14 km north of ...", "X, a village ...".
_OWNED_BY = re.compile(r"\b(?:owned|operated|run|managed|built)\s+by\s+(?:the\s+)?$")
_PLACE_AFTER = re.compile(r"^(?:,?\s+(?:which\s+|that\s+)?(?:lies|sits|is located|is situated|lie|are located)\b"
                          # (not a team's place in a table: "Zamalek lie ninth in the league")
                          r"(?!\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|"
                          r"joint|level|\d+(?:st|nd|rd|th))\b)|"
                          r"\s+(?:was|were|has been|had been|is being)\s+(?:also\s+)?"
                          r"(?:captured|seized|taken|shelled|bombed|struck|hit|attacked|overrun|recaptured|retaken|"
                          r"besieged|encircled|liberated)\b|,?\s+(?:is\s+|was\s+|both\s+|each\s+)?"
                          r"(?:(?:about|around|some|roughly|nearly|approximately|just|only)\s+)?"
                          r"\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+)?\s*(?:km|kilomet|mi\b|miles)|"
                          r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?-i:town|village|city|district|suburb|camp|hamlet|"
                          # ("Baisaran, a grassy plateau about 5 km from Pahalgam", "Quneitra, the provincial capital")
                          r"plateau|meadow|capital(?!['’]))\b|"
                          # "attacks on Luvungi and Sange, towns on the road north of Uvira"
                          r",\s+(?:(?:two|three|both|the)\s+)?(?:[a-z-]+\s+)?(?-i:towns|villages|settlements)\b|"
                          r"\s+is\s+an?\s+(?:[\w-]+\s+){0,2}(?:town|village)\b|"  # "Diboli is a border town"
                          # "Boulkessi is in the Mopti region"
                          r"\s+(?:is|lies)\s+in\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                          r"(?-i:region|province|state|district|governorate|county|department)\b|"
                          # "Toretsk is roughly halfway between Bakhmut and Pokrovsk"
                          r"\s+(?:is|lies|sits)\s+(?:(?:about|roughly|some|nearly|almost)\s+)?(?:halfway|midway)\s+"
                          r"between\b|"
                          r",\s+(?:(?:just|directly|due|immediately)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                          r"\s+of\b|"
                          # "including Adan Yabaal, which it seized in April"
                          r",\s+which\s+(?:it|they|the\s+[a-z]+|(?-i:[A-Z][\w-]*))\s+(?:had\s+|has\s+)?"
                          r"(?:captured|seized|took|"
                          r"retook|recaptured|overran|stormed|besieged|shelled|liberated)\b)",
                          re.I)
# Inside a lookahead, so that every capitalised word gets its turn as the given name (matches overlap).
_PERSON_NAME = re.compile(r"\b(?=([A-Z][a-z]+)\s+(?:[A-Z]\.\s+|[A-Z][a-z]+\s+(?=(?!Jr\b|Sr\b)[A-Z][a-z]))?"
                          r"((?!Jr\b|Sr\b)(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")  # "George Bush Jr": Bush
# "Jeffery Bernard McDaniel, 41, of ...": a name followed by an age is a person's.
_AGED_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][a-z]*\.?\s+)?((?:Mc|Mac|O')?[A-Z][a-z]+)\s?,\s+"
                        # "Lee Webb, 34,", "Lee Webb , 34," or "Jordan Dyer, a 17-year-old"
                        r"(?:\d{1,2},|an?\s+\d{1,3}-year-old)"
                        r"|\b\w+-year-old\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)")  # "... nine-year-old Georgia Stevens"
# "charged with killing Welch", "stabbed Welch": what only a person can be is a person
_VICTIM = re.compile(r"\b(?:killing|killed|stabbing|stabbed|murdering|murdered|strangled|kidnapping|kidnapped|"
                     r"abducting|abducted|robbing|robbed)\s+([A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# "Campbell Davis, second secretary at the embassy": a name in apposition to a role is a person's.
_ROLE_APPOSITION = re.compile(
    r"\b([A-Z][a-z]+)\s+((?:Mc|Mac|O')?[A-Z][a-z]+)\s?,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:secretary|spokesman|spokeswoman|spokesperson|director|manager|chairman|chairwoman|founder|owner|"
    r"executive|analyst|researcher|professor|author|editor|lawyer|attorney|minister|president|officer|chief)\b")
# "Rozen's wife, Julia,", "her cousin Viktoria", "Noma (not her real name)": kin and pseudonyms are people.
_KIN_NAME = re.compile(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|niece|nephew|cousin|widow|"
                       r"grandson|granddaughter|girlfriend|boyfriend|fiancée?)(?:,\s+|\s+)([A-Z][a-z]+)\b"
                       r"|\b([A-Z][a-z]+)\s+\(not (?:her|his|their) real name\)"
                       # "His daughters, Malia and Sasha": both
                       r"|\b(?:sons|daughters|children|brothers|sisters)(?:,\s+|\s+)([A-Z][a-z]+)\s+and\s+"
                       r"([A-Z][a-z]+)\b")
_KIN_WORDS = ("wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "niece", "nephew",
              "cousin", "widow", "friend", "fianc", "real name", "children")
_VICTIM_WORDS = ("kill", "stabb", "murder", "strangled", "kidnap", "abduct", "robb")
_STORM_WORDS = ("urricane", "yphoon", "yclone", "torm")
_INITIALLED_NAME = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z]\.\s*)+[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_INITIALLED_SURNAME = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s*)+((?:Mc|Mac|O')?[A-Z][a-z]+)\b")
_TITLED_NAME = re.compile(r"(?<!-)\b([A-Z][a-z]+)\.?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")  # (not "Port-au-Prince. Kenscoff")
# A demonym naming a language: "spoke in English", "translated into French", "Arabic-language".
_LANGUAGE_BEFORE = frozenset("in into speak speaks spoke spoken speaking fluent learn learning taught plus".split())
_LANGUAGE_AFTER = re.compile(r"[\s-](?:language|speaking|speakers?|dialect|subtitles|translation)\b")
# "in English and Spanish," is one use; "in Syrian and Russian airstrikes" qualifies a noun.
_COORDINATED = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][a-z]+")
_COORDINATED_BEFORE = re.compile(r"(?:[A-Z][a-z]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")
_CLAUSE_GO_ON = re.compile(r"\s*(?:[.,;:)!?\"”]|$|(?:and|or|but|as|with|to|is|was|were|at|on|by|for)\b)")
# "English is the main language", "the question of English.": a language name used as a noun.
_NOUN_USE = re.compile(r"\s*(?:[.;:)!?\"”]|$|(?:is|was|will|would|can|could|has|had|remains|provides|becomes)\b)")
# Storms are named like people and places: "Hurricane Harvey", "Typhoons Haiyan and Hagupit".
# ("Storm Ciaran" is capitalised; "gunmen storm Mogadishu hotel" is the verb)
_STORM_NAMES = re.compile(r"\b(?:[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|[Tt]ropical [Ss]torms?|Storms?)\s+"
                          r"([A-Z][a-z]+)(?:\s+and\s+([A-Z][a-z]+))?\b")
# "Khost and Paktika provinces": two names before a plural unit word are each that unit
# ... "the Jacarezinho and Penha favela complexes": neighbourhoods
_UNIT_WORDS = r"province|region|district|state|governorate"
_SECOND_NAME = r"\s+(?:and|or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"  # (" and Paktika")
_UNITS_AFTER = re.compile(rf"(?:{_SECOND_NAME})?\s+(?:({_UNIT_WORDS}|neighbou?rhood|quarter)s|"
                          r"(?P<favelas>favelas|favela complexes))\b")
# ... and the first of them, which the gazetteer lacks ("the Middle Shabelle and Hiiraan regions")
_UNITS_LISTED_AFTER = re.compile(rf"{_SECOND_NAME}\s+(?:{_UNIT_WORDS})s\b")
# "the Sheikh Maqsoud and Ashrafieh districts of Aleppo": two quarters the gazetteer lacks, told by the plural
_QUARTERS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:districts|neighbou?rhoods|quarters)\b"  # the last name
_QUARTERS_AFTER = re.compile(r"\s+and\s+" + _QUARTERS)  # ... after the first
_QUARTERS_END = re.compile(r"(?<=[a-z] and )(?=" + _QUARTERS + ")")  # ... where the last begins
# A nickname's quotes between a person's names: 'Joaquin "El Chapo" Guzman'
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[\"“‘]$")
_NICKNAME_AFTER = re.compile(r"[\"”’]\s+[A-Z][a-z]")
# A dateline: "TORRINGTON —", "CHARLESTON, W.Va. --", "GAZA (Reuters) -".
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z.]{1,12})?\s*(?:—|–|--|\((?:AP|AFP|Reuters|CNN|dpa)\))")
# A legislator's party and home: "Tim Hardy, D-Braxton,", "(R-Lilburn)", "D-W. Va.", "DFL-Crane Lake and".
_PARTY_HOME = re.compile(r"(?:\(|,\s|\bboth\s)(?:D|R|I|DFL|Ind)[-–]\s?([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3})"
                         r"(?=\s*[,);]|\s+and\s|\.(?:\s|$))")
# A resident named by the town: "A Chapin man died", "two Hamilton women", "the Laguna Hills resident" (not "the Jones
# family", "the UConn women").
_RESIDENT_AFTER = re.compile(r"\s+(?:man|woman|boy|girl|teen|teenager|resident|residents|native|couple|mother|father)\b")
_RESIDENT_BEFORE = re.compile(r"(?:\b[Aa]n?|\b[Tt]he|\b[Tt]wo|\b[Tt]hree)\s+$")
# "the capital", "the Syrian capital", "Sudan's capital": a place referred to, not named (resolve finds which);
# not "the capital Kabul", "the capital, Kabul," or "the capital of Syria" (the name is there) nor money.
_CAPITAL_REFERENCE = re.compile(
    # (or "the war-torn capital"; not "the Houthi-held capital", which a group holds: of no country the counts tell)
    # (or a headline's, with no article: "Clashes erupt in Libyan capital", a people's)
    r"(?:\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:war-torn\s+|besieged\s+)?|\b[A-Z][a-z]+['’]s\s+|"
    r"\b(?:in|into|on|near|outside|across|around|hit|hits|rock|rocks|shake|shakes)\s+(?P<people>[A-Z][a-z]+)\s+)"
    r"(?P<word>capital(?:\s+city)?)\b(?!\s*,?\s+[A-Z]|\s+(?:of|"
    r"markets?|gains?|expenditures?|spending|budgets?|requirements?|ratios?|base|punishment|flight|investments?|"
    r"outlays?|goods|letters?|controls?|injection|raising|stock|costs?|projects?|cities)\b)")
# "stormed Kenya's parliament": the seat of a state's institutions, in its capital
_STATE_SEAT = re.compile(r"\b[A-Z][a-z]+['’]s\s+(?P<word>parliament|national\s+assembly|presidential\s+palace|"
                         r"state\s+house|supreme\s+court)\b")
_SEAT_REFERENCE = re.compile(r"\b[Tt]he\s+(?P<word>(?:regional|provincial|state|departmental)\s+capital)\b"
                             r"(?!\s*,?\s+[A-Z][\w-]*\b(?!['’]s\b)|\s+of\b)")  # (but "..., Ukraine's commander said")
_APPOSED = re.compile(r"[A-Z][\w'’-]*,\s+$")
# Where a person or a firm is from: "Leo Drexler of Annville;", "both of Annville.", "41, of Trenton,", "Acme
# Homes, of Fitzgerald, makes", "39, of Pomeroy in Meigs County".
_RESIDENCE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+\s+[A-Z][a-z]+|\bboth|\ball|,)\s+of\s+$")
_RESIDENCE_AFTER = re.compile(r"[,;.]|\s+in\s+[A-Z]")
# A name that speaks ("Robertson said") or is one half of a firm ("Stevens & Wilkinson") is no place.
_SPEAKER_AFTER = re.compile(r",?\s+(?:said|says|told|added|tweeted|wrote|stated|explained|recalled|admitted)\b")
# '"We will stay," said Noma.': a one-word name after an inverted speech verb, closing its clause.
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|added|wrote|tweeted)\s+$")
_OF_BEFORE = re.compile(r"\bof\s+$")
# "... said Ras al-Ain was shelled": the name after "said" is the subject of a clause, not its speaker.
_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have)\b")
# "the Bush administration", "the Clinton and Bush Jr administrations": a president's, no town's
_ADMINISTRATION_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][a-z]+)?(?:\s+(?:Jr|Sr)\.?)?\s+administrations?\b")
# "Noma said": a speaker named by one word is a person for the whole article ("Kobe Bryant said" is
# a full name's, left to the other rules).
_ONE_WORD_SPEAKER = re.compile(r"(?<![A-Za-z] )\b([A-Z][a-z]+)(?=,?\s+(?:said|says|told|added|tweeted|wrote)\b)")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_FIRM_JOIN = re.compile(r"\s*&\s*[A-Z]")
_FIRM_JOINED = re.compile(r"[A-Za-z]\s*&\s*$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
# ", ", " and ", " and the town of " ("captured Khan Touman and the town of Saraqeb")
_LIST_SEPARATOR = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                             r"(?:the\s+(?:towns?|villages?|city)\s+of\s+)?$")
_SALIENT_KINDS = frozenset({"country", "admin1", "continent", "region"})
_SALIENT_POPULATION = 100_000
_PLACE_LIKE_POPULATION = 20_000  # a census given name that is a town this big stays a place ("Austin", "Florence")
_MAX_NAME_TOKENS = 6
_BIG_CITY = 1_000_000

class _Token(NamedTuple):  # a tuple: ~500 of them per article
    start: int
    end: int
    text: str
    capitalised: bool  # computed once: runs test it several times per token

    @classmethod
    def at(cls, start: int, text: str) -> _Token:
        # The pronoun "I" is capitalised in every position and names no place (Huy, Belgium, is "I").
        capitalised = text[0].isupper() and text != "I" or "-" in text and bool(_ARTICLE_HYPHEN.match(text))
        return cls(start, start + len(text), text, capitalised)


def recognise(article: Article, gazetteer: Gazetteer) -> Article:
    """Add place mentions (toponyms and demonyms) to ``article``; returns it."""
    text = article.text
    tokens: list[_Token | None] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word[0].islower() and "-" not in word and word not in _CONNECTORS:
            tokens.append(None)  # most words: they only end a run, no need to build a token
            continue
        token = _Token.at(match.start(), word)
        if "-" in word:
            tokens += _hyphen_parts(token, gazetteer)
        else:
            tokens.append(token)
    found: list[tuple[int, int, str, str]] = []  # start, end, kind, rule
    surnames: set[str] = set()
    for run in _capitalised_runs(tokens, text):
        found += _scan_run(run, text, gazetteer, surnames)
    found = _with_names_joined_by_and(_cued_names_again(found, text, gazetteer), text, gazetteer)
    found = _with_facilities(found, text, gazetteer)
    found = _with_party_homes(found, text, gazetteer)
    decided = _decide(found, text, gazetteer, surnames)
    for start, end, kind, feature in sorted(decided + _opening_again(found, decided, text, gazetteer)):
        article.add_mention(start, end, kind=kind, feature=feature)
    for match in _found(_CAPITAL_REFERENCE, text, ("capital",)):
        if match.group("people") and not _a_countrys_people(match.group("people"), gazetteer):
            continue  # ("into Venture capital", "near European capital": no country's people)
        article.add_mention(match.start("word"), match.end("word"), kind="reference", feature="capital")
    for match in _found(_STATE_SEAT, text, ("parliament", "assembly", "palace", "state house", "supreme court")):
        article.add_mention(match.start("word"), match.end("word"), kind="reference", feature="capital")
    for match in _found(_SEAT_REFERENCE, text, ("capital",)):  # "the regional capital": a province's seat
        if _APPOSED.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Imphal, the state capital": a description of the name before it
        article.add_mention(match.start("word"), match.end("word"), kind="reference", feature="regional capital")
    article.mentions.sort(key=lambda m: m.start)
    return article


def _with_names_joined_by_and(found: list[tuple[int, int, str, str]], text: str,
                              gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """'Trinidad and Tobago' is one country, not Trinidad and Tobago: runs stop at the lower-case "and"."""
    if " and " not in text:
        return found
    for match in _and_names(gazetteer).finditer(text):
        found = [f for f in found if not (f[0] < match.end() and match.start() < f[1])]
        found.append((match.start(), match.end(), "toponym", "gazetteer"))
    return sorted(found)


@lru_cache(maxsize=4)
def _and_names(gazetteer: Gazetteer) -> re.Pattern:
    return re.compile(r"\b(?:" + any_of(gazetteer.names_with_and()) + r")\b")


def _with_party_homes(found: list[tuple[int, int, str, str]], text: str,
                      gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """'Sen. Tim Hardy, D-Braxton,': after a party's letter, the legislator's home is a place, named
    alone and small as it may be (the runs saw "D" and a surname-like "Braxton")."""
    if "-" not in text and "–" not in text:
        return found
    for match in _PARTY_HOME.finditer(text):
        start, end = match.span(1)
        if text[end:end + 1] == "." and gazetteer.is_abbreviation(text[start:end + 1]):
            end += 1  # "D-S.C.": the state's abbreviation keeps its period
        found = [f for f in found if not (f[0] < end and match.start() < f[1])]
        found.append((start, end, "toponym", "cue"))
    return sorted(found)


def _with_facilities(found: list[tuple[int, int, str, str]], text: str,
                     gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """'Aleppo airport', 'the Kakhovka dam', 'al-Shifa hospital': a lower-case facility word joins the
    name when the gazetteer knows the facility, which then stands for the place instead of the town
    (and is known, even where the name alone is not)."""
    joined = []
    for start, end, kind, rule in found:
        after = _FACILITY_AFTER.match(text, end) if kind == "toponym" else None
        if after and gazetteer.has_name(text[start:after.end()]):
            end, rule = after.end(), "gazetteer" if rule in ("unknown", "name-part") else rule
        joined.append((start, end, kind, rule))
    return joined


def _hyphen_parts(token: _Token, gazetteer: Gazetteer) -> list[_Token]:
    """'Egyptian-US', 'D-Charleston' (a party and a home town): capitalised parts joined by hyphens
    are tokens of their own when one is a demonym or a well-known place, or the first is a party's
    letter -- unless the whole is a known name ('Winston-Salem'); runs rejoin them.  'Wal-Mart'
    stays one word.  Lower-case words before a hyphen leave the name after it: 'pro-Russian', 'made-in-China'."""
    if token.text[0].islower() and not _ARTICLE_HYPHEN.match(token.text):
        tail = re.search(r"-([A-Z][^-]*(?:-[A-Z][^-]*)*)$", token.text)  # "made-in-China", "anti-Israel"
        return _hyphen_parts(_Token.at(token.start + tail.start(1), tail.group(1)), gazetteer) if tail else [token]
    parts = token.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or gazetteer.has_name(token.text) or \
            parts[0] in _SERVANT_OF or len(parts) == 2 and _ARTICLE_HYPHEN.match(token.text):
        return [token]  # "Abdel-Hamid", "Abdul-Rahman": one given name, not Hamid the town; "Al-Raqqa" one name
    if not (len(parts[0]) == 1 or any(gazetteer.demonym(p) is not None or _salient(p, gazetteer) for p in parts)):
        return [token]
    tokens, start = [], token.start
    for part in parts:
        tokens.append(_Token.at(start, part))
        start += len(part) + 1
    return tokens


def _capitalised_runs(tokens: list[_Token | None], text: str) -> list[list[_Token]]:
    """Runs of capitalised tokens joined by a space, a hyphen or a connector; None ends a run."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        if token is None:
            _close(runs, current)
            current = []
            continue
        gap = text[current[-1].end:token.start] if current else ""
        # A "The" inside a run opens a new name: "DETROIT The U.S. Transportation Department".
        joined = current and (gap in (" ", "-") or gap == ". " and current[-1].text.lower() in _ABBREVIATED) and (
            token.capitalised or token.text.lower() in _CONNECTORS) and token.text != "The"
        if joined:
            current.append(token)
        elif token.capitalised:
            _close(runs, current)
            current = [token]
        else:
            _close(runs, current)
            current = []
    _close(runs, current)
    return runs


def _close(runs: list[list[_Token]], run: list[_Token]) -> None:
    while run and not run[-1].capitalised:  # trailing connector: "Gulf of" + lower-case word
        run = run[:-1]
    if run:
        runs.append(run)


def _split_modifier(token: _Token) -> _Token:
    """'Türkiye-backed' -> 'Türkiye' (the suffix marks a modifier, handled by _decide)."""
    head, _, tail = token.text.rpartition("-")
    if head and tail.lower() in MODIFIER_SUFFIXES:
        return _Token.at(token.start, head)
    if token.text.endswith(("'s", "’s")):
        return _Token.at(token.start, token.text[:-2])
    return token


def _scan_run(run: list[_Token], text: str, gazetteer: Gazetteer, surnames: set[str]) -> list[tuple[int, int, str, str]]:
    """Longest known names in a run of capitalised tokens; surnames seen on the way go to ``surnames``."""
    if len(run) >= 2 and run[0].text in _CLUB_PREFIXES:
        return []  # "Real Madrid", "Inter Milan", "Dynamo Kyiv": a sports club, not its city
    if _SQUARE_AFTER.match(text, run[-1].end) and not any(t.text.endswith(("'s", "’s")) for t in run):
        return []  # "near the San Martin square": a square named after someone or something, not San Martin region
    if len(run) >= 2 and run[0].text.rstrip(".") in _SAINTS and run[1].text.endswith(("'s", "’s")) and \
            _SAINTS_HOUSE.match(text, run[1].end) and \
            (len(run) == 2 or not gazetteer.has_name(text[run[0].start:run[-1].end])):
        return []  # "St. Mary's school": a saint's, no place (not Mary in Turkmenistan); "St. Peter's Basilica" is one
    if len(run) >= 2 and run[-1].text in ("Square", "Bridge") and \
            gazetteer.is_country_name(text[run[0].start:run[-2].end]):
        return []  # "Algeria Square" in Tripoli, "Iraq Bridge": a square named after a country is no mention of it
    facility = _FACILITY_AFTER.match(text, run[-1].end)
    if facility and run[-1].text.lower() not in COMMON_WORDS and gazetteer.has_name(text[run[0].start:facility.end()]):
        return [(run[0].start, facility.end(), "toponym", "gazetteer")]  # "Ben Gurion airport", not a man Ben Gurion
    owner = next((k for k in range(len(run) - 1) if run[k].text.endswith(("'s", "’s"))), None)
    if owner is not None and _owner_apart(run, owner, text, gazetteer):
        return _scan_run(run[:owner + 1], text, gazetteer, surnames) + \
            _scan_run(run[owner + 1:], text, gazetteer, surnames)
    if len(run) >= 3 and run[0].text == "The" and _known_prefix(run, text, gazetteer) is None:
        run = run[1:]  # "The Russian Ministry of Defence", "The Canadian Press" ("The Hague" is a name)
    if len(run) >= 2 and gazetteer.demonym(run[0].text) is not None and _known_prefix(run, text, gazetteer) is None:
        # "Russian President Vladimir Putin", "Syrian Democratic Forces": the demonym is a mention of
        # its country whatever the rest names ("British Columbia Finance Minister" opens with a place).
        return [(run[0].start, run[0].end, "demonym", "demonym")] + _scan_run(run[1:], text, gazetteer, surnames)
    title = next((k for k in range(1, len(run)) if run[k].text.lower().rstrip(".") in _TITLES), None)
    if title is not None:
        title = _without_city_office(run, title, text, gazetteer)  # "Dublin City Attorney Amy Salay"
    if title is not None and not _organisation_run(run):
        # "Montreal Mayor Denis Coderre": Montreal; "House Leader John Boehner of Ohio": Ohio too.
        office = title
        while office > 0 and (run[office - 1].text.lower() in _OFFICE_QUALIFIERS or
                              run[office - 1].text.lower() in _PORTFOLIOS):
            office -= 1  # "Litchfield Fire Chief", "Harwinton First Selectman"
        places = _scan_run(run[:office], text, gazetteer, surnames) if office else []
        if office < title or run[title].text.lower().rstrip(".") in _LOCAL_OFFICES:
            places = [_holding_office(p, run[office - 1].end, text) for p in places]
        return places + _person(run[title:], text, gazetteer, surnames)
    if len(run) >= 3 and is_given_name(run[0].text.lower(), gazetteer):
        of = next((k for k in range(2, len(run) - 1) if run[k].text == "of"), None)
        if of is not None:  # "Anne McLellan of Edmonton": the person, then the place
            return _scan_run(run[of + 1:], text, gazetteer, surnames)
    if _organisation_run(run) and not gazetteer.has_name(text[run[0].start:run[-1].end]):  # "European Union" is one
        tail = _salient_tail(run, text, gazetteer)
        if tail:  # "the Israeli-occupied West Bank": a bank by its last word, but a region the run ends with
            return _scan_run(run[:tail], text, gazetteer, surnames) + _scan_run(run[tail:], text, gazetteer, surnames)
        return _places_inside_organisation(run, text, gazetteer)
    if _after_title(run[0], text) or _person_run(run, text, gazetteer) or _after_said(run, text, gazetteer) or \
            run[0].text.lower().rstrip(".") in _TITLES and not _titled_unit(run, text, gazetteer) and \
            not _FEATURE_AFTER.match(text[run[-1].end:run[-1].end + 20]) and \
            not _QUARTERS_AFTER.match(text, run[-1].end) and not _PLACE_AFTER.match(text[run[-1].end:run[-1].end + 40]):
        # (not "the Sheikh Maqsoud neighbourhood", "the Sheikh Maqsoud and Ashrafieh districts", "Sheikh Zuweid lies
        # about 15 km from the border")
        return _person(run, text, gazetteer, surnames)  # "President Chad Smith", "Saint Peter"
    if (len(run) >= 2 and is_given_name(run[0].text.lower(), gazetteer) and _known_prefix(run, text, gazetteer) is None
            or _given_and_surname(run, text, gazetteer)) and not _cue_before(text, max(0, run[0].start - _CUE_REACH),
                                                                             run[0].start) and \
            not APPOSED_FEATURE.match(text, run[-1].end) and not _MEASURED_AFTER.match(text, run[-1].end):
        # "David Jones", "Mary Clark": not the towns of Jones or Clark ("Henry County" is a place), but "the town of
        # Sam Ouandja" is one, and so is "Al Getaina, a town about 90 km south of Khartoum" or "Sam Ouandja lies about
        # 200 km north of Bria"
        return _person(run, text, gazetteer, surnames)
    if _INITIALLED_NAME.fullmatch(text[run[0].start:run[-1].end]):
        # "Marsha J. Moore", "Tyrise M. Bell": a middle initial makes a person's name
        return _person(run, text, gazetteer, surnames)
    found, i = [], 0
    while i < len(run):
        if run[i].text.lower().rstrip(".") in _CALENDAR and _DAY_AFTER.match(text, run[i].end):
            i += 1  # "Jan. 28", "May 3": a date, not Dschang (alternate "Jan") or a town called May
            continue
        if run[i].text in _LEADING_FEATURES and i + 1 < len(run) and not gazetteer.has_name(
                text[run[i].start:run[-1].end]):
            found.append((run[i].start, run[-1].end, "toponym", "cue"))  # (a known name stays the gazetteer's)
            break
        hit = _longest_name(run, i, text, gazetteer)
        tail = text[run[-1].end:run[-1].end + 40]
        # (the Arabic article opens a name the text calls a settlement: "Al Getaina, a town ...")
        # ... or, after "in" or "near", a name the gazetteer knows under another article ("near El Nahud": An Nuhud;
        # not "Rachid El Abdi")
        prefix = run[i].text.lower() in TOPONYM_PREFIXES or run[i].text in ("Al", "El") and i + 2 == len(run) and \
            (APPOSED_FEATURE.match(text, run[-1].end) is not None or _has_locative_cue(text, run[i].start) and
             gazetteer.best(text[run[i].start:run[-1].end], fuzzy=False) is not None)
        if prefix and i + 1 < len(run) and (hit is None or hit[0] == i + 1):
            # "Ain Issa", "Khan Tuman": the prefix names no place alone (not Ain in France, Haan in Germany)
            cued = _feature_cued(text, run[i].start) or \
                i + 2 == len(run) and (_PLACE_AFTER.match(tail) or _FEATURE_AFTER.match(tail))
            end = _split_modifier(run[i + 1]).end
            hit = (i + 2, run[i].start, end, "toponym", "cue" if cued else _transliterated(text[run[i].start:end], gazetteer))
        if i == 0 and hit is not None and hit[0] < len(run) and hit[3] == "toponym" and \
                not run[hit[0] - 1].text.endswith(("'s", "’s")) and run[0].text.lower() not in _LOCATIVE and \
                (_cue_before(text, max(0, run[0].start - _CUE_REACH), run[0].start) or
                 _set_in_country(text, run[0].start, run[-1].end, gazetteer) or
                 (_SETTLEMENT_AFTER.match(tail) or APPOSED_FEATURE.match(tail) or _PLACE_AFTER.match(tail) or
                  _AREA_AFTER.match(tail) and
                  not any(t.text in _NATURE_WORDS or t.text.lower() in COMMON_WORDS for t in run[hit[0]:])) and
                 not any(t.text.endswith(("'s", "’s")) for t in run)) \
                and not any(t.text.lower() in _CONNECTORS or t.text.lower().rstrip(".") in _CALENDAR for t in run[hit[0]:]):
            # "the village of Kin Ma", "Lin Ta Lu village", "Adan Yabaal, a strategic town": the text names the whole
            # run a place, not "Kin" and then "Ma" (Thailand) -- but "the Bassa area of Nigeria's Plateau state" names
            # Nigeria, then its state, and "In Bajaur district" opening a sentence names Bajaur
            hit = (len(run), run[0].start, _split_modifier(run[-1]).end, "toponym", "cue")
        # (a compass word opens the name: "the Middle Shabelle and Hiiraan regions")
        if hit is None and (run[i].text.lower() not in COMMON_WORDS or run[i].text in _COMPASS_WORDS and
                            i + 1 < len(run) and run[i + 1].text.lower() not in COMMON_WORDS):
            j = i + 1  # an unknown name the text calls a place: keep it, unresolved
            while j < len(run) and run[j].text.lower() not in COMMON_WORDS:
                j += 1
            # What follows the run cues only a name that ends it ("Sotk, a village", not "Residents of Sotk, ...").
            # ... but a word opening a sentence before "were" is people ("Herders were attacked in ...")
            # ... nor a firm that owns what lies there ("the refinery, owned by Rosneft, lies 800 km from ...")
            # ... nor one that holds the place named after it ("the M23-held city of Goma")
            ends_run = not _HOLDER_SUFFIX.match(text, _split_modifier(run[j - 1]).end) and (
                j == len(run) and bool(_PLACE_AFTER.match(tail) and not (
                    j == 1 and tail.startswith(" were ") and _sentence_initial(text, run[0].start)) and
                    not _OWNED_BY.search(text, max(0, run[0].start - 20), run[0].start)) or
                _FEATURE_AFTER.match(tail) and not _DESCRIBES_THE_UNIT.match(text, run[j - 1].start) or
                _listed_before_cue(tail) or _QUARTERS_AFTER.match(tail) or _QUARTERS_END.match(text, run[0].start) or
                j == len(run) and _UNITS_LISTED_AFTER.match(tail))  # ("the Middle Shabelle and Hiiraan regions")
            if ends_run or _feature_cued(text, run[i].start) or _unknown_dateline(run[i:], text):
                hit = (j, run[i].start, _split_modifier(run[j - 1]).end, "toponym", "cue")
        if hit is None and i == len(run) - 1 and (i == 0 or run[i - 1].text.lower() in COMMON_WORDS) and \
                _acronym(run[i].text) and _initials_of_named_place(run[i].text, text, gazetteer):
            hit = (i + 1, run[i].start, run[i].end, "toponym", "initials")  # "SA" beside "South Africa", not "BC Hydro"
        if hit is None and not _common_word(run[i].text, text) and not _sentence_initial(text, run[i].start) and \
                not _acronym(run[i].text):
            j = i + 1  # unknown to the gazetteer: kept only if it sits in a list of places
            while j < len(run) and _ARTICLE_HYPHEN.match(run[j].text):
                j += 1  # "Aita al-Shaab": the article joins the name, as in "Taybat al-Imam"
            token = _split_modifier(run[j - 1])
            # Several words or a hyphened name may be a known place's other spelling ("Petion-Ville": Pétionville).
            joined = j > i + 1 or _HYPHENED.fullmatch(token.text)
            hit = (j, run[i].start, token.end, "toponym",
                   _transliterated(text[run[i].start:token.end], gazetteer) if joined else "unknown")
        if hit is None:
            i += 1
            continue
        j, start, end, kind, rule = hit
        if kind == "toponym" and j < len(run) and run[j].text in _NAMED_FEATURES and end == run[j - 1].end and \
                not gazetteer.has_name(text[start:run[j].end]) and not _SQUARE_OFF.match(text, run[j].end):
            j, end, rule = j + 1, run[j].end, "cue"  # "Neches River", "Tennessee Colony": the feature is the place
        if kind == "toponym" and j - i >= 2 and _without_city_office(run[i:], j - i, text, gazetteer) < j - i:
            # "Dublin City Manager Jane Brautigam": Dublin, then the office and its holder
            return found + [(start, run[j - 2].end, kind, rule)] + _person(run[j - 1:], text, gazetteer, surnames)
        if rule == "gazetteer" and i > 0 and j - i == 1 and _unknown_word(run[i - 1], gazetteer) and \
                not _owned(text, start, text[start:end], gazetteer) and \
                (not _salient(text[start:end], gazetteer) or _alias_inside_name(run, j, text[start:end], gazetteer)) \
                and not _FEATURE_AFTER.match(text[end:end + 20]):
            rule = "name-part"  # "Taco Bell", "Demetrius Clark": the end of a longer unknown name, or its middle where
            # only another name of a place ("Haytham Ali Tabatabai": Ali, once a name of Ağrı)
            surnames.add(text[start:end].lower())
        elif rule == "gazetteer" and i > 0 and j == len(run) and j - i == 1 and _unknown_word(run[i - 1], gazetteer) \
                and _SITE_AFTER.match(text, end):
            rule = "name-part"  # "the Souq Libya market area": a market's name, not the country
        elif rule == "gazetteer" and i > 0 and text[start:end].lower() in _PARK_WORDS:
            rule = "name-part"  # "the W National Park": the park, not National Park in New Jersey
        elif rule == "gazetteer" and i > 0 and j - i == 1 and run[i - 1].text in _COMPASS_WORDS and \
                not _salient(text[start:end], gazetteer):
            # "the West Wing": a name of its own, not Wing in England -- but "North West Bicester" is
            # Bicester elsewhere in the text, and "South Los Angeles" a part of a well-known place.
            rule = "name-part"
        found.append((start, end, kind, rule))
        i = j
    return found


def _opening_again(found: list[tuple[int, int, str, str]], decided: list[tuple[int, int, str, str]], text: str,
                   gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """A name the gazetteer lacks, accepted where a cue called it a place, that opens a sentence again ("The KIA seized
    Pangwa, a town on the border ... Pangwa is in Chipwi township"), where a capitalised unknown word is skipped."""
    accepted = {s for s, _e, _k, _f in decided}
    names = {text[s:e] for s, e, kind, rule in found if kind == "toponym" and rule == "cue" and s in accepted and
             not gazetteer.has_name(text[s:e]) and text[s + 1:e].islower() and text[s:e].lower() not in COMMON_WORDS}
    return [(m.start(), m.end(), "toponym", _feature(text, m.start(), m.end())) for name in names
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            if _sentence_initial(text, m.start()) and not any(s < m.end() and m.start() < e for s, e, _k, _f in found)]


def _cued_names_again(found: list[tuple[int, int, str, str]], text: str,
                      gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """A name of several words the text called a place ("the town of Adan Yabaal", "the Mir Ali area") is that place
    wherever it is named again, not its words apart ("Adan Yabaal, about 220 km north of Mogadishu": not Aden, then
    'Yabaal')."""
    names = {text[s:e] for s, e, kind, rule in found if kind == "toponym" and rule == "cue" and " " in text[s:e]
             and (_feature_cued(text, s) or _SETTLEMENT_AFTER.match(text, e) or _AREA_AFTER.match(text, e) or
                  APPOSED_FEATURE.match(text, e) or _set_in_country(text, s, e, gazetteer))}
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            start, end = match.span()
            parts = [f for f in found if start < f[1] and f[0] < end]
            if parts and all(start <= f[0] and f[1] <= end for f in parts) and \
                    not any(f[:2] == (start, end) for f in parts):  # its words taken apart, not a longer name's
                found = [f for f in found if f not in parts] + [(start, end, "toponym", "cue")]
    return sorted(found)


def _listed_before_cue(tail: str) -> bool:
    """'The villages, Lopa and Ngotshi, lie some 40 km north of Bunia': a name listed before one the text calls a
    place."""
    listed = _LIST_TO_LAST.match(tail)
    return listed is not None and _PLACE_AFTER.match(tail[listed.end():]) is not None


def _set_in_country(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """'in Mir Ali in Pakistan's ...', 'near Bir Ghbalou in Algeria': a locative word before the name, its country
    after (or its distance from somewhere: 'near Mir Ali, about 30 km north of Bannu')."""
    if not _LOCATIVE_BEFORE.search(text, max(0, start - 8), start):
        return False
    if _DISTANCE_APPOSED.match(text, end):
        return True
    country = _COUNTRY_AFTER.match(text, end)
    return country is not None and gazetteer.is_country_name(country.group(1))


def _transliterated(name: str, gazetteer: Gazetteer) -> str:
    """'Ras al-Ain', 'Maarat al-Numan': an Arabic name the gazetteer knows only in another transliteration
    (Ra's al 'Ayn, Ma'arrat an Nu'man) is a candidate like a known one ("gazetteer": it then needs a locative
    cue, as every near spelling does); else it stays "unknown"."""
    return "gazetteer" if gazetteer.best(name, fuzzy=False) is not None else "unknown"


def _owner_apart(run: list[_Token], owner: int, text: str, gazetteer: Gazetteer) -> bool:
    """'Augusta's Highland Avenue', 'said Malaysia's Department of ...': a well-known owner is a name of
    its own where what it owns would make the whole run an organisation or a person -- not in "Martha's
    Vineyard" (one name), "McDonald's Restaurant" or "St. Paul's Hospital" (no place's)."""
    first = 1 if owner > 0 and run[0].text.lower() in COMMON_WORDS else 0  # "At St. Paul's Hospital"
    name = text[run[first].start:_name_end(run, owner + 1)]
    if (_known_prefix(run, text, gazetteer) or 0) > owner or run[first].text.rstrip(".") in _SAINTS or \
            not _salient(name, gazetteer):
        return False
    return _organisation_run(run) or _person_run(run, text, gazetteer) or _after_said(run, text, gazetteer)


def _holding_office(found: tuple[int, int, str, str], office: int, text: str) -> tuple[int, int, str, str]:
    """The name just before a local office is the town or county that holds it: 'civic' -- but not
    a ward or district ("4th Ward Alderwoman") or a qualifier ("Vice Mayor")."""
    start, end, kind, rule = found
    name = text[start:end].lower()
    if end != office or kind != "toponym" or rule not in ("gazetteer", "name-part") or \
            name in _OFFICE_QUALIFIERS or name in _OFFICE_AREAS:
        return found
    return start, end, kind, "civic"


def _person(run: list[_Token], text: str, gazetteer: Gazetteer, surnames: set[str]) -> list[tuple[int, int, str, str]]:
    """A person's name names no place, but a place may follow it after "of" ("Sen. Marco Rubio of
    Florida").  The name's last word is a surname for the rest of the article ("former leader Fidel
    Castro ... Castro came to power": not Castro, Brazil) -- unless it is a well-known place ("The
    U.S. said", "HSBC Malta stated" name no person)."""
    of = next((k for k in range(1, len(run) - 1) if run[k].text == "of"), None)
    name = run[:of] if of is not None else run
    last = _split_modifier(name[-1]).text
    if len(name) >= 2 and not _salient(last, gazetteer):
        surnames.add(last.lower())
    return _scan_run(run[of + 1:], text, gazetteer, surnames) if of is not None else []


def _titled_unit(run: list[_Token], text: str, gazetteer: Gazetteer) -> bool:
    """A country or province whose name opens with a title ("Saint Lucia", "Prince Edward Island"), or a capital or
    a city of 100,000 people whose name is no saint's ("Saint Petersburg", "Saint Helier"; "Saint Paul" is the
    apostle, not the city in Minnesota)."""
    known = _known_prefix(run, text, gazetteer)
    best = gazetteer.best(text[run[0].start:_name_end(run, known)], fuzzy=False) if known else None
    if best is None:
        return False
    place = best.place
    if place.kind in _SALIENT_KINDS:
        return True
    saint = run[1].text.lower()
    return saint not in GIVEN_NAMES and saint not in census_given_names() and \
        (place.population >= _SALIENT_POPULATION or place.feature_code == "PPLC")


def _alias_inside_name(run: list[_Token], end: int, name: str, gazetteer: Gazetteer) -> bool:
    """An unknown word follows a name that is only another name of a place ("Haytham Ali Tabatabai"), not of
    "Assistant U.S. Attorney" or "CTV Saskatoon Published"."""
    return end < len(run) and _unknown_word(run[end], gazetteer) and not _salient(name, gazetteer, own_name=True)


def _unknown_word(token: _Token, gazetteer: Gazetteer) -> bool:
    """A capitalised word no place, demonym, title or connector: part of a name ("Taco" Bell).  A road
    or model code ("A429 Cirencester junction", "M5") is none."""
    lower = token.text.lower()
    return token.text[:1].isupper() and not _has_digit(token.text) and lower not in _CONNECTORS and \
        lower not in COMMON_WORDS and lower.rstrip(".") not in _TITLES and not gazetteer.has_name(token.text) and \
        gazetteer.demonym(token.text) is None


def _owned(text: str, start: int, name: str, gazetteer: Gazetteer) -> bool:
    """'Bangladesh's Gopalganj', "South Kordofan's Kadugli": a country's or a province's possessive before a name the
    gazetteer has in that country or province (not "Brazil's Kaka", "Chile's Ripley department store": a person, a
    firm)."""
    possessive = _OWNER_PHRASE.search(text, max(0, start - 60), start)
    words = possessive.group(1).split() if possessive else []
    for owner in (" ".join(words[k:]) for k in range(len(words))):  # the longest owner first
        unit = gazetteer.best(owner) if gazetteer.is_country_name(owner) or gazetteer.has_name(owner) else None
        if unit is None or unit.place.feature_code not in ("PCLI", "ADM1") and not gazetteer.is_country_name(owner):
            continue
        province = unit.place.admin1 if unit.place.feature_code == "ADM1" else None
        return any(c.match == "exact" and c.place.country == unit.place.country and
                   province in (None, c.place.admin1) for c in gazetteer.lookup(name, country=unit.place.country))
    return False


def _longest_name(run: list[_Token], i: int, text: str, gazetteer: Gazetteer):
    """(next index, start, end, kind, rule) of the longest known name starting at token i."""
    for j in range(min(len(run), i + _MAX_NAME_TOKENS), i, -1):
        if not run[j - 1].capitalised:
            continue
        last = _split_modifier(run[j - 1])
        start, end = run[i].start, last.end
        name = text[start:end]
        if _bare_abbreviation(name, text[end:end + 1], gazetteer) or \
                gazetteer.has_name(name) and _acronym_of_no_place(name, start, text, gazetteer):
            continue
        if text[end:end + 1] == "." and gazetteer.is_abbreviation(name + "."):
            name, end = name + ".", end + 1  # "Kan.", "Ill.": state abbreviations keep their period
        if gazetteer.nonplace_kind(name):
            return j, start, end, "nonplace", "nonplace"
        if gazetteer.demonym(name) is not None:
            return j, start, end, "demonym", "demonym"
        if gazetteer.has_name(name):
            if _feature_cued(text, start) or _PLACE_AFTER.match(text[end:end + 40]) or \
                    name.isupper() and _DATELINE_AFTER.match(text, end):
                rule = "cue"
            elif j < len(run) and _unknown_follows(run, j, text, gazetteer) and \
                    (not _salient(name, gazetteer) or name.lower() in GIVEN_NAMES_ALSO_PLACES) and \
                    not _self_described(name):
                # "Mai Alkaila", "Hakan Fidan", "Khalil Haqqani": part of a person's name ("U.S. Census" is not)
                rule = "name-part"
            else:
                rule = "gazetteer"
            return j, start, end, "toponym", rule
    return None


def _unknown_follows(run: list[_Token], j: int, text: str, gazetteer: Gazetteer) -> bool:
    """A word of a longer name follows token j ("Mai Alkaila") -- not a demonym that ends the run ("the Ain
    al-Hilweh Palestinian refugee camp"; but "St. Rose Dominican Hospital" is a hospital's name)."""
    following = run[j]
    lower = following.text.lower()
    return following.capitalised and not _has_digit(following.text) and lower not in _CONNECTORS and \
        not gazetteer.has_name(following.text) and lower not in _ORG_HEADS and \
        not (j == len(run) - 1 and gazetteer.demonym(following.text) is not None)


def _salient_tail(run: list[_Token], text: str, gazetteer: Gazetteer) -> int | None:
    """Where a well-known name of two words or more that ends the run begins ("West Bank", "Gaza Strip")."""
    return next((k for k in range(1, len(run) - 1)
                 if _salient(text[run[k].start:run[-1].end], gazetteer, own_name=True)), None)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _organisation_run(run: list[_Token]) -> bool:
    last = run[-1].text.lower()
    return len(run) >= 2 and (last in _ORG_HEADS or last.rstrip("s") in _ORG_HEADS)


def _places_inside_organisation(run: list[_Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """'Hama Military Airport' names Hama; 'Free Syrian Army' and 'BBC Russian Service' name their
    country by its demonym.

    A modifier in front ('Britain-based Syrian Observatory') is still a place mention.
    """
    if run[-1].text.lower() in _STREET_HEADS:
        return []  # "Wichita Street", "Lincoln Avenue": a street named after a place is not a mention of it
    if len(run) > 2 and run[0].text in ("The", "A"):
        run = run[1:]  # "The New York Times"
    places = _named_places(run, text, gazetteer)
    return sorted(places + [d for d in _demonyms_in(run, text, gazetteer)
                            if not any(s < d[1] and d[0] < e for s, e, _k, _r in places)])


def _demonyms_in(run: list[_Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """Demonyms inside a name, two-word ones first ('South African Airways' is South Africa's)."""
    found, i = [], 0
    while i < len(run):
        pair = text[run[i].start:run[i + 1].end] if i + 1 < len(run) else ""
        if pair and gazetteer.demonym(pair) is not None:
            found.append((run[i].start, run[i + 1].end, "demonym", "demonym"))
            i += 2
            continue
        if gazetteer.demonym(run[i].text) is not None:
            found.append((run[i].start, run[i].end, "demonym", "demonym"))
        i += 1
    return found


def _named_places(run: list[_Token], text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    known = _known_prefix(run, text, gazetteer)  # "West Virginia Division of Highways": not "Virginia"
    if known is not None and known < len(run) and not gazetteer.nonplace_kind(text[run[0].start:_name_end(run, known)]):
        known = _without_city_office(run, known, text, gazetteer)
        return [(run[0].start, _name_end(run, known), "toponym", _embedded_rule(run, known, text))]
    found = []
    while run and (run[0].text.lower() in COMMON_WORDS and not run[0].text.isupper()  # "US" is not "us"
                   or _split_modifier(run[0]) is not run[0]):
        head = _split_modifier(run[0])
        if head is not run[0] and gazetteer.has_name(head.text):
            found.append((head.start, head.end, "toponym", "embedded"))
        run = run[1:]
    if len(run) < 2 or gazetteer.nonplace_kind(text[run[0].start:run[-1].end]) or gazetteer.demonym(run[0].text) is not None:
        return found
    for j in range(len(run) - 1, 0, -1):
        name = text[run[0].start:run[j - 1].end]
        if _known(name, text[run[j - 1].end:run[j - 1].end + 1], gazetteer) and not gazetteer.nonplace_kind(name):
            j = _without_city_office(run, j, text, gazetteer)
            return found + [(run[0].start, run[j - 1].end, "toponym", _embedded_rule(run, j, text))]
    return found


def _without_city_office(run: list[_Token], j: int, text: str, gazetteer: Gazetteer) -> int:
    """'Dublin City Council', 'Greer City Manager': the town is Dublin, "City" belongs to the office
    -- unless a town is called so ("Kansas City Council", "Boulder City Manager")."""
    if j < 2 or j >= len(run) or run[j - 1].text != "City" or run[j].text.lower() not in _CITY_OFFICES:
        return j
    name = text[run[0].start:run[j - 1].end]
    best = gazetteer.best(name, fuzzy=False)
    return j - 1 if best is not None and fold(best.place.name) != fold(name) else j


def _known(name: str, next_char: str, gazetteer: Gazetteer) -> bool:
    """A known name, but not a press abbreviation written without its period ("Miss Lane")."""
    return gazetteer.has_name(name) and not _bare_abbreviation(name, next_char, gazetteer)


def _bare_abbreviation(name: str, next_char: str, gazetteer: Gazetteer) -> bool:
    """"Ill", "Miss" without the period are words, not Illinois and Mississippi."""
    return next_char != "." and gazetteer.is_abbreviation(name + ".")


def _acronym_of_no_place(name: str, start: int, text: str, gazetteer: Gazetteer) -> bool:
    """"UN", "CIA", "NGO", "SWAT team": capitals in running text are an acronym, not the place whose
    name they spell (Un in India, Zia Pueblo, Swat), unless they stand for a country, a province or
    a big city ("UK", "UAE", "NYC").  Four or five capitals at the start of a line are a dateline
    ("GAZA (Reuters) --")."""
    if not _acronym(name) or len(name) > 3 and _line_start(text, start):
        return False
    found = gazetteer.lookup(name, limit=1, fuzzy=False)
    if not found:
        return True
    place = found[0].place
    stands_for_place = place.kind in ("country", "admin1", "continent") or place.population >= _BIG_CITY
    return not (found[0].match == "alias" or stands_for_place)


def _initials_of_named_place(name: str, text: str, gazetteer: Gazetteer) -> bool:
    """'SA' in a text naming South Africa, 'NSW' in one naming Australia: the initials of a country
    or first-level unit the text names, or three or four of a unit of a country it names."""
    places = gazetteer.initials(name)
    if not places or _spelled_out_otherwise(name, text, {p.name for p in places}):
        return False
    for place in places:
        if place.name in text or len(name) > 2 and place.kind == "admin1" and \
                gazetteer.country_info(place.country).get("name", "@") in text:
            return True
    return False


def _spelled_out_otherwise(initials: str, text: str, places: set[str]) -> bool:
    """Whether the text spells the initials out as something else: "the UN mission" in a text naming
    the United Nations is theirs, though it names Upper Nile too."""
    words = r"\s+(?:(?:of|for|and|the|on)\s+)*".join(rf"{letter}[\w-]+" for letter in initials)
    # ... not as the place's own people ("South Africans")
    return any(not match.group().startswith(tuple(places)) for match in re.finditer(rf"\b{words}\b", text))


def _unknown_dateline(run: list[_Token], text: str) -> bool:
    """'HARWINTON —' opening a line: a dateline names a place, even one the gazetteer lacks."""
    last = next((k for k, t in enumerate(run) if not t.text.isupper()), len(run))
    opens = _line_start(text, run[0].start) or re.search(r"[.!?]\s+$", text[max(0, run[0].start - 3):run[0].start])
    return last > 0 and len(run[0].text) > 3 and bool(opens) and \
        bool(_DATELINE_AFTER.match(text, run[last - 1].end))


def _line_start(text: str, start: int) -> bool:
    """Only blanks between the line's start and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _acronym(word: str) -> bool:
    """Two to five capitals: an organisation's initials ("OSCE", "AT&T"), not a place the text names."""
    return 2 <= len(word) <= 5 and word.replace("&", "").isalpha() and word.isupper()


def _known_prefix(run: list[_Token], text: str, gazetteer: Gazetteer) -> int | None:
    """End index of the longest known name of two or more tokens that opens the run; its last token
    may carry a possessive or a modifier ("Saudi Arabia's", "Abu Dhabi-based": see :func:`_name_end`)."""
    for j in range(min(len(run), _MAX_NAME_TOKENS), 1, -1):
        end = _name_end(run, j)
        if run[j - 1].capitalised and _known(text[run[0].start:end], text[end:end + 1], gazetteer):
            return j
    return None


def _name_end(run: list[_Token], j: int) -> int:
    """Where a name of the run's first j tokens ends, without a possessive or a modifier suffix -- but a
    saint's possessive stays ("St. Paul's Hospital" is the saint's, not the city's)."""
    if run[0].text.rstrip(".") in _SAINTS and run[j - 1].text.endswith(("'s", "’s")):
        return run[j - 1].end
    return _split_modifier(run[j - 1]).end


def _embedded_rule(run: list[_Token], j: int, text: str) -> str:
    """'civic' when the name describes itself ("Laurel County Detention Center") or heads a local
    institution ("Mount Pleasant City Council"): a place whatever its size; else 'embedded'."""
    rest = {t.text.lower() for t in run[j:]}
    name = text[run[0].start:run[j - 1].end]
    if name.lower() in _COURT_GRADES:
        return "embedded"
    if rest == {"court"}:  # "Rye Court" is a street; a court of law is graded ("Kanawha Circuit Court")
        return "civic" if _self_described(name) else "embedded"
    return "civic" if _self_described(name) or rest & _CIVIC_WORDS else "embedded"


def _self_described(name: str) -> bool:
    """A name ending in its own feature word: "Henderson County", "Iowa City"."""
    head, _, last = name.rpartition(" ")
    return bool(head) and last.lower() in _SELF_DESCRIBING


def _after_title(token: _Token, text: str) -> bool:
    """'Commander Ali Musa', 'Gen. Ali Musa' -- not a headline's last word ("... kills Hezbollah commander") before
    the body's "An Israeli drone", nor a sentence's ("... killed the commander. An Israeli ...")."""
    before = _words_before(text, token.start, 30)
    if not before or before[-1].endswith(".") and len(before[-1]) > 6:
        return False
    return before[-1].strip(".,").lower() in _TITLES


def _words_before(text: str, start: int, reach: int) -> list[str]:
    """The words just before ``start`` on its line (a headline's last word is none of the body's)."""
    return text[max(0, start - reach):start].rsplit("\n", 1)[-1].split()


def _person_run(run: list[_Token], text: str, gazetteer: Gazetteer) -> bool:
    """Two or more capitalised tokens that are not a place and are followed by 'said' / 'told'."""
    if len(run) < 2 or run[0].text == "The" or any("&" in t.text or t.text.lower() in _ORG_HEADS for t in run) or \
            gazetteer.has_name(text[run[0].start:run[-1].end]):
        return False  # "The U.S. said", "Texas A&M said", "the Ohio Department of Health says": no person
    return bool(_SPEAKER_AFTER.match(text, run[-1].end))


def _after_said(run: list[_Token], text: str, gazetteer: Gazetteer) -> bool:
    """'..., said Mai Alkaila': a multi-token name after 'said' is a speaker ('told CTV Winnipeg' is
    a broadcaster: an acronym opens it) -- not the subject of what was said ("officials said Ras al-Ain was
    shelled")."""
    before = _words_before(text, run[0].start, 12)
    return len(run) >= 2 and bool(before) and before[-1].lower() in ("said", "says", "told") and \
        not run[0].text.isupper() and not gazetteer.has_name(text[run[0].start:run[-1].end]) and \
        not _SUBJECT_AFTER.match(text, run[-1].end)


def _cue_before(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """_FEATURE_BEFORE ending at ``end``.  Every cue ends in "of" and a space, which is tested first: the
    regex, anchored at the end, is otherwise tried at every position of the window (most names have no cue)."""
    end = len(text) if end is None else end
    if not text[end - 1:end].isspace() or text[start:end].rstrip()[-2:].lower() != "of":
        return None
    return _FEATURE_BEFORE.search(text, start, end)


def _feature_cued(text: str, start: int) -> bool:
    """'the town of X', 'villages of A, B and C' (the list is followed back to its cue)."""
    before = text[max(0, start - 200):start]
    if " of" not in before:
        return False  # every cue below ends in "of": skip the regexes on most names
    if _cue_before(before[-_CUE_REACH:]):
        return True
    # Walk back over a list of capitalised names: "towns of Halfaya, Taybat al-Imam, Maardis and "
    if not before.rstrip().endswith((",", " and")):
        return False  # not inside a list: no cue further back can reach this name
    match = _LIST_TAIL.search(before)
    return bool(match and _cue_before(before[:match.start()][-_CUE_REACH:]))


def _decide(found: list[tuple[int, int, str, str]], text: str, gazetteer: Gazetteer,
            surnames: set[str]) -> list[tuple[int, int, str, str]]:
    """Keep toponyms supported by a rule; demonyms always; nonplaces never."""
    verdicts: dict[int, bool] = {}
    # A name the text also uses for a county ("DeKalb County") is a place here, not a surname left by a
    # longer name that ends with it ("StandUp DeKalb").
    counties = {text[s:e].rsplit(" ", 1)[0].lower() for s, e, k, _r in found
                if k == "toponym" and text[s:e].endswith((" County", " Parish"))}
    places_at = {s for s, _e, k, r in found if k == "demonym" or k == "toponym" and r not in ("unknown", "name-part")}
    for index, (start, end, kind, rule) in enumerate(found):
        name = text[start:end]
        if kind == "toponym" and " " not in name and not name.isupper() and (
                name.lower() in COMMON_WORDS and not _owned_unit(text, start, end, gazetteer) or
                _CONTRACTION.search(name)):  # (but "Cameroon's Northwest region" is the country's unit)
            verdicts[index] = False  # "She was taken to hospital": no cue makes a pronoun a place
        elif kind == "toponym":
            if rule == "embedded":  # a place inside an organisation's name must be a well-known one
                verdicts[index] = _salient(text[start:end], gazetteer, bare_county=False)  # not "Webb Center"
            elif rule in ("civic", "initials"):
                verdicts[index] = True
            elif rule == "cue":
                # "Clark was captured" reads like a place, but not where the text names a person Clark
                # ("Desmond Clark, 22,"); "the town of Clark" is a place whoever else is called so.
                people = _personal_names(text, gazetteer)
                verdicts[index] = name.lower() not in people or _feature_cued(text, start)
            elif rule == "unknown" and (_NEAR_BEFORE.search(text, max(0, start - 25), start) or
                                        _road_end(text, start, end) or
                                        _MEASURED_BEFORE.search(text, max(0, start - 45), start) or
                                        _MEASURED_AFTER.match(text, end) or
                                        _struck_in_a_place(text, start, end, places_at) or
                                        _BORDER_APPOSED.match(text, end) and _has_locative_cue(text, start) or
                                        _spelled_otherwise(text, start, end, gazetteer)) and \
                    not (_NAME_GOES_ON.match(text, end) or _ARMED_BODY_AFTER.match(text, end) or
                         _HOLDER_SUFFIX.match(text, end)) and \
                    name.lower() not in _personal_names(text, gazetteer):
                # "clashes near Ancuabe", "struck Khiam in southern Lebanon": a village the gazetteer lacks (not
                # "near Olive Garden"); "killed 12 people in Nusseirat": a town it knows by another spelling
                verdicts[index] = True
            else:  # (a surname seen elsewhere is a place where the text calls it one: "the Sinjar district")
                verdicts[index] = rule not in ("name-part", "unknown") and \
                    (name.lower() not in surnames or name.lower() in counties or
                     _FEATURE_AFTER.match(text[end:end + 20]) is not None) and \
                    _supported(text, start, end, gazetteer)
    # ... in any case: "HARWINTON —" in the dateline makes "the Harwinton Senior Center" Harwinton's.
    accepted_names = {text[s:e].casefold() for i, (s, e, _k, _r) in enumerate(found) if verdicts.get(i)}
    for index, (start, end, kind, rule) in enumerate(found):
        if kind == "toponym" and not verdicts[index] and not _landmark(text[start:end], gazetteer):
            verdicts[index] = text[start:end].casefold() in accepted_names or \
                _in_list_with_accepted(index, found, verdicts, text) and \
                not (rule == "unknown" and (_ARMED_BODY_AFTER.match(text, end) or  # "Karen rebels": a people
                                            _acronym(text[start:end].replace(".", "")) or  # "the US and U.N. experts"
                                            _has_digit(text[start:end])))  # "Congo and M23 sign a framework"
        if kind == "toponym" and verdicts[index] and \
                (_person_or_firm(text, start, end, gazetteer) or _STREET_ABBREVIATION.match(text, end) or
                 _nickname(text, start, end) or _groups_listed(text, start) or _paired_groups(text, start, end)):
            verdicts[index] = False
    result = []
    for index, (start, end, kind, _rule) in enumerate(found):
        if kind == "demonym" and _language_use(text, start, end):
            continue  # "in English", "Arabic-language": a language, not a mention of a place
        if kind == "demonym":
            feature = "people" if _people(text[start:end], gazetteer) else _feature(text, start, end)
            result.append((start, end, kind, feature))
        elif verdicts.get(index):
            result.append((start, end, kind, _feature(text, start, end)))
    return result


def _owned_unit(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """'Cameroon's Northwest region': a common word the text makes a unit of its country's."""
    return _FEATURE_AFTER.match(text[end:end + 20]) is not None and _owned(text, start, text[start:end], gazetteer)


def _spelled_otherwise(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A word a war puts a place ("drones struck Nabatiyeh", "killed 12 people in Nusseirat") that the gazetteer
    knows by another transliteration (Nabatîyé, An Nuşayrāt)."""
    return _WAR_BEFORE.search(text, max(0, start - 40), start) is not None and \
        _transliterated(text[start:end], gazetteer) == "gazetteer"


def _struck_in_a_place(text: str, start: int, end: int, places_at: set[int]) -> bool:
    """A name the gazetteer lacks, struck, seized or attacked and put in or near a place the text names: "shelled
    Khiam in southern Lebanon", "captured Kyaukphyu in Myanmar's Rakhine state", "killed two people in Minova in
    eastern Congo"."""
    if not _WAR_BEFORE.search(text, max(0, start - 40), start):
        return False
    # ... or the list it opens is ("retook Lebedevka, Novenky and Viktorovka, all within 10 km of Sudzha")
    where = _IN_A_PLACE_AFTER.match(text, end) or _IN_A_PLACE_AFTER.match(text, list_end(text, end))
    return where is not None and where.end() in places_at


def _language_use(text: str, start: int, end: int) -> bool:
    """'Arabic-language', 'English speakers'; 'spoke in English, then', 'English is' (not 'in Syrian territory')."""
    if _LANGUAGE_AFTER.match(text, end):
        return True
    after = end
    while coordinated := _COORDINATED.match(text, after):
        after = coordinated.end()
    if text[start:end].lower() in LANGUAGES and _NOUN_USE.match(text, after):
        return True
    first = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
    before = text[max(0, start - 15):first.start() if first else start].split()[-1:]
    return bool(before) and before[0].lower() in _LANGUAGE_BEFORE and \
        bool(_CLAUSE_GO_ON.match(text, after) or _LANGUAGE_AFTER.match(text, after))


def _people(demonym: str, gazetteer: Gazetteer) -> bool:
    """'Syrians', 'Saudis': a plural demonym names people, where 'Syrian' qualifies a noun ('Swiss' is both)."""
    return demonym.endswith("s") and gazetteer.demonym(demonym[:-1]) is not None


def _supported(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    name = text[start:end]
    if name.isupper() and len(name.replace(".", "")) <= 3:  # "PA", "UN": only country and union abbreviations
        best = gazetteer.best(name, fuzzy=False)  # ... or a press abbreviation written with its periods ("S.C.", "B.C.")
        return best is not None and (best.place.kind in ("country", "continent") or gazetteer.is_abbreviation(name))
    if _CONTRACTION.search(name) or name.lower() in COMMON_WORDS and not name.isupper():
        return _owned_unit(text, start, end, gazetteer)  # "Cameroon's Northwest region"
    if name.lower() in _personal_names(text, gazetteer):
        return False  # "Bob Jones ... Jones said": a person's surname, not the town of Jones
    if _common_word(name, text) or _in_title_case_line(text, start):
        return _has_locative_cue(text, start) and not _sentence_initial(text, start) and _salient(name, gazetteer)
    best = gazetteer.best(name, fuzzy=False)
    if best is None:
        return _has_locative_cue(text, start) or bool(_FEATURE_AFTER.match(text[end:end + 20]))
    if best.place.landmark and best.place.feature_code in _SEAT_CODES:
        return _has_locative_cue(text, start)  # "at the White House"; "the White House said" is the institution
    if best.place.landmark:
        return not _SPEAKER_AFTER.match(text, end)  # "struck Hmeimim", "the Kakhovka dam": a site, named alone
    if _clipped_alternate(name, best) or best.match not in ("exact", "alias"):
        return _has_locative_cue(text, start)  # a clipped alternate or a near spelling ("Wal" ~ Waal) needs a cue
    if " admin" in text[end:end + 20] and best.place.kind not in _SALIENT_KINDS and \
            _ADMINISTRATION_AFTER.match(text, end):
        return False  # "the Bush administration", "the Clinton and Bush Jr administrations": presidents, not towns
    if _salient(name, gazetteer) or " " in name:
        return True
    if _SPEAKER_AFTER.match(text, end) and not _after_place_preposition(text, start):
        return False  # "Abbas said": a speaker (but "residents of Soran said" name a place)
    return _has_locative_cue(text, start) or bool(_FEATURE_AFTER.match(text[end:end + 20])) or \
        _road_end(text, start, end) or _FUEL_SITE_AFTER.match(text, end) is not None or \
        _RESIDENCE_BEFORE.search(text, max(0, start - 30), start) is not None and _RESIDENCE_AFTER.match(text, end) or \
        _RESIDENT_AFTER.match(text, end) is not None and _RESIDENT_BEFORE.search(text, max(0, start - 6), start) or \
        best.place.kind == "place" and best.place.population >= (50_000 if _sentence_initial(text, start) else 10_000) \
        or _MEASURED_BEFORE.search(text, max(0, start - 45), start) is not None  # "within about 10 km of Sudzha"


def _landmark(name: str, gazetteer: Gazetteer) -> bool:
    """Each mention of a landmark is judged alone: "at the White House" does not make "White House aides" a place."""
    if not gazetteer.has_name(name):  # cheap: most rejected words are no name at all
        return False
    found = gazetteer.lookup(name, limit=1, fuzzy=False)
    return bool(found) and found[0].place.landmark


def _clipped_alternate(name: str, best: Candidate) -> bool:
    """A short GeoNames alternate that clips a longer name ("Chen" for Chenzhou, "Li" for Lixian) or is
    written as an acronym ("AMLO" for Amloh) is mostly a person or an abbreviation, not that place; a
    transliteration ("Hama" for Ḩamāh) is not clipped."""
    if len(name) > 4 or best.match != "exact" or "." in name:
        return False
    key, primary = fold(name), fold(best.place.name)
    return key != primary and (len(primary) - len(key) >= 2 or (name.isupper() and len(name) == 4))


@lru_cache(maxsize=16384)  # asked several times per name and article, and of the same names across articles
def _salient(name: str, gazetteer: Gazetteer, *, bare_county: bool = True, own_name: bool = False) -> bool:
    """A country, province, continent, region or city of 100,000 people or more (``own_name``: known
    by this name itself or a curated alias, not only by a GeoNames alternate such as "Julia" for Plovdiv)."""
    best = gazetteer.best(name, fuzzy=False)
    if best is None:
        return False
    place = best.place
    if not bare_county and place.kind == "admin2" and fold(place.name) != fold(name):
        return False  # "Johnson" for Johnson County: as a speaker, the surname it is
    if (own_name or len(name) <= 2) and best.match != "alias" and fold(place.name) != fold(name):
        return False  # two letters are well known only as a curated alias ("UK"), not as "Ta" for Dazhou
    return place.kind in _SALIENT_KINDS or place.population >= _SALIENT_POPULATION


def _common_word(name: str, text: str) -> bool:
    """A capitalised word that is an English word: in the list, or written in lower case elsewhere."""
    if " " in name:
        return False
    lower = name.lower()
    return lower in COMMON_WORDS or lower in _lower_case_words(text)


@lru_cache(maxsize=16384)
def is_given_name(word: str, gazetteer: Gazetteer) -> bool:
    """A curated given name, or a common one of the census that names no well-known place: "abraham",
    "gladys" yes; "austin", "florence" no.  Judged per word when first met, so that a single
    article does not pay for the whole list."""
    return word in GIVEN_NAMES or word in census_given_names() and not _place_like(word.capitalize(), gazetteer)


def _given_and_surname(run: list[_Token], text: str, gazetteer: Gazetteer) -> bool:
    """Two words, a given name -- even a town's or a country's ("Brent Ching", "Chad Boyer", "Virginia
    Alexander") -- and a census surname that is no word of the text, no generic word of names and no well-known
    place: a person ("Paris High", "Jordan Valley", "Sam Houston State" are not)."""
    if len(run) != 2 or run[0].text.lower() not in paired_given_names() and run[0].text.lower() not in GIVEN_NAMES:
        return False
    surname = _split_modifier(run[1]).text
    surname = surname[:-2] if surname.endswith(("'s", "’s")) else surname
    lower = surname.lower()
    return lower in census_surnames() and lower not in _NAME_GENERICS and not _common_word(surname, text) and \
        lower not in _CALENDAR and not _salient(surname, gazetteer) and _known_prefix(run, text, gazetteer) is None \
        and not _FEATURE_AFTER.match(text[run[1].end:run[1].end + 20])


def _place_like(name: str, gazetteer: Gazetteer) -> bool:
    best = gazetteer.best(name, fuzzy=False)
    return best is not None and (best.place.kind in _SALIENT_KINDS or best.place.kind == "admin2" or
                                 best.place.population >= _PLACE_LIKE_POPULATION)


def _a_countrys_people(word: str, gazetteer: Gazetteer) -> bool:
    place = gazetteer.demonym(word)
    return place is not None and place.kind == "country"


def _found(pattern: re.Pattern, text: str, words: tuple[str, ...]):
    """Matches of a pattern that needs one of ``words``: a substring test skips most texts (a regex
    scan of a whole article costs ~60 µs)."""
    return pattern.finditer(text) if any(word in text for word in words) else ()


@lru_cache(maxsize=64)
def _personal_names(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Words of people's (and storms') names in the text, lower-cased: both words of 'Given Surname'
    pairs (see :func:`is_given_name`), surnames after a middle initial or name, names given with an
    age ("Lee Webb, 34,", "nine-year-old Georgia Stevens") or a role ("Campbell Davis, second
    secretary"), names after a title ("Judge Manning", "Sen. Harding"), kin and pseudonyms ("his wife,
    Julia,", "Noma (not her real name)") and storms ("Hurricane Maria")."""
    # Not across a paragraph's end: a headline's last word and the body's first are no one's two names ("Clashes
    # erupt near Victoria" / "Police said ...")
    text = _PARAGRAPH_BREAK.sub(" ¶ ", text)
    # Both words of "Lucy Lau": later "Lucy" alone is the girl, not the town.
    named = {name.lower() for m in _PERSON_NAME.finditer(text) if is_given_name(m.group(1).lower(), gazetteer)
             for name in m.groups()}
    named.update(m.group(1).lower() for m in _INITIALLED_SURNAME.finditer(text))  # "Marsha J. Moore"
    named.update(m.group(2).lower() for m in _TITLED_NAME.finditer(text) if m.group(1).lower() in _TITLES)
    named.update(name.lower() for m in _found(_STORM_NAMES, text, _STORM_WORDS) for name in m.groups() if name)
    named.update(name.lower() for m in _AGED_NAME.finditer(text) for name in m.groups() if name)
    named.update(name.lower() for m in _ROLE_APPOSITION.finditer(text) for name in m.groups())
    named.update(m.group(1).lower() for m in _found(_VICTIM, text, _VICTIM_WORDS))
    named.update(name.lower() for m in _found(_KIN_NAME, text, _KIN_WORDS) for name in m.groups()
                 if name and not _salient(name, gazetteer, own_name=True))  # "his son Jordan": Jordan stays
    named.update(m.group(1).lower() for m in _ONE_WORD_SPEAKER.finditer(text) if not
                 _after_place_preposition(text, m.start()) and not _salient(m.group(1), gazetteer, own_name=True))
    return frozenset(named)


@lru_cache(maxsize=64)
def _lower_case_words(text: str) -> frozenset[str]:
    """Words written in lower case somewhere in the text (computed once per article)."""
    return frozenset(_LOWER_WORD.findall(text))


def _in_title_case_line(text: str, start: int) -> bool:
    """Headlines capitalise every word, so capitals there prove nothing."""
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    line_end = text.find("\n", start, start + 300)
    if line_end < 0 or (line_start == 0 and start > 300):
        return False  # a headline is a short line of its own
    return _title_case(text[line_start:line_end])


@lru_cache(maxsize=256)
def _title_case(line: str) -> bool:
    """Most words capitalised (a line's names are checked one by one: count its words once)."""
    words = line.split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) / len(words) > 0.7


def _groups_listed(text: str, start: int) -> bool:
    """Named in a list a group noun opens ("two criminal gangs, Los Choneros and Los Lobos")."""
    before = text[max(0, start - 80):start]
    return "s, " in before and _GROUPS_LISTED.search(before) is not None  # (each noun ends in "s")


def _paired_groups(text: str, start: int, end: int) -> bool:
    """Two names a plural group noun closes ("the Los Choneros and Los Lobos gangs"): both are groups."""
    after = _GROUPS_PAIRED_AFTER.match(text, end)
    return after is not None and (" and " in after.group() or
                                  _AND_NAME_BEFORE.search(text, max(0, start - 40), start) is not None)


def _road_end(text: str, start: int, end: int) -> bool:
    """'the road between Diafarabe and Tenenkou': an end of a road (not "the road between Clairmont and North Druid
    Hills roads", roads by their names)."""
    return ROAD_ENDS.search(text, max(0, start - 60), start) is not None and not _ROADS_NAMED.match(text, end)


def _has_locative_cue(text: str, start: int) -> bool:
    before = text[max(0, start - 25):start].lower().split()
    bare = before[:-1] if before[-1:] == ["the"] else before
    if bare[-1:] and bare[-1] in _TAKEN_BEFORE or bare[-2:-1] and bare[-1] == "of" and bare[-2] in _OF_A_PLACE:
        return True  # "rebels seized Khanaser", "50 km north of Khanaser", "residents of Mirebalais fled"
    while before and before[-1] in ("the", "of", "northern", "southern", "eastern", "western", "central",
                                    "north", "south", "east", "west", "downtown", "nearby", "rural"):
        before.pop()
    return bool(before) and before[-1] in _LOCATIVE


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or not before.strip() and "\n" in text[max(0, start - 2):start] or \
        bool(re.search(r"[.!?\"“”]\s*$", before))


def _person_or_firm(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A one-word name followed by 'said' or 'tweeted' or closing a clause after 'said' (a speaker, even
    inside a list of places), or joined to another name by '&' (a firm), unless it is a well-known
    place ("Moscow said": the government) or the place of a speaker ("residents of Soran said")."""
    if " " in text[start:end] or _salient(text[start:end], gazetteer, bare_county=False):
        return False
    if _FIRM_JOIN.match(text[end:end + 4]) or _FIRM_JOINED.search(text[max(0, start - 4):start]):
        return True
    return not _after_place_preposition(text, start) and bool(
        _SPEAKER_AFTER.match(text, end) or
        _SPEAKER_BEFORE.search(text, max(0, start - 10), start) and _CLAUSE_END.match(text, end))


def _nickname(text: str, start: int, end: int) -> bool:
    """Quoted between a given name and a surname: 'Joaquin "El Chapo" Guzman', 'Ismael "El Mayo" Zambada'."""
    return text[start - 1:start] in ('"', "“", "‘") and _NICKNAME_AFTER.match(text, end) is not None and \
        _NICKNAME_BEFORE.search(text, max(0, start - 30), start) is not None


def _after_place_preposition(text: str, start: int) -> bool:
    """After a locative word, or after "of" ("residents of Soran"), which the locative cue skips."""
    return _has_locative_cue(text, start) or _OF_BEFORE.search(text, max(0, start - 4), start) is not None


def _in_list_with_accepted(index: int, found, verdicts, text: str) -> bool:
    for other in (index - 1, index + 1):
        if 0 <= other < len(found) and verdicts.get(other):
            a, b = sorted((found[index], found[other]))
            if _LIST_SEPARATOR.match(text[a[1]:b[0]]):
                return True
    return False


def _feature(text: str, start: int, end: int) -> str:
    after = _FEATURE_AFTER.match(text[end:end + 20])
    if after and not (after.group(1).lower() in ("city", "town", "village") and
                      _OF_NAME.match(text, end + after.end())):
        word = after.group(1).lower()
        # Nigeria's local government areas, Indonesia's regencies; "the Far'a refugee camp": a camp
        # ... and a favela ("the Penha favela complex") a neighbourhood
        return "district" if word in ("lga", "regency") or word.startswith("local") else \
            "camp" if word.endswith("camp") else "neighbourhood" if word.startswith("favela") else word
    units = _UNITS_AFTER.match(text, end) or APPOSED_FEATURE.match(text, end)  # "Khost and Paktika provinces"
    if units:
        return "neighbourhood" if units.groupdict().get("favelas") else units.group(1).lower()
    if _GOVERNOR_AFTER.match(text, end):
        return "state"
    before = text[max(0, start - 60):start]  # (most names have no road before them: skip the pattern)
    if ("road" in before or "highway" in before or "route" in before or "motorway" in before or "railway" in before) \
            and ROAD_ENDS.search(before) and not _ROADS_NAMED.match(text, end):
        return "town"  # "the road between Kayes and Bamako": the towns, not the regions of their names
    if _RIVER_CUE.search(text, max(0, start - 30), start) or text.startswith(" river", end):
        return "river"  # ... or "the front line along the Dnipro river"
    window = text[max(0, start - 40):start]
    before = _cue_before(window)
    if before and not re.search(r"[A-Z]\w*\s+$", window[:before.start()]):
        # (not "the Sadr City district of Baghdad": Sadr City's)
        cue = before.group(0).split()[0].lower()
        word = "county" if cue == "counties" else cue.rstrip("s")
        if word == "district" and _A_QUARTER_BEFORE.search(window, 0, before.start()):
            return ""  # "a residential district of Kharkiv": a part of the city, which is no district
        if cue in _UNITS_PLURAL and not _LIST_GOES_ON.match(text, end) and not window.rstrip().endswith(("and", ",")):
            return ""  # "several districts of Tripoli": parts of the city (but "the districts of Sirwah and Raghwan")
        return "unit" if word == "capital" else word  # "the capital of Basilan": a province or a country that has one
    listed = _LIST_TAIL.search(text, max(0, start - 80), start) if text.endswith(("and ", ", "), 0, start) else None
    cue = _cue_before(text, max(0, listed.start() - 40), listed.start()) if listed else None
    if cue is not None and cue.group(0).split()[0].lower() in _SETTLEMENTS_PLURAL:
        return cue.group(0).split()[0].lower().removesuffix("s")  # "the villages of Melovoi and Podol": each a village
    suffix = re.match(r"-(\w+)", text[end:end + 14])
    if suffix and suffix.group(1).lower() in MODIFIER_SUFFIXES:
        return "modifier"
    return ""

"""Word lists the stages share: common English words and given names, lower-cased.

Recognition uses them to reject capitalised words that are not places; resolution uses them
to find the place inside a longer name ("Liverpool" in "Liverpool Academy", not "Academy").
"""

from functools import lru_cache
from importlib import resources

COMMON_WORDS = frozenset("""a about above after again against all also although among an and another any are as at
back be because been before being below both but by can could did do does down during each either even every few
for from further had has have he her here hers him his how however i if in into is it its just last later least
less many may me meanwhile might more most much must my neither never new next no nor not now of off on once one
only or other our out over own per perhaps prior same several she should since so some still such than that the
their them then there these they this those though through thus to too under until up upon us very was we were
what when where whether which while who whom whose why will with within without would yet you your asked according
officials official state states government people police security forces troops fighters rebels army military
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
liberal liberals conservative conservatives christmas easter thanksgiving parkway region big time story forest
delta bank metro border ridge glacier pack october november december jan feb mar
apr jun jul aug sep sept oct nov dec today yesterday tomorrow earlier separate unofficial informed movement
opposition part mobile
president minister north south east west northern southern eastern western central city town village province
united national international islamic republic democratic federal royal old great little long mount lake river
bay sea gulf island islands cape port fort saint st sir lord lady general house white black red green blue
world war peace reform union party church university school hospital center centre street road avenue act section
day park hall lane valley hill court northeast northwest southeast southwest olympic god jesus christ lord bible
ocean sea market justice director commerce
college academy institute cathedral basilica castle harbor harbour township twp falls creek area conservation
plantation summit embassy airport station line
technology information communication communications science sciences engineering agriculture education health
finance development affairs resources energy environment industry trade transport transportation interior
culture tourism labour labor welfare housing planning
mr mrs ms dr sheriff chief judge mayor governor senator president officer detective deputy trooper coach pastor
grenade grenades mortar mortars rocket rockets drone drones blast blasts""".split())  # ("Grenade blasts hit rally")
# Common English given names: a capitalised word after one of these is a surname.
GIVEN_NAMES = frozenset("""james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
harold keith christian roger noah gerald carl terry sean arthur lawrence jesse dylan bryan joe billy
bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
johnny bob bill tom jim mike dave steve chris rick dan ed al ken tim ron fred ted mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice doris abigail julia judy grace denise
amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella rose alexis kayla
kristina sue jane kate liz meg jenny beth
vladimir boris sergei dmitry ben che anne
phillip craig shawn howard earl jimmy curtis glenn dean travis allen jay leonard lee stanley marvin victor
todd derek luis carlos manuel mario francisco ricardo miguel antonio alex jared joel troy randall barry
bernard leroy clarence francis tony danny jeff greg marcus clifford herbert ray frederick nathaniel mitchell
oscar leon lloyd melvin derrick darrell lance calvin jon max wesley neil ian gordon warren jimmie don rodney
ricky marc kurt seth chase cody brett ross spencer trevor devin darren cameron colin caleb luke isaac evan
hunter martin caroline kathy cindy tammy connie wendy tina lori tracy dawn rita sherry vicki peggy sylvia lucy
lois bonnie holly tiffany crystal erin monica vanessa erica gina sheila joanne yvonne leslie irene lillian
norma wanda paula phyllis ellen edith marjorie marlene kristen kristin kara courtney brooke jasmine alicia
brad nick matt jake josh pat sam andy nate rob doug phil wes vince hank""".split())
# Given names the press meets abroad that GeoNames also lists as another name of a well-known place ("Khalil" for
# Hebron, "Rashid" for Rosetta): followed by a name the gazetteer lacks, they begin a person's name.
GIVEN_NAMES_ALSO_PLACES = frozenset("khalil rashid ali hamid ahmad rania nadia sara hassan bello usman fatima hamza "
                                     "osman musa omar amina salah".split())

_CENSUS_FILES = ("dist.male.first", "dist.female.first")
_CENSUS_MIN_SHARE = 0.02  # per cent of people: about 1,050 names, the common ones
_CENSUS_MIN_SHARE_PAIRED = 0.002  # about 4,000 names: enough beside a surname (see census_surnames)
_CENSUS_SURNAME_RANKS = 20_000  # the 20,000 commonest surnames cover about 78 % of the people


@lru_cache(maxsize=2)
def census_given_names(min_share: float = _CENSUS_MIN_SHARE) -> frozenset[str]:
    """Given names held by at least ``min_share`` per cent of the people of the 1990 US census (the lists the
    ``names`` package ships), lower-cased.  Many are also places ("Austin", "Florence"): callers filter them.

    >>> "abraham" in census_given_names() and "dilan" not in census_given_names()
    True
    >>> "nigel" in census_given_names(_CENSUS_MIN_SHARE_PAIRED) and "nigel" not in census_given_names()
    True
    """
    found = set()
    for name in _CENSUS_FILES:
        for line in resources.files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2 and float(fields[1]) >= min_share:
                found.add(fields[0].lower())
    return frozenset(found)


def paired_given_names() -> frozenset[str]:
    """Given names common enough to make a person of a pair with a census surname ("Nigel Clough")."""
    return census_given_names(_CENSUS_MIN_SHARE_PAIRED)


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """The 20,000 commonest surnames of the 1990 US census, lower-cased.  Many are English words or place
    words too ("Hill", "Ford", "Park"): callers filter them.

    >>> {"ching", "boyer", "hill"} <= census_surnames() and "aleppo" not in census_surnames()
    True
    """
    found = set()
    for line in resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 4 and int(fields[3]) <= _CENSUS_SURNAME_RANKS:
            found.add(fields[0].lower())
    return frozenset(found)

# Demonyms that also name a language: "English is the main language" is no mention of England.
LANGUAGES = frozenset("""english french spanish portuguese german dutch italian russian ukrainian polish czech
greek turkish chinese japanese korean vietnamese thai swedish danish norwegian finnish hungarian romanian
bulgarian serbian croatian albanian hebrew persian somali swahili""".split())

# Words that open Arabic and Hebrew place names and are no place alone: "Ain Issa", "Khan Tuman",
# "Tal Abyad", "Kfar Aza".  Recognition keeps them with the word after them.
TOPONYM_PREFIXES = frozenset("""ain ayn abu bab beit bait bir deir dayr hayy jabal jebel jabel jisr kafr kfar khan
khirbet khirbat marj mazraat maarat maaret maarrat nahr qasr qalaat ras sheikh shaykh tal tall tel tell umm wadi
givat kiryat ramat mitzpe neve""".split())

"""Small text utilities shared by the stages: sentences, paragraphs, numbers in words."""

from __future__ import annotations

import re
from re import _constants as _sre, _parser  # the parser the re module compiles with (Python >= 3.11)
from typing import TypeVar

from .lexicon import GIVEN_NAMES, census_given_names

S = TypeVar("S")  # any object with start and end offsets

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# "BOGOTA, April 7 -", "GOMA, Congo, Jan. 26 (Reuters) -", "EL FASHER, Sudan (Oct 2) -", "LONDON, May 3 (Thomson
# Reuters Foundation) -", "BEIRUT (Oct 16) -": where and when a story was filed (group 1 the day)
DATELINE = re.compile(rf"\b[A-Z]{{3,}}[A-Z .'-]*(?:,(?:\s[\w .'-]+?,?)?\s+\(?|\s+\()"
                      rf"((?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?\s+\d{{1,2}})\)?\s*"
                      rf"(?:\(\w+(?: \w+){{0,3}}\)\s*)?[-–—]")
# ... and one without a day: "KYIV, Ukraine (AP) --", "GAZA (Reuters) -"
DATELINE_UNDATED = re.compile(r"[A-Z]{3,}[A-Z .'-]*(?:,\s[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3})?\s*"
                              r"(?:\(\w+(?: \w+){0,3}\)\s*)?[-–—]+\s")
# "on the highway to Damascus", "the main road from Dakar", "the road linking Khartoum to Darfur": a town a road is
# named by, which is no place of what happened on it nor the subject of a distance
ROAD_TO = re.compile(r"\b(?:road|highway|route|railway|motorway)\s+(?:to|from|towards?|linking\s+\w+\s+(?:to|with|and))"
                     r"\s+(?:the\s+)?$")
# "the road between Kayes and Bamako", "the highway linking A to B": the ends of a road (before either of them)
ROAD_ENDS = re.compile(r"\b(?:road|highway|route|railway|motorway)\s+(?:between|linking|connecting|from)\s+"
                       r"(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:and|to|with)\s+)?$")
# "the border with Niger", "the borders with Mali and Burkina Faso": countries named for their border
BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|and|or)[\s,]+)*$")
# "Washington said", "as Moscow presses attacks", "Moscow's forces": a capital standing for its state, no town told of
CAPITAL_ACTS = re.compile(r"(?:\s+(?:(?:has|have|had)\s+)?(?:said|says|told|presse[sd]|pushe[sd]|wants|insist(?:s|ed)|"
                          r"accus(?:es|ed)|warn(?:s|ed)|den(?:ies|ied)|claim(?:s|ed)|launch(?:es|ed)|sent|sends)|"
                          r"['’]s\s+(?:forces|troops|army|military|soldiers|offensive|assault|invasion|war))\b")
# "the Algerian border", "on China border" (not "the border crossing", "a border town"): a country named for its border
BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:crossing|post|town|village))")
# What the text calls a part of a town ("the Dniprovskyi district", "the Zeitoun neighbourhood")
TOWN_PARTS = frozenset({"area", "district", "neighbourhood", "neighborhood", "quarter", "suburb"})
DIRECTION_ALONE_KM = 25  # how far "west of Sweida city", a direction with no distance, is taken to put a place
# "Zike, a farming village in ...", "Chittagong, the country's second-largest city": what an apposition calls a name
# (and no person's name: "Al Getaina, a town about 90 km south of Khartoum")
APPOSED_FEATURE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                             r"(village|town|city|suburb|camp|settlement)\b")
# A ship, whose position a report gives at sea
VESSEL = re.compile(r"\b(?:ships?|vessels?|carriers?|tankers?|freighters?|boats?)\b", re.I)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt capt maj rep sen gov pres st mt ft jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs etc inc corp co ltd jr sr u.s u.k u.n e.g i.e approx est".split())
_LAST_WORD = re.compile(r"([\w.]+)\W*$")
# "Harry S. Truman": the given name before a middle initial
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WORD_WINDOW = 24  # longer than any abbreviation: the look-back need not scan the whole sentence
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*")
# ", Novenky", " and Viktorovka": a capitalised name listed after another (see list_end)
_LISTED_NAME = re.compile(r"(,\s+|,?\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; paragraph breaks always end a sentence.

    >>> t = "Gen. Smith left Hama. He went to Homs.\\n\\nNew paragraph"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Gen. Smith left Hama.', 'He went to Homs.', 'New paragraph']
    """
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        dot = match.start()
        if match.group(0).startswith(".") and abbreviation_before(text, dot, start):
            continue
        _append_trimmed(spans, text, start, end)
        start = end
    _append_trimmed(spans, text, start, len(text))
    return spans


def abbreviation_before(text: str, dot: int, start: int = 0) -> bool:
    """Whether the word ending at the period ``dot`` (and not before ``start``) is an abbreviation ("Gen.", "U.S.").

    >>> abbreviation_before("The U.S. military", 7), abbreviation_before("in Iraq. The", 7)
    (True, False)
    >>> abbreviation_before("the carrier Harry S. Truman", 19), abbreviation_before("in Area C. Troops", 9)
    (True, False)
    """
    word = _LAST_WORD.search(text, max(start, dot - _WORD_WINDOW), dot + 1)
    if not word:
        return False
    if len(word.group(1)) == 2 and word.group(1)[0].isupper():  # a middle initial: "Harry S. Truman"
        given = _GIVEN_BEFORE.search(text, max(start, word.start(1) - _WORD_WINDOW), word.start(1))
        return given is not None and (given.group(1).lower() in GIVEN_NAMES or
                                      given.group(1).lower() in census_given_names())
    return word.group(1).rstrip(".").lower() in _ABBREVIATIONS


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORD = r"(?:(?:" + "|".join(sorted(list(_UNITS) + list(_TENS) + list(_SCALES) + ["a", "and", "half"], key=len, reverse=True)) + r")[\s-]*)+"


def words_to_number(words: str) -> float | None:
    """'seventy-seven' -> 77, 'two hundred' -> 200, 'a dozen' -> 12; None when not a number.

    >>> words_to_number("seventy-seven"), words_to_number("eight"), words_to_number("one and a half")
    (77, 8, 1.5)
    >>> words_to_number("half-million"), words_to_number("two and a half million")
    (500000, 2500000)
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t]
    if tokens == ["a", "dozen"] or tokens == ["dozen"]:
        return 12
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            current = (current or 1) * _SCALES[token]  # ("half a million": 500,000)
            if _SCALES[token] >= 1000:
                total, current = total + current, 0
        elif token == "half":
            current += 0.5
        elif token in ("and", "a"):
            continue
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return int(value) if value == int(value) else value


def parse_number(text: str) -> float | None:
    """Digits ('8.5', '1,200') or words ('eight')."""
    cleaned = text.replace(",", "").strip()
    try:
        value = float(cleaned)
    except ValueError:
        return words_to_number(text)
    return int(value) if value == int(value) else value


def list_end(text: str, end: int) -> int:
    """Where the list of capitalised names a name ending at ``end`` opens ends ("Lebedevka, Novenky and Viktorovka,
    all within ...": after Viktorovka), if it goes on to an "and"; else ``end``.

    >>> t = "retook Lebedevka, Novenky and Viktorovka, all within 10 km of Sudzha"
    >>> t[:list_end(t, t.find(",", 6))]
    'retook Lebedevka, Novenky and Viktorovka'
    """
    after, joined = end, False
    while (listed := _LISTED_NAME.match(text, after)) is not None:
        after, joined = listed.end(), "and" in listed.group(1)
    return after if joined else end


def listed_before(text: str, spans: list[S]) -> list[S]:
    """The last of ``spans`` and those listed with it just before ("A, B and C" -> A, B, C; spans in text order).

    >>> from types import SimpleNamespace as Span
    >>> t = "Rebels took Idlib. Halfaya, Soran and Hama fell."
    >>> spans = [Span(start=t.find(n), end=t.find(n) + len(n)) for n in ("Idlib", "Halfaya", "Soran", "Hama")]
    >>> [t[s.start:s.end] for s in listed_before(t, spans)]
    ['Halfaya', 'Soran', 'Hama']
    """
    chosen = [spans[-1]]
    for previous in reversed(spans[:-1]):
        if not _LISTED.fullmatch(text, previous.end, chosen[0].start):
            break
        chosen.insert(0, previous)
    return chosen


_ZERO_WIDTH = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})
_REPEATS = frozenset({_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT})
_DIGITS = "\\d"  # a class's digits stay Unicode digits, as the pattern's \d are
_GUARD_MAX = 20  # a look-ahead of more characters than this rules out too little to pay
# A look-ahead of a match's first three characters lets by far fewer words than one of its first letter (the events'
# triggers: their scan twice as fast); more than this many such strings cost more than they save
_PREFIX_LENGTH, _PREFIXES_MAX = 3, 400


def first_chars(pattern: str, flags: int = 0) -> str:
    """The body of a character class holding every character a match of ``pattern`` can begin with; ""
    when that is no short list (a class such as \\w, any character, a pattern that can match nothing).

    >>> first_chars(r"\\b(?:re-?captured|retook|(?:took|won) back)\\b")
    'rtw'
    >>> first_chars(r"(?:guided )?bombs?"), first_chars(r"\\d+ km|,\\s*north"), first_chars(r"\\w+ing")
    ('bg', ',\\\\d', '')
    """
    if flags & re.VERBOSE:
        return ""  # a look-ahead put before a verbose pattern could end up inside its last comment
    chars, may_be_empty = _first_of(_parser.parse(pattern, flags))
    if chars is None or may_be_empty or len(chars) > _GUARD_MAX:
        return ""
    return "".join(c if c == _DIGITS else re.escape(c) for c in sorted(chars))


def first_strings(pattern: str) -> set[str] | None:
    """Every string of ``_PREFIX_LENGTH`` characters (or fewer, where a match ends sooner) a match of ``pattern``
    can begin with; None when that is no short list (a class such as \\w or \\d, a pattern that can match nothing).

    >>> sorted(first_strings(r"\\b(?:re-?captured|retook|(?:took|won) back)\\b"))
    ['re-', 'rec', 'ret', 'too', 'won']
    >>> first_strings(r"km|\\d+ km"), first_strings(r"(?:big )?")
    (None, None)
    """
    strings = _strings_of(_parser.parse(pattern), {""})
    return None if strings is None or "" in strings else strings


def lookahead(pattern: str) -> str:
    """A look-ahead of the strings (or else the characters) a match of ``pattern`` can begin with, to put
    before one rule of an alternation matched at the starts of words: the engine then tries the rule at far
    fewer words than its first letter lets by (but with re.I, whose case-blind letters the engine cannot
    pass over at once, such a look-ahead costs more than the pattern; ``guarded`` is for those).

    >>> lookahead(r"(?:guided )?bombs?"), lookahead(r"\\d+ km|,\\s*north"), lookahead(r"\\w+ing")
    ('(?=(?:bom|gui))', '(?=[,\\\\d])', '')
    """
    strings = first_strings(pattern)
    if strings:
        return f"(?={any_of(strings)})"
    chars = first_chars(pattern)
    return f"(?=[{chars}])" if chars else ""


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled behind a look-ahead of the characters it can begin with: the regex engine, which
    otherwise tries every alternative at every position of a search, then passes most positions at once.

    >>> guarded(r"\\bkm\\b|\\d+\\s*m\\b", re.I).pattern
    '(?=[\\\\dk])(?:\\\\bkm\\\\b|\\\\d+\\\\s*m\\\\b)'
    """
    chars = first_chars(pattern, flags)
    return re.compile(f"(?=[{chars}])(?:{pattern})" if chars else pattern, flags)


def _strings_of(items, heads: set[str] | None) -> set[str] | None:
    """``heads``, each followed by what a parsed sequence can begin with, cut at ``_PREFIX_LENGTH``; None (as
    ``heads`` may be) for no short list: beginnings too many, or not a list of characters."""
    for op, arg in items:
        if heads is None or all(len(head) >= _PREFIX_LENGTH for head in heads):
            break
        if op in _ZERO_WIDTH:
            continue  # (a look-around only narrows what follows: passing it over keeps every beginning)
        if op is _sre.LITERAL:
            heads = _joined(heads, {chr(arg)})
        elif op is _sre.IN:
            heads = _joined(heads, _class_chars(arg))
        elif op is _sre.SUBPATTERN and not (arg[1] | arg[2]) & re.IGNORECASE:  # (not a case-blind "(?i:in)")
            heads = _strings_of(arg[3], heads)
        elif op is _sre.BRANCH:
            branches = [_strings_of(branch, heads) for branch in arg[1]]
            heads = None if None in branches else set().union(*branches)
        elif op in _REPEATS:
            heads = _repeated(arg, heads)
        else:
            heads = None
        if heads is not None and len(heads) > _PREFIXES_MAX:
            heads = None
    return heads


def _repeated(arg, heads: set[str]) -> set[str] | None:
    """``heads`` followed by ``low`` to ``high`` repetitions of a body (no more than can reach the length)."""
    low, high, body = arg
    found, current = set(), heads
    for count in range(min(high, _PREFIX_LENGTH) + 1):
        if count >= low:
            found |= current
        current = _strings_of(body, current)
        if current is None:
            return None
    return found | current if high > _PREFIX_LENGTH else found


def _joined(heads: set[str], chars: set[str] | None) -> set[str] | None:
    if chars is None:
        return None
    return {head if len(head) >= _PREFIX_LENGTH else head + char for head in heads for char in chars}


def _class_chars(items) -> set[str] | None:
    chars = set()
    for kind, value in items:
        if kind is _sre.LITERAL:
            chars.add(chr(value))
        elif kind is _sre.RANGE and value[1] - value[0] < _GUARD_MAX:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars


def _first_of(items) -> tuple[set[str] | None, bool]:
    """(characters a parsed sequence can begin with -- None for any --, whether it can match nothing)."""
    found: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            return found | {chr(arg)}, False
        if op is _sre.IN:
            for kind, value in arg:
                if kind is _sre.LITERAL:
                    found.add(chr(value))
                elif kind is _sre.RANGE:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                    found.add(_DIGITS)
                else:
                    return None, False
            return found, False
        if op is _sre.SUBPATTERN and not (arg[1] | arg[2]) & re.IGNORECASE:  # (not a case-blind "(?i:in)")
            branches, optional = [arg[3]], False
        elif op is _sre.BRANCH:
            branches, optional = arg[1], False
        elif op in _REPEATS:
            branches, optional = [arg[2]], arg[0] == 0
        else:
            return None, False
        for branch in branches:
            chars, empty = _first_of(branch)
            if chars is None:
                return None, False
            found |= chars
            optional = optional or empty
        if not optional:
            return found, False
    return found, True


def any_of(words) -> str:
    """A pattern matching any of ``words``, the longest first where several begin at one place -- as a sorted
    alternation would, but shaped as a tree of their shared beginnings, so the regex engine tries each character
    once instead of every word in turn (the lexicon's groups: three times faster).

    >>> any_of(["M23", "Hamas", "Hezbollah", "Hamas movement"])
    '(?:H(?:amas(?:\\\\ movement)?|ezbollah)|M23)'
    >>> re.match(any_of(["al", "al-Shabaab"]), "al-Shabaab fighters").group()
    'al-Shabaab'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    ends, branches = "" in node, [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body

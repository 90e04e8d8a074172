import re

from geomap.text import (DATELINE, first_chars, first_strings, guarded, lookahead, parse_number, split_sentences,
                         words_to_number)


def _sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence():
    text = "Lt. Col. Ward reached the U.S. base at 9 a.m. on Monday. St. Mary's church stood empty."
    assert _sentences(text) == ["Lt. Col. Ward reached the U.S. base at 9 a.m. on Monday.",
                                "St. Mary's church stood empty."]


def test_a_middle_initial_after_a_given_name_does_not_end_a_sentence():
    text = "Missiles were fired at the carrier Harry S. Truman in the Red Sea. Troops entered Area C. Residents fled."
    assert _sentences(text) == ["Missiles were fired at the carrier Harry S. Truman in the Red Sea.",
                                "Troops entered Area C.", "Residents fled."]  # had been split after "Harry S."


def test_a_long_word_ending_like_an_abbreviation_still_ends_the_sentence():
    text = "The convoy crossed at the Mediterraneanmost point. It turned back at dawn."
    assert _sentences(text) == ["The convoy crossed at the Mediterraneanmost point.", "It turned back at dawn."]
    text = "Aid reached the hospital of Sultanahmetmarketst. Donors met later."
    assert len(_sentences(text)) == 2


def test_paragraph_breaks_and_quotes_end_sentences():
    text = 'He said "we will stay." Then he left.\n\nA new paragraph'
    assert _sentences(text) == ['He said "we will stay."', "Then he left.", "A new paragraph"]


def test_numbers_in_words_and_digits():
    assert words_to_number("two hundred and five") == 205
    assert words_to_number("a dozen") == 12
    assert words_to_number("several") is None
    assert parse_number("1,200") == 1200 and parse_number("8.5") == 8.5 and parse_number("eight") == 8


def test_first_chars_cover_every_match_or_say_nothing():
    text = ("Government troops recaptured the hilltop at dawn; warplanes hit two depots, guided bombs fell on a "
            "market 12 km away and the rebels won back a bridge, north of the dam. Nobody knew who had taken it.")
    for pattern in (r"\b(?:re-?captured|retook|(?:took|won) back)\b", r"(?:guided |aerial )?bombs?",
                    r"(?:had|has|was) taken(?! to)", r"(?:war)?planes? (?:hit|struck)", r"\d+\s*km\b|,\s*north"):
        chars = first_chars(pattern)
        matches = list(re.finditer(pattern, text))
        assert chars and matches and all(re.match(f"[{chars}]", m.group()) for m in matches)
    assert first_chars(r"(?:guided )?bombs?") == "bg" and first_chars(r"\d+ km|,\s*north") == ",\\d"
    # A class of any word character, any character, or a pattern that can match nothing: no list
    assert first_chars(r"\w+ing") == first_chars(r".ship") == first_chars(r"(?:big )?") == ""
    assert first_chars("|".join("abcdefghijklmnopqrstuvwxyz")) == ""  # too many to rule much out
    assert first_chars(r"(?i:in|during) may") == ""  # a group of its own case rules: "In May" begins with "I"


def test_first_strings_begin_every_match_or_say_nothing():
    text = ("troops re-captured the hilltop and retook a bridge; rebels won back a ridge, took back two posts, shot "
            "three men and shelled the depots at dawn, firing on a convoy near km 12.")
    for pattern in (r"\b(?:re-?captured|retook|(?:took|won) back)\b", r"(?<=rebels )won|(?:shot|shelled) (?:\w+ )?",
                    r"(?:fir(?:ed|ing) )+on|(?:a|the) (?:[a-c]\w*|depots?)", r"t(?:o|oo)k(?: back)?"):
        strings = first_strings(pattern)
        matches = list(re.finditer(pattern, text))
        assert strings and matches and all(m.group().startswith(tuple(strings)) for m in matches)
        assert all(len(s) == 3 or re.fullmatch(pattern, s) for s in strings)  # shorter only where a match ends
    assert sorted(first_strings(r"t(?:o|oo)k(?: back)?")) == ["tok", "too"]
    # A class of any word character or digit, a pattern that can match nothing, beginnings too many: no list
    assert first_strings(r"\w+ing") is first_strings(r"\d+ km") is first_strings(r"(?:big )?") is None
    assert first_strings("[a-z]{3}") is None
    assert first_strings(r"(?i:in|during) may") is None and re.match(r"(?i:in|during) may", "In may")


def test_rules_behind_their_lookaheads_match_as_the_bare_alternation_does():
    rules = [r"(?:heavy )?fighting\b", r"(?:shot|shelled) (?:\w+ )?(?:men|depots)", r"\w+ed the (?:town|depots)",
             r"(?<=rebels )won back", r"fi(?:red|ring) on", r"(?:re-?)?captured"]
    text = ("After heavy fighting the rebels won back Soran; troops shelled the depots, shot three men and "
            "re-captured the town, firing on a convoy as others stormed the town and captured Halfaya.")
    bare = re.compile(r"\b(?:" + "|".join(f"(?P<r{i}>{rule})" for i, rule in enumerate(rules)) + ")")
    ahead = re.compile(r"\b(?:" + "|".join(f"{lookahead(rule)}(?P<r{i}>{rule})" for i, rule in enumerate(rules))
                       + ")")
    assert ahead.pattern.count("(?=") == 5  # the rule of any word ("\w+ed") keeps none
    found = [(m.lastgroup, m.group()) for m in ahead.finditer(text)]
    assert found == [(m.lastgroup, m.group()) for m in bare.finditer(text)]
    assert found == [("r0", "heavy fighting"), ("r3", "won back"), ("r1", "shelled the depots"),
                     ("r1", "shot three men"), ("r5", "re-captured"), ("r4", "firing on"), ("r2", "stormed the town"),
                     ("r5", "captured")]


def test_a_guarded_pattern_finds_what_the_pattern_finds():
    text = "Shelling hit Kupiansk, 12 km (7 miles) from the border, and Balakliia, north of Izium; a Metro line was cut."
    for pattern, flags in ((r"\b(?:km|kms|mi)\b|\d\s*-?\s*(?:km|m)\b|\bmiles?\b", re.I),
                           (r"(?:,\s*|\b(?:lies|is)\s+)(?:north|south)\s+of\s+", re.I), (r"\b(?:hit|cut)\b", 0)):
        plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
        assert fast.pattern != pattern and [m.span() for m in fast.finditer(text)] == \
            [m.span() for m in plain.finditer(text)] != []


def test_a_verbose_pattern_is_left_unguarded():
    pattern = "  km   # the unit\n  | miles"
    assert guarded(pattern, re.X).pattern == pattern and guarded(pattern, re.X).search("30 miles")


def test_a_dateline_with_an_agency_of_several_words_gives_its_day():
    for line, day in (("LONDON, May 3 (Thomson Reuters Foundation) - Aid agencies said", "May 3"),
                      ("GOMA, Congo, Jan. 26 (Reuters) - Rebels said", "Jan. 26"),
                      ("BOGOTA, April 7 - Police", "April 7")):
        assert DATELINE.search(line).group(1) == day  # the first had matched no dateline


def test_half_a_scale_is_half_of_it():
    assert (words_to_number("half-million"), words_to_number("two and a half million")) == (500_000, 2_500_000)
    # had been a million: "half" below the scale word counted as one

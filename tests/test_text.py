from geomap.text import parse_number, split_sentences, words_to_number


def _sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence():
    text = "Lt. Col. Ward reached the U.S. base at 9 a.m. on Monday. St. Mary's church stood empty."
    assert _sentences(text) == ["Lt. Col. Ward reached the U.S. base at 9 a.m. on Monday.",
                                "St. Mary's church stood empty."]


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

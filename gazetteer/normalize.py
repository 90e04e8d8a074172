"""Name keys: how two spellings of one place are made to meet.

Two keys are derived from every name:

* :func:`fold` -- the *exact* key: case, diacritics, apostrophes (``'`` ``’``
  ``ʿ`` ``ʾ``), hyphens and punctuation removed.  ``"Ḩamāh"`` and ``"hamah"``
  share it.
* :func:`skeleton` -- the *loose* key for transliteration variants: Arabic
  articles dropped, tell/tall/tel/tal unified, vowels dropped, doubled
  letters collapsed.  ``"Khanaser"`` and ``"Khanāşir"`` share it, as do
  ``"Tel Rifaat"`` and ``"Tall Rif'at"``.

>>> fold("Ḩamāh")
'hamah'
>>> skeleton("Tel Rifaat") == skeleton("Tall Rif'at")
True
>>> skeleton("Hodeidah") == skeleton("Al Ḩudaydah")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_APOSTROPHES = "'’‘ʼʻʿʾ`´ʹ′"
_SPECIAL = str.maketrans({
    "ı": "i", "ß": "ss", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae",
    "œ": "oe", "þ": "th", "ħ": "h", "ŧ": "t", "ŀ": "l",
    **{c: "" for c in _APOSTROPHES},
})
_NON_WORD = re.compile(r"[^\w]+")
_LETTERS_AND_SPACES = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")  # three names in four: the key is just lower case
# Combining marks (accents, Arabic and Hebrew vowel points) dropped, special letters mapped.
_PLAIN = {**{cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}, **_SPECIAL}
# Arabic definite article as transliterated by the press and by GeoNames.
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ul", "ed", "es", "et", "er", "en", "ez"})
_TELL = frozenset({"tell", "tall", "tel", "tal", "til"})
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_LETTER_EQUIV = (("ph", "f"), ("dj", "j"), ("q", "k"), ("c", "k"), ("w", "v"))


def memo(limit: int) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    """Cache a str -> str function in a plain dict, emptied when it reaches ``limit`` entries.

    Cheaper than ``lru_cache`` on a hit, and a dict of strings gives the garbage collector
    nothing to traverse (lru_cache keeps one tracked list per entry: 200,000 of them made
    every full collection slow down the look-ups that filled them).
    """
    def decorate(function: Callable[[str], str]) -> Callable[[str], str]:
        cache: dict[str, str] = {}

        def cached(text: str) -> str:
            result = cache.get(text)  # not try/except: raising KeyError on a miss costs more than the look-up
            if result is None:
                if len(cache) >= limit:
                    cache.clear()
                result = cache[text] = function(text)
            return result

        cached.__doc__, cached.__name__, cached.__wrapped__ = function.__doc__, function.__name__, function
        return cached

    return decorate


@memo(200_000)
def fold(text: str) -> str:
    """Exact-match key: lower case, no diacritics, no apostrophes, single spaces."""
    if _LETTERS_AND_SPACES.fullmatch(text):
        return text.lower()
    if text.isascii():  # nothing to decompose
        return " ".join(_NON_WORD.sub(" ", text.lower().replace("'", "").replace("`", "")).replace("_", " ").split())
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold().translate(_SPECIAL))
    return " ".join(_NON_WORD.sub(" ", decomposed.translate(_PLAIN)).replace("_", " ").split())


@memo(200_000)
def strip_articles(folded: str) -> str:
    """Drop Arabic article tokens ("al", "el", "ash" ...) unless that empties the name."""
    tokens = folded.split()
    kept = [t for t in tokens if t not in ARTICLES]
    if kept and len(kept) < len(tokens):
        return " ".join(kept)
    return folded


def _skeleton_token(token: str) -> str:
    if token in _TELL:
        return "tl"
    for old, new in _LETTER_EQUIV:
        token = token.replace(old, new)
    if len(token) > 2 and token.endswith("h") and token[-2] in "aeiouy":
        token = token[:-1]
    token = _DOUBLED.sub(r"\1", token)
    return _VOWELS.sub("", token) or token[:1]


@memo(200_000)
def skeleton(text: str) -> str:
    """Loose key for transliteration variants; compare candidates further by similarity."""
    folded = strip_articles(fold(text))
    if not folded or not folded.isascii():
        return folded
    return " ".join(_skeleton_token(t) for t in folded.split())

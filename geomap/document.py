"""The document model: one :class:`Article` holding its text and the spans every stage adds.

Offsets are character offsets into ``Article.text`` (end exclusive), so any
span can be checked against the text it claims to cover.

>>> a = Article(id="a1", text="Fighters entered Hama.")
>>> m = a.add_mention(17, 21)
>>> m.text, a.text[m.start:m.end]
('Hama', 'Hama')
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from gazetteer import Place

from .text import split_sentences


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Mention(Span):
    """A place name as written.  ``place`` stays None when it could not be resolved."""

    kind: str = "toponym"  # "toponym", "demonym" or "reference" ("the capital": a place referred to, not named)
    feature: str = ""  # feature word from the text: "province", "village", ...
    place: Place | None = None
    why: str = ""
    score: float | None = None
    estimated_radius_km: float | None = None  # set when the point was estimated from claims
    approximate: bool = False  # the point is that of the town the place lies in ("Royal Street" at New Orleans)

    @property
    def resolved(self) -> bool:
        return self.place is not None

    @property
    def located(self) -> bool:
        """Resolved to a point of its own, not only approximately to a town's."""
        return self.place is not None and not self.approximate


@dataclass
class Subject:
    """What a claim says lies at the stated distance, with what was computed for it."""

    mention: Mention
    computed_km: float | None = None
    bearing_deg: float | None = None
    border_point: tuple[float, float] | None = None  # where a border claim's distance is measured from
    verdict: str = "unverifiable"
    reason: str = ""


@dataclass
class Claim(Span):
    """A stated distance or direction relative to an anchor place."""

    value: float | None = 0.0  # None for a direction alone ("north of Hama")
    value_high: float | None = None  # ranges: "20 to 25 km"
    unit: str | None = "km"
    stated_km: float | None = 0.0
    stated_km_high: float | None = None
    qualifier: str | None = None
    direction: str | None = None
    anchor: Mention | None = None
    between: Mention | None = None  # "halfway between Bakhmut and Pokrovsk": the second place (the anchor the first)
    border: tuple[str, ...] | None = None  # "the Turkish border": the country codes, the anchor names the first
    subjects: list[Subject] = field(default_factory=list)
    subject_kind: str = "none"  # "named", "anaphor" ("the city ..."), "passage" or "none"
    alt_value: float | None = None  # the second unit of "10 kilometers (6 miles)"
    alt_unit: str | None = None
    units_agree: bool | None = None
    verdict: str = "unverifiable"
    tolerance_km: float | None = None
    reason: str = ""


# ACLED's event types of political violence (not protests, riots or developments)
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass
class Event:
    """One event record, ACLED-typed, linked to the mention where it happened."""

    sentence: Span
    trigger: Span
    event_type: str
    sub_event_type: str
    disorder_type: str
    location: Mention | None = None
    location_text: str = ""
    geo_precision: int | None = None
    event_date: str | None = None
    time_precision: int | None = None
    actor1: str = ""
    actor2: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    inter2: int | None = None
    fatalities: int = 0
    civilian_targeting: str = ""
    notes: str = ""
    event_id: str = ""
    sources: list[str] = field(default_factory=list)
    point: tuple[float, float] | None = None  # (lat, lon) used on the map
    area: Mention | None = None  # the unit that gives the point of a location the gazetteer lacks
    general: bool = False  # typed from a general word ("strikes hit"): a specific report of it says more

    @property
    def violent(self) -> bool:
        """A battle, a strike or bombing, or an attack on civilians (not a protest or a development)."""
        return self.event_type in VIOLENT_TYPES


_start = attrgetter("start")


@dataclass
class Article:
    """One news article and everything found in it."""

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date from metadata or --date
    date_hint: str | None = None  # a weak hint, e.g. a photo caption's date
    url: str = ""
    source: str = ""  # file the article came from
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    _sentences: list[Span] | None = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def add_mention(self, start: int, end: int, **fields) -> Mention:
        mention = Mention(start, end, self.text[start:end], **fields)
        self.mentions.append(mention)
        return mention

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in [start, end), found by bisection (recognition leaves them in text order).

        >>> a = Article(id="a", text="Hama. Soran and Homs.")
        >>> _ = [a.add_mention(s, e) for s, e in ((0, 4), (6, 11), (16, 20))]
        >>> [m.text for m in a.mentions_in(5, 21)]
        ['Soran', 'Homs']
        """
        mentions = self.mentions
        return mentions[bisect_left(mentions, start, key=_start):bisect_left(mentions, end, key=_start)]

    def sentences(self) -> list[Span]:
        """Sentence spans, computed once (cheap rule-based splitter)."""
        if self._sentences is None:
            self._sentences = [self.span(s, e) for s, e in split_sentences(self.text)]
        return self._sentences

    def story_town(self) -> Mention | None:
        """The town the article names most, if it names one more than once and more often than any other.

        >>> hama = Place(170063, "Hama", 35.13, 36.76, "SY", "10", "Hama", "P", "PPLA", 696863, "test")
        >>> a = Article(id="a", text="Hama. Hama. Homs.")
        >>> first = a.add_mention(0, 4, place=hama)
        >>> a.story_town() is None  # named once
        True
        >>> second = a.add_mention(6, 10, place=hama)
        >>> a.story_town() is first
        True
        """
        towns = Counter(m.place for m in self.mentions if m.kind == "toponym" and m.located and m.place.kind == "place")
        ranked = towns.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return next(m for m in self.mentions if m.kind == "toponym" and m.located and m.place == ranked[0][0])

    def body_story_town(self) -> Mention | None:
        """The story's town, unless it is so only by its dateline ("PORT-AU-PRINCE, Oct 4 -", then "the capital,
        Port-au-Prince", in a story of a town 100 km away): where a story was filed is no place a distance is measured
        from."""
        town = self.story_town()
        if town is None or not town.text.isupper():
            return town
        body = [m for m in self.mentions if m.place == town.place and m.kind == "toponym" and not m.text.isupper()]
        return body[0] if len(body) > 1 else None

    def sentence_before(self, span: Span) -> Span | None:
        """The sentence that ends before ``span`` begins (None for the first)."""
        return next((s for s in reversed(self.sentences()) if s.end <= span.start), None)

    def sentence_after(self, span: Span) -> Span | None:
        """The sentence that begins after ``span`` ends (None for the last)."""
        return next((s for s in self.sentences() if s.start >= span.end and s.text.strip()), None)

    def sentence_at(self, offset: int) -> Span:
        for sentence in self.sentences():
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.span(0, len(self.text))

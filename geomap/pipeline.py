"""The whole path for one article and for a run: read -> recognise -> resolve -> events and claims."""

from __future__ import annotations

import gc

from gazetteer import Gazetteer

from .claims import find_claims
from .document import Article
from .events import detect_events, merge_across
from .read import Problem, read_inputs
from .recognise import recognise
from .records import Run
from .resolve import resolve


def settle_heap() -> None:
    """Freeze what start-up allocated (modules, the gazetteer's tables) out of the garbage collector's
    sight, so that the collections a long run triggers walk only what the run itself keeps.

    Call once, after opening the gazetteer.  Measured on distinct-name look-ups: 70,000 -> 95,000/s.
    """
    gc.collect()
    gc.freeze()


def process(article: Article, gazetteer: Gazetteer) -> Article:
    """Run every stage on one article, in order; each enriches the same Article."""
    recognise(article, gazetteer)
    resolve(article, gazetteer)
    detect_events(article)
    find_claims(article)
    return article


def run(paths: list[str], gazetteer: Gazetteer, *, date: str | None = None) -> Run:
    """Process every article in ``paths``; ``date`` is used for articles that carry none."""
    problems: list[Problem] = []
    articles = []
    for article in read_inputs(paths, problems):
        if date and not article.date:
            article.date = date
        articles.append(process(article, gazetteer))
    return finish(articles, gazetteer, problems)


def finish(articles: list[Article], gazetteer: Gazetteer, problems: list[Problem] | None = None) -> Run:
    events = merge_across(articles)
    codes = {m.place.country for a in articles for m in a.mentions if m.place is not None and m.place.country}
    return Run(articles, events, {c: gazetteer.country_info(c) for c in sorted(codes)}, problems or [])

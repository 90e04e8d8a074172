"""``geomap eval``: recognition and resolution scores on the standard geoparsing corpora.

Formats: GeoWebNews (``<toponym>`` with ``<start>``, ``<end>``, ``<latitude>``), LGL and
TR-News (``<toponym>`` with a ``<gaztag>``), and GeoVirus-style ``<location>`` elements with
1-based offsets.  Counted gold toponyms follow the corpora's README: GeoWebNews toponyms
with coordinates and ``nonLocational`` not ``Yes``; LGL and TR-News toponyms whose
``gaztag`` has ``lat``/``lon``.  Metrics follow ``docs/REFERENCE.md``.
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from gazetteer import Gazetteer
from gazetteer.geo import haversine_km

from .document import Article
from .errors import InputError
from .recognise import recognise
from .resolve import resolve

MAX_ERROR_KM = 20039.0
_TOLERANCE_KM = 161.0


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold]


def read_corpus(path: Path) -> list[Doc]:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"cannot read corpus {path}: {exc}") from None
    docs = []
    for number, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        doc_id = article.get("docid") or article.get("file") or str(number)
        gold = [g for g in (_gold(e, text) for e in article.iter() if e.tag in ("toponym", "location")) if g]
        docs.append(Doc(doc_id, text, gold))
    if not docs:
        raise InputError(f"{path}: no <article> elements")
    return docs


def _gold(element: ET.Element, text: str) -> Gold | None:
    if element.tag == "location":  # GeoVirus: 1-based start
        start, end = int(element.findtext("start")) - 1, int(element.findtext("end"))
        lat, lon, name = element.findtext("lat"), element.findtext("lon"), element.findtext("name") or ""
    elif element.find("gaztag") is not None or element.find("phrase") is not None:  # LGL, TR-News
        tag = element.find("gaztag")
        if tag is None or not tag.findtext("lat") or not tag.findtext("lon"):
            return None
        start, end = int(element.findtext("start")), int(element.findtext("end"))
        lat, lon, name = tag.findtext("lat"), tag.findtext("lon"), element.findtext("phrase") or ""
    else:  # GeoWebNews
        if (element.findtext("nonLocational") or "").strip() == "Yes" or not element.findtext("latitude"):
            return None
        start, end = int(element.findtext("start")), int(element.findtext("end"))
        lat, lon, name = element.findtext("latitude"), element.findtext("longitude"), element.findtext("extractedName") or ""
    if start < 0:
        return None  # offsets into the title, which is not part of <text>
    start, end = _align(text, start, end, name)
    return Gold(start, end, name, float(lat), float(lon))


def _align(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """TR-News has phrases 1-10 characters before their offsets: find the phrase nearby."""
    if not name or text[start:end] == name:
        return start, end
    found = text.find(name, max(0, start - 12), end + 12)
    return (found, found + len(name)) if found >= 0 else (start, end)


def evaluate_corpus(path: Path, gazetteer: Gazetteer, *, gold_spans: bool = False) -> dict:
    docs = read_corpus(path)
    started = time.perf_counter()
    predictions = [_predict(doc, gazetteer, gold_spans) for doc in docs]
    elapsed = time.perf_counter() - started
    return {"corpus": path.stem, **score(docs, predictions, gold_spans), "docs_per_s": round(len(docs) / elapsed, 1)}


def _predict(doc: Doc, gazetteer: Gazetteer, gold_spans: bool) -> dict[tuple[int, int], tuple[float, float] | None]:
    """Predicted spans with their points; demonyms count as mentions of their country, as the
    corpora annotate them ("Russian troops" is a toponym with coordinates), except those naming
    people ("Russians"), which the corpora do not count as toponyms; nor do they count references
    ("the capital"), which name no place."""
    article = Article(id=doc.id, text=doc.text)
    recognise(article, gazetteer)
    if gold_spans:
        spans = {(g.start, g.end) for g in doc.gold}
        article.mentions = [m for m in article.mentions if not any(m.start < e and s < m.end for s, e in spans)]
        for g in doc.gold:
            kind = "demonym" if gazetteer.demonym(doc.text[g.start:g.end]) is not None else "toponym"
            article.add_mention(g.start, g.end, kind=kind)
        article.mentions.sort(key=lambda m: m.start)
    resolve(article, gazetteer)
    return {(m.start, m.end): (m.place.lat, m.place.lon) if m.place else None for m in article.mentions
            if m.feature != "people" and m.kind != "reference"}


def score(docs: list[Doc], predictions: list[dict], gold_spans: bool) -> dict:
    n_gold = sum(len(d.gold) for d in docs)
    n_pred = sum(len(p) for p in predictions)
    hits, errors, e2e = 0, [], 0
    for doc, predicted in zip(docs, predictions):
        for gold in doc.gold:
            key = (gold.start, gold.end)
            found = key in predicted
            hits += found
            point = predicted.get(key)
            error = haversine_km(gold.lat, gold.lon, *point) if point else MAX_ERROR_KM
            if found or gold_spans:
                errors.append(error)
            e2e += found and error <= _TOLERANCE_KM
    precision = hits / n_pred if n_pred else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n_gold": n_gold, "n_pred": n_pred, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "acc161": round(sum(e <= _TOLERANCE_KM for e in errors) / len(errors), 4) if errors else 0.0,
            "mean_km": round(sum(errors) / len(errors), 1) if errors else 0.0,
            "median_km": round(median(errors), 1) if errors else 0.0, "auc": round(auc(errors), 4),
            "e2e_acc161": round(e2e / n_gold, 4) if n_gold else 0.0}


def auc(errors: list[float]) -> float:
    """Area under the sorted log-error curve, normalised (0 best, 1 worst), as in Gritta et al.

    >>> auc([0.0, 0.0]), round(auc([MAX_ERROR_KM, MAX_ERROR_KM]), 3)
    (0.0, 1.0)
    """
    if len(errors) < 2:
        return 0.0
    y = sorted(math.log(e + 1) for e in errors)
    area = sum((a + b) / 2 for a, b in zip(y, y[1:]))
    return area / (math.log(MAX_ERROR_KM) * (len(y) - 1))

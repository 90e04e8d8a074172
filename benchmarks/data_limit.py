"""How much the embedded gazetteer limits resolution: gold toponyms whose GeoNames place is in the index.

    python benchmarks/data_limit.py ../shared/data/geoparsing/{gwn,lgl,trnews}-dev.xml

For each corpus, with gold spans (resolution alone): how many gold toponyms carry a GeoNames id,
how many of those ids the index holds, acc@161 over all gold toponyms and over those whose place the
index holds (the best a full GeoNames import could lift the rest to is 100 % of them), and how often
the gold place is among the look-up's candidates at all (the head-room left to ranking).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import gazetteer
from gazetteer.geo import haversine_km
from geomap.evaluate import _predict, read_corpus


def gold_ids(path: Path) -> dict[tuple[str, int, int], int]:
    """(doc id, start, end) -> GeoNames id, for the gold toponyms that name one."""
    ids = {}
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        doc_id = article.get("docid") or article.get("file") or str(number)
        for toponym in article.iter("toponym"):
            tag = toponym.find("gaztag")
            value = tag.get("geonameid") if tag is not None else toponym.findtext("geonamesID")
            if value and value.strip().isdigit():
                ids[(doc_id, int(toponym.findtext("start")), int(toponym.findtext("end")))] = int(value)
    return ids


def measure(path: Path, gaz: gazetteer.Gazetteer) -> dict:
    ids = gold_ids(path)
    counts = {"gold": 0, "with_id": 0, "id_in_index": 0, "right": 0, "right_in_index": 0, "candidate_in_index": 0}
    for doc in read_corpus(path):
        predicted = _predict(doc, gaz, gold_spans=True)
        for gold in doc.gold:
            counts["gold"] += 1
            point = predicted.get((gold.start, gold.end))
            right = point is not None and haversine_km(gold.lat, gold.lon, *point) <= 161
            counts["right"] += right
            geonameid = ids.get((doc.id, gold.start, gold.end))
            if geonameid is None:
                continue
            counts["with_id"] += 1
            if gaz.get(geonameid) is not None:
                counts["id_in_index"] += 1
                counts["right_in_index"] += right
                candidates = gaz.lookup(doc.text[gold.start:gold.end], limit=1000, min_score=0)
                counts["candidate_in_index"] += any(c.place.geonameid == geonameid for c in candidates)

    def share(part: str, whole: str) -> float | None:
        return round(counts[part] / counts[whole], 3) if counts[whole] else None

    return {"corpus": path.stem, **counts, "acc161": share("right", "gold"),
            "ids_in_index": share("id_in_index", "with_id"),
            "acc161_ids_in_index": share("right_in_index", "id_in_index"),
            "gold_among_candidates": share("candidate_in_index", "id_in_index")}


def main() -> None:
    gaz = gazetteer.open(progress=False)
    for name in sys.argv[1:]:
        print(json.dumps(measure(Path(name), gaz)))


if __name__ == "__main__":
    main()

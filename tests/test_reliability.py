"""Hostile and broken input, interruptions, memory bounds: clear errors, nothing lost."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, strategies as st

from geomap.export import _md
from geomap.read import MAX_ARTICLE_CHARS, read_inputs
from geomap.render import _json_for_script

EXAMPLE = Path(__file__).resolve().parents[1] / "geomap" / "examples" / "hama_offensive.txt"


def geomap(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "geomap", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def test_html_without_body_and_utf16_and_cp1252_files(index_path, tmp_path):
    (tmp_path / "nobody.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    (tmp_path / "u16.txt").write_bytes("Clashes erupted in Homs on Monday, residents said.".encode("utf-16"))
    (tmp_path / "win.txt").write_bytes("Shelling hit Aleppo’s outskirts on Monday, residents said.".encode("cp1252"))
    process = geomap("map", tmp_path, "--out", tmp_path / "out")
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "skipped" in err and "nobody.html" in err and "Traceback" not in err
    places = json.loads((tmp_path / "out" / "places.geojson").read_text(encoding="utf-8"))["features"]
    assert {"Homs", "Aleppo"} <= {p["properties"]["mention"] for p in places}


def test_huge_line_is_cut_into_parts(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(("the convoy moved slowly along the road " * 260_000)[:10_000_000], encoding="utf-8")
    articles = list(read_inputs([str(path)]))
    assert len(articles) == 10 and all(len(a.text) <= MAX_ARTICLE_CHARS + 40 for a in articles)


def test_100_mb_file_is_streamed_with_bounded_memory(tmp_path):
    path = tmp_path / "big.txt"
    paragraph = ("Residents said the market in the old town reopened on Monday after weeks of calm. " * 12 + "\n\n")
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(100 * 1024 * 1024 // len(paragraph) + 1):
            if number % 2000 == 0:
                handle.write(f"Market Report Number {number}\n\n")
            handle.write(paragraph)
    # VmHWM, not ru_maxrss: the latter keeps the forking pytest process's peak across exec.
    code = ("import re, sys; from geomap.read import read_inputs; n = sum(1 for _ in read_inputs([sys.argv[1]])); "
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); print(n, int(hwm) // 1024)")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=600)
    count, peak_mb = map(int, result.stdout.split())
    assert count > 50 and peak_mb < 400, (count, peak_mb)


def test_interrupted_run_keeps_previous_outputs_and_leaves_no_temp_files(index_path, tmp_path):
    out = tmp_path / "out"
    first = geomap("map", EXAMPLE, "--out", out)
    assert first.wait(timeout=300) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    many = tmp_path / "many"
    many.mkdir()
    for number in range(400):
        (many / f"a{number}.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for sig in (signal.SIGINT, signal.SIGTERM):
        process = geomap("map", many, "--out", out)
        time.sleep(3)
        process.send_signal(sig)
        _, err = process.communicate(timeout=120)
        assert process.returncode in (130, 0), err
        assert "Traceback" not in err
        if process.returncode == 130:
            after = {p.name: p.read_bytes() for p in out.iterdir()}
            # the names only: a byte diff of map.html would take pytest many minutes to print
            assert [name for name in set(before) | set(after) if before.get(name) != after.get(name)] == [], err
        assert not [p for p in out.iterdir() if p.name.startswith(".")]


@given(st.text(max_size=300))
def test_json_in_a_script_element_cannot_close_it(text):
    encoded = _json_for_script({"t": text})
    assert "<" not in encoded and ">" not in encoded
    assert json.loads(encoded) == {"t": text}


@given(st.text(max_size=300))
def test_report_cells_are_html_inert(text):
    cell = _md(text)
    assert "<" not in cell and ">" not in cell and "\n" not in cell


def test_article_with_ten_thousand_place_names(gaz):
    from geomap.pipeline import process
    from geomap.read import make_article

    names = [n for (n,) in gaz.db.execute(
        "SELECT name FROM places WHERE country='SY' AND fclass='P' AND population > 0 ORDER BY population DESC LIMIT 200")
        if n.isascii() and n.replace(" ", "").isalpha()]
    text = "Fighting was reported in " + ", ".join(names[i % len(names)] for i in range(10_000)) + "."
    article = process(make_article("many", text), gaz)
    assert len(article.mentions) >= 9_000
    assert all(article.text[m.start:m.end] == m.text for m in article.mentions)


# Sentences of our own, shaped like the ones that once crashed a stage: directions without distances, fighters of a
# passage, distances joined by "and", appositions, tolls, datelines.
_PIECES = [
    "KHARKIV, Ukraine, May 14 - Russian forces pushed into Vovchansk on Tuesday, 74 km (46 miles) northeast of Kharkiv.",
    "Heavy fighting went on near the village of Zorbaqand, west of Vovchansk.",
    "Rebels captured Soran and Halfaya on Monday.",
    "Their fighters pushed on, just north of Hama.",
    "The fighters are now about 10 kilometers (6 miles) from Hama.",
    "Kenscoff sits about 10 km south-east of Port-au-Prince and 8 km from Petion-Ville.",
    "The attack took place near the village of Maardis, some 40 km southeast of the city.",
    "The army said 12 soldiers and 30 assailants died.",
    "A drone struck a market in El Fasher on Saturday, killing 18 people.",
    "The Zamzam camp, some 15 km south of El Fasher, was overrun in April.",
    "Police shot dead at least three protesters in Nairobi on Tuesday.",
    "No group claimed the blast.",
    "Jets struck positions near Hodeidah and on Kamaran island, about 50 km north of the city.",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
       st.sampled_from([str, str.upper, str.lower]), st.sampled_from(["0", "1", "12", "999999", None]),
       st.sampled_from([None, "2024-02-29", "2025-03-16"]))
def test_the_pipeline_takes_any_mix_of_sentences_without_an_error(gaz, pieces, case, number, day):
    from geomap.pipeline import process
    from geomap.read import make_article
    import re
    text = " ".join(case(p) for p in pieces)
    if number is not None:
        text = re.sub(r"\d+", number, text)
    article = process(make_article("mix", text, title="", date=day), gaz)
    assert all(0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text for m in article.mentions)
    assert all(c.verdict in ("consistent", "inconsistent", "unverifiable") for c in article.claims)

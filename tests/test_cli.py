import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "geomap" / "examples"


def run_cli(*args, cwd=None):
    """Run geomap in a subprocess, as a user would (stderr and exit code included)."""
    return subprocess.run([sys.executable, "-m", "geomap", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ}, timeout=600)


def test_map_on_the_shipped_example(index_path, tmp_path, capsys):
    code = main(["map", str(EXAMPLES / "hama_offensive.txt"), "--out", str(tmp_path), "--date", "2024-12-03"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 articles" in out and "unresolved: Maardis" in out and str(tmp_path) in out
    for name in ("map.html", "events.geojson", "places.geojson", "claims.json", "report.md"):
        assert (tmp_path / name).stat().st_size > 0
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    located = {e["properties"]["location"] for e in events}
    assert {"Ḩalfāyā", "Ţayyibat al Imām", "Şūrān", "Khanāşir"} <= located


def test_check_json_prints_claims(index_path, capsys):
    assert main(["check", str(EXAMPLES / "cairo_talks.jsonl"), "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)
    assert claims[0]["anchor"]["name"] == "Gaza City" and claims[0]["direction"] == "southwest"


def test_check_table(index_path, capsys):
    assert main(["check", str(EXAMPLES / "hama_offensive.txt")]) == 0
    out = capsys.readouterr().out
    assert "verdict" in out and "Hama" in out and "1 claims" in out


def test_check_table_gives_the_distance_as_stated_with_kilometres(index_path, tmp_path, capsys):
    article = tmp_path / "raid.txt"
    article.write_text("Shelling hit Saraqib, about 10 miles east of Idlib, on Sunday.", encoding="utf-8")
    assert main(["check", str(article)]) == 0
    assert "10 mi (16.1 km)" in capsys.readouterr().out


def test_geocode_json(index_path, capsys):
    assert main(["geocode", "Soran", "Hamas", "--country", "SY", "--json", "-n", "2"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result[0]["query"] == "Soran" and result[0]["candidates"][0]["country"] == "SY"
    assert set(result[0]["candidates"][0]) >= {"name", "lat", "lon", "country", "admin1", "feature_class",
                                               "feature_code", "population", "geonameid", "score", "why"}
    assert result[1]["candidates"] == []


def test_geocode_near_a_place(index_path, capsys):
    assert main(["geocode", "Soran", "--near", "Hama", "-n", "1"]) == 0
    assert "Şūrān" in capsys.readouterr().out


@pytest.mark.parametrize("setup,args,code,message", [
    (None, ["map", "missing.txt"], 2, "input not found"),
    ("empty", ["map", "empty.txt"], 2, "no readable article"),
    ("binary", ["map", "blob.txt"], 2, "binary"),
    ("folder", ["map", "folder"], 2, "no readable article"),
    (None, ["map", "x.txt", "--date", "03/12/2024"], 2, "not a date"),
])
def test_bad_input_is_one_clear_line(index_path, tmp_path, setup, args, code, message):
    if setup == "empty":
        (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    if setup == "binary":
        (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 64)
    if setup == "folder":
        (tmp_path / "folder").mkdir()
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr


def test_unwritable_output_is_a_clear_error(index_path, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("map", EXAMPLES / "hama_offensive.txt", "--out", blocker / "sub")
    assert result.returncode == 3 and "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_export_acled(index_path, tmp_path, capsys):
    target = tmp_path / "events.csv"
    assert main(["export", str(EXAMPLES / "hama_offensive.txt"), "--format", "acled", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")

import json
import subprocess
import sys

import pytest

from geomap.errors import InputError
from geomap.evaluate import Doc, Gold, _predict, evaluate_corpus, read_corpus, score

# Three tiny corpora in the three formats, written for these tests.
TEXT = "Aid convoys left Cairo for Rafah. Syrians and Egyptian officials met, said Mr Hama."
GWN = f"""<?xml version="1.0" encoding="UTF-8"?>
<articles><article file="1"><title>t</title><link>l</link><text>{TEXT}</text><toponyms>
<toponym><extractedName>Cairo</extractedName><type>Literal</type><nonLocational>No</nonLocational>
<start>17</start><end>22</end><latitude>30.06263</latitude><longitude>31.24967</longitude></toponym>
<toponym><extractedName>Rafah</extractedName><type>Literal</type><nonLocational>Yes</nonLocational>
<start>27</start><end>32</end><latitude>31.29722</latitude><longitude>34.24357</longitude></toponym>
<toponym><extractedName>Syrians</extractedName><type>Demonym</type><nonLocational>No</nonLocational>
<start>34</start><end>41</end><latitude></latitude><longitude></longitude></toponym>
<toponym><extractedName>Egyptian</extractedName><type>Literal_Modifier</type><nonLocational>No</nonLocational>
<start>46</start><end>54</end><latitude>27.0</latitude><longitude>30.0</longitude></toponym>
</toponyms></article></articles>
"""
LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><title>t</title><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><start>17</start><end>22</end><phrase>Cairo</phrase>
<gaztag geonameid="360630"><name>Cairo</name><lat>30.06263</lat><lon>31.24967</lon></gaztag></toponym>
<toponym><start>27</start><end>32</end><phrase>Rafah</phrase></toponym>
</toponyms></article></articles>
"""
GEOVIRUS = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article><source>s</source><text>{TEXT}</text><locations>
<location><name>Cairo</name><start>18</start><end>22</end><lat>30.06263</lat><lon>31.24967</lon></location>
</locations></article></articles>
"""


@pytest.fixture
def corpora(tmp_path):
    paths = {}
    for name, content in (("gwn", GWN), ("lgl", LGL), ("geovirus", GEOVIRUS)):
        paths[name] = tmp_path / f"{name}.xml"
        paths[name].write_text(content, encoding="utf-8")
    return paths


def test_each_format_counts_only_gold_toponyms_with_coordinates(corpora):
    (gwn,) = read_corpus(corpora["gwn"])  # nonLocational Rafah and the Demonym without coordinates are left out
    assert [g.name for g in gwn.gold] == ["Cairo", "Egyptian"]
    (lgl,) = read_corpus(corpora["lgl"])  # Rafah has no gaztag
    assert [(g.name, g.start, g.end) for g in lgl.gold] == [("Cairo", 17, 22)]
    (geovirus,) = read_corpus(corpora["geovirus"])  # 1-based offsets
    assert TEXT[geovirus.gold[0].start:geovirus.gold[0].end] == "Cairo"


def test_a_file_that_is_not_a_corpus_is_a_clear_error(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read corpus"):
        read_corpus(broken)


def test_scores_count_spans_and_distances():
    doc = Doc("d", TEXT, [Gold(17, 22, "Cairo", 30.06, 31.25), Gold(27, 32, "Rafah", 31.30, 34.24)])
    near, far = (30.1, 31.2), (40.0, 31.2)
    perfect = score([doc], [{(17, 22): near, (27, 32): (31.3, 34.2)}], gold_spans=False)
    assert perfect["precision"] == perfect["recall"] == perfect["acc161"] == perfect["e2e_acc161"] == 1.0
    mixed = score([doc], [{(17, 22): far, (0, 3): near}], gold_spans=False)
    assert mixed["precision"] == 0.5 and mixed["recall"] == 0.5
    assert mixed["acc161"] == 0.0 and mixed["e2e_acc161"] == 0.0 and mixed["median_km"] > 1000


def test_people_demonyms_are_not_predicted_toponyms_but_adjectives_are(gaz, corpora):
    (doc,) = read_corpus(corpora["gwn"])
    predicted = {TEXT[s:e] for s, e in _predict(doc, gaz, gold_spans=False)}
    assert {"Cairo", "Rafah", "Egyptian"} <= predicted and "Syrians" not in predicted and "Hama" not in predicted


def test_gold_spans_mode_resolves_every_gold_span(gaz, corpora):
    result = evaluate_corpus(corpora["gwn"], gaz, gold_spans=True)
    assert result["recall"] == 1.0 and result["acc161"] == 1.0
    assert set(result) == {"corpus", "n_gold", "n_pred", "precision", "recall", "f1", "acc161", "mean_km",
                           "median_km", "auc", "e2e_acc161", "docs_per_s"}


def test_eval_command_prints_one_json_object_per_corpus(index_path, corpora):
    # index_path has set GEOMAP_CACHE for this process and so for the command
    out = subprocess.run([sys.executable, "-m", "geomap", "eval", str(corpora["gwn"]), str(corpora["lgl"]), "--json"],
                         capture_output=True, text=True, check=True)
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["corpus"] for r in results] == ["gwn", "lgl"] and results[1]["n_gold"] == 1

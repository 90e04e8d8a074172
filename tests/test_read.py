import gzip
import json

import pytest
from hypothesis import given, strategies as st

from geomap.errors import InputError
from geomap.read import Problem, decode, html_to_text, read_inputs, split_articles

MULTI = """Rebels Enter Three Villages Near the River

Fighters walk through a market in the village of Kafr Nabl, Syria March 3, 2024. (Reuters)
Fighters walk through a market in the village of Kafr Nabl, Syria March 3, 2024. (Reuters)
XY

Rebels Enter Three Villages Near the River

The rebels said on Sunday that they had entered three villages near the river.

Officials in the capital did not comment.



Aid Convoy Reaches Northern Town

A convoy of twelve trucks reached the northern town on Monday, aid workers said.
"""


def test_split_articles_drops_repeats_and_keeps_captions_once():
    articles = split_articles(MULTI)
    assert [t for t, _ in articles] == ["Rebels Enter Three Villages Near the River", "Aid Convoy Reaches Northern Town"]
    body = articles[0][1]
    assert body.count("Fighters walk through a market") == 1
    assert "XY" not in body and "Officials in the capital" in body


def test_read_text_file_gives_articles_with_caption_date_hint(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(MULTI, encoding="utf-8")
    articles = list(read_inputs([str(path)]))
    assert len(articles) == 2
    assert articles[0].date_hint == "2024-03-03" and articles[0].date is None
    assert articles[0].text.startswith(articles[0].title)


def test_jsonl_reports_bad_lines_and_keeps_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    lines = [json.dumps({"id": "a", "text": "Clashes in Homs.", "date": "2024-05-01T10:00:00Z", "url": "https://x.org/a"}),
             "{not json", json.dumps({"title": "no text"}), "", json.dumps({"text": "Talks in Doha."})]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    problems: list[Problem] = []
    articles = list(read_inputs([str(path)], problems))
    assert [a.id for a in articles] == ["a", "feed.jsonl-5"]
    assert articles[0].date == "2024-05-01" and articles[0].url == "https://x.org/a"
    assert [p.where.rsplit(":", 1)[1] for p in problems] == ["2", "3"]


def test_html_extraction_drops_boilerplate():
    page = """<html><head><title>Site | Clashes</title><script>var x = "<p>no</p>";</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <h1>Clashes erupt near Aleppo</h1>
    <p>Heavy clashes broke out on Monday near Aleppo, residents said.</p>
    <aside>Most read: ten other stories</aside><footer>Copyright 2024 News Ltd. All rights reserved here.</footer>
    </body></html>"""
    title, text = html_to_text(page)
    assert title == "Clashes erupt near Aleppo"
    assert "Heavy clashes broke out" in text and "Home" not in text and "Copyright" not in text and "no</p>" not in text


@pytest.mark.parametrize("raw,expected", [
    ("Hama café".encode("utf-16"), "Hama café"),
    ("Hama café".encode("cp1252"), "Hama café"),
    (b"Hama \xff\xfe broken", "Hama ÿþ broken"),
])
def test_decode_fallbacks(raw, expected):
    assert decode(raw, "x") == expected


def test_decode_refuses_binary():
    assert decode(bytes(range(256)) * 20, "x") is None


def test_missing_and_empty_inputs_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        list(read_inputs([str(tmp_path / "nope.txt")]))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError, match="no readable article"):
        list(read_inputs([str(tmp_path / "empty.txt")]))
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no readable article"):
        list(read_inputs([str(tmp_path / "folder")]))


def test_nul_bytes_are_dropped(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Clashes near Hama\x00 on Monday." + b" More text here." * 50)
    (article,) = read_inputs([str(path)])
    assert "\x00" not in article.text


@given(st.text(max_size=400))
def test_split_articles_never_invents_text(text):
    for title, body in split_articles(text):
        for unit in ([title] if title else []) + body.split("\n\n"):
            assert " ".join(unit.split()) in " ".join(text.split())


def test_a_files_first_line_in_sentence_case_is_its_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Militants raid a depot in the north\n\nMilitants raided a depot on Sunday, officials said.\n",
                    encoding="utf-8")
    (story,) = read_inputs([str(path)])
    assert story.title == "Militants raid a depot in the north"
    path.write_text("Militants raided a depot on Sunday, officials said.\n\nNo one was hurt.\n", encoding="utf-8")
    (plain,) = read_inputs([str(path)])
    assert plain.title == ""


def test_a_files_first_line_opening_on_a_quotation_is_its_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\u201cWe ran all night\u201d: villagers describe a raid in the north\n\nVillagers said gunmen "
                    "raided the market on Sunday.\n", encoding="utf-8")
    (story,) = read_inputs([str(path)])
    assert story.title.startswith("\u201cWe ran all night")  # had been no title, the line read as the body's

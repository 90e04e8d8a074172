import re

import pytest

from geomap.pipeline import finish, process
from geomap.render import map_data, render_map

HOSTILE = ('Rebels took Halfaya <img src=x onerror="window.pwned=1">, and "</script><script>window.pwned=2</script>" '
           "was written near Hama. The fighters are now 20 km from Hama.")


@pytest.fixture
def hostile_run(gaz, article):
    a = process(article(HOSTILE, title="<script>window.pwned=3</script>"), gaz)
    a.url = "javascript:window.pwned=4"
    return finish([a], gaz)


def test_offline_page_has_no_network_reference(hostile_run):
    html = render_map(hostile_run, title="t")
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]*(?:src|href)=["']?https?:""", html)
    assert "url(http" not in html
    assert "L.map(" in html and "geomapInit(" in html


def test_cdn_page_is_small_and_links_leaflet(hostile_run):
    offline, cdn = render_map(hostile_run), render_map(hostile_run, cdn=True)
    assert "cdn.jsdelivr.net/npm/leaflet@1.9.4" in cdn and len(cdn) < len(offline)


def test_tiles_are_opt_in(hostile_run):
    assert "tile.openstreetmap.org" not in render_map(hostile_run)
    assert "tile.openstreetmap.org" in render_map(hostile_run, tiles="osm")


def test_input_text_cannot_break_out_of_the_data_script(hostile_run):
    html = render_map(hostile_run, title="<b>x</b>")
    assert "<img src=x" not in html and "</script><script>window.pwned" not in html
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in html
    assert html.count("<script>") == html.count("</script>")


def test_a_place_known_approximately_has_its_own_marker(gaz, article):
    run = finish([process(article("Protests were held in Zorbaqand city near Hama. Hama stayed calm."), gaz)], gaz)
    html = render_map(run)
    assert "Zorbaqand (approximately: Ḩamāh)" in html and html.count('"Ḩamāh"') >= 1



def test_the_capital_the_text_refers_to_is_a_place_on_the_map(gaz, article):
    run = finish([process(article("Shells fell on the Syrian capital on Monday."), gaz)], gaz)
    assert [p[2:4] for p in map_data(run, "t", None)["places"]] == [["Damascus", "capital"]]


def test_a_border_claim_is_drawn_as_a_band_with_lines_from_the_border(gaz, article):
    run = finish([process(article("Shelling hit Tyre, about 20 km north of the border with Israel."), gaz)], gaz)
    (claim,) = map_data(run, "t", None)["claims"]
    assert claim["area"]["type"] in ("Polygon", "MultiPolygon") and claim["label"] == "≈20 km north of the Israel border"
    (subject,) = claim["subjects"]
    assert subject[2] == "Tyre" and subject[6][0] < subject[0]  # the line starts on the border, south of Tyre


def test_a_halfway_claim_is_drawn_around_the_midpoint_with_lines_from_it(gaz, article):
    run = finish([process(article("Idlib lies roughly halfway between Aleppo and Latakia."), gaz)], gaz)
    (claim,) = map_data(run, "t", None)["claims"]
    assert claim["label"] == "halfway between Aleppo and Latakia" and claim["area"]["type"] == "Polygon"
    (subject,) = claim["subjects"]
    start = subject[6]  # the line starts between the two towns, not at Aleppo
    assert subject[2] == "Idlib" and 35.7 < start[0] < 36.0 and 36.3 < start[1] < 36.7

"""The map in a real browser: Debian's chromium driven by Playwright, with every network request blocked."""

import json
import os
import shutil

import pytest

from geomap.export import write_outputs
from geomap.pipeline import finish, process
from geomap.read import make_article

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser

TEXT = ("Rebel fighters captured the towns of Halfaya, Taybat al-Imam and Soran on Tuesday. "
        "The fighters are now about 10 km (6 miles) from Hama. Warplanes struck a depot in Idlib province on Monday. "
        "Talks opened in Cairo on Tuesday.")
HOSTILE = ('Clashes hit Homs <img src=x onerror="window.pwned=1"> and </script><script>window.pwned=2</script> '
           "near Hama on Tuesday.")


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run must install Debian's chromium")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield instance
        instance.close()


def open_map(browser, path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    problems, requests = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))

    def block(route):
        requests.append(route.request.url)
        route.abort() if not route.request.url.startswith("file:") else route.continue_()

    page.route("**/*", block)
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.geomap !== undefined")
    return page, problems, [u for u in requests if not u.startswith("file:")]


def build(gaz, tmp_path, text, title, date="2024-12-03"):
    article = process(make_article("a", text, title=title, date=date), gaz)
    run = finish([article], gaz)
    write_outputs(run, tmp_path, title=title)
    return run


def test_map_works_offline(browser, gaz, tmp_path):
    run = build(gaz, tmp_path, TEXT, "Offline test")
    page, problems, network = open_map(browser, tmp_path / "map.html")
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    located = [e for e in events if e["geometry"]]
    assert problems == [] and network == []
    assert page.evaluate("geomap.eventCount()") == len(located) == page.evaluate("geomap.visibleEventCount()")
    labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    names = [label.strip() for label in labels]
    assert any(n.startswith("Events: Battles") for n in names)
    assert any(n.startswith("Distance claims") for n in names) and any(n.startswith("Article:") for n in names)
    battles = sum(e["properties"]["event_type"] == "Battles" for e in located)
    page.locator(".leaflet-control-layers-overlays label", has_text="Events: Battles").locator("input").click()
    assert page.evaluate("geomap.visibleEventCount()") == len(located) - battles
    assert page.evaluate("geomap.claimAreaCount()") == 1
    assert page.locator(".geomap-claim-label").first.inner_text() == "≈10 km from Hama"
    assert page.locator(".leaflet-control-scale").count() == 1
    assert len(run.events) >= len(located)


def test_hostile_text_never_runs(browser, gaz, tmp_path):
    build(gaz, tmp_path, HOSTILE, '<script>window.pwned=3</script><img src=x onerror="window.pwned=4">')
    page, problems, network = open_map(browser, tmp_path / "map.html")
    page.evaluate("geomap.map.eachLayer(function (l) { if (l.getPopup && l.getPopup()) { l.openPopup(); } }); 0")
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert network == [] and problems == []


def test_seed_map_draws_the_hama_claim(browser, gaz, tmp_path):
    """CI only: the real seed article, its ring around Hama and the label."""
    from geomap.cli import main

    from .conftest import SEEDS

    seed = SEEDS / "000_921a48fde55cedb8.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds not present")
    assert main(["map", str(seed), "--out", str(tmp_path), "--date", "2024-12-03"]) == 0
    page, problems, network = open_map(browser, tmp_path / "map.html")
    events = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert problems == [] and network == []
    assert page.evaluate("geomap.eventCount()") == len([e for e in events if e["geometry"]])
    assert page.evaluate("geomap.claimAreaCount()") == 1
    assert page.locator(".geomap-claim-label").first.inner_text() == "≈10 km from Hama"

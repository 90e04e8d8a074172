"""Shared fixtures: one gazetteer index per test session, built from the installed packages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import gazetteer
from geomap.read import make_article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing"


@pytest.fixture(scope="session")
def index_path(tmp_path_factory) -> Path:
    base = Path(os.environ["GEOMAP_CACHE"]) if os.environ.get("GEOMAP_CACHE") else tmp_path_factory.mktemp("cache")
    os.environ["GEOMAP_CACHE"] = str(base)
    gazetteer.open(progress=False).close()
    return gazetteer.default_index_path()


@pytest.fixture(scope="session")
def gaz(index_path) -> gazetteer.Gazetteer:
    return gazetteer.Gazetteer(index_path)


@pytest.fixture
def article():
    """Build an article from text (title optional)."""
    def make(text: str, title: str = "", date: str | None = None):
        return make_article("t", text, title=title, date=date)
    return make

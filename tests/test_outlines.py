"""The outline check on its own: verdicts for points inside, outside, off any outline, missing."""

import geopandas as gpd
from shapely.geometry import Point

from geomap.outlines import check_partition, country_outlines


def test_outlines_carry_iso_codes():
    outlines = country_outlines()
    assert len(outlines) > 150 and {"SY", "EG", "UA", "US"} <= set(outlines["outline_country"])


def test_each_event_gets_one_verdict():
    events = gpd.GeoDataFrame({"country_code": ["SY", "LB", "SY", None]},
                              geometry=[Point(36.75, 35.13), Point(36.75, 35.13), Point(-30.0, 0.0), None],
                              crs="EPSG:4326")
    checked = check_partition(events, country_outlines())
    assert list(checked["outline_check"]) == ["inside", "other country", "no outline", "no point"]
    assert list(checked["outline_country"][:2]) == ["SY", "SY"]

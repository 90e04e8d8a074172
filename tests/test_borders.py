import pytest
from shapely.geometry import Point, shape

from geomap.borders import area_band, border_band, distance_to_area, distance_to_border, land_border, measured_pair

AZAZ = (36.5866, 37.0463)  # a Syrian town a few kilometres south of the Turkish border
TYRE = (33.2733, 35.1939)  # about 20 km north of Lebanon's border with Israel


def test_the_distance_is_to_the_border_two_countries_share():
    found = distance_to_border(*AZAZ, "TR", "SY")
    assert found.neighbours == ("SY", "TR") and 2 < found.km < 6
    assert found.nearest[0] > AZAZ[0]  # the border lies north of the town
    assert 15 < distance_to_border(*TYRE, "IL", "LB").km < 25


def test_without_a_shared_border_any_land_border_of_the_country_counts():
    neighbours, arcs = land_border("TR", "JP")
    assert neighbours == ("TR",) and arcs
    assert distance_to_border(*AZAZ, "TR").km == pytest.approx(distance_to_border(*AZAZ, "TR", "SY").km)


def test_an_island_country_has_no_land_border():
    assert land_border("IS") == ((), ()) and distance_to_border(64.1, -21.9, "IS") is None


def test_the_band_holds_the_places_at_that_distance_from_the_border():
    near = shape(border_band(*AZAZ, "TR", "SY", 2, 6))
    assert near.contains(Point(AZAZ[1], AZAZ[0]))
    assert not shape(border_band(*AZAZ, "TR", "SY", 0, 1.5)).contains(Point(AZAZ[1], AZAZ[0]))


def test_the_band_lies_on_the_side_of_the_point_country():
    band = shape(border_band(*TYRE, "IL", "LB", 15, 25))
    assert band.contains(Point(TYRE[1], TYRE[0]))
    assert not band.intersects(Point(35.30, 32.91))  # as far south of the border, in Israel


def test_one_named_country_is_measured_at_its_border_nearest_the_point():
    majdal_shams = (33.2703, 35.7716)  # on the Golan, which the gazetteer files under Syria
    assert measured_pair(("LB",), "SY", *majdal_shams) == ("LB", "IL")  # Natural Earth's line there
    assert measured_pair(("TR",), "SY", *AZAZ) == ("TR", "SY")
    assert measured_pair(("SY", "TR"), "SY", *AZAZ) == ("SY", "TR")


def test_the_distance_to_an_area_is_to_the_part_of_the_outline_it_names():
    gaza = (31.42, 34.36)
    beersheba = distance_to_area(31.252, 34.791, "PS", gaza)
    assert 35 < beersheba.km < 42 and beersheba.nearest[1] < 34.6  # the Strip's edge, not the West Bank's (nearer)
    assert distance_to_area(31.52, 34.45, "PS", gaza).km == 0  # Gaza City lies inside it
    band = shape(area_band("PS", gaza, 31.252, 34.791, 30, 45))
    assert band.contains(Point(34.791, 31.252)) and not band.contains(Point(34.45, 31.52))

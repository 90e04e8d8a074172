import pytest

from geomap.recognise import recognise
from geomap.resolve import resolve


def resolved_all(article, gaz):
    recognise(article, gaz)
    resolve(article, gaz)
    return article.mentions


def resolved(article, gaz):
    recognise(article, gaz)
    resolve(article, gaz)
    return {m.text: m for m in article.mentions}


def test_every_resolved_mention_says_which_pass_chose_it(gaz, article):
    found = resolved(article("Rebels entered Soran, north of Hama, and Syrian troops withdrew to Homs."), gaz)
    passes = {"demonym", "initials", "explicit-context", "feature-word", "unambiguous", "country-name", "one-sense",
              "spatial-minimality", "document-coherence", "world-city", "list-siblings", "local-cluster",
              "contained-name"}
    for mention in found.values():
        assert mention.why.split(":")[0] in passes, mention.why


def test_document_coherence_picks_the_syrian_soran(gaz, article):
    soran = resolved(article("Fighters took Halfaya and then Soran, near Hama."), gaz)["Soran"]
    assert soran.place.country == "SY" and soran.place.admin1_name == "Hama"


def test_initials_stand_for_a_unit_the_text_names(gaz, article):
    text = ("Platinum pays the wages of many South Africans, and SA mines most of it. Floods cut roads near "
            "Lismore, NSW, the Australian weather office said.")
    found = resolved(article(text), gaz)
    assert found["SA"].place.name == "South Africa" and found["SA"].why.startswith("initials: 'SA'")
    assert found["NSW"].place.name == "New South Wales"
    assert found["Lismore"].place.admin1_name == "New South Wales"
    # Two capitals with no named unit behind them stay what they were ("AM radio", "BC Hydro").
    found = resolved(article("Listeners of AM radio in Iraq and BC Hydro staff in Canada heard it."), gaz)
    assert "AM" not in found and "BC" not in found


def test_a_town_word_leaves_far_apart_namesakes_to_the_context(gaz, article):
    found = resolved(article("The Dublin City Council voted on Monday; commuters from Columbus, Ohio, praised "
                             "the plan. Rebels entered the town of Idlib."), gaz)
    assert found["Dublin"].place.admin1_name == "Ohio" and found["Dublin"].why.startswith("document-coherence")
    assert found["Idlib"].place.feature_class == "P" and found["Idlib"].why.startswith("feature-word")
    text = "A driver from Elkhart faced a jury, the Anderson County district clerk said of the Palestine case."
    found = resolved(article(text), gaz)
    assert found["Anderson County"].place.admin1_name == "Texas"  # not South Carolina's, the biggest
    # Of two kinds, the word chooses: "Ontario province" is the province, not Ontario County, New York.
    assert resolved(article("Floods hit Ontario province and Toronto."), gaz)["Ontario"].place.kind == "admin1"


def test_a_town_the_packages_file_under_a_newer_province_is_the_one_beside_the_province_named(gaz, article):
    # Brital lies in Baalbek-Hermel since that province was split off the Beqaa; the text still says Bekaa.
    found = resolved_all(article("Two houses were hit in the town of Brital in Lebanon's Bekaa valley."), gaz)
    brital, bekaa = (m for m in found if m.text in ("Brital", "Bekaa"))
    assert brital.place.name == "Brîtel" and not brital.approximate and bekaa.place.holds(brital.place)
    # A town near the province named but in another province stays that town; the name after it is not made the
    # province ("Jadder Cemetery, Sanaa": the capital, in a municipality of its own).
    town, capital = resolved_all(article("Shells fell on Jadder Cemetery, Sanaa and the airport road."), gaz)[:2]
    assert town.place.name == "Jadder Cemetery" and capital.place.kind == "place"


def test_explicit_context_tripoli_lebanon(gaz, article):
    tripoli = resolved(article("A blast shook Tripoli, Lebanon, on Friday."), gaz)["Tripoli"]
    assert tripoli.place.country == "LB" and tripoli.why.startswith("explicit-context")


def test_a_list_of_cities_is_not_read_as_a_city_and_its_state(gaz, article):
    found = resolved(article("The envoy visited Washington, New York and Boston before he flew home."), gaz)
    assert not found["Washington"].why.startswith("explicit-context")
    assert found["Washington"].place.feature_code == "PPLC"
    # Each item with its own state is still read as a pair.
    found = resolved(article("She grew up in Springfield, Illinois, and Dayton, Ohio, before moving."), gaz)
    assert found["Springfield"].place.admin1_name == "Illinois" and found["Dayton"].place.admin1_name == "Ohio"


def test_feature_word_province(gaz, article):
    idlib = resolved(article("Air raids hit villages in Idlib province."), gaz)["Idlib"]
    assert idlib.place.kind == "admin1" and idlib.why.startswith("feature-word")


def test_demonym_resolves_to_the_country(gaz, article):
    syrian = resolved(article("Syrian troops advanced."), gaz)["Syrian"]
    assert syrian.place.kind == "country" and syrian.place.country == "SY"


def test_unknown_name_is_kept_unresolved_with_a_reason(gaz, article):
    maardis = resolved(article("They seized the village of Maardis in Syria."), gaz)["Maardis"]
    assert maardis.place is None and maardis.why.startswith("unresolved:")
    # Beside towns of the text it is placed near them, approximately, saying so.
    maardis = resolved(article("They seized the towns of Halfaya and Maardis near Hama."), gaz)["Maardis"]
    assert maardis.approximate and maardis.place.admin1_name == "Hama" and "not in the gazetteer" in maardis.why


def test_one_sense_per_article(gaz, article):
    a = article("Talks opened in Cairo. Later, delegates left Cairo for Doha.")
    recognise(a, gaz)
    resolve(a, gaz)
    cairos = [m.place.geonameid for m in a.mentions if m.text == "Cairo"]
    assert len(set(cairos)) == 1


def test_a_name_its_unit_word_made_a_region_is_the_town_where_it_stands_alone(gaz, article):
    text = ("Russian troops reached Kupiansk, in Ukraine's Kharkiv region, the military said. A glide bomb struck "
            "a building in Kharkiv overnight, wounding 11 people.")
    region, city = [m for m in resolved_all(article(text), gaz) if m.text == "Kharkiv"]
    assert (region.place.kind, city.place.kind, city.place.name) == ("admin1", "place", "Kharkiv")
    assert not city.why.startswith("one-sense")


def test_spatial_minimality_pairs_ambiguous_names(gaz, article):
    found = resolved(article("Rebels moved from Soran toward Hama."), gaz)
    assert found["Soran"].place.country == "SY" and found["Hama"].place.country == "SY"


def test_a_country_name_is_the_country_even_among_places_of_another_country(gaz, article):
    found = resolved(article("Officials in Boston, St. Louis and Chicago said trade with Mexico would grow. "
                             "Mexico answered on Monday."), gaz)
    mexico = found["Mexico"]
    assert mexico.place.kind == "country" and mexico.place.country == "MX" and mexico.why.startswith("country-name")


def test_a_country_name_shared_by_a_us_state_is_left_to_the_context(gaz, article):
    found = resolved(article("Storms hit Atlanta, Savannah and Macon across Georgia on Tuesday."), gaz)
    assert not found["Georgia"].why.startswith("country-name")
    # Named first and twice, the name casts no vote for a country: Atlanta, named after it, decides.
    found = resolved(article("Rain soaked north Georgia. Georgia forecasters expect floods in metro Atlanta."), gaz)
    assert found["Georgia"].place.kind == "admin1" and found["Georgia"].place.country == "US"
    # The country's demonym in the text settles it for the country, even beside American names.
    found = resolved(article("U.S. envoys met Russia's minister; Georgia asked for help as Georgian troops "
                             "left the border."), gaz)
    assert found["Georgia"].place.kind == "country" and found["Georgia"].why.startswith("country-name")


def test_a_world_city_is_not_displaced_by_a_village_of_the_articles_country(gaz, article):
    # The article is about Russia; GeoNames lists a Russian village with "Paris" among its names.
    found = resolved(article("Russia moved more troops toward Kursk and Belgorod on Sunday. Diplomats met "
                             "in Paris to discuss the fighting, and Moscow sent an envoy to Rostov."), gaz)
    assert found["Paris"].place.country == "FR"


def test_a_small_homonym_wins_with_local_evidence(gaz, article):
    found = resolved(article("Floodwaters closed roads in Paris, Texas, and in nearby Clarksville on Friday."), gaz)
    assert found["Paris"].place.country == "US" and found["Paris"].place.admin1_name == "Texas"


def test_repeated_open_names_vote_for_the_article_country(gaz, article):
    # Two unambiguous US names against one Canadian: the four open mentions of Montreal tip the vote.
    text = ("Suburban mayors around Montreal will ask Quebec to let drivers turn right on red. Quebec made the "
            "turn legal years ago, but Montreal kept its ban. Only Montreal and New York City forbid it anywhere "
            "in Canada or the United States, a mayor said. Montreal officials did not reply.")
    montreal = resolved(article(text), gaz)["Montreal"]
    assert "article countries CA" in montreal.why, montreal.why


def test_spatial_minimality_looks_past_the_most_populous_namesakes(gaz, article):
    # Paris, Tennessee is the seat of Henry County, Tennessee; neither is among the five best-known
    # places of its name, but together they are the only close pair.
    text = ("The Henry County commission voted in Paris on Tuesday to repave two roads. "
            "Henry County has twelve commissioners, and the meeting in Paris ran late.")
    found = resolved(article(text), gaz)
    assert found["Paris"].place.admin1_name == "Tennessee", found["Paris"].why
    assert found["Henry County"].place.admin1_name == "Tennessee"


def test_spatial_minimality_measures_from_towns_already_resolved(gaz, article):
    from geomap.resolve import spatial_minimality
    a = article("Hama was calm, but Soran was shelled.")
    recognise(a, gaz)
    hama = next(m for m in a.mentions if m.text == "Hama")
    hama.place, hama.why = gaz.best("Hama", country="SY").place, "test: resolved first"
    spatial_minimality(a, gaz)
    soran = next(m for m in a.mentions if m.text == "Soran")
    assert soran.why.startswith("spatial-minimality") and soran.place.country == "SY"


def test_spatial_minimality_takes_no_near_spelling_for_a_namesake_of_another_name(gaz, article):
    # "Anfield" is known only by a near spelling (Enfield); Enfield, Connecticut lies 23 km from
    # Manchester, Connecticut, which this British story does not mean.
    a = article("Flares were thrown inside Anfield as the Manchester coach pulled up outside Liverpool's ground.")
    recognise(a, gaz)
    if not any(m.text == "Anfield" for m in a.mentions):
        start = a.text.index("Anfield")
        a.add_mention(start, start + len("Anfield"))
        a.mentions.sort(key=lambda m: m.start)
    resolve(a, gaz)
    anfield = next(m for m in a.mentions if m.text == "Anfield")
    assert anfield.place is None or anfield.place.country == "GB", anfield.why


def test_a_demonym_names_its_country_for_the_capital_rule(gaz, article):
    # The story is set in the United States, but "Spanish" names Spain: "Madrid" is its capital,
    # not the Wisconsin town that also bears the name.
    text = ("The Spanish coach told reporters in Chicago that Madrid had not called him, "
            "and that Texas and Ohio fans were kind.")
    assert resolved(article(text), gaz)["Madrid"].place.country == "ES"


def _resolve_spans(gaz, article, text, names):
    a = article(text)
    seen: dict[str, int] = {}
    for name in names:  # a name listed twice is its first and second occurrence
        start = seen[name] = text.index(name, seen.get(name, -1) + 1)
        a.add_mention(start, start + len(name), kind="toponym")
    a.mentions.sort(key=lambda m: m.start)
    resolve(a, gaz)
    return {m.text: m for m in a.mentions}


def test_a_name_the_gazetteer_lacks_is_placed_at_the_well_known_place_inside_it(gaz, article):
    text = "Mourners filled Manila Cathedral, and the Philippines declared a day of grief."
    found = _resolve_spans(gaz, article, text, ["Manila Cathedral", "Philippines"])
    cathedral = found["Manila Cathedral"]
    assert cathedral.place.name == "Manila" and cathedral.why.startswith("contained-name")


def test_a_lone_town_of_the_article_country_yields_to_a_bigger_namesake_in_a_country_the_text_names(gaz, article):
    text = ("US officials said two soldiers died near Manbij. One was from Austin, Texas, the other a British "
            "sergeant who grew up in Manchester. The US and Syria traded blame.")
    manchester = resolved(article(text), gaz)["Manchester"]
    assert manchester.place.country == "GB" and manchester.why.startswith("named-abroad")
    # A town among the article's other towns keeps its name (Manchester beside Concord and Nashua).
    text = "A British firm opened offices in Concord, Nashua and Manchester, New Hampshire officials said."
    assert resolved(article(text), gaz)["Manchester"].place.country == "US"


def test_a_name_the_gazetteer_lacks_lies_in_the_town_the_text_puts_it_in(gaz, article):
    text = "Nurses at Zorbaqand Children's Hospital in Liverpool met staff from Glasgow and Leeds."
    found = _resolve_spans(gaz, article, text, ["Zorbaqand Children's Hospital", "Liverpool", "Glasgow", "Leeds"])
    hospital = found["Zorbaqand Children's Hospital"]
    assert (hospital.place.name, hospital.approximate) == ("Liverpool", True) and hospital.why.startswith("located-in")
    text = "Shells hit Aleppo and Idlib, then Zorbaqand, a village near Hama, and Hama itself."
    found = _resolve_spans(gaz, article, text, ["Aleppo", "Idlib", "Zorbaqand", "Hama", "Hama"])
    assert found["Zorbaqand"].place.name == "Ḩamāh"  # not Aleppo, the bigger of the towns named as often


def test_a_country_abbreviated_in_capitals_inside_a_name_places_it_in_that_country(gaz, article):
    text = "Markets in Lagos waited for the US Central Bank, while growth in the Western UK slowed."
    found = _resolve_spans(gaz, article, text, ["Lagos", "US Central Bank", "Western UK"])
    bank, west = found["US Central Bank"], found["Western UK"]
    assert (bank.place.country, bank.place.kind, bank.approximate) == ("US", "country", True)
    assert (west.place.country, west.place.kind) == ("GB", "country") and west.why.startswith("contained-name")


def test_the_contained_place_must_be_a_proper_well_known_name_in_the_article_country(gaz, article):
    text = "Students at Cyber Tech Career College in Texas fished the Kish River in Illinois."
    found = _resolve_spans(gaz, article, text, ["Cyber Tech Career College", "Texas", "Kish River", "Illinois"])
    # "College", Alaska is not meant, nor Kish island in Iran: each lies in the state the text puts it in
    assert found["Cyber Tech Career College"].place.name == "Texas"
    assert found["Kish River"].place.name == "Illinois" and found["Kish River"].why.startswith("located-in")


def test_the_article_country_is_one_vote_per_name_and_a_tie_goes_to_the_first_named(gaz, article):
    from geomap.resolve import _article_country
    a = article("Erie, Erie, Erie and Erie again; then Sarnia and Brampton.")
    recognise(a, gaz)
    for m in a.mentions:
        m.place, m.why = gaz.best(m.text, country="CA" if m.text != "Erie" else "US").place, "test"
    assert _article_country(a, {}) == ["CA"]  # four mentions of one US name, two Canadian names
    a.mentions = [m for m in a.mentions if m.text != "Brampton"]
    assert _article_country(a, {}) == ["US"]  # one name each: the first named wins the tie


def test_local_cluster_revisits_a_famous_reading_far_from_the_article_towns(gaz, article):
    text = ("Deputies from Anderson County searched roads near Elkhart and Grapeland after a break-in "
            "at a store in Palestine.")
    palestine = resolved(article(text), gaz)["Palestine"]
    assert palestine.place.admin1_name == "Texas" and palestine.why.startswith("local-cluster")
    # Without towns around it, the name keeps its famous reading.
    assert resolved(article("Envoys discussed Palestine and Jordan."), gaz)["Palestine"].place.country == "PS"


def test_a_near_spelling_needs_the_article_country_or_a_nearby_town(gaz, article):
    found = resolved(article("Shells fell on the villages of Umm Batna and Ain Issa, near Hama and Aleppo."), gaz)
    assert found["Ain Issa"].place.country == "SY"  # a transliteration in the article's country
    # Not the Israeli Umm Batin, 480 km from any town named: by the village listed with it.
    umm_batna = found["Umm Batna"]
    assert umm_batna.approximate and umm_batna.place.country == "SY" and umm_batna.why.startswith("list-neighbour")
    found = resolved(article("Shells fell on the village of Umm Batna, people in Hama and Aleppo said."), gaz)
    umm_batna = found["Umm Batna"]  # alone: near the biggest of the article's towns
    assert umm_batna.approximate and umm_batna.place.name == "Aleppo" and umm_batna.why.startswith("local-focus")


def test_a_near_spelling_far_from_every_town_of_the_article_is_not_taken(gaz, article):
    found = resolved(article("Lamont courts voters. HARWINTON — The nominee spoke in Litchfield and Torrington."), gaz)
    # Harrington, Delaware is in the article's country but 380 km from its towns.
    assert found["HARWINTON"].approximate and found["HARWINTON"].place.admin1_name == "Connecticut"


def test_a_town_named_after_a_state_is_not_placed_in_that_state(gaz, article):
    found = resolved(article("A man from Tennessee Colony was held in Palestine, Texas, near Tyler; Tyler police "
                             "agreed."), gaz)
    assert found["Tennessee Colony"].place.admin1_name == "Texas" and found["Tennessee Colony"].approximate


def test_a_contained_town_must_lie_near_the_towns_the_article_names(gaz, article):
    text = "Veterans gathered in Honolulu, and a wreath was laid at Pearl Harbor."
    found = _resolve_spans(gaz, article, text, ["Honolulu", "Pearl Harbor"])
    # Not Pearl, Mississippi, 6,000 km away: the harbour is placed, approximately, at the article's town.
    assert found["Pearl Harbor"].place.name == "Honolulu" and found["Pearl Harbor"].approximate
    assert found["Pearl Harbor"].why.startswith("local-focus:")


def test_a_name_the_gazetteer_lacks_is_placed_approximately_at_the_town_named_most(gaz, article):
    text = ("Brass bands marched from Royal Street to the river in New Orleans. New Orleans police closed "
            "Frenchmen Street, and Baton Rouge sent buses.")
    found = _resolve_spans(gaz, article, text, ["Royal Street", "New Orleans", "New Orleans", "Frenchmen Street",
                                                "Baton Rouge"])
    for street in ("Royal Street", "Frenchmen Street"):
        assert found[street].place.name == "New Orleans" and found[street].approximate, found[street].why
        assert "New Orleans, the town the article names most (2x)" in found[street].why  # not Baton Rouge (1x)
    assert not found["Baton Rouge"].approximate
    # The town must be in the country the article names most: "Noma", a woman read as NoMa in Washington
    # three times, is no focus for a story from the Western Cape.
    text = ("Noma left Khayelitsha for Cape Town. Noma said Cape Town police in the Western Cape failed her; "
            "Noma now lives in the Eastern Cape.")
    found = _resolve_spans(gaz, article, text, ["Noma", "Khayelitsha", "Cape Town", "Noma", "Cape Town",
                                                "Western Cape", "Noma", "Eastern Cape"])
    assert found["Khayelitsha"].place.name == "Cape Town"
    assert "Noma" not in found  # NoMa, a quarter of Washington, far from the story: no place (see stray-town)
    # With no town in the text it lies in the state the text puts it in; with nothing, it is left unplaced.
    found = _resolve_spans(gaz, article, "Parades filled Frenchmen Street in Louisiana.", ["Frenchmen Street", "Louisiana"])
    assert (found["Frenchmen Street"].place.name, found["Frenchmen Street"].approximate) == ("Louisiana", True)
    found = _resolve_spans(gaz, article, "Parades filled Frenchmen Street.", ["Frenchmen Street"])
    assert found["Frenchmen Street"].place is None and found["Frenchmen Street"].why.startswith("unresolved")


def test_a_name_listed_with_first_level_units_is_one_too(gaz, article):
    # With commas only, "Washington, Utah" first reads as a town and its state; the list corrects it.
    found = resolved(article("States on fire this week: California, Washington, Utah, Idaho."), gaz)
    washington = found["Washington"]
    assert washington.place.kind == "admin1" and washington.why.startswith("list-siblings")
    found = resolved(article("Wildfires burned in California, Washington, Utah and Idaho this week."), gaz)
    assert found["Washington"].place.kind == "admin1"
    # Two names after "states such as" are units too, though the capital's bonus favours the city.
    text = ("Young Americans are leaving costly states such as California or Washington for cheaper places, "
            "a new United States census survey found.")
    assert resolved(article(text), gaz)["Washington"].place.kind == "admin1"
    assert resolved(article("Talks in Washington and London ended."), gaz)["Washington"].place.kind == "place"


def test_a_name_listed_with_national_capitals_only_is_a_capital(gaz, article):
    # The English town of Washington lies near London; beside London alone, in a story about Yemen, the name is
    # the US capital
    text = "Washington and London sent warships after missiles were fired from Hodeidah, in Yemen, on Friday."
    washington = resolved(article(text), gaz)["Washington"]
    assert (washington.place.country, washington.place.feature_code) == ("US", "PPLC")
    assert washington.why.startswith("list-siblings: listed with the capital London")
    # Beside a town, a capital says nothing; a country listed with a capital stays the country
    text = "Floods reached London and Corbin, in Laurel County, Kentucky, on Monday."
    assert resolved(article(text), gaz)["London"].place.admin1_name == "Kentucky"
    assert resolved(article("Envoys from Britain and Singapore met in Tokyo."), gaz)["Singapore"].place.kind == "country"


def test_demonyms_of_small_countries_and_of_regions(gaz, article):
    found = resolved(article("Chechen fighters, Philippine marines and Maltese sailors joined Arab and Sahrawi envoys."), gaz)
    assert found["Arab"].place.name == "Arab world"
    assert found["Chechen"].place.kind == "admin1" and found["Chechen"].place.country == "RU"
    assert [found[d].place.country for d in ("Philippine", "Maltese", "Sahrawi")] == ["PH", "MT", "EH"]


def test_a_country_name_beside_a_single_foreign_town_is_its_namesake_there(gaz, article):
    found = resolved(article("Police in Jordan said a man from Shakopee was held after a chase on the highway."), gaz)
    assert found["Shakopee"].place.country == "US"
    assert found["Jordan"].place.country == "US" and found["Jordan"].why.startswith("local-cluster")
    found = resolved(article("Police in Jordan said a man from Irbid was held after a chase on the highway."), gaz)
    assert found["Jordan"].place.kind == "country"


def test_islands_the_press_names(gaz, article):
    found = resolved(article("Drones hit Snake Island, a tanker burned off Kharg Island, and patrols near the "
                             "Spratly Islands and Java were stepped up."), gaz)
    assert {n: (p.place.country, p.place.feature_code) for n, p in found.items()} == {
        "Snake Island": ("UA", "ISL"), "Kharg Island": ("IR", "ISL"), "Spratly Islands": ("", "ISLS"),
        "Java": ("ID", "ISL")}


def test_a_name_whose_candidates_tie_waits_for_the_rest_of_the_article(gaz, article):
    found = _resolve_spans(gaz, article, "Gulf tankers sailed past Basra.", ["Gulf", "Basra"])
    assert found["Gulf"].place.name == "Persian Gulf"
    found = _resolve_spans(gaz, article, "Gulf shrimpers in Biloxi and Mobile had a poor year.", ["Gulf", "Biloxi", "Mobile"])
    assert found["Gulf"].place.name == "Gulf of Mexico"


def test_regions_of_a_country_the_press_names(gaz, article):
    found = resolved(article("Storms moved from the Midwest to the West Coast, and fires burned in the Outback."), gaz)
    assert {n: (m.place.country, m.place.kind) for n, m in found.items()} == {
        "Midwest": ("US", "region"), "West Coast": ("US", "region"), "Outback": ("AU", "region")}


def test_one_nearby_town_is_enough_when_every_town_lies_outside_the_country_first_chosen(gaz, article):
    text = "Crews from Palestine joined volunteers in Anderson County and Fairfield after the storm in Texas."
    found = resolved(article(text), gaz)
    assert found["Palestine"].place.country == "US" and found["Palestine"].why.startswith("local-cluster")


def test_a_world_city_takes_its_name_back_from_a_distant_small_town_of_the_articles_country(gaz, article):
    text = ("WASHINGTON -- The senator told reporters in Washington that the summit in London would test "
            "the alliance. Officials in London declined to comment.")
    london = resolved(article(text), gaz)["London"]
    assert london.place.country == "GB" and london.why.startswith("world-city")
    # A town near the article's other towns keeps the name.
    found = resolved(article("Storms cut power in London, Kentucky, and in nearby Corbin and Somerset."), gaz)
    assert found["London"].place.admin1_name == "Kentucky"


def test_a_sea_shared_by_several_names_is_the_one_beside_the_articles_places(gaz, article):
    # Resolution alone: the recogniser leaves a bare "Gulf" to the annotator's convention.
    text = "Insurers raised rates for tankers in the Gulf after a drone hit a ship anchored off Qatar."
    assert _resolve_spans(gaz, article, text, ["Gulf", "Qatar"])["Gulf"].place.name == "Persian Gulf"
    text = "Oil rigs in the Gulf were evacuated as the storm neared Houston."
    assert _resolve_spans(gaz, article, text, ["Gulf", "Houston"])["Gulf"].place.name == "Gulf of Mexico"


def test_a_small_town_the_article_names_alone_is_also_the_place_inside_a_longer_name(gaz, article):
    text = "Crews cleared blocked drains in Nenagh on Monday, and Nenagh MDC voted funds for new pipes."
    found = _resolve_spans(gaz, article, text, ["Nenagh", "Nenagh MDC"])
    assert found["Nenagh MDC"].place == found["Nenagh"].place and found["Nenagh"].place.country == "IE"
    assert found["Nenagh MDC"].why.startswith("contained-name")
    # Named only inside the longer name, a town that small is not trusted.
    alone = _resolve_spans(gaz, article, "Nenagh MDC voted funds for new pipes.", ["Nenagh MDC"])
    assert alone["Nenagh MDC"].place is None


def test_a_governors_title_names_the_state(gaz, article):
    found = resolved(article("Washington Gov. Ruth Alder toured flooded farms near Yakima on Tuesday."), gaz)
    assert found["Washington"].place.kind == "admin1" and found["Washington"].why.startswith("feature-word")
    found = resolved(article("New York Gov. Ruth Alder met the mayor in Buffalo."), gaz)
    assert found["New York"].place.kind == "admin1"


def test_the_contained_place_is_the_best_of_that_name_not_the_best_overall(gaz, article):
    text = "In Mexico, traders in Ciudad Juarez waited for the Bank of Mexico to cut rates."
    found = _resolve_spans(gaz, article, text, ["Mexico", "Ciudad Juarez", "Bank of Mexico"])
    # Beside the country, Mexico City outranks it for "Mexico", but it is not so named.
    assert (found["Bank of Mexico"].place.name, found["Bank of Mexico"].place.kind) == ("Mexico", "country")
    assert found["Bank of Mexico"].why.startswith("contained-name")


def test_another_name_of_a_town_abroad_is_not_the_articles_village(gaz, article):
    found = resolved(article("Jihadists ambushed a convoy near Boni, in central Mali, and fled toward Douentza."), gaz)
    boni = found["Boni"]  # a Latin name of Bonn, Germany: the Malian village is placed approximately instead
    assert boni.place is None or boni.place.country == "ML" and boni.approximate


def test_another_name_of_a_town_in_a_country_the_text_names_is_that_town(gaz, article):
    a = article("Yerevan said Azerbaijani guns near Kalbajar and Lachin fired on Armenian posts at Jermuk and Sotk "
                "overnight; Armenia called it an assault, and Baku blamed Yerevan.")
    lachin = resolved(a, gaz)["Lachin"]  # GeoNames knows Laçın, Azerbaijan, as 'Lachin' only by another name
    assert (lachin.place.name, lachin.place.country) == ("Laçın", "AZ")


def test_the_capital_is_that_of_the_country_named_before_it_or_of_the_article(gaz, article):
    a = article("Rebels neared the Syrian capital. Sudan's capital was calm. In Mandalay and Lashio, "
                "people fled to the capital.")
    recognise(a, gaz)
    resolve(a, gaz)
    capitals = [m for m in a.mentions if m.kind == "reference"]
    assert [m.place.name for m in capitals] == ["Damascus", "Khartoum", "Nay Pyi Taw"]
    assert all(m.why.startswith("capital: the capital of") for m in capitals)


def test_a_name_the_gazetteer_lacks_lies_by_the_town_listed_with_it(gaz, article):
    text = ("Israeli jets struck Aita al-Shaab and Bint Jbeil in Lebanon, Israeli officials said, after rockets "
            "hit Kiryat Shmona, Nahariya and Safed in northern Israel.")
    found = resolved(article(text), gaz)
    aita = found["Aita al-Shaab"]  # not at an Israeli town, the article's most named country's
    assert aita.approximate and aita.place.country == "LB" and aita.why.startswith("list-neighbour")


def test_another_transliteration_of_an_arabic_name_in_the_articles_country(gaz, article):
    text = ("Turkish-backed fighters shelled Ras al-Ain and Tal Tamr in northeastern Syria, while jets struck "
            "Maarat al-Numan and Jisr al-Shughur in Idlib province.")
    found = resolved(article(text), gaz)
    # Not Ceylanpinar across the Turkish border, nor placed at the Idlib towns 350 km away.
    assert {name: found[name].place.admin1_name for name in ("Ras al-Ain", "Tal Tamr", "Maarat al-Numan",
                                                             "Jisr al-Shughur")} == {
        "Ras al-Ain": "Al-Hasakah", "Tal Tamr": "Al-Hasakah", "Maarat al-Numan": "Idlib", "Jisr al-Shughur": "Idlib"}


def test_the_country_after_a_comma_is_the_one_that_holds_the_town(gaz, article):
    found = resolved(article("M23 rebels took Rubaya near Goma, Congo. In Brazzaville, Congo, officials met."), gaz)
    assert [m.place.country for m in found.values() if m.text == "Goma"] == ["CD"]
    congo = [m for m in resolved(article("In Brazzaville, Congo, officials met."), gaz).values()]
    assert {m.text: m.place.country for m in congo} == {"Brazzaville": "CG", "Congo": "CG"}
    assert resolved(article("Fighting near Goma displaced thousands in Congo."), gaz)["Congo"].place.country == "CD"


def test_a_town_in_a_province_the_text_names_keeps_its_name_from_a_former_name_abroad(gaz, article):
    text = ("Russia's army said it had seized a village in Ukraine's Donetsk region, some 10 km south of "
            "Pokrovsk.")
    pokrovsk = resolved(article(text), gaz)["Pokrovsk"]  # once the name of Engels, a bigger Russian city
    assert (pokrovsk.place.country, pokrovsk.place.admin1_name) == ("UA", "Donetska")


def test_a_village_in_a_countrys_named_region_lies_there_or_approximately_in_the_region(gaz, article):
    found = resolved(article("Shells hit Kupiansk in Ukraine’s Kharkiv region and the village of Hryhorivka in "
                             "Ukraine’s Donetsk region."), gaz)
    assert found["Kupiansk"].place.admin1_name == "Kharkivska" and not found["Kupiansk"].approximate
    village = found["Hryhorivka"]  # the gazetteer's Hryhorivkas lie in other regions
    assert (village.place.name, village.approximate) == ("Donetska", True)
    assert village.why.startswith("explicit-context:")


def test_a_small_town_abroad_the_text_calls_a_place_is_the_articles_village_else_no_place(gaz, article):
    text = ("Gangs attacked Cabaret and Arcahaie, north of Port-au-Prince, Haiti. Police fought them near "
            "Liancourt. Human Rights Watch said Port-au-Prince hospitals were full.")
    found = resolved(article(text), gaz)
    near = found["Liancourt"]  # a town in France: here a Haitian village the gazetteer lacks
    assert (near.place.name, near.approximate, near.why.split(":")[0]) == ("Port-au-Prince", True, "stray-town")
    assert "Human" not in found  # Uman, Ukraine, by another spelling: nothing calls it a place
    # A village the text names as one, but that only its name puts in New Caledonia, is the story's village too.
    found = resolved(article("Myanmar military jets bombed Monywa on Tuesday, residents said. The jets later struck "
                             "Let Yet Kone village, killing nine people."), gaz)
    assert (found["Kone"].place.country, found["Kone"].approximate) == ("MM", True), found["Kone"].why
    # ... and so does a distance told to it: "Liancourt, about 20 km to the north"
    found = resolved(article("Gangs attacked Cabaret and Arcahaie, north of Port-au-Prince, Haiti. Liancourt, about "
                             "20 km to the north, was spared."), gaz)
    assert (found["Liancourt"].place.name, found["Liancourt"].approximate) == ("Port-au-Prince", True)


def test_a_dateline_in_capitals_and_the_name_in_the_text_are_one_place(gaz, article):
    found = resolved(article("BUKAVU, Congo (Staff) - Rebels entered Bukavu on Sunday. Kavumu lies north of "
                             "Bukavu."), gaz)
    assert found["BUKAVU"].place == found["Bukavu"].place and found["Bukavu"].place.kind == "place"


def test_a_neighbourhood_of_the_articles_town_is_not_a_namesake_far_away(gaz, article):
    found = resolved(article("Gunmen roamed Culiacan. Troops fought in the Tierra Blanca neighbourhood of "
                             "Culiacan. Many moved from Culiacan to a Houston suburb."), gaz)
    quarter = found["Tierra Blanca"]
    assert (quarter.place.name, quarter.approximate, quarter.why.split(":")[0]) == ("Culiacán", True, "town-quarter")
    assert found["Houston"].place.name == "Houston"  # "a Houston suburb" lies near Houston


def test_the_citys_district_is_a_quarter_of_that_city_not_a_namesake_far_away(gaz, article):
    found = resolved(article("A missile strike on Zaporizhzhia killed seven people. Two missiles hit a block of flats in "
                             "the city's Shevchenkivskyi district."), gaz)
    quarter = found["Shevchenkivskyi"]
    assert (quarter.place.name, quarter.approximate) == ("Zaporizhzhya", True)
    found = resolved(article("Militants attacked a checkpoint in the Bannu district of Khyber Pakhtunkhwa."), gaz)
    assert found["Bannu"].place.kind == "admin2"  # a unit of its own


def test_a_dateline_alone_is_no_focus_where_the_story_names_other_towns(gaz, article):
    from geomap.recognise import recognise
    from geomap.resolve import resolve
    a = article("YANGON - The rebels said they had captured Maungdaw, a town on the border, after fighting near Buthidaung "
                "and Kyauktaw.")
    resolve(recognise(a, gaz), gaz)
    maungdaw = next(m for m in a.mentions if m.text == "Maungdaw")  # not in the embedded data
    assert maungdaw.place is None or maungdaw.place.name != "Yangon"


def test_a_town_in_a_compass_part_of_a_country_is_that_countrys(gaz, article):
    from geomap.recognise import recognise
    from geomap.resolve import resolve
    # "Ariha" is also another name of Jericho: "in northwestern Syria" says which one
    a = article("An airstrike hit a market in the town of Ariha in northwestern Syria on Tuesday.")
    resolve(recognise(a, gaz), gaz)
    assert next(m.place.country for m in a.mentions if m.text == "Ariha") == "SY"


def test_a_body_of_government_sits_in_its_capital_or_continent(gaz, article):
    text = ("Officials in Kyiv welcomed the European Commission plan, which the Council of Europe backed; the "
            "Russian Foreign Ministry called it hostile. Tourists in Lviv kept to the French Quarter cafes.")
    found = _resolve_spans(gaz, article, text, ["Kyiv", "European Commission", "Council of Europe",
                                                 "Russian Foreign Ministry", "Lviv", "French Quarter"])
    assert found["European Commission"].place.kind == "continent", found["European Commission"].why
    assert found["Council of Europe"].place.name == "Europe"
    assert found["Russian Foreign Ministry"].place.name == "Moscow"
    # A quarter, a school or an embassy named after a people lies where the story is, not in their country.
    assert found["French Quarter"].place is None or found["French Quarter"].place.country == "UA"


def test_a_town_told_only_as_where_someone_spoke_is_no_focus(gaz, article):
    # The port is abroad and the gazetteer lacks it: it is not a quarter of the city the military spoke in.
    found = resolved(article("Israeli warplanes struck the port of Ras Isa on Monday, the military said in Tel Aviv."), gaz)
    assert found["Ras Isa"].place is None or found["Ras Isa"].place.name != "Tel Aviv", found["Ras Isa"].why
    # Told also as where the story happens, it still is the focus.
    found = resolved(article("Sirens sounded across Tel Aviv as a rocket hit the Kfar Shalem quarter, the police said "
                             "in Tel Aviv."), gaz)
    assert (found["Kfar Shalem"].place.name, found["Kfar Shalem"].approximate) == ("Tel Aviv", True)


def test_a_missing_town_in_a_named_province_lies_in_it_unless_the_storys_town_does(gaz, article):
    found = resolved(article("Police in Mandalay detained 11 students. The Arakan Army said it had captured the town "
                             "of Paletwa in Chin State."), gaz)
    paletwa = found["Paletwa"]  # not at Mandalay, 400 km away in another region
    assert (paletwa.place.name, paletwa.approximate) == ("Chin", True)
    text = "Residents of Tijuana complained of sewage. Work on the Zarzalito Creek in Baja California starts soon."
    found = _resolve_spans(gaz, article, text, ["Tijuana", "Zarzalito Creek", "Baja California"])
    assert found["Zarzalito Creek"].place.name == "Tijuana"  # the story's town lies in that state: the closer point


def test_a_town_put_in_a_state_that_has_no_such_town_is_placed_in_the_state_not_abroad(gaz, article):
    mentions = resolved_all(article("Gunmen seized 25 schoolgirls in Maga, in Kebbi state, on Monday."), gaz)
    maga = next(m for m in mentions if m.text == "Maga")
    assert (maga.place.name, maga.place.country, maga.approximate) == ("Kebbi", "NG", True)  # not Maga, Cameroon
    assert maga.why.startswith("explicit-context")
    # "On Thursday, Alaska Gov.": a comma alone puts no unknown name in a state
    mentions = resolved_all(article("On Thursday, Alaska Gov. Sarah Palin said she would reject the funds."), gaz)
    assert not any(m.text == "Thursday" and m.why.startswith("explicit-context") for m in mentions)


def test_great_lakes_and_inland_seas_are_places_of_their_own(gaz, article):
    found = resolved(article("Riots hit Mwanza, a port on Lake Victoria, and fishermen fled across Lake Kivu. "
                             "Rockets fell near the Sea of Galilee."), gaz)
    assert found["Lake Victoria"].place.name == "Lake Victoria"  # was Victoria, Hong Kong
    assert found["Lake Kivu"].place.name == "Lake Kivu"  # was the Kivu region
    assert found["Sea of Galilee"].place.country == "IL"


def test_the_camps_and_areas_the_press_names_alone(gaz, article):
    found = resolved(article("Families fled from Abu Shouk and the Zamzam camp to al-Mawasi. A strike hit the Ain "
                             "al-Hilweh camp near Sidon."), gaz)
    assert {name: found[name].place.country for name in ("Abu Shouk", "Zamzam camp", "al-Mawasi",
                                                          "Ain al-Hilweh camp")} == \
        {"Abu Shouk": "SD", "Zamzam camp": "SD", "al-Mawasi": "PS", "Ain al-Hilweh camp": "LB"}  # al-Mawasi was Mosul


def test_a_national_capital_abroad_is_no_stray_town_of_a_local_story(gaz, article):
    text = "Officials in Sacramento, California, said the envoy flew on to Banjul and Valletta."
    found = resolved(article(text), gaz)
    assert found["Banjul"].place.country == "GM" and found["Valletta"].place.country == "MT"


def test_a_curated_landmark_abroad_is_no_stray_town(gaz, article):
    found = resolved(article("Gunmen stormed Kfar Aza in 2023, and US jets struck Fordow."), gaz)
    assert found["Kfar Aza"].place.country == "IL" and found["Fordow"].place.country == "IR"


def test_an_arabic_name_the_gazetteer_lacks_is_not_placed_at_a_word_of_it(gaz, article):
    found = resolved(article("Shells hit Ain Issa and Ras Isa on Monday."), gaz)
    assert all(m.place is None or m.place.country not in ("FR", "JP") for m in found.values())


def test_a_village_put_in_a_quarter_of_a_town_or_in_another_country(gaz, article):
    text = "Israeli jets struck Khiam in southern Lebanon, and troops raided Shujaiya in eastern Gaza City."
    found = resolved(article(text), gaz)
    assert found["Shujaiya"].place.name == "Gaza" and found["Shujaiya"].approximate  # the town it is in
    assert found["Khiam"].approximate and found["Khiam"].place.name == "Lebanon"  # not at Gaza, the article's town


def test_an_airport_abroad_is_no_stray_town_and_a_second_name_in_brackets_is_dropped(gaz, article):
    text = "Israeli strikes hit Sanaa, and the minister flew from Charles de Gaulle airport to Tel Aviv."
    assert resolved(article(text), gaz)["Charles de Gaulle airport"].place.country == "FR"  # had been Tel Aviv's
    found = resolved(article("The governor's plane will land at Long Beach Airport in California."), gaz)
    assert found["Long Beach Airport"].place.country == "US"  # "Long Beach (Daugherty Field) Airport"


def test_a_nearby_village_the_gazetteer_lacks_is_placed_at_the_town_just_told(gaz, article):
    text = ("ADDIS ABABA, Aug 18 - Fano fighters attacked Debre Markos on Sunday. A drone struck a market in the "
            "nearby village of Gundo Meskel. Students in Addis Ababa marched against the war on Monday.")
    village = resolved(article(text), gaz)["Gundo Meskel"]
    assert village.approximate and village.place.name == "Debre Mark’os"  # not the capital


def test_a_village_named_like_a_far_city_is_a_village_the_gazetteer_lacks(gaz, article):
    text = ("Russian forces captured the village of Rivne, about 6 km northwest of Pokrovsk in Ukraine's Donetsk "
            "region, the ministry said.")
    village = resolved(article(text), gaz)["Rivne"]
    assert village.approximate and "village-homonym" in village.why  # had been the city of Rivne, 834 km west
    assert not resolved(article("Drones hit Rivne and Lutsk overnight."), gaz)["Rivne"].approximate  # the city


def test_press_spellings_of_war_towns_resolve_to_the_towns(gaz, article):
    text = "Israeli strikes killed 12 people in Nusseirat in central Gaza. Shelling killed two people in Al-Raqqa."
    found = resolved(article(text), gaz)
    assert (found["Nusseirat"].place.name, found["Al-Raqqa"].place.name) == ("An Nuşayrāt", "Ar Raqqah")


def test_a_base_in_a_region_the_gazetteer_holds_no_namesake_in_is_placed_in_that_region(gaz, article):
    text = "Ukrainian drones struck the Marinovka air base in Russia's Volgograd region overnight."
    found = resolved(article(text), gaz)  # had been a Ukrainian village; "Volgograd region" the city
    assert found["Marinovka"].approximate and found["Marinovka"].place.name == "Volgograd Oblast"
    assert found["Volgograd"].place.kind == "admin1"


def test_an_area_of_the_capital_is_a_part_of_it_not_a_namesake_far_away(gaz, article):
    text = ("DHAKA, July 19 - Protesters set fire to a television station in the Rampura area of the capital. Police "
            "in Dhaka fired tear gas.")
    quarter = resolved(article(text), gaz)["Rampura"]
    assert quarter.approximate and quarter.place.name == "Dhaka"  # had been Rangpur, 300 km north-west


@pytest.mark.parametrize("text,name,placed", [
    # a village the gazetteer lacks is placed in the province its sentence opens in
    ("Rebels ambushed soldiers near Kidal on Monday, and the army said it lost 20 men near Kidal. In the Menaka region "
     "to the east, gunmen killed 12 civilians in the village of Tabangout.", "Tabangout", "Ménaka"),
    # a district a town owns that the gazetteer lacks is placed at that town
    ("RSF drones struck a power station in Khartoum on Tuesday. On Monday, shelling killed five civilians in "
     "Omdurman's Karari district, volunteers said.", "Karari", "Omdurman"),
])
def test_a_place_the_gazetteer_lacks_is_placed_where_its_sentence_puts_it(gaz, article, text, name, placed):
    found = resolved(article(text), gaz)[name]
    assert found.approximate and found.place.name == placed  # both had been at the article's town


def test_a_place_the_gazetteer_lacks_in_a_part_of_a_country_is_placed_in_that_country(gaz, article):
    found = resolved(article("Jihadists attacked an army post in Boni in central Mali on Thursday."), gaz)
    assert found["Boni"].approximate and found["Boni"].place.name == "Mali"  # had been unresolved
    us = resolved(article("Troops of the US in southern Syria were attacked by drones."), gaz)["US"]
    assert us.place.name == "United States"  # a country's name stays the country


def test_a_village_known_only_by_a_near_spelling_abroad_is_one_the_gazetteer_lacks(gaz, article):
    text = ("A Turkish drone struck a car near Sinjar in northern Iraq. The car was hit near the village of Khanasor "
            "north of Sinjar. In Erbil and Mosul officials condemned the strike.")
    village = resolved(article(text), gaz)["Khanasor"]
    assert village.approximate and village.place.name == "Sinjār"  # had been Taşlıca, in Turkey
    assert village.why.startswith("village-homonym")  # (", north of Sinjar", apposed, is measured-near's)


def test_a_district_of_the_city_its_sentence_names_is_a_quarter_of_that_city(gaz, article):
    text = ("KYIV, May 23 - Russian missiles struck Kyiv overnight, and drones hit two districts of Kyiv. In the "
            "southern city of Kherson, shelling killed a man in the Dniprovskyi district.")
    district = resolved(article(text), gaz)["Dniprovskyi"]
    assert district.approximate and district.place.name == "Kherson"  # had been Kyiv's district of that name


def test_a_village_the_gazetteer_lacks_in_a_story_filed_from_elsewhere_is_in_the_storys_region(gaz, article):
    text = ("YANGON, May 13 - An airstrike hit a school in the central Sagaing region on Monday. The strike on "
            "Ohe Htein Twin village killed 20 children, residents of the Sagaing region said.")
    village = resolved(article(text), gaz)["Ohe Htein Twin"]
    assert village.approximate and village.place.name == "Sagaing"  # had been Yangon, where the story was filed


def test_a_neighbourhood_a_city_owns_is_a_quarter_of_that_city(gaz, article):
    text = "Israeli tanks pushed into Gaza City's Zeitoun neighbourhood. Troops killed several fighters in Zeitoun."
    found = resolved_all(article(text), gaz)
    quarters = [m for m in found if m.text == "Zeitoun"]
    assert all(m.approximate and m.place.name == "Gaza" for m in quarters)  # had been Żejtun, in Malta


def test_a_village_told_at_a_distance_from_a_town_is_not_a_namesake_far_off(gaz, article):
    text = ("Druze and Bedouin fighters clashed in Sweida province. Troops came under fire near the village of "
            "al-Mazraa, about 10 km west of Sweida, and Israel said it struck tanks.")
    village = resolved(article(text), gaz)["al-Mazraa"]
    assert village.approximate and village.place.name == "As-Suwayda"  # had been El Mazra'a, in Israel
    assert village.why.startswith("measured-near")
    aleppo = resolved(article("Rebels entered Aleppo, about 10 km from Damascus, on Friday."), gaz)["Aleppo"]
    assert not aleppo.approximate  # a city the press misplaces stays itself: the claim says it is wrong


def test_hamlets_listed_within_a_distance_of_a_town_are_not_namesakes_across_the_border(gaz, article):
    text = ("Ukraine said its troops still held positions near the town of Sudzha in Russia's Kursk region, and a "
            "missile hit Dobropillia in Ukraine. Russia said its forces had retaken Lebedevka, Novenky and Viktorovka, "
            "all within about 10 km of Sudzha.")
    found = resolved(article(text), gaz)
    for name in ("Lebedevka", "Novenky", "Viktorovka"):  # had been Ukrainian hamlets 720 km off (Lebedevka listed
        # with them)
        assert found[name].approximate and found[name].place.name == "Sudzha", name
        assert found[name].why.startswith(f"measured-near: the text puts '{name}' 10 km from Sudzha")


def test_a_country_is_not_its_capital_for_the_capitals_own_mentions_nearby(gaz, article):
    text = ("Gunmen kill 12 at party in central Mexico\n\nMEXICO CITY (AP) - Gunmen opened fire on people in the city "
            "of Irapuato on Wednesday. Irapuato lies about 300 km northwest of Mexico City.")
    found = resolved_all(article(text, title="Gunmen kill 12 at party in central Mexico"), gaz)
    assert next(m for m in found if m.text == "Mexico").place.name == "Mexico"  # had been Mexico City


def test_a_district_spatial_minimality_put_by_another_town_is_a_quarter_of_the_storys_city(gaz, article):
    text = ("Russian glide bombs struck two apartment buildings in the city of Kharkiv on Saturday, officials said. "
            "The governor said one of the bombs hit a building in the Kyivskyi district. Kharkiv lies near the "
            "border.")
    district = resolved(article(text), gaz)["Kyivskyi"]
    assert district.approximate and district.place.name == "Kharkiv"  # had been a town of that name 131 km off


def test_a_capital_standing_for_its_government_is_not_the_storys_town(gaz, article):
    text = ("Pakistani and Afghan forces exchanged fire at the Chaman crossing on Sunday. Islamabad said its strikes "
            "had targeted militants. The fighting spread to the village of Sarogha.")
    village = resolved(article(text), gaz)["Sarogha"]
    assert village.approximate and village.place.name == "Chaman"  # had been Islamabad, which only spoke


def test_the_capital_of_a_name_makes_it_a_unit_not_a_capital(gaz, article):
    found = resolved(article("Isabela City, the capital of Basilan, lies about 25 km north of Sumisip."), gaz)
    assert found["Basilan"].place.kind == "admin2"  # had been the city of Isabela, "called a capital"


def test_a_village_abroad_by_name_that_the_text_puts_near_a_town_is_placed_there(gaz, article):
    found = resolved(article("Gunmen killed 15 people in Ethiopia. They struck the village of Gida near Nekemte, "
                             "west of Addis Ababa. Addis Ababa sent troops."), gaz)
    assert found["Gida"].place.name == "Nek’emtē" and found["Gida"].approximate  # had been Addis Ababa


def test_a_district_a_city_owns_is_that_citys(gaz, article):
    found = resolved(article("Two bombs killed six police officers in Giza's Haram district in Egypt on Friday."), gaz)
    assert found["Haram"].place.name == "Giza"  # had been Haram in Norway


def test_a_county_that_is_a_first_level_unit_is_that_unit(gaz, article):
    mentions = resolved_all(article("In Kiambu county, protesters burned a police station. Kiambu town lies about 15 "
                                    "km north of Nairobi."), gaz)
    assert [m.place.kind for m in mentions if m.text == "Kiambu"] == ["admin1", "place"]  # had been the town twice


def test_a_name_the_gazetteer_lacks_measured_from_a_town_is_placed_at_that_town(gaz, article):
    text = ("JUBA, South Sudan - Armed youths raided cattle camps in Jonglei state on Tuesday. They burned huts at "
            "Gumuruk, some 30 km north-east of Bor, officials in Juba said.")
    gumuruk = resolved(article(text), gaz)["Gumuruk"]
    assert (gumuruk.place.name, gumuruk.approximate) == ("Bor", True)  # had been Juba, the dateline's town


def test_deir_al_balah_is_the_city_unless_called_the_governorate(gaz, article):
    city = resolved(article("Air strikes killed nine people in Deir al-Balah in Gaza overnight."), gaz)
    unit = resolved(article("Strikes hit Deir al-Balah governorate in Gaza on Monday."), gaz)
    assert (city["Deir al-Balah"].place.feature_code, unit["Deir al-Balah"].place.feature_code) == ("PPLA", "ADM1")


def test_a_village_of_the_story_a_near_spelling_put_abroad_keeps_its_every_mention(gaz, article):
    text = ("Gunmen stormed Zike village in Plateau state in Nigeria overnight, killing 52 people, officials in Jos "
            "said. Zike is about 25 km north of Jos.")
    mentions = [m for m in resolved_all(article(text), gaz) if m.text == "Zike"]
    assert len(mentions) == 2  # the second had been dropped as a town abroad no cue called a place


@pytest.mark.parametrize("text,quarter", [
    ("CAIRO, June 3 (Reuters) - Israeli shelling killed five Palestinians in Rafah on Monday, as envoys met in Cairo "
     "for talks with Egyptian mediators. A tank shell hit a tent in the Tel al-Sultan neighbourhood, witnesses in "
     "Rafah said. Egypt said the talks in Cairo would resume.", "Tel al-Sultan"),  # the one town its sentence names
    ("CAIRO, May 20 - Israeli jets struck Rafah on Tuesday, killing nine Palestinians, as negotiators met in Cairo. "
     "The strikes hit homes in the Shaboura neighbourhood, medics said. Egypt warned against an assault on Rafah.",
     "Shaboura"),  # the story's town once the dateline counts for nothing
])
def test_a_dateline_does_not_make_the_capital_the_town_of_a_quarter_the_body_tells_of(gaz, article, text, quarter):
    found = resolved(article(text), gaz)
    assert found[quarter].place.name == found["Rafah"].place.name and found["Rafah"].place.country == "PS"


def test_the_citys_district_is_the_citys_whichever_namesake_lies_nearest(gaz, article):
    a = article("A glide bomb hit an apartment block in Kharkiv on Sunday. Most of the damage was in the city's "
                "Kyivskyi district, the mayor said.")
    found = resolved(a, gaz)
    assert found["Kyivskyi"].place.name == "Kharkiv" and found["Kyivskyi"].approximate


def test_a_country_named_before_a_region_is_the_country_not_a_village_of_the_region(gaz, article):
    a = article("NIAMEY - Jihadists ambushed a patrol near Chatoumane on Tuesday. The village lies close to the "
                "border with Mali in the Tillaberi region.")
    assert [m.place.kind for m in resolved_all(a, gaz) if m.text == "Mali"] == ["country"]


def test_a_name_apposed_to_the_countrys_second_city_is_the_city(gaz, article):
    found = resolved(article("Clashes were reported in Chittagong, the country's second-largest city, and in "
                             "Dhaka."), gaz)
    assert found["Chittagong"].place.kind == "place"


def test_a_name_the_gazetteer_lacks_in_the_area_of_a_district_stays_in_that_district(gaz, article):
    text = ("Militants stormed a checkpoint in the Makeen area of South Waziristan overnight. A week earlier troops "
            "raided a hideout near Tank, a town some 60 km east of Makeen.")
    first, *_, second = (m for m in resolved_all(article(text), gaz) if m.text in ("Makeen", "South Waziristan"))
    assert first.text == second.text == "Makeen"
    assert first.place.name == second.place.name == "South Waziristan Agency" and second.approximate
    assert second.why.startswith("located-in") and "where the text puts it at another mention" in second.why


def test_a_village_the_gazetteer_lacks_is_in_the_district_the_sentence_before_put_the_story_in(gaz, article):
    text = ("IMPHAL - Police in Imphal said on Saturday that gunmen had killed five people in Manipur's Jiribam "
            "district.\n\nA retired soldier was shot dead at home in the village of Nungchappi. Imphal was calm.")
    village = next(m for m in resolved_all(article(text), gaz) if m.text == "Nungchappi")
    assert village.place.name == "Jiribam" and village.approximate and "sentence before" in village.why
    # ... but not a unit of another country than the article's town ("Salah's home village of Nagrig")
    text = ("Fans filled the stands in Cairo, and some flew in from England.\n\nHe grew up in the village of Nagrig, "
            "far from Cairo.")
    village = next(m for m in resolved_all(article(text), gaz) if m.text == "Nagrig")
    assert village.place.name == "Cairo"


def test_a_town_abroad_named_by_an_armed_body_is_no_place_whatever_stands_before_it(gaz, article):
    text = ("Fighters of the Fano militia captured Debre Tabor in Ethiopia's Amhara region on Monday. Debre Tabor "
            "lies east of Bahir Dar.")
    assert "Fano" not in [m.text for m in resolved_all(article(text), gaz)]


def test_a_village_the_text_says_is_in_a_department_named_after_a_town_is_placed_at_that_town(gaz, article):
    text = ("NIAMEY - Gunmen attacked a mosque in the village of Fambita in western Niger, killing 12 people, the "
            "government in Niamey said. Fambita is in the Tera department, near the border with Burkina Faso.")
    first, second = (m for m in resolved_all(article(text), gaz) if m.text == "Fambita")
    assert first.place.name == second.place.name == "Téra" and first.approximate and second.approximate



def test_the_golan_in_a_golan_town_is_the_heights(gaz, article):
    found = resolved(article("A rocket killed 12 children in the Golan town of Majdal Shams."), gaz)
    assert found["Golan"].place.name == "Golan Heights" and found["Majdal Shams"].place.country == "SY"


def test_a_local_government_area_is_the_district_of_that_name(gaz, article):
    found = resolved(article("Gunmen raided villages in Guma local government area of Benue state."), gaz)
    assert (found["Guma"].place.country, found["Guma"].place.feature_code) == ("NG", "ADM2")


def test_a_building_named_like_a_town_abroad_is_in_the_town_the_text_puts_it_in(gaz, article):
    found = resolved(article("A missile struck the Soroka hospital in Beersheba on Thursday."), gaz)
    soroka = found["Soroka"]
    assert (soroka.place.name, soroka.approximate) == ("Beersheba", True)  # not Soroca, Moldova
    assert soroka.why.startswith("located-in") and "hospital" in soroka.why


def test_a_gulf_is_not_the_country_it_is_named_after(gaz, article):
    found = resolved(article("Pirates seized a tanker in the Gulf of Guinea off the coast of Togo."), gaz)
    assert found["Gulf of Guinea"].place.feature_code == "GULF" and "Guinea" not in found


def test_a_district_in_part_of_the_city_is_a_quarter_of_the_story_town(gaz, article):
    found = resolved(article("Gunmen attacked Bamako on Tuesday. Heavy gunfire was heard near a school in the Faladie "
                             "district in the southeast of the city. Bamako's airport closed."), gaz)
    assert (found["Faladie"].place.name, found["Faladie"].approximate) == ("Bamako", True)  # not the village 70 km off


def test_a_place_on_a_border_the_story_town_lies_far_from_is_not_put_at_that_town(gaz, article):
    found = resolved(article("Gunmen attacked Bamako on Tuesday. Bamako was calm by evening. In July, fighters "
                             "ambushed a convoy near Tinzaouaten, on the Algerian border."), gaz)
    assert found["Tinzaouaten"].place is None  # (Bamako lies some 1,000 km from Algeria)
    near = resolved(article("Fighting hit Gao on Monday. Gao was calm by evening. Troops searched Tessit, near the "
                            "border with Niger."), gaz)  # Gao lies near Niger: a village there may be Gao's
    assert near["Tessit"].place is not None


def test_an_indonesian_regency_is_found_by_its_name_without_kabupaten(gaz, article):
    found = resolved(article("Rebels killed 12 people in Intan Jaya regency in Papua on Saturday."), gaz)
    assert (found["Intan Jaya"].place.feature_code, found["Intan Jaya"].place.country) == ("ADM2", "ID")


def test_a_village_after_a_sentence_set_across_the_border_is_in_that_country(gaz, article):
    found = resolved(article("Hezbollah fired rockets at Kiryat Shmona. Sirens sounded in Kiryat Shmona. Israeli "
                             "strikes on two villages in southern Lebanon killed five. One strike hit a house in the "
                             "village of Aitaroun."), gaz)
    assert (found["Aitaroun"].place.name, found["Aitaroun"].approximate) == ("Lebanon", True)  # not Kiryat Shmona


def test_a_refugee_camp_near_a_town_is_placed_at_that_town(gaz, article):
    found = resolved(article("Israeli forces raided the Far'a refugee camp near Tubas on Wednesday."), gaz)
    assert (found["Far'a"].place.name, found["Far'a"].feature) == ("Ţūbās", "camp")


@pytest.mark.parametrize("text,name,river", [
    ("Drones hit houses on the left bank of the Dnipro in Kyiv.", "Dnipro", "Dnieper"),
    ("Soldiers filmed themselves inside the palace, on the banks of the Blue Nile.", "Blue Nile", "Blue Nile River"),
    ("Ukrainian troops crossed the Dnipro near Kherson.", "Dnipro", "Dnieper"),
])
def test_a_bank_or_a_crossing_makes_a_name_the_river(gaz, article, text, name, river):
    found = resolved(article(text), gaz)
    assert (found[name].place.name, found[name].place.feature_code) == (river, "STM")
    assert resolved(article("Missiles hit Dnipro and Kyiv."), gaz)["Dnipro"].place.feature_code == "PPLA"


def test_a_village_told_only_in_a_direction_from_a_town_is_not_a_namesake_far_abroad(gaz, article):
    a = article("Druze and Bedouin gunmen clashed in Syria's Sweida province, and Israel said it struck tanks. Troops "
                "were sent to the village of al-Mazraa, west of Sweida city.")
    village = resolved(a, gaz)["al-Mazraa"]
    assert (village.place.name, village.approximate) == ("As-Suwayda", True)  # not El Mazra'a, in Israel
    b = article("Drones hit Lebanon on Monday. A strike hit the village of Houla, north of Marjayoun.")
    village = resolved(b, gaz)["Houla"]
    assert (village.place.country, village.approximate) == ("LB", True)  # not Syria's Houla, a town of 20,000


def test_a_province_known_by_its_name_with_the_word_is_the_province(gaz, article):
    found = resolved(article("Cambodian forces fired rockets at a petrol station in Sisaket province."), gaz)
    assert found["Sisaket"].place.kind == "admin1"  # not the provincial seat


def test_a_name_told_as_a_district_and_bare_is_the_district_where_no_town_bears_it(gaz, article):
    a = article("Ten killed in clashes in Kurram\n\nTen people were killed in clashes between tribes in Pakistan's "
                "Kurram district on Sunday, near Parachinar and Parachinar's market.")
    first, second = [m for m in resolved_all(a, gaz) if m.text == "Kurram"]
    assert first.place == second.place and second.place.kind == "admin2"  # not placed at Parachinar


def test_a_prefixed_arabic_name_the_gazetteer_lacks_lies_by_the_town_of_the_storys_country_it_holds(gaz, article):
    a = article("Israeli jets struck Lebanon on Monday and hit Hermel. A drone hit the town of Ras "
                "Baalbek, near the Syrian border.")
    village = resolved(a, gaz)["Ras Baalbek"]
    assert (village.place.name, village.approximate) == ("Baalbek", True)  # not Hermel, named most
    b = article("Fighting raged in northern Syria near Ras Isa and Manbij.")
    assert resolved(b, gaz)["Ras Isa"].place.country != "JP"  # not Isa in Japan


def test_a_district_a_city_owns_is_a_quarter_of_it_whichever_namesake_lay_near_another_town(gaz, article):
    a = article("Russian drones struck an apartment block in Kharkiv's Kyivskyi district overnight. A guided bomb hit "
                "Chuhuiv, about 40 km southeast of Kharkiv.")
    district = resolved(a, gaz)["Kyivskyi"]
    assert (district.place.name, district.approximate) == ("Kharkiv", True)


def test_a_village_the_gazetteer_lacks_is_in_the_province_its_sentence_named_before_it(gaz, article):
    a = article("Israeli troops pushed into southern Syria's Quneitra province on Sunday, setting up positions near "
                "the village of Hamidiyah al-Jadida. Syria's government in Damascus condemned it, and Damascus "
                "residents protested.")
    village = resolved(a, gaz)["Hamidiyah al-Jadida"]
    assert (village.place.kind, village.place.name, village.approximate) == ("admin1", "Quneitra", True)


def test_a_capital_is_not_put_in_a_region_a_measured_place_lies_in(gaz, article):
    a = article("Soldiers were ambushed near Ayorou on Friday. Ayorou lies some 200 km northwest of Niamey in the "
                "Tillaberi region.")
    assert resolved(a, gaz)["Niamey"].place.feature_code == "PPLC"  # not placed approximately in Tillaberi


def test_a_local_government_area_of_a_state_is_that_states_unit(gaz, article):
    found = resolved(article("Gunmen attacked a village in the Bassa local government area of Plateau state."), gaz)
    assert (found["Bassa"].place.country, found["Bassa"].place.admin1_name, found["Bassa"].place.kind) == \
        ("NG", "Plateau", "admin2")  # not Passau, known also as Bassa, nor the town of the name


def test_a_name_the_text_calls_a_city_is_the_city_where_its_state_bears_the_name_too(gaz, article):
    found = resolved_all(article("Gunmen attacked a bar in Irapuato in Guanajuato state. Irapuato lies about 40 km "
                                 "southwest of Guanajuato city."), gaz)
    assert [m.place.kind for m in found if m.text == "Guanajuato"] == ["admin1", "place"]


def test_a_name_that_leads_abroad_only_as_another_towns_old_name_casts_no_vote_for_that_country(gaz, article):
    found = resolved(article("Armed men stormed a village near Bassa on Sunday, and killed ten people in Plateau "
                             "state."), gaz)
    assert found["Bassa"].place.country == "NG"  # not Passau, once called Bassa, in a tie of one vote each


def test_a_town_told_as_a_town_in_a_countrys_unit_is_placed_there_not_at_a_namesake_abroad(gaz, article):
    maga = resolved(article("Gunmen raided a boarding school in Maga, a town in Nigeria's northwestern Kebbi state, "
                            "on Monday."), gaz)["Maga"]
    assert (maga.place.country, maga.place.name, maga.approximate) == ("NG", "Kebbi", True)  # not Cameroon's Maga


def test_congress_in_a_story_of_another_country_is_its_legislature_in_its_capital(gaz, article):
    peru = resolved(article("Thousands of students in Peru marched toward Congress on Wednesday to demand the "
                            "president's resignation."), gaz)["Congress"]
    us = resolved(article("The plan has strong support in Congress, and Washington says Russia must accept it."),
                  gaz)["Congress"]
    assert (peru.place.name, peru.approximate, us.place.name) == ("Lima", True, "United States Capitol")


def test_a_hospital_in_a_city_a_demonym_describes_is_placed_in_that_city(gaz, article):
    found = resolved(article("An Iranian missile struck Soroka hospital in the southern Israeli city of Beersheba."),
                     gaz)
    assert (found["Soroka"].place.name, found["Soroka"].approximate) == ("Beersheba", True)


def test_the_ends_of_a_road_are_towns_not_the_regions_of_their_names(gaz, article):
    found = resolved(article("BAMAKO, Sept 15 - Fighters of the JNIM group ambushed a convoy of fuel tankers on the "
                             "road between Kayes and Bamako on Sunday, setting fire to about 40 trucks.\n\nJNIM "
                             "announced a blockade of fuel imports into Mali in early September. Kayes, near the "
                             "borders with Senegal and Mauritania, lies on the main trade route to the port of Dakar."),
                     gaz)
    assert found["Kayes"].place.kind == "place"  # not the Kayes region


def test_a_quarter_named_like_a_town_abroad_only_by_another_name_is_the_story_towns(gaz, article):
    found = resolved(article("LOME, June 28 - Demonstrators burned tyres in the Be and Adakpame districts of Lome "
                             "on Friday, and police fired tear gas in Lome."), gaz)
    assert (found["Be"].place.name, found["Be"].approximate) == ("Lomé", True)  # not Bex, Switzerland (or none)


def test_the_part_of_kashmir_a_demonym_names_is_that_countrys(gaz, article):
    found = resolved(article("India struck sites in Pakistani Kashmir, and Pakistan shelled towns in "
                             "Indian-administered Kashmir."), gaz)
    assert (found["Pakistani Kashmir"].place.country, found["Indian-administered Kashmir"].place.country) == \
        ("PK", "IN")


def test_a_name_the_gazetteer_lacks_in_a_story_filed_from_the_capital_is_placed_in_the_country(gaz, article):
    a = article("NIAMEY, March 22 - Gunmen attacked a mosque in the village of Fambita in Niger during Friday "
                "prayers, killing 44 worshippers. The Nigerien army said the attackers had fled on motorcycles.")
    found = resolved(a, gaz)
    lacked = found["Fambita"]
    assert (lacked.place.name, lacked.approximate) == ("Niger", True)  # not the capital the report came from


def test_the_capital_the_text_names_by_its_office_is_the_storys_town(gaz, article):
    a = article("TRIPOLI, May 13 - Rival armed groups clashed overnight in the Libyan capital. Gunfire was heard in "
                "the Abu Salim district. Flights were diverted to Misrata.")
    lacked = resolved(a, gaz)["Abu Salim"]
    assert (lacked.place.name, lacked.approximate) == ("Tripoli", True)  # not Misrata, named once in the body


def test_neighbourhoods_told_by_a_plural_are_the_story_towns_though_named_abroad(gaz, article):
    a = article("LOME, June 6 - Police fired tear gas at protesters in Lome. Protesters burned tyres in the Be and "
                "Deckon neighbourhoods of Lome before police moved in.")
    found = resolved(a, gaz)
    assert (found["Be"].place.name, found["Be"].approximate) == ("Lomé", True)  # not Bex, in Switzerland


def test_a_sheikhs_town_spelled_otherwise_is_found_in_the_articles_country(gaz, article):
    a = article("CAIRO - Egypt's army fought militants in North Sinai. Sheikh Zuweid lies about 15 km from the "
                "border with the Gaza Strip.")
    place = resolved(a, gaz)["Sheikh Zuweid"].place
    assert (place.name, place.country) == ("Ash Shaykh Zuwayd", "EG")


def test_a_demonyms_city_of_is_in_that_country(gaz, article):
    a = article("Russia said its forces had taken the eastern Ukrainian city of Pokrovsk.")
    place = resolved(a, gaz)["Pokrovsk"].place
    assert place.country == "UA"  # not Engels, in Russia, once called Pokrovsk


def test_a_province_that_holds_the_town_chosen_does_not_replace_it(gaz, article):
    a = article("Russian forces took the eastern Ukrainian city of Pokrovsk and fought in the town of Myrnohrad. "
                "Pokrovsk lies some 60 km northwest of Donetsk.")
    (donetsk,) = [m for m in resolved_all(a, gaz) if m.text == "Donetsk"]
    assert donetsk.place.feature_code == "PPLA"  # the city, not its oblast


def test_the_capital_after_a_capital_its_sentence_names_is_that_one(gaz, article):
    a = article("Israel struck Iran on Friday, and Iran fired missiles at Israel. Sirens sounded in Tel Aviv, Haifa "
                "and Jerusalem. Blasts were heard in Tehran and in Natanz, about 250 km south of the capital.")
    assert resolved(a, gaz)["capital"].place.name == "Tehran"


def test_a_district_the_gazetteer_lacks_of_a_province_is_placed_in_that_province(gaz, article):
    a = article("Insurgents raided villages in the Muidumbe district of Cabo Delgado province. Troops later fought "
                "them near Mocimboa da Praia.")
    found = resolved(a, gaz)["Muidumbe"]
    assert (found.place.name, found.approximate) == ("Cabo Delgado", True)


def test_a_prison_the_text_puts_in_a_town_is_there_whatever_its_name_names_abroad(gaz, article):
    a = article("Seventeen inmates were killed in a riot at the Litoral penitentiary in Guayaquil, Ecuador.")
    found = resolved(a, gaz)["Litoral"]
    assert (found.place.name, found.approximate) == ("Guayaquil", True)  # not Litoral, Equatorial Guinea


def test_a_camp_known_abroad_only_by_another_name_is_placed_at_the_articles_town(gaz, article):
    a = article("Israeli troops raided Tubas on Tuesday. A drone strike hit the Far'a refugee camp, killing one. "
                "Clashes went on in Tubas.")
    found = resolved(a, gaz)["Far'a"]
    assert (found.place.name, found.approximate) == ("Ţūbās", True)  # not Farah, in Afghanistan


def test_a_village_placed_in_its_province_is_placed_at_the_town_the_text_measures_it_from(gaz, article):
    a = article("Jihadists raided the village of Darul Jamal in Borno state on Friday night. Darul Jamal, which lies "
                "about 20 km from Bama, had only recently been resettled.")
    found = [m for m in resolved_all(a, gaz) if m.text == "Darul Jamal"]
    assert [(m.place.name, m.approximate) for m in found] == [("Bama", True), ("Bama", True)]  # not all of Borno


def test_a_village_known_only_by_a_near_spelling_far_off_is_placed_at_the_town_the_text_puts_it_near(gaz, article):
    a = article("Israeli settlers attacked the Palestinian village of Beita near Nablus on Friday, residents said.")
    found = resolved(a, gaz)["Beita"]
    assert (found.place.name, found.approximate) == ("Nablus", True)  # not Beit El, some 35 km away


def test_a_name_the_gazetteer_lacks_listed_beside_the_only_town_is_not_put_at_that_town(gaz, article):
    a = article("Pakistani jets struck Kabul on Thursday, and troops traded fire along the border overnight. Officials "
                "in Islamabad said the Torkham and Chaman crossings were shut.")
    # list-neighbour declines Chaman, far from the other towns; the article's main town is no fallback for a peer
    assert resolved(a, gaz)["Torkham"].place is None  # Chaman lies some 600 km from Torkham


def test_a_name_the_gazetteer_lacks_told_again_without_its_unit_is_where_the_text_put_it(gaz, article):
    a = article("Thousands fled fighting around the town of Kulbus in West Darfur this week. Officials in Abeche said "
                "clashes near Kulbus had killed 15 people on Wednesday.")
    found = [m for m in resolved_all(a, gaz) if m.text == "Kulbus"]
    assert [(m.place.name, m.approximate) for m in found] == [("West Darfur", True), ("West Darfur", True)]


def test_a_suburb_known_only_by_a_near_spelling_far_from_the_main_town_is_not_that_place(gaz, article):
    a = article("Police fired tear gas at protesters in Nairobi on Monday. Crowds also marched in the suburb of "
                "Kangemi, and Nairobi's hospitals took in the wounded.")
    assert resolved(a, gaz)["Kangemi"].place.name != "Kangema"  # a town 68 km from Nairobi


def test_a_village_known_only_by_a_near_spelling_far_from_the_town_a_direction_puts_it_by(gaz, article):
    a = article("Soldiers arrested five men in the village of Beita, south of Nablus, on Thursday.")
    found = resolved(a, gaz)["Beita"]
    assert (found.place.name, found.approximate) == ("Nablus", True)  # not Beit El, some 30 km away


def test_the_regional_capital_is_the_seat_of_the_province_its_sentence_names(gaz, article):
    a = article("Russian drones struck a market in Kherson on Tuesday. In the Zaporizhzhia region, a guided bomb hit a "
                "factory in the regional capital.")
    assert resolved(a, gaz)["regional capital"].place.name == "Zaporizhzhya"  # not Kherson, told before


def test_a_town_known_abroad_only_by_another_name_is_placed_in_the_province_its_sentence_opens_in(gaz, article):
    a = article("The army repelled an attack on Babanusa on Tuesday, and Babanusa stayed calm. In North Darfur, drones "
                "struck the town of Tina near the Chadian border. Rebels took the village of Kernoi, about 60 km north "
                "of Tina.")
    found = [(m.text, m.place and m.place.name) for m in resolved_all(a, gaz) if m.text in ("Tina", "Kernoi")]
    assert found == [("Tina", "North Darfur"), ("Kernoi", "North Darfur"), ("Tina", "North Darfur")]


def test_a_village_is_placed_in_the_unit_the_sentence_before_names_across_a_paragraph_break(gaz, article):
    a = article("Troops shelled rebel positions in West Kordofan on Monday, officials in El Obeid said. El Obeid was "
                "calm.\n\nIn North Darfur, drones struck a market, residents said.\n\nA drone also hit the village of "
                "Kernoi.")
    assert resolved(a, gaz)["Kernoi"].place.name == "North Darfur"  # not West Kordofan, first named in the article


def test_a_village_the_gazetteer_lacks_in_the_area_of_a_town_is_placed_at_that_town(gaz, article):
    a = article("Gunmen attacked the village of Kimakpa in the Bassa area of Plateau state overnight.")
    found = resolved(a, gaz)["Kimakpa"]
    assert (found.place.name, found.approximate) == ("Bassa", True)


def test_a_village_whose_name_only_a_small_town_abroad_bears_is_placed_in_the_unit_told_before(gaz, article):
    a = article("NAIROBI - Militants raided a village in Kenya's Lamu county overnight, killing six people, police in "
                "Nairobi said. The attack took place in Salama village, near the Somali border.")
    found = resolved(a, gaz)["Salama"]
    assert (found.place.name, found.approximate) == ("Lamu", True)  # not Nairobi, the story's filing town


def test_a_name_the_text_gives_a_border_with_is_the_country(gaz, article):
    a = article("Militants raided Damasak in Borno state on Tuesday. The town lies close to the border with Niger.")
    assert resolved(a, gaz)["Niger"].place.kind == "country"  # not Nigeria's Niger state


def test_burkina_alone_is_the_country(gaz, article):
    a = article("Jihadists attacked a Burkina town on Sunday, and Burkina's army sent troops to Djibo.")
    assert resolved(a, gaz)["Burkina"].place.name == "Burkina Faso"


def test_a_capital_standing_for_its_state_is_no_town_a_village_homonym_is_put_at(gaz, article):
    a = article("Russian soldiers have slipped into the outskirts of Pokrovsk in Ukraine's Donetsk region, as Moscow's "
                "forces press their assault. Russia's defence ministry said its troops had taken the nearby village "
                "of Rivne.", date="2025-11-03")
    rivne = resolved(a, gaz)["Rivne"]
    assert (rivne.place.name, rivne.approximate) == ("Pokrovsk", True)  # had been put at Moscow


def test_a_district_the_gazetteer_lacks_is_in_the_province_the_sentence_before_named(gaz, article):
    a = article("KABUL, Oct 15 - Pakistani aircraft struck targets in Afghanistan's Paktika province overnight, the "
                "Taliban said.\n\nThe strikes hit the district of Barmal, about 20 km from the border with Pakistan. "
                "Clashes were also reported near Chaman, some 120 km southeast of Kandahar.")
    assert resolved(a, gaz)["Barmal"].place.name == "Paktika"  # had been put at Chaman, across the border


def test_a_neighbour_named_for_its_border_does_not_make_the_story_its_own(gaz, article):
    a = article("The strikes hit the district of Barmal near the Pakistani border, the Taliban said. Clashes were "
                "reported at the Pakistani border near Chaman and in Afghanistan's Kandahar.")
    assert resolved(a, gaz)["Barmal"].place.country == "AF"


def test_a_name_the_gazetteer_lacks_with_its_town_after_a_comma_is_in_that_town(gaz, article):
    a = article("Headington: nurse jailed. A woman from Kenya was jailed yesterday. She lived in Gladstone Road, "
                "Headington, Oxford. She had flown to the UK from Nairobi in 2002, and Kenya's embassy said nothing.")
    found = resolved_all(a, gaz)
    assert {m.place.name for m in found if m.text == "Headington"} == {"Oxford"}
    a = article("Cairo's gated suburb of Madinaty has a football academy. Beyond Madinaty, Liverpool have other "
                "academies in Egypt, in Rehab and New Cairo.")
    assert {m.place.name for m in resolved_all(a, gaz) if m.text == "Madinaty"} == {"Cairo"}  # no address


def test_a_village_abroad_by_name_near_a_town_placed_in_its_province_goes_there_too(gaz, article):
    a = article("MAIDUGURI, Nigeria, Jan 13 - Militants killed 40 farmers in an attack on Dumba village near Baga in "
                "Borno state on Sunday, the governor said.")
    assert resolved(a, gaz)["Dumba"].place.name == "Borno"  # had been put at the dateline's town


def test_a_name_placed_by_its_context_once_is_placed_there_again_not_abroad(gaz, article):
    a = article("BUNIA, Congo, Feb 11 - Fighters of the CODECO militia attacked a camp for displaced people near the "
                "village of Lopa in Congo's Ituri province on Monday night, killing at least 51 people.\n\nThe "
                "attackers burned dozens of shelters before fleeing when U.N. peacekeepers arrived, he said. Lopa lies "
                "about 40 km north of Bunia, the provincial capital.")
    assert [m.place.name for m in resolved_all(a, gaz) if m.text == "Lopa"] == ["Ituri", "Ituri"]  # the second had
    # been Loupes, in France, then dropped


def test_two_small_towns_abroad_chosen_by_name_vouch_for_neither(gaz, article):
    a = article("Israeli tanks advanced into the Zeitoun neighbourhood of Gaza City on Tuesday. Medics said a strike "
                "on a house in Sabra killed seven people, and another on a tent near Khan Younis killed four.")
    found = resolved(a, gaz)
    assert found["Sabra"].place.country == "PS"  # had been Sabratha, in Libya, which Zejtun in Malta kept near


def test_the_capital_after_a_town_its_sentence_names_is_that_towns_countrys(gaz, article):
    a = article("JERUSALEM, May 6 - Israeli jets struck Sanaa on Tuesday. Israeli officials in Tel Aviv said the army "
                "would strike again. Officials said the jets also hit a factory in Amran, north of the capital.",
                title="Israel hits Yemen")
    assert [m.place.name for m in resolved_all(a, gaz) if m.text == "capital"] == ["Sanaa"]  # had been Jerusalem


def test_the_regional_capital_before_a_possessive_speaker_is_a_reference(gaz, article):
    a = article("Ukrainian troops retook a village in the Sumy region, about 20 km from the regional capital, "
                "Ukraine's top commander said.")
    assert [m.place.name for m in resolved_all(a, gaz) if m.feature == "regional capital"] == ["Sumy"]


def test_a_capital_named_for_talks_with_its_government_is_no_focus_for_a_lacked_town(gaz, article):
    a = article("Rebels seized Goma in January. The rebels said talks with Kinshasa would go on, and fighting was "
                "reported near the town of Kibua.")
    assert [m.place.name for m in resolved_all(a, gaz) if m.text == "Kibua"] == ["Goma"]  # had been Kinshasa


def test_a_town_measured_from_the_capital_is_no_clue_to_which_capital(gaz, article):
    a = article("Israeli jets struck the port of Hodeidah in Yemen on Monday, Israel said. Israeli officials said "
                "Israel would strike again. Eilat lies about 2,000 km north of the capital.")
    assert [m.place.name for m in resolved_all(a, gaz) if m.text == "capital"] == ["Jerusalem"]


def test_a_favela_complex_in_a_city_is_part_of_that_city(gaz, article):
    a = article("Police raided the Penha favela complex in Rio de Janeiro on Tuesday. Residents of Rio de Janeiro "
                "said gunfire lasted for hours.")
    assert [m.place.name for m in resolved_all(a, gaz) if m.text == "Penha"] == ["Rio de Janeiro"]  # had been Penha,
    # a town 700 km away


def test_a_lacked_town_an_apposition_describes_and_measures_from_a_town_is_placed_at_that_town(gaz, article):
    a = article("KINSHASA, May 4 - Rebels seized Kamanyola, a town on the border with Burundi roughly 45 km south "
                "of Bukavu, on Sunday. Ministers in Kinshasa met to discuss the fall of the town.")
    kamanyola = resolved(a, gaz)["Kamanyola"]
    assert (kamanyola.place.name, kamanyola.approximate) == ("Bukavu", True)  # not Kinshasa, named twice


def test_a_near_spelling_of_a_province_holding_the_articles_town_is_that_province(gaz, article):
    a = article("QUETTA, Pakistan - Gunmen stopped a bus on a highway in the southwestern Baluchistan province on "
                "Friday and shot nine passengers, officials in Quetta said.")
    assert resolved(a, gaz)["Baluchistan"].place.name == "Balochistan"


def test_a_city_abroad_far_beyond_a_front_the_text_measures_from_a_town_is_no_reading_of_it(gaz, article):
    a = article("Houthi fighters reached the Kassara front, about 30 km northwest of the city of Marib, on Sunday.")
    kassara = resolved(a, gaz)["Kassara"]
    assert (kassara.place.country, kassara.approximate) == ("YE", True)  # not Kassala, 958 km off in Sudan


def test_a_region_named_by_another_name_of_its_seat_is_that_province(gaz, article):
    found = resolved(article("Glide bombs struck two villages in the Kharkov region overnight."), gaz)
    assert (found["Kharkov"].place.name, found["Kharkov"].place.kind) == ("Kharkivska", "admin1")


def test_a_town_measured_from_the_city_its_sentence_named_is_near_that_city(gaz, article):
    a = resolve(recognise(article("Troops clashed with local fighters in the city of Sweida and in the village of "
                                  "al-Mazraa, about 10 km west of the city, on Tuesday."), gaz), gaz)
    mazraa = next(m for m in a.mentions if m.text == "al-Mazraa")
    assert mazraa.place.country == "SY"  # had been El Mazra'a in Israel, 141 km off


def test_a_field_the_gazetteer_lacks_in_a_governorate_filed_as_a_second_level_unit_is_placed_there(gaz, article):
    a = resolve(recognise(article("A drone hit the Khor Zirgan gas field in the Duhok province on Monday, officials "
                                  "in Erbil said."), gaz), gaz)
    field = next(m for m in a.mentions if m.text == "Khor Zirgan")
    assert (field.place.name, field.approximate) == ("Dohuk", True)  # had been Erbil, the town named most


def test_a_township_the_gazetteer_lacks_is_placed_in_the_state_named_after_it(gaz, article):
    a = resolve(recognise(article("Rebels seized a police post in Matupi township in Chin state after clashes near "
                                  "Sittwe."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Matupi")
    assert (town.feature, town.place.name) == ("township", "Chin")


def test_a_village_the_gazetteer_lacks_in_a_province_named_without_its_word_is_placed_in_it(gaz, article):
    a = resolve(recognise(article("Rebels seized the village of Kanyabayonga-Sud in North Kivu, then shelled Goma."),
                          gaz), gaz)
    village = next(m for m in a.mentions if m.text == "Kanyabayonga-Sud")
    assert (village.place.name, village.approximate) == ("Nord-Kivu", True)  # had been Goma, the town named


def test_neighbourhoods_named_before_the_part_of_the_city_they_lie_in_are_placed_in_it(gaz, article):
    a = resolve(recognise(article("Police raided the Mare and Penha favela complexes in the north of Rio de Janeiro "
                                  "at dawn."), gaz), gaz)
    quarter = next(m for m in a.mentions if m.text == "Penha")
    assert (quarter.place.name, quarter.approximate) == ("Rio de Janeiro", True)  # had been Penha, 700 km away


def test_a_suburb_of_a_smaller_town_named_after_it_is_not_placed_at_that_town(gaz, article):
    a = resolve(recognise(article("The suspect grew up in the Cincinnati suburb of West Chester, police said."), gaz),
                gaz)
    assert next(m for m in a.mentions if m.text == "Cincinnati").place.name == "Cincinnati"


def test_the_line_of_control_is_in_kashmir(gaz, article):
    a = resolve(recognise(article("Indian and Pakistani troops traded fire across the Line of Control overnight."), gaz),
                gaz)
    line = next(m for m in a.mentions if m.text == "Line of Control")
    assert line.place.name == "Kashmir"  # had been no place


def test_a_village_the_gazetteer_lacks_in_a_neighbouring_state_is_placed_in_that_state(gaz, article):
    a = resolve(recognise(article("Bandits raided Gummi in Zamfara state on Monday. A day later gunmen attacked a "
                                  "church in Eruku, in neighbouring Kwara state."), gaz), gaz)
    village = next(m for m in a.mentions if m.text == "Eruku")
    assert (village.place.name, village.approximate) == ("Kwara", True)  # had been the story's town in Zamfara


def test_a_town_a_further_distance_on_from_the_last_is_not_a_namesake_far_abroad(gaz, article):
    a = resolve(recognise(article("The rebels seized Komanda in Ituri province on Saturday and then took Mambasa, a "
                                  "further 90 km to the west."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Mambasa")
    assert town.place.country == "CD" and town.approximate  # had been Mombasa, in Kenya


def test_a_village_in_a_region_named_after_its_seat_by_another_spelling_is_in_that_region(gaz, article):
    a = resolve(recognise(article("Gunmen seized a trader in the town of Tonka in the Timbuktu region on Monday."),
                          gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Tonka")
    assert (town.place.name, town.approximate) == ("Tombouctou", True)  # had been Tonk, in India


def test_a_lacking_name_goes_to_the_dateline_towns_province_when_it_is_named_most(gaz, article):
    a = resolve(recognise(article("BIRNIN KEBBI, Nigeria, Nov 17 (Wire) - Gunmen stormed a school in the town of "
                                  "Maga in Kebbi state on Monday. Police were searching the forests around Danko "
                                  "Wasagu district. Days earlier gunmen killed a general in neighbouring Borno state. "
                                  "In Zamfara state, which borders Kebbi, bandits raided a village."), gaz), gaz)
    forest = next(m for m in a.mentions if m.text == "Danko Wasagu")
    assert forest.place.name == "Kebbi"  # had been Borno, named once for another story


def test_a_town_a_distance_on_from_an_unnamed_start_is_measured_from_the_story_town(gaz, article):
    a = resolve(recognise(article("Rebels shelled Uvira on Monday. Uvira lies on Lake Tanganyika. Envoys met in "
                                  "Washington. Troops pulled back toward Baraka, about 70 km to the south."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Baraka")
    assert "Washington" not in town.why  # had been measured from Washington


def test_a_lacking_town_in_a_countrys_region_is_placed_in_that_region(gaz, article):
    a = resolve(recognise(article("A drone strike hit a car near the town of Sidakan in Iraq's Kurdistan region on "
                                  "Monday. Rockets were later fired at the Ain al-Asad air base."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Sidakan")
    assert (town.place.name, town.approximate) == ("Kurdistan", True)  # had been the air base, 400 km away


def test_a_lacking_village_goes_to_the_province_named_before_not_a_town_named_once_later(gaz, article):
    a = resolve(recognise(article("Militants killed 44 worshippers in a village of Niger's Tillaberi region on Friday. "
                                  "The village lies about 20 km from the town of Kokorou. In a separate attack, gunmen "
                                  "killed six soldiers near Banibangou."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Kokorou")
    assert town.place.name == "Tillabéri"  # had been Banibangou, named once, later


def test_the_countrys_region_is_that_countrys_unit(gaz, article):
    a = resolve(recognise(article("Burkina Faso's army said it had killed 200 fighters in the country's northern Sahel "
                                  "region at the weekend."), gaz), gaz)
    region = next(m for m in a.mentions if m.text == "Sahel")
    assert (region.place.country, region.place.kind) == ("BF", "admin1")  # had been the Sahel across Africa


def test_a_district_in_a_countrys_province_is_placed_in_the_province(gaz, article):
    a = resolve(recognise(article("Insurgents beheaded six people in the Muidumbe district in Mozambique's Cabo "
                                  "Delgado province on Friday."), gaz), gaz)
    district = next(m for m in a.mentions if m.text == "Muidumbe")
    assert (district.place.name, district.approximate) == ("Cabo Delgado", True)  # had been no place


def test_a_lacking_village_in_a_story_filed_from_a_provinces_capital_is_in_the_province(gaz, article):
    a = resolve(recognise(article("PEMBA, Mozambique, Oct 5 (Wire) - Insurgents attacked villages in Cabo Delgado "
                                  "province on Friday. They burned a chapel in the village of Xitaxi."), gaz), gaz)
    village = next(m for m in a.mentions if m.text == "Xitaxi")
    assert village.place.name == "Cabo Delgado"  # had been Pemba, where the report was filed


def test_names_listed_before_one_placed_in_a_district_lie_there_too(gaz, article):
    a = resolve(recognise(article("The gunmen opened fire on residents of Kairu, Dan Sadau and Magami in the Maru "
                                  "local government area of Zamfara state."), gaz), gaz)
    kairu = next(m for m in a.mentions if m.text == "Kairu")
    assert kairu.approximate and kairu.place.name == "Maru"  # had been unresolved (Kyle, US, by another name)


def test_a_near_spelling_told_only_in_a_direction_from_a_town_may_lie_far_from_it(gaz, article):
    a = resolve(recognise(article("At least 12 people were killed when an air strike hit a market in the town of "
                                  "Kabkabiya, west of El Fasher, on Friday."), gaz), gaz)
    town = next(m for m in a.mentions if m.text == "Kabkabiya")
    assert town.place.name == "Kabkābīyah" and not town.approximate  # had been put at El Fasher, 137 km east


def test_a_district_the_gazetteer_holds_as_another_citys_quarter_is_in_the_storys_town(gaz, article):
    a = resolve(recognise(article("KYIV, Nov 24 (Wire) - Glide bombs struck Zaporizhzhia on Monday. Officials in "
                                  "Zaporizhzhia said one bomb hit a block in the Shevchenkivskyi district and "
                                  "another a school. Zaporizhzhia's mayor asked for air defences."), gaz), gaz)
    district = next(m for m in a.mentions if m.text == "Shevchenkivskyi")
    assert district.approximate and district.place.name == "Zaporizhzhya"  # had been Kyiv's district of that name


def test_a_crossing_the_gazetteer_lacks_in_a_district_is_placed_in_the_district(gaz, article):
    a = resolve(recognise(article("Troops exchanged fire near the Chaman crossing. The heaviest clashes took place "
                                  "near the Angoor Adda crossing in South Waziristan."), gaz), gaz)
    crossing = next(m for m in a.mentions if m.text == "Angoor Adda")
    assert crossing.approximate and crossing.place.feature_code == "ADM2"  # had been Chaman, 500 km away


def test_a_lake_the_gazetteer_lacks_is_not_in_the_province_of_its_name(gaz, article):
    a = resolve(recognise(article("ANTANANARIVO, Sept 30 (Wire) - Police fired tear gas at protesters near the Lake "
                                  "Anosy area of the Malagasy capital."), gaz), gaz)
    lake = next(m for m in a.mentions if m.text == "Lake Anosy")
    assert lake.place.name == "Antananarivo"  # had been the Anosy region, 600 km south


def test_a_village_in_a_compass_part_of_a_country_sharing_a_states_name_is_in_the_country(gaz, article):
    a = resolve(recognise(article("NIAMEY, March 22 (Wire) - Gunmen killed 44 worshippers in an attack on a mosque "
                                  "in the village of Fambita in western Niger on Friday, the government said. Kokorou "
                                  "is some 150 km northwest of Niamey."), gaz), gaz)
    village = next(m for m in a.mentions if m.text == "Fambita")
    assert village.approximate and village.place.name == "Niger"  # had been Niamey, the dateline


def test_a_district_the_gazetteer_lacks_is_of_the_town_its_passage_tells_of(gaz, article):
    a = resolve(recognise(article(
        "Drones and glide bombs hit Kharkiv overnight, killing three people. The mayor said a bomb struck a "
        "playground in the Osnovianskyi district.\n\nRussia said it downed drones over the Belgorod, Kursk and "
        "Bryansk regions and that a woman was hurt in the town of Shebekino near Belgorod."), gaz), gaz)
    district = next(m for m in a.mentions if m.text == "Osnovianskyi")
    assert district.approximate and district.place.name == "Kharkiv"
    # had been Belgorod, the one Russian town of a story naming more Russian places than Ukrainian ones


def test_the_state_capital_is_the_seat_of_a_state_named_otherwise(gaz, article):
    a = article("Cartel factions fought in Culiacan and Navolato on Saturday. Five bodies were found near the town of "
                "Eldorado, south of the state capital, on Sunday, the Sinaloa prosecutor's office said.")
    assert resolved(a, gaz)["state capital"].place.name == "Culiacán"  # had been unresolved: no town named Sinaloa


def test_a_town_bearing_the_name_in_the_storys_country_beats_a_bigger_one_bearing_it_as_another_name(gaz, article):
    a = article("Two soldiers were killed in a gunfight in the province of Lanao del Sur. The troops were on patrol in "
                "the town of Tubaran.")
    assert resolved(a, gaz)["Tubaran"].place.country == "PH"  # had been Tubarão, Brazil ('unambiguous')


def test_a_bare_name_beside_its_unit_named_apart_is_the_town(gaz, article):
    # The oblast's point, which its seat shares, had kept the city from the bonus for lying near Nova Kakhovka
    text = ("Drones struck Kherson overnight. Kherson, the main city of the Kherson region, lies about 60 km "
            "west of Nova Kakhovka.")
    found = resolved_all(article(text), gaz)
    kherson = [m for m in found if m.text == "Kherson"]
    assert [m.place.kind for m in kherson] == ["place", "place", "admin1"]
    assert "the text names the region apart ('Kherson region'): the town" in kherson[0].why
    # ... but a unit whose own name it is keeps it ("Oklahoma" is the state beside "Oklahoma state" and its capital)
    text = ("Storms hit Oklahoma City on Friday. Schools across Oklahoma closed, and the Oklahoma state emergency "
            "agency opened shelters.")
    assert {m.place.kind for m in resolved_all(article(text), gaz) if m.text == "Oklahoma"} == {"admin1"}


def test_a_town_measured_from_that_its_name_alone_put_on_another_continent_is_one_the_gazetteer_lacks(gaz, article):
    # Palma in Cabo Delgado is not in the gazetteer; its name alone had put it in Spain, 6,850 km off
    text = ("Insurgents raided villages in Mozambique's Cabo Delgado province on Saturday. Mocimboa da Praia lies "
            "about 70 km south of Palma.")
    palma = next(m for m in resolved_all(article(text), gaz) if m.text == "Palma")
    assert palma.approximate and palma.place.country == "MZ" and palma.why.startswith("measured-near")
    # ... but the town measured keeps its place, whatever the distance says: claims judge it
    text = "Shelling hit Kherson on Monday. Kherson lies about 300 km south of Kyiv."
    assert next(m for m in resolved_all(article(text), gaz) if m.text == "Kherson").place.name == "Kherson"

"""Names in actions: countries and sectors resolved against the world, each listed once."""

from __future__ import annotations

import logging

import numpy as np
import pytest

import tradewar as tw
from tradewar.data.build.default_world import default_mapping
from tradewar.data.countries import resolve_country
from tradewar.errors import DataError, PolicyError


def _compile(world, **fields):
    return tw.compile_policy(world, [tw.tariff(**fields)])


# ------------------------------------------------------------------ duplicates
def test_a_country_named_twice_is_an_error_not_half_the_tariff(default_world):
    once = _compile(default_world, imposer="USA", partners=["DEU"], add=0.1)
    usa, deu = default_world.country_index("USA"), default_world.country_index("DEU")
    np.testing.assert_allclose(
        once.tariff[deu, usa] - default_world.tariff[deu, usa],
        np.where(np.isin(np.arange(default_world.n_sectors), default_world.goods_indices), 0.1, 0),
    )
    with pytest.raises(PolicyError) as info:
        _compile(default_world, imposer="USA", partners=["DEU", "Germany"], add=0.1)
    assert str(info.value) == "actions[0].partners[1]: 'Germany' is DEU, already listed"
    assert info.value.path == ("actions", 0, "partners", 1)


def test_the_same_code_twice_and_duplicate_sectors(default_world):
    with pytest.raises(PolicyError, match=r"partners\[1\]: 'DEU' is already listed"):
        _compile(default_world, imposer="USA", partners=["DEU", "DEU"], add=0.1)
    with pytest.raises(PolicyError, match=r"actions\[0\]\.sectors\[2\]: 'food' is already listed"):
        _compile(default_world, imposer="USA", sectors=["food", "metals", "food"], add=0.1)


def test_duplicates_in_every_list_of_countries(toy):
    with pytest.raises(PolicyError, match=r"actions\[0\]\.importers\[1\]: 'FOR' is already"):
        tw.compile_policy(
            toy, [tw.trade_cost(exporters="HOM", importers=["FOR", "FOR"], change=0.1)]
        )
    with pytest.raises(PolicyError, match=r"actions\[0\]\.partners\[1\]: 'FOR' is already"):
        tw.compile_policy(
            toy, [tw.export_control("HOM", partners=["FOR", "FOR"], tariff_equivalent=0.1)]
        )


def test_acting_on_itself_is_located_at_the_name(toy):
    with pytest.raises(PolicyError) as info:
        _compile(toy, imposer="HOM", partners=["FOR", "HOM"], add=0.1)
    assert info.value.path == ("actions", 0, "partners", 1)
    assert "HOM cannot act on itself" in str(info.value)


# --------------------------------------------------------------------- sectors
def test_an_unknown_sector_suggests_a_keyword(default_world):
    with pytest.raises(PolicyError) as info:
        _compile(default_world, imposer="USA", sectors="good", add=0.1)
    assert str(info.value) == "actions[0].sectors[0]: unknown sector 'good'; did you mean 'goods'?"
    with pytest.raises(PolicyError, match="sector 'electronic'; did you mean 'electronics'"):
        _compile(default_world, imposer="USA", sectors=["electronic"], add=0.1)


def test_a_keyword_inside_a_list_says_to_give_it_alone(default_world):
    with pytest.raises(PolicyError, match=r"sectors\[1\]: 'goods' stands for several sectors"):
        _compile(default_world, imposer="USA", sectors=["food", "goods"], add=0.1)


def test_a_sector_named_like_a_keyword_is_still_a_sector(toy):
    """The toy world has a sector called ``goods``: in a list it is that sector."""
    state = _compile(toy, imposer="HOM", partners=["FOR"], sectors=["goods"], add=0.1)
    i, n = toy.country_index("FOR"), toy.country_index("HOM")
    assert state.tariff[i, n, toy.sector_index("goods")] == pytest.approx(
        toy.tariff[i, n, toy.sector_index("goods")] + 0.1
    )


def test_per_sector_values_name_their_sector(default_world):
    with pytest.raises(PolicyError, match=r"actions\[0\]\.add\.fod: unknown sector 'fod'"):
        _compile(default_world, imposer="USA", sectors=["food"], add={"fod": 0.1})


# ------------------------------------------------------------------- countries
def test_suggestions_come_from_the_world_only(default_world):
    with pytest.raises(PolicyError) as info:
        _compile(default_world, imposer="USA", partners=["CNH"], add=0.1)
    assert str(info.value) == "actions[0].partners[0]: unknown country 'CNH'; did you mean 'CHN'?"
    with pytest.raises(PolicyError, match=r"did you mean 'Germany' \(DEU\)\?$"):
        _compile(default_world, imposer="USA", partners=["Germny"], add=0.1)


def test_a_country_inside_a_region_of_the_default_world(default_world):
    with pytest.raises(PolicyError) as info:
        _compile(default_world, imposer="USA", partners=["France"], add=0.1)
    assert str(info.value) == (
        "actions[0].partners[0]: France (FRA) is part of region EU in this data set"
    )
    with pytest.raises(PolicyError, match="Nigeria \\(NGA\\) is part of region ROW"):
        _compile(default_world, imposer="NGA", add=0.1)


def test_regions_are_only_told_for_the_default_regions(toy):
    with pytest.raises(PolicyError) as info:
        _compile(toy, imposer="HOM", partners=["France"], add=0.1)
    assert "country 'France' (FRA) is not in this data set" in str(info.value)
    assert "region" not in str(info.value)


def test_resolve_country_with_known_and_regions():
    known = ("USA", "CHN", "EU", "ROW")
    regions = {"FRA": "EU", "DEU": "EU", "NGA": "ROW", "USA": "USA"}
    assert resolve_country("China", known, regions) == "CHN"
    assert resolve_country("European Union", known) == "EU"
    with pytest.raises(DataError, match=r"^France \(FRA\) is part of region EU in this data set$"):
        resolve_country("France", known, regions)
    with pytest.raises(DataError, match=r"did you mean 'France' \(FRA, part of region EU\)\?"):
        resolve_country("Frnace", known, regions)
    with pytest.raises(DataError, match=r"^country 'Japan' \(JPN\) is not in this data set$"):
        resolve_country("Japan", known, regions)
    with pytest.raises(DataError, match=r"^unknown country 'CNH'; did you mean 'CHN'\?$"):
        resolve_country("CNH", known)


def test_the_default_region_map_covers_the_default_world(default_world):
    regions = default_mapping("regions")
    assert set(regions.values()) == set(default_world.countries)


def test_country_names_still_resolve_without_a_world():
    assert resolve_country("South Korea") == "KOR"
    with pytest.raises(DataError, match=r"did you mean 'CHN'\?$"):
        resolve_country("CNH")


# ---------------------------------------------------------------- the logger
LOGGERS = ("country_converter", "country_converter.country_converter")


def test_the_library_logger_is_left_as_it_was(caplog):
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    filters = {name: list(logging.getLogger(name).filters) for name in LOGGERS}
    with caplog.at_level(logging.DEBUG, logger="country_converter"):
        with pytest.raises(DataError):
            resolve_country("Atlantis of the North")
        assert resolve_country("Viet Nam") == "VNM"
    assert not [r for r in caplog.records if r.name.startswith("country_converter")]
    assert {name: logging.getLogger(name).level for name in LOGGERS} == levels
    assert logging.getLogger("country_converter").getEffectiveLevel() < logging.CRITICAL
    assert {name: list(logging.getLogger(name).filters) for name in LOGGERS} == filters
    # outside tradewar's calls the library still speaks
    with caplog.at_level(logging.WARNING, logger="country_converter"):
        logging.getLogger(LOGGERS[1]).warning("a user's own call")
    assert any(r.getMessage() == "a user's own call" for r in caplog.records)

"""A scenario's world: its data set (or gravity estimation), aggregation and model settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from tradewar.baseline import Baseline
from tradewar.errors import TradewarError
from tradewar.model.reconcile import equilibrate
from tradewar.model.variants import monopolistic_competition, without_input_output
from tradewar.scenario.loader import ScenarioFile
from tradewar.scenario.schema import BaselineSpec

if TYPE_CHECKING:
    from tradewar.scenario.gravity import GravityContext

__all__ = ["build_setup"]


def build_setup(loaded: ScenarioFile) -> tuple[Baseline, GravityContext | None]:
    """The scenario's data world (model settings applied) and its gravity estimation, if any.

    Parameters
    ----------
    loaded : ScenarioFile
        The scenario, with where its parts were written.

    Returns
    -------
    world : Baseline
        The data world.
    context : GravityContext or None
        The gravity estimation of a ``trade_costs`` section.

    Raises
    ------
    ScenarioError
        A data set that cannot be read, an unknown sector in ``model.elasticities``,
        a model that does not fit the world; located in the file.
    """
    from tradewar.data.build.aggregate import aggregate
    from tradewar.datasets.registry import load_data

    scenario = loaded.scenario
    spec = scenario.baseline
    if isinstance(spec, str):
        spec = BaselineSpec(name=spec)
    context = None
    try:
        if scenario.trade_costs is not None:
            from tradewar.scenario.gravity import build_gravity_world

            world, context = build_gravity_world(scenario.trade_costs, loaded.folder)
        elif spec.name is not None:
            world = load_data(spec.name)
        else:
            path = Path(str(spec.path))
            if not path.is_absolute():
                path = loaded.folder / path
            world = load_data(str(spec.format), path)
        if spec.regions is not None or spec.sectors is not None:
            world = aggregate(world, spec.regions, spec.sectors)
    except TradewarError as exc:
        where = "trade_costs" if scenario.trade_costs is not None else "baseline"
        raise loaded.error([((where,), str(exc))]) from None
    model = scenario.model
    if model.elasticities is not None:
        theta = world.theta.copy()
        if isinstance(model.elasticities, dict):
            for name, value in model.elasticities.items():
                if name not in world.sectors:
                    raise loaded.error(
                        [(("model", "elasticities", name), f"unknown sector {name!r}")]
                    )
                theta[world.sectors.index(name)] = value
        else:
            theta[:] = model.elasticities
        world = world.replace(theta=theta)
    if model.kind == "armington":
        world = without_input_output(world)
    elif model.kind == "ossa":
        world = monopolistic_competition(world)
    if model.kind == "gravity" and (world.n_sectors != 1 or np.any(world.va_share != 1)):
        raise loaded.error(
            [
                (
                    ("model", "kind"),
                    "the gravity model needs a one-sector world "
                    "without input-output links (use a gravity data set or "
                    "trade_costs)",
                )
            ]
        )
    if model.deficits == "zero":
        world = equilibrate(world, np.zeros(world.n_countries), name=f"{world.name} (balanced)")
    return world, context

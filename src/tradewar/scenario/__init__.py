"""Scenarios: trade conflicts as dated actions, their built-in library, and running them.

* :mod:`~tradewar.scenario.schema` — the file format (pydantic);
* :mod:`~tradewar.scenario.loader` — YAML files, dicts, ``extends``, errors by line;
* :mod:`~tradewar.scenario.world` — the world a scenario runs on;
* :mod:`~tradewar.scenario.start` — where its story starts;
* :mod:`~tradewar.scenario.conflicts` — same-date contradictions;
* :mod:`~tradewar.scenario.timeline` — checking and solving the dated steps;
* :mod:`~tradewar.scenario.gravity` — the ``trade_costs`` section (PPML estimates);
* :mod:`~tradewar.scenario.tariff_path` — a country's average tariff over the steps.
"""

from tradewar.scenario.loader import (
    ScenarioFile,
    builtin_scenarios,
    load_scenario,
    scenario_from_data,
)
from tradewar.scenario.schema import Scenario, json_schema
from tradewar.scenario.tariff_path import tariff_path
from tradewar.scenario.timeline import ScenarioResult, Step, check_scenario, run_scenario

__all__ = [
    "Scenario",
    "ScenarioFile",
    "ScenarioResult",
    "Step",
    "builtin_scenarios",
    "check_scenario",
    "json_schema",
    "load_scenario",
    "run_scenario",
    "scenario_from_data",
    "tariff_path",
]

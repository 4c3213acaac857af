"""Scenarios: trade conflicts as dated actions, their built-in library, and running them."""

from tradewar.scenario.loader import ScenarioFile, builtin_scenarios, load_scenario
from tradewar.scenario.runner import ScenarioResult, Step, run_scenario
from tradewar.scenario.schema import Scenario, json_schema

__all__ = [
    "Scenario",
    "ScenarioFile",
    "ScenarioResult",
    "Step",
    "builtin_scenarios",
    "json_schema",
    "load_scenario",
    "run_scenario",
]

"""tradewar: model trade wars and trade talks with real data and general-equilibrium trade models.

The public API, in the words of the scenario format::

    import tradewar as tw

    world = tw.load_default()                       # OECD ICIO 2022, 17 regions x 17 sectors
    hike = tw.tariff(imposer="USA", partners=["CHN"], sectors="goods", add=0.15,
                     coverage_usd=200e9)
    result = tw.solve(world, [hike])
    result.countries()                              # welfare, real wage, trade ... by country
    tw.run_scenario("may-2019").countries()         # a built-in scenario

Submodules and names load on first use (SPEC 1, ``lazy_loader``), so that
``import tradewar`` and the command line start fast.

Layers, each importing only those below it (checked by import-linter in CI)::

    cli                 the command line (interfaces)
    reports, replication  tables, charts, HTML of scenario results; published results
    uncertainty         Monte Carlo over elasticities, sweeps, tornado (beside reports)
    news                reading news reports into events and scenario drafts (beside reports)
    strategy            optimal, Nash and cooperative tariffs (Ossa 2014)
    scenario            the file format, library, start states, timeline
    gravity             PPML estimation and structural-gravity GE
    results, datasets   solving policies, labelled results; data sets by name
    model               equations, solver, equilibration of a world
    policy              actions (the policy language), compiled to arrays
    data                sources, building, files (never solves)
    baseline            the calibrated world
    errors, atomic, extras
"""

import lazy_loader as _lazy

__version__ = "0.1.0"

__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submodules=[
        "baseline",
        "cli",
        "data",
        "datasets",
        "errors",
        "gravity",
        "model",
        "policy",
        "replication",
        "reports",
        "results",
        "scenario",
        "strategy",
        "uncertainty",
        "parallel",
        "news",
    ],
    submod_attrs={
        "baseline": ["Baseline"],
        "datasets": ["load_cp2015", "load_data", "load_default", "load_toy", "synthetic_world"],
        "data.build.aggregate": ["aggregate"],
        "errors": [
            "ConvergenceError",
            "DataError",
            "EquilibriumError",
            "MissingExtraError",
            "PolicyError",
            "ScenarioError",
            "ShockError",
            "TradewarError",
        ],
        "model": ["SolverOptions", "SolverReport", "equilibrate"],
        "policy": [
            "Shock",
            "compile_policy",
            "currency",
            "export_control",
            "parse_action",
            "purchase_commitment",
            "tariff",
            "trade_cost",
        ],
        "results": ["Counterfactual", "solve"],
        "scenario": ["Scenario", "ScenarioResult", "load_scenario", "run_scenario"],
    },
)

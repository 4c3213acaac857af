from tradewar import (
    baseline as baseline,
)
from tradewar import (
    cli as cli,
)
from tradewar import (
    data as data,
)
from tradewar import (
    datasets as datasets,
)
from tradewar import (
    errors as errors,
)
from tradewar import (
    gravity as gravity,
)
from tradewar import (
    model as model,
)
from tradewar import (
    news as news,
)
from tradewar import (
    parallel as parallel,
)
from tradewar import (
    policy as policy,
)
from tradewar import (
    replication as replication,
)
from tradewar import (
    reports as reports,
)
from tradewar import (
    results as results,
)
from tradewar import (
    scenario as scenario,
)
from tradewar import (
    strategy as strategy,
)
from tradewar import (
    uncertainty as uncertainty,
)
from tradewar.baseline import Baseline as Baseline
from tradewar.data.build.aggregate import aggregate as aggregate
from tradewar.datasets import (
    load_cp2015 as load_cp2015,
)
from tradewar.datasets import (
    load_data as load_data,
)
from tradewar.datasets import (
    load_default as load_default,
)
from tradewar.datasets import (
    load_toy as load_toy,
)
from tradewar.datasets import (
    synthetic_world as synthetic_world,
)
from tradewar.errors import (
    ConvergenceError as ConvergenceError,
)
from tradewar.errors import (
    DataError as DataError,
)
from tradewar.errors import (
    EquilibriumError as EquilibriumError,
)
from tradewar.errors import (
    MissingExtraError as MissingExtraError,
)
from tradewar.errors import (
    PolicyError as PolicyError,
)
from tradewar.errors import (
    ScenarioError as ScenarioError,
)
from tradewar.errors import (
    ShockError as ShockError,
)
from tradewar.errors import (
    TradewarError as TradewarError,
)
from tradewar.model import (
    SolverOptions as SolverOptions,
)
from tradewar.model import (
    SolverReport as SolverReport,
)
from tradewar.model import (
    equilibrate as equilibrate,
)
from tradewar.policy import (
    Shock as Shock,
)
from tradewar.policy import (
    compile_policy as compile_policy,
)
from tradewar.policy import (
    currency as currency,
)
from tradewar.policy import (
    export_control as export_control,
)
from tradewar.policy import (
    parse_action as parse_action,
)
from tradewar.policy import (
    purchase_commitment as purchase_commitment,
)
from tradewar.policy import (
    tariff as tariff,
)
from tradewar.policy import (
    trade_cost as trade_cost,
)
from tradewar.results import Counterfactual as Counterfactual
from tradewar.results import solve as solve
from tradewar.scenario import (
    Scenario as Scenario,
)
from tradewar.scenario import (
    ScenarioResult as ScenarioResult,
)
from tradewar.scenario import (
    load_scenario as load_scenario,
)
from tradewar.scenario import (
    run_scenario as run_scenario,
)

__version__: str
__all__: list[str]

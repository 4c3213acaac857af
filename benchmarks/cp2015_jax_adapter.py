"""Load cp2015-jax (github.com/paulofelipe/cp2015-jax) from a local checkout, for benchmarks only.

cp2015-jax is a script: importing ``cp2015.py`` loads ``cp2015_data.pkl`` from the
working directory and solves the model at once.  This adapter runs only the
definitions of that file (its imports, JAX configuration, functions and
jitted functions), from the checkout itself, so that the benchmark can call
its functions and time them; no code of it is copied here.  tradewar does not
depend on JAX: nothing in the package imports this file.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path
from types import SimpleNamespace
from typing import Any

__all__ = ["load_cp2015_jax", "unrounded"]

_SCRIPT = "cp2015.py"
_DATA = "cp2015_data.pkl"


def _is_definition(node: ast.stmt) -> bool:
    """Imports, functions, ``jax.config.update(...)`` and plain assignments of names."""
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef)):
        return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return ast.unparse(node.value.func) == "jax.config.update"
    if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
        # `nax = jnp.newaxis`, `solve_P_c_jit = jax.jit(solve_P_c)`; not the data or the run
        names = {t.id for t in node.targets if isinstance(t, ast.Name)}
        value = ast.unparse(node.value)
        return not (names & {"data"}) and ("jax" in value or "jnp" in value)
    return False


def load_cp2015_jax(checkout: str | Path) -> SimpleNamespace:
    """The functions and data of a cp2015-jax checkout.

    Parameters
    ----------
    checkout : str or Path
        Folder holding ``cp2015.py`` and ``cp2015_data.pkl``.

    Returns
    -------
    types.SimpleNamespace
        ``solve_model``, ``run_cp2015``, ``compute_welfare`` (the checkout's own
        functions) and ``data`` (its data dictionary).

    Raises
    ------
    FileNotFoundError
        If the checkout lacks the script or its data.
    ImportError
        If JAX is not installed.
    """
    folder = Path(checkout)
    script, data_file = folder / _SCRIPT, folder / _DATA
    for path in (script, data_file):
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found: is {folder} a cp2015-jax checkout?")
    import jax  # noqa: F401  (a clear ImportError before anything runs)

    tree = ast.parse(script.read_text(), filename=str(script))
    tree.body = [node for node in tree.body if _is_definition(node)]
    namespace: dict[str, Any] = {"__name__": "cp2015_jax", "__file__": str(script)}
    exec(compile(tree, str(script), "exec"), namespace)
    with data_file.open("rb") as handle:
        data = pickle.load(handle)  # the checkout's own data file
    namespace["data"] = data  # compute_welfare reads the region names from this global
    return SimpleNamespace(
        solve_model=namespace["solve_model"],
        run_cp2015=namespace["run_cp2015"],
        compute_welfare=namespace["compute_welfare"],
        data=data,
        namespace=namespace,
    )


class _NoRounding:
    """``jax.numpy`` with ``round`` as the identity: cp2015-jax's tables, unrounded."""

    def __init__(self, jnp: Any) -> None:
        self._jnp = jnp

    def __getattr__(self, name: str) -> Any:
        return getattr(self._jnp, name)

    @staticmethod
    def round(value: Any, decimals: int = 0) -> Any:
        return value


def unrounded(cp: SimpleNamespace, bln: dict, cfl: dict):
    """cp2015-jax's welfare table (percent) without its rounding to two decimals."""
    namespace = cp.namespace
    jnp = namespace["jnp"]
    namespace["jnp"] = _NoRounding(jnp)
    try:
        return cp.compute_welfare(bln, cfl)
    finally:
        namespace["jnp"] = jnp

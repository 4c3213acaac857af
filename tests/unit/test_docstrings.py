"""Docstrings follow numpydoc and agree with the code (checked with ``numpydoc.validate``).

What is checked: every module under ``src/tradewar``; each function or class named in a
module's ``__all__`` (once, under the module that defines it); and the public methods
and properties that classes defined in tradewar define themselves (not those inherited
from pydantic, pandas or ``dataclasses``).  The checks are

* PR01 a parameter is not documented, PR02 a documented parameter does not exist,
  PR03 the documented parameters are not in the signature's order,
* PR04 a parameter has no type, PR07 a parameter has no description,
* RT03 a Returns section has an entry without a description.

``*args`` and ``**kwargs`` are documented the numpydoc way, by their starred names
(``**fields``) and without a type.

Constructors.  numpydoc documents a class's constructor in the class docstring.

* Frozen and plain dataclasses: the generated ``__init__`` takes the fields, so the
  fields are documented, in order, in the class docstring's *Parameters* section
  (the section numpydoc compares with the signature); fields made with ``init=False``
  and properties, if described, go under *Attributes*.
* Pydantic models (``BaseModel`` subclasses, the scenario file format and the policy
  actions): the constructor signature is not checked (PR01 and PR03 are dropped for the
  class itself).  Their fields are described by ``Field(description=...)``, which is
  what the JSON schema (``tradewar schema``) and editors show; repeating each field in
  the docstring would be a second copy bound to drift.  A Parameters section, where a
  model has one, is still checked for unknown names, types and descriptions, and the
  models' own methods are checked like any other.
* Typer commands (functions whose parameters are ``Annotated[..., typer.Option(...)]``):
  the docstring is the command's ``--help`` text, and each parameter is documented by the
  ``help=`` of its ``typer.Argument``/``typer.Option``, which the test requires instead
  of a numpydoc Parameters section (that would print in ``--help``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from functools import cached_property
from types import ModuleType
from typing import Any

import pydantic
import pytest
from numpydoc.validate import Validator, get_doc_object, validate

import tradewar

CHECKS = {"PR01", "PR02", "PR03", "PR04", "PR07", "RT03"}
# the constructor signature of a pydantic model is its fields (see the module docstring)
PYDANTIC_CLASS_SKIP = {"PR01", "PR03"}

NOT_IMPORTED = {"tradewar.__main__", "tradewar.cli.__main__"}
SKIPPED_MODULES: set[str] = set()


def _modules() -> list[ModuleType]:
    modules = [tradewar]
    for info in pkgutil.walk_packages(tradewar.__path__, prefix="tradewar."):
        if info.name in NOT_IMPORTED:
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def _ours(obj: Any) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return (module == "tradewar" or module.startswith("tradewar.")) and (
        module not in SKIPPED_MODULES
    )


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties that classes of tradewar in ``cls``'s MRO define.

    Each comes with its dotted name under the class that defines it, so that a method
    inherited from another class of tradewar is checked (and reported) once.
    """
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not _ours(klass):
            continue
        owner = f"{klass.__module__}.{klass.__qualname__}"
        for name, attr in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if isinstance(attr, staticmethod | classmethod):
                yield f"{owner}.{name}", attr.__func__
            elif inspect.isfunction(attr) or isinstance(attr, property | cached_property):
                yield f"{owner}.{name}", attr


def _objects() -> dict[str, Any]:
    """Every object to check, by its dotted name (where it is defined)."""
    objects: dict[str, Any] = {}
    for module in _modules():
        if module.__name__ in SKIPPED_MODULES:
            continue
        objects[module.__name__] = module
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not (inspect.isfunction(obj) or inspect.isclass(obj)) or not _ours(obj):
                continue
            objects.setdefault(f"{obj.__module__}.{obj.__qualname__}", obj)
            if inspect.isclass(obj):
                for member_name, attr in _members(obj):
                    objects.setdefault(member_name, attr)
    return objects


class _Validator(Validator):
    """numpydoc's validator on an object (not a dotted name), also for modules without a def."""

    def __init__(self, obj_name: Any) -> None:
        super().__init__(get_doc_object(obj_name))

    @property
    def source_file_def_line(self) -> int | None:
        try:
            return super().source_file_def_line
        except StopIteration:  # a module with neither def nor class
            return None


def _typer_parameters(func: Callable[..., Any]) -> dict[str, Any] | None:
    """The typer metadata of each parameter, or None when ``func`` is not a typer command."""
    import typer.models

    try:
        hints = typing.get_type_hints(func, include_extras=True)
    except Exception:
        return None
    found: dict[str, Any] = {}
    for name in inspect.signature(func).parameters:
        for meta in getattr(hints.get(name), "__metadata__", ()):
            if isinstance(meta, typer.models.ParameterInfo):
                found[name] = meta
    return found or None


def _errors(name: str, obj: Any) -> list[str]:
    if inspect.isfunction(obj):
        typer_params = _typer_parameters(obj)
        if typer_params is not None:
            params = inspect.signature(obj).parameters
            missing = [p for p in params if not getattr(typer_params.get(p), "help", None)]
            return [f"{name}: PR01 parameter {p!r} has no typer help=" for p in missing]
    result = validate(obj, validator_cls=_Validator)
    codes = set(CHECKS)
    if inspect.isclass(obj) and issubclass(obj, pydantic.BaseModel):
        codes -= PYDANTIC_CLASS_SKIP
    return [f"{name}: {code} {message}" for code, message in result["errors"] if code in codes]


def offenders() -> list[str]:
    """Every offence, as ``module.name: CODE message``."""
    found: list[str] = []
    for name, obj in sorted(_objects().items()):
        found += _errors(name, obj)
    return found


def test_the_walk_finds_the_public_api():
    objects = _objects()
    for name in (
        "tradewar.baseline.world.Baseline",
        "tradewar.results.solving.solve",
        "tradewar.results.counterfactual.Counterfactual.countries",
        "tradewar.policy.actions.parse_action",
    ):
        assert name in objects
    assert not any(name.startswith(tuple(SKIPPED_MODULES)) for name in objects)


def test_the_checks_catch_a_docstring_that_disagrees_with_its_signature():
    def wrong(a: int, b: int, **fields: Any) -> int:
        """Add.

        Parameters
        ----------
        b : int
            Second.
        c
            No such parameter.

        Returns
        -------
        int
        """
        return a + b

    codes = {line.split(": ")[1].split()[0] for line in _errors("wrong", wrong)}
    assert codes == {"PR01", "PR02", "PR04", "RT03"}


def test_docstrings_are_numpydoc_and_agree_with_signatures():
    found = offenders()
    if found:
        pytest.fail(f"{len(found)} docstring offenders:\n" + "\n".join(found), pytrace=False)


if __name__ == "__main__":  # pragma: no cover
    print("\n".join(offenders()))

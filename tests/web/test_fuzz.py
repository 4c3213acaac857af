"""The whole OpenAPI spec fuzzed with schemathesis: no request, valid or not, gets a 5xx.

Schemathesis generates requests for every operation of ``/openapi.json`` (valid
ones from the schema and invalid ones against it) and sends them to the app in
process; the app runs with its worker pool on a fresh SQLite database, so the
runs it starts are real.  A bounded number of examples per operation keeps it
to a minute or two.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from tradewar.web.api import create_app  # noqa: E402
from tradewar.web.config import Settings  # noqa: E402

pytestmark = pytest.mark.fuzz

# made when the app starts (not when the module is only collected)
_HOME = Path(tempfile.gettempdir()) / f"tradewar-fuzz-{os.getpid()}"
APP = create_app(
    Settings(
        home=_HOME,
        database_url=f"sqlite:///{_HOME / 'tw.db'}",
        workers=1,
        max_actions=50,
        max_draws=16,
        max_grid_points=16,
    )
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    """Stop the app (schemathesis started it: its lifespan) and remove its folder."""
    yield
    from schemathesis.python import asgi

    asgi.shutdown_lifespans()
    shutil.rmtree(_HOME, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_request_gets_a_server_error(case):
    response = case.call_and_validate(checks=[not_a_server_error])
    assert response.status_code < 500, response.text

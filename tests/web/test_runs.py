"""The worker pool: runs are cancelled, time out, survive a dead worker and a server restart."""

from __future__ import annotations

import os
import signal
import time

import pytest
from web_support import make_client, new_database, wait_for


def _wait_running(client, run_id: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = client.get(f"/api/v1/runs/{run_id}").json()
        if run["status"] == "running" and run["stage"] not in ("starting",):
            return run
        assert run["status"] in ("queued", "running"), run
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} did not start")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    with make_client(home, new_database("sqlite", home)) as test_client:
        yield test_client


def test_progress_is_reported_and_a_running_run_can_be_cancelled(client):
    started = client.post("/api/v1/runs", json={"scenario_id": "us-china-2025"}).json()
    running = _wait_running(client, started["id"])
    assert 0 < running["progress"] < 1 and running["started_at"] is not None
    cancelled = client.post(f"/api/v1/runs/{started['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    time.sleep(0.5)
    assert client.get(f"/api/v1/runs/{started['id']}").json()["status"] == "cancelled"
    summary = client.get(f"/api/v1/runs/{started['id']}/summary")
    assert summary.status_code == 409 and "cancelled" in summary.json()["error"]["detail"]
    # the key is free again, and the worker (killed) is back for the next run
    again = client.post("/api/v1/runs", json={"scenario_id": "us-china-2025"})
    assert again.status_code == 202
    assert wait_for(client, again.json()["id"])["status"] == "done"


def test_a_queued_run_can_be_cancelled(client):
    first = client.post("/api/v1/runs", json={"scenario_id": "phase-one-2020"}).json()
    second = client.post("/api/v1/runs", json={"scenario_id": "may-2019"}).json()
    if second["status"] == "queued":
        cancelled = client.post(f"/api/v1/runs/{second['id']}/cancel").json()
        assert cancelled["status"] == "cancelled"
    assert wait_for(client, first["id"])["status"] == "done"


def test_a_run_whose_worker_dies_fails_and_the_next_one_runs(client):
    started = client.post("/api/v1/runs", json={"scenario_id": "ieepa-ruling-2026"}).json()
    _wait_running(client, started["id"])
    manager = client.app.state.tw.runs
    pid = next(w.process.pid for w in manager._workers if w.alive)
    os.kill(pid, signal.SIGKILL)
    run = wait_for(client, started["id"])
    assert run["status"] == "failed" and run["error"]["title"] == "the worker stopped"
    again = client.post("/api/v1/runs", json={"scenario_id": "ieepa-ruling-2026"})
    assert again.status_code == 202
    assert wait_for(client, again.json()["id"])["status"] == "done"


def test_a_run_that_takes_too_long_fails(tmp_path):
    with make_client(tmp_path, new_database("sqlite", tmp_path), run_timeout=0.2) as client:
        started = client.post("/api/v1/runs", json={"scenario_id": "us-china-2025"}).json()
        run = wait_for(client, started["id"])
        assert run["status"] == "failed" and run["error"]["title"] == "timed out"


def test_a_server_restarted_mid_run_fails_that_run_and_resumes_queued_ones(tmp_path):
    from tradewar.web.fingerprint import cache_key
    from tradewar.web.inputs import check_builtin
    from tradewar.web.storage import Store

    url = new_database("sqlite", tmp_path)
    store = Store(url)  # the state a killed server leaves: one running run, one queued
    runs = {}
    for name in ("may-2019", "phase-one-2020"):
        checked = check_builtin(name)
        runs[name], _ = store.submit_run(
            scenario_id=name,
            scenario_name=name,
            title=checked.title,
            request=checked.request,
            cache_key=cache_key(checked.resolved),
        )
    store.move_run(runs["may-2019"].id, "start")
    store.close()
    with make_client(tmp_path, url) as client:
        interrupted = client.get(f"/api/v1/runs/{runs['may-2019'].id}").json()
        assert interrupted["status"] == "failed" and interrupted["stage"] == "interrupted"
        assert wait_for(client, runs["phase-one-2020"].id)["status"] == "done"
        again = client.post("/api/v1/runs", json={"scenario_id": "may-2019"})
        assert again.status_code == 202  # a failed run is no cache entry


def test_a_running_monte_carlo_reports_its_draws_and_can_be_cancelled(client):
    body = {"scenario_id": "may-2019", "draws": 2000, "seed": 11}
    started = client.post("/api/v1/runs/monte-carlo", json=body).json()
    deadline = time.monotonic() + 120
    run = started
    while "draws solved" not in run["stage"] and time.monotonic() < deadline:
        assert run["status"] in ("queued", "running"), run
        time.sleep(0.1)
        run = client.get(f"/api/v1/runs/{started['id']}").json()
    assert run["stage"].endswith("of 2000 draws solved") and 0.1 < run["progress"] < 1, run
    cancelled = client.post(f"/api/v1/runs/{started['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    again = client.post("/api/v1/runs/monte-carlo", json=body)  # the key is free again
    assert again.status_code == 202
    assert client.post(f"/api/v1/runs/{again.json()['id']}/cancel").status_code == 200

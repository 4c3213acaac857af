"""The store on SQLite and on a throwaway PostgreSQL server: schema, scenarios, runs, the cache."""

from __future__ import annotations

import gzip
import threading

import pytest

from tradewar.web.storage import ActiveRunError, RunInfo, ScenarioInfo, Store, StoredFile
from tradewar.web.storage.store import INTERRUPTED

pytest_plugins = ["web_support"]

KEY = "a" * 64


def _submit(store: Store, key: str = KEY):
    return store.submit_run(
        scenario_id="may-2019",
        scenario_name="may-2019",
        title="May 2019",
        request={"builtin": "may-2019"},
        cache_key=key,
    )


def _file(name: str, text: str) -> StoredFile:
    data = text.encode()
    return StoredFile(name, "text/csv", len(data), gzip.compress(data))


def test_the_schema_is_made_by_alembic_and_opening_again_keeps_the_data(db_url):
    from sqlalchemy import inspect, text

    store = Store(db_url)
    sc = store.save_scenario(name="x", title="X", format="json", content="{}", data={"name": "x"})
    store.close()
    store = Store(db_url)  # a second start: migrations find the schema current
    tables = set(inspect(store.engine).get_table_names())
    assert {"scenarios", "runs", "artifacts", "comparisons", "alembic_version"} <= tables
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    assert store.get(ScenarioInfo, sc.id) == sc
    store.close()


def test_a_database_of_the_first_schema_is_upgraded_and_keeps_its_runs(db_url):
    import datetime as dt

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from tradewar.web.storage.engine import _MIGRATIONS, make_engine

    engine = make_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO runs (id, scenario_name, title, request, cache_key, status, stage,"
                " progress, created_at) VALUES ('r1', 'may-2019', 'May', '{}', :key, 'done',"
                " 'done', 1.0, :now)"
            ),
            {"key": KEY, "now": dt.datetime.now(dt.UTC)},
        )
    engine.dispose()
    store = Store(db_url)
    run = store.get(RunInfo, "r1")
    assert run is not None and run.kind == "scenario" and run.status == "done"
    store.close()


def test_the_tables_mirror_the_migrations(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tradewar.web.storage.tables import Base

    store = Store(db_url)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    store.close()


def test_sqlite_runs_in_wal_mode(tmp_path):
    from sqlalchemy import text

    store = Store(f"sqlite:///{tmp_path / 'sub' / 'tw.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert store.backend == "sqlite"
    store.close()


def test_scenarios_are_created_listed_updated_and_deleted(db_url):
    store = Store(db_url)
    first = store.save_scenario(
        name="a", title="A", format="yaml", content="name: a\n", data={"name": "a"}
    )
    second = store.save_scenario(
        name="b", title="B", format="json", content="{}", data={"name": "b", "actions": []}
    )
    assert [s.id for s in store.list_scenarios()] == [second.id, first.id]
    changed = store.save_scenario(
        name="a2",
        title="A2",
        format="yaml",
        content="name: a2\n",
        data={"name": "a2"},
        scenario_id=first.id,
    )
    assert changed is not None and changed.name == "a2" and changed.created_at == first.created_at
    assert changed.updated_at >= first.updated_at
    assert (
        store.save_scenario(
            name="x", title="", format="json", content="", data={}, scenario_id="0" * 32
        )
        is None
    )
    assert store.delete_scenario(first.id) and not store.delete_scenario(first.id)
    assert store.get(ScenarioInfo, first.id) is None
    store.close()


def test_a_run_is_queued_run_and_finished_and_then_answers_identical_requests(db_url):
    store = Store(db_url)
    run, new = _submit(store)
    assert new and run.status == "queued" and run.progress == 0
    with pytest.raises(ActiveRunError) as found:
        _submit(store)  # identical and still queued: refused, naming the run
    assert found.value.run.id == run.id
    assert store.move_run(run.id, "start").status == "running"
    assert store.move_run(run.id, "start") is None  # taken once only
    moved = store.move_run(run.id, "progress", stage="solving " * 20, progress=1.5)
    assert (moved.stage, moved.progress) == (("solving " * 20)[:64], 1.0)  # cut, held in [0, 1]
    store.move_run(run.id, "progress", stage="solving", progress=0.5)
    assert store.get(RunInfo, run.id).progress == 0.5
    files = [_file("countries.csv", "country,welfare\nUSA,-0.1\n")]
    assert store.finish_run(run.id, files, seconds=1.5)
    done = store.get(RunInfo, run.id)
    assert (done.status, done.progress, done.seconds) == ("done", 1.0, 1.5)
    again, new = _submit(store)
    assert not new and again.id == run.id  # the cache
    stored = store.get(StoredFile, (KEY, "countries.csv"))
    assert gzip.decompress(stored.data).startswith(b"country,welfare")
    assert store.file_names(KEY) == [("countries.csv", "text/csv", 25)]
    assert store.get(StoredFile, (KEY, "nothing.csv")) is None
    runs, total = store.list_runs()
    assert total == 1 and runs[0].id == run.id
    store.close()


def test_cancelled_and_failed_runs_free_their_key(db_url):
    store = Store(db_url)
    run, _ = _submit(store)
    assert store.move_run(run.id, "cancel").status == "cancelled"
    assert store.move_run(run.id, "start") is None
    assert store.move_run("f" * 32, "cancel") is None
    second, new = _submit(store)
    assert new and second.id != run.id
    store.move_run(second.id, "start")
    assert store.move_run(second.id, "fail", error={"title": "x", "detail": "y"}) is not None
    assert store.move_run(second.id, "fail", error={"title": "again"}) is None
    assert not store.finish_run(second.id, [], 0.0)  # a failed run stays failed
    assert store.get(RunInfo, second.id).error == {"title": "x", "detail": "y"}
    _, new = _submit(store)
    assert new
    assert store.list_runs(status="failed")[1] == 1
    store.close()


def test_a_move_changes_only_a_run_in_a_state_it_starts_from(db_url):
    store = Store(db_url)
    run, _ = _submit(store)
    assert store.move_run(run.id, "progress", stage="solving", progress=0.5) is None  # queued
    assert not store.finish_run(run.id, [_file("a.csv", "a")], 1.0)  # not running
    assert store.file_names(KEY) == []
    store.move_run(run.id, "start")
    assert store.finish_run(run.id, [], 2.0)
    assert store.move_run(run.id, "cancel") is None  # finished: left as it is
    assert store.move_run(run.id, "fail", error={"title": "late"}) is None
    done = store.get(RunInfo, run.id)
    assert (done.status, done.stage, done.error, done.seconds) == ("done", "done", None, 2.0)
    assert done.started_at <= done.finished_at
    with pytest.raises(ValueError, match="unknown move 'stop'"):
        store.move_run(run.id, "stop")
    with pytest.raises(ValueError, match="use finish_run"):
        store.move_run(run.id, "finish")
    store.close()


def test_after_a_restart_running_runs_fail_and_queued_ones_are_resumed(db_url):
    store = Store(db_url)
    running, _ = _submit(store, "1" * 64)
    store.move_run(running.id, "start")
    queued, _ = _submit(store, "2" * 64)
    store.close()
    store = Store(db_url)
    assert store.recover() == [queued.id]
    after = store.get(RunInfo, running.id)
    assert (after.status, after.stage, after.error) == ("failed", "interrupted", INTERRUPTED)
    assert store.get(RunInfo, queued.id).status == "queued"
    store.close()


def test_concurrent_identical_requests_start_one_run(db_url):
    store = Store(db_url)
    outcomes: list[str] = []
    lock = threading.Lock()

    def submit() -> None:
        try:
            _, new = _submit(store)
            outcome = "new" if new else "cached"
        except ActiveRunError:
            outcome = "conflict"
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=submit) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("new") == 1 and outcomes.count("conflict") == 15
    assert store.list_runs()[1] == 1
    store.close()


def test_comparisons_are_stored_once(db_url):
    store = Store(db_url)
    assert store.comparison("k") is None
    store.put_comparison("k", {"x": 1})
    store.put_comparison("k", {"x": 2})
    assert store.comparison("k") == {"x": 1}
    store.close()

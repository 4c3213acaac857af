"""Load on the web API: many clients reading cached results while runs are in flight.

Starts ``tradewar serve`` on a free loopback port (its own data folder, SQLite),
finishes two runs (may-2019, phase-one-2020) so that their results are cached,
then, for ``--seconds``:

* ``--clients`` concurrent clients (default 50) read cached results in a loop:
  a run's status, its dashboard summary, its CSV table (each request timed);
* ``--runs`` new scenarios (default 4: US tariffs on China of 10, 20, 30, 40
  points) are started at once, each also sent a second time while in flight
  (which must be refused with 409), and followed until they end.

It reports the latency of the cached reads (p50, p95, p99, max), the requests
per second, failed requests (a non-2xx answer or a connection error), and
checks the runs: every run started is listed exactly once, done, and no
identical request started a second run.  Targets (issue #14): p95 of cached
reads at most 100 ms, no failed request, no lost or duplicated run; the exit
code is 1 when one is missed.  Traffic goes to 127.0.0.1 only, every loop is
bounded in time and count, and the server is stopped at the end.

Run: python benchmarks/bench_web.py [--clients 50] [--seconds 20] [--runs 4]
(needs the web extra: pip install -e '.[web]').
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from tradewar.web.server import spawn

TARGET_P95_MS = 100.0


def _scenario(points: int) -> dict:
    return {
        "name": f"bench-us-tariff-{points}",
        "title": f"US tariff of {points} points on China",
        "actions": [
            {
                "date": "2025-04-01",
                "kind": "tariff",
                "imposer": "USA",
                "partners": ["CHN"],
                "sectors": "goods",
                "add": points / 100,
            }
        ],
    }


async def wait_done(client, run_id: str, timeout: float = 300.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = (await client.get(f"/api/v1/runs/{run_id}")).json()
        if run["status"] not in ("queued", "running"):
            return run
        await asyncio.sleep(0.2)
    raise TimeoutError(f"run {run_id} did not end in {timeout} s")


async def _get(reader, writer, host: str, path: str) -> int:
    """One GET on a kept-alive connection; its status (the body is read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length")),
        None,
    )
    if length is None:
        raise ValueError("no Content-Length")
    await reader.readexactly(length)
    return status


async def reader(base: str, paths: list[str], stop: float, latencies: list, failures: list) -> None:
    """A client reading in a loop on one kept-alive connection.

    A bare HTTP/1.1 client (asyncio streams): it costs the processor far less
    than a full client library, so that the load generator, on the same
    machine, leaves the processor to the server it measures.
    """
    host = base.removeprefix("http://")
    name, port = host.rsplit(":", 1)
    connection = None
    k = 0
    while time.monotonic() < stop and k < 100_000:
        path = paths[k % len(paths)]
        k += 1
        started = time.perf_counter()
        try:
            if connection is None:
                connection = await asyncio.open_connection(name, int(port))
            status = await _get(*connection, host, path)
            elapsed = time.perf_counter() - started
            if status >= 300:
                failures.append(f"{status} {path}")
            else:
                latencies.append(elapsed)
        except Exception as exc:  # a failed request is counted, never hidden
            failures.append(f"{type(exc).__name__} {path}")
            connection = None
    if connection is not None:
        connection[1].close()


async def runs_in_flight(client, count: int) -> dict:
    """Start ``count`` runs at once, send each again while in flight, follow them to the end."""
    scenarios = [_scenario(10 * (k + 1)) for k in range(count)]
    answers = await asyncio.gather(
        *(client.post("/api/v1/runs", json={"scenario": s}) for s in scenarios)
    )
    started = [a.json() for a in answers if a.status_code == 202]
    again = await asyncio.gather(
        *(client.post("/api/v1/runs", json={"scenario": s}) for s in scenarios)
    )
    refused = sum(a.status_code == 409 for a in again)
    answered = sum(a.status_code == 200 and a.json().get("cached") for a in again)
    t0 = time.perf_counter()
    ended = await asyncio.gather(*(wait_done(client, r["id"]) for r in started))
    return {
        "asked": count,
        "started": len(started),
        "second_request_refused": refused,
        "second_request_cached": answered,
        "done": sum(r["status"] == "done" for r in ended),
        "ids": [r["id"] for r in started],
        "seconds_to_all_done": time.perf_counter() - t0,
    }


async def benchmark(base: str, clients: int, seconds: float, runs: int) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        warm = []
        for name in ("may-2019", "phase-one-2020"):
            answer = await client.post("/api/v1/runs", json={"scenario_id": name})
            warm.append(await wait_done(client, answer.json()["id"]))
        paths = []
        for run in warm:
            paths += [
                f"/api/v1/runs/{run['id']}",
                f"/api/v1/runs/{run['id']}/summary",
                f"/api/v1/runs/{run['id']}/files/countries.csv",
            ]
        for path in paths:  # first reads fill the server's memory cache
            (await client.get(path)).raise_for_status()
        latencies: list[float] = []
        failures: list[str] = []
        stop = time.monotonic() + seconds
        t0 = time.perf_counter()
        flight, *_ = await asyncio.gather(
            runs_in_flight(client, runs),
            *(reader(base, paths, stop, latencies, failures) for _ in range(clients)),
        )
        elapsed = time.perf_counter() - t0
        listed = (await client.get("/api/v1/runs", params={"limit": 500})).json()
    ids = [r["id"] for r in listed["runs"]]
    names = [r["scenario_name"] for r in listed["runs"]]
    return {
        "latencies": latencies,
        "failures": failures,
        "elapsed": elapsed,
        "flight": flight,
        "listed_total": listed["total"],
        "lost": [i for i in flight["ids"] if i not in ids],
        "duplicated": sorted({n for n in names if names.count(n) > 1}),
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="the server's worker processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tradewar-bench-web-") as folder:
        try:
            server = spawn(Path(folder), workers=args.workers)
        except RuntimeError as exc:
            raise SystemExit(str(exc)) from None
        try:
            out = asyncio.run(benchmark(server.base, args.clients, args.seconds, args.runs))
        finally:
            server.stop()
    ms = [1000 * v for v in out["latencies"]]
    flight = out["flight"]
    p95 = percentile(ms, 0.95) if ms else float("inf")
    load = " / ".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"{args.clients} clients reading cached results for {out['elapsed']:.1f} s "
        f"while {args.runs} runs were in flight ({os.cpu_count()} CPUs, load average "
        f"{load} at the end; server with {args.workers} worker processes)"
    )
    print(
        f"  cached reads: {len(ms)} ({len(ms) / out['elapsed']:.0f}/s); latency ms: "
        f"p50 {statistics.median(ms):.1f}, p95 {p95:.1f}, p99 {percentile(ms, 0.99):.1f}, "
        f"max {max(ms):.1f}"
    )
    print(
        f"  failed requests: {len(out['failures'])}"
        + (f" (first: {out['failures'][:3]})" if out["failures"] else "")
    )
    print(
        f"  runs: {flight['started']} of {flight['asked']} started, {flight['done']} done in "
        f"{flight['seconds_to_all_done']:.1f} s; identical requests in flight refused: "
        f"{flight['second_request_refused']}, answered from the cache: "
        f"{flight['second_request_cached']}; lost: {len(out['lost'])}, duplicated: "
        f"{out['duplicated'] or 0}; runs listed: {out['listed_total']}"
    )
    ok = (
        p95 <= TARGET_P95_MS
        and not out["failures"]
        and flight["started"] == flight["asked"] == flight["done"]
        and flight["second_request_refused"] + flight["second_request_cached"] == flight["asked"]
        and not out["lost"]
        and not out["duplicated"]
        and out["listed_total"] == flight["asked"] + 2
    )
    print(
        f"target (p95 <= {TARGET_P95_MS:.0f} ms, no failure, no lost or duplicated run): "
        + ("met" if ok else "MISSED")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

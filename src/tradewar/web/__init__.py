"""The web app and REST API of tradewar (``tradewar serve``; the ``web`` extra).

A layer above :mod:`tradewar.reports` and :mod:`tradewar.scenario`, beside the
command line: like the CLI it only translates between a person (or a program)
and the library.

* :mod:`~tradewar.web.config` — the server's settings, from the environment;
* :mod:`~tradewar.web.storage` — scenarios, runs and results in SQLite or
  PostgreSQL (SQLAlchemy, Alembic migrations);
* :mod:`~tradewar.web.inputs` — a client's scenario checked (no server paths);
* :mod:`~tradewar.web.jobs` — what a worker process does: run a scenario, write its files;
* :mod:`~tradewar.web.analyses` — Monte Carlo runs and sweeps: their limits and their job;
* :mod:`~tradewar.web.news` — a pasted report's events and draft scenario, its open fields;
* :mod:`~tradewar.web.runs` — the worker pool and the life of a run;
* :mod:`~tradewar.web.api` — the FastAPI application, its routes in ``routes_*``;
  :mod:`~tradewar.web.security` its guards (token, body size, origin);
* ``static/`` — the browser app (no CDN: Plotly is served from the installed package):
  ``app.js`` (library, runs, dashboard, compare), ``builder.js``, ``news.js``,
  ``uncertainty.js``.

Nothing here is imported by ``import tradewar``; FastAPI and SQLAlchemy are
imported only by the modules that need them.
"""

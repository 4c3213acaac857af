"""The data layer: read public sources, build worlds from them, store them in files.

* :mod:`tradewar.data.sources` — readers of each source (ICIO, WIOD, gravity
  tables, the replication files of Caliendo–Parro, Ossa, Lashkaripour–Lugovskyy,
  the toy and synthetic worlds), returning :class:`~tradewar.baseline.Baseline`
  objects, raw where the data do not add up exactly;
* :mod:`tradewar.data.build` — input–output tables to baselines, aggregation,
  product-level tariffs, the embedded default world;
* :mod:`tradewar.data.files` — ``.npz`` baselines, tables, matrices.

The data layer never solves the model: :mod:`tradewar.datasets` reconciles raw
worlds into equilibria and resolves data sets by name.
"""

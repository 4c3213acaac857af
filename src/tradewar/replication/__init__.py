"""Reproductions of published results: every published number beside ours.

::

    import tradewar as tw
    tw.replication.replications()              # what tradewar reproduces
    result = tw.replication.replicate("cp2015")
    result.matches                             # every number within its published precision
    result.table()                             # published, ours, difference, by number

Each runs on its built-in data set (:mod:`tradewar.datasets`); ``tradewar
replicate NAME`` prints the same.
"""

from tradewar.replication.cp2015 import CP2015_TABLE2, cp2015_table2, replicate_cp2015
from tradewar.replication.record import Comparison, Replication, ReplicationResult
from tradewar.replication.registry import REPLICATIONS, replicate, replications

__all__ = [
    "CP2015_TABLE2",
    "REPLICATIONS",
    "Comparison",
    "Replication",
    "ReplicationResult",
    "cp2015_table2",
    "replicate",
    "replicate_cp2015",
    "replications",
]

"""Reproductions of published tables."""

from tradewar.replication.cp2015 import CP2015_TABLE2, cp2015_table2

__all__ = ["CP2015_TABLE2", "cp2015_table2"]

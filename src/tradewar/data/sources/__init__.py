"""Readers of public data sources; each returns a Baseline (raw where the data do not add up)."""

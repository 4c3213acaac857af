"""Presenting results: tables of scenario results, charts (PNG), the HTML report, comparisons."""

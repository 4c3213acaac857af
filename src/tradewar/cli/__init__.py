"""The command line (Typer + Rich); :mod:`tradewar.cli.app` owns the application."""

from tradewar.cli.app import app, main

__all__ = ["app", "main"]

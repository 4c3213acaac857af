"""``python -m tradewar``: the command line."""

from tradewar.cli.app import main

main()

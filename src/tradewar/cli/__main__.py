"""``python -m tradewar.cli``: the command line."""

from tradewar.cli.app import main

main()

"""CLI subcommands: each module exposes register(subparsers); app.py discovers them."""

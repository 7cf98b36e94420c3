"""Reskontra entry point: `reskontra ...` / `python app.py ...`, and `create_app()` for the web.

Subcommands are discovered: every module in core/commands, intake/commands and web/commands exposes
`register(subparsers, groups)`. Each command handler returns an exit code (or raises `CommandError`).

Every invocation imports all command modules to build the parser, so they must stay cheap to import: `register`
only builds argparse parsers, and handlers import the domain (SQLAlchemy, WeasyPrint, Flask …) when they run.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from cli.util import CommandError, fail

ROOMS = ("cli.commands",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reskontra", description="Accounts receivable for SE/FI shared-service centres")
    sub = parser.add_subparsers(dest="command", required=True)
    groups: dict[str, argparse._SubParsersAction] = {}
    for room in ROOMS:
        pkg = importlib.import_module(room)
        for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{room}.{mod.name}")
            if hasattr(module, "register"):
                module.register(sub, groups)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        return fail(exc.message, exc.code)
    except KeyboardInterrupt:
        return 130


def create_app(*args, **kwargs):
    """Flask application factory (see web.app)."""
    from web.app import create_app as _create

    return _create(*args, **kwargs)


if __name__ == "__main__":
    sys.exit(main())

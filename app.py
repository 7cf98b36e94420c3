"""Reskontra entry point: `reskontra ...` / `python app.py ...`, and `create_app()` for the web.

Every command module in cli/commands is listed in COMMANDS and exposes `register(subparsers, groups)`; each command
handler returns an exit code (or raises `CommandError`). The list is explicit (no discovery), so the layering
contract sees every dependency.

Every invocation imports all command modules to build the parser, so they must stay cheap to import: `register`
only builds argparse parsers, and handlers import the domain (SQLAlchemy, WeasyPrint, Flask …) when they run.
"""
from __future__ import annotations

import argparse
import sys

from cli.commands import (
    db_cmd,
    delivery_cmd,
    dispute_cmd,
    intake_cmd,
    interest_calc,
    invoice_cmd,
    invoice_import_cmd,
    ledger_cmd,
    masterdata_cmd,
    parse_cmd,
    payments_cmd,
    period_cmd,
    rates_cmd,
    registry_cmd,
    review_cmd,
    runs_cmd,
    serve_cmd,
    users_cmd,
    worker_cmd,
)
from cli.util import CommandError, Parser, fail

# in the order of `reskontra --help`: set-up and registers, invoices, intake, payments, runs, period end, web
COMMANDS = (db_cmd, registry_cmd, users_cmd, masterdata_cmd, invoice_cmd, invoice_import_cmd, delivery_cmd,
            intake_cmd, review_cmd, parse_cmd, payments_cmd, runs_cmd, interest_calc, rates_cmd, ledger_cmd,
            period_cmd, serve_cmd, worker_cmd, dispute_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="reskontra",
                    description="Accounts receivable for SE/FI shared-service centres")
    sub = parser.add_subparsers(dest="command", required=True)
    groups: dict[str, argparse._SubParsersAction] = {}
    for module in COMMANDS:
        module.register(sub, groups)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # a usage error, already printed as one line (cli.util.Parser): exit 2
        if exc.code in (0, None):  # --help
            raise
        return exc.code if isinstance(exc.code, int) else 2
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

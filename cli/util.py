"""Small helpers shared by every room's CLI modules: command groups, JSON output, and one command's transaction.

Start-up cost: `reskontra --help` (and every command) builds the parsers of *all* command modules, so this module
and the modules' `register` functions import nothing heavy (no SQLAlchemy, models, WeasyPrint, lxml, Flask …).
Handlers import what they need when they run; `command_session` imports `core.platform.db` only when it is entered.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from core.kernel.jsonenc import dumps

if TYPE_CHECKING:
    from sqlmodel import Session

NOTHING_WRITTEN = " — nothing was written"


def group(sub: argparse._SubParsersAction, groups: dict, name: str, help_text: str) -> argparse._SubParsersAction:
    """Get or create a command group (e.g. `invoice`) so several modules can add verbs to it."""
    if name not in groups:
        p = sub.add_parser(name, help=help_text)
        groups[name] = p.add_subparsers(dest=f"{name}_command", required=True)
    return groups[name]


def print_json(data: Any) -> None:
    """Decimals as strings (never floats), dates ISO."""
    sys.stdout.write(dumps(data, indent=2) + "\n")


def fail(message: str, code: int = 2) -> int:
    """Print a clear error to stderr and return the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code


class CommandError(Exception):
    """Ends a command with `error: MESSAGE` on stderr and exit `code` (2 bad input, 1 not found / check failed).

    Raised from inside `with command_session()` blocks, where a handler cannot simply `return fail(...)` without the
    transaction committing; `app.main` turns it into `fail(message, code)`.
    """

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@contextmanager
def domain_errors(*also: type[BaseException], note: str = "") -> Iterator[None]:
    """Turn a broken domain rule (`DomainError`, or one of `also`, e.g. ValueError from parsing an amount) into the
    clean error exit: message (+ `note`, e.g. NOTHING_WRITTEN) on stderr, exit 2, no traceback."""
    from core.kernel.errors import DomainError  # imported when entered: building the parser stays light

    caught: tuple[type[BaseException], ...] = (DomainError, *also)
    try:
        yield
    except caught as exc:
        raise CommandError(f"{exc}{note}") from exc


@contextmanager
def command_session(*also: type[BaseException], note: str = "") -> Iterator[Session]:
    """One command = one transaction: commits when the block ends normally; on a domain error (or one of `also`)
    everything is rolled back *before* the error is reported, so "nothing was written" is true.

        with command_session(note=NOTHING_WRITTEN) as session:
            data = do_the_thing(session)
        return emit(args, data, f"done: {data['count']}")
    """
    from core.platform.db import session_scope

    with domain_errors(*also, note=note), session_scope() as session:
        yield session


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[Any], None] | None = None) -> int:
    """The command's result: JSON with `--json` (or always, when the command has no text form: `text` None),
    otherwise `text` — a line, or a function printing the lines from `data`. Returns exit code 0."""
    if text is None or getattr(args, "json", False):
        print_json(data)
    elif callable(text):
        text(data)
    else:
        print(text)
    return 0


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc

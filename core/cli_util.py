"""Small helpers shared by every room's CLI modules: command groups and JSON output."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any


def group(sub: argparse._SubParsersAction, groups: dict, name: str, help_text: str) -> argparse._SubParsersAction:
    """Get or create a command group (e.g. `invoice`) so several modules can add verbs to it."""
    if name not in groups:
        p = sub.add_parser(name, help=help_text)
        groups[name] = p.add_subparsers(dest=f"{name}_command", required=True)
    return groups[name]


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def print_json(data: Any) -> None:
    """Decimals as strings (never floats), dates ISO."""
    json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    """Print a clear error to stderr and return the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc

"""JSON of a report written piece by piece, so a list read lazily from the database (open items, valuation items
over a million invoices) is never held whole, neither as objects nor as one string (json.dumps joins everything).

The layout is json.dumps(indent=2)'s for the nesting, with each innermost object (an item whose values are all
scalars) on one line: the same JSON value, a fraction of the size, and written at the C encoder's speed.
Values as core.kernel.jsonenc writes them (Decimal as a plain string, dates ISO, non-ASCII kept); anything
else is written as its str() (a total that is known only after the list before it has been read).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal
from itertools import islice
from typing import IO, Any

from core.kernel.jsonenc import json_default


def _default(obj: object) -> str:
    if isinstance(obj, (Decimal, dt.date, dt.datetime)):
        return json_default(obj)
    return str(obj)


_leaf = json.JSONEncoder(ensure_ascii=False, default=_default)


class Encoded(list):
    """A list whose items are JSON text already (flat objects rendered by the database, core.period.sql_text),
    written as they are: one line each, as `write` would write the objects."""


class EncodedStream:
    """Like Encoded, read lazily (a list too long to hold: the valuation's items over a whole centre)."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = lines


def _encoded(fh: IO[str], lines: Iterable[str], pad: str, inner: str) -> None:
    """Lines of JSON text as a list, written in batches (one write per thousands of items)."""
    it, sep, n = iter(lines), ",\n" + inner, 0
    while batch := list(islice(it, 5000)):
        fh.write(("[\n" + inner if not n else sep) + sep.join(batch))
        n += len(batch)
    fh.write("\n" + pad + "]" if n else "[]")


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) or (
        hasattr(value, "__iter__") and not isinstance(value, (str, bytes, dict)))


def _flat(value: dict) -> bool:
    return not any(isinstance(v, dict) or _is_list(v) for v in value.values())


def write(fh: IO[str], value: Any, level: int = 0, indent: int = 2) -> None:
    """Write `value` as JSON to `fh`."""
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if isinstance(value, (Encoded, EncodedStream)):
        _encoded(fh, value if isinstance(value, Encoded) else value.lines, pad, inner)
    elif isinstance(value, dict) and not (level and _flat(value)):
        if not value:
            fh.write("{}")
            return
        fh.write("{")
        for n, (k, v) in enumerate(value.items()):
            fh.write(("," if n else "") + "\n" + inner + json.dumps(str(k), ensure_ascii=False) + ": ")
            write(fh, v, level + 1, indent)
        fh.write("\n" + pad + "}")
    elif _is_list(value):
        n = 0
        for n, v in enumerate(value, start=1):
            fh.write(("[" if n == 1 else ",") + "\n" + inner)
            write(fh, v, level + 1, indent)
        fh.write("\n" + pad + "]" if n else "[]")
    else:
        fh.write(_leaf.encode(value))

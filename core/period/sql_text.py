"""Report values rendered as JSON text by the database, for the reports that list every open item of a centre
(issue #16: 500,000+ items; building a dict and encoding it in Python costs more per item than the database takes
to find it). Each helper gives exactly the text core.period.json_stream writes for the value in Python
(json.dumps with ensure_ascii=False, core.period.open_amounts.money, ISO dates), on SQLite and PostgreSQL alike;
tests/period/test_report_text.py compares the two renderings.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.platform.db import for_bulk_work, is_postgres

Expr = sa.ColumnElement[Any]

is_pg = is_postgres  # the reports' own name for it (t.is_pg)


def cat(*parts: Expr | str) -> Expr:
    """Text concatenation (||) of SQL text expressions and literal strings."""
    out: Expr | None = None
    for p in parts:
        e = sa.literal(p, sa.Text) if isinstance(p, str) else p
        out = e if out is None else out.op("||")(e)
    assert out is not None
    return sa.type_coerce(out, sa.Text)


def quoted(session: Session, expr: Expr) -> Expr:
    """A text value as a JSON string (null for NULL), escaped as json.dumps(ensure_ascii=False) escapes it."""
    if is_pg(session):
        return sa.func.coalesce(sa.cast(sa.func.to_json(sa.cast(expr, sa.Text)), sa.Text), "null")
    return sa.func.json_quote(expr)


def money(session: Session, cents: Expr) -> Expr:
    """Integer cents as a JSON string "1250.00" / "-60.00" (core.period.open_amounts.money). On PostgreSQL a zero
    is a constant: most of an open item's six amounts (fees, paid, credited, written off) are zero, and building
    each from its digits was a sixth of the open items' rendering (issue #16)."""
    sign = sa.case((cents < 0, '"-'), else_='"')
    whole = sa.func.abs(cents)
    if is_pg(session):  # integer arithmetic, not a NUMERIC division per amount (six amounts per open item)
        return sa.case((cents == 0, '"0.00"'), else_=cat(
            sign, sa.cast(whole.op("/")(100), sa.Text), ".",
            sa.func.lpad(sa.cast(whole.op("%")(100), sa.Text), 2, "0"), '"'))
    return sa.func.printf('%s%d.%02d"', sign, whole.op("/")(100), whole.op("%")(100))


def day(session: Session, expr: Expr) -> Expr:
    """A date as a JSON string "2026-03-31" (null for NULL). PostgreSQL: the date's own text, ISO under the
    DateStyle `room_to_sort` sets (to_char per date cost three times as much: two dates per open item)."""
    text = sa.cast(expr, sa.Text) if is_pg(session) else expr
    return sa.func.coalesce(cat('"', text, '"'), "null")


def integer(expr: Expr) -> Expr:
    return sa.cast(expr, sa.Text)


def boolean(expr: Expr) -> Expr:
    """true / false (NULL: false, as bool(None))."""
    return sa.case((expr, "true"), else_="false")


def days_past(session: Session, due: Expr, as_of: dt.date) -> Expr:
    """Whole days from `due` to `as_of`, never below 0 (0 when there is no due date), as JSON text."""
    if is_pg(session):
        days = sa.func.greatest(sa.literal(as_of, sa.Date) - due, 0)
    else:
        days = sa.func.max(sa.cast(sa.func.julianday(as_of.isoformat()) - sa.func.julianday(due), sa.Integer), 0)
    return sa.func.coalesce(sa.cast(days, sa.Text), "0")


def obj(fields: list[tuple[str, Expr]]) -> Expr:
    """A flat JSON object on one line, keys in order, as json.dumps writes it ({"a": 1, "b": "x"})."""
    parts: list[Expr | str] = []
    for n, (key, value) in enumerate(fields):
        parts += [("{" if n == 0 else ", ") + f'"{key}": ', value]
    return cat(*parts, "}")


def rows_array(session: Session, values: list[Expr], where: Expr) -> Expr:
    """The rows for which `where` holds, each as an array of `values` (integers), gathered into one JSON array by
    a filtered aggregate: a statement that sums a million rows returns the few rows that matter beside its sums,
    without a second pass over the million (the reconciliation, issue #16). `rows_of` reads it back."""
    if is_pg(session):
        return sa.func.json_agg(sa.func.json_build_array(*values)).filter(where)
    return sa.func.json_group_array(sa.func.json_array(*values)).filter(where)


def rows_of(value: Any) -> list[list[int]]:
    """A `rows_array` as read from the database: JSON text (SQLite), decoded JSON (PostgreSQL), or NULL for no
    rows (PostgreSQL's aggregate over none)."""
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str) else list(value)


@contextmanager
def sorted_streams(session: Session) -> Iterator[None]:
    """PostgreSQL, for the statements run inside: no hash joins or hash aggregates, so that a join of two tables
    read in key order (a primary key and a covering index) is merged and grouped as it streams. The voucher
    balance check over a million vouchers hashed 3.6 million entries into 200 MB in 6.3-7.5 s; merged and
    grouped in key order 4.3 s (issue #16). Back to the defaults afterwards; SQLite needs nothing."""
    with planner_without(session, "enable_hashagg", "enable_hashjoin"):
        yield


@contextmanager
def planner_without(session: Session, *flags: str) -> Iterator[None]:
    """PostgreSQL, for the statements run inside: these planner methods off (SET LOCAL), back to the defaults
    afterwards; SQLite needs nothing."""
    if is_pg(session):
        session.execute(sa.text("; ".join(f"SET LOCAL {f} = off" for f in flags)))
    try:
        yield
    finally:
        if is_pg(session):
            session.execute(sa.text("; ".join(f"SET LOCAL {f} TO DEFAULT" for f in flags)))


def room_to_sort(session: Session, mb: int = 64) -> None:
    """PostgreSQL: let this transaction sort and hash in memory (SET LOCAL work_mem): the reports over a whole
    centre sort and group hundreds of thousands of rows, which the default 4 MB sends to disk in batches; and no
    JIT compilation (SET LOCAL jit): a report's statement is costed high enough to be compiled, and compiling its
    hundred-odd expressions took 2.3 s, longer than running it (issue #16); and dates written as ISO text (`day`).
    Ends with the transaction; SQLite needs nothing."""
    for_bulk_work(session, mb)
    if is_pg(session):
        session.execute(sa.text("SET LOCAL DateStyle = ISO"))


# the kinds of value `line` renders: the JSON text of each on PostgreSQL (an expression), and on SQLite a printf
# conversion with its arguments
_PG = {"q": quoted, "money": money, "day": day, "int": lambda s, e: integer(e), "bool": lambda s, e: boolean(e),
       "json": lambda s, e: e}


def _sqlite_part(kind: str, e: Expr) -> tuple[str, list[Expr]]:
    if kind == "q":
        return "%s", [sa.func.json_quote(e)]
    if kind == "json":
        return "%s", [e]
    if kind == "money":
        return '"%s%d.%02d"', [sa.case((e < 0, "-"), else_=""), sa.func.abs(e).op("/")(100),
                               sa.func.abs(e).op("%")(100)]
    if kind == "day":
        return "%s", [sa.func.coalesce(cat('"', e, '"'), "null")]
    if kind == "int":
        return "%d", [e]
    if kind == "bool":
        return "%s", [boolean(e)]
    raise ValueError(kind)


def line(session: Session, fields: list[tuple[str, str, Expr]], as_of: dt.date | None = None) -> Expr:
    """A flat JSON object on one line as `obj` writes it, from (key, kind, value): kind "q" a text (`quoted`),
    "money" cents, "day" a date, "int", "bool", "json" JSON text already, "days" whole days from the value to
    `as_of` (`days_past`). On SQLite one printf call renders the whole line: thirty-odd concatenations and a
    printf per amount took 4 s of the open items over a million invoices (issue #16), one printf a fifth of
    that."""
    if is_pg(session):
        return obj([(k, days_past(session, e, as_of) if kind == "days" and as_of else _PG[kind](session, e))
                    for k, kind, e in fields])
    fmt, args = "", []
    for n, (key, kind, e) in enumerate(fields):
        if kind == "days":
            assert as_of is not None, "days past a date need the date"
            part, more = "%s", [days_past(session, e, as_of)]
        else:
            part, more = _sqlite_part(kind, e)
        fmt += ("{" if n == 0 else ", ") + f'"{key}": ' + part
        args += more
    return sa.type_coerce(sa.func.printf(fmt + "}", *args), sa.Text)

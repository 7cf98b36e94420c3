"""One page of any list a clerk works with (issue #15 item 4), by keyset: the rows after (or before) the last one
shown in the list's order — (sort value, id) or the id alone — never OFFSET, which reads and throws away every row
before the page; with the count of everything the filters match, the place of the page in it ("51–100 of 1 234")
and the totals per currency. Counting stops at COUNT_LIMIT so that a huge match costs a bounded read; above it the
count says "10 000+" and neither the place nor the totals are shown.

A cursor is the last (or first) row's sort value and id in the one format of every list (core.views.cursor)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.views import cursor

PAGE = 50
COUNT_LIMIT = 10_000


@dataclass(frozen=True)
class Keys:
    """The list's order: an optional sort column (its value read back from a cursor by `parse`), then the id, both
    in the same direction."""

    ident: Any
    desc: bool = True
    column: Any = None
    parse: Callable[[str], Any] = str
    attr: str = ""  # the row attribute holding the sort value


@dataclass(frozen=True)
class Sums:
    """Totals per currency of the matched rows: the currency column and the money columns by name."""

    currency: Any
    columns: dict[str, Any] = field(default_factory=dict)


@dataclass
class Page:
    rows: list[Any]
    count: int
    totals: list[dict[str, Any]]  # per currency: currency, count and one entry per money column
    next_cursor: str | None
    prev_cursor: str | None
    count_exact: bool = True  # False: more than `count` match; the place and the totals are then not shown
    first: int = 0  # the place of the first row shown (1-based), 0 when unknown or nothing is shown

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.first else 0


def cursor_of(row: Any, keys: Keys) -> str:
    return cursor.encode(row.id, getattr(row, keys.attr) if keys.column is not None else None,
                         keyed=keys.column is not None)


def parse_cursor(text: str | None, keys: Keys) -> tuple[Any, ...] | None:
    """(value, id) or (id,) of a cursor; None when it is none (the first page is shown). The sort columns of
    these lists hold a value on every row, so a cursor of a row without one is none too."""
    at = cursor.decode(text, None if keys.column is None else keys.parse)
    if at is None or (keys.column is not None and not at.has_value):
        return None
    return (at.id,) if keys.column is None else (at.value, at.id)


def _after(keys: Keys, at: tuple[Any, ...], forwards: bool) -> Any:
    """The condition "comes after `at`" walking forwards in the list's order (backwards: before it)."""
    later = (lambda a, b: a < b) if keys.desc == forwards else (lambda a, b: a > b)
    if keys.column is None:
        return later(keys.ident, at[0])
    return sa.or_(later(keys.column, at[0]), sa.and_(keys.column == at[0], later(keys.ident, at[1])))


def _order(keys: Keys, forwards: bool) -> list[Any]:
    cols = [keys.ident] if keys.column is None else [keys.column, keys.ident]
    return [c.desc() if keys.desc == forwards else c.asc() for c in cols]


def _capped_count(session: Session, query: Any, keys: Keys) -> int:
    ids = query.with_only_columns(keys.ident).order_by(None).limit(COUNT_LIMIT + 1).subquery()
    return int(session.execute(sa.select(sa.func.count()).select_from(ids)).scalar_one())


def _totals(session: Session, query: Any, sums: Sums | None) -> list[dict[str, Any]]:
    if sums is None:
        return []
    q = query.with_only_columns(sums.currency, sa.func.count(), *(sa.func.sum(c) for c in sums.columns.values())) \
        .order_by(None).group_by(sums.currency).order_by(sums.currency)
    return [{"currency": cur, "count": int(n), **{k: Decimal(v or 0) for k, v in zip(sums.columns, values)}}
            for cur, n, *values in session.execute(q)]


def page(session: Session, query: Any, keys: Keys, after: str | None = None, backwards: bool = False,
         size: int = 0, sums: Sums | None = None, exec_rows: Callable[[Any], Sequence[Any]] | None = None) -> Page:
    """One page of `query` (already limited to what the user may see and the filters) after the cursor, or the
    page before it (`backwards`), with the figures of everything it matches."""
    size = size or PAGE
    at = parse_cursor(after, keys)
    backwards = backwards and at is not None  # no cursor: the first page
    q = query if at is None else query.where(_after(keys, at, forwards=not backwards))
    run = exec_rows or (lambda stmt: session.exec(stmt).all())
    rows = list(run(q.order_by(*_order(keys, forwards=not backwards)).limit(size + 1)))
    more, rows = len(rows) > size, rows[:size]
    if backwards:
        rows.reverse()
    nxt = cursor_of(rows[-1], keys) if rows and (backwards or more) else None
    prev = cursor_of(rows[0], keys) if rows and (more if backwards else at is not None) else None
    count = _capped_count(session, query, keys)
    exact = count <= COUNT_LIMIT
    if not exact:
        return Page(rows, COUNT_LIMIT, [], nxt, prev, False)
    first = 0
    if rows:  # the rows before the first one shown, counted (they are fewer than the whole count)
        before = query.where(_after(keys, parse_cursor(cursor_of(rows[0], keys), keys) or (), forwards=False))
        first = _capped_count(session, before, keys) + 1
    return Page(rows, count, _totals(session, query, sums), nxt, prev, True, first)

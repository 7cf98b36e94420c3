"""The payments list a clerk works with at any size (issue #15 item 4): newest payment date first, paged forwards
and backwards by keyset (payment date, id) through the payment-date index — never OFFSET, and never a silent stop
after a fixed number of rows — with the count and the totals per currency (amount, unallocated) of everything the
filters match, counted up to COUNT_LIMIT as the invoice list does (core.views.invoice_list)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from core.payments.models import Payment

PAGE = 50
COUNT_LIMIT = 10_000


@dataclass
class Page:
    rows: list[Payment]
    count: int
    totals: list[dict[str, Any]]  # per currency: currency, count, amount, unallocated
    next_cursor: str | None
    prev_cursor: str | None
    count_exact: bool = True  # False: more than `count` match; the totals are then not shown


def _cursor(p: Payment) -> str:
    return f"{p.payment_date.isoformat()}_{p.id}"


def _at(cursor: str | None) -> tuple[dt.date, int] | None:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})_(\d+)", cursor or "")
    return (dt.date.fromisoformat(m.group(1)), int(m.group(2))) if m else None


def _figures(session: Session, query: Any) -> tuple[int, bool, list[dict[str, Any]]]:
    """Count up to COUNT_LIMIT matches; below it also the totals per currency."""
    ids = query.with_only_columns(col(Payment.id)).order_by(None)
    n = int(session.execute(sa.select(sa.func.count()).select_from(ids.limit(COUNT_LIMIT + 1).subquery()))
            .scalar_one())
    if n > COUNT_LIMIT:
        return COUNT_LIMIT, False, []
    sums = query.with_only_columns(col(Payment.currency), sa.func.count(), sa.func.sum(col(Payment.amount)),
                                   sa.func.sum(col(Payment.unallocated))).order_by(None) \
        .group_by(col(Payment.currency)).order_by(col(Payment.currency))
    totals = [{"currency": cur, "count": int(c), "amount": Decimal(a or 0), "unallocated": Decimal(u or 0)}
              for cur, c, a, u in session.execute(sums)]
    return n, True, totals


def page(session: Session, query: Any, cursor: str | None = None, backwards: bool = False,
         size: int = 0) -> Page:
    """One page of the payments `query` (already limited to what the user may see and the filters) after the
    cursor, or the page before it (`backwards`), and the figures of everything it matches."""
    size = size or PAGE
    at = _at(cursor)
    backwards = backwards and at is not None  # no cursor: the first page
    day, ident = col(Payment.payment_date), col(Payment.id)
    q = query
    if at is not None:
        q = q.where(sa.or_(day > at[0], sa.and_(day == at[0], ident > at[1]))) if backwards else \
            q.where(sa.or_(day < at[0], sa.and_(day == at[0], ident < at[1])))
    by = (day.asc(), ident.asc()) if backwards else (day.desc(), ident.desc())
    rows = list(session.exec(q.order_by(*by).limit(size + 1)).all())
    more, rows = len(rows) > size, rows[:size]
    if backwards:
        rows.reverse()
    nxt = _cursor(rows[-1]) if rows and (backwards or more) else None
    prev = _cursor(rows[0]) if rows and (more if backwards else at is not None) else None
    count, exact, totals = _figures(session, query)
    return Page(rows, count, totals, nxt, prev, exact)

"""The payments list a clerk works with at any size (issue #15 item 4): newest payment date first, paged forwards
and backwards by keyset (payment date, id) through the payment-date index (core.views.keyset) — never OFFSET, and
never a silent stop after a fixed number of rows — with the count, the place of the page and the totals per
currency (amount, unallocated) of everything the filters match."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col

from core.payments.models import Payment
from core.views import keyset
from core.views.keyset import COUNT_LIMIT, PAGE, Page

__all__ = ["COUNT_LIMIT", "KEYS", "PAGE", "Page", "page"]

KEYS = keyset.Keys(col(Payment.id), desc=True, column=col(Payment.payment_date), parse=dt.date.fromisoformat,
                   attr="payment_date")
SUMS = keyset.Sums(col(Payment.currency), {"amount": col(Payment.amount), "unallocated": col(Payment.unallocated)})


def page(session: Session, query: Any, cursor: str | None = None, backwards: bool = False,
         size: int = 0) -> Page:
    """One page of the payments `query` (already limited to what the user may see and the filters) after the
    cursor, or the page before it (`backwards`), and the figures of everything it matches."""
    return keyset.page(session, query, KEYS, cursor, backwards, size or PAGE, SUMS)

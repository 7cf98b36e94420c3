"""The one cursor format of every list paged by keyset (core.views.keyset for advices, customers, register
changes, runs, batches, payments and questions; core.views.invoice_list and invoice_sort for the invoice list):
the last (or first) row shown, so that the next page starts after it — never an OFFSET, which reads and throws
away every row before the page.

A cursor is opaque to the clerk (it only travels in the paging links' "after"/"before" argument); its text is
  "<id>"            a list in id order alone ("812"),
  "v<value>_<id>"   a row with a sort value ("v2026-11-30_812", "vKund AB_17"),
  "n_<id>"          a row without one (a draft has no number, some invoices no due date): such rows come after
                    every row with a value, so the cursor says which part of the list it is in,
and a list may put the row's place in front ("51:v2026-11-30_812"): the invoice list carries the place along the
walk ("51–100 of 1 000 000") instead of counting the rows before a page, which at a million invoices in an order
no index serves cost seconds. The place is what the page showed when the link was made (rows added since shift it
as they shift the count); the rows shown never depend on it.
The value is read back with rpartition, so a name with "_" in it is no problem; a cursor that does not read
(edited by hand, or from an older format) is none, and the list shows its first page."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class At:
    """Where a cursor points: the row's id, whether it has a sort value, and the value (None without one or in a
    list ordered by id alone)."""

    id: int
    has_value: bool = False
    value: Any = None
    place: int = 0  # the row's place in the list (1-based) when the cursor carries it, else 0


def encode(row_id: int, value: Any = None, *, keyed: bool = True, place: int = 0) -> str:
    """The cursor of a row: its sort value (when the list is `keyed` by one), its id and, when known, its place."""
    if not keyed:
        text = str(row_id)
    elif value is None:
        text = f"n_{row_id}"
    else:
        text = f"v{value.isoformat() if isinstance(value, dt.date) else value}_{row_id}"
    return f"{place}:{text}" if place > 0 else text


def decode(cursor: str | None, parse: Callable[[str], Any] | None = None) -> At | None:
    """Where the cursor points; `parse` reads the sort value (None: the list is ordered by id alone). None when
    there is no cursor or it does not read."""
    head, colon, rest = (cursor or "").partition(":")
    place = int(head) if colon and head.isdigit() and len(head) < 10 else 0
    cursor = rest if place else cursor
    if not cursor:
        return None
    try:
        if parse is None:
            return At(int(cursor), place=place) if cursor.isdigit() else None
        kind, (text, sep, last) = cursor[0], cursor[1:].rpartition("_")
        if not sep or not last.isdigit() or kind not in "vn" or (kind == "n" and text):
            return None
        return At(int(last), True, parse(text), place) if kind == "v" else At(int(last), place=place)
    except (ValueError, ArithmeticError):  # decimal.InvalidOperation is one
        return None

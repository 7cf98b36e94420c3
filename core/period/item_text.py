"""An open item of the open-items report, as JSON text or as a dict, from the plain columns the database returns
(issue #16: over a million invoices, 560,000 items). The database used to render each item's JSON line itself
(core.period.sql_text: one printf on SQLite, thirty-odd concatenations on PostgreSQL), which was most of the
report's time: a line's parts repeat (a customer's name and number on every item, six amounts of which most are
"0.00" or the same few sums, a due date shared by every invoice of a day), so here each part is rendered once
and reused, and a line is one f-string of parts already JSON text.

The text is exactly what core.period.json_stream writes for `item`'s dict (json.dumps with ensure_ascii=False,
amounts as core.period.cents.money); tests/period/test_report_text.py compares the two. Dates come as ISO text
(SQLite stores them so; PostgreSQL casts them under DateStyle ISO), so no date object is built per item.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring  # json.dumps(ensure_ascii=False) of a str, in C
from typing import Any

from core.period.cents import money

ITEM = ("number", "id", "kind", "invoice_date", "due_date", "customer_number", "customer", "total", "fees", "paid",
        "written_off", "open", "collection_status", "disputed")
# the columns an item is made from, in this order: dates as ISO text, amounts as integer cents


class _Memo(dict):
    """Values rendered on first use and kept (a bounded few: cleared when it has grown past `limit`)."""

    def __init__(self, render: Callable[[Any], Any], limit: int = 50_000) -> None:
        super().__init__()
        self.render, self.limit = render, limit

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.render(key)
        return value


def _quoted(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


class Items:
    """The open items as of a date: `line(row)` an item's JSON text, `item(row)` its dict (row: `ITEM`'s
    columns). A line is four parts rendered once and kept, beside the item's own number and id: its kind and
    dates; its customer's number and name; its six amounts (a few combinations: "1250.00" open, "0.00" paid, ...);
    the days overdue, collection status and dispute flag (by due date). Rendering each value on its own took
    twice as long (~2.5 µs an item)."""

    def __init__(self, as_of: dt.date) -> None:
        self.as_of = as_of
        self.quoted = _Memo(_quoted)
        self.amount = _Memo(money)
        self.days = _Memo(self._days)
        self.dates = _Memo(self._dates)
        self.customer = _Memo(self._customer)
        self.amounts = _Memo(self._amounts)
        self.tail = _Memo(self._tail)

    def _days(self, due: str | None) -> int:
        """Whole days from the due date to the report's date, never below 0 (0 without a due date)."""
        return 0 if due is None else max((self.as_of - dt.date.fromisoformat(due)).days, 0)

    def _dates(self, key: tuple[str, str, str | None]) -> str:
        kind, day, due = key
        return f'"kind": {self.quoted[kind]}, "invoice_date": "{day}", "due_date": ' + (
            "null" if due is None else f'"{due}"')

    def _customer(self, key: tuple[str | None, str | None]) -> str:
        return f'"customer_number": {self.quoted[key[0]]}, "customer": {self.quoted[key[1]]}'

    def _amounts(self, key: tuple[int, int, int, int, int]) -> str:
        total, fees, paid, written_off, open_c = key
        return (f'"total": "{money(total)}", "fees": "{money(fees)}", "paid": "{money(paid)}", '
                f'"credited": "{money(total + fees - paid - written_off - open_c)}", '
                f'"written_off": "{money(written_off)}", "open_amount": "{money(open_c)}"')

    def _tail(self, key: tuple[str | None, str | None, Any]) -> str:
        due, coll, disputed = key
        return (f'"days_overdue": {self.days[due]}, "collection_status": {self.quoted[coll]}, '
                f'"disputed": {"true" if disputed else "false"}}}')

    def line(self, r: Sequence[Any]) -> str:
        """The item's JSON text on one line, as json_stream writes `item(r)`."""
        number, iid, kind, day, due, cust_no, cust, total, fees, paid, written_off, open_c, coll, disputed = r
        return (f'{{"invoice": {_quoted(number)}, "id": {iid}, {self.dates[kind, day, due]}, '
                f'{self.customer[cust_no, cust]}, {self.amounts[total, fees, paid, written_off, open_c]}, '
                f'{self.tail[due, coll, disputed]}')

    def item(self, r: Sequence[Any]) -> dict:
        """The item as the report lists it (amounts as money strings)."""
        number, iid, kind, day, due, cust_no, cust, total, fees, paid, written_off, open_c, coll, disputed = r
        a = self.amount
        return {"invoice": number, "id": iid, "kind": kind, "invoice_date": day, "due_date": due,
                "customer_number": cust_no, "customer": cust, "total": a[total], "fees": a[fees], "paid": a[paid],
                "credited": a[total + fees - paid - written_off - open_c], "written_off": a[written_off],
                "open_amount": a[open_c], "days_overdue": self.days[due], "collection_status": coll,
                "disputed": bool(disputed)}

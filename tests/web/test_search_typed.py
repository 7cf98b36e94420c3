"""The invoice list's search with what a clerk types (issue #15 item 4, "a search must stay fast whatever the clerk
types"): a customer's name with a number and a legal form ("Webbkund 17 AB"), its words in another order or some
left out ("AB Webbkund 17", "Järnhandel Oy"), a double space, one or two letters ("A.", "17"). Each finds what the
clerk means; the list and its sorted walks hold those customers' invoices and no others.

Speed stays in bench/ (bench/web.py); on SQLite, which plans without statistics, the plans are checked here instead:
no statement reads the invoices by scanning them or by the range of an agency where the text named customers
(the identifier look-up did, for every text typed: 1.5-4.5 s at 1,000,000 invoices), and the list sorted by customer
walks the customer-name index (it scanned and sorted an agency's every invoice for the first page)."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing import search
from core.billing.models import Invoice
from core.registers import register as registers
from core.views import invoice_list, invoice_sort

NAMES = ("Webbkund 17 AB", "Webbkund 117 AB", "Webbkund 170 Oy", "Järnhandel 17 Oy Ab", "A. Andersson Ky")


@pytest.fixture()
def typed(world, clean_db) -> dict[str, Any]:
    """The customers above in HYDRO-SE, three invoices each (copies of a demo invoice, due dates that tie)."""
    agency = world["HYDRO-SE"]["agency"]
    out: dict[str, Any] = {"agency": agency, "customers": {}, "invoices": {}}
    with Session(clean_db) as s:
        currency = s.get_one(Invoice, world["HYDRO-SE"]["invoice"]).currency
        for k, name in enumerate(NAMES):
            cust = registers.upsert_customer(s, {"name": name, "country": "SE"})
            s.flush()
            assert cust.id is not None
            invs = [Invoice(agency_id=agency, customer_id=cust.id, kind="invoice", status="issued",
                            number=f"S-{k}{n}", invoice_date=dt.date(2026, 3, 1 + n), due_date=dt.date(2026, 4, 1),
                            currency=currency, total=Decimal("50.00") + n, open_amount=Decimal("50.00"),
                            customer_snapshot={"name": name}) for n in range(3)]
            s.add_all(invs)
            s.flush()
            out["customers"][name], out["invoices"][name] = cust.id, {i.id for i in invs}
        s.commit()
    return out


def _names(typed: dict[str, Any], ids: list[int]) -> set[str]:
    """The test's customers among the ids (the demo register has names of its own)."""
    return {n for n, cid in typed["customers"].items() if cid in ids}


@pytest.mark.parametrize(("text", "meant"), [
    ("Webbkund 17 AB", {"Webbkund 17 AB"}),
    ("webbkund 17 ab", {"Webbkund 17 AB"}),
    ("Webbkund  17 AB", {"Webbkund 17 AB"}),  # a double space
    (" Webbkund 17\tAB ", {"Webbkund 17 AB"}),
    ("AB Webbkund 17", {"Webbkund 17 AB", "Webbkund 117 AB"}),  # the words in another order
    ("Webbkund AB", {"Webbkund 17 AB", "Webbkund 117 AB"}),  # the number left out
    ("Järnhandel Oy", {"Järnhandel 17 Oy Ab"}),
    ("17 Oy", {"Järnhandel 17 Oy Ab"}),
    ("Webbkund Oy", {"Webbkund 170 Oy"}),
    ("Andersson Ky", {"A. Andersson Ky"}),
    ("A.", {"A. Andersson Ky"}),  # two letters: the beginning of a word of the name
    ("17", {"Webbkund 17 AB", "Webbkund 170 Oy", "Järnhandel 17 Oy Ab"}),  # no such number: a word's beginning
    ("Oy", {"Webbkund 170 Oy", "Järnhandel 17 Oy Ab"}),  # a word inside the name, not only its beginning
    ("ab", {"Webbkund 17 AB", "Webbkund 117 AB", "Järnhandel 17 Oy Ab"}),
    ("Webbkund 4711 AB", set()),
    ("Webbkund 17 Oy", {"Webbkund 170 Oy"}),  # every word, each anywhere (as any part of a name is found)
    ("Webbkund 4711 Oy", set()),  # every word, not any
])
def test_what_the_clerk_types_finds_the_customers_meant(typed, clean_db, text, meant):
    with Session(clean_db) as s:
        assert _names(typed, search.customer_ids(s, text)) == meant
        page = invoice_list.page(s, {typed["agency"]}, invoice_list.Filters(text=text), size=50)
        listed = {r.id for r in page.rows}
        wanted = set().union(*(typed["invoices"][n] for n in meant))
        assert wanted <= listed and not listed & (set().union(*typed["invoices"].values()) - wanted)


@pytest.mark.parametrize("key", ["customer", "due", "date"])
@pytest.mark.parametrize("desc", [False, True])
def test_a_search_sorted_walks_its_invoices_once_forwards_and_back(typed, clean_db, key, desc):
    """A name search read through the customer index (invoice_sort.fetch `few`) keeps the order and the paging."""
    order, f = invoice_sort.Order(key, desc), invoice_list.Filters(text="AB Webbkund 17")
    wanted = typed["invoices"]["Webbkund 17 AB"] | typed["invoices"]["Webbkund 117 AB"]
    with Session(clean_db) as s:
        rows = [i for i in s.exec(select(Invoice)) if i.id in wanted]
        name_of = {i: n for n in ("Webbkund 17 AB", "Webbkund 117 AB") for i in typed["invoices"][n]}
        value = {"customer": lambda i: name_of[i.id], "due": lambda i: i.due_date,
                 "date": lambda i: i.invoice_date}[key]
        expected = [i.id for i in sorted(rows, key=lambda i: (value(i), i.id), reverse=desc)]
        pages, cursor = [], None
        while True:
            p = invoice_list.page(s, {typed["agency"]}, f, cursor, size=4, order=order)
            pages.append(p)
            cursor = p.next_cursor
            if cursor is None:
                break
        assert [r.id for p in pages for r in p.rows] == expected and pages[0].count == 6
        back = invoice_list.page(s, {typed["agency"]}, f, pages[1].prev_cursor, size=4, order=order, backwards=True)
        assert [r.id for r in back.rows] == [r.id for r in pages[0].rows]


def _plans(engine: sa.Engine, run: Any) -> list[str]:
    """The query plan lines (SQLite) of every statement `run` sends that reads the invoice table."""
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "invoice" in statement:
            sent.append((statement, params))

    sa.event.listen(engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        sa.event.remove(engine, "before_cursor_execute", keep)
    with engine.connect() as conn:
        return [str(r[3]) for stmt, params in sent
                for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + stmt, params)]


def _sqlite_only(engine: sa.Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL plans from its statistics; its speed is measured by bench/web.py")


AGENCY_RANGE = re.compile(r"^(SCAN invoice\b|SEARCH invoice USING (COVERING )?INDEX \w+ \(agency_id=\?\)$)")


@pytest.mark.parametrize("text", ["Webbkund 17 AB", "AB Webbkund 17", "Webbkund", "17", "AB", "Oy", "a", "S-01"])
@pytest.mark.parametrize("key", ["date", "due", "customer"])
def test_no_search_reads_an_agencys_every_invoice(typed, clean_db, text, key):
    _sqlite_only(clean_db)
    ids = sorted({typed["agency"], *(w["agency"] for w in typed.values() if isinstance(w, dict) and "agency" in w)})
    with Session(clean_db) as s:
        lines = _plans(clean_db, lambda: invoice_list.page(s, ids, invoice_list.Filters(text=text),
                                                           order=invoice_sort.Order(key, False)))
    assert lines and not [ln for ln in lines if AGENCY_RANGE.match(ln)], lines


@pytest.mark.parametrize("overdue", [False, True])
@pytest.mark.parametrize("desc", [False, True])
def test_the_list_by_customer_walks_the_name_index(typed, clean_db, monkeypatch, overdue, desc):
    """A large agency's first page and the next: customer by customer through the name index, never a scan."""
    _sqlite_only(clean_db)
    monkeypatch.setattr(invoice_sort, "SMALL", 0)  # every agency walks (the demo's are small)
    order, f = invoice_sort.Order("customer", desc), invoice_list.Filters(overdue=overdue)
    with Session(clean_db) as s:
        first: list[Any] = []
        lines = _plans(clean_db, lambda: first.append(invoice_list.page(s, {typed["agency"]}, f, size=4,
                                                                         order=order, today=dt.date(2026, 12, 31))))
        lines += _plans(clean_db, lambda: invoice_list.page(s, {typed["agency"]}, f, first[0].next_cursor,
                                                            size=4, order=order, today=dt.date(2026, 12, 31)))
    assert first[0].rows and any("USING COVERING INDEX ix_customer_name" in ln for ln in lines), lines
    assert not [ln for ln in lines if re.match(r"SCAN invoice\b", ln)], lines

"""The invoice summary behind the dashboard and the list's counts (core.billing.summary) equals a full aggregate of
the invoices after every kind of write a centre makes: a draft, issuing, delivery, a bank-file import, a manual
payment, a credit note, a reminder run with fees, a write-off, a dispute, a rolled-back write — and after the log
is folded. The dashboard's and the list's figures read from it and equal what a clerk would count by hand."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlmodel import Session, select

from core.billing import crediting, disputes, summary
from core.billing.models import Invoice
from core.payments import registration
from core.period import valuation
from core.registers import register as registers
from core.runs import reminders
from core.views import figures, invoice_list
from tests.payments.helpers import bgmax, import_, pay
from tests.runs.helpers import invoice

JAN5 = dt.date(2026, 1, 5)
RUN = dt.date(2026, 2, 15)


def _same(session: Session, step: str) -> None:
    conn = session.connection()
    stored, recomputed = summary.stored(conn), summary.recomputed(conn)
    assert stored == recomputed, f"after {step}: summary {stored} != invoices {recomputed}"


def _list_totals_by_hand(session: Session, ids: set[int], **match) -> dict[str, tuple[int, D, D]]:
    out: dict[str, tuple[int, D, D]] = {}
    for i in session.exec(select(Invoice)):
        if i.agency_id in ids and all(getattr(i, k) == v for k, v in match.items()):
            n, t, o = out.get(i.currency, (0, D("0"), D("0")))
            out[i.currency] = (n + 1, t + i.total, o + i.open_amount)
    return out


def test_summary_equals_the_invoices_after_every_kind_of_write(demo, clean_db):
    s = demo
    hydro = registers.agency_by_code(s, "HYDRO-SE")
    _same(s, "nothing")
    a = invoice(s, day=JAN5, price="1000.00")  # draft, issued, delivered
    b = invoice(s, day=JAN5, price="400.00", customer="10001")
    c = invoice(s, day=JAN5, price="300.00")
    d = invoice(s, day=JAN5, price="200.00")
    e = invoice(s, agency="VESI-FI", customer="20001", article="V100", day=JAN5, deliver=False)
    _same(s, "issuing and delivery")

    import_(s, bgmax([pay("100.00", a.reference)], day=dt.date(2026, 1, 20)))  # a bank file: a partial payment
    s.expire_all()
    _same(s, "a payment import")

    registration.register_payment(s, hydro, str(b.open_amount), dt.date(2026, 1, 21), invoice_number=b.number,
                                  actor="test")  # paid in full by hand
    s.commit()
    s.expire_all()
    assert s.get(Invoice, b.id).status == "paid"
    _same(s, "a manual payment")

    crediting.credit(s, s.get(Invoice, c.id), "wrong price", actor="test")
    s.commit()
    _same(s, "a credit note")

    res = reminders.run("HYDRO-SE", RUN)  # its own transaction
    assert D(res["total_fees"]) > 0
    s.expire_all()
    _same(s, "a reminder run with fees")

    valuation.write_off(s, s.get(Invoice, d.id), "konkurs", date=dt.date(2026, 6, 30))
    s.commit()
    _same(s, "a write-off")

    disputes.mark(s, hydro, s.get(Invoice, a.id), "contests the quantity", "test", dt.date(2026, 3, 1))
    s.commit()
    _same(s, "a dispute")

    inv = s.get(Invoice, a.id)
    inv.open_amount, inv.status = D("0.00"), "paid"
    s.add(inv)
    s.flush()
    _same(s, "an uncommitted change (seen by its own transaction)")
    s.rollback()
    _same(s, "a rolled-back change")

    before = summary.stored(s.connection())
    s.commit()
    assert summary.compact(clean_db) > 0
    assert summary.stored(s.connection()) == before
    _same(s, "folding the log")

    # what the pages show, read from the summary, equals the hand count
    ids = {hydro.id, e.agency_id}
    page = invoice_list.page(s, ids, invoice_list.Filters(), size=2)
    assert {t["currency"]: (t["count"], t["total"], t["open"]) for t in page.totals} == _list_totals_by_hand(s, ids)
    issued = invoice_list.page(s, ids, invoice_list.Filters(status="issued"))
    assert {t["currency"]: (t["count"], t["total"], t["open"]) for t in issued.totals} == \
        _list_totals_by_hand(s, ids, status="issued")
    assert page.count == len(s.exec(select(Invoice)).all()) and page.count_exact
    sources = figures.by_source(s, ids)
    assert sources == {"cli": 5}, sources  # the credit note is not an invoice of its own
    aged = figures.ageing(s, ids, dt.date(2026, 7, 1))
    open_issued = [i for i in s.exec(select(Invoice)) if i.status == "issued" and i.open_amount != 0]
    assert sum(r["count"] for r in aged) == len(open_issued) == 2
    assert sum(r["total"] for r in aged) == sum(i.open_amount for i in open_issued)
    _ = e

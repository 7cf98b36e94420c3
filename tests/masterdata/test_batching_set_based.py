"""An invoicing slot issues its queued drafts set-based: the same numbers, references, vouchers, holds and audit
events as issuing them one by one, with as many SQL statements for 20 drafts as for 5."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import event
from sqlmodel import Session, col, select

from core.billing import issuing
from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.ledger.models import Voucher, VoucherEntry
from core.platform.models import AuditEvent
from core.registers import register as registers
from core.requests import lifecycle as requests
from core.requests import schedule as batching
from core.requests.models import BatchEntry, InvoiceRequest

CUSTOMERS = ("556712-4085", "556893-2171", "212000-2411")


def _queue(session: Session, agency: Any, count: int, day: dt.date) -> list[InvoiceRequest]:
    """`count` complete requests queued on the morning of `day`; the third asks a price far from the register's
    (a plausibility check holds it at the slot). Quantities differ, so none is a likely duplicate."""
    morning = dt.datetime.combine(day, dt.time(9, 0))
    out = []
    for i in range(count):
        price = "99999.00" if i == 2 else None
        data = {"customer": {"org_no": CUSTOMERS[i % 3]}, "currency": "SEK",
                "lines": [{"article": "1010", "quantity": str(day.day * 100 + i + 1), "unit_price": price}]}
        out.append(requests.submit(session, agency, data, source="email", actor="intake", now=morning,
                                   requested_by="fakturering@hydrografiverket.se"))
    session.commit()
    assert all(r.status == "queued" for r in out)
    return out


def _outcome(session: Session, reqs: list[InvoiceRequest]) -> dict[str, Any]:
    """What a clerk checks after the slot: each request's invoice (number, reference, amounts, status, hold),
    its batch entry, its voucher with entries, and the invoice audit events, in order."""
    session.expire_all()
    ids = [r.invoice_id for r in reqs]
    invoices = [session.get(Invoice, i) for i in ids]
    vouchers = session.exec(select(Voucher).where(col(Voucher.source_id).in_(ids), Voucher.source_type == "invoice")
                            .order_by(col(Voucher.number))).all()
    return {
        "requests": [(r.token, session.get(InvoiceRequest, r.id).status, session.get(InvoiceRequest, r.id).hold_reason)
                     for r in reqs],
        "invoices": [(i.id, i.status, i.number, i.reference, i.total, i.open_amount, i.hold_reason) for i in invoices],
        "entries": [(e.invoice_id, e.status, e.reason) for e in session.exec(
            select(BatchEntry).where(col(BatchEntry.invoice_id).in_(ids)).order_by(col(BatchEntry.id)))],
        "vouchers": [(v.series, v.number, v.date, v.text, v.source_id,
                      [(e.account, e.amount, e.invoice_id, e.customer_id) for e in session.exec(
                          select(VoucherEntry).where(VoucherEntry.voucher_id == v.id).order_by(col(VoucherEntry.id)))])
                     for v in vouchers],
        "events": [(e.action, e.entity_id, e.agency_id, e.source, e.details) for e in session.exec(
            select(AuditEvent).where(col(AuditEvent.action).in_(("invoice.issued", "invoice.held")),
                                     col(AuditEvent.entity_id).in_([str(i) for i in ids]))
            .order_by(col(AuditEvent.id)))],
    }


def _one_by_one(session: Session, agency: Any) -> None:
    """The reference: every queued entry's invoice through `issuing.issue`, one at a time (what a slot did)."""
    for entry in batching.queued(session, agency.id):
        inv = session.get(Invoice, entry.invoice_id)
        try:
            issuing.issue(session, inv, "batch")
        except DomainError as exc:
            inv.status, inv.hold_reason = "held", str(exc)
        entry.status, entry.reason = ("issued", None) if inv.status == "issued" else ("held", inv.hold_reason)
        req = session.get(InvoiceRequest, entry.request_id)
        req.status = "invoiced" if inv.status == "issued" else "held"
        req.hold_reason = None if inv.status == "issued" else inv.hold_reason
        session.add_all([entry, req])
    session.flush()


def _slot(session: Session, at: dt.datetime) -> tuple[dict, int]:
    """Run the due slots at `at`; the summary and how many SQL statements it took."""
    statements = []

    def count(*_args: Any) -> None:
        statements.append(1)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        (summary,) = batching.run_due_slots(session, at)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    session.commit()
    return summary, len(statements)


def test_slot_issues_like_one_by_one_in_a_fixed_number_of_statements(demo):
    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "daily 14:00"
    session.add(agency)
    session.commit()

    small = _queue(session, agency, 5, dt.date(2026, 3, 2))
    summary, five = _slot(session, dt.datetime(2026, 3, 2, 14, 5))
    assert summary["issued_count"] == 4 and summary["held_count"] == 1

    reqs = _queue(session, agency, 20, dt.date(2026, 3, 3))
    nested = session.begin_nested()
    _one_by_one(session, agency)
    expected = _outcome(session, reqs)
    nested.rollback()
    session.expire_all()

    summary, twenty = _slot(session, dt.datetime(2026, 3, 3, 14, 5))
    got = _outcome(session, reqs)
    assert got == expected
    # numbers follow the first slot's without a gap; the held one has none and says why
    numbers = [int(n) for _, status, n, *_ in got["invoices"] if status == "issued"]
    last_small = max(int(session.get(Invoice, r.invoice_id).number or 0) for r in small)
    assert numbers == list(range(last_small + 1, last_small + 20))
    held = [inv for inv in got["invoices"] if inv[1] == "held"]
    assert len(held) == 1 and held[0][2] is None and "far from the register price" in held[0][6]
    assert len(got["vouchers"]) == 19 and summary["issued_count"] == 19
    assert [h["invoice_id"] for h in summary["held_back"]][0] == held[0][0]  # then the first slot's, still held
    assert twenty == five, f"{five} statements for 5 drafts, {twenty} for 20"


def test_stored_credit_notes_apply_in_order_as_one_by_one(demo, monkeypatch):
    """Two credit-note drafts of one invoice issued together: the second sees what the first applied, as when
    issued one by one (the original ends fully credited, neither note keeps an open amount)."""
    from core.billing import crediting

    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    req = requests.submit(session, agency, {"customer": {"org_no": CUSTOMERS[0]}, "currency": "SEK",
                                            "lines": [{"article": "1010", "quantity": "4", "unit_price": None}]},
                          urgent=True, source="web")
    original = session.get(Invoice, req.invoice_id)
    assert original.status == "issued"
    monkeypatch.setattr(crediting.issuing, "issue", lambda _session, inv, _actor: inv)  # leave them drafts
    notes = [crediting.credit(session, original, "fel antal", {1: Decimal("1")}),
             crediting.credit(session, original, "fel antal", {1: Decimal("3")})]
    monkeypatch.undo()
    session.commit()

    def outcome() -> list:
        session.expire_all()
        return [(i.status, i.number, i.reference, i.open_amount) for i in
                [session.get(Invoice, original.id), *(session.get(Invoice, n.id) for n in notes)]]

    nested = session.begin_nested()
    for note in notes:
        issuing.issue(session, note, "clerk")
    expected = outcome()
    nested.rollback()
    session.expire_all()
    issuing.issue_stored(session, agency, [session.get(Invoice, n.id) for n in notes], "clerk")
    got = outcome()
    assert got == expected
    assert got[0][0] == "credited" and [n[3] for n in got] == [0, 0, 0]
    assert [int(n[1]) for n in got[1:]] == [int(original.number) + 1, int(original.number) + 2]

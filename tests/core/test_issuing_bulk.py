"""Bulk issuing (issuing.issue_many, used by the interest run) writes exactly what create_draft + issue write one
by one: invoices, lines, numbers, references, vouchers, entries, audit events; numbers stay gap-free."""
import datetime as dt
import re
from decimal import Decimal as D

import pytest
import sqlalchemy as sa

from core.billing import drafting, issuing, subledger
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice, InvoiceLine
from core.kernel import references
from core.kernel.errors import ValidationError
from core.ledger.models import Voucher, VoucherEntry
from core.platform.models import AuditEvent, NumberSeries
from core.registers import register as registers

DAY = dt.date(2026, 11, 2)


def _items(session, agency_code="HYDRO-SE"):
    a = registers.agency_by_code(session, agency_code)
    c = {n: registers.find_customer(session, n, a) for n in ("10001", "10002", "10003", "10004")}
    opts = DraftOptions(invoice_date=DAY, source="run", actor="bulk-test")
    return a, [
        (c["10002"], [LineInput(article_code="1010", quantity="2")], opts),
        (c["10001"], [LineInput(article_code="1010", quantity="3"), LineInput(article_code="3010", quantity="2"),
                      LineInput(description="Abonnemang", quantity="12", unit_price="99.50", unit="mån",
                                period_start=DAY, period_end=dt.date(2027, 10, 31))], opts),
        (c["10002"], [LineInput(article_code="1010", quantity="2")], DraftOptions(invoice_date=DAY + dt.timedelta(5))),
        (c["10003"], [LineInput(article_code="2010", quantity="1")], opts),
        (c["10004"], [LineInput(article_code="1020", quantity="1")], opts),  # same total as an earlier invoice
        (c["10001"], [LineInput(article_code="1010", quantity="1", unit_price="100.00")], opts),  # far from price
        (c["10001"], [LineInput(article_code="1010", quantity="1", unit_price="100.00")], opts),  # and a duplicate
        (c["10001"], [LineInput(article_code="1010", quantity="1", vat_rate="12",
                                vat_override_reason="hotel accommodation"),
                      LineInput(description="Konsultation", quantity="1", unit_price="500", vat_code="reverse_charge")],
         DraftOptions(invoice_date=DAY, due_date=DAY + dt.timedelta(10), buyer_reference="ABC-1", note="n")),
        (c["10002"], [LineInput(description="Kredit", quantity="-1", unit_price="250.00")],
         DraftOptions(invoice_date=DAY, kind="credit_note")),
        (c["10004"], [LineInput(description=f"Dröjsmålsränta faktura {n}", quantity="1", unit_price=f"{n}.25",
                                vat_code="outside", revenue_account="8313") for n in range(3)],
         DraftOptions(invoice_date=DAY, kind="interest", source="run")),
    ]


def _snapshot(session) -> dict:
    """Everything written, with database ids replaced by positions (PostgreSQL sequences do not roll back)."""
    def rows(model):
        t = model.__table__
        return [dict(r._mapping) for r in session.execute(sa.select(t).order_by(t.c.id))]

    invoices, vouchers = rows(Invoice), rows(Voucher)
    inv_pos = {r["id"]: i for i, r in enumerate(invoices)}
    v_pos = {r["id"]: i for i, r in enumerate(vouchers)}
    draft = re.compile(r"draft (\d+)")

    def warn(w):
        return {**w, "message": draft.sub(lambda m: f"draft #{inv_pos[int(m.group(1))]}", w["message"])}

    for r in invoices:
        r["warnings"] = [warn(w) for w in r["warnings"]]
        r["hold_reason"] = r["hold_reason"] and draft.sub(lambda m: f"draft #{inv_pos[int(m.group(1))]}",
                                                          r["hold_reason"])
        for k in ("id", "created_at", "issued_at"):
            r.pop(k)
    lines = rows(InvoiceLine)
    for r in lines:
        r.pop("id")
        r["invoice_id"] = inv_pos[r["invoice_id"]]
    for r in vouchers:
        r.pop("id"), r.pop("created_at")
        r["source_id"] = inv_pos.get(r["source_id"])
    entries = rows(VoucherEntry)
    for r in entries:
        r.pop("id")
        r["voucher_id"] = v_pos[r["voucher_id"]]
        r["invoice_id"] = inv_pos.get(r["invoice_id"])
    events = rows(AuditEvent)
    for r in events:
        r.pop("id"), r.pop("at")
        if r["entity"] == "invoice":
            r["entity_id"] = inv_pos[int(r["entity_id"])]
    series = sorted((r["agency_id"], r["series"], r["next_value"]) for r in rows(NumberSeries))
    return {"invoices": invoices, "lines": lines, "vouchers": vouchers, "entries": entries, "events": events,
            "series": series}


def _one_by_one(session, agency, items, force, reason):
    for customer, lines, opts in items:
        issuing.issue(session, drafting.create_draft(session, agency, customer, lines, opts), "bulk-test",
                      force=force, force_reason=reason)
    session.flush()


def _fi_items(session):
    a = registers.agency_by_code(session, "VESI-FI")
    c = registers.find_customer(session, "20001", a)
    return a, [(c, [LineInput(article_code="V100", quantity=str(q))], DraftOptions(invoice_date=DAY))
               for q in (1, 2, 3, 2)]


# agency -> (items, the item an invoice issued before the batch duplicates)
CASES = {"HYDRO-SE": (_items, 4), "VESI-FI": (_fi_items, 1)}


@pytest.mark.parametrize("agency_code", sorted(CASES))
@pytest.mark.parametrize("force,reason", [(False, None), (True, "agreed")])
def test_bulk_writes_what_one_by_one_writes(demo, agency_code, force, reason):
    make, dup_of = CASES[agency_code]
    a, items = make(demo)
    customer, lines, _ = items[dup_of]
    earlier = drafting.create_draft(demo, a, customer, lines, DraftOptions(invoice_date=DAY - dt.timedelta(days=3)))
    issuing.issue(demo, earlier, force=True, force_reason="setup")
    demo.commit()

    _one_by_one(demo, a, items, force, reason)
    expected = _snapshot(demo)
    demo.rollback()

    a, items = make(demo)
    out = issuing.issue_many(demo, a, items, "bulk-test", force=force, force_reason=reason)
    demo.flush()
    got = _snapshot(demo)
    for part in expected:
        assert got[part] == expected[part], part
    assert len(got["invoices"]) == len(items) + 1 and len(got["vouchers"]) > 1
    assert [r["number"] for r in out] == [r["number"] for r in got["invoices"][1:]]
    assert any(r["status"] == "held" for r in out) is not force
    assert any(w["code"] == "likely_duplicate" for r in out for w in r["warnings"])
    assert all(r.ok for r in subledger.check(demo, agency_code))


def test_bulk_numbers_are_gap_free_and_continue_the_series(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    c = registers.find_customer(demo, "10002", a)
    one = issuing.issue(demo, drafting.create_draft(demo, a, c, [LineInput(article_code="1010", quantity="1")],
                                                    DraftOptions(invoice_date=DAY)))
    many = issuing.issue_many(demo, a, [(c, [LineInput(article_code="1010", quantity=str(q))],
                                         DraftOptions(invoice_date=DAY)) for q in (2, 3, 4)])
    last = issuing.issue(demo, drafting.create_draft(demo, a, c, [LineInput(article_code="1010", quantity="9")],
                                                     DraftOptions(invoice_date=DAY)))
    demo.commit()
    assert [one.number] + [r["number"] for r in many] + [last.number] == ["10001", "10002", "10003", "10004", "10005"]
    assert all(references.is_valid_ocr(r["reference"]) and r["reference"].startswith(r["number"]) for r in many)
    assert [r["total"] for r in many] == [D("2875.00"), D("4312.50"), D("5750.00")]
    assert all(r["status"] == "issued" and r["open_amount"] == r["total"] for r in many)
    vouchers = demo.execute(sa.select(Voucher.number, Voucher.text).order_by(Voucher.number)).all()
    assert vouchers == [(i + 1, f"Faktura {10001 + i}") for i in range(5)]
    assert all(r.ok for r in subledger.check(demo))


def test_bulk_refuses_everything_before_writing(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    c = registers.find_customer(demo, "10002", a)
    good = (c, [LineInput(article_code="1010", quantity="1")], DraftOptions(invoice_date=DAY))
    with pytest.raises(ValidationError) as exc:
        issuing.issue_many(demo, a, [good, (c, [LineInput(article_code="NOPE", quantity="1")], None)])
    assert exc.value.field == "lines[0].article"
    far = (c, [LineInput(article_code="1010", quantity="1", unit_price="1.00")], DraftOptions(invoice_date=DAY))
    with pytest.raises(ValidationError) as exc:
        issuing.issue_many(demo, a, [good, far], force=True)
    assert exc.value.field == "force_reason"
    assert demo.execute(sa.select(sa.func.count()).select_from(Invoice)).scalar() == 0
    assert issuing.issue_many(demo, a, []) == []
    assert issuing.issue_many(demo, a, [good])[0]["number"] == "10001"

"""Every entry carries copies of its voucher's agency, date and source (issue #16: the reconciliation sums the AR
entries by them instead of joining a million vouchers), written by every path that posts — one voucher, many
vouchers at once, the bank-file import's COPY — and `reskontra ledger check` catches a copy that is not its
voucher's, so a ledger changed behind the application's back is still found."""
import datetime as dt
import json
from decimal import Decimal as D

import sqlalchemy as sa

from core.billing import subledger
from core.ledger import posting
from core.ledger.models import Voucher, VoucherEntry
from tests.conftest import run_cli
from tests.payments.helpers import bgmax, import_, invoice, pay

_ve, _v = VoucherEntry.__table__, Voucher.__table__


def _ledger(demo):
    """An issued invoice (post), a second one paid through a bank file (the import's COPY) and a manual voucher
    moving part of the first to disputed receivables (both lines name it)."""
    first = invoice(demo, "1000.00")
    paid = invoice(demo, "250.00")
    import_(demo, bgmax([pay("250.00", paid.reference)]))
    posting.post(demo, first.agency_id, dt.date(2026, 3, 25), "Omföring", "manual", None,
                 [posting.Entry("1516", D("5.00"), invoice_id=first.id),
                  posting.Entry("1510", D("-5.00"), invoice_id=first.id)])
    demo.commit()
    return first, paid


def test_every_entry_carries_its_vouchers_agency_date_and_source(demo):
    first, paid = _ledger(demo)
    rows = demo.execute(sa.select(_ve.c.invoice_id, _ve.c.account, _ve.c.agency_id, _ve.c.voucher_date,
                                  _ve.c.issues_invoice, _v.c.agency_id, _v.c.date, _v.c.source_type)
                        .join(_v, _v.c.id == _ve.c.voucher_id)).all()
    assert len(rows) >= 7 and all(r[2] == r[5] and r[3] == r[6] for r in rows)
    issuing = {(r.invoice_id, r[7]) for r in rows if r.issues_invoice}
    assert issuing == {(first.id, "invoice"), (paid.id, "invoice")}  # the payment's and the manual line: False
    assert {r[7] for r in rows if r.invoice_id is not None and not r.issues_invoice} == {"bank_deposit", "manual"}
    assert posting.copies_differing(demo, first.agency_id) == []
    assert all(c.ok for c in subledger.check(demo))


def test_ledger_check_reports_an_entry_whose_copy_is_not_its_vouchers(demo, capsys):
    first, paid = _ledger(demo)
    code, out, _ = run_cli(capsys, "ledger", "check", "--json")
    assert code == 0, out
    # behind the application's back: an AR entry moved to another date, and a voucher re-dated
    demo.execute(sa.update(_ve).where(_ve.c.invoice_id == first.id, _ve.c.issues_invoice)
                 .values(voucher_date=dt.date(2026, 4, 30)))
    vid = demo.execute(sa.select(_ve.c.voucher_id).where(_ve.c.invoice_id == paid.id, ~_ve.c.issues_invoice)
                       ).scalar_one()
    demo.execute(sa.update(_v).where(_v.c.id == vid).values(date=dt.date(2026, 1, 1)))
    demo.commit()
    code, out, _ = run_cli(capsys, "ledger", "check", "--json")
    hydro = [a for a in json.loads(out)["agencies"] if a["agency"] == "HYDRO-SE"][0]
    assert code == 1 and hydro["ok"] is False and hydro["difference"] == "0.00" and not hydro["unbalanced_vouchers"]
    differing = hydro["entries_differing_from_voucher"]
    assert len(differing) == 3, differing  # the invoice's AR line, and both lines of the re-dated deposit voucher


def test_ledger_check_reports_an_entry_claiming_another_source_or_agency(demo):
    first, _paid = _ledger(demo)
    demo.execute(sa.update(_ve).where(_ve.c.invoice_id == first.id, ~_ve.c.issues_invoice, _ve.c.account == "1516")
                 .values(issues_invoice=True))
    demo.commit()
    assert len(posting.copies_differing(demo, first.agency_id)) == 1
    other = demo.execute(sa.select(sa.func.max(_v.c.agency_id))).scalar_one() + 1
    demo.execute(sa.update(_ve).where(_ve.c.invoice_id == first.id, _ve.c.issues_invoice).values(agency_id=other))
    demo.commit()
    assert len(posting.copies_differing(demo, first.agency_id)) == 2  # found by its voucher's agency too

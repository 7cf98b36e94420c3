"""Reconciliation of the AR subledger against the AR account as of any date, and bank files against payments."""
import datetime as dt
import json
from decimal import Decimal as D

from core.billing import crediting
from core.ledger import posting as ledger
from core.payments import allocation
from core.payments.models import BankFileRecord, Payment
from core.period import reconciliation
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import make_invoice, pay


def _agency(s, code="HYDRO-SE"):
    return registers.agency_by_code(s, code)


def test_open_items_as_of_any_date_are_rebuilt_from_history(demo):
    inv = make_invoice(demo, lines=(("1010", "4", None, None, None),), day=dt.date(2026, 2, 2))  # 5750.00
    pay(demo, inv, D("1000.00"), dt.date(2026, 2, 20))
    crediting.credit(demo, inv, "one hour too many", {1: D("1")}, invoice_date=dt.date(2026, 3, 5))  # -1437.50
    pay(demo, inv, D("3312.50"), dt.date(2026, 3, 25))  # the rest
    demo.commit()
    assert inv.status == "paid" and inv.open_amount == 0
    a = _agency(demo)
    opens = {d: sum((i.open_amount for i in reconciliation.open_items(demo, a, d)), D("0"))
             for d in (dt.date(2026, 2, 1), dt.date(2026, 2, 2), dt.date(2026, 2, 20), dt.date(2026, 3, 5),
                       dt.date(2026, 3, 31))}
    assert opens == {dt.date(2026, 2, 1): 0, dt.date(2026, 2, 2): D("5750.00"), dt.date(2026, 2, 20): D("4750.00"),
                     dt.date(2026, 3, 5): D("3312.50"), dt.date(2026, 3, 31): 0}
    for d in opens:
        rec = reconciliation.reconcile(demo, a, d)
        assert rec.ok and rec.ar_subledger == opens[d] == rec.ar_ledger, rec.as_dict()
    by_customer = reconciliation.open_items_by_customer(demo, a, dt.date(2026, 3, 1))
    assert by_customer[0]["customer"] == "Mälardalens Miljökonsult AB" and by_customer[0]["open_amount"] == "4750.00"


def test_every_difference_is_listed_and_explained(demo, capsys):
    inv = make_invoice(demo, day=dt.date(2026, 2, 2))  # 2875.00
    other = make_invoice(demo, customer="10001", day=dt.date(2026, 2, 3))
    a = _agency(demo)
    # a manual voucher on the AR account with no invoice link
    ledger.post(demo, a.id, dt.date(2026, 2, 10), "Manuell rättelse", "manual", None,
                [ledger.Entry("1510", D("100.00")), ledger.Entry("3001", D("-100.00"))])
    # a payment applied without posting its voucher
    p = Payment(agency_id=a.id, external_id="X-1", amount=D("500.00"), payment_date=dt.date(2026, 2, 15),
                unallocated=D("500.00"))
    demo.add(p)
    demo.flush()
    allocation.allocate(demo, p, other, D("500.00"), "manual", post_voucher=False)
    demo.commit()
    rec = reconciliation.reconcile(demo, a, dt.date(2026, 2, 28))
    kinds = {d["kind"]: d for d in rec.differences}
    assert not rec.ok and rec.difference == D("-600.00")
    assert kinds["entry_without_invoice"]["amount"] == "-100.00" and "Manuell rättelse" in \
        kinds["entry_without_invoice"]["explanation"]
    assert kinds["amount_mismatch"]["invoice"] == other.number and kinds["amount_mismatch"]["amount"] == "-500.00"
    assert "allocations without a voucher" in kinds["amount_mismatch"]["explanation"]
    assert sum(D(d["amount"]) for d in rec.differences) == rec.difference
    # before those events everything agreed
    assert reconciliation.reconcile(demo, a, dt.date(2026, 2, 5)).ok
    code, out, _ = run_cli(capsys, "reconcile", "--agency", "HYDRO-SE", "--date", "2026-02-28", "--json")
    data = json.loads(out)
    assert code == 1 and set(data) >= {"agency", "date", "ar_subledger", "ar_ledger", "difference", "differences",
                                       "bank_files", "ok"}
    assert data["difference"] == "-600.00" and data["ok"] is False and inv.number
    code, out, _ = run_cli(capsys, "reconcile", "--agency", "HYDRO-SE", "--date", "2026-02-05", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_invoice_without_voucher_and_unexplained_open_amount(demo):
    from sqlmodel import delete

    from core.ledger.models import Voucher, VoucherEntry

    inv = make_invoice(demo, day=dt.date(2026, 2, 2))
    v = demo.exec(Voucher.__table__.select().where(Voucher.source_id == inv.id)).first()
    demo.exec(delete(VoucherEntry).where(VoucherEntry.voucher_id == v.id))
    demo.commit()
    rec = reconciliation.reconcile(demo, _agency(demo), dt.date(2026, 3, 1))
    assert [d["kind"] for d in rec.differences] == ["invoice_without_voucher"]
    assert rec.differences[0]["amount"] == "2875.00" == str(rec.difference)
    inv.open_amount = D("0.00")  # changed behind the subledger's back
    demo.commit()
    rec = reconciliation.reconcile(demo, _agency(demo), dt.date(2026, 3, 1))
    assert "open_amount_unexplained" in [d["kind"] for d in rec.differences]


def test_bank_file_totals_against_booked_payments(demo):
    inv = make_invoice(demo, day=dt.date(2026, 2, 2))
    good = BankFileRecord(sha256="a" * 64, filename="bgmax_0215.txt", format="bgmax", payments=1,
                          total=D("2875.00"))
    bad = BankFileRecord(sha256="b" * 64, filename="bgmax_0216.txt", format="bgmax", payments=2,
                         total=D("999.00"))
    demo.add_all([good, bad])
    demo.flush()
    pay(demo, inv, D("2875.00"), dt.date(2026, 2, 15), bank_file_id=good.id)
    other = make_invoice(demo, customer="10001", day=dt.date(2026, 2, 3))
    pay(demo, other, D("500.00"), dt.date(2026, 2, 16), bank_file_id=bad.id)
    demo.commit()
    rec = reconciliation.reconcile(demo, _agency(demo), dt.date(2026, 2, 28))
    files = {b["filename"]: b for b in rec.bank_files}
    assert files["bgmax_0215.txt"]["ok"] is True
    assert files["bgmax_0216.txt"]["ok"] is False and files["bgmax_0216.txt"]["difference"] == "499.00"
    assert "2 payments totalling 999.00" in files["bgmax_0216.txt"]["explanation"]
    assert rec.difference == 0 and not rec.ok


def test_a_bank_file_without_payments_shows_only_under_the_agency_it_was_paid_to(demo):
    """A re-sent file whose payments were all stored before leaves no payment rows: it must still be listed
    (its total is 0, its count too) for the agency whose bankgiro it names, and for no other agency."""
    from core.registers import register as registers

    mine = BankFileRecord(sha256="c" * 64, filename="bgmax_again.txt", format="bgmax",
                          payee_account="0050501055")
    stranger = BankFileRecord(sha256="d" * 64, filename="bgmax_elsewhere.txt", format="bgmax",
                              payee_account="9999-9999")
    demo.add_all([mine, stranger])
    demo.commit()
    day = mine.imported_at.date()
    hydro = [b["filename"] for b in reconciliation.reconcile(demo, _agency(demo), day).bank_files]
    vesi = [b["filename"] for b in reconciliation.reconcile(demo, registers.agency_by_code(demo, "VESI-FI"),
                                                               day).bank_files]
    assert "bgmax_again.txt" in hydro and "bgmax_again.txt" not in vesi
    assert "bgmax_elsewhere.txt" not in hydro + vesi


def test_a_credit_family_is_compared_as_a_whole(demo):
    """An invoice with its credit note agrees with the ledger, or differs, as one family (the reconciliation sums
    the few documents of credit families apart from the million that stand alone: issue #16)."""
    from sqlmodel import select

    from core.ledger.models import Voucher, VoucherEntry

    inv = make_invoice(demo, lines=(("1010", "4", None, None, None),), day=dt.date(2026, 2, 2))  # 5750.00
    note = crediting.credit(demo, inv, "one hour too many", {1: D("1")}, invoice_date=dt.date(2026, 2, 10))
    demo.commit()
    a, day = _agency(demo), dt.date(2026, 2, 28)
    assert reconciliation.reconcile(demo, a, day).ok
    entry = demo.exec(select(VoucherEntry).join(Voucher, Voucher.id == VoucherEntry.voucher_id)
                      .where(VoucherEntry.invoice_id == note.id, Voucher.source_id == note.id)).one()
    entry.amount += D("0.02")  # the credit note's AR line differs from the note
    note.open_amount += D("0.03")  # and so does its open amount from its history
    demo.commit()
    rec = reconciliation.reconcile(demo, a, day)
    kinds = {d["kind"]: d for d in rec.differences}
    mismatch, unexplained = kinds["amount_mismatch"], kinds["open_amount_unexplained"]
    assert mismatch["invoice"] == inv.number and mismatch["documents"] == [inv.number, note.number]
    assert mismatch["amount"] == "-0.02" and unexplained["invoice"] == inv.number
    assert (D(unexplained["stored_open_amount"]) - D(unexplained["history_open_amount"])) == D("0.03")

"""One voucher per bank deposit (issue #5): the bank line equals the deposit as the bank statement shows it, and
each AR line names its invoice and its payment; `ledger check` and the reconciliation agree."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlmodel import select

from core.ledger import posting as ledger
from core.ledger.models import Voucher, VoucherEntry
from core.payments import allocation, registration
from core.payments.models import Allocation, Payment
from core.period import reconciliation
from core.registers import register as registers
from intake.bankfiles.bgmax_writer import BgMaxDeposit, write_bgmax
from tests.payments.helpers import HYDRO_BG, PAYDAY, import_, invoice, ledger_ok, pay


def _deposit_vouchers(session) -> list[tuple[Voucher, list[VoucherEntry]]]:
    vouchers = session.exec(select(Voucher).where(Voucher.source_type == "bank_deposit")
                            .order_by(Voucher.number)).all()
    return [(v, list(session.exec(select(VoucherEntry).where(VoucherEntry.voucher_id == v.id)
                                  .order_by(VoucherEntry.id)))) for v in vouchers]


def _file(invs) -> bytes:
    """Two deposits (TK15 sections) of three payments each, each payment paying one invoice by its reference."""
    deposits = [BgMaxDeposit(PAYDAY, [pay(i.total, i.reference) for i in invs[:3]], serial=1),
                BgMaxDeposit(PAYDAY + dt.timedelta(days=1), [pay(i.total, i.reference) for i in invs[3:]], serial=2)]
    return write_bgmax(HYDRO_BG, deposits, created=dt.datetime.combine(PAYDAY + dt.timedelta(days=2), dt.time(6)))


def _check_file_vouchers(demo, invs) -> None:
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    found = _deposit_vouchers(demo)
    assert len(found) == 2, [v.text for v, _ in found]
    bank, ar = allocation.funding_account(agency, False), ledger.ar_account(agency)
    payments = {p.reference: p for p in demo.exec(select(Payment))}
    for (voucher, entries), group, day in zip(found, (invs[:3], invs[3:]), (PAYDAY, PAYDAY + dt.timedelta(days=1))):
        assert voucher.date == day
        bank_lines = [e for e in entries if e.account == bank]
        ar_lines = [e for e in entries if e.account == ar]
        assert len(entries) == 4 and len(bank_lines) == 1 and len(ar_lines) == 3
        assert bank_lines[0].amount == sum((i.total for i in group), D("0.00"))
        assert bank_lines[0].invoice_id is None and bank_lines[0].payment_id is None
        assert [(e.invoice_id, e.payment_id, e.amount) for e in ar_lines] == [
            (i.id, payments[i.reference].id, -i.total) for i in group]
        # every allocation points at its deposit's voucher
        allocs = demo.exec(select(Allocation).where(Allocation.payment_id.in_([e.payment_id for e in ar_lines])))
        assert {a.voucher_id for a in allocs} == {voucher.id}
    assert ledger_ok(demo)
    rec = reconciliation.reconcile(demo, agency, PAYDAY + dt.timedelta(days=5))
    assert rec.ok, rec.differences


def test_two_deposits_of_three_payments_post_two_vouchers(demo):
    invs = [invoice(demo, f"{100 + 10 * i}.00", customer=("10001", "10002")[i % 2]) for i in range(6)]
    res = import_(demo, _file(invs))
    assert res.payments == 6 and res.matched["reference"] == 6
    _check_file_vouchers(demo, invs)


def test_one_payment_at_a_time_posts_the_same_two_vouchers(demo):
    invs = [invoice(demo, f"{100 + 10 * i}.00", customer=("10001", "10002")[i % 2]) for i in range(6)]
    import_(demo, _file(invs), bulk=False)
    _check_file_vouchers(demo, invs)


def test_a_deposit_with_an_overpayment_and_an_unknown_payment_balances_on_one_voucher(demo):
    inv = invoice(demo, "100.00")
    import_(demo, write_bgmax(HYDRO_BG, [BgMaxDeposit(PAYDAY, [pay("130.00", inv.reference), pay("55.00")])]))
    [(voucher, entries)] = _deposit_vouchers(demo)
    assert sum((e.amount for e in entries), D("0.00")) == 0
    assert [e.amount for e in entries if e.payment_id is None] == [D("185.00")]  # the bank line: the deposit
    assert sorted(e.amount for e in entries if e.payment_id is not None) == [D("-100.00"), D("-55.00"), D("-30.00")]
    assert ledger_ok(demo)


def test_a_manual_registration_is_one_voucher(demo):
    inv = invoice(demo, "100.00")
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    p = registration.register_payment(demo, agency, "120.00", PAYDAY, invoice_number=inv.number, actor="test")
    demo.commit()
    vouchers = demo.exec(select(Voucher).where(Voucher.source_type == "payment", Voucher.source_id == p.id)).all()
    assert len(vouchers) == 1
    entries = demo.exec(select(VoucherEntry).where(VoucherEntry.voucher_id == vouchers[0].id)
                        .order_by(VoucherEntry.id)).all()
    assert [(e.amount, e.invoice_id, e.payment_id) for e in entries] == [
        (D("120.00"), None, None), (D("-100.00"), inv.id, p.id), (D("-20.00"), None, p.id)]
    assert ledger_ok(demo)

"""Property: whatever sequence of invoices, issues, full and partial credits and payments happens across agencies,
every voucher balances and the AR subledger equals the AR ledger account (core.billing.subledger.check), and the
reconciliation as of any date finds no difference."""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from core.billing import crediting, drafting, issuing, lookups, subledger
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.payments import allocation
from core.payments.models import Payment
from core.period import accruals, reconciliation
from core.registers import register as registers
from tests.conftest import _truncate

AGENCIES = [("HYDRO-SE", ["10001", "10002", "10004"], [("1010", None), ("1020", None), ("3010", None),
                                                       ("1090", "999.99"), ("2010", None)]),
            ("KULTUR-SE", ["10001", "10004"], [("A1", None)]),
            ("VESI-FI", ["20001"], [("V100", None), ("V220", "120.33")])]
START = dt.date(2026, 1, 1)

line_st = st.tuples(st.integers(0, 4), st.integers(1, 7), st.booleans(), st.integers(0, 11))
op_st = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 2), st.lists(line_st, min_size=1, max_size=3),
              st.integers(0, 330), st.booleans()),
    st.tuples(st.just("credit_full"), st.integers(0, 50), st.integers(0, 30)),
    st.tuples(st.just("credit_part"), st.integers(0, 50), st.integers(0, 3), st.integers(1, 3), st.integers(0, 30)),
    st.tuples(st.just("pay"), st.integers(0, 50), st.integers(1, 100), st.integers(0, 40)),
    st.tuples(st.just("accrue"), st.integers(0, 2), st.integers(1, 12)),
)


def _apply(s: Session, op: tuple, seq: int) -> None:
    kind = op[0]
    issued = s.exec(select(Invoice).where(Invoice.kind == "invoice", Invoice.number.is_not(None))
                    .order_by(Invoice.id)).all()
    if kind == "create":
        _, ai, ci, lines, day, do_issue = op
        code, customers, articles = AGENCIES[ai]
        agency = registers.agency_by_code(s, code)
        customer = registers.find_customer(s, customers[ci % len(customers)], agency)
        when = START + dt.timedelta(days=day)
        inputs = []
        for art_i, qty, has_period, months in lines:
            art, price = articles[art_i % len(articles)]
            end = None
            if has_period:
                m = when.month - 1 + months
                end = accruals.month_end(dt.date(when.year + m // 12, m % 12 + 1, 1))
            inputs.append(LineInput(article_code=art, quantity=str(qty), unit_price=price,
                                    period_start=when.replace(day=1) if end else None, period_end=end))
        inv = drafting.create_draft(s, agency, customer, inputs, DraftOptions(invoice_date=when))
        if do_issue:
            issuing.issue(s, inv, force=True, force_reason="property test")
    elif kind in ("credit_full", "credit_part") and issued:
        inv = issued[op[1] % len(issued)]
        when = inv.invoice_date + dt.timedelta(days=op[-1])
        if kind == "credit_full":
            crediting.credit(s, inv, "full credit", invoice_date=when)
        else:
            lines = lookups.lines_of(s, inv)
            ln = lines[op[2] % len(lines)]
            crediting.credit(s, inv, "partial credit", {ln.line_no: min(D(op[3]), ln.quantity)}, invoice_date=when)
    elif kind == "pay" and issued:
        inv = issued[op[1] % len(issued)]
        if inv.status != "issued" or inv.open_amount <= 0:
            return
        amount = max((inv.open_amount * op[2] / 100).quantize(D("0.01")), D("0.01"))
        p = Payment(agency_id=inv.agency_id, external_id=f"P{seq}-{inv.id}", amount=amount, currency=inv.currency,
                    payment_date=inv.invoice_date + dt.timedelta(days=op[3]), unallocated=amount)
        s.add(p)
        s.flush()
        allocation.allocate(s, p, inv, amount, "reference")
    elif kind == "accrue":
        accruals.run(s, registers.agency_by_code(s, AGENCIES[op[1]][0]), dt.date(2026, op[2], 1))


# PostgreSQL empties ~40 tables per example (slower): fewer examples there
EXAMPLES = 25 if os.environ.get("DATABASE_URL", "").startswith("postgresql") else 60


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(ops=st.lists(op_st, min_size=1, max_size=14))
def test_vouchers_balance_and_subledger_equals_ledger(engine, ops):
    from core.demo import DEMO
    from core.registers import register as regs

    _truncate(engine)
    with Session(engine, expire_on_commit=False) as s:
        regs.load_registry(s, DEMO, actor="test")
        s.commit()
        for seq, op in enumerate(ops):
            try:
                _apply(s, op, seq)
                s.commit()
            except DomainError:
                s.rollback()  # refused operations (nothing left to credit, ...) leave no trace
            checks = subledger.check(s)
            assert all(c.ok for c in checks), (op, [(c.agency, c.unbalanced, c.difference) for c in checks])
        for code, _, _ in AGENCIES:
            agency = registers.agency_by_code(s, code)
            for as_of in (dt.date(2026, 3, 31), dt.date(2026, 8, 15), dt.date(2027, 12, 31)):
                rec = reconciliation.reconcile(s, agency, as_of)
                assert rec.ok, rec.as_dict()

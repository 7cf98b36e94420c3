"""Disputed invoices: `reskontra invoice dispute N --reason …` / `--clear` - left out of reminders, interest and
collection while disputed, the open amount on 1516 (tvistiga kundfordringar) and the ledger still reconciled."""
from __future__ import annotations

import datetime as dt
import json

from core.billing import subledger
from core.ledger import posting
from core.period import reconciliation
from core.registers import register as registers
from core.runs import collection, interest_run, reminders
from tests.conftest import run_cli
from tests.runs.helpers import invoice, pay

JAN5 = dt.date(2026, 1, 5)


def _balances(session):
    a = registers.agency_by_code(session, "HYDRO-SE")
    return (posting.account_balance(session, a.id, "1510"), posting.account_balance(session, a.id, "1516"))


def test_dispute_marks_reclassifies_and_clears(demo, capsys):
    inv = invoice(demo, qty="10", day=JAN5)  # 14 375.00, due 2026-02-04
    code, _, err = run_cli(capsys, "invoice", "dispute", inv.number)
    assert code == 2 and "reason" in err
    code, out, err = run_cli(capsys, "invoice", "dispute", inv.number, "--reason", "fel timmar debiterade",
                             "--date", "2026-02-10", "--json")
    assert code == 0, err
    assert json.loads(out) == {"invoice": inv.number, "disputed": True, "dispute_reason": "fel timmar debiterade",
                               "open_amount": "14375.00", "reclassified": "14375.00"}
    demo.expire_all()
    assert _balances(demo) == (0, 14375)
    assert all(c.ok for c in subledger.check(demo))
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    assert reconciliation.reconcile(demo, agency, dt.date(2026, 2, 28)).ok
    day = dt.date(2026, 3, 16)
    assert reminders.run("HYDRO-SE", day, dry_run=True)["skipped"] == [{"invoice": inv.number,
                                                                       "reason": "invoice is disputed"}]
    assert collection.run("HYDRO-SE", day, dry_run=True)["count"] == 0
    pay(demo, inv, "5000.00", dt.date(2026, 3, 10))  # a part payment during the dispute: still reconciles
    assert all(c.ok for c in subledger.check(demo))
    assert interest_run.run("HYDRO-SE", "2026-03", dry_run=True)["invoices"] == []
    code, out, err = run_cli(capsys, "invoice", "dispute", inv.number, "--clear", "--reason", "överens",
                             "--date", "2026-03-20", "--json")
    assert code == 0, err
    assert not json.loads(out)["disputed"]
    demo.expire_all()
    assert _balances(demo) == (9375, 0)
    assert all(c.ok for c in subledger.check(demo))
    assert reconciliation.reconcile(demo, agency, dt.date(2026, 3, 31)).ok
    assert [r["invoice"] for r in reminders.run("HYDRO-SE", dt.date(2026, 3, 23), dry_run=True)["reminders"]] \
        == [inv.number]

"""`invoice show --json` in a fresh process: the invoice view (core.views.invoice) always has `payments` and
`paid_total`, whatever the process imported first. (The earlier import-time registration left `paid_total` out
when nothing had imported the payments package yet — which an in-process CLI test could not notice, because the
test process had imported it long before.)"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

from core.billing import drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.payments import allocation
from core.payments.models import Payment
from core.registers import register as registers

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 3, 2)
PAYDAY = dt.date(2026, 3, 20)


def _reskontra(*argv: str) -> subprocess.CompletedProcess[str]:
    """`reskontra ARGV` in a new Python process, on the test database."""
    env = dict(os.environ, DATABASE_URL=os.environ["DATABASE_URL"], RESKONTRA_VAR=os.environ["RESKONTRA_VAR"])
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def test_show_json_in_a_fresh_process_has_the_allocated_payment(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    c = registers.find_customer(demo, "10002", a)
    inv = drafting.create_draft(demo, a, c, [LineInput(article_code="2010", quantity="1", unit_price=D("1000.00"),
                                                       vat_code="outside", vat_rate="0")],
                                DraftOptions(invoice_date=DAY))
    issuing.issue(demo, inv, force=True, force_reason="test amount")
    payment = Payment(agency_id=a.id, external_id="test:view:1", kind="manual", amount=D("400.00"),
                      currency=inv.currency, payment_date=PAYDAY, reference=inv.reference, payer_name="Kund AB",
                      unallocated=D("400.00"))
    demo.add(payment)
    demo.flush()
    allocation.allocate(demo, payment, inv, D("400.00"), "manual", actor="test")
    demo.commit()  # the other process reads only what is committed
    assert inv.number is not None

    result = _reskontra("invoice", "show", inv.number, "--agency", "HYDRO-SE", "--json")

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["number"] == inv.number and data["total"] == "1000.00" and data["open_amount"] == "600.00"
    assert data["paid_total"] == "400.00"
    assert [(p["payment_id"], p["amount"], p["method"], p["payer"]) for p in data["payments"]] == \
        [(payment.id, "400.00", "manual", "Kund AB")]
    assert data["reminders"] == []

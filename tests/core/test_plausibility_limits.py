"""Plausibility limits per agency: an absurd amount, quantity or a date far in the future holds the invoice with the
reason instead of issuing it (the audit issued 1,000,000 × 1,150 SEK and an invoice dated 2035)."""
from __future__ import annotations

import datetime as dt
import json

from core.registers import register as registers
from tests.conftest import run_cli


def _create(capsys, *extra):
    code, out, err = run_cli(capsys, "invoice", "create", "--agency", "HYDRO-SE", "--customer", "10002",
                             "--issue", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_absurd_amounts_quantities_and_dates_are_held(demo, capsys):
    huge = _create(capsys, "--line", "1010:1000000")
    assert huge["status"] == "held" and huge["number"] is None
    assert {w["code"] for w in huge["warnings"]} >= {"amount_above_limit", "quantity_above_limit"}
    future = _create(capsys, "--line", "1010:1", "--date", (dt.date.today() + dt.timedelta(days=3000)).isoformat())
    assert future["status"] == "held" and "date_far_in_future" in {w["code"] for w in future["warnings"]}
    normal = _create(capsys, "--line", "1010:3")
    assert normal["status"] == "issued" and normal["warnings"] == []


def test_an_agency_sets_its_own_limits(demo, capsys):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    registers.upsert_agency(demo, {**registers.registry_dict(demo)["agencies"][0], "max_invoice_amount": "5000",
                                   "org_no": a.org_no})
    demo.commit()
    held = _create(capsys, "--line", "1010:5")  # 5 750.00 incl. VAT
    assert held["status"] == "held" and [w["code"] for w in held["warnings"]] == ["amount_above_limit"]

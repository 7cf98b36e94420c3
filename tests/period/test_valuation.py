"""Valuation of receivables: ageing, doubtful receivables by the agency's rules, provision and reversal,
confirmed losses written off."""
import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core.billing import subledger
from core.kernel.errors import DomainError, ValidationError
from core.ledger.models import Voucher, VoucherEntry
from core.period import reconciliation, valuation
from core.platform.models import AuditEvent
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import balance, make_invoice, pay, unbalanced_vouchers

D0 = dt.date(2026, 6, 30)


def _aged(session):
    """Invoices due at known ages on D0 (due dates set exactly; amounts differ so no duplicates)."""
    out = {}
    for days, qty in ((-5, "1"), (10, "2"), (45, "3"), (75, "4"), (120, "5"), (200, "6"), (400, "7")):
        inv = make_invoice(session, lines=(("1010", qty, None, None, None),),
                           day=D0 - dt.timedelta(days=days + 30))
        inv.due_date = D0 - dt.timedelta(days=days)
        out[days] = inv
    session.commit()
    return out


def test_ageing_buckets_and_default_provision(demo):
    inv = _aged(demo)
    a = registers.agency_by_code(demo, "HYDRO-SE")
    age = valuation.ageing(demo, a, D0)
    assert [(b["bucket"], b["items"]) for b in age["buckets"]] == [
        ("not_due", 1), ("1-30", 1), ("31-60", 1), ("61-90", 1), ("91-180", 1), ("181-365", 1), (">365", 1)]
    assert D(age["total"]) == sum(i.total for i in inv.values())
    val = valuation.value(demo, a, D0)
    expected = (inv[45].total * D("0.10") + inv[75].total * D("0.25") + inv[120].total * D("0.50")
                + inv[200].total * D("0.75") + inv[400].total).quantize(D("0.01"))
    assert val.provision == expected
    # an item in collection counts in full, whatever its age
    inv[10].collection_status = "sent"
    demo.commit()
    assert valuation.value(demo, a, D0).provision == expected + inv[10].total
    assert valuation.value(demo, a, D0).collection["items"] == 1


def test_agency_rules_change_the_percentages(demo, capsys):
    inv = _aged(demo)
    code, out, _ = run_cli(capsys, "period", "policy", "--agency", "HYDRO-SE", "--bucket", "1-30=5",
                           "--bucket", ">365=80", "--json")
    assert code == 0 and json.loads(out)["percents"]["1-30"] == "5"
    demo.expire_all()
    a = registers.agency_by_code(demo, "HYDRO-SE")
    rows = {r["bucket"]: r for r in valuation.value(demo, a, D0).rows}
    assert rows["1-30"]["doubtful"] == str((inv[10].total * D("0.05")).quantize(D("0.01")))
    assert rows[">365"]["doubtful"] == str((inv[400].total * D("0.80")).quantize(D("0.01")))
    with pytest.raises(ValidationError):
        valuation.set_policy(demo, a, {"90+": "10"})


def test_provision_booked_and_reversed_first_day_of_next_period(demo, capsys):
    _aged(demo)
    code, out, err = run_cli(capsys, "period", "valuation", "--agency", "HYDRO-SE", "--date", "2026-06-30",
                             "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["posted"] is False and D(preview["provision"]) > 0
    assert [b["bucket"] for b in preview["ageing"]][0] == "not_due"
    code, out, _ = run_cli(capsys, "period", "valuation", "--agency", "HYDRO-SE", "--date", "2026-06-30",
                           "--post", "--json")
    data = json.loads(out)
    amount = D(data["provision"])
    assert data["posted"] is True and data["voucher"]["date"] == "2026-06-30"
    assert data["reversal_voucher"]["date"] == "2026-07-01" == data["reversal_date"]
    assert data["accounts"] == {"debit": "6352", "credit": "1519"}
    demo.expire_all()
    assert balance(demo, "HYDRO-SE", "1519", D0) == -amount and balance(demo, "HYDRO-SE", "6352", D0) == amount
    assert balance(demo, "HYDRO-SE", "1519", dt.date(2026, 7, 1)) == 0
    assert balance(demo, "HYDRO-SE", "6352") == 0
    # posting the same date again books nothing new
    code, out, _ = run_cli(capsys, "period", "valuation", "--agency", "HYDRO-SE", "--date", "2026-06-30",
                           "--post", "--json")
    assert json.loads(out)["voucher"] == data["voucher"]
    assert len(demo.exec(select(Voucher).where(Voucher.source_type.like("provision%"))).all()) == 2
    assert unbalanced_vouchers(demo) == [] and all(r.ok for r in subledger.check(demo))
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert reconciliation.reconcile(demo, a, D0).ok


def test_write_off_a_confirmed_loss(demo, capsys):
    inv = make_invoice(demo, lines=(("1010", "2", None, None, None), ("3010", "2", None, None, None)),
                       day=dt.date(2026, 1, 10))  # 2300 + 575 VAT 25 %, 900 + 54 VAT 6 % = 3829.00
    pay(demo, inv, D("829.00"), dt.date(2026, 2, 10))
    demo.commit()
    wo = valuation.write_off(demo, inv, "konkurs, bevakning utan utdelning", actor="anna",
                             date=dt.date(2026, 9, 30))
    demo.commit()
    assert inv.status == "written_off" and inv.open_amount == 0 and wo.amount == D("3000.00")
    vat25 = (D("3000.00") * D("575") / D("3829")).quantize(D("0.01"))
    vat6 = (D("3000.00") * D("54") / D("3829")).quantize(D("0.01"))
    entries = {e.account: e.amount for e in demo.exec(select(VoucherEntry).where(
        VoucherEntry.voucher_id == wo.voucher_id))}
    assert entries == {"6351": D("3000.00") - vat25 - vat6, "2611": vat25, "2631": vat6, "1510": D("-3000.00")}
    assert wo.vat_amount == vat25 + vat6
    ev = demo.exec(select(AuditEvent).where(AuditEvent.action == "invoice.write_off")).one()
    assert ev.actor == "anna" and ev.details["reason"] == "konkurs, bevakning utan utdelning"
    assert all(r.ok for r in subledger.check(demo))
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert reconciliation.reconcile(demo, a, dt.date(2026, 9, 29)).ar_subledger == D("3000.00")
    rec = reconciliation.reconcile(demo, a, dt.date(2026, 9, 30))
    assert rec.ok and rec.ar_subledger == 0
    with pytest.raises(DomainError):
        valuation.write_off(demo, inv, "again")


def test_write_off_cli_and_vat_free_sale(demo, capsys):
    inv = make_invoice(demo, customer="10003", lines=(("2010", "1", None, None, None),), day=dt.date(2026, 1, 10))
    demo.commit()
    code, _, err = run_cli(capsys, "invoice", "write-off", inv.number, "--agency", "HYDRO-SE", "--reason", " ")
    assert code == 2 and "reason" in err
    code, out, err = run_cli(capsys, "invoice", "write-off", inv.number, "--agency", "HYDRO-SE",
                             "--reason", "dödsbo utan tillgångar", "--date", "2026-10-01", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["status"] == "written_off" and data["written_off"] == "3400.00" and data["vat_adjustment"] == "0.00"
    assert data["invoice_detail"]["open_amount"] == "0.00"
    demo.expire_all()
    assert balance(demo, "HYDRO-SE", "6351") == D("3400.00") and balance(demo, "HYDRO-SE", "1510") == 0
    code, _, err = run_cli(capsys, "invoice", "write-off", inv.number, "--agency", "HYDRO-SE", "--reason", "x")
    assert code == 2 and "written_off" in err

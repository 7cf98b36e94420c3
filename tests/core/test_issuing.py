"""Invoices from the user's side: numbers, references, due dates, VAT, checks that hold, credits, ledger."""
import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core.billing import crediting, drafting, issuing, subledger
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.kernel import references
from core.kernel.errors import ValidationError
from core.ledger.models import Voucher, VoucherEntry
from core.registers import register as registers
from tests.conftest import run_cli


def _make(session, agency="HYDRO-SE", customer="10002", lines=(("1010", "2", None),), day=dt.date(2026, 11, 2),
          issue=True):
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    inputs = [LineInput(article_code=x, quantity=q, unit_price=p) for x, q, p in lines]
    inv = drafting.create_draft(session, a, c, inputs, DraftOptions(invoice_date=day))
    if issue:
        issuing.issue(session, inv)
    session.commit()
    return inv


def test_issue_assigns_number_reference_and_banking_day_due_date(demo):
    inv = _make(demo, day=dt.date(2026, 11, 24))  # +30 days = Thu 24 Dec (Christmas Eve) -> Mon 28 Dec
    assert inv.status == "issued" and inv.number == "10001"
    assert references.is_valid_ocr(inv.reference) and inv.reference.startswith("10001")
    assert inv.due_date == dt.date(2026, 12, 28)
    assert (inv.net_total, inv.vat_total, inv.total, inv.open_amount) == (D("2300.00"), D("575.00"), D("2875.00"),
                                                                          D("2875.00"))


def test_finnish_agency_gets_finnish_reference_and_euro(demo):
    inv = _make(demo, "VESI-FI", "20001", (("V100", "3", None),))
    assert references.is_valid_fi_reference(inv.reference)
    assert inv.currency == "EUR" and inv.vat_total == D("141.53")  # 555.00 * 25.5 % = 141.525 -> 141.53


def test_numbers_are_sequential_per_agency(demo):
    nums = [_make(demo, lines=(("1010", str(i + 1), None),)).number for i in range(3)]
    assert nums == ["10001", "10002", "10003"]
    assert _make(demo, "VESI-FI", "20001", (("V100", "1", None),)).number == "10001"


def test_voucher_debits_ar_and_credits_revenue_and_vat(demo):
    inv = _make(demo, lines=(("1010", "2", None), ("3010", "2", None)))
    entries = {e.account: e.amount for e in demo.exec(select(VoucherEntry))}
    assert entries == {"1510": inv.total, "3001": D("-2300.00"), "2611": D("-575.00"), "3003": D("-900.00"),
                       "2631": D("-54.00")}


def test_price_far_from_register_price_holds_the_invoice(demo):
    inv = _make(demo, lines=(("1010", "2", "150.00"),))
    assert inv.status == "held" and inv.number is None
    assert "far from the register price" in inv.hold_reason
    issuing.issue(demo, inv, force=True, force_reason="agreed discount")
    assert inv.status == "issued"


def test_likely_duplicate_is_held(demo):
    _make(demo)
    second = _make(demo, day=dt.date(2026, 11, 20))
    assert second.status == "held" and any(w["code"] == "likely_duplicate" for w in second.warnings)


def test_vat_rate_differing_from_article_needs_a_reason(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    c = registers.find_customer(demo, "10002", a)
    with pytest.raises(ValidationError) as exc:
        drafting.create_draft(demo, a, c, [LineInput(article_code="1010", quantity="1", vat_rate="12")])
    assert exc.value.field == "lines[0].vat_rate"
    inv = drafting.create_draft(demo, a, c, [LineInput(article_code="1010", quantity="1", vat_rate="12",
                                                       vat_override_reason="hotel accommodation")])
    assert inv.vat_total == D("138.00")


def test_missing_price_names_the_line(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    c = registers.find_customer(demo, "10002", a)
    with pytest.raises(ValidationError) as exc:
        drafting.create_draft(demo, a, c, [LineInput(article_code="1010", quantity="1"),
                                           LineInput(article_code="1090", quantity="1")])
    assert exc.value.field == "lines[1].unit_price"


def test_full_and_partial_credit(demo):
    inv = _make(demo, lines=(("1010", "4", None), ("1020", "1", None)))
    part = crediting.credit(demo, inv, "one hour too many", {1: D("1")})
    assert part.total == D("-1437.50") and part.kind == "credit_note" and part.status == "issued"
    assert inv.open_amount == inv.total - D("1437.50")
    with pytest.raises(ValidationError):
        crediting.credit(demo, inv, "again", {1: D("4")})  # only 3 left to credit
    rest = crediting.credit(demo, inv, "cancelled")
    assert rest.total == -(inv.total - D("1437.50")) and inv.open_amount == 0 and inv.status == "credited"
    assert all(r.ok for r in subledger.check(demo))


def test_credit_of_paid_invoice_leaves_a_customer_credit(demo):
    inv = _make(demo)
    inv.open_amount = D("0.00")  # as if paid (payments post their own vouchers; here only the AR balance matters)
    note = crediting.credit(demo, inv, "price error", {1: D("1")})
    assert note.open_amount == note.total and note.total < 0


def test_cli_create_and_show_json(demo, capsys):
    code, out, err = run_cli(capsys, "invoice", "create", "--agency", "HYDRO-SE", "--customer", "556893-2171",
                             "--line", "1010:2", "--line", "1090:1:5000", "--date", "2026-11-02", "--issue", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["number"] == "10001" and data["total"] == "9125.00" and data["due_date"] == "2026-12-02"
    assert data["vat_breakdown"] == [{"category": "S", "rate": "25", "net": "7300.00", "vat": "1825.00",
                                      "exemption_reason": None}]
    code, out, _ = run_cli(capsys, "invoice", "show", "10001", "--json")
    shown = json.loads(out)
    assert shown["status"] == "issued" and shown["open_amount"] == "9125.00" and shown["payments"] == []


def test_cli_bad_input_writes_nothing(demo, capsys):
    code, _, err = run_cli(capsys, "invoice", "create", "--agency", "HYDRO-SE", "--customer", "10002",
                           "--line", "1010:2", "--line", "NOPE:1", "--issue", "--json")
    assert code == 2 and "lines[1].article" in err and "nothing was written" in err
    assert demo.exec(select(Invoice)).all() == []


def test_ledger_check_cli_reports_mismatch(demo, capsys):
    _make(demo)
    code, out, _ = run_cli(capsys, "ledger", "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    v = demo.get(Voucher, 1)
    demo.add(VoucherEntry(voucher_id=1, account="1510", amount=D("1.00"), agency_id=v.agency_id,
                          voucher_date=v.date))
    demo.commit()
    code, out, _ = run_cli(capsys, "ledger", "check", "--json")
    hydro = [a for a in json.loads(out)["agencies"] if a["agency"] == "HYDRO-SE"][0]
    assert code == 1 and hydro["unbalanced_vouchers"] == [1] and hydro["difference"] == "-1.00"


def test_private_customer_personnummer_is_masked_in_output(demo):
    inv = _make(demo, customer="10003", lines=(("2010", "1", None),))
    from core.views.invoice import invoice_dict
    assert invoice_dict(demo, inv)["customer"]["org_no"] == "19571121-****"

"""Charts of accounts per agency and the VAT return read from the ledger: every VAT rate and every kind of sale on
its own account (BAS 3308/3108/3105/3305, Finnish output VAT accounts, statens baskontoplan), the SE
momsdeklaration boxes and the FI kausiveroilmoitus lines summed from those accounts, and SIE #RAR lines from
the agency's financial year."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core.kernel.errors import ValidationError
from core.ledger import accounts, charts
from core.ledger.models import Voucher, VoucherEntry
from core.period import sie4, vat_report
from core.registers import register as registers
from tests.conftest import run_cli
from tests.delivery.support import add_foreign_customers, make

DAY = dt.date(2026, 11, 2)
MONTH = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _entries(session, inv) -> dict[str, D]:
    v = session.exec(select(Voucher).where(Voucher.source_id == inv.id, Voucher.source_type == inv.kind)).one()
    out: dict[str, D] = {}
    for e in session.exec(select(VoucherEntry).where(VoucherEntry.voucher_id == v.id)):
        out[e.account] = out.get(e.account, D("0")) + e.amount
    return out


def _boxes(session, agency_code, frm=MONTH[0], to=MONTH[1]) -> dict[str, D]:
    a = registers.agency_by_code(session, agency_code)
    return {b["box"]: D(b["amount"]) for b in vat_report.report(session, a, frm, to)["boxes"]}


def test_eu_service_sale_is_credited_to_3308_and_reported_in_box_39(demo):
    add_foreign_customers(demo)
    inv = make(demo, customer="30001", lines=(("1010", "3", None, None),), day=DAY)  # consulting to a German firm
    entries = _entries(demo, inv)
    assert entries == {"1510": D("3450.00"), "3308": D("-3450.00")}, entries
    boxes = _boxes(demo, "HYDRO-SE")
    assert boxes["39"] == D("3450.00") and boxes["05"] == 0 and boxes["10"] == 0 and boxes["42"] == 0


def test_export_of_goods_is_credited_to_3105_and_reported_in_box_36(demo):
    add_foreign_customers(demo)
    inv = make(demo, customer="30002", lines=(("3010", "4", None, None),), day=DAY)  # printed reports to Norway
    entries = _entries(demo, inv)
    assert entries == {"1510": D("1800.00"), "3105": D("-1800.00")}, entries
    boxes = _boxes(demo, "HYDRO-SE")
    assert boxes["36"] == D("1800.00") and boxes["35"] == 0 and boxes["05"] == 0


def test_domestic_sales_per_rate_and_credit_notes_in_boxes_05_and_10_to_12(demo):
    make(demo, customer="10001", lines=(("1010", "2", None, None), ("3010", "2", None, None)), day=DAY)
    make(demo, customer="10003", lines=(("2010", "1", None, None),), day=DAY)  # a public-authority fee: outside
    boxes = _boxes(demo, "HYDRO-SE")
    assert boxes["05"] == D("2300.00") + D("900.00")
    assert (boxes["10"], boxes["11"], boxes["12"]) == (D("575.00"), D("0.00"), D("54.00"))
    assert boxes["49"] == D("629.00")
    assert boxes["42"] == 0 and boxes["40"] == 0  # the fee outside the scope of VAT is in no box
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert accounts.account(a, "revenue_outside") == "3990"


def test_finnish_output_vat_is_on_the_finnish_vat_account_and_in_the_alv_report(demo):
    inv = make(demo, agency="VESI-FI", customer="20001", lines=(("V100", "12", None, None),), day=DAY)
    entries = _entries(demo, inv)
    assert "2641" not in entries  # BAS 2641 is input VAT
    assert entries == {"1510": D("2786.10"), "3000": D("-2220.00"), "2931": D("-566.10")}, entries
    a = registers.agency_by_code(demo, "VESI-FI")
    data = vat_report.report(demo, a, *MONTH)
    lines = {b["box"]: D(b["amount"]) for b in data["boxes"]}
    assert lines["vero_25_5"] == D("566.10") and lines["maksettava_vero"] == D("566.10")
    assert lines["vero_14"] == lines["vero_13_5"] == lines["palvelujen_myynnit_eu"] == 0
    assert data["domestic_sales_by_rate"][0] == {"rate": "25.5", "accounts": ["3000"], "amount": "2220.00"}
    assert data["chart"] == "fi" and "2931" in data["unverified_accounts"]


def test_an_agency_stored_before_charts_never_books_finnish_vat_on_2641():
    assert accounts.vat_account({}, D("25.5")) == "2931"
    assert accounts.vat_account({}, D("25")) == "2611"
    assert accounts.revenue_account({}, D("0")) == "3004"


def test_state_agency_chart_uses_state_accounts_with_their_s_codes(demo, tmp_path):
    registers.upsert_agency(demo, {"code": "KULTUR-SE", "name": "Statens kulturråd för arkiv", "country": "SE",
                                   "org_no": "202100-5489", "chart": "statens", "bankgiro": "5555-5551"})
    demo.commit()
    a = registers.agency_by_code(demo, "KULTUR-SE")
    assert a.accounts["chart"] == "statens"
    inv = make(demo, agency="KULTUR-SE", customer="10004", lines=(("A1", "2", None, None),), day=DAY)
    entries = _entries(demo, inv)
    revenue = [acct for acct in entries if acct.startswith("3")]
    vat_acct = [acct for acct in entries if acct.startswith("25")]
    assert revenue == ["3151"] and charts.s_code("statens", "3151") == "S3111–S3192"
    assert vat_acct == ["2571"]  # ESV: utgående mervärdesskatt in account group 257
    # late interest is financial income in 38xx (S3811–S3899), not BAS 8313; the runs read it from agency.accounts
    interest = accounts.account(a.accounts, "interest_income")
    assert interest.startswith("38") and charts.s_code("statens", interest) == "S3811–S3899"
    assert accounts.account(a, "bad_debt_confirmed").startswith("5")  # class 6 is depreciation in the state chart
    boxes = _boxes(demo, "KULTUR-SE")
    assert boxes["05"] == D("1800.00") and boxes["10"] == D("450.00")
    text, _ = sie4.render(demo, a, *MONTH)
    assert '#KONTO 3151 "Intäkter av avgifter enligt 4 § avgiftsförordningen, 25 % moms"' in text.splitlines()


def test_the_agency_s_own_accounts_override_the_chart(demo):
    registers.upsert_agency(demo, {"code": "HYDRO-SE", "name": "Hydrografiska verket", "country": "SE",
                                   "org_no": "202100-6313", "bankgiro": "5050-1055",
                                   "accounts": {"revenue_eu_services": "3309", "vat_out_25": "2610"}})
    add_foreign_customers(demo)
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert a.accounts == {"revenue_eu_services": "3309", "vat_out_25": "2610", "chart": "bas"}
    inv = make(demo, customer="30001", lines=(("1010", "1", None, None),), day=DAY)
    assert _entries(demo, inv) == {"1510": D("1150.00"), "3309": D("-1150.00")}
    inv = make(demo, customer="10001", lines=(("1010", "1", None, None),), day=DAY)
    assert _entries(demo, inv)["2610"] == D("-287.50")
    boxes = _boxes(demo, "HYDRO-SE")
    assert boxes["39"] == D("1150.00") and boxes["10"] == D("287.50")


def test_unknown_chart_is_refused_by_the_registry(demo):
    with pytest.raises(ValidationError, match="unknown chart of accounts 'kommunbas'"):
        registers.upsert_agency(demo, {"code": "HYDRO-SE", "name": "Hydrografiska verket", "country": "SE",
                                       "org_no": "202100-6313", "chart": "kommunbas"})


def _rar(text: str) -> list[tuple[int, dt.date, dt.date]]:
    out = []
    for line in text.splitlines():
        if line.startswith("#RAR "):
            _, n, start, end = line.split()
            out.append((int(n), dt.datetime.strptime(start, "%Y%m%d").date(),
                        dt.datetime.strptime(end, "%Y%m%d").date()))
    return out


def _check_sie_years(text: str) -> list[tuple[int, dt.date, dt.date]]:
    """SIE 4B #RAR: year 0 is the current year, -1 the one before; each a financial year (at most 18 months,
    BFL 3 kap. 3 §; here twelve), contiguous; every #VER date inside one of them."""
    years = _rar(text)
    assert [n for n, _, _ in years] == list(range(0, -len(years), -1))
    for (_, start, _end), (_, _start, prev_end) in zip(years, years[1:]):
        assert prev_end + dt.timedelta(days=1) == start
    for _, start, end in years:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        assert months == 12 and start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    for v in sie4.parse(text.encode("cp437", errors="replace")):
        day = dt.datetime.strptime(v["date"], "%Y%m%d").date()
        assert any(start <= day <= end for _, start, end in years), v
    return years


def test_sie_export_across_a_year_end_declares_each_financial_year(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    make(demo, customer="10001", day=dt.date(2025, 12, 15))
    make(demo, customer="10001", day=dt.date(2026, 1, 10))
    text, summary = sie4.render(demo, a, dt.date(2025, 12, 1), dt.date(2026, 1, 31))
    assert summary["vouchers"] == 2
    assert _check_sie_years(text) == [(0, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                                      (-1, dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    assert "#RAR 0 20250101 20261231" not in text  # the old 24-month year


def test_sie_follows_a_broken_financial_year(demo):
    registers.upsert_agency(demo, {"code": "HYDRO-SE", "name": "Hydrografiska verket", "country": "SE",
                                   "org_no": "202100-6313", "bankgiro": "5050-1055", "fiscal_year_start_month": 7})
    a = registers.agency_by_code(demo, "HYDRO-SE")
    make(demo, customer="10001", day=dt.date(2026, 6, 20))
    make(demo, customer="10001", day=dt.date(2026, 7, 2))
    text, _ = sie4.render(demo, a, dt.date(2026, 6, 1), dt.date(2026, 7, 31))
    assert _check_sie_years(text) == [(0, dt.date(2026, 7, 1), dt.date(2027, 6, 30)),
                                      (-1, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]
    text, _ = sie4.render(demo, a, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert _rar(text) == [(0, dt.date(2026, 7, 1), dt.date(2027, 6, 30))]
    with pytest.raises(ValidationError, match="first of a month 1-12"):
        registers.upsert_agency(demo, {"code": "HYDRO-SE", "name": "H", "country": "SE", "org_no": "202100-6313",
                                       "fiscal_year_start_month": 13})


def test_vat_report_command(demo, capsys, tmp_path):
    add_foreign_customers(demo)
    make(demo, customer="30001", lines=(("1010", "3", None, None),), day=DAY)
    code, out, err = run_cli(capsys, "report", "vat", "--agency", "HYDRO-SE", "--from", "2026-11-01",
                             "--to", "2026-11-30", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {b["box"]: b["amount"] for b in data["boxes"]}["39"] == "3450.00"
    assert [b["box"] for b in data["boxes"]] == ["05", "06", "07", "08", "10", "11", "12", "35", "36", "39", "40",
                                                 "41", "42", "49"]
    code, out, err = run_cli(capsys, "report", "vat", "--agency", "HYDRO-SE", "--from", "2026-11-01",
                             "--to", "2026-11-30")
    assert code == 0 and "3450.00" in out and "Försäljning av tjänster" in out
    csv = tmp_path / "vat.csv"
    code, out, err = run_cli(capsys, "report", "vat", "--agency", "HYDRO-SE", "--from", "2026-11-01",
                             "--to", "2026-11-30", "-o", str(csv))
    assert code == 0 and "39" in csv.read_text("utf-8")
    code, out, err = run_cli(capsys, "report", "vat", "--agency", "HYDRO-SE", "--from", "2026-11-30",
                             "--to", "2026-11-01")
    assert code == 2 and err.startswith("error: --to is before --from")


def test_vat_boxes_take_sales_when_invoiced_not_when_deferred_revenue_is_recognised(demo):
    """A year's subscription invoiced in November: the whole base is in November's box 05 (the VAT falls due
    on invoicing), though the revenue sits in deferred income; December's recognition is not a sale again.
    A credit note reduces both boxes."""
    from core.period import accruals
    from tests.period.helpers import make_invoice

    inv = make_invoice(demo, customer="10001", day=DAY,
                       lines=(("1010", "12", None, dt.date(2026, 11, 1), dt.date(2027, 10, 31)),))
    a = registers.agency_by_code(demo, "HYDRO-SE")
    assert _entries(demo, inv)["2970"] == D("-13800.00")
    boxes = _boxes(demo, "HYDRO-SE")
    assert (boxes["05"], boxes["10"]) == (D("13800.00"), D("3450.00"))
    accruals.run(demo, a, dt.date(2026, 12, 1))
    demo.commit()
    december = _boxes(demo, "HYDRO-SE", dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert (december["05"], december["10"]) == (0, 0)
    from core.billing import crediting
    crediting.credit(demo, inv, "wrong quantity", {1: D("2")}, invoice_date=dt.date(2026, 12, 3))
    demo.commit()
    december = _boxes(demo, "HYDRO-SE", dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert (december["05"], december["10"]) == (D("-2300.00"), D("-575.00"))

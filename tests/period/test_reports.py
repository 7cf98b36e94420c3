"""Reports as data and as CSV/XLSX files: ageing, open items per customer, automation rate, e-invoice share."""
import csv
import datetime as dt
import json
from decimal import Decimal as D

from openpyxl import load_workbook

from core.period import reports
from core.platform import audit
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import make_invoice, pay


def _data(session):
    a = make_invoice(session, customer="10001", day=dt.date(2026, 1, 10))
    b = make_invoice(session, customer="10002", lines=(("1010", "3", None, None, None),), day=dt.date(2026, 3, 1))
    c = make_invoice(session, customer="10004", lines=(("1020", "1", None, None, None),), day=dt.date(2026, 3, 2))
    pay(session, b, D("1000.00"), dt.date(2026, 3, 20))
    session.commit()
    return a, b, c


def test_ageing_and_open_items_as_csv_and_xlsx(demo, capsys, tmp_path):
    a, b, c = _data(demo)
    out = tmp_path / "ageing.csv"
    code, _, err = run_cli(capsys, "report", "ageing", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                           "--format", "csv", "-o", str(out))
    assert code == 0, err
    rows = list(csv.reader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == ["agency", "date", "bucket", "items", "amount"]
    by_bucket = {r[2]: (int(r[3]), D(r[4])) for r in rows[1:]}
    assert a.due_date == dt.date(2026, 2, 9) and by_bucket["61-90"] == (1, a.total)  # 65 days overdue
    assert by_bucket["1-30"] == (2, b.total - D("1000.00") + c.total) and by_bucket["31-60"] == (0, D("0.00"))
    assert by_bucket["total"] == (3, a.total + b.total - D("1000.00") + c.total)
    xlsx = tmp_path / "open.xlsx"
    code, _, err = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                           "--format", "xlsx", "-o", str(xlsx))
    assert code == 0, err
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    body = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert header[:3] == ["customer_number", "customer", "invoice"] and len(body) == 3
    col = header.index("open_amount")
    assert sorted(D(str(r[col])) for r in body) == sorted([a.total, b.total - D("1000.00"), c.total])
    assert isinstance(body[0][col], (int, float))  # a number cell, not text
    assert "Mälardalens Miljökonsult AB" in [r[1] for r in body]
    code, out_json, _ = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-03-15",
                                "--format", "json")
    data = json.loads(out_json)
    assert data["total"] == str(a.total + b.total + c.total)
    code, _, err = run_cli(capsys, "report", "ageing", "--agency", "HYDRO-SE", "--format", "csv")
    assert code == 2 and "-o" in err


def test_automation_rate_and_einvoice_share_per_month(demo, capsys, tmp_path):
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    auto = make_invoice(demo, day=dt.date(2026, 2, 3))
    touched = make_invoice(demo, customer="10001", day=dt.date(2026, 2, 5))
    manual = make_invoice(demo, customer="10004", day=dt.date(2026, 3, 5))
    for inv in (auto, touched):
        inv.source = "email"
    auto.delivery_channel = touched.delivery_channel = "peppol"
    manual.delivery_channel = "print"
    audit.record(demo, "karin@servicecentret.se", "invoice.edit", "invoice", touched.id, agency.id, "web")
    demo.commit()
    data = reports.automation(demo, agency, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    months = {m["month"]: m for m in data["months"]}
    assert months["2026-02"]["requests"] == 2 and months["2026-02"]["touchless"] == 1
    assert months["2026-02"]["automation_rate"] == "50.0"
    assert months["2026-03"]["requests"] == 0 and months["2026-03"]["automation_rate"] is None
    share = {m["month"]: m for m in reports.einvoice_share(demo, agency, dt.date(2026, 1, 1),
                                                           dt.date(2026, 3, 31))["months"]}
    assert share["2026-02"]["einvoice_share"] == "100.0" and share["2026-03"]["einvoice_share"] == "0.0"
    assert share["2026-01"]["invoices"] == 0
    out = tmp_path / "auto.csv"
    code, _, err = run_cli(capsys, "report", "automation", "--agency", "HYDRO-SE", "--from", "2026-01-01",
                           "--date", "2026-03-31", "--format", "csv", "-o", str(out))
    assert code == 0, err
    rows = list(csv.reader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == ["month", "requests", "invoiced", "touchless", "automation_rate", "invoices", "peppol",
                       "einvoice_share"]
    assert rows[2] == ["2026-02", "2", "2", "1", "50.0", "2", "2", "100.0"]


def test_valuation_and_reconciliation_reports(demo, capsys, tmp_path):
    _data(demo)
    for kind in ("valuation", "reconciliation"):
        out = tmp_path / f"{kind}.xlsx"
        code, _, err = run_cli(capsys, "report", kind, "--agency", "HYDRO-SE", "--date", "2026-06-30",
                               "--format", "xlsx", "-o", str(out))
        assert code == 0, err
        assert load_workbook(out).active.max_row > 2


def test_open_items_file_is_written_as_the_rows_come(demo, capsys, tmp_path):
    """Issue #16: an open-items file of a million invoices must not sit in memory as a list; the table is a lazy
    iterable the writers consume as it comes, and the file still has its header, date cells and number cells."""
    a, b, c = _data(demo)
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    cols, rows = reports.table(demo, "open-items", agency, dt.date(2026, 4, 15))
    assert not isinstance(rows, list) and iter(rows) is rows  # a generator, not a materialised list
    out = tmp_path / "open.xlsx"
    code, stdout, err = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                                "--format", "xlsx", "-o", str(out))
    assert code == 0, err
    assert "3 rows written" in stdout
    wb = load_workbook(out)
    ws = wb.active
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold
    dates = [r[cols.index("invoice_date")].value for r in ws.iter_rows(min_row=2)]
    assert sorted(d.date() for d in dates) == sorted([a.invoice_date, b.invoice_date, c.invoice_date])
    csv_out = tmp_path / "open.csv"
    code, stdout, err = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                                "--format", "csv", "-o", str(csv_out))
    assert code == 0 and "3 rows written" in stdout
    assert len(list(csv.reader(csv_out.open(encoding="utf-8-sig"), delimiter=";"))) == 4

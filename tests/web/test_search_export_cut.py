"""A name search cut at its cap and then exported (issue #15): the page says "N+" and that the result is cut, but
the CSV/XLSX the clerk downloaded held the invoices of the first customers only and said nothing — read as the
whole. Now the file's last line says it is cut and how to get the rest, in the reader's language. The cap is
lowered to 4 (core.views.invoice_text.CUSTOMER_LIMIT) so that a handful of customers stands for the many."""
from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
from sqlmodel import Session

from core.billing.models import Invoice
from core.registers import register as registers
from core.views import invoice_text
from tests.support.browser import in_language


def _customers(clean_db, agency: int) -> None:
    with Session(clean_db) as s:
        for k in range(7):  # seven customers whose names begin with "AB", three invoices each
            cust = registers.upsert_customer(s, {"name": f"AB Gemensam {k}", "country": "SE"})
            s.flush()
            s.add_all(Invoice(agency_id=agency, customer_id=cust.id, kind="invoice", status="issued",
                              number=f"G-{k}{n}", invoice_date=dt.date(2026, 3, 1 + n), due_date=dt.date(2026, 4, 1),
                              currency="SEK", total=Decimal("10.00"), open_amount=Decimal("10.00"),
                              customer_snapshot={"name": f"AB Gemensam {k}"}) for n in range(3))
        s.commit()


def _csv(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def _xlsx(body: bytes) -> list[list[object]]:
    ws = openpyxl.load_workbook(io.BytesIO(body), read_only=True).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_an_export_of_a_cut_search_says_it_is_cut(as_user, world, clean_db, monkeypatch):
    monkeypatch.setattr(invoice_text, "CUSTOMER_LIMIT", 4)
    agency = world["HYDRO-SE"]["agency"]
    _customers(clean_db, agency)
    sv = in_language(as_user("clerk"), "sv")
    rows = _csv(sv.get(f"/invoices/?q=AB+Gemensam&agency={agency}&format=csv").data)
    invoices = [r for r in rows[1:] if r[0].startswith("G-")]
    assert len(invoices) == 12 and len({r[0][:3] for r in invoices}) == 4  # four customers' invoices
    assert rows[-1][0].startswith("Fler än 4 kunders namn innehåller ”AB Gemensam”: filen har bara fakturorna"), rows
    sheet = _xlsx(sv.get(f"/invoices/?q=AB+Gemensam&agency={agency}&format=xlsx").data)
    assert str(sheet[-1][0]).startswith("Fler än 4 kunders namn innehåller"), sheet[-1]
    fi = in_language(as_user("clerk"), "fi")
    sheet = _xlsx(fi.get(f"/invoices/?q=AB+Gemensam&agency={agency}&format=xlsx").data)
    assert str(sheet[-1][0]).startswith("Yli 4 asiakkaan nimessä on ”AB Gemensam”: tiedostossa ovat vain"), sheet[-1]

    whole = _csv(sv.get(f"/invoices/?q=AB+Gemensam+3&agency={agency}&format=csv").data)  # more of the name: all
    assert [r[0] for r in whole[1:]] == ["G-32", "G-31", "G-30"], whole

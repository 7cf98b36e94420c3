"""The eleventh held-out set's registry and helpers (theme: attachments and systems): the ninth set's registry plus
a Finnish wellbeing services county (hyvinvointialue) and a Swedish state-owned company, an XLSX writer with
several sheets, Excel serial dates and text cells, and PDF forms and tables drawn with reportlab."""
from __future__ import annotations

import copy
import datetime as dt
import io
from typing import Any

from tests.intake.cases.ids import fi_vat, fi_yt, se_org, se_vat
from tests.intake.cases.kit_helpers import set_kit
from tests.intake.cases.mailkit import XLSX_TYPE, _stable_zip
from tests.intake.cases_holdout9.kit9 import AGENCIES as H9_AGENCIES
from tests.intake.cases_holdout9.kit9 import ARTICLES as H9_ARTICLES
from tests.intake.cases_holdout9.kit9 import CUSTOMERS as H9_CUSTOMERS

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H9_AGENCIES)
ARTICLES: list[dict[str, Any]] = copy.deepcopy(H9_ARTICLES)

_spf = se_org("559412370")
_pkh = fi_yt("3221318")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H9_CUSTOMERS) + [
    {"customer_number": "K-4017", "name": "Statens Provfastigheter AB", "org_no": _spf, "vat_no": se_vat(_spf),
     "country": "SE", "email": "faktura@provfastigheter.se", "peppol_id": "0007:" + _spf.replace("-", ""),
     "address": {"street": "Box 1204", "postal_code": "801 35", "city": "Gävle", "country": "SE"}},
    {"customer_number": "K-5015", "name": "Pohjois-Karjalan hyvinvointialue", "org_no": _pkh,
     "vat_no": fi_vat(_pkh), "country": "FI", "email": "ostolaskut@pohjoiskarjala.fi", "peppol_id": None,
     "address": {"street": "Tikkamäentie 16", "postal_code": "80210", "city": "Joensuu", "country": "FI"}},
]

REGISTRY, CASES, case, _EXPECTED = set_kit(AGENCIES, CUSTOMERS, ARTICLES)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request

ASK_ORG: dict[str, Any] = {"org_no": None, "customer_number": None}
GS, YF = "GEO-SE", "YTL-FI"
ND = ("description",)
NP = ("period_start", "period_end")
NOP = ("description", "period_start", "period_end")


def org(number: str) -> str:
    """The register's org number of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


class Serial:
    """An Excel date cell: the serial day number with a date format, as Excel stores dates."""

    def __init__(self, y: int, m: int, d: int, fmt: str = "yyyy-mm-dd"):
        self.value = (dt.date(y, m, d) - dt.date(1899, 12, 30)).days
        self.fmt = fmt


class Text:
    """A number stored as text (Excel's green triangle)."""

    def __init__(self, s: str):
        self.s = s


def xlsx_sheets(fname: str, sheets: list[tuple[str, list[list[Any]]]]) -> tuple[str, bytes, str, str]:
    """A workbook of several sheets; Serial cells are dates as serial numbers, Text cells are text, strings
    starting with '=' are formulas written without cached values (as openpyxl writes them)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, v in enumerate(row, 1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(v, Serial):
                    cell.value = v.value
                    cell.number_format = v.fmt
                elif isinstance(v, Text):
                    cell.value = v.s
                    cell.data_type = "s"
                else:
                    cell.value = v
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return (fname, _stable_zip(buf.getvalue()), *XLSX_TYPE)


def pdf_form(fname: str, title: str, pairs: list[tuple[str, str]], foot: str = "") -> tuple[str, bytes, str, str]:
    """A one-page PDF form: label in the left column, value in the right, as a form tool prints it."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    a85, rl_config.useA85 = rl_config.useA85, 1  # the product's printing turns ASCII85 off for its own process
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, title)
    y = 740
    for label, value in pairs:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, label)
        c.rect(220, y - 4, 300, 16)
        c.drawString(225, y, value)
        y -= 26
    if foot:
        c.setFont("Helvetica", 8)
        c.drawString(60, 60, foot)
    c.showPage()
    c.save()
    rl_config.useA85 = a85
    return (fname, buf.getvalue(), "application", "pdf")


def pdf_table(fname: str, title: str, head: list[str], rows: list[list[str]],
              intro: tuple[str, ...] | list[str] = ()) -> tuple[str, bytes, str, str]:
    """A PDF with a heading, a few intro lines and a ruled table (reportlab platypus)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    a85, rl_config.useA85 = rl_config.useA85, 1  # the product's printing turns ASCII85 off for its own process
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    st = getSampleStyleSheet()
    story: list[Any] = [Paragraph(title, st["Heading1"])]
    story += [Paragraph(t, st["Normal"]) for t in intro]
    story.append(Spacer(1, 12))
    t = Table([head] + rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    story.append(t)
    doc.build(story)
    rl_config.useA85 = a85
    return (fname, buf.getvalue(), "application", "pdf")

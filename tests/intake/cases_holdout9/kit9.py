"""The ninth held-out set's registry and helpers: the eighth set's registry plus a Swedish housing co-operative
(bostadsrättsförening, 'Brf'), and an XLSX writer that keeps what real workbooks carry (hidden columns, formulas
with cached values)."""
from __future__ import annotations

import copy
import io
import re
import zipfile
from typing import Any

from tests.intake.cases.ids import se_org
from tests.intake.cases.mailkit import XLSX_TYPE, Expected, _stable_zip, registrar
from tests.intake.cases_holdout8.kit8 import AGENCIES as H8_AGENCIES
from tests.intake.cases_holdout8.kit8 import ARTICLES
from tests.intake.cases_holdout8.kit8 import CUSTOMERS as H8_CUSTOMERS

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H8_AGENCIES)

_brf = se_org("769624891")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H8_CUSTOMERS) + [
    {"customer_number": "K-4016", "name": "Brf Solgläntan 3", "org_no": _brf, "vat_no": None, "country": "SE",
     "email": "styrelsen@solglantan3.se", "peppol_id": None,
     "address": {"street": "Solgläntan 3", "postal_code": "723 41", "city": "Västerås", "country": "SE"}},
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)

ASK_ORG: dict[str, Any] = {"org_no": None, "customer_number": None}


def xlsx_real(fname: str, rows: list[list[Any]], hidden: tuple[str, ...] = (),
              formulas: dict[str, tuple[str, str]] | None = None,
              merges: tuple[str, ...] = ()) -> tuple[str, bytes, str, str]:
    """One-sheet XLSX as Excel saves it: `hidden` column letters, `formulas` {cell: (formula, cached value)} with
    the cached value written (openpyxl writes none, Excel always does)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    for r in rows:
        ws.append(r)
    for col in hidden:
        ws.column_dimensions[col].hidden = True
    for cell, (f, _v) in (formulas or {}).items():
        ws[cell] = "=" + f
    for rng in merges:
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for cell, (_f, v) in (formulas or {}).items():
                    data = re.sub(rb'(<c r="' + cell.encode() + rb'"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v></v>)?',
                                  lambda m, v=v: m.group(1) + b"<f>" + m.group(2) + b"</f><v>" + v.encode()
                                  + b"</v>", data)
            dst.writestr(info, data)
    return (fname, _stable_zip(out.getvalue()), *XLSX_TYPE)

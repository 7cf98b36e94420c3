"""Payment advices (betalningsavisering, maksuilmoitus, remittance advice) → payer, date, total, items.

The advice is a table of invoices paid; credit notes appear as negative amounts. References are normalised
(digits without spaces, RF references upper case). The payer is taken as stated, with no registry lookup.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from .amounts import find_amounts, parse_amount
from .dates import find_dates
from .identifiers import find_identifiers
from .tables import norm_header, split_text_row

MARKER_RE = re.compile(r"(?i)\b(?:betalningsavisering|betalningsavi|betalningsspecifikation|maksuilmoitus|"
                       r"maksuerittely|maksuerittelu|remittance advice|payment advice|payment notification|"
                       r"remittance)\b")
_COLS = {
    "invoice_number": ("fakturanr", "fakturanummer", "faktura", "laskunro", "laskun numero", "laskunumero", "lasku",
                       "invoice no", "invoice number", "invoice", "inv no"),
    "reference": ("ocr", "ocr-referens", "ocr referens", "ocr-nummer", "referens", "viite", "viitenumero",
                  "reference", "ocr reference", "payment reference", "ref"),
    "amount": ("belopp", "summa", "amount", "määrä", "paid", "betalt", "amount paid", "maksettu", "belopp sek"),
}
_COLMAP = {s: f for f, ss in _COLS.items() for s in ss}
_TOTAL_RE = re.compile(r"(?i)^\s*(?:summa|total|totalt|yhteensä|sum|summa betalt|total paid|betalt totalt|"
                       r"maksettu yhteensä)\b")
_LABELS = {
    "payer": ("betalare", "maksaja", "payer", "paid by", "betalningsavsändare", "betalningsmottagare från"),
    "date": ("betalningsdag", "betalningsdatum", "maksupäivä", "payment date", "value date", "paid on",
             "bokföringsdag", "arvopäivä"),
    "currency": ("currency", "valuta", "valuutta"),
}
_LABMAP = {s: f for f, ss in _LABELS.items() for s in ss}
_LEGAL = re.compile(r"(?:^|\s)(?:AB|HB|KB|Oy|Oyj|Ab|Ky|Ay|Ltd|Inc|GmbH|AS)$")


def is_payment_advice(texts: list[str], subject: str) -> bool:
    return bool(MARKER_RE.search(subject or "")) or any(MARKER_RE.search(t or "") for t in texts)


def _ref(s: str) -> str | None:
    s = (s or "").strip()
    if not s:
        return None
    if re.match(r"(?i)^RF\s?\d", s):
        return re.sub(r"\s", "", s).upper()
    d = re.sub(r"[\s]", "", s)
    return d if re.fullmatch(r"\d{2,30}", d) else None


def parse_advice(texts: list[str], tables: list[list[list[str]]], on: dt.date, agency: dict | None,
                 is_agency_id) -> dict:
    """Read an advice from plain texts (body incl. forwarded part, PDF text) and ruled tables (PDF)."""
    payer_name = payer_org = None
    pay_date = None
    currency = None
    items: list[dict] = []
    total: Decimal | None = None
    # restrict each text to the advice part (from the marker on) when the marker is inside it
    docs = []
    for t in texts:
        m = MARKER_RE.search(t)
        docs.append(t[m.start():] if m else t)
    agency_names = {(agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    for t in docs:
        for ln in t.splitlines():
            lab, sep, val = ln.partition(":")
            f = _LABMAP.get(" ".join(lab.replace(".", "").split()).casefold()) if sep else None
            if f == "payer" and not payer_name:
                payer_name = re.split(r"\s*\(|,\s", val.strip())[0].strip() or None
            elif f == "date" and not pay_date:
                ds = find_dates(val, on.year)
                pay_date = ds[0].first if ds else None
            elif f == "currency" and not currency:
                cm = re.search(r"\b[A-Z]{3}\b", val)
                currency = cm.group(0) if cm else None
            for i in find_identifiers(ln, on):
                if i.value and not payer_org and not is_agency_id(i.raw):
                    payer_org = i.value
        if not payer_name:
            for ln in t.splitlines()[1:8]:
                s = ln.strip()
                if _LEGAL.search(s) and s.casefold() not in agency_names and len(s.split()) <= 6:
                    payer_name = s
                    break
        if not items:
            rows = [[c[2] for c in split_text_row(ln)] for ln in t.splitlines()]
            items, tot = _read_rows(rows)
            total = total or tot
        if not currency:
            hm = re.search(r"(?i)\((SEK|EUR|USD|NOK|DKK)\)", t)
            if hm:
                currency = hm.group(1).upper()
    for tb in tables:
        if items and total is not None:
            break
        its, tot = _read_rows(tb)
        if its and not items:
            items = its
        total = total if total is not None else tot
    if not currency:
        allc = [a.currency for t in docs for a in find_amounts(t) if a.currency]
        currency = allc[0] if allc else (agency or {}).get("currency")
    return {"payer": {"name": payer_name, "org_no": payer_org},
            "payment_date": pay_date.isoformat() if pay_date else None,
            "total": total, "currency": currency, "items": items}


def _read_rows(rows: list[list[str]]) -> tuple[list[dict], Decimal | None]:
    mapping: dict[int, str] = {}
    hdr = None
    for i, r in enumerate(rows):
        m: dict[int, str] = {}
        for j, c in enumerate(r):
            f = _COLMAP.get(norm_header(c))
            if f and f not in m.values():
                m[j] = f
        if "invoice_number" in m.values() and "amount" in m.values():
            hdr, mapping = i, m
            break
    if hdr is None:
        return [], None
    ncols = len(rows[hdr])
    items: list[dict] = []
    total = None
    for r in rows[hdr + 1:]:
        cells = list(r)
        if not any(c.strip() for c in cells):
            continue
        if all(re.fullmatch(r"[-=_ ]*", c) for c in cells):
            continue
        if cells and _TOTAL_RE.match(cells[0]):
            amts = [parse_amount(c) for c in cells[1:] if c.strip()]
            amts = [a for a in amts if a is not None]
            total = amts[-1] if amts else None
            break
        if len(cells) != ncols:
            # text rows: invoice number first, amount last
            if len(cells) < 2:
                continue
            inv = cells[0] if re.fullmatch(r"[A-Z0-9-]{3,20}", cells[0].strip()) else None
            amt = parse_amount(cells[-1])
            if inv and amt is not None:
                mid = [c for c in cells[1:-1] if not find_dates(c, 2000)]
                items.append({"invoice_number": inv, "reference": _ref(mid[0]) if mid else None, "amount": amt})
            continue
        vals = {f: cells[j] for j, f in mapping.items() if j < len(cells)}
        inv = (vals.get("invoice_number") or "").strip()
        amt = parse_amount(vals.get("amount", ""))
        if not inv or amt is None or not re.search(r"\d", inv):
            continue
        items.append({"invoice_number": inv, "reference": _ref(vals.get("reference", "")), "amount": amt})
    return items, total

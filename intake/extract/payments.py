"""Payment advices (betalningsavisering, maksuilmoitus, remittance advice) → payer, date, total, items.

The advice is a table of invoices paid; credit notes appear as negative amounts. References are normalised
(digits without spaces, RF references upper case). The payer is taken as stated, with no registry lookup.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
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


@dataclass
class _Advice:
    """What has been read of an advice so far (the first value found for each field wins)."""

    payer_name: str | None = None
    payer_org: str | None = None
    pay_date: dt.date | None = None
    currency: str | None = None
    items: list[dict] = field(default_factory=list)
    total: Decimal | None = None


def parse_advice(texts: list[str], tables: list[list[list[str]]], on: dt.date, agency: dict | None,
                 is_agency_id: Callable[[str], bool]) -> dict:
    """Read an advice from plain texts (body incl. forwarded part, PDF text) and ruled tables (PDF)."""
    adv = _Advice()
    docs = _advice_parts(texts)
    agency_names = {(agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    for t in docs:
        _read_text(adv, t, on, is_agency_id, agency_names)
    _read_tables(adv, tables)
    if not adv.currency:
        allc = [a.currency for t in docs for a in find_amounts(t) if a.currency]
        adv.currency = allc[0] if allc else (agency or {}).get("currency")
    return {"payer": {"name": adv.payer_name, "org_no": adv.payer_org},
            "payment_date": adv.pay_date.isoformat() if adv.pay_date else None,
            "total": adv.total, "currency": adv.currency, "items": adv.items}


def _advice_parts(texts: list[str]) -> list[str]:
    """Each text restricted to the advice part (from the marker on) when the marker is inside it."""
    docs = []
    for t in texts:
        m = MARKER_RE.search(t)
        docs.append(t[m.start():] if m else t)
    return docs


def _read_text(adv: _Advice, t: str, on: dt.date, is_agency_id: Callable[[str], bool],
               agency_names: set[str]) -> None:
    """Labelled fields and identifiers line by line, the payer from the letterhead, the item rows, the currency."""
    for ln in t.splitlines():
        _read_line(adv, ln, on, is_agency_id)
    if not adv.payer_name:
        adv.payer_name = _letterhead_payer(t, agency_names)
    if not adv.items:
        rows = [[c[2] for c in split_text_row(ln)] for ln in t.splitlines()]
        adv.items, tot = _read_rows(rows)
        adv.total = adv.total or tot
    if not adv.currency:
        hm = re.search(r"(?i)\((SEK|EUR|USD|NOK|DKK)\)", t)
        if hm:
            adv.currency = hm.group(1).upper()


def _read_line(adv: _Advice, ln: str, on: dt.date, is_agency_id: Callable[[str], bool]) -> None:
    """A `label: value` line (payer, payment date, currency) and the first org number that is not the agency's."""
    lab, sep, val = ln.partition(":")
    f = _LABMAP.get(" ".join(lab.replace(".", "").split()).casefold()) if sep else None
    if f == "payer" and not adv.payer_name:
        adv.payer_name = re.split(r"\s*\(|,\s", val.strip())[0].strip() or None
    elif f == "date" and not adv.pay_date:
        ds = find_dates(val, on.year)
        adv.pay_date = ds[0].first if ds else None
    elif f == "currency" and not adv.currency:
        cm = re.search(r"\b[A-Z]{3}\b", val)
        adv.currency = cm.group(0) if cm else None
    for i in find_identifiers(ln, on):
        if i.value and not adv.payer_org and not is_agency_id(i.raw):
            adv.payer_org = i.value


def _letterhead_payer(t: str, agency_names: set[str]) -> str | None:
    """A company name (with a legal-form suffix, not the agency's) among the first lines under the marker."""
    for ln in t.splitlines()[1:8]:
        s = ln.strip()
        if _LEGAL.search(s) and s.casefold() not in agency_names and len(s.split()) <= 6:
            return s
    return None


def _read_tables(adv: _Advice, tables: list[list[list[str]]]) -> None:
    """Items and total from ruled (PDF) tables when the texts did not give both."""
    for tb in tables:
        if adv.items and adv.total is not None:
            break
        its, tot = _read_rows(tb)
        if its and not adv.items:
            adv.items = its
        adv.total = adv.total if adv.total is not None else tot


def _header_row(rows: list[list[str]]) -> tuple[int | None, dict[int, str]]:
    """The first row naming both an invoice-number and an amount column, with its column → field mapping."""
    for i, r in enumerate(rows):
        m: dict[int, str] = {}
        for j, c in enumerate(r):
            f = _COLMAP.get(norm_header(c))
            if f and f not in m.values():
                m[j] = f
        if "invoice_number" in m.values() and "amount" in m.values():
            return i, m
    return None, {}


def _read_rows(rows: list[list[str]]) -> tuple[list[dict], Decimal | None]:
    """The items under the header row, up to a total row (whose last amount is the total)."""
    hdr, mapping = _header_row(rows)
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

"""Tables from any source (plain text, HTML, CSV, XLSX, PDF) → customer info + line items.

Every tabular source is first turned into rows of strings; one header vocabulary (Swedish, Finnish, English)
maps columns to fields. Sum, subtotal, VAT and example rows are not lines. Rows carrying customer columns are
grouped into one fragment per customer, in order of first appearance.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from .amounts import find_amounts, parse_amount
from .dates import find_dates
from .identifiers import find_vat_numbers, normalise_org
from .model import CustomerInfo, Fragment, LineItem, Where
from .numbers_words import word_value

_HEADERS: dict[str, tuple[str, ...]] = {
    "customer_number": ("kundnr", "kundnummer", "kund nr", "customer no", "customer number", "customer_no",
                        "customer id", "asiakasnumero", "asiakasnro", "asiakas nro", "kundnr/asiakasnro"),
    "customer_name": ("kund", "kundnamn", "customer", "customer name", "customer_name", "asiakas", "asiakkaan nimi",
                      "nimi", "beställare", "company", "företag", "yritys"),
    "org_no": ("orgnr", "org nr", "organisationsnummer", "organisationsnr", "org no", "org_no", "business id",
               "business_id", "y-tunnus", "ytunnus", "personnummer", "pnr", "orgnr/pnr", "reg no", "company id"),
    "vat_no": ("momsregnr", "vat no", "vat number", "vat_no", "alv-numero", "alv-tunnus", "momsnummer"),
    "buyer_reference": ("er referens", "er ref", "referens", "your reference", "your_ref", "your ref",
                        "buyer reference", "viitteenne", "kundens referens", "reference", "contact"),
    "order_reference": ("beställningsnr", "beställningsnummer", "ordernr", "ordernummer", "ert ordernr", "po",
                        "po number", "order no", "order number", "order_no", "purchase order", "tilausnumero",
                        "tilausnro", "inköpsordernr"),
    "address": ("adress", "fakturaadress", "postadress", "address", "billing address", "laskutusosoite", "osoite"),
    "einvoice": ("peppol", "peppol id", "peppol_id", "verkkolaskuosoite", "ovt", "ovt-tunnus", "gln",
                 "e-invoice address"),
    "email": ("e-post", "email", "e-mail", "sähköposti"),
    "article": ("artikel", "art", "artnr", "art nr", "artikelnr", "artikelnummer", "tuote", "tuotekoodi",
                "tuotenro", "item", "item code", "article", "product", "product code", "code", "koodi"),
    "description": ("benämning", "beskrivning", "text", "description", "selite", "kuvaus", "specifikation",
                    "tjänst", "palvelu", "service"),
    "quantity": ("antal", "qty", "quantity", "määrä", "kpl", "lkm", "mängd", "kpl-määrä", "antal timmar",
                 "antal st", "timmar", "hours", "pcs", "pieces", "units", "tunnit", "tuntimäärä", "no of units"),
    "unit": ("enhet", "yks", "yksikkö", "unit"),
    "unit_price": ("à-pris", "a-pris", "á-pris", "pris/enhet", "pris per enhet", "styckpris", "pris", "unit price",
                   "unit_price", "price", "hinta", "yksikköhinta", "à-hinta", "a-hinta", "kpl-hinta", "price each"),
    "amount": ("belopp", "summa", "amount", "total", "yhteensä", "radbelopp", "line total", "netto"),
    "vat_rate": ("moms", "momssats", "alv", "vat", "vat rate", "vat_rate", "moms %", "alv %", "vat %"),
    "period": ("period", "avser", "ajanjakso", "jakso", "laskutusjakso", "datum", "date", "sample date",
               "sample_date", "näytepäivä", "päivämäärä", "leveransdatum", "toimituspäivä", "service date",
               "delivery date", "utförd", "period/datum"),
    "period_start": ("period från", "från", "from", "alkaen", "alkupäivä", "start", "period start", "period_start",
                     "start date", "fr o m", "from date"),
    "period_end": ("period till", "till", "to", "asti", "loppupäivä", "end", "period end", "period_end", "end date",
                   "t o m", "to date"),
}
HEADER_MAP: dict[str, str] = {syn: f for f, syns in _HEADERS.items() for syn in syns}

_SUM_RE = re.compile(r"(?i)^\s*(?:summa|sum|total|totalt|yhteensä|subtotal|delsumma|välisumma|moms|alv|vat|"
                     r"att betala|maksettava|amount due|total paid|summa betalt|netto|brutto)\b")
_EXAMPLE_RE = re.compile(r"(?i)^\s*(?:exempel|esimerkki|example|e\.g\.|t\.ex\.|esim\.)")
_CODE_RE = re.compile(r"^[A-Za-z]{0,3}-?\d{2,6}[A-Za-z]?$")


def norm_header(h: str) -> str:
    """'Unit price (EUR)' → 'unit price'; 'Moms %' → 'moms'; 'Org.nr' → 'orgnr'."""
    s = re.sub(r"\(.*?\)", "", h or "")
    s = s.replace("_", " ").replace(".", "").replace(":", "")
    s = re.sub(r"[%€$£]|\bsek\b|\beur\b", "", s, flags=re.IGNORECASE)
    return " ".join(s.split()).casefold()


def map_header(cells: list[str]) -> dict[int, str] | None:
    """Column index → field when `cells` looks like a line-table header, else None."""
    mapping: dict[int, str] = {}
    for i, c in enumerate(cells):
        h = norm_header(c)
        f = HEADER_MAP.get(h)
        if not f and "/" in h:      # "Hours / pcs", "Antal/kpl": the first part that names a field
            f = next((HEADER_MAP[p.strip()] for p in h.split("/") if p.strip() in HEADER_MAP), None)
        if f and f not in mapping.values():
            mapping[i] = f
    fields = set(mapping.values())
    if len(mapping) >= 2 and fields & {"article", "description"} and fields & {"quantity", "unit_price", "amount",
                                                                                "article"}:
        return mapping
    return None


def parse_quantity(cell: str) -> Decimal | None:
    """'6.5', '7,5', '14', 'två', '21 vrk (7.9.–27.9.2026)' → Decimal."""
    s = (cell or "").strip()
    if not s:
        return None
    m = re.match(r"^(-?\d+(?:[.,]\d+)?)(?![\d.]*\.\d+\.)", s)
    if m and not re.match(r"^\d{1,2}\.\d{1,2}\.", s):
        try:
            return Decimal(m.group(1).replace(",", "."))
        except InvalidOperation:
            return None
    w = s.split()[0] if s.split() else ""
    return word_value(w)


def parse_percent(cell: str) -> Decimal | None:
    m = re.search(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%?", cell or "")
    if not m:
        return None
    v = Decimal(m.group(1).replace(",", "."))
    return v if v <= 50 else None


def _fmt_pct(v: Decimal) -> Decimal:
    return v.normalize() if v == v.to_integral() else v


def _code(cell: str) -> str | None:
    s = (cell or "").strip()
    if not s:
        return None
    tok = s.split()[0]
    return tok.upper() if _CODE_RE.match(tok) else None


def rows_to_fragments(rows: list[list[str]], part: str, year: int, row_base: int = 1, page: int | None = None,
                      kind_row: str = "row") -> tuple[list[Fragment], list[tuple[str, str, Where]], int | None]:
    """Find the header, read the rows below it. Returns (fragments, label/value pairs found above the header,
    header row index or None). Rows are grouped by customer when the table has customer columns."""
    hdr_idx = None
    mapping: dict[int, str] = {}
    for i, r in enumerate(rows[:60]):
        m = map_header(r)
        if m:
            hdr_idx, mapping = i, m
            break
    kv: list[tuple[str, str, Where]] = []
    above = rows if hdr_idx is None else rows[:hdr_idx]
    for i, r in enumerate(above):
        cells = [c for c in r if c.strip()]
        if len(cells) >= 2 and not re.search(r"\d", cells[0]):
            kv.append((cells[0].rstrip(":").strip(), " ".join(cells[1:]).strip(),
                       Where(part, row=i + row_base if kind_row == "row" else None,
                             line=i + row_base if kind_row == "line" else None, page=page)))
        elif len(cells) == 1 and ":" in cells[0]:
            lab, _, val = cells[0].partition(":")
            kv.append((lab.strip(), val.strip(), Where(part, row=i + row_base, page=page)))
    if hdr_idx is None:
        return [], kv, None
    headers = rows[hdr_idx]
    groups: dict[str, Fragment] = {}
    order: list[str] = []
    for i in range(hdr_idx + 1, len(rows)):
        r = rows[i]
        if not any(c.strip() for c in r):
            continue
        if all(re.fullmatch(r"[-=_+|: ]*", c or "") for c in r):
            continue
        vals = {f: (r[j].strip() if j < len(r) else "") for j, f in mapping.items()}
        joined = " ".join(c for c in r if c)
        if _EXAMPLE_RE.search(joined) or any(_EXAMPLE_RE.match(c or "") for c in r):
            continue
        code = _code(vals.get("article", ""))
        if not code and any(_SUM_RE.match(c or "") for c in r if c):
            continue
        if not code and not vals.get("description") and not vals.get("quantity"):
            continue
        rownum = i + row_base
        def w(f: str, rownum: int = rownum) -> Where:
            col = next((headers[j] for j, ff in mapping.items() if ff == f), None)
            return Where(part, row=rownum if kind_row == "row" else None, line=rownum if kind_row == "line" else None,
                         col=col, page=page)
        li = LineItem()
        if code:
            li.article = code
            li.where["article"] = w("article")
            rest = vals["article"].strip()[len(code):].strip(" -–:")
            if rest and not vals.get("description"):
                li.description = rest
        if vals.get("description"):
            li.description = vals["description"]
            li.where["description"] = w("description")
        if vals.get("quantity"):
            li.quantity = parse_quantity(vals["quantity"])
            li.where["quantity"] = w("quantity")
            if li.period is None:
                ds = find_dates(vals["quantity"], year)
                if ds:
                    li.period = (ds[0].first, ds[0].last)
        if vals.get("unit_price"):
            li.unit_price = parse_amount(vals["unit_price"])
            li.price_approx = li.unit_price is None and any(a.approximate for a in find_amounts(vals["unit_price"]))
            li.where["unit_price"] = w("unit_price")
            li.currency = next((a.currency for a in find_amounts(vals["unit_price"]) if a.currency), None)
        if vals.get("amount"):
            li.amount = parse_amount(vals["amount"])
            li.where["amount"] = w("amount")
        if vals.get("vat_rate"):
            p = parse_percent(vals["vat_rate"])
            if p is not None:
                li.vat_rate = _fmt_pct(p)
                li.where["vat_rate"] = w("vat_rate")
        ps = vals.get("period_start")
        pe = vals.get("period_end")
        start, end = ps or pe, pe or ps   # one of the two stands for both
        if start and end:
            a = find_dates(start, year)
            b = find_dates(end, year)
            if a and b:
                li.period = (a[0].first, b[0].last)
                li.where["period"] = w("period_start" if ps else "period_end")
        elif vals.get("period"):
            ds = find_dates(vals["period"], year)
            if ds:
                li.period = (ds[0].first, ds[0].last)
                li.where["period"] = w("period")
        cust = CustomerInfo()
        if vals.get("customer_number"):
            cust.customer_number = re.sub(r"\.0$", "", vals["customer_number"])
            cust.where["customer_number"] = w("customer_number")
        if vals.get("customer_name"):
            cust.name = vals["customer_name"]
            cust.where["name"] = w("customer_name")
        if vals.get("org_no"):
            org, country = normalise_org(vals["org_no"], dt.date(year, 6, 30))
            if org:
                cust.org_no, cust.country = org, country
            else:
                cust.org_invalid = True
            cust.where["org_no"] = w("org_no")
        if vals.get("vat_no"):
            v = find_vat_numbers(vals["vat_no"])
            cust.vat_no = v[0][2] if v else None
        for f in ("buyer_reference", "order_reference", "email", "einvoice"):
            if vals.get(f) and vals[f].strip() not in ("-", "–", "—"):
                setattr(cust, f, vals[f])
                cust.where[f] = w(f)
        if vals.get("address"):
            cust.address = {"text": vals["address"]}
        key = cust.key()
        if key not in groups:
            groups[key] = Fragment(customer=cust, source=part)
            order.append(key)
        else:
            groups[key].customer.merge(cust)
        groups[key].lines.append(li)
    return [groups[k] for k in order], kv, hdr_idx


def split_text_row(line: str) -> list[tuple[int, int, str]]:
    """A plain-text table row into cells with positions: pipes if present, else runs of 2+ spaces/tabs."""
    if line.count("|") >= 2:
        cells = []
        pos = 0
        body = line
        for seg in body.split("|"):
            cells.append((pos, pos + len(seg), seg.strip()))
            pos += len(seg) + 1
        if cells and not cells[0][2]:
            cells = cells[1:]
        if cells and not cells[-1][2] and line.rstrip().endswith("|"):
            cells = cells[:-1]
        return cells
    out = []
    for m in re.finditer(r"\S+(?:[ ](?! )\S+)*", line.replace("\t", "  ")):
        out.append((m.start(), m.end(), m.group(0)))
    return out


def align_row(header: list[tuple[int, int, str]], row: list[tuple[int, int, str]]) -> list[str]:
    """Cells of a fixed-width row placed under the header column they overlap most (numbers are right-aligned)."""
    if len(row) == len(header):
        return [c[2] for c in row]
    out = [""] * len(header)
    bounds = []
    for i in range(len(header)):
        nxt = header[i + 1][0] if i + 1 < len(header) else 10 ** 6
        prev_end = header[i - 1][1] if i > 0 else -1
        bounds.append((prev_end + 1, nxt - 1 if i + 1 < len(header) else 10 ** 6))
    for s, e, txt in row:
        best, score = 0, -1
        for i, (bs, be) in enumerate(bounds):
            ov = min(e, be) - max(s, bs)
            if ov > score:
                best, score = i, ov
        out[best] = (out[best] + " " + txt).strip()
    return out

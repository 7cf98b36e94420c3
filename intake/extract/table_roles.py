"""What an attached table is, whatever its file or sheet is called: a price list, a payment advice, or lines.

A file name is the sender's word and often a template's ("faktureringsunderlag.csv" holding a bank export,
"prislista.xlsx" holding a request); the columns say what the rows are:

- a **price list** has articles and prices but no count, no line amount and no customer: its rows are the
  register's prices, never lines to invoice. Read as lines they would bill articles nobody ordered, or (with a
  "Nimi"/"Name" column taken for a customer) make phantom requests. A table that names a customer above its
  header (a form's "Kund:" block) is a request whose counts are missing, and stays one (the counts are asked).
- a **payment advice** table names the paid invoice (number and OCR/viite reference, or one of them beside the
  payer or the payment day) and an amount, and no article or count: what was paid, never what to invoice.
"""
from __future__ import annotations

import re

from .columns import header_field, map_header
from .payment_rows import header_row, read_rows
from .tables import find_header

#: a bare name column beside an article column is the article's name ("Tuote | Nimi | Hinta"), not a customer
_BARE_NAME = {"namn", "name", "nimi", "benämning"}
#: columns that make rows lines of a request: a count, a line amount, a customer, a period
_REQUEST_FIELDS = {"quantity", "amount", "customer_number", "org_no", "vat_no", "period", "period_start",
                   "period_end", "buyer_reference", "order_reference"}
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _price_column(text: str) -> bool:
    """A price header, also one dated by a year ("Pris 2027", "Hinta 2027 (EUR)")."""
    return header_field(text) == "unit_price" or header_field(_YEAR_RE.sub(" ", text or "")) == "unit_price"


def is_price_list(rows: list[list[str]], hints: dict[str, str] | None = None) -> bool:
    """Whether a table (CSV, sheet) is a price list: see the module docstring."""
    found = find_header(rows, hints)
    if found is None:
        return False
    i, mapping, texts, n = found
    fields = {f for j, f in mapping.items() if not (f == "customer_name" and _bare(texts, j))}
    if fields & _REQUEST_FIELDS or "customer_name" in fields or "article" not in fields:
        return False
    price_cols = [j for j, t in enumerate(texts) if _price_column(t)]
    if not price_cols or _labelled_above(rows[:i]):
        return False
    priced = [r for r in rows[i + n:] if any(j < len(r) and re.search(r"\d", r[j]) for j in price_cols)]
    return len(priced) >= 2


def _bare(texts: list[str], j: int) -> bool:
    return j < len(texts) and texts[j].strip().rstrip(":").casefold() in _BARE_NAME


def _labelled_above(rows: list[list[str]]) -> bool:
    """Label/value cells above the header ("Kund: X", "Asiakas | X Oy"): a form naming whom the lines are for."""
    for r in rows:
        cells = [c.strip() for c in r if c and c.strip()]
        if len(cells) >= 2 or any(":" in c.rstrip(":") or c.endswith(":") for c in cells):
            return True
    return False


def is_advice_table(rows: list[list[str]]) -> bool:
    """Whether a table lists payments received: see the module docstring."""
    hdr, mapping = header_row(rows)
    if hdr is None:
        return False
    fields = set(mapping.values())
    keyed = {"invoice_number", "reference"} <= fields or \
        bool(fields & {"invoice_number", "reference"} and fields & {"payer", "pay_date"})
    if not keyed:
        return False
    req = map_header(rows[hdr]) or {}
    if set(req.values()) & {"article", "quantity", "unit_price"}:
        return False
    items, _total = read_rows(rows)
    return bool(items)


def has_advice_table(tables: list[list[list[str]]]) -> bool:
    """Whether any attached table is a payment advice's item table."""
    return any(is_advice_table(tb) for tb in tables)


def prefer_table_items(advice: dict, tables: list[list[list[str]]]) -> None:
    """An advice whose text gave fewer items than its ruled table lists: the table's items (and its total when
    none was read). A PDF table's rows run together as text ("Lasku 772101 7721010 2 352,00") read loosely,
    only the row with a word the loose reader knows (a credit note) may be found; the table, cut into cells under
    a header naming the invoice and amount columns, keeps every row. Taken only when it holds every invoice the
    text found, so the text and the table never disagree on what was paid."""
    have = {i.get("invoice_number") for i in advice.get("items") or []}
    for tb in tables:
        items, total = read_rows(tb)
        if len(items) > len(have) and have <= {i.get("invoice_number") for i in items}:
            advice["items"] = items
            if advice.get("total") is None:
                advice["total"] = total
            return

"""The invoicing file format: CSV, XLSX or a JSON batch → rows of one invoice line each, grouped per invoice.

Agencies deliver their invoicing as files (Statens servicecenter: "Fakturering sker som regel genom filinläsning";
Valtiokonttori's Excel invoicing-request template). One row is one invoice line; rows with the same `invoice_key`
make one invoice (a row without a key is an invoice of its own). Columns (headers in Swedish, Finnish or English,
any order, case ignored): COLUMNS below, aliases in HEADERS. A row whose first cell starts with `#` is a comment
(the template's example rows) and is ignored.

* CSV: `;` (or `,` / TAB, whichever the header line uses), UTF-8 (with or without BOM) or Windows-1252; decimals
  with a comma or a point, thousands separated by spaces ("1 250,50", "1250.50", "1,250.50").
* XLSX: the first visible sheet whose first non-empty row has the headers, read streamed (openpyxl read_only).
* JSON: {"batch_id", "invoices": [{"invoice_key", "customer": {...}, ..., "lines": [{...}]}]} (README).
Dates ISO (2026-11-30) or Nordic (30.11.2026). Reading never raises on a bad value: the row carries its errors
(field, code) and core.requests.batch_check words them; only an unreadable file raises `BatchFileError`.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from core.kernel.errors import ValidationError

COLUMNS = ("invoice_key", "customer_number", "org_no", "customer_name", "buyer_reference", "order_reference",
           "invoice_date", "due_date", "article", "description", "quantity", "unit_price", "vat_rate",
           "period_start", "period_end", "text", "currency",
           # optional: a new customer's address, so it can be created without a question
           "street", "postal_code", "city", "country", "email")
INVOICE_FIELDS = ("customer_number", "org_no", "customer_name", "buyer_reference", "order_reference",
                  "invoice_date", "due_date", "text", "currency", "street", "postal_code", "city", "country",
                  "email")
DECIMALS = ("quantity", "unit_price", "vat_rate")
DATES = ("invoice_date", "due_date", "period_start", "period_end")
MAX_ROWS = 100_000
MAX_TEXT = 500

# the header as written (casefolded, spaces and punctuation as underscores) -> the column
HEADERS: dict[str, str] = {c: c for c in COLUMNS} | {
    "fakturanyckel": "invoice_key", "faktura": "invoice_key", "fakturanr": "invoice_key", "laskuavain": "invoice_key",
    "lasku": "invoice_key", "invoice": "invoice_key", "key": "invoice_key",
    "kundnummer": "customer_number", "kundnr": "customer_number", "asiakasnumero": "customer_number",
    "asiakasnro": "customer_number", "customer_no": "customer_number",
    "organisationsnummer": "org_no", "orgnr": "org_no", "org_nr": "org_no", "personnummer": "org_no",
    "y_tunnus": "org_no", "ytunnus": "org_no", "organisation_number": "org_no", "business_id": "org_no",
    "kundnamn": "customer_name", "namn": "customer_name", "asiakkaan_nimi": "customer_name", "asiakas": "customer_name",
    "nimi": "customer_name", "customer": "customer_name", "name": "customer_name",
    "er_referens": "buyer_reference", "köparens_referens": "buyer_reference", "referens": "buyer_reference",
    "viitteenne": "buyer_reference", "ostajan_viite": "buyer_reference", "your_reference": "buyer_reference",
    "ordernummer": "order_reference", "beställningsnummer": "order_reference", "tilausnumero": "order_reference",
    "order_number": "order_reference",
    "fakturadatum": "invoice_date", "laskun_päivämäärä": "invoice_date", "laskupäivä": "invoice_date",
    "förfallodatum": "due_date", "förfallodag": "due_date", "eräpäivä": "due_date",
    "artikel": "article", "artikelnummer": "article", "artikelkod": "article", "nimike": "article",
    "tuote": "article", "tuotekoodi": "article", "article_code": "article",
    "beskrivning": "description", "benämning": "description", "kuvaus": "description", "selite": "description",
    "antal": "quantity", "kvantitet": "quantity", "määrä": "quantity", "kpl": "quantity", "qty": "quantity",
    "à_pris": "unit_price", "a_pris": "unit_price", "pris": "unit_price", "styckpris": "unit_price",
    "á_hinta": "unit_price", "a_hinta": "unit_price", "yksikköhinta": "unit_price", "hinta": "unit_price",
    "price": "unit_price",
    "moms": "vat_rate", "momssats": "vat_rate", "moms_%": "vat_rate", "alv": "vat_rate", "alv_%": "vat_rate",
    "alv_kanta": "vat_rate", "vat": "vat_rate", "vat_%": "vat_rate",
    "period_från": "period_start", "period_fr_o_m": "period_start", "från": "period_start",
    "kausi_alkaa": "period_start", "jakso_alkaa": "period_start", "alkaa": "period_start",
    "period_till": "period_end", "period_t_o_m": "period_end", "till": "period_end", "kausi_päättyy": "period_end",
    "jakso_päättyy": "period_end", "päättyy": "period_end",
    "fakturatext": "text", "text_på_fakturan": "text", "meddelande": "text", "laskun_teksti": "text",
    "lisätieto": "text", "viesti": "text", "note": "text", "message": "text",
    "valuta": "currency", "valuutta": "currency",
    "gatuadress": "street", "adress": "street", "katuosoite": "street", "osoite": "street", "address": "street",
    "postnummer": "postal_code", "postinumero": "postal_code", "zip": "postal_code",
    "ort": "city", "postort": "city", "postitoimipaikka": "city", "kaupunki": "city",
    "land": "country", "maa": "country", "e_post": "email", "epost": "email", "sähköposti": "email",
    "e_mail": "email",
}


class BatchFileError(ValueError):
    """The file cannot be read at all (not CSV, XLSX or JSON; no header row; too many rows)."""


@dataclass
class Row:
    """One invoice line as read: `row` is its number as the sender sees it (the spreadsheet row; for JSON the
    running line number), `values` the typed values (str, Decimal, date), `problems` (field, code, raw value)."""

    row: int
    values: dict[str, Any]
    problems: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.values.get("invoice_key") or f"#row{self.row}"


@dataclass
class Batch:
    """A file's rows grouped per invoice (in the order each invoice first appears)."""

    format: str
    invoices: dict[str, list[Row]]
    rows: int
    client_batch_id: str | None = None
    header_problems: list[str] = field(default_factory=list)


# ---- values --------------------------------------------------------------------------------------------------------

_DEC_RE = re.compile(r"^[+-]?\d+(\.\d+)?$")
_NORDIC_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_decimal(text: str) -> Decimal:
    """A number as Swedes, Finns and spreadsheets write it: "1 250,50", "1250.50", "1,250.50", "-3"."""
    s = re.sub(r"[\s\u00a0\u202f']", "", text)
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        if s.count(",") > 1:
            raise ValueError(text)
        s = s.replace(",", ".")
    if not _DEC_RE.match(s) or len(s.split(".")[0].lstrip("+-")) > 12 or len(s.partition(".")[2]) > 6:
        raise ValueError(text)  # at most 12 digits before and 6 after the point, as the API's decimals
    try:
        return Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def parse_date(text: str) -> dt.date:
    """ISO (2026-11-30, also 20261130) or Nordic (30.11.2026, 1.2.2026)."""
    s = text.strip()
    m = _NORDIC_DATE.match(s)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if re.fullmatch(r"\d{8}", s):
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    return dt.date.fromisoformat(s[:10])


def _cell(v: object) -> str:
    """A cell (CSV text or an openpyxl value) as text; dates as ISO, whole floats without ".0"."""
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else format(Decimal(repr(v)), "f")
    return str(v).strip()


def typed_row(row_no: int, raw: dict[str, object]) -> Row:
    """One row's values typed (decimals, dates), texts trimmed; what does not parse is a problem of the row."""
    values: dict[str, Any] = {}
    problems: list[tuple[str, str, str]] = []
    for col in COLUMNS:
        text = _cell(raw.get(col))[:MAX_TEXT]
        if not text:
            continue
        try:
            if col in DECIMALS:
                values[col] = parse_decimal(text)
            elif col in DATES:
                values[col] = parse_date(text)
            elif col == "currency":
                values[col] = text.upper()
            else:
                values[col] = text
        except ValueError:
            problems.append((col, "not_a_number" if col in DECIMALS else "not_a_date", text))
    return Row(row_no, values, problems)


# ---- headers -------------------------------------------------------------------------------------------------------


def header_key(text: object) -> str:
    return re.sub(r"[\s.\-/()]+", "_", _cell(text).casefold()).strip("_")


def map_headers(cells: list[object]) -> tuple[dict[int, str], list[str]]:
    """Column positions → columns; the headers no column matches (reported, the rest still read)."""
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for i, c in enumerate(cells):
        key = header_key(c)
        if not key:
            continue
        col = HEADERS.get(key)
        if col is None or col in mapping.values():
            unknown.append(_cell(c))
        else:
            mapping[i] = col
    return mapping, unknown


def _is_header(mapping: dict[int, str]) -> bool:
    cols = set(mapping.values())
    return bool(cols & {"article", "description", "unit_price", "quantity"}) and len(cols) >= 3


# ---- readers -------------------------------------------------------------------------------------------------------


def read_batch(stream: IO[bytes], filename: str = "") -> Batch:
    """Read a whole batch from a binary stream; the format from the content (XLSX zip, JSON, else CSV)."""
    head = stream.read(4)
    stream.seek(0)
    if head.startswith(b"PK\x03\x04"):
        return group("xlsx", _xlsx_rows(stream))
    if head.lstrip()[:1] in (b"{", b"[") or filename.lower().endswith(".json"):
        return read_json(stream.read())
    return group("csv", _csv_rows(stream))


def _csv_rows(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, object]] | list[str]]:
    """CSV rows as {column: text}, numbered as lines; yields the unknown headers (a list) first. Streamed: one
    pass tells UTF-8 from Windows-1252 (an incremental decoder, nothing kept), the second reads row by row."""
    encoding = "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        encoding = "cp1252"
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    try:
        first = text.readline()
        counts = {d: first.count(d) for d in (";", "\t", ",")}
        delim = max(counts, key=lambda d: (counts[d], d == ";"))
        reader = csv.reader(itertools.chain([first], text), delimiter=delim)
        yield from _mapped(enumerate(reader, 1))
    finally:
        text.detach()  # the caller owns the stream


def _xlsx_rows(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, object]] | list[str]]:
    """XLSX rows streamed from the first visible sheet that has a header row (hidden list sheets skipped)."""
    import openpyxl  # a heavy import, only when a spreadsheet comes

    try:
        wb = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, key errors) for a broken file
        raise BatchFileError(f"not a readable XLSX file ({type(exc).__name__})") from exc
    try:
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            rows = enumerate(ws.iter_rows(values_only=True), 1)
            found = False
            for item in _mapped(rows, lookahead=20):
                found = True
                yield item
            if found:
                return
    finally:
        wb.close()


def _mapped(rows: Iterable[tuple[int, Iterable[object]]],
            lookahead: int = 5) -> Iterator[tuple[int, dict[str, object]] | list[str]]:
    """Find the header row among the first rows, then yield the data rows keyed by column."""
    mapping: dict[int, str] | None = None
    for no, cells in rows:
        cells = list(cells)
        if mapping is None:
            if no > lookahead:
                return
            cand, unknown = map_headers(cells)
            if _is_header(cand):
                mapping = cand
                yield unknown
            continue
        if not any(_cell(c) for c in cells) or _cell(cells[0] if cells else "").startswith("#"):
            continue
        yield no, {col: cells[i] for i, col in mapping.items() if i < len(cells)}


def group(fmt: str, items: Iterable[tuple[int, dict[str, object]] | list[str]]) -> Batch:
    """Rows grouped per invoice key; BatchFileError when no header row was found or the file is too large."""
    batch = Batch(fmt, {}, 0)
    header_seen = False
    for item in items:
        if isinstance(item, list):
            header_seen = True
            batch.header_problems = item
            continue
        batch.rows += 1
        if batch.rows > MAX_ROWS:
            raise BatchFileError(f"more than {MAX_ROWS} rows: split the file")
        row = typed_row(*item)
        batch.invoices.setdefault(row.key, []).append(row)
    if not header_seen:
        raise BatchFileError("no header row found (expected columns such as invoice_key, article, quantity, "
                             "unit_price; see the template)")
    return batch


def read_json(data: bytes | str | dict) -> Batch:
    """A JSON batch: {"batch_id", "invoices": [{invoice fields, "customer": {...}, "lines": [...]}]}."""
    try:
        body = json.loads(data) if isinstance(data, (bytes, str)) else data
    except (ValueError, UnicodeDecodeError) as exc:
        raise BatchFileError(f"not valid JSON: {exc}") from exc
    if isinstance(body, list):
        body = {"invoices": body}
    if not isinstance(body, dict) or not isinstance(body.get("invoices"), list):
        raise BatchFileError('a JSON batch is an object with a list "invoices"')
    batch_id = body.get("batch_id")
    return _with_id(group("json", _json_rows(body["invoices"])), batch_id)


def _with_id(batch: Batch, batch_id: object) -> Batch:
    if batch_id is not None:
        if not isinstance(batch_id, (str, int)) or not str(batch_id).strip() or len(str(batch_id)) > 100:
            raise ValidationError("batch_id must be a text of at most 100 characters", "batch_id")
        batch.client_batch_id = str(batch_id).strip()
    return batch


def _json_rows(invoices: list[Any]) -> Iterator[tuple[int, dict[str, object]] | list[str]]:
    yield []
    no = 0
    for i, inv in enumerate(invoices):
        if not isinstance(inv, dict):
            raise BatchFileError(f"invoices[{i}] is not an object")
        cust: dict[str, Any] = inv["customer"] if isinstance(inv.get("customer"), dict) else {}
        addr: dict[str, Any] = cust["address"] if isinstance(cust.get("address"), dict) else {}
        head = {k: _scalar(inv.get(k)) for k in INVOICE_FIELDS}
        head.update(customer_number=_scalar(cust.get("customer_number")), org_no=_scalar(cust.get("org_no")),
                    customer_name=_scalar(cust.get("name")), email=_scalar(cust.get("email")),
                    country=_scalar(cust.get("country")),
                    **{k: _scalar(addr.get(k) or cust.get(k)) for k in ("street", "postal_code", "city")})
        key = _scalar(inv.get("invoice_key")) or f"invoices[{i}]"
        lines: list[Any] = inv["lines"] if isinstance(inv.get("lines"), list) else [{}]
        for ln in lines:
            no += 1
            ln = ln if isinstance(ln, dict) else {}
            yield no, {**head, "invoice_key": key, **{k: _scalar(ln.get(k)) for k in
                                                     ("article", "description", "quantity", "unit_price",
                                                      "vat_rate", "period_start", "period_end")}}


def _scalar(v: object) -> object:
    """JSON values as cells: numbers as their text (floats refused by reading their shortest text)."""
    if isinstance(v, (dict, list)):
        return json.dumps(v)
    if isinstance(v, float):
        return repr(v)
    return v

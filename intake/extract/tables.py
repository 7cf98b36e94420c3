"""Tables from any source (plain text, HTML, CSV, TSV, XLSX, PDF) → customer info + line items.

Every tabular source is first turned into rows of strings; `columns` types each column (a learned hint, the
header's sv/fi/en synonyms over one or two header rows, the cells' content) and `table_cells` reads the cells.
Sum, subtotal, VAT and example rows are not lines. Rows naming customers are grouped into one fragment per
customer, in order of first appearance. A row with empty customer cells continues the customer above only when
the table's shape says the author writes each customer once above its rows; otherwise it stays a request of its
own that asks for the customer — one row's customer is never joined with another row's lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .amounts import find_amounts, parse_cell_amount
from .article_columns import melt_article_columns
from .billable_flags import flag_columns, flagged_not_billed
from .cell_dates import date_in_text_cell
from .code_columns import article_by_content, register_code, register_codes
from .columns import (
    CUSTOMER_FIELDS,
    HEADER_MAP,
    combined_header,
    map_header,
    name_beside_identity,
    norm_header,
    type_columns,
)
from .count_columns import count_by_content
from .identifiers import find_vat_numbers, normalise_org
from .lexicon import label_field
from .model import CustomerInfo, Fragment, LineItem, Where
from .period_columns import periods_not_counts
from .registry import Registry
from .row_numbers import row_number_columns
from .site_columns import site_as_description
from .table_cells import (
    cell_period,
    code_of,
    day_month_cell,
    fmt_pct,
    is_example_cell,
    is_not_invoiced,
    is_sum_cell,
    opens_a_sum_row,
    parse_percent,
    parse_quantity,
)
from .unit_columns import collapse_unit_columns

__all__ = ["HEADER_MAP", "align_row", "map_header", "norm_header", "parse_percent", "parse_quantity",
           "rows_to_fragments", "split_text_row"]

_LINE_FIELDS = ("article", "description", "quantity", "unit_price", "amount")
#: key of a row's values that names the columns no rule typed (headers of non-empty cells)
_UNREAD = "_unread"
_REMARK = "remark"
#: free-text remark columns: read by people, never a value of the line (not "unread")
_REMARK_RE = re.compile(r"(?i)^(?:kommentar\w*|anmärkning\w*|notering\w*|not|noter|övrigt|övr|info|"
                        r"information|huom\w*|kommentti\w*|lisätie\w*|muuta|comments?|remarks?|notes?|other|"
                        r"memo|obs)$")

#: a cell that says its price is a lump sum (never "Totalt"/"Yhteensä": those head sum rows in a table)
FIXED_PRICE_RE = re.compile(r"(?i)\b(?:fast pris|fastpris|fast avgift|engångsavgift|engångsbelopp|klumpsumma|"
                             r"kiinteä(?:än)? hin(?:ta|taan|nalla)|kiinteä maksu|kertamaksu|fixed fee|fixed price|"
                             r"flat fee|flat rate|lump[ -]sum)\b")


@dataclass
class _Table:
    """A located table: where its header is, what each column holds, and how provenance is written."""

    part: str
    year: int
    row_base: int
    page: int | None
    kind_row: str
    mapping: dict[int, str] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)    # the register's article codes (upper-cased)

    def code(self, cell: str) -> str | None:
        """The article code an article cell starts with: a usual code's shape, else a register code."""
        return code_of(cell) or register_code(cell, self.codes)

    def where(self, f: str, rownum: int, rule: str = "table") -> Where:
        col = next((self.headers[j] for j, ff in self.mapping.items() if ff == f and j < len(self.headers)), None)
        return Where(self.part, row=rownum if self.kind_row == "row" else None,
                     line=rownum if self.kind_row == "line" else None, col=col, page=self.page,
                     rule=f"{rule}:{norm_header(col or f)}", how="stated")


def find_header(rows: list[list[str]], hints: dict[str, str] | None = None
                ) -> tuple[int, dict[int, str], list[str], int] | None:
    """(row index, column → field, header text per column, header rows) of the first line-table header."""
    for i, r in enumerate(rows[:100]):
        m = map_header(r, hints)
        if m:
            mapping, texts, n = combined_header(rows, i, m, hints)
            return i, mapping, texts, n
    return None


#: a cell that holds its label and its value: "Er referens: Kristina Ahl", "Ert ordernr: BEF-PO-7781"
_SELF_LABELLED_RE = re.compile(r"[^:\d]{1,40}:\s*\S")


def _labelled_cells(cells: list[str]) -> list[tuple[str, str]]:
    """A row of "label: value" cells is as many pairs (holdout 36: "Er referens: Kristina Ahl" beside "Ert ordernr:
    …" was one label whose value was the next cell, the reference "Kristina Ahl:"); a cell without its own label
    continues the value before it."""
    out: list[tuple[str, str]] = []
    for c in cells:
        if _SELF_LABELLED_RE.match(c):
            lab, _, val = c.partition(":")
            out.append((lab.strip(), val.strip()))
        else:
            out[-1] = (out[-1][0], f"{out[-1][1]} {c.strip()}")
    return out


def _above_kv(rows: list[list[str]], t: _Table) -> list[tuple[str, str, Where]]:
    """Label/value cells above the header (the customer block of a form sheet)."""
    kv: list[tuple[str, str, Where]] = []
    for i, r in enumerate(rows):
        n = i + t.row_base
        w = Where(t.part, row=n if t.kind_row == "row" else None, line=n if t.kind_row == "line" else None,
                  page=t.page, rule="table:label", how="stated")
        cells = [c for c in r if c.strip()]
        if len(cells) >= 2 and _SELF_LABELLED_RE.match(cells[0]):
            kv.extend((lab, val, w) for lab, val in _labelled_cells(cells))
        elif len(cells) >= 2 and not re.search(r"\d", cells[0]):
            kv.append((cells[0].rstrip(":").strip(), " ".join(cells[1:]).strip(), w))
        elif len(cells) == 1 and ":" in cells[0]:
            lab, _, val = cells[0].partition(":")
            kv.append((lab.strip(), val.strip(), w))
        elif len(set(cells)) == 1:     # a title, merged across the sheet ("Maj 2027 – X AB, kundnr C-4105")
            kv.append(("", cells[0].strip(), w))
    return kv


def _skip_row(r: list[str], vals: dict[str, str], t: _Table) -> bool:
    """Empty, rule, example, not-to-invoice, sum/VAT and text-only rows are not lines."""
    if not any(c.strip() for c in r) or all(re.fullmatch(r"[-=_+|: ]*", c or "") for c in r):
        return True
    if any(is_example_cell(c) or is_not_invoiced(c) for c in r) or is_example_cell(" ".join(c for c in r if c)):
        return True
    code = t.code(vals.get("article", ""))
    if not code and any(is_sum_cell(c) for c in r if c):
        return True
    if not code and opens_a_sum_row(next((c for c in r if c.strip()), ""), bool(vals.get("quantity"))):
        return True     # "Delsumma Nordbyggen … 10 500,00", "Totalt att fakturera … 18 100,00", "Summa antal prov 46"
    return not code and not vals.get("description") and not vals.get("quantity") and not _named(vals)


def _line(vals: dict[str, str], t: _Table, rownum: int) -> LineItem:
    """One data row's line item (every value with its cell as provenance)."""
    li = LineItem()
    code = t.code(vals.get("article", ""))
    if code:
        li.article = code
        li.where["article"] = t.where("article", rownum)
        rest = vals["article"].strip()[len(code):].strip(" -–:")
        if rest and not vals.get("description"):
            li.description = rest
    if vals.get("description"):
        li.description = " ".join(vals["description"].split())
        li.where["description"] = t.where("description", rownum)
    if vals.get("quantity"):
        li.quantity = parse_quantity(vals["quantity"])
        li.where["quantity"] = t.where("quantity", rownum)
        li.period = cell_period(vals["quantity"], t.year) if re.search(r"\d[./-]\d", vals["quantity"]) else None
    fixed = next((f for f in ("description", "quantity", "unit_price", "amount")     # "Antal: fast pris"
                  if FIXED_PRICE_RE.search(vals.get(f, ""))), None)
    if li.quantity is None and fixed:   # "Analyysi, kiinteä hinta": a lump sum is one (the contract's lump-sum words)
        li.quantity, li.lump_sum = Decimal(1), True
        li.where["quantity"] = t.where(fixed, rownum, rule="table:fixed price")
    if vals.get("unit_price"):
        found = find_amounts(vals["unit_price"])
        li.unit_price = parse_cell_amount(vals["unit_price"])
        li.price_approx = li.unit_price is None and any(a.approximate for a in found)
        li.where["unit_price"] = t.where("unit_price", rownum)
        li.currency = next((a.currency for a in found if a.currency), None)
    if li.unit_price is None and not vals.get("amount") and vals.get("description"):
        _price_in_text(li, vals["description"], t.where("description", rownum, rule="table:price in text"))
    if vals.get("amount"):
        li.amount = parse_cell_amount(vals["amount"])
        li.where["amount"] = t.where("amount", rownum)
    if vals.get("vat_rate"):
        p = parse_percent(vals["vat_rate"])
        if p is not None:
            li.vat_rate = fmt_pct(p)
            li.where["vat_rate"] = t.where("vat_rate", rownum)
    _period(li, vals, t, rownum)
    date_in_text_cell(li, vals.get("description", ""), t.where("description", rownum), t.year)
    date_in_text_cell(li, vals.get(_REMARK, ""), t.where(_REMARK, rownum), t.year)
    unread = [c for c in (vals.get(_UNREAD), _unread_article(vals, code, t)) if c]
    if unread:   # a column no rule knows held a value on this row: the line may be incomplete
        li.where["unread"] = Where(t.part, row=rownum if t.kind_row == "row" else None,
                                   line=rownum if t.kind_row == "line" else None, col=" | ".join(unread),
                                   page=t.page, rule="table:unread", how="stated")
    return li


def _unread_article(vals: dict[str, str], code: str | None, t: _Table) -> str | None:
    """The article column's header when its cell held a value beside the line's own text and no code was read
    from it. Why: an article the reading lost takes the register's price and VAT rate with it (the agency's
    default rate stands in silently), so a line whose article cell said something no rule read is never a
    straight-through line, whatever shape of code the next register uses."""
    cell = vals.get("article", "").strip()
    if code or not cell or not vals.get("description", "").strip() or cell == vals["description"].strip():
        return None
    return next((t.headers[j] for j, f in t.mapping.items() if f == "article" and j < len(t.headers)), "article")


def _price_in_text(li: LineItem, text: str, where: Where) -> None:
    """A table without a price column whose text cell prices its one unit ("Selvitys, 38 h á 95,00 €", "Kurs à
    1 200 kr"): the price behind the price sign, in money — the one price the row states."""
    priced = [a for a in find_amounts(text) if a.has_currency and not a.approximate and a.value is not None
              and re.search(r"(?:^|\s)[àáa@]\s*$", text[max(0, a.start - 3):a.start])]
    if len(priced) == 1:
        li.unit_price, li.currency = priced[0].value, priced[0].currency
        li.where["unit_price"] = where


def _period(li: LineItem, vals: dict[str, str], t: _Table, rownum: int) -> None:
    """Period columns: from/to (one of them stands for both), else one period/date column."""
    ps, pe = vals.get("period_start"), vals.get("period_end")
    if ps or pe:
        a = cell_period(ps or pe or "", t.year)
        b = cell_period(pe or ps or "", t.year)
        if a and b and a[0] <= b[1]:
            li.set_period((a[0], b[1]), t.where("period_start" if ps else "period_end", rownum))
    elif vals.get("period"):
        per = cell_period(vals["period"], t.year) or day_month_cell(vals["period"], t.year)   # "11.6"
        if per:
            li.set_period(per, t.where("period", rownum))


def _customer(vals: dict[str, str], t: _Table, rownum: int) -> CustomerInfo:
    """What one row says about its customer."""
    cust = CustomerInfo()
    if vals.get("customer_number"):
        cust.customer_number = re.sub(r"\.0$", "", vals["customer_number"])
        cust.where["customer_number"] = t.where("customer_number", rownum)
    if vals.get("customer_name"):
        cust.name = " ".join(vals["customer_name"].split())
        cust.where["name"] = t.where("customer_name", rownum)
    if vals.get("org_no"):
        org, country = normalise_org(vals["org_no"], dt.date(t.year, 6, 30))
        vat = find_vat_numbers(vals["org_no"])
        if org:
            cust.org_no, cust.country = org, country
        elif vat and not vals.get("vat_no"):   # a "VAT / Reg. no" column: a foreign customer's VAT number
            cust.vat_no = vat[0][2]
        else:
            cust.org_invalid = True
        cust.where["org_no"] = t.where("org_no", rownum)
    if vals.get("vat_no"):
        v = find_vat_numbers(vals["vat_no"])
        cust.vat_no = v[0][2] if v else None
    for f in ("buyer_reference", "order_reference", "email", "einvoice"):
        if vals.get(f) and vals[f].strip() not in ("-", "–", "—"):
            setattr(cust, f, vals[f])
            cust.where[f] = t.where(f, rownum)
    if vals.get("address"):
        cust.address = {"text": vals["address"]}
    return cust


def _named(vals: dict[str, str]) -> bool:
    return any(vals.get(f, "").strip() for f in CUSTOMER_FIELDS)


def _fills_down(data: list[dict[str, str]]) -> bool:
    """Whether the author writes each customer once above its rows: rows without a customer follow a named row,
    and no customer is ever repeated on the next row (an author who repeats customers left a blank by mistake)."""
    keys = [tuple(v.get(f, "").strip().casefold() for f in CUSTOMER_FIELDS) if _named(v) else None for v in data]
    if not keys or keys[0] is None or all(k is not None for k in keys):
        return False
    return all(not (a is not None and a == b) for a, b in zip(keys, keys[1:]))


def rows_to_fragments(rows: list[list[str]], part: str, year: int, row_base: int = 1, page: int | None = None,
                      kind_row: str = "row", registry: Registry | None = None, hints: dict[str, str] | None = None
                      ) -> tuple[list[Fragment], list[tuple[str, str, Where]], int | None]:
    """Find the header, read the rows below it. Returns (fragments, label/value pairs found above the header,
    header row index or None). Rows are grouped by customer when the table has customer columns."""
    t = _Table(part, year, row_base, page, kind_row, codes=register_codes(registry))
    rows = collapse_unit_columns(rows, hints)   # "Antal" over "st" | "h": one count column
    rows = melt_article_columns(rows, registry)     # "Vuxen älg (LJ30)" | "Kalv (LJ40)": one row per article
    found = find_header(rows, hints)
    if found is None:
        return [], _above_kv(rows, t), None
    hdr_idx, mapping, t.headers, n_hdr = found
    kv = _above_kv(rows[:hdr_idx], t)
    body = list(range(hdr_idx + n_hdr, len(rows)))
    ncols = max((len(rows[i]) for i in body), default=0)
    hinted = {j for j, h in enumerate(t.headers) if hints and h and " ".join(h.split()).casefold() in hints}
    t.mapping = name_beside_identity(type_columns([rows[i] for i in body], mapping, ncols, registry, hinted),
                                     t.headers)
    t.mapping = site_as_description(t.mapping, t.headers)   # "Provpunkt", "Näytepiste": the line's text
    t.mapping = periods_not_counts([rows[i] for i in body], t.mapping, t.headers, year, hints)   # "Viikot: vko 8"
    t.mapping = article_by_content([rows[i] for i in body], t.mapping, t.headers, registry, hinted)
    t.mapping = site_as_description(t.mapping, t.headers)   # "Item" | "Code": the code found by content, the name
    t.mapping = count_by_content([rows[i] for i in body], t.mapping, t.headers, hinted)   # "Hakuja" 12 480
    data = []
    ordinal = row_number_columns(t.headers, [rows[i] for i in body])    # "Rad" 1, 2, 3 …: the rows' own numbers
    flags = flag_columns(t.headers, set(t.mapping))     # "Billable": N rows are statistics, not lines
    for i in body:
        r = rows[i]
        vals = {f: (r[j].strip() if j < len(r) else "") for j, f in t.mapping.items()}
        if not _skip_row(r, vals, t) and not flagged_not_billed(r, flags):
            unread = [t.headers[j] for j in range(min(len(r), len(t.headers)))
                      if j not in t.mapping and j not in ordinal and t.headers[j].strip() and r[j].strip()
                      and not _REMARK_RE.match(norm_header(t.headers[j]))
                      and label_field(t.headers[j]) != "agency_case"]   # the agency's own case number
            if unread:
                vals[_UNREAD] = " | ".join(unread)
            remarks = [r[j].strip() for j in range(min(len(r), len(t.headers))) if j not in t.mapping and
                       r[j].strip() and _REMARK_RE.match(norm_header(t.headers[j]))]
            if remarks:     # "Kommentar: Fältdagar vecka 45": the row's date when no other cell dates it
                vals[_REMARK] = " | ".join(remarks)
            data.append((i + row_base, vals))
    return _group(data, t), kv, hdr_idx


def _group(data: list[tuple[int, dict[str, str]]], t: _Table) -> list[Fragment]:
    """Fragments per customer in order of first appearance (see the module doc for rows without a customer)."""
    has_cust = any(f in CUSTOMER_FIELDS for f in t.mapping.values())
    some_named = has_cust and any(_named(v) for _, v in data)
    fill = some_named and _fills_down([v for _, v in data])
    groups: dict[str, Fragment] = {}
    order: list[str] = []
    last: CustomerInfo | None = None
    for rownum, vals in data:
        cust = _customer(vals, t, rownum)
        if some_named and not _named(vals):
            if fill and last is not None:
                own = set(cust.where)
                cust.merge(last)
                cust.where = {k: (w if k in own else replace(w, rule="table:continued", how="inferred"))
                              for k, w in cust.where.items()}
            else:
                cust.blank_row = f"{t.part} {'row' if t.kind_row == 'row' else 'line'} {rownum}"
        elif _named(vals):
            last = cust
        has_line = any(vals.get(f, "").strip() for f in _LINE_FIELDS)
        key = cust.key()
        if key not in groups:
            groups[key] = Fragment(customer=cust, source=t.part)
            order.append(key)
        else:
            groups[key].customer.merge(cust)
        if has_line:
            groups[key].lines.append(_line(vals, t, rownum))
    return [groups[k] for k in order]


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

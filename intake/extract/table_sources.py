"""Attachments that are tables — CSV/TSV, XLSX, PDF — read into fragments with one table reader.

Which sheets hold data: instruction sheets ("Instruktioner", "Ohjeet", "Read me", "Exempel") are never read, a
totals/summary sheet ("Summering", "Yhteenveto", "Totals") only when no other sheet has lines (its rows repeat the
data sheets'), every other sheet is read on its own and customers are merged later. Label/value cells above a
sheet's header (a form's customer block) are read like labelled text, but instruction prose there is not. A
price list (a CSV, a sheet or a block with prices but no count and no customer, intake.extract.table_roles) is
never read as lines, whatever the file is called.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .columns import map_header
from .count_lists import list_sum_fragment
from .csvfile import read_csv
from .group_sums import drop_group_sums
from .measures import drop_foreign_measure_columns
from .model import Fragment, Where
from .pdf_layout import pdf_fragments
from .table_roles import is_price_list
from .tables import rows_to_fragments
from .text import read_text
from .text_context import TextContext
from .title_period import date_by_stated_rows
from .unit_columns import collapse_unit_columns

__all__ = ["csv_fragments", "pdf_fragments", "sheet_fragments"]

MAX_SCAN = 2000
_INSTRUCTION_SHEET_RE = re.compile(r"(?i)^\s*(?:instruktion|anvisning|ohje|read ?me|läs ?mig|lue ?minut|"
                                   r"instructions?|help|hjälp|exempel|esimerkki|example|info\b|guide|opas)")
_TOTALS_SHEET_RE = re.compile(r"(?i)^\s*(?:summ|total|yhteenveto|yhteensä|sammanst|översikt|summary|overview)")
_INSTRUCTION_TEXT_RE = re.compile(r"(?i)\b(?:fyll i|ange|skriv|täytä|syötä|merkitse|enter|fill in|please|obs\b|"
                                  r"huom\b|note\b|exempel|esimerkki|example|t\.ex\.|esim\.|e\.g\.)")


def _ctx(ctx: TextContext, part: str) -> TextContext:
    return replace(ctx, part=part)


def _keep_kv(label: str, value: str) -> bool:
    """A form's label/value cell pair, not a sentence of instructions."""
    return bool(value) and len(label.split()) <= 5 and len(value.split()) <= 10 and \
        not _INSTRUCTION_TEXT_RE.search(f"{label} {value}")


def with_kv(frs: list[Fragment], kv: list[tuple[str, str, Where]], ctx: TextContext, label: str) -> list[Fragment]:
    """Label/value cells above a table (customer block of a form) read like labelled text, before the table.
    When they name a customer, the table's rows without a customer of their own are that customer's."""
    pairs = [(k, v) for k, v, _ in kv if k and _keep_kv(k, v)]
    head = [f for f in read_text("\n".join(f"{k}: {v}" for k, v in pairs), _ctx(ctx, label))
            if f.customer.has_identity() or f.lines] if pairs else []
    owner = next((f for f in head if f.customer.has_identity()), None) or _titled_owner(kv, ctx, label)
    if owner is None and not pairs:
        return frs
    if owner is not None and owner not in head:
        head.append(owner)
    rest = []
    for f in frs:
        if owner is not None and not f.customer.has_identity():
            owner.lines.extend(f.lines)
        else:
            rest.append(f)
    return head + rest


def _titled_owner(kv: list[tuple[str, str, Where]], ctx: TextContext, label: str) -> Fragment | None:
    """The customer a sheet's title names ("Sjukresor maj 2027 – Omsorgshemmet Linden AB, kundnr C-4105"): only
    its customer is read — a title states no line of its own."""
    titles = [v for k, v, _ in kv if not k and len(v.split()) <= 20]
    if not titles:
        return None
    named = [f for f in read_text("\n".join(titles), _ctx(ctx, label)) if f.customer.has_identity()]
    if len(named) != 1:
        return None
    named[0].lines = []
    return named[0]


def _kv_row(r: list[str]) -> bool:
    cells = [c for c in r if c.strip()]
    return not cells or (len(cells) <= 3 and not re.search(r"\d", cells[0]))


def blocks(rows: list[list[str]], hints: dict[str, str] | None = None) -> list[tuple[int, list[list[str]]]]:
    """A sheet holding several customer blocks, each a label/value block above its own line table: (first row
    index, rows) per block. One block when the header occurs once."""
    heads = [i for i, r in enumerate(rows[:MAX_SCAN]) if map_header(r, hints)]
    if len(heads) < 2:
        return [(0, rows)]
    starts = [0]
    for h in heads[1:]:
        k = h
        while k > starts[-1] + 1 and _kv_row(rows[k - 1]):
            k -= 1
        starts.append(k)
    return [(a, rows[a:b]) for a, b in zip(starts, [*starts[1:], len(rows)])]


def _table_fragments(rows: list[list[str]], part: str, ctx: TextContext) -> list[Fragment]:
    """Every block of a sheet/CSV: its label/value cells and its table."""
    out: list[Fragment] = []
    rows = collapse_unit_columns(rows, ctx.hints)   # a two-row header's unit row is no second header
    found = blocks(rows, ctx.hints)
    for n, (start, block) in enumerate(found):
        if n + 1 < len(found) and _instructions(block, ctx.hints):
            continue    # instructions with a sample table above the real one: the sample is no request
        if is_price_list(block, ctx.hints):
            continue    # prices with no count and no customer: the register's prices, no lines (table_roles)
        fr, kv, _ = rows_to_fragments(block, part, ctx.year, row_base=start + 1, registry=ctx.registry,
                                      hints=ctx.hints)
        fr = drop_group_sums(fr)    # "Summa Västnylands IF … 76" under that club's rows: no customer of its own
        drop_foreign_measure_columns([li for f in fr for li in f.lines], ctx)    # "Yta m²" for a piece article
        listed = None if fr else list_sum_fragment(block, part, ctx.year)   # dates and counts, no article
        fr = [listed] if listed else fr
        date_by_stated_rows(fr, block, part, ctx)   # "Period: 1.5–30.9.2026", "Underlag november 2026"
        out.extend(with_kv(fr, kv, ctx, part))
    return out


def _instructions(block: list[list[str]], hints: dict[str, str] | None) -> bool:
    """Whether the text above a block's table is instructions ("Fyll i en rad per …", "Täytä …")."""
    above: list[str] = []
    for r in block:
        if map_header(r, hints):
            break
        above.extend(c for c in r if c.strip())
    return any(_INSTRUCTION_TEXT_RE.search(c) for c in above)


def csv_fragments(data: bytes, label: str, ctx: TextContext) -> list[Fragment]:
    """A CSV/TSV attachment (any encoding, delimiter and line ends)."""
    return _table_fragments(read_csv(data), label, ctx)


def sheet_fragments(sheets: list[tuple[str, list[list[str]]]], label: str, ctx: TextContext) -> list[Fragment]:
    """Every data sheet of a workbook in order; instruction sheets skipped, totals sheets as a last resort."""
    out: list[Fragment] = []
    totals: list[list[Fragment]] = []
    for title, rows in sheets:
        if _INSTRUCTION_SHEET_RE.match(title or ""):
            continue
        part = f"{label}!{title}"
        frs = _table_fragments(rows, part, ctx)
        if _TOTALS_SHEET_RE.match(title or "") and len(sheets) > 1:
            totals.append(frs)
            continue
        out.extend(frs)
    if not any(f.lines for f in out):
        for frs in totals:
            out.extend(frs)
    return out

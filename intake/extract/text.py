"""Plain text (and HTML rendered to text) → invoice-request fragments.

Agencies write requests three ways, often mixed in one mail: labelled fields (`Kund: …`, `Y-tunnus: …`),
tables (pipe or fixed-width), and prose ("Kan ni fakturera X 3 timmar à 1 150 kr?"). Each is read by its own
pass (`labels`, the tables below, `prose_lines`; the customer by `customer_text`); prose only fills what the
structured passes did not. Signatures, quoted question mails and the agency's own identifiers are never read as
customer data, amounts or lines (`segments`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .amounts import declared_currency
from .corrections import apply_corrections
from .customer_blocks import mark_orphans, split_customers
from .customer_text import find_name, identifiers_and_refs, order_reference_in
from .forward_note import join_note_and_order
from .labels import read_labelled
from .model import Fragment, LineItem, Where
from .prose_lines import apply_request_periods, prose_lines
from .quoting import assign_roles, centre_addresses, mark_role, read_segment, reading_order
from .segments import Segment, split_segments
from .tables import align_row, map_header, rows_to_fragments, split_text_row
from .text_context import RequestPeriod, TextContext


def read_text(text: str, ctx: TextContext, subject: str = "") -> list[Fragment]:
    """All fragments in a text document (one per customer found in tables, else one for the document)."""
    if ctx.declared_currency is None and (cur := declared_currency(text)):
        ctx = replace(ctx, declared_currency=cur)
    segments = reading_order(assign_roles(split_segments(text), ctx.subject or subject, ctx.agency,
                                          centre_addresses(ctx.registry.data), ctx.from_name))
    doc = Fragment(source=ctx.part)
    table_frags: list[Fragment] = []
    seen_sigs: list[list[tuple]] = []
    request_periods: list[RequestPeriod] = []
    used: list[Segment] = []
    for seg in segments:
        if not read_segment(seg, bool(doc.lines or table_frags), any(s.role == "quoted" for s in used)):
            continue
        before = (set(doc.customer.where), len(table_frags))  # what this segment adds gets its role (quoting)
        # several customers in one body: one fragment per customer block (the rest is read below)
        seg, blocks = split_customers(seg, ctx, lambda b: _read_block(b, ctx, request_periods))
        table_frags.extend(blocks)
        used.append(seg)
        seg_lines = _segment_lines(seg, ctx, doc, table_frags, request_periods)
        mark_role(seg.role, seg_lines, doc.customer, table_frags, before)
        sigs = [li.signature() for li in seg_lines]
        if seg_lines and any(sigs == s for s in seen_sigs):
            continue  # a re-send quoting its own earlier copy: the request once
        seen_sigs.append(sigs)
        doc.lines.extend(seg_lines)
    doc.lines = join_note_and_order(doc.lines, used, ctx)
    apply_corrections(doc.lines, used, ctx)   # "bara två fältdagar, inte tre" above the order for three
    find_name(used, ctx, doc, subject)
    mark_orphans(doc, [f for f in table_frags if f.source == "block"], ctx.part)
    apply_request_periods(doc, request_periods)
    _reverse_charge(used, [doc, *table_frags], ctx)
    whole = next((per for word, per, _ in request_periods if not word), None)
    if whole:
        for f in table_frags:
            for li in f.lines:
                li.period = li.period or whole
    frags = []
    if doc.customer.has_identity() or doc.lines or not table_frags:
        frags.append(doc)
    frags.extend(table_frags)
    _subject_order_reference(frags, subject, ctx)
    return frags


#: a supply under the reverse charge (EU trade): no VAT is invoiced on any of its lines
_REVERSE_CHARGE_RE = re.compile(r"(?i)\b(?:reverse[\s-]+charge\w*|omvänd\s+skattskyldighet|käännetty\w*\s+"
                                r"verovelvollisuu\w*|omvänd\s+betalningsskyldighet)\b")


def _reverse_charge(used: list[Segment], frags: list[Fragment], ctx: TextContext) -> None:
    """"Reverse charge, VAT 0 %" said once in the newest text: the rate 0 for every line whose own text states
    none (the contract's VAT rate "as written for the line or request")."""
    said = any(_REVERSE_CHARGE_RE.search(" ".join(t for _n, t in seg.body())) for seg in used
               if seg.role in ("newest", "forwarded"))
    if not said:
        return
    for f in frags:
        for li in f.lines:
            if "vat_rate" not in li.where:
                li.vat_rate, li.where["vat_rate"] = Decimal(0), Where(ctx.part, rule="request:reverse charge")


def _subject_order_reference(frags: list[Fragment], subject: str, ctx: TextContext) -> None:
    """A labelled order number only in the subject ("PO 4500123456 / …", "Tilausnumero 4500777111") is the order
    reference of a mail about one customer whose text states none."""
    named = [f for f in frags if f.lines or f.customer.has_identity()]
    if not subject or len(named) != 1 or any(f.customer.order_reference for f in frags):
        return
    ref = order_reference_in(subject, ctx)
    if ref:
        named[0].customer.order_reference = ref
        named[0].customer.where["order_reference"] = Where(ctx.part, rule="subject", how="stated")


def _read_block(block: Segment, ctx: TextContext, periods: list[RequestPeriod]) -> list[Fragment]:
    """One customer's block of a body naming several, read like a text of its own (its own periods first, then
    those stated once for the whole request): its fragment, then tables naming customers of their own."""
    frag = Fragment(source="block")
    tables: list[Fragment] = []
    own: list[RequestPeriod] = []
    frag.lines = _segment_lines(block, ctx, frag, tables, own)
    mark_role(block.role, frag.lines, frag.customer, tables, (set(), 0))
    find_name([block], ctx, frag, "")
    apply_request_periods(frag, own + [p for p in periods if not p[0]])
    return [frag, *tables]


def _segment_lines(seg: Segment, ctx: TextContext, doc: Fragment, table_frags: list[Fragment],
                   request_periods: list[RequestPeriod]) -> list[LineItem]:
    """One segment's lines: tables, then labelled fields, then prose over what neither consumed. Tables naming a
    customer of their own go to `table_frags`; the customer this segment names fills `doc.customer`."""
    seg_lines: list[LineItem] = []
    body = seg.body()
    tfr, consumed = _text_tables(body, ctx)
    for f in tfr:
        if f.customer.has_identity():
            table_frags.append(f)
        else:
            seg_lines.extend(f.lines)
    # labelled fields (body and, for identifiers only, the signature)
    items, consumed_l = read_labelled([(n, t) for n, t in body if n not in consumed], ctx, doc, request_periods)
    consumed |= consumed_l
    seg_lines.extend(items)
    identifiers_and_refs(seg, ctx, doc)
    prose = prose_lines([(n, t) for n, t in body if n not in consumed], ctx,
                        {li.article for li in seg_lines if li.article}, request_periods)
    seg_lines.extend(prose)
    if discount_stated(" ".join(t for _n, t in body)):
        for li in seg_lines:    # the invoiced price is neither the register's nor the one written: asked
            li.unit_price, li.amount, li.price_approx = None, None, True
    _foreign_currency_prices(seg_lines, (ctx.agency or {}).get("currency"))
    return seg_lines


def _foreign_currency_prices(lines: list[LineItem], home: str | None) -> None:
    """Lines in two currencies (an expense "SEK 2,400" beside a EUR agency's register-priced line): one invoice
    has one currency and converting is not ours to guess, so the foreign price is asked. A request written in
    one foreign currency throughout keeps it (currency as written)."""
    stated = {li.currency.upper() for li in lines if li.currency}
    if not home or len(lines) < 2 or not (stated - {home.upper()}):
        return
    if len(stated) == 1 and all(li.currency for li in lines):
        return
    for li in lines:
        if li.currency and li.currency.upper() != home.upper():
            li.unit_price, li.amount, li.price_approx, li.currency = None, None, True, None


#: a discount in per cent ("rabatt 10 %", "10 % rabatt", "alennus 15 %", "15 %:n alennus", "discount of 5%")
#: or as an amount ("rabatt 500 kr på fakturan", "alennus -15%")
_DISCOUNT_RE = re.compile(
    r"(?i)\b(?:rabatt\w*|alennu\w*|alennukse\w*|discount\w*|avdrag)\b[^\d\n]{0,12}?[-−–]?\s*"
    r"(?P<a>\d[\d \u00a0]*(?:[.,]\d{1,2})?)"
    r"|(?P<b>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:%|procent|prosent\w*|percent)(?::n)?\s+(?:rabatt\w*|alennu\w*|discount)")


def discount_stated(text: str) -> bool:
    """A non-zero discount (per cent or an amount) stated in the text: the line prices it leaves are not the
    invoiced ones."""
    for m in _DISCOUNT_RE.finditer(text):
        if _NO_DISCOUNT_RE.search(text[max(0, m.start() - 12):m.end()]):
            continue    # "ingen rabatt", "rabatt ges ej, 3 st", "no discount"
        digits = re.sub(r"[ \u00a0]", "", m.group("a") or m.group("b")).replace(",", ".")
        if Decimal(digits) > 0:
            return True
    return False


_NO_DISCOUNT_RE = re.compile(r"(?i)\b(?:ingen|ej|inte|utan|ei|eikä|ilman|no|not|without)\b")


def _text_tables(body: list[tuple[int, str]], ctx: TextContext) -> tuple[list[Fragment], set[int]]:
    """Pipe tables and fixed-width tables with a known header."""
    out: list[Fragment] = []
    consumed: set[int] = set()
    i = 0
    while i < len(body):
        n, t = body[i]
        cells = split_text_row(t)
        if len(cells) >= 2 and map_header([c[2] for c in cells], ctx.hints):
            rows, nums, i = _table_rows(body, i, cells, consumed)
            frs, _, _ = rows_to_fragments(rows, ctx.part, ctx.year, row_base=0, kind_row="line",
                                          registry=ctx.registry, hints=ctx.hints)
            for f in frs:
                wheres = [w for li in f.lines for w in li.where.values()] + list(f.customer.where.values())
                for w in wheres:    # each Where once (lines and customer have their own)
                    if w.line is not None and 0 <= w.line < len(nums):
                        w.line = nums[w.line]
            out.extend(frs)
            consumed.update(nums)
            continue
        i += 1
    return out, consumed


def _table_rows(body: list[tuple[int, str]], i: int, header: list[tuple[int, int, str]],
                consumed: set[int]) -> tuple[list[list[str]], list[int], int]:
    """The rows of the table whose header is line `i` (aligned to the header), their line numbers, and the index
    after the table. Rule lines (`---|---`) are consumed without becoming rows."""
    rows = [[c[2] for c in header]]
    nums = [body[i][0]]
    j = i + 1
    while j < len(body):
        nj, tj = body[j]
        if not tj.strip():
            if j + 1 < len(body) and re.match(r"^\s*[-=|+ ]+$", body[j + 1][1] or "x"):
                j += 1
                continue
            break
        if re.fullmatch(r"[\s\-=|+:]+", tj):
            consumed.add(nj)
            j += 1
            continue
        rc = split_text_row(tj)
        if len(rc) < 2 and not re.search(r"\d", tj):
            break
        rows.append(align_row(header, rc))
        nums.append(nj)
        j += 1
    return rows, nums, j

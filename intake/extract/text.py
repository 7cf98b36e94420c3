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

from .alternative_counts import ask_alternative_count
from .amounts import declared_currency
from .clock_hours import apply_clock_hours
from .corrections import apply_corrections
from .customer_blocks import mark_orphans, split_customers
from .customer_text import find_name, identifiers_and_refs, order_reference_in
from .day_counts import apply_per_day_billing
from .follow_ups import complete_from_newest, fold_follow_ups, refers_back, source_sentence
from .forward_note import join_note_and_order
from .headerless_rows import inferred_header
from .index_raise import apply_index_raise
from .labels import read_labelled
from .line_day import date_lines_by_their_line
from .line_strikes import apply_strikes
from .list_dates import date_listed_lines
from .lone_counts import attach_lone_count
from .model import Fragment, LineItem, Where
from .order_below import customer_from_order_below
from .other_price import ask_other_price
from .period_counts import ask_period_count
from .price_sentences import discount_pair, discount_stated
from .prose_lines import codeless_line, prose_lines
from .quantities import article_codes_in
from .quoting import assign_roles, centre_addresses, mark_role, read_segment, reading_order
from .register_totals import totals_at_register_price
from .repeats import apply_repeat
from .request_periods import apply_request_periods
from .rough_sentences import fold_among_several
from .same_day import apply_same_day
from .second_counts import ask_second_count
from .segments import Segment, split_segments
from .started_time import apply_started_interval
from .tables import align_row, map_header, rows_to_fragments, split_text_row
from .text_context import RequestPeriod, TextContext
from .today_words import apply_today
from .unsure_customer import mark_unsure_customer


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
    if not doc.lines and not table_frags and len(used) == 1 and used[0].role == "newest":
        lone = codeless_line(used[0].body(), ctx)   # "hyrde ett seminarierum … 6 timmar": its price asked
        doc.lines = [lone] if lone else []
    doc.lines = join_note_and_order(doc.lines, used, ctx)
    customer_from_order_below(segments, used, doc, lambda seg, f: _read_scratch(seg, ctx, f))   # "alla … tilaus"
    apply_corrections(doc.lines, used, ctx)   # "bara två fältdagar, inte tre" above the order for three
    doc.lines = apply_strikes(doc.lines, used)   # "Stryk rad 2"
    find_name(used, ctx, doc, subject)
    mark_unsure_customer(doc, used, ctx)   # "Bergström Bygg – eller om det var Bergströms Bygg"
    mark_orphans(doc, [f for f in table_frags if f.source == "block"], ctx.part)
    apply_same_day(doc.lines, used, ctx)   # "… anlöp 18.11.2026 … H90 … Hamnavgiften H10, samma dag."
    apply_today(doc.lines, used, ctx)      # "Kört eskort … idag, 4,5 tim. VD30." under a forward of 9 March
    apply_request_periods(doc, request_periods, ctx)
    apply_repeat(doc.lines, used, ctx.year, ctx.part)   # "Samma som förra månaden … Gäller november"
    doc.lines = complete_from_newest(doc.lines, used, ctx)   # "glömde antalet: 2 st" above the own request
    ask_period_count(doc.lines, {n: t for s in used for n, t in s.body()}, ctx)   # "1.2.–31.3., 3 kk"
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
    apply_request_periods(frag, own + [p for p in periods if not p[0]], ctx)
    return [frag, *tables]


def _read_scratch(seg: Segment, ctx: TextContext, frag: Fragment) -> None:
    _segment_lines(seg, ctx, frag, [], [])


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
    prose = prose_lines(sorted([(n, t) for n, t in body if n not in consumed] + after_labelled(body, consumed_l, ctx)),
                        ctx, {li.article for li in seg_lines if li.article}, request_periods)
    seg_lines.extend(prose)
    seg_lines = attach_lone_count(seg_lines)     # "… (4010) för halva november / Antal: 0,5"
    seg_lines = fold_follow_ups(seg_lines, body, ctx)   # "… (BN30). Ersättningen blir 495 kr …"
    seg_lines = fold_among_several(seg_lines, body, ctx, source_sentence, refers_back)   # "noin 40" beside OP11, OP15
    totals_at_register_price(seg_lines, body, ctx)   # "Extratur XT10: 2 tim, 9 600 kr": the line's total
    ask_second_count(seg_lines, body, ctx)   # "… 2 vuorokautta … Huom. päiväkirjan mukaan kolme vuorokautta"
    ask_alternative_count(seg_lines, body, ctx)  # "720 kpl, tai sitten 760"
    date_lines_by_their_line(seg_lines, body, ctx)   # "Vi bogserade … den 14 januari … Debitera KB10."
    date_listed_lines(seg_lines, body, ctx)   # "… som senast:" / "Datum: 2027-03-06" / "Lotsning LO10: 6,5 tim"
    apply_started_interval(seg_lines, body, ctx.part)   # "… 1 tim 40 min. Vi debiterar per påbörjad halvtimme."
    said = " ".join(t for _n, t in body)
    apply_per_day_billing(seg_lines, said, ctx)   # "per deltagare och dag"
    apply_clock_hours(seg_lines, body, ctx)   # "eskort … kl. 22.15–02.00" for an hour article: 3.75
    if discount_stated(said) and not _one_discounted_line(seg_lines, said):
        for li in seg_lines:    # the invoiced price is neither the register's nor the one written: asked
            li.unit_price, li.amount, li.price_approx = None, None, True
    apply_index_raise(seg_lines, said)   # "räknas upp med KPI, 2,4 %": the stated result, else asked
    ask_other_price(seg_lines, body)     # "till förra årets pris" with no figure: asked, not the register's
    _foreign_currency_prices(seg_lines, (ctx.agency or {}).get("currency"))
    return seg_lines


def after_labelled(body: list[tuple[int, str]], consumed: set[int], ctx: TextContext) -> list[tuple[int, str]]:
    """The sentences after a labelled value on its own line that name an article ("ny kund: X AB orgnr …, 972 31
    Luleå. 2 st A110."): the label took the line for the customer, the request that follows it is prose. Codes the
    labels read already are skipped by the prose reader."""
    out = []
    for n, t in body:
        m = re.search(r"\.\s+(?=\S)", t) if n in consumed else None
        if m and article_codes_in(t[m.end():], ctx):
            out.append((n, t[m.end():]))
    return out


def _one_discounted_line(lines: list[LineItem], text: str) -> bool:
    """The one line of a segment priced at the list price or the discounted price the text states and checks
    (list price less the percentage, intake.extract.price_sentences): the discounted price is the invoiced one."""
    pair = discount_pair(text)
    if pair is None or len(lines) != 1 or lines[0].unit_price not in pair:
        return False
    lines[0].unit_price = pair[1]
    return True


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
        run = _pipe_run(body, i)
        header = inferred_header([[c[2] for c in split_text_row(body[k][1])] for k in run])
        if header:      # "EU20 | Meeting room | 2 | €480.00 | €960.00" with no header above
            frs, _, _ = rows_to_fragments([header] + [[c[2] for c in split_text_row(body[k][1])] for k in run],
                                          ctx.part, ctx.year, row_base=0, kind_row="line", registry=ctx.registry)
            for f in frs:
                for w in [w for li in f.lines for w in li.where.values()]:
                    if w.line is not None and 1 <= w.line <= len(run):
                        w.line = body[run[w.line - 1]][0]
            out.extend(frs)
            consumed.update(body[k][0] for k in run)
            i = run[-1] + 1
            continue
        i += 1
    return out, consumed


def _pipe_run(body: list[tuple[int, str]], i: int) -> list[int]:
    """The indexes of consecutive pipe rows from `i`."""
    run = []
    while i < len(body) and body[i][1].count("|") >= 2:
        run.append(i)
        i += 1
    return run


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

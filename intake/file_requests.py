"""Fragments of one message read together before they become requests: what only the whole message shows.

Why: a request from another system comes as a covering mail and a file. What one part says applies to another —
the mail's period to the file's lines (intake.extract.file_periods), an event's day to its lines
(intake.extract.event_period) — and a part's closing words can only be judged beside the other parts' lines:
"Summa 15 st, 12 750,00 kr" under a PDF table or "Yhteensä 27 kpl." states a total of the lines (a total is never
a line; it is checked against them), and "En flik per månad" in the covering mail counts the file's sheets,
not something to invoice; the quoted history is read only when nothing else gives a line, so a line read from
it beside a file's lines is none. Disagreements go to a clerk (`review`), never chosen.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from intake.extract.doubted_prices import ask_doubted_prices
from intake.extract.event_period import apply_event_period
from intake.extract.file_periods import apply_file_periods, cover_text
from intake.extract.mime import Mail
from intake.extract.model import Fragment, LineItem
from intake.extract.table_cells import is_sum_cell
from intake.extract.text_context import TextContext
from intake.gate_message import finding

#: the parts of a file a covering mail counts ("en flik per månad", "två bilagor", "yksi välilehti", "3 rows"):
#: never something to invoice
_FILE_NOUN_RE = re.compile(r"(?i)\b(?:flik\w*|blad\w*|kalkylblad\w*|sheets?|tabs?|välilehti\w*|välilehde\w*|"
                           r"rad|rader|raderna|rivi\w*|rows?|sida|sidor|sivu\w*|pages?|bilag\w*|liite\w*|"
                           r"attachments?|fil|filer|filen|tiedosto\w*|files?|kolumn\w*|sarake\w*|columns?)\b")


def prepare_fragments(frags: list[Fragment], mail: Mail, ctx: TextContext, out: dict[str, Any]) -> None:
    """Periods across parts, total lines and the covering mail's counts of the file dropped; doubts to `review`."""
    apply_event_period(frags, mail, ctx.year)   # the day of an attached or pasted invitation
    doubts = apply_file_periods(frags, mail, ctx)
    doubts += _drop_total_lines(frags)
    _drop_file_counts(frags)
    _drop_quoted_fallback(frags)
    ask_doubted_prices(frags, cover_text(mail))    # "jag vet inte vilket pris som gäller": asked, never chosen
    if doubts:
        out.setdefault("review", []).extend(finding("file_disagrees", "lines", why) for why in doubts)


def _is_total(li: LineItem) -> bool:
    text = (li.description or "").strip(" .:;,")
    return not li.article and bool(text) and is_sum_cell(text)


def _drop_total_lines(frags: list[Fragment]) -> list[str]:
    """A line that is only a sum word with a count or an amount ("Summa 15 st, 12 750,00 kr") beside other lines
    is their stated total: dropped, and its count and amount checked against theirs."""
    totals = [li for f in frags for li in f.lines if _is_total(li)]
    rest = [li for f in frags for li in f.lines if not _is_total(li)]
    if not totals or not rest:
        return []
    for f in frags:
        f.lines = [li for li in f.lines if not _is_total(li)]
    return [why for t in totals if (why := _total_disagrees(t, rest))]


def _total_disagrees(total: LineItem, lines: list[LineItem]) -> str | None:
    if total.quantity is not None and all(li.quantity is not None for li in lines):
        counted = sum((li.quantity for li in lines if li.quantity is not None), Decimal(0))
        if counted != total.quantity:
            return f"a total states {total.quantity} but the lines count {counted}"
    stated = total.amount if total.amount is not None else None
    if stated is not None and all(li.quantity is not None and li.unit_price is not None for li in lines):
        net = sum((li.quantity * li.unit_price for li in lines if li.quantity is not None and
                   li.unit_price is not None), Decimal(0))
        if net.quantize(Decimal("0.01")) != stated.quantize(Decimal("0.01")):
            return f"a total states {stated} but the lines add up to {net}"
    return None


def _drop_file_counts(frags: list[Fragment]) -> None:
    """A covering mail's lone counted sentence without a code or a price whose count is of the file's parts
    ("En flik per månad") is no line when the file gives lines."""
    if not any(li.where.get("article") and li.where["article"].part.startswith("attachment:")
               for f in frags for li in f.lines):
        return
    for f in frags:
        f.lines = [li for li in f.lines if not _counts_the_file(li)]


def _counts_the_file(li: LineItem) -> bool:
    if li.article or li.unit_price is not None or li.amount is not None or not li.description:
        return False
    return bool(_FILE_NOUN_RE.search(" ".join(li.description.split()[:3])))


def _from_a_file(li: LineItem) -> bool:
    return any("attachment:" in (w.part or "") for w in li.where.values())


def _quoted_only(li: LineItem) -> bool:
    return bool(li.where) and all(w.segment == "quoted" for w in li.where.values())


def _drop_quoted_fallback(frags: list[Fragment]) -> None:
    """A covering mail's quoted history is read as a fallback when its own text gives no line (the text is read
    before the attachments, intake.extract.quoting.read_segment): a line read from it is dropped when a file of
    the same message gives lines ("helmikuun käännökset liitteenä" above a quoted "yhteensä ehkä 30–40 sivua")."""
    if not any(_from_a_file(li) for f in frags for li in f.lines):
        return
    for f in frags:
        f.lines = [li for li in f.lines if _from_a_file(li) or not _quoted_only(li)]

"""Invoice lines written as prose: "Kan ni fakturera art 1010, 3 timmar à 1 150 kr samt 1020 …".

Text is cut into units (a bullet, or a sentence of a paragraph), a unit naming several article codes into one
clause per code, and each clause read for quantity, price, period and description. Prose only fills what the
labelled and table passes did not; a clause that says it is not to be invoiced yields no line.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from .amounts import find_amounts
from .dates import DateSpan, find_dates
from .model import Fragment, LineItem, Where
from .quantities import CODE_CTX_RE, LIST_MARK_RE, article_codes_in, find_price, find_quantity
from .segments import HEADER_LINE_RE
from .text_context import RequestPeriod, TextContext

LUMP_RE = re.compile(r"(?i)\b(?:fast pris|fastpris|fast avgift|engångsavgift|engångsbelopp|totalt|sammanlagt|"
                     r"klumpsumma|kiinteä(?:än)? hin(?:ta|taan|nalla)|kertamaksu|yhteensä|fixed fee|fixed price|"
                     r"flat(?: fee| rate| price)?|in total|lump[ -]sum)\b")
NEGATION_RE = re.compile(r"(?i)\b(?:ei laskuteta|ei tule laskuttaa|ei laskuttaa|faktureras inte|ska inte faktureras|"
                         r"inte faktureras|ej faktureras|ska ej faktureras|inte ska faktureras|not to be invoiced|"
                         r"do not invoice|don't invoice|not be invoiced|should not be invoiced|no charge|"
                         r"utan kostnad|veloituksetta|free of charge|ingen debitering)\b")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"“(]|\d+[.)]\s)")
_PERIOD_SENT_RE = re.compile(r"(?i)\b(?P<w>[\wåäö-]+)?\s*(?:period|perioden|jakso|ajanjakso|kausi)\b")
_SERVICE_CUE_RE = re.compile(
    r"(?i)\b(?:utför(?:d|da|des|t)|levererad(?:e|es)?|levererades|genomför(?:d|da|des|t)|gjordes|hölls|ägde rum|"
    r"performed|delivered|carried out|took place|was held|(?:for|of) (?:the )?(?:work|services?|deliver(?:y|ies))|"
    r"suoritet(?:tu|tiin)|toimitet(?:tu|tiin)|pidettiin|tehtiin|tehty)\b")
_DUE_CUE_RE = re.compile(r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|betal|pay|maksu)")
_DUE_BEFORE_DATE_RE = re.compile(r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|by)\s*$")
_TOTAL_RE = re.compile(r"(?i)\b(?:totalt|sammanlagt|yhteensä|in total|total)\b")
_CLAUSE_CUTS = (r"(?i)\b(?:sekä|samt|och|and|plus|ja|as well as)\b", r";", r",\s")
_GENERIC_PERIOD_WORDS = ("the", "billing", "service", "avser", "laskutus", "for")


def _units(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bullets/list items are units on their own; other lines join into paragraphs, split into sentences."""
    units: list[tuple[int, str]] = []
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            text = " ".join(t.strip() for _, t in para)
            for s in _SENT_SPLIT.split(text):
                if s.strip():
                    units.append((para[0][0], s.strip()))
            para.clear()

    for n, t in body:
        if not t.strip():
            flush()
            continue
        if LIST_MARK_RE.match(t) or CODE_CTX_RE.match(t.lstrip()):
            flush()     # a bullet, or a line per article ("Artikel 1010, 3 st à 1 150 kr")
            units.append((n, t.strip()))
            continue
        para.append((n, t))
    flush()
    return units


def prose_lines(body: list[tuple[int, str]], ctx: TextContext, known_codes: set[str],
                periods: list[RequestPeriod]) -> list[LineItem]:
    """Lines read from prose; articles in `known_codes` are skipped (and each new one is added). Periods stated
    in a sentence of their own go to `periods`."""
    out: list[LineItem] = []
    for n, unit in _units(body):
        if HEADER_LINE_RE.match(unit):
            continue
        codes = article_codes_in(unit, ctx)
        # a sentence stating a period for something ("Rental period 12.10.–25.10.2026")
        pm = _PERIOD_SENT_RE.search(unit)
        ds = find_dates(unit, ctx.year)
        if pm and ds and not codes:
            periods.append(((pm.group("w") or "").casefold(), (ds[0].first, ds[0].last), Where(ctx.part, line=n)))
            continue
        if codes:
            out.extend(_article_clauses(unit, codes, ctx, known_codes, n))
            continue
        price, _unit_p, approx, _cur, _pspan = find_price(unit, ctx)
        lump = bool(LUMP_RE.search(unit))
        if price is None and not approx and not lump:
            sd = _service_date(unit, ds)
            if sd:
                periods.append(("", sd, Where(ctx.part, line=n)))
            continue
        if NEGATION_RE.search(unit):
            continue
        li = _clause_line(unit, ctx, None, n)
        if li:
            out.append(li)
    return out


def _article_clauses(unit: str, codes: list[tuple[int, int, str]], ctx: TextContext, known_codes: set[str],
                     n: int) -> list[LineItem]:
    out: list[LineItem] = []
    clauses = _split_clauses(unit, codes)
    for (cs, ce), (_s, _e, code) in zip(clauses, codes):
        if code in known_codes:
            continue
        li = _clause_line(unit[cs:ce], ctx, code, n)
        if li:
            out.append(li)
            known_codes.add(code)
    return out


def _service_date(unit: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date] | None:
    """'Arbetet utfördes 15/3.', 'for the work in March 2026': a date stated once for the whole request."""
    for d in ds:
        before = unit[max(0, d.start - 40):d.start]
        if _SERVICE_CUE_RE.search(before) and not _DUE_CUE_RE.search(before):
            return d.first, d.last
    return None


def _split_clauses(unit: str, codes: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """One clause per article code: cut between consecutive codes at a conjunction or separator."""
    bounds = [0]
    for (_s1, e1, _), (s2, _e2, _) in zip(codes, codes[1:]):
        between = unit[e1:s2]
        cut = None
        for rx in _CLAUSE_CUTS:
            ms = list(re.finditer(rx, between))
            if ms:
                cut = e1 + ms[-1].start()
                break
        if cut is None:
            cut = (e1 + s2) // 2
        bounds.append(cut)
    bounds.append(len(unit))
    return [(bounds[i], bounds[i + 1]) for i in range(len(codes))]


def _clause_line(clause: str, ctx: TextContext, code: str | None, n: int) -> LineItem | None:
    if NEGATION_RE.search(clause):
        return None
    w = Where(ctx.part, line=n)
    li = LineItem(article=code)
    if code:
        li.where["article"] = w
    code_spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w]){re.escape(code)}(?![\w])", clause,
                                                            re.IGNORECASE)] if code else []
    code_spans += [(m.start(), m.end()) for m in CODE_CTX_RE.finditer(clause)]
    price, unit_p, approx, cur, pspan = find_price(clause, ctx)
    extra = code_spans + ([pspan] if pspan else [])
    extra += [(a.start, a.end) for a in find_amounts(clause) if a.approximate or a.has_currency]
    qty, _qspan = find_quantity(clause, ctx, extra)
    lump = bool(LUMP_RE.search(clause))
    li.lump_sum = lump
    li.quantity = qty
    if qty is not None:
        li.where["quantity"] = w
    if qty is None and lump:
        li.quantity = Decimal(1)
    if price is not None:
        li.where["unit_price"] = w
        li.currency = cur
        if not unit_p and (lump or _TOTAL_RE.search(clause)):
            li.amount = price
        else:
            li.unit_price = price
    li.price_approx = approx and price is None
    ds = [d for d in find_dates(clause, ctx.year)
          if not _DUE_BEFORE_DATE_RE.search(clause[max(0, d.start - 15):d.start])]
    if ds:
        li.period = (ds[0].first, ds[0].last)
        li.where["period"] = w
    li.description = _description(clause, code)
    return li


def _description(clause: str, code: str | None) -> str | None:
    """Without a code the clause itself (list marker dropped); with one, a parenthesis after it without digits."""
    if not code:
        desc = LIST_MARK_RE.sub("", clause).strip()
        return desc[:120] if desc else None
    pm = re.search(rf"{re.escape(code)}\s*\)?\s*\(([^)]{{3,80}})\)", clause)
    if pm and not re.search(r"\d", pm.group(1)):
        return pm.group(1).strip()
    return None


def apply_request_periods(doc: Fragment, periods: list[RequestPeriod]) -> None:
    """A period stated once applies to every line without one; 'Rental period …' only to lines about rental."""
    for word, per, w in periods:
        targets = doc.lines
        if word and len(word) >= 4 and word not in _GENERIC_PERIOD_WORDS:
            stem = word[:5]
            matched = [li for li in doc.lines if li.description and stem in li.description.casefold()]
            if matched:
                targets = matched
        for li in targets:
            if li.period is None:
                li.period = per
                li.where["period"] = w
        if not word:
            doc.period = doc.period or per

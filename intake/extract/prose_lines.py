"""Invoice lines written as prose: "Kan ni fakturera art 1010, 3 timmar à 1 150 kr samt 1020 …".

Text is cut into units (a bullet, or a sentence of a paragraph), a unit naming several article codes into one
clause per code, and each clause read for quantity, price, period and description. Prose only fills what the
labelled and table passes did not; a clause that says it is not to be invoiced yields no line.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from decimal import Decimal

from intake.extract.patterns import any_code, compiled

from .address_lines import ends_in_address
from .amounts import find_amounts
from .approx_labels import labelled_approximate
from .area_counts import area_count, is_area_article
from .clause_price import find_price
from .closing_dates import closing_date
from .codeless_lines import listed_codeless_line, lone_codeless_line
from .codes import unregistered_codes
from .count_products import size_factor
from .dates import DateSpan, find_dates
from .event_days import event_days
from .factor_counts import time_factor_only
from .far_cues import cued_far_before
from .given_dates import given_date
from .indefinite_ones import settle_one
from .instalments import instalment_plan
from .line_text import customer_head_end, own_words
from .line_totals import line_total_after, price_after_total
from .line_vat import line_vat_rate
from .listed_dates import clause_period, stay_period
from .listed_twins import said_again
from .model import LineItem, Where
from .per_head import per_head_rate
from .per_noun import per_noun_counts
from .price_sentences import months_of_monthly_price, price_line_before
from .quantities import CODE_CTX_RE, CODE_END, LIST_MARK_RE, article_codes_in, mask_spans, read_quantity
from .quarter_hours import is_quarter_article, quarters_in
from .repeated_codes import drop_covering_mentions
from .second_service import second_service
from .segments import HEADER_LINE_RE
from .sentence_dates import joined_after_dates, opening_date
from .service_cues import LABELLED_DAY_RE, SENT_STAMP_RE
from .service_cues import SERVICE_CUE_RE as _SERVICE_CUE_RE
from .service_cues import STRONG_PERIOD_CUE_RE as _STRONG_PERIOD_CUE_RE
from .sub_items import listed_under_heading
from .sum_sentences import is_sum_sentence
from .text_context import RequestPeriod, TextContext
from .thresholds import in_threshold, threshold_spans
from .unit_clash import settle_unit
from .unit_counts import (
    approximate_count,
    count_for_previous_line,
    count_from_sentence_before,
    count_in_article_unit,
    people_for_another_unit,
)
from .validity_dates import item_validity

LUMP_RE = re.compile(r"(?i)\b(?:fast pris|fastpris|fast avgift|engångsavgift|engångsbelopp|totalt|sammanlagt|"
                     r"klumpsumma|kiinteä(?:än)? hin(?:ta|taan|nalla)|kertamaksu|yhteensä|fixed fee|fixed price|"
                     r"flat(?: fee| rate| price)?|in total|lump[ -]sum)\b")
#: a line that counts and prices one thing ("Konsultation 2 x 950 kr", "Resa 1 st à 1 240 kr"): beside another such
#: line, a line of its own (never one sentence with its neighbour, whose count or price it would take)
_PRICED_ITEM_RE = re.compile(r"(?i)\d\s*(?:x|×|st\.?|kpl|pcs|h|tim|timmar|dagar|pv)(?!\w).*?(?:\d\s*(?:kr|sek|eur|€|:-)"
                             r"(?!\w)|(?:sek|eur|€)\s*\d)|(?:\bà|\bá|@)\s*\d")
#: a line written as a count times a thing ("2 x Konsultation à 950 kr", "3 st Rapport …"): a line of its own
_COUNT_TIMES_RE = re.compile(r"(?i)^\s*\d+(?:[.,]\d+)?\s*(?:x|×|st\.?|kpl|pcs)\s+[^\W\d_]")
NEGATION_RE = re.compile(r"(?i)\b(?:ei laskuteta|ei tule laskuttaa|ei laskuttaa|faktureras inte|ska inte faktureras|"
                         r"faktureras ej|debiteras (?:ej|inte)|ingår i (?:det |vårt |ert )?fasta? pris\w*|"
                         r"sisältyy (?:kiinteään )?hintaan|included in the (?:fixed )?(?:price|fee)|"
                         r"inte faktureras|ej faktureras|ska ej faktureras|inte ska faktureras|not to be invoiced|"
                         r"do not invoice|don't invoice|not be invoiced|should not be invoiced|no charge|"
                         r"utan kostnad|veloituksetta|free of charge|ingen debitering)\b")
#: a question about what something would cost (an offer, an estimate), in a sentence ending with "?"
INQUIRY_RE = re.compile(r"(?i)\b(?:vad (?:skulle|kostar|blir|kommer)\b.{0,100}?\bkost(?:a|ar|nad|naden)\b|"
                        r"vad kostar|hur mycket (?:kostar|skulle|blir|kommer)|what would\b.{0,100}?\bcost|"
                        r"how much (?:would|does|will|is|are)|paljonko|mitä\b.{0,100}?\bmaksa(?:isi|isivat|a|vat)\b|"
                        r"mikä (?:olisi|on) hinta)")
#: sentence ends, but not after an abbreviation ("approx. EUR 86.40", "ca. 5 st", "t.ex. Q1", "esim. 3 kpl")
_SENT_SPLIT = re.compile(r"(?<!\bapprox\.)(?<!\bca\.)(?<!\bn\.)(?<!\bex\.)(?<!\besim\.)(?<!\bnr\.)(?<!\bno\.)"
                         r"(?<!\bexcl\.)(?<!\bincl\.)(?<!\bexkl\.)(?<!\binkl\.)(?<!\bsis\.)"
                         r"(?<!\bkl\.)(?<!\bst\.)(?<!\bart\.)(?<!\bArt\.)(?<!\bjne\.)(?<!\bosv\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bt\.ex\.)"
                         r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"“(]|\d+[.)]\s)")
_PERIOD_SENT_RE = re.compile(r"(?i)\b(?P<w>[\wåäö-]+)?\s*(?:period|perioden|jakso|ajanjakso|kausi)\b")
_PERIOD_CUE_RE = re.compile(
    r"(?i)\b(?:avser|gäller|period(?:en)?|för|under|perioden|koskee|koskevat|ajalta|aikana|jaksolta|jakso|kaudelta|for|"
    r"säsong(?:en)?|kausi|season|"
    r"during|covering|regarding|concerns?|re)\b[^.]{0,25}$")
_INCLUDED_AFTER_RE = re.compile(r"(?i)[^.;\n]{0,30}?\b(?:ingår|inräknat|inkluderad\w*|included|including|"
                                r"sisältyy|sisältyvät|sisältäen)\b")
_GROSS_AFTER_RE = re.compile(r"(?i)[\s(]*(?:/\s*\w+\s*)?(?:inkl\.?|inklusive|incl\.?|including|inclusive of|sis\.?|"
                             r"sisältäen|med)\s*(?:moms|mervärdesskatt|vat|alv|arvonlisävero)\b|\s*brutto\b")
#: "enligt vår prislista från 1 maj 2026": the date a price list holds from, not the service's
_PRICE_LIST_BEFORE_RE = re.compile(r"(?i)\b(?:prislista\w*|price list|hinnasto\w*|gäller från|valid from|voimassa)\b"
                                   r"[^.;\n]{0,20}$")
_DUE_CUE_RE = re.compile(r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|betal|pay|maksu)")
_DUE_BEFORE_DATE_RE = re.compile(r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|by)\s*$")
#: a person's absence ("föräldraledig v. 49–52", "semester 1–15 juli", "lomalla viikot 49–52", "on leave until"):
#: the colleague's time away, never the service period ("syysloman aikana", during the autumn break, is a time)
_ABSENCE_BEFORE_DATE_RE = re.compile(r"(?i)\b(?:\w*ledig\w*|semester\w*|sjukskriv\w*|sjuk|borta|frånvarande|"
                                     r"\w*loma(?!n\s+aikana)\w*|\w*vapaa\w*|poissa|sairaslomalla|on leave|on holiday|"
                                     r"away|out of office|vacation|parental leave)\b[^.;:\n]{0,12}$")
_TOTAL_RE = re.compile(r"(?i)\b(?:totalt|sammanlagt|yhteensä|in total|total|summa|belopp|radbelopp|amount|"
                       r"line total|hinta yhteensä|kokonaishinta|yhteishinta|sum)\b")
#: "o" is "och" typed on a phone ("3st 1020 o 2,5h 2010"); "+" and "&" join clauses too
_CLAUSE_CUTS = (r"(?i)\b(?:sekä|samt|och|and|plus|ja|as well as)\b|\s[+&]\s|\so\s", r";", r",\s")


def _units(body: list[tuple[int, str]], codes: AbstractSet[str]) -> list[tuple[int, str]]:
    """Bullets/list items and lines that start with an article code are units on their own; other lines join into
    paragraphs, split into sentences."""
    units: list[tuple[int, str]] = []
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            text = " ".join(t.strip() for _, t in para)
            for s in joined_after_dates(_SENT_SPLIT.split(text)):
                if s.strip():
                    units.append((para[0][0], s.strip()))
            para.clear()

    coded = [bool(t.strip() and (any_code(t, codes, r"(?<![\w-])", CODE_END, re.IGNORECASE) or
                                 unregistered_codes(t, codes))) for _n, t in body]
    priced = [bool(_PRICED_ITEM_RE.search(t)) for _n, t in body]
    for k, (n, t) in enumerate(body):
        if not t.strip():
            flush()
            continue
        if (coded[k] and ((k > 0 and coded[k - 1]) or (k + 1 < len(coded) and coded[k + 1]))) or \
                (priced[k] and ((k > 0 and priced[k - 1]) or (k + 1 < len(priced) and priced[k + 1]))):
            flush()     # "Utlägg (310): 1 st, 1 250 kr" / "Resor (320): 1 st, 1850:-": one line per article
            units.append((n, t.strip()))
            continue
        first = t.split(maxsplit=1)[0].rstrip(":.,") if t.strip() else ""
        if LIST_MARK_RE.match(t) or CODE_CTX_RE.match(t.lstrip()) or first.upper() in codes or \
                _COUNT_TIMES_RE.match(t) or ends_in_address(t) or any(st == len(t) - len(t.lstrip()) for st, _e, _c in
                                                 unregistered_codes(t, codes)):
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
    structured = set(known_codes)
    # "AT10:" over "- syyskuu 2026: 12 h" / "- lokakuu 1.–15.10.: 6 h", or over the participants by name
    out, headed = listed_under_heading(body, ctx, structured, _clause_line)
    known_codes.update(li.article or "" for li in out)
    body = [(n, t) for n, t in body if n not in headed]
    prev = ""   # the last sentence that named an article
    para: list[tuple[int, str]] = []    # the paragraph's sentences so far ("skickade 3 deltagare. … per deltagare")
    last_listed = False     # the unit before was a list item that gave a line
    for n, unit in _units(body, ctx.registry.article_codes(ctx.agency_code)):
        listed_before, last_listed = last_listed, False
        if para and n - para[-1][0] > 1:    # a blank line ends the paragraph
            para = []
        earlier = [t for _n, t in para]
        para.append((n, unit))
        if HEADER_LINE_RE.match(unit):
            continue
        codes = article_codes_in(unit, ctx)
        if not codes and out:   # "… 4 800 kr per månad. … fakturera halva november: 0,5 månad"
            months_of_monthly_price(out[-1], prev, unit, Where(ctx.part, line=n))
        if not codes and out and count_for_previous_line(out[-1], unit, ctx, n):
            continue    # "… (PT10). Fakturera 1 tillstånd."
        # a sentence stating a period for something ("Rental period 12.10.–25.10.2026"): the dates right after
        # the period word, else the first
        pm = _PERIOD_SENT_RE.search(unit)
        ds = find_dates(unit, ctx.year, ctx.on)
        if pm and ds and not codes:
            d0 = next((d for d in ds if d.start >= pm.end()), ds[0])
            periods.append(((pm.group("w") or "").casefold(), (d0.first, d0.last), Where(ctx.part, line=n)))
            continue
        if codes and "?" in unit and INQUIRY_RE.search(unit):
            continue    # "vad skulle 3 fältdagar (1500) kosta?": a question about a price, nothing to invoice
        if codes:
            prev = unit
            sd = _service_date(unit, [d for d in ds if d.kind == "single"]) or closing_date(unit, ds, codes) or \
                opening_date(unit, ds, codes)    # "… torsdag 3 december 2026 …, 3,75 tim (PE30), plus PE31 1 st"
            clause_lines = list(_article_clauses(unit, codes, ctx, structured, n))
            per_noun_counts(clause_lines, unit, earlier, ctx.part, n)   # "3 deltagare. … per deltagare (KA10)"
            count_from_sentence_before(clause_lines, earlier, ctx, n)   # "…, tre dagar. Artikel T200, …"
            for li in clause_lines:
                if instalment_plan(unit):   # "2020 … delas upp på tre fakturor": a count of invoices, asked
                    li.quantity = None
                    li.where.pop("quantity", None)
                if sd and li.period is None:    # "… (M30) ja 12 kpl (M40), näytteet otettu 21.9.2026"
                    li.set_period(sd, Where(ctx.part, line=n, rule="prose:service date"))
                if not said_again(li, out, unit, n, body):    # two list items alike are two lines
                    out.append(li)
                    known_codes.add(li.article or "")
            last_listed = bool(clause_lines) and bool(LIST_MARK_RE.match(unit))
            continue
        price, _unit_p, approx, _cur, _pspan = find_price(unit, ctx)
        lump = bool(LUMP_RE.search(unit))
        if price is None and not approx and not lump:
            if (listed := listed_codeless_line(unit, ctx, listed_before, n, _clause_line)) is not None:
                out.append(listed)      # "- kadonnut yleisavain 1 kpl, hinta selviää …": its price asked
                last_listed = True
                continue
            sd = _service_date(unit, ds) or event_days(unit, ds)
            word, sd = ("", sd) if sd else given_date(unit, ds, ctx)     # "lausunto annettu 16.11.2026"
            if sd:
                periods.append((word, sd, Where(ctx.part, line=n)))
            continue
        if NEGATION_RE.search(unit) or is_sum_sentence(unit, bool(out or structured)) or instalment_plan(unit):
            continue    # an instalment plan ("delas upp på tre fakturor om 40 000 kr") is no line of its own
        plain = _clause_line(unit, ctx, None, n)
        if plain and not price_line_before(out, plain, unit, (_pspan, _unit_p), n):
            out.append(plain)
    return out


def codeless_line(body: list[tuple[int, str]], ctx: TextContext) -> LineItem | None:
    """For a text that gave no line at all: the one line of its one counted sentence without a code or a price
    ("hyrde ett seminarierum … 6 timmar"), its price asked (intake.extract.codeless_lines)."""
    sents = []
    for n, unit in _units(body, ctx.registry.article_codes(ctx.agency_code)):
        if HEADER_LINE_RE.match(unit) or article_codes_in(unit, ctx) or NEGATION_RE.search(unit) or \
                ("?" in unit and INQUIRY_RE.search(unit)):
            continue
        price, _unit_p, approx, _cur, _pspan = find_price(unit, ctx)
        if price is None and not approx and not LUMP_RE.search(unit):
            sents.append((n, unit))
    return lone_codeless_line(sents, ctx, _clause_line)


def _article_clauses(unit: str, codes: list[tuple[int, int, str]], ctx: TextContext, known_codes: set[str],
                     n: int) -> list[LineItem]:
    out: list[tuple[str, str, LineItem]] = []
    clauses = _split_clauses(unit, codes)
    for (cs, ce), (_s, _e, code) in zip(clauses, codes):
        if code in known_codes:
            continue
        own, other = second_service(unit[cs:ce], code, ctx, n, _clause_line)  # "(VM20) …, samt konservering, 6 h"
        out += [(code, own, x) for x in (_clause_line(own, ctx, code, n), other) if x]
    return drop_covering_mentions(out)   # "minimiveloitus (OP12) kattaa 15 ensimmäistä, … 1 kpl OP12"


def _service_date(unit: str, ds: list[DateSpan]) -> tuple[dt.date, dt.date] | None:
    """'Arbetet utfördes 15/3.', 'for the work in March 2026', 'Avser oktober 2026.', 'Koskee viikkoa 12.':
    a date or period stated once for the whole request. A period (not a single day) counts after a period cue or
    when the sentence is little more than the period itself; any date ends an introduction to the lines below
    ("Fältarbete hos X 14.–18.6.2027:"), and a month or range anywhere in one heads them ("huhtikuun
    laskutettavat:", "Faktureringsunderlag april:")."""
    intro = unit.rstrip().endswith(":")   # "Fältarbete hos X 14.–18.6.2027:" introduces the lines below
    if intro and (stay := stay_period(unit, ds)):   # "ankomst 24/6 och avresa 28/6:"
        return stay
    for d in ds:
        before = unit[max(0, d.start - 40):d.start]
        if _DUE_CUE_RE.search(before) or SENT_STAMP_RE.search(before):     # a due day, a form's sending time
            continue
        if _SERVICE_CUE_RE.search(before) or cued_far_before(unit, d, ds) or \
                (d.kind == "single" and _STRONG_PERIOD_CUE_RE.search(before)) or \
                (d.kind == "single" and LABELLED_DAY_RE.search(unit[:d.start]) and not unit[d.end:].strip(" .;!")) or \
                (intro and unit[d.end:].strip(" :") in ("", ")") and   # "… för lördagens besök (21/11):"
                 (unit[d.end:].strip(" :") == "" or _in_parentheses(unit, d))):
            return d.first, d.last
        if d.kind != "single" and (intro or _PERIOD_CUE_RE.search(before) or _in_parentheses(unit, d) or
                                   len(re.sub(r"\W", "", unit[:d.start] + unit[d.end:])) <= 12):
            return d.first, d.last
    return None


def _in_parentheses(unit: str, d: DateSpan) -> bool:
    """A month or range alone in parentheses after what it dates ("kulut ja maastopäivät (lokakuu 2026)"), not a
    price list's or an agreement's date ("enligt avtal (januari 2026)")."""
    return bool(re.search(r"\(\s*$", unit[:d.start]) and re.match(r"\s*\)", unit[d.end:])) and \
        not _PRICE_LIST_BEFORE_RE.search(unit[max(0, d.start - 40):d.start]) and \
        not re.search(r"(?i)\b(?:avtal\w*|offert\w*|sopimu\w*|tarjou\w*|agreement|contract|quote)\W*\($",
                      unit[max(0, d.start - 40):d.start])


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
    (price, unit_p, approx, cur, pspan), first_total = price_after_total(clause, ctx, find_price(clause, ctx))
    extra = code_spans + ([pspan] if pspan else [])
    extra += [(a.start, a.end) for a in find_amounts(clause) if a.approximate or a.has_currency]
    qty, _qspan, qrule = read_quantity(clause, ctx, extra)
    art = ctx.registry.article(ctx.agency_code, code) if code else None
    own = count_in_article_unit(clause, art, mask_spans(clause, ctx) + extra) or \
        (area_count(clause, extra) if is_area_article(art) else None)     # "de två båtarna, BH30, 42,5 m²"
    if own is not None and own[0] != qty and not size_factor(own[1], _qspan, qrule):
        # "58 elever i 3 grupper" for a visit priced per group: 3 ("två grupper om 8 deltagare" per participant: 16)
        qty, _qspan, qrule = own[0], own[1], "count in the article's unit"
    if own is None and is_quarter_article(art):     # "1 h 40 min, per påbörjad kvart": 7 quarter-hours
        timed, quarters = quarters_in(clause, art)
        if timed:
            qty, qrule = quarters, "product"
    if own is None and (people_for_another_unit(clause, _qspan, art) or  # "58 elever" for a visit priced per group
                        time_factor_only(clause, _qspan, qrule, art) or  # "två dygn" priced per pupil-night
                        per_head_rate(clause, _qspan)):                   # "två nätter per scout": a rate per head
        qty = None
    if in_threshold(clause, _qspan):    # "avgift för de första 10 sidorna (PK02): 1 st": the 1
        q2, s2, r2 = read_quantity(clause, ctx, extra + threshold_spans(clause))
        if q2 is not None:
            qty, _qspan, qrule = q2, s2, r2
    spans = mask_spans(clause, ctx) + extra     # "bildlicenser (VM20) …, 6 timmar": hours count no pieces
    qty, _qspan, qrule = settle_unit(clause, art, settle_one(clause, code, art, (qty, _qspan, qrule), spans), spans)
    named = compiled(re.escape(art["name"]), re.IGNORECASE).sub(" ", clause) if art and art.get("name") else clause
    lump = bool(LUMP_RE.search(named))    # "Raportti, kiinteä hinta (R10)": the article's name, not a lump sum
    li.lump_sum = lump
    li.quantity = qty
    if qty is not None:
        li.where["quantity"] = replace(w, rule=f"prose:{qrule}", how="computed" if qrule == "product" else "stated")
    if qty is None and lump:
        li.quantity = Decimal(1)
    if price is not None:
        li.where["unit_price"] = w
        li.currency = cur
        if not unit_p and (lump or _TOTAL_RE.search(named)):
            li.amount = price
        else:
            li.unit_price = price
            li.amount, li.amount_gross = (first_total, False) if first_total else line_total_after(clause, pspan)
    # "ungefär 120 bilder": an approximate count (asked), not an approximate price
    li.price_approx = approx and price is None and not approximate_count(clause, art)
    if labelled_approximate(clause, art):     # "T10 sidor: ca 240 (250 minus de tio första)": asked
        li.quantity, _ = None, li.where.pop("quantity", None)
    if pspan and (_INCLUDED_AFTER_RE.match(clause, pspan[1]) or _GROSS_AFTER_RE.match(clause, pspan[1])):
        # "12 000 SEK för resan ingår": an amount said to be included in something is not this line's price;
        # "2 300 kr inkl. moms": a price with VAT is not the net price invoiced — asked, never taken as net
        li.unit_price, li.amount, li.currency, li.price_approx = None, None, None, True
    ds = [d for d in find_dates(clause, ctx.year, ctx.on)
          if not _DUE_BEFORE_DATE_RE.search(clause[max(0, d.start - 15):d.start])
          and (not _PRICE_LIST_BEFORE_RE.search(clause[max(0, d.start - 40):d.start])
               or item_validity(clause, d.start, d.end))
          and not _ABSENCE_BEFORE_DATE_RE.search(clause[max(0, d.start - 30):d.start])]
    if ds:
        li.set_period(clause_period(clause, ds), w)   # "15–30 november 2026"; "11.1.2027 ja 19.1.2027"
    stops = [x[0] for x in (_qspan, pspan) if x]     # the line's own words end at its count or price
    li.description = _description(clause, code, min(stops) if stops else None) if art or not code else None
    if not art:     # no register article: the line's own words, without its count and price
        li.description = li.description if code and li.description else own_words(
            clause, code, _qspan, pspan, customer_head_end(clause, ctx))
    vat = line_vat_rate(clause)     # "veroton hinta" / "(alv 0 %)" beside a price: net, no rate
    if vat is not None:
        li.vat_rate, li.where["vat_rate"] = vat, replace(w, rule="prose:vat")
    return li


def _description(clause: str, code: str | None, qstart: int | None = None) -> str | None:
    """Without a code the clause itself (list marker dropped); with one, a parenthesis after it without digits."""
    if not code:
        desc = LIST_MARK_RE.sub("", clause).strip()
        return desc[:120] if desc else None
    pm = compiled(rf"{re.escape(code)}\s*\)?\s*\(([^)]{{3,80}})\)").search(clause)
    if pm and not re.search(r"\d", pm.group(1)):
        return pm.group(1).strip()
    # a code heading the line, then the line's own words up to its count ("3020 Rapport, digital version  10 st"),
    # also after a first column of its own ("3. maaliskuuta  KK10  Kaavaselostus  9 sivua": a date, then a gap)
    hm = compiled(rf"\s*(?:[-–—*•]\s*)?(?:\S[^\t\n]{{0,22}}?(?:\s{{2,}}|\t)|(?i:rivi|rad|row|line)\s?\d{{1,3}}[:.)]"
                  rf"\s*)?{re.escape(code)}\s+(?=[^\W\d_])").match(clause)   # "Rivi 2: VT10 …": a numbered row
    if hm and qstart is not None and qstart > hm.end():
        desc = re.sub(r"(?i)\s*(?:à|á|@|[àá]-?pris|pris|price|hinta|x|×)\s*$", "",
                      clause[hm.end():qstart]).strip(" ,;:–-\t|")
        if re.search(r"[^\W\d_]{3}", desc) and len(desc) <= 80 and "\n" not in desc:
            return desc
    return None

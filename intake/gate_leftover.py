"""Text the reader left over: a sentence of the sender's newest words that says something about what or how much
to invoice and gave no value, or a number on a line values were read from that none of them is.

Why: every blind set of unseen mail showed requests invoiced wrongly because one sentence was not understood — a
line "not to be invoiced", a currency declared once, a price stated beside a count while the register's was
taken, a second count on the line. Rules for each such sentence come after the fact; this check is the general
net beneath them. Such a request is held for a clerk, who sees the sentence beside what was read (never a
question to the agency: the sentence is stated, only not understood). The check compares values, not only the
parser's line numbers, so a line that only repeats what was read is accounted for wherever the evidence points.

A message that also yielded a request whose customer could not be identified was partly misread (a price list
taken for customers, misaligned table rows): its other requests are held too (`unresolved_sibling`).
What is never request data is listed in intake.leftover_words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from intake import leftover_words as words
from intake.extract.amounts import find_amounts
from intake.extract.count_products import written_product
from intake.extract.dates import find_dates
from intake.extract.identifiers import find_identifiers
from intake.extract.index_raise import checked_raise
from intake.extract.mime import Mail, Part
from intake.extract.patterns import compiled
from intake.extract.periods import find_periods
from intake.extract.place_numbers import without_place_numbers
from intake.extract.quarter_hours import durations, quarter_counts
from intake.extract.registry import Registry
from intake.extract.started_time import hour_counts
from intake.extract.thresholds import THRESHOLD_RE
from intake.gate_message import DATEISH_RE, LABELLED_RE, finding, newest_lines
from intake.gate_undecided import undecided_unasked
from intake.office_lines import TIME_OR_ROOM_RE, chat_stamp
from intake.process_fields import empty_field


def leftover_text(mail: Mail, body_text: Callable[[list[Part]], str], evidence: dict[str, Any],
                  reqs: list[dict], reg: Registry) -> list[dict[str, str]]:
    """Findings `unexplained` for newest-text lines with a number or a cue word that gave no value."""
    used = {(str(e.get("part")), e.get("line")) for e in evidence.values() if isinstance(e, dict)}
    period = any(ln.get("period_start") for r in reqs for ln in r.get("lines") or [])
    known = _Known.of(reqs)
    found = []
    lines = list(newest_lines(mail, body_text))
    for k, (label, n, info) in enumerate(lines):
        if _empty_field(lines, k):
            continue
        if undecided_unasked(info.text, reqs):  # "… 6 timmar. Timpriset … inte bestämt än." (intake.gate_undecided)
            found.append(_finding(label, n, f"line {n} says a price or count is not decided yet", info.text))
        elif (label, n) in used:
            left = _number_left(info.text, period, reg, mail, known)
            if left:
                found.append(_finding(label, n, f"line {n} holds {left} that no value was read as", info.text))
            elif _REFERENCE_RE.search(info.text) and not any(r.get("buyer_reference") for r in reqs):
                found.append(_finding(label, n, f"line {n} names a reference that was not read", info.text))
        elif _material(info.text, period, reg, mail, known):
            found.append(_finding(label, n, f"line {n} says something that was not read", info.text))
    return found[:3]


#: a reference the sender asks for on a line values were read from ("Deras kassör Bo Lindén vill ha sin referens på
#: fakturan"): with no buyer reference read, the request is held — its clock range ("kl. 10–14") no longer holds it
_REFERENCE_RE = re.compile(r"(?i)\b(?:referens\w*|viite\w*|viitteen\w*|reference)\b")


def _empty_field(lines: list[tuple[str, Any, Any]], k: int) -> bool:
    """A form field left empty ("Lisätiedot:") whose next line is blank, another field or the end: it states
    nothing. Followed by a plain line ("Rabatt:" / "Ja") the value may be that line: judged as it is."""
    if not empty_field(lines[k][2].text):
        return False
    nxt = lines[k + 1][2].text.strip() if k + 1 < len(lines) and lines[k + 1][0] == lines[k][0] else ""
    return not nxt or bool(LABELLED_RE.match(nxt)) or empty_field(nxt)


def _finding(label: str, n: int, what: str, text: str) -> dict[str, str]:
    return finding("unexplained", f"{label}:{n}", f"{what}: {text.strip()[:300]}")


def _material(line: str, period: bool, reg: Registry, mail: Mail, known: _Known) -> bool:
    """True when the line may change what is invoiced and is none of the kinds that never do."""
    if words.not_data(" ".join(line.strip(" \t>*-•|").split())) or _speaker(line, reg):
        return False
    field = LABELLED_RE.match(line)
    if field and words.system_field(field.group("label"), field.group("value"), reg):
        return False
    cells = [c for c in (" ".join(c.split()) for c in line.strip(" \t>*-•").split("|")) if c]
    return any(_material_cell(sent, period, reg, mail, known) for c in cells for sent in _SENTENCE_END_RE.split(c))


#: where a sentence ends inside a line: "Alla belopp exkl. moms. Avser december 2026." is two statements, each
#: judged alone (a VAT-basis sentence that confirms the net prices read, a period sentence whose period was read);
#: an abbreviation's dot before a lower-case word ("exkl. moms") or a number ("ca. 3") ends nothing
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _speaker(line: str, reg: Registry) -> bool:
    """A pasted chat's speaker line ("[08:14] Frida Ek", intake.office_lines) naming no register customer: a
    customer's name with a number ("Kiruna Fastigheter 2.30") may be a count, so it stays material."""
    return bool(chat_stamp(line)) and not reg.find_names(line)


def _number_left(line: str, period: bool, reg: Registry, mail: Mail, known: _Known) -> str:
    """What a line values were read from still states: a price none of the requests holds ("900.00 per day" while
    the register's price was taken) or a count none is ("3 dagar, varav 1 inställd"); "" when nothing. What was
    read from such a line is wrong or incomplete."""
    if words.not_data(" ".join(line.strip(" \t>*-•|").split())):
        return ""
    line = words.REJECTED_PRICE_RE.sub(" ", line)     # "inte taxans 350 kr": the price not to invoice
    line = _without_read_product(line, known)     # "4 ggr à 2 tim" read as 8: both factors accounted for
    s = known.strip(_without_known_numbers(_without_checked_raise(line, known), period, reg, mail))
    if any(m.value is not None and abs(m.value) not in known.numbers and _priced(s, m.start, m.end, m.has_currency)
           for m in find_amounts(s)):
        return "a price"
    return "a number" if _count_left(line, period, reg, mail, known) else ""


def _count_left(line: str, period: bool, reg: Registry, mail: Mail, known: _Known) -> bool:
    """A number left on a line values were read from that is no date, code, list mark or factor of a count."""
    line = _without_checked_raise(line, known)
    s = words.CODE_TOKEN_RE.sub(" ", words.NOT_A_COUNT_RE.sub(" ", known.strip(words.INSTALMENT_RE.sub(" ", line))))
    s = _without_known_numbers(s, period, reg, mail)
    year = mail.date.year if mail.date else 2026
    spans = [(d.start, d.end) for d in find_dates(s, year)] + [(d.start, d.end) for d in find_periods(s, year)]
    for a, b in sorted(spans, reverse=True):
        s = s[:a] + " " * (b - a) + s[b:]
    for ident in find_identifiers(s, None):
        s = s.replace(ident.raw, " ")
    s = words.DAY_RANGE_RE.sub(" ", s)
    s = without_place_numbers(s)     # "på väg 86", "huone 12": a place's name, never a count
    s = THRESHOLD_RE.sub(" ", s)     # "för de första 10 sidorna": a fee's threshold, never a count
    for a, b, minutes in reversed(durations(s)):    # "1 h 40 min" billed as 7 started quarter-hours
        if (quarter_counts(minutes) | hour_counts(minutes)) & known.numbers:
            s = s[:a] + " " * (b - a) + s[b:]
    s = words.NOT_A_COUNT_RE.sub(" ", s)
    s = words.LIST_MARK_RE.sub(" ", s)
    s = words.CODE_TOKEN_RE.sub(" ", s)
    s = re.sub(r"\b\d{1,2}[:.]\d{2}\b", " ", s)  # a time of day
    s = TIME_OR_ROOM_RE.sub(" ", s)     # "tisdagar kl 19-21": the hours of a booking, never its count
    for m in find_amounts(s):
        v = abs(m.value) if m.value is not None else None
        if v is None or v in known.numbers or v == 0:
            continue
        if (v != 1 and any(q >= v and q % v == 0 for q in known.numbers)) or v / 60 in known.numbers:
            continue  # a factor of a count ("three sites, 8 samples each"), minutes of an hour count
        return True
    return False


#: a number of times and the size of each: "4 ggr à 2 tim", "3 kertaa à 4 h", "2 sessions at 3 hours"
_TIMES_OF_SIZE_RE = re.compile(r"(?i)(?<![\w.,])(?P<a>\d+(?:[.,]\d+)?)\s+[^\W\d_]+\.?\s+(?:à|á|at|x|×)\s+"
                               r"(?P<b>\d+(?:[.,]\d+)?)(?=\s*[^\W\d_])")


def _without_read_product(line: str, known: _Known) -> str:
    """The line without a count of times and its size whose product was read (never when the product was not:
    "3 kertaa à 4 h" read as 3 is a misread the net must still see)."""
    for m in reversed(list(_TIMES_OF_SIZE_RE.finditer(line))):
        a, b = _dec(m.group("a").replace(",", ".")), _dec(m.group("b").replace(",", "."))
        if a is not None and b is not None and a * b in known.numbers:
            line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
    return line


def _without_checked_raise(line: str, known: _Known) -> str:
    """The line without the old price and the percentage of a raise that checks out and whose result was read
    ("410,00 € + indeksikorotus 3,0 % = 422,30 €", intake.extract.index_raise): both are accounted for."""
    raised = checked_raise(line)
    if not raised or raised[1] not in known.numbers:
        return line
    for m in reversed(find_amounts(line)):
        if m.value == raised[0] and m.has_currency:
            line = line[:m.start] + " " * (m.end - m.start) + line[m.end:]
    return re.sub(r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s*%", " ", line)


def _priced(s: str, start: int, end: int, has_currency: bool) -> bool:
    """The number is stated as money: with a currency, or as a price ("à 950", "900.00 per day", "48 each")."""
    return has_currency or bool(words.PRICE_BEFORE_RE.search(s[:start]) or words.PRICE_AFTER_RE.match(s[end:]))


def _material_cell(s: str, period: bool, reg: Registry, mail: Mail, known: _Known) -> bool:
    if len(s) < 3 or words.not_data(s):
        return False
    cue = bool(words.CUE_RE.search(words.ID_LABEL_RE.sub(" ", s)))
    if words.COVER_RE.search(s) and not cue:
        return False
    year = mail.date.year if mail.date else 2026
    rest = TIME_OR_ROOM_RE.sub(" ", known.strip(_without_known_numbers(known.without_read_dates(s, year), period,
                                                                         reg, mail)))
    prod = written_product(rest, [])
    if prod is not None and prod[0] in known.numbers:   # "2 päivää × 4 henkilöä" read as 8: both factors read
        rest = rest[:prod[1][0]] + " " + rest[prod[1][1]:]
    return cue or words.DIGIT_RE.search(rest) is not None


@dataclass(frozen=True)
class _Known:
    """What the requests hold: its numbers (quantities, prices, line amounts, VAT rates) and its words (codes,
    references, customer numbers), so a line that only repeats them is accounted for — whichever line the
    parser's evidence points at."""

    numbers: frozenset[Decimal]
    words: tuple[str, ...]
    periods: frozenset[tuple[str, str]] = frozenset()
    totals: frozenset[Decimal] = frozenset()

    @classmethod
    def of(cls, reqs: list[dict]) -> _Known:
        nums: set[Decimal] = set()
        words: set[str] = set()
        for r in reqs:
            c = r.get("customer") or {}
            words |= {str(v) for v in (c.get("customer_number"), r.get("buyer_reference"), r.get("order_reference"),
                                       c.get("org_no"), c.get("name")) if v}
            for ln in r.get("lines") or []:
                q, p = _dec(ln.get("quantity")), _dec(ln.get("unit_price"))
                nums |= {x for x in (q, p, _dec(ln.get("vat_rate"))) if x is not None}
                if q is not None and p is not None:
                    nums.add(q * p)
                nums |= _with_vat(q, p, _dec(ln.get("vat_rate")))
                words |= {str(ln[k]) for k in ("article",) if ln.get(k)}
        nums |= _shared_wholes(reqs)
        periods = frozenset((str(ln.get("period_start")), str(ln.get("period_end"))) for r in reqs
                            for ln in r.get("lines") or [] if ln.get("period_start"))
        # "Delsumma Nordbyggen 10 500,00", "Kaikki yhteensä 1 692,00": the read lines' sums (apart from `numbers`:
        # a sum is no count whose factors would pass as accounted for)
        return cls(frozenset(nums), tuple(sorted(words, key=len, reverse=True)), periods, frozenset(_totals(reqs)))

    def without_read_dates(self, s: str, year: int) -> str:
        """The line without the dates that are a period read ("provtagningen gjordes 26/11" under the lines whose
        period it gave): a line that only repeats a read value is accounted for."""
        for d in sorted(find_dates(s, year), key=lambda d: d.start, reverse=True):
            if (d.first.isoformat(), d.last.isoformat()) in self.periods:
                s = s[:d.start] + " " + s[d.end:]
        return s

    def strip(self, s: str) -> str:
        """The line without the requests' words and numbers."""
        for w in self.words:
            s = compiled(rf"(?i)(?<!\w){re.escape(w)}(?!\w)").sub(" ", s)
        out, last = [], 0
        for m in find_amounts(s):
            if m.value is not None and (abs(m.value) in self.numbers or abs(m.value) in self.totals):
                out.append(s[last:m.start])
                last = m.end
        return "".join(out) + s[last:]


def _with_vat(q: Decimal | None, p: Decimal | None, vat: Decimal | None) -> set[Decimal]:
    """The read net price and line amount with the line's VAT added, to the cent: "10 000 kr exkl. moms (12 500 kr
    inkl. moms)" states the same price twice, and the gross that checks out against the net read is accounted
    for. A gross that does not check out (or one read as the net) still leaves a number unread."""
    if p is None or not vat:
        return set()
    factor = 1 + vat / 100
    out = {(p * factor).quantize(Decimal("0.01"))}
    if q is not None:
        out.add((q * p * factor).quantize(Decimal("0.01")))
    return out


def _shared_wholes(reqs: list[dict]) -> set[Decimal]:
    """The whole of an article divided between payers ("EA30 yhteensä 10 h, jaetaan 50/50: A 5 h, B 5 h"): the sum
    of its counts over two or more requests is accounted for, as each share is."""
    per: dict[str, list[Decimal]] = {}
    for r in reqs:
        for ln in r.get("lines") or []:
            q = _dec(ln.get("quantity"))
            if ln.get("article") and q is not None:
                per.setdefault(str(ln["article"]), []).append(q)
    return {sum(qs, Decimal(0)) for qs in per.values() if len(qs) >= 2 and len(reqs) >= 2}


def _totals(reqs: list[dict]) -> set[Decimal]:
    """Each request's net total and all requests' together: a subtotal or grand total row that only adds up the
    lines read is accounted for (one that does not add up stays unexplained, held)."""
    per = [[q * p for ln in r.get("lines") or [] if (q := _dec(ln.get("quantity"))) is not None and
            (p := _dec(ln.get("unit_price"))) is not None] for r in reqs]
    out = {sum(xs, Decimal(0)) for xs in per if len(xs) >= 2}
    every = [x for xs in per for x in xs]
    return out | ({sum(every, Decimal(0))} if len(every) >= 2 else set())


def _dec(v: Any) -> Decimal | None:
    try:
        return abs(Decimal(str(v))) if v not in (None, "") else None
    except InvalidOperation:
        return None


def _without_known_numbers(s: str, period: bool, reg: Registry, mail: Mail) -> str:
    """The line with the agency's own identifiers and (when the request has a period) its dates taken out."""
    on = mail.date.date() if mail.date else None
    for ident in find_identifiers(s, on):
        if ident.value and reg.is_agency_identifier(ident.value):
            s = s.replace(ident.raw, " ")
    s = re.sub(r"\b(?:[A-Z]{2})?[\d -]{6,}\d\b", lambda m: " " if reg.is_agency_identifier(m.group()) else m.group(), s)
    s = words.CASE_SHAPE_RE.sub(" ", s)
    if period:
        s = re.sub(r"\b(?:19|20)\d\d\b", " ", s)
        s = re.sub(r"\b\d{4}\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{4}-\d{2}(?:-\d{2})?\b", " ", s) \
            if DATEISH_RE.search(s) else s
        s = words.PERIOD_WORDS_RE.sub(" ", s)
    return s


def asks_customer(r: dict) -> bool:
    """The request asks who its customer is (a question on a `customer.*` path)."""
    return any(str(q).startswith("customer") for q in r.get("questions") or [])


def unresolved_sibling(reqs: list[dict]) -> list[dict[str, str]]:
    """A message that also yielded a request whose customer could not be identified was partly misread (a price
    list taken for customers, a table's rows misaligned): its other requests are held for a clerk too."""
    bad = [i for i, r in enumerate(reqs) if asks_customer(r)]
    if not bad or len(reqs) < 2:
        return []
    return [finding("sibling_unresolved", "customer",
                    f"request {bad[0] + 1} of this message names a customer that could not be identified: the "
                    f"message may have been read wrongly")]

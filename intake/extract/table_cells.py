"""One table cell read as a value: quantities, percentages, article codes, periods; and which rows are not lines
(sums, subtotals, VAT rows, example rows of an instruction sheet).

A sum row is recognised by a cell that *is* a sum word (optionally with a VAT qualifier, a rate or a colon), not
by a description that merely starts with one ("Total kväve, analys" is a line).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from .dates import find_dates
from .durations import hours_minutes, minutes_only
from .numbers_words import word_value

_SUM_WORDS = (r"summa|sum|total|totalt|totals|totalsumma|totalbelopp|slutsumma|grand total|sub-?total|delsumma|"
              r"mellansumma|välisumma|yhteensä|yht|kaikki yhteensä|kokonaissumma|loppusumma|moms|mervärdesskatt|alv|"
              r"arvonlisävero|vat|att betala|maksettava|amount due|total paid|summa betalt|netto|brutto|"
              r"summa exkl\.? moms|summa inkl\.? moms")
#: what a sum row may say it sums: "Total items", "Summa timmar", "Yhteensä tunnit", "Totalt antal"
_COUNTED = (r"(?:items?|rows?|lines?|hours?|quantity|qty|pcs|pieces|units|amount|antal|rader|timmar|tim|st|belopp|"
            r"prover|dagar|kpl|tunnit|tuntia|rivit|rivejä|määrä|kappaleet|näytteet|päivät|samples|days)\b\.?:?")
_SUM_CELL_RE = re.compile(
    rf"(?i)^\s*(?:{_SUM_WORDS})\b(?:\s*(?:exkl|inkl|excl|incl|ex|ilman|sis|sisältää|utan|med|without|with)\b.*|"
    r"\s*[\d.,]+\s*%?.*|\s*\(.*\)|\s*:.*|\s*[A-Z]{3}|\s*(?:kr|sek|eur|€)|\s+" + _COUNTED + r")?\s*$")
_EXAMPLE_RE = re.compile(r"(?i)^\s*(?:exempel|esimerkki|example|e\.g\.|t\.ex\.|esim\.|sample row|exempelrad)")
#: a row the mail says is not to be invoiced ("faktureras ej, ingår i avtalet", "ei laskuteta", "no charge")
NOT_INVOICED_RE = re.compile(
    r"(?i)\b(?:faktureras (?:ej|inte)|(?:ska|skall) (?:ej|inte) faktureras|ej fakturerbar|debiteras (?:ej|inte)|"
    r"utan kostnad|kostnadsfri(?:tt)?|ingår i (?:priset|avtalet|ramavtalet)|ei laskuteta|ei laskutettava|"
    r"ei veloiteta|veloituksetta|maksuton|sisältyy (?:hintaan|sopimukseen)|not to be (?:invoiced|billed)|"
    r"do not (?:invoice|bill)|no charge|free of charge|not (?:invoiced|billable)|included in the (?:price|contract))")
#: a remark cell that opens by refusing the invoice as a noun ("EJ FAKTURA – betalt i förskott", "Ingen fakturering",
#: "No invoice – sponsor", "Ei laskua, maksettu etukäteen"): only at a cell's start, where it speaks of its own row
#: (in prose "no invoice has come yet" says something else)
_NO_INVOICE_CELL_RE = re.compile(r"(?i)^\W*(?:ej|ingen|inte|no|ei)\s+(?:faktura|fakturering|invoice|invoicing|bill|"
                                 r"billing|laskua|laskutusta)\b")
_CODE_RE = re.compile(r"^[A-Za-z]{0,3}-?\d{2,6}[A-Za-z]?$")
_THOUSANDS_RE = re.compile(r"^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$")


def is_sum_cell(cell: str) -> bool:
    """'Summa', 'Yhteensä (EUR)', 'Moms 25 %', 'Total excl. VAT:' — a sum/VAT row's label cell."""
    return bool(cell) and bool(_SUM_CELL_RE.match(cell))


_SUM_OPENS_RE = re.compile(rf"(?i)^\s*(?:{_SUM_WORDS})\b")


def opens_with_sum_word(cell: str) -> bool:
    """'Delsumma Nordbyggen', 'Totalt att fakturera', 'Subtotal Acme': a sum word then free words — a sum row
    when the row holds no article and no count (the caller checks; "Total kväve, analys" with a count is a line)."""
    return bool(cell) and bool(_SUM_OPENS_RE.match(cell))


#: a sum row that counts ("Summa antal prov", "Total number of tests", "Yhteensä lukumäärä"): its count is the sum
_COUNT_SUM_RE = re.compile(rf"(?i)^\s*(?:{_SUM_WORDS})\s+(?:antal|number\s+of|count\s+of|lukumäärä|määrä)\b")


def opens_a_sum_row(cell: str, has_quantity: bool) -> bool:
    """The first cell of a row without an article opens a sum row: a sum word then free words with no count in
    the row (`opens_with_sum_word`), or a sum of counts whose count is the total ("Summa antal prov … 46")."""
    return opens_with_sum_word(cell) and (not has_quantity or bool(_COUNT_SUM_RE.match(cell)))


def is_not_invoiced(cell: str) -> bool:
    """A cell saying its row is not to be invoiced (included in an agreement, free of charge)."""
    return bool(cell) and bool(NOT_INVOICED_RE.search(cell) or _NO_INVOICE_CELL_RE.match(cell))


def is_example_cell(cell: str) -> bool:
    return bool(cell) and bool(_EXAMPLE_RE.match(cell))


_RANGE_CELL_RE = re.compile(r"(?i)^\d+(?:[.,]\d+)?\s*(?:[-–—]|\s(?:till|to|à|or|eller|tai)\s)\s*"
                            r"\d+(?:[.,]\d+)?(?![\d.])")


def parse_quantity(cell: str) -> Decimal | None:
    """'6.5', '7,5', '14', '1 250', 'två', '21 vrk (7.9.–27.9.2026)' → Decimal."""
    s = (cell or "").strip()
    if not s:
        return None
    if _THOUSANDS_RE.match(s):
        s = re.sub(r"[ \u00a0\u202f]", "", s)
    if _RANGE_CELL_RE.match(s):
        return None     # "3–4", "2 till 3", "5 or 6": a span of counts is no count (asked)
    hm = hours_minutes(s, [])
    if hm is not None and hm[1][0] == 0 and not s[hm[1][1]:].strip():
        return hm[0]    # "2 h 15 min": 2.25 hours, never the 2 (a minute count with no whole hundredth: asked)
    mo = minutes_only(s, []) if re.fullmatch(r"\d{1,3}\s*(?:min|minuter|minuuttia|minutes)\.?", s, re.I) else None
    if mo is not None or re.fullmatch(r"\d{1,3}\s*(?:min|minuter|minuuttia|minutes)\.?", s, re.I):
        return mo[0] if mo else None    # "90 min": 1.5 hours, never 90
    m = re.match(r"^(-?\d+(?:[.,]\d+)?)(?![\d.]*\.\d+\.)", s)
    if m and not re.match(r"^\d{1,2}\.\d{1,2}\.", s):
        try:
            return Decimal(m.group(1).replace(",", "."))
        except InvalidOperation:
            return None
    w = s.split()[0] if s.split() else ""
    return word_value(w)


def parse_percent(cell: str) -> Decimal | None:
    """A VAT rate cell ("25", "25,5 %", "moms 6%"); a cell holding any other number is a VAT amount ("1 080,00",
    "4800") in a column headed only "Moms", never a rate. A fraction without a per cent sign ("0.25", "0.06") is a
    spreadsheet's percent cell: 25 %, 6 %."""
    frac = re.fullmatch(r"\s*0[.,](\d{1,4})\s*", cell or "")
    if frac:
        v = Decimal("0." + frac.group(1)) * 100
        return v.to_integral() if v == v.to_integral() else v.normalize()
    m = re.search(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)(?![\d])\s*%?", cell or "")
    if not m or re.search(r"\d", (cell or "")[:m.start()] + (cell or "")[m.end():]):
        return None
    v = Decimal(m.group(1).replace(",", "."))
    return v if v <= 50 else None


def fmt_pct(v: Decimal) -> Decimal:
    return v.normalize() if v == v.to_integral() else v


def code_of(cell: str) -> str | None:
    """The article code a cell starts with ('1030', 'V220', '1030 Konsultation')."""
    s = (cell or "").strip()
    if not s:
        return None
    tok = s.split()[0]
    return tok.upper() if _CODE_RE.match(tok) else None


#: a month range in a period cell: "9–12/2027", "09-12.2027", "9/2027–12/2027", "2027-09 – 2027-12" (holdout 36:
#: "9–12/2027", the autumn term, left the line undated)
_MONTH_RANGE_RES = (re.compile(r"(?P<m1>\d{1,2})\s*[-–—]\s*(?P<m2>\d{1,2})[/.](?P<y>\d{4})"),
                    re.compile(r"(?P<m1>\d{1,2})[/.](?P<y1>\d{4})\s*[-–—]\s*(?P<m2>\d{1,2})[/.](?P<y>\d{4})"),
                    re.compile(r"(?P<y1>\d{4})-(?P<m1>\d{1,2})\s*(?:[-–—]{1,2}|\s[-–—]\s)\s*(?P<y>\d{4})-(?P<m2>\d{1,2})"))


def _month_range(s: str) -> tuple[dt.date, dt.date] | None:
    """A whole cell naming a first and a last month: from the first's first day to the last's last day."""
    for rx in _MONTH_RANGE_RES:
        m = rx.fullmatch(s)
        if m:
            y2 = int(m.group("y"))
            first = _month(int(m.groupdict().get("y1") or y2), int(m.group("m1")))
            last = _month(y2, int(m.group("m2")))
            return (first[0], last[1]) if first and last and first[0] < last[0] else None
    return None


def _month(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    if not (1 <= m <= 12 and 1990 <= y <= 2100):
        return None
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def day_month_cell(cell: str, year: int) -> tuple[dt.date, dt.date] | None:
    """"11.6" in a column headed as the date: a day of the mail's year. Only under a date header — anywhere else
    "11.6" is as likely a count with a decimal point."""
    m = re.fullmatch(r"\s*(\d{1,2})\.(\d{1,2})\.?\s*", cell or "")
    try:
        day = dt.date(year, int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:
        return None
    return (day, day) if day else None


def cell_period(cell: str, year: int) -> tuple[dt.date, dt.date] | None:
    """A period/date cell as (first, last): a range, a date (both ends), a month ('2026-03', '03/2026')."""
    s = (cell or "").strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", s)
    if m:
        return _month(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{4})", s)
    if m:
        return _month(int(m.group(2)), int(m.group(1)))
    months = _month_range(s)
    if months:
        return months
    # ISO 8601 intervals: "2026-11-01--2026-11-30" and "2026-11-01/2026-11-30" are a range, not one day
    s = re.sub(r"(?<=\d)\s*(?:--|/)\s*(?=\d{4}-\d{1,2}-\d)", " – ", s)
    found = find_dates(s, year)
    if not found:
        return None
    return found[0].first, found[-1].last if len(found) > 1 and re.search(r"[–—-]|\btill\b|\bto\b", s) \
        else found[0].last

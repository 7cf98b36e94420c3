"""Labels that order forms and case systems print and the lexicon's generic labels do not name, each taken only
with a value of its kind (so an article named like a label, "Koulutuspäivä, osallistuja", stays an article).

The service day by a compound word: "Provtagningsdatum", "Kursdatum", "Besöksdag", "Näytteenottopäivä",
"Koulutuspäivä", "Tarkastuspvm", "Sampling date", "Course date".

Order and case systems print the service day once, above or beside the lines, under such a label; the
invoice's lines are for that day (the contract's period). Only a stem that names a service or delivery makes
it one: "Fakturadatum", "Förfallodag", "Eräpäivä", "Tilauspäivä", "Beställningsdatum" and "Payment date" are
the invoice's or the order's own days and never a line's period, so they are not matched.

The count of a course or event form: "Osallistujia 14", "Antal deltagare: 12", "Participants: 9", or of a
service's times ("Tyhjennyskertoja: 2", "Antal tillfällen: 3") — the line's quantity when the value is a bare
count (a list of names under "Deltagare" is no count and is not taken).
"""
from __future__ import annotations

import re

from .dates import find_dates

#: the activities whose day is the line's period (sv / fi / en), as the first part of a compound label
_SERVICE_STEMS = (
    r"provtagning|prov|leverans|utförande|besök|fältarbete|kurs|utbildning|mätning|besiktning|inspektion|"
    r"analys|uppdrag|"
    r"näytteenotto|näyte|näytteen\s?otto|toimitus|suoritus|käynti|maastotyö|koulutus|kurssi|tarkastus|"
    r"mittaus|analyysi|"
    r"sampling|sample|delivery|visit|inspection|course|training|field\s?work|measurement|analysis")
_DAY_WORDS = r"datum|dag|date|day|päivä|pvm|päivämäärä|ajankohta"
SERVICE_DATE_LABEL_RE = re.compile(rf"(?i)^(?:{_SERVICE_STEMS})(?:s|en)?[\s-]?(?:{_DAY_WORDS})$")


def is_service_date_label(label: str) -> bool:
    """Whether a normalised label (intake.extract.lexicon.norm_label) names the service day."""
    return bool(SERVICE_DATE_LABEL_RE.match(label.strip()))


COUNT_LABEL_RE = re.compile(
    r"(?i)^(?:antal\s+)?(?:deltagare|deltagarantal|personer|osallistujia|osallistujat|osallistujamäärä|"
    r"osallistujien\s+(?:määrä|lukumäärä)|henkilömäärä|henkilöitä|(?:number\s+of\s+|no\s+of\s+)?participants|"
    r"attendees|(?:number\s+of\s+)?people|"
    # a count of times ("Tyhjennyskertoja: 2", "Käyntikerrat: 3", "Antal tillfällen: 2", "Number of visits: 2")
    r"\w*kertoja|\w*kerrat|\w*kertojen\s+määrä|kertamäärä|(?:antal\s+)?(?:gånger|tillfällen|\w+tillfällen)|"
    r"(?:number\s+of\s+)?(?:times|occasions|visits))$")
_BARE_COUNT_RE = re.compile(r"(?i)^\d{1,4}\s*(?:st|kpl|hlö|henkilöä|pers|personer|deltagare|osallistujaa|"
                            r"people|persons|participants|kertaa|krt|gånger|ggr|times)?\.?$")


def is_count_label(label: str, value: str) -> bool:
    """Whether a normalised label names a form's count of participants and its value is a bare count."""
    return bool(COUNT_LABEL_RE.match(label.strip()) and _BARE_COUNT_RE.match(value.strip()))


#: a bare date label ("Datum", "Päivämäärä", "Date"): the sending day on an advice or a form, so never a period by
#: itself — but a range under it ("Datum: 2026-11-30 – 2026-12-01") is a span of days, which only a period is
_BARE_DATE_LABEL_RE = re.compile(r"(?i)^(?:datum|päivämäärä|pvm|date|dates|dag(?:ar)?|päivät)$")


def is_dated_range(label: str, value: str) -> bool:
    """A bare date label whose whole value is one range of days (a booking's dates): a period."""
    if not _BARE_DATE_LABEL_RE.match(label.strip()):
        return False
    ds = find_dates(value, 2000)
    return len(ds) == 1 and ds[0].kind == "range" and ds[0].first < ds[0].last and \
        not value[:ds[0].start].strip() and not value[ds[0].end:].strip(" .")


#: a bare day label ("Päivä", "Dag", "Day", "Datum", "Date") whose value opens with a weekday: the day of the
#: service ("Päivä: la 30.1.2027"); a bare date there may be the letter's own, and a time stamp ("Date: Tue, 2 Feb
#: 2027 10:14") heads a forwarded mail
_BARE_DAY_LABEL_RE = re.compile(r"(?i)^(?:päivä|päivämäärä|pvm|dag|datum|day|date)$")
_WEEKDAY_VALUE_RE = re.compile(
    r"(?i)^(?:ma|ti|ke|to|pe|la|su|maanantai(?:na)?|tiistai(?:na)?|keskiviikko(?:na)?|torstai(?:na)?|"
    r"perjantai(?:na)?|lauantai(?:na)?|sunnuntai(?:na)?|mån|tis|ons|tors|fre|lör|sön|\w+dag(?:en)?|"
    r"mon|tue|wed|thu|fri|sat|sun|\w+day)\.?,?\s+\d")


#: a span of clock time after the day ("la 26.2. klo 21.40–23.10", "tis 3.11. kl. 8–12"): when the service was done —
#: a mail's time stamp is one time, never a span
_CLOCK_SPAN_RE = re.compile(r"(?i)[\s,]+(?:klo|kl\.?|at|from)?\s*\d{1,2}(?:[:.]\d{2})?\s*[–-]\s*"
                            r"\d{1,2}(?:[:.]\d{2})?\s*$")


def is_weekday_date(label: str, value: str) -> bool:
    """Whether a bare day label's value is a weekday and one date, with no time of day but a span of clock time."""
    v = _CLOCK_SPAN_RE.sub("", value.strip())
    return bool(_BARE_DAY_LABEL_RE.match(label.strip()) and _WEEKDAY_VALUE_RE.match(v)
                and not re.search(r"\d{1,2}[:.]\d{2}(?![.\d])", v) and len(find_dates(v, 2000)) == 1)

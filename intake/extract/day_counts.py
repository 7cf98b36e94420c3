"""A count charged per participant *and day*: "4 deltagare båda dagarna … debiteras per deltagare och dag".

When the text says a line is billed per participant (person) and day, the invoiced quantity is participants ×
days, not the participants written: taken as written, only one day of a two-day course would be invoiced. The
product is taken only when the text also says the count held on every day ("båda dagarna", "molempina
päivinä", "each day") and the line's period is a short run of days; a per-day charge over a period whose days
are not clear, or a count not said to hold each day, is asked (the quantity dropped) — never guessed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .model import LineItem
from .numbers_words import WORD_ALT, word_value
from .text_context import TextContext

_PERSON = r"(?:deltagare|person(?:er)?|osallistuja\w*|henkilö\w*|hlö|participants?|attendees?|persons?|heads?)"
_DAY = r"(?:dag|dagen|dygn|päivä\w*|pv|days?)"
#: billing per participant and day, in sv/fi/en, also as one compound ("deltagardag", "osallistujapäivä")
PER_PERSON_DAY_RE = re.compile(
    rf"(?i)(?:\bper\b|/|\bkohden\b|\bkohti\b)\s*{_PERSON}\s*(?:,|och|ja|and|per|/|&)?\s*(?:per\s+|/\s*)?{_DAY}\b|"
    rf"\b{_PERSON}\s*(?:kohden|kohti)\s+(?:ja\s+)?(?:päivässä|päivältä|päivää\s+kohden)|"
    r"\b(?:deltagardag\w*|deltagardygn\w*|osallistujapäiv\w*|henkilöpäiv\w*|participant[- ]days?|"
    r"person[- ]days?)\b")
#: the count held on every day of the period
EACH_DAY_RE = re.compile(
    r"(?i)\b(?:båda|bägge|alla|samtliga)\s+(?:\w+\s+)?dag(?:arna|ar)?\b|\bvarje\s+dag\b|\bvarje\s+kursdag\b|"
    r"\bmolempina\s+päivinä\b|\bkumpanakin\s+päivänä\b|\bjoka\s+päivä\b|\bjokaisena\s+päivänä\b|"
    r"\bkaikkina\s+(?:\w+\s+)?päivinä\b|\b(?:both|all|each|every)\s+(?:\w+\s+)?days?\b|\bon\s+each\s+of\s+the\b")
#: a run of days longer than this is no course of days whose count is clear (a month charged per day is asked)
_MAX_DAYS = 7


#: an article counted in persons (its name, unit or the line's own words): "Kurs, per deltagare", "hlö"
_PERSON_ARTICLE_RE = re.compile(rf"(?i)\b{_PERSON}\b|\bkurs\w*|\bkoulutu\w*|\bcourse\w*|\btraining\b")


def apply_per_day_billing(lines: list[LineItem], text: str, ctx: TextContext) -> None:
    """Multiply (or, when unsure, drop) the counts of lines billed per participant and day (see module doc). Only
    lines counted in persons: a field day's count beside a course's is no count of participants."""
    if not PER_PERSON_DAY_RE.search(text):
        _for_days_said(lines, text, ctx)
        return
    each_day = bool(EACH_DAY_RE.search(text))
    for li in lines:
        if li.quantity is None or li.period is None or not _counts_persons(li, ctx):
            continue
        days = (li.period[1] - li.period[0]).days + 1
        if days <= 1:
            continue
        w = li.where.get("quantity")
        if each_day and days <= _MAX_DAYS:
            li.quantity = li.quantity * Decimal(days)
            if w:
                li.where["quantity"] = replace(w, rule=f"per participant and day: count × {days} days",
                                               how="computed")
        else:
            li.quantity = None      # participants, or participant-days? asked
            li.where.pop("quantity", None)


#: the count held for the days said: "for two days", "i två dagar", "kahtena päivänä", "kahden päivän ajan"
_FOR_DAYS_RE = re.compile(rf"(?i)\b(?:for|i|under)\s+(?P<n>\d|{WORD_ALT})\s+(?:days?|dagar|dygn)\b|"
                          rf"\b(?P<f>\d|{WORD_ALT})\s+(?:päivänä|päivän\s+ajan)\b")
#: the register's article priced per participant and day, in its name or unit
_PERSON_DAY_ARTICLE_RE = re.compile(r"(?i)participant-days?|deltagardag|deltagardygn|henkilöpäiv|hlöpv|"
                                    r"osallistujapäiv|person-days?")


def _for_days_said(lines: list[LineItem], text: str, ctx: TextContext) -> None:
    """"conference fee (UN10): a dozen participants for two days" for an article the register prices per
    participant and day: the participants said to come for a number of days are participants × days (12 × 2)."""
    said = {word_value(t.casefold()) if not t.isdigit() else Decimal(t)
            for m in _FOR_DAYS_RE.finditer(text) for t in [m.group("n") or m.group("f")]}
    said.discard(None)
    if len(said) != 1:
        return
    days = next(iter(said))
    for li in lines:
        art = ctx.registry.article(ctx.agency_code, li.article) if li.article else None
        name = " ".join(str(x) for x in ((art or {}).get("name"), (art or {}).get("unit")) if x)
        if li.quantity is None or days is None or days < 2 or not (
                PER_PERSON_DAY_RE.search(name) or _PERSON_DAY_ARTICLE_RE.search(name)):
            continue
        li.quantity = li.quantity * days
        w = li.where.get("quantity")
        if w:
            li.where["quantity"] = replace(w, rule=f"per participant and day: count × {days} days", how="computed")


def _counts_persons(li: LineItem, ctx: TextContext) -> bool:
    art = ctx.registry.article(ctx.agency_code, li.article) if li.article else None
    said = " ".join(str(x) for x in ((art or {}).get("name"), (art or {}).get("unit"), li.description) if x)
    return bool(_PERSON_ARTICLE_RE.search(said))

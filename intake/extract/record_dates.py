"""The bare date of a booking or case record ("Datum | 2026-11-24", "Päivä | 2.12.2026", "Date: 4 Dec 2026")
beside the record's article and count: the day of the line it describes.

Why: a bare "Datum:" is usually when a letter, an advice or a forwarded mail was written, so on its own it is no
period (intake.extract.form_labels). A booking or case system, though, writes one record per booking as a
key/value table — who booked, the room, the day, the article, the hours — and there the day is the one the
room was used (the contract: a single service date is both start and end). The date counts only inside such a
record: the same unbroken run of labelled lines holds an article or count label, holds no mail-header label
(From, Sent, Subject, Lähettäjä, Aihe …), and holds exactly one bare date, which does not head the run (a
letter's or a form's date comes first; a booking's day is one of its attributes after who booked what).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .dates import find_dates
from .lexicon import norm_label
from .model import LineItem, Where
from .text_context import TextContext

_BARE_DATE = frozenset({"datum", "dag", "date", "day", "päivä", "päivämäärä", "pvm"})
_HEADER_LABELS = frozenset({"från", "from", "till", "to", "ämne", "subject", "skickat", "skickad", "sent",
                            "lähettäjä", "vastaanottaja", "aihe", "lähetetty", "kopia", "cc"})
_ITEM_FIELDS = ("item_article", "item_quantity")
#: any "Label: value" line (or "| Label | value |"), known to the lexicon or not ("Bokare", "Lokal", "Tila")
_ANY_LABEL_RE = re.compile(r"^\s*\|?\s*(?P<l>[^\W\d_][\w .-]{0,30}?)\s*(?::|\|)\s*(?P<v>\S.*?)\s*\|?\s*$")


def _any_label(t: str, known: Callable[[str], tuple[str, str, str] | None]) -> tuple[str | None, str, str] | None:
    found = known(t)
    if found:
        return found
    m = _ANY_LABEL_RE.match(t)
    return (None, m.group("l"), m.group("v")) if m else None


def _runs(body: list[tuple[int, str]], labelled: Callable[[str], tuple[str, str, str] | None]
          ) -> list[list[tuple[int, tuple[str | None, str, str]]]]:
    """Unbroken runs of labelled lines (consecutive line numbers)."""
    runs: list[list[tuple[int, tuple[str | None, str, str]]]] = []
    prev = None
    for n, t in body:
        found = _any_label(t, labelled)
        if found is None:
            prev = None
            continue
        if prev is None or n != prev + 1:
            runs.append([])
        runs[-1].append((n, found))
        prev = n
    return runs


def apply_record_date(items: list[LineItem], body: list[tuple[int, str]], ctx: TextContext,
                      labelled: Callable[[str], tuple[str, str, str] | None]) -> None:
    """Date the lines of a booking record without a period by the record's one bare date (see the module doc)."""
    if not items or any(li.period for li in items):
        return
    for run in _runs(body, labelled):
        labels = [(n, norm_label(lab), f, val) for n, (f, lab, val) in run]
        if not any(f in _ITEM_FIELDS for _n, _l, f, _v in labels) or \
                any(lab in _HEADER_LABELS for _n, lab, _f, _v in labels):
            continue
        dates = [(n, val) for n, lab, f, val in labels if f is None and lab in _BARE_DATE]
        if len(dates) != 1 or dates[0][0] == labels[0][0]:
            continue    # a date heading the block is when the letter or form was written ("Datum: …" first)
        n, val = dates[0]
        ds = find_dates(val, ctx.year, ctx.on)
        if len(ds) != 1 or val[:ds[0].start].strip() or val[ds[0].end:].strip(" ."):
            continue
        for li in items:
            li.set_period((ds[0].first, ds[0].last), Where(ctx.part, line=n, rule="label:record date",
                                                           how="stated"))
        return

"""A repeat of the sender's own earlier request, quoted below (or that request sent again): "Samma som förra
månaden men 3 timmar i stället för 2. Gäller november 2026.", "Sama kuin viime kuussa, mutta 5 h eikä 4", "Same
as last month but 3 hours instead of 2".

The sender's own quoted mail is history and is never read (intake.extract.quoting): a line taken from it would be
invoiced twice. But when the newest part says the request is the same as that earlier one, the customer and the
lines are there and nowhere else; read as nothing, the mail asked nothing. So the own history becomes the quoted
fallback (read when the newest part gives no line), the newest part's change of count ("3 i stället för 2") is a
correction of it (intake.extract.corrections), and the newest part's period replaces the old one. Every value
from history keeps its segment in its provenance, so the gate holds the request for a clerk (`quoted_history`):
it is read for the clerk, never sent straight through.
"""
from __future__ import annotations

import re

from .dates import find_dates
from .model import LineItem, Where
from .segments import Segment, is_question_mail

#: "samma som förra månaden/gången", "som senast", "sama kuin viime kuussa", "kuten edellisellä kerralla",
#: "same as last month/time", "as last month"
REPEAT_RE = re.compile(
    r"(?i)\b(?:samma\s+som|likadant\s+som|som)\s+(?:förra|föregående|senaste|i\s+förra)\s+"
    r"(?:månad(?:en)?|gången|veckan|kvartalet|fakturan?)\b|\bsamma\s+som\s+senast\b|"
    r"\b(?:sama\s+kuin|samoin\s+kuin|kuten)\s+(?:viime|edellisellä|edellisessä|edellinen)\s+"
    r"(?:kuussa|kerralla|kerta|laskussa|viikolla)\b|"
    r"\b(?:same\s+as|as)\s+(?:last|the\s+previous|previous)\s+(?:month|time|week|quarter|invoice)\b|"
    # the sender's own request sent again ("skickar om denna – har inte sett någon faktura", "lähetän tämän
    # uudelleen", "resending this"): the request is below and nowhere else; held for a clerk (quoted_history)
    r"\bskickar\s+(?:om\s+)?(?:denna|detta|den\s+här|det\s+här|mitt\s+mejl|mejlet|underlaget)(?:\s+igen)?\b|"
    r"\blähetän\s+(?:tämän\s+|viestin\s+)?(?:uudelleen|uudestaan)\b|\bresend(?:ing)?\s+(?:this|my\s+(?:mail|request))\b|"
    r"\bsending\s+this\s+again\b")


#: the newest part completes the sender's own request quoted below with what it forgot ("glömde antalet: 2 st",
#: "unohtui määrä: 3 kpl", "forgot the quantity: 2"): the request is below, the missing value on top
COMPLETES_RE = re.compile(
    r"(?i)\b(?:glömde|glömt|glömske|komplettering|kompletterar|unohdin|unohtui|unohtunut|täydennys|täydennän|"
    r"forgot|forgotten|i\s+left\s+out)\b")


#: a count with its unit ("2 st", "4 kpl", "3,5 h"): what a completion adds to a quoted request that lacked it
_COUNT_RE = re.compile(r"(?i)(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:st|styck\w*|kpl|pcs|h|tim\w*|tuntia|dagar|pv|"
                       r"päivää|days?|hours?)(?!\w)")


def says_repeat(segments: list[Segment]) -> bool:
    """Whether the newest part says the request repeats an earlier one."""
    return any(REPEAT_RE.search(s.text(with_signature=False)) for s in segments if s.role == "newest")


def says_completion(segments: list[Segment]) -> bool:
    """Whether the newest part gives the count its own quoted request forgot ("glömde antalet: 2 st"). Anything
    else it adds ("glömde att skriva: perioden är oktober") leaves the quoted request history: that request was
    complete and is already with the centre."""
    return any(COMPLETES_RE.search(t := s.text(with_signature=False)) and _COUNT_RE.search(t)
               for s in segments if s.role == "newest")


def own_history_as_fallback(segments: list[Segment]) -> None:
    """The first history segment right under the newest part (the sender's own quoted mail, not a question
    mail) becomes the quoted fallback when the newest part says it repeats it."""
    if not (says_repeat(segments) or says_completion(segments)):
        return
    for s in segments:
        if s.role == "history" and s.level == 1 and s.intro in ("header", "original", "reply", "quote") and \
                not is_question_mail(s):
            s.role = "quoted"
            return


def newest_period(used: list[Segment], year: int) -> tuple | None:
    """The one month or run of days the newest part names ("Gäller november 2026")."""
    spans = [d for s in used if s.role == "newest" for _n, t in s.body() for d in find_dates(t, year)
             if d.kind != "single"]
    return (spans[0].first, spans[0].last) if len(spans) == 1 else None


def apply_repeat(lines: list[LineItem], used: list[Segment], year: int, part: str) -> None:
    """The newest part's period for the lines read from the repeated history (see the module docstring)."""
    if not says_repeat(used):
        return
    per = newest_period(used, year)
    if per is None:
        return
    for li in lines:
        seg = next((w.segment for w in li.where.values() if w.segment), None)
        if seg == "quoted":
            li.set_period(per, Where(part, rule="repeat: the newest part's period", how="stated",
                                     segment="newest"))

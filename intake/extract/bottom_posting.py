"""A bottom-posted answer that says yes to the quoted message above it: that message is content, not history.

    > Hej Leif, lotsning … 4,5 lotstimmar (LO10), lotsbåt 1 uppdrag (LO20). Ok att fakturera?
    Ja, men lägg till väntetid 2 timmar (LO30) samma dag.

Why: quoted history is read only as a fallback (intake.extract.quoting), so when the answer below the quote adds a
line of its own, the quoted request it confirms was lost and only the addition went out (a blind set: a
top-posted forward of a bottom-posted chain). A reply written under the quote answers that quote; when its first
word says yes ("Ja", "Ok", "Kyllä", "Joo", "Yes", "Stämmer"), the quoted message right above it (one level
deeper) takes the answer's role and is read in mail order before it. A quoted question mail of the centre is
never taken (replies to our questions are read by intake.extract.replies).
"""
from __future__ import annotations

import re

from .segments import Segment, is_question_mail

_YES_RE = re.compile(r"(?i)^\s*(?:ja|japp|jo|jepp|ok(?:ej|ay)?|absolut|gärna|stämmer|precis|kyllä|joo|juu|käy|"
                     r"sopii|selvä|yes|yep|sure|correct|fine)\b\s*[,.!:–-]?")


def confirm_quotes_answered_below(segments: list[Segment], centre: set[str]) -> None:
    """Give a quoted segment the role of the yes-answer written right under it (module doc)."""
    _resumed_keep_their_message(segments)
    for prev, seg in zip(segments, segments[1:]):
        if seg.role not in ("newest", "forwarded") or prev.role not in ("quoted", "history") or \
                prev.level != seg.level + 1 or is_question_mail(prev) or (prev.sender or "") in centre:
            continue
        if _YES_RE.match(seg.text(with_signature=False)):
            prev.role = seg.role


def _resumed_keep_their_message(segments: list[Segment]) -> None:
    """Text resumed under a '>' block inside a forwarded message is that message's writer again (the segmenter
    gives it no header of its own): it takes the role of the message's segment above the quote."""
    for k in range(2, len(segments)):
        seg, prev = segments[k], segments[k - 1]
        if seg.role != "quoted" or not prev.quoted or prev.level != seg.level + 1 or seg.headers or seg.sender:
            continue
        owner = next((s for s in reversed(segments[:k - 1]) if s.level <= seg.level), None)
        if owner is not None and owner.level == seg.level and owner.role == "forwarded":
            seg.role = owner.role

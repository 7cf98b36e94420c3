"""A request that forwards a payment advice alongside ("1) Laskuttakaa X:ltä … 2) Alla Y:n maksuilmoitus
tiedoksi", "Fakturera X … Betalningsaviseringen nedan för kännedom", "Please invoice X … The remittance advice
below is for your records").

Why: such a mail asks for an invoice in the sender's own words, and the advice only stands in the forwarded part;
read as an advice, the request was lost. The kind stays `invoice_request` and the advice is reported beside it
(the contract's output holds both). Only when the sender's own text asks to invoice and the forwarded text, not
the own text alone, is the advice.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .kinds import asks_for_invoice
from .mime import Mail, Part
from .payments import MARKER_RE, is_payment_advice
from .segments import split_segments

#: an own line that only points to the advice below ("2) Alla X:n maksuilmoitus tiedoksi reskontraan.", "Bifogar
#: betalningsaviseringen för kännedom."): a leading enumerator, no other number
_ENUMERATOR_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s*")


def _points_to_advice(line: str) -> bool:
    rest = _ENUMERATOR_RE.sub("", line)
    return bool(MARKER_RE.search(rest)) and not re.search(r"\d", rest) and not asks_for_invoice(rest)


def asks_and_forwards_advice(body: str) -> bool:
    """The sender's own text asks to invoice and the advice stands in a forwarded or quoted part below it."""
    segs = split_segments(body)
    own = "\n".join(s.text(with_signature=False) for s in segs if s.level == 0)
    below = [s.text() for s in segs if s.level > 0]
    return bool(below) and asks_for_invoice(own) and is_payment_advice(below, "")


def without_forwarded_advice(mail: Mail, body: str) -> Mail:
    """The mail with the forwarded advice (its header block and text, and the own lines that only point to it)
    cut out of the body: the request is read and checked from the rest, so the advice's payer and rows never
    become a customer and lines to invoice (the advice is reported beside the requests)."""
    segs = split_segments(body)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    drop: set[int] = set()
    for i, s in enumerate(segs):
        if s.level > 0 and s.lines and is_payment_advice([s.text()], ""):
            start = segs[i - 1].lines[-1][0] + 1 if i and segs[i - 1].lines else s.lines[0][0]
            drop.update(range(start, s.lines[-1][0] + 1))
        elif s.level == 0:
            drop.update(n for n, ln in s.lines if _points_to_advice(ln))
    kept = "\n".join(ln for n, ln in enumerate(lines, 1) if n not in drop)
    others = [p for p in mail.parts if p.is_attachment or p.kind not in ("text", "html")]
    return replace(mail, parts=[Part("body", "text", "text/plain", text=kept), *others], alternative_html="")

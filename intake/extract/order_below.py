"""The customer of an order quoted below an agency's reply: "alla seurakuntayhtymän tilaus" above a client's mail.

An agency that answers (or forwards with a reply prefix, "VS:"/"SV:"/"RE:") a client's order writes the line
itself — article, agreed price, delivery date — and leaves whom to bill to the order below ("Laskutus: Sastamalan
seurakuntayhtymä", "Tilausnumero: SRK-2027-07"). The quoted order is history for lines (its "six benches" are
not the count), but when the newest text names no customer and points below, the order's customer and references
are the request's: without them the request asked for a customer the mail gives (holdout40 t29), or took a name
from the agency's own signature.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields

from .model import CustomerInfo, Fragment
from .segments import Segment

#: the newest text points at the message below ("alla …", "nedan …", "below", "the order underneath")
_BELOW_RE = re.compile(r"(?i)\b(?:alla|alapuolella|nedan|nedanför|härunder|below|underneath)\b")
_KEYS = [f.name for f in fields(CustomerInfo) if f.name not in ("where", "blank_row", "conflicts", "org_invalid")]


def customer_from_order_below(segments: list[Segment], used: list[Segment], doc: Fragment,
                              read: Callable[[Segment, Fragment], None]) -> None:
    """Fill `doc.customer` from the first quoted message of a third party that the newest text points to, when
    the mail's own text gave lines but no customer identity. `read` reads one segment into a scratch fragment."""
    if not doc.lines or doc.customer.has_identity() or doc.customer.name:
        return
    newest = " ".join(t for s in used if s.role == "newest" for _n, t in s.body())
    if not _BELOW_RE.search(newest):
        return
    order = next((s for s in segments if s.role == "quoted" and s not in used and s.sender), None)
    if order is None:
        return
    scratch = Fragment(source=doc.source)
    read(order, scratch)
    found = scratch.customer
    if not found.has_identity() and not found.name:
        return
    for key in _KEYS:
        if getattr(doc.customer, key) is None and getattr(found, key) is not None:
            setattr(doc.customer, key, getattr(found, key))
            if key in found.where:
                doc.customer.where[key] = found.where[key]
                doc.customer.where[key].segment = "quoted"

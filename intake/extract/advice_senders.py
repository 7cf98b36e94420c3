"""Where an advice told inside a reply chain begins and ends, and who sent it (issue #14).

A customer answers a reminder: "> Från: Lindqvist & Son Måleri AB <…>" / "> Hej, vi betalade faktura 10288 …" /
">> Från: Per Ångström" / ">> Vi saknar betalning för faktura 10288 …". The advice is the message the payment
sentence stands in: the header above it names the payer (a company, not a person), and a header quoted deeper
below it opens an older message — the reminder, whose sender and amounts are not the payment's.
"""
from __future__ import annotations

import re

_HEADER_RE = re.compile(r"(?im)^(?P<q>[>\s]*)(?:(?:från|from|lähettäjä|avsändare)\s*:\s*(?P<val>[^\n]*)|"
                        # an introduction above a quoted note: "från Mälarkust Energi AB:", "from X Ltd:"
                        r"(?:från|from)\s+(?P<intro>[^:\n]{3,80}):\s*)$")
_LEGAL_RE = re.compile(r"(?:^|\s)(?:AB|HB|KB|Oy|Oyj|Ab|Ky|Ay|Ltd|Inc|GmbH|AS|ry|kommun|kunta)(?:\s|$)")


def _depth(prefix: str) -> int:
    return prefix.count(">")


def older_message_start(t: str) -> int:
    """Where a header quoted deeper than the text's first line begins (len(t) when there is none)."""
    first = t.split("\n", 1)[0]
    depth = _depth(first[:len(first) - len(first.lstrip("> \t"))])
    for m in _HEADER_RE.finditer(t):
        if m.group("val") is not None and _depth(m.group("q")) > depth:
            return m.start()
    return len(t)


def sender_above(t: str, pos: int, agency_names: set[str]) -> str | None:
    """The company in the closest header line above `pos` ("Från: X AB <x@y.se>"), not the agency's."""
    found = list(_HEADER_RE.finditer(t, 0, pos))
    if not found:
        return None
    name = (found[-1].group("val") or found[-1].group("intro") or "").split("<", 1)[0].strip(' "')
    if _LEGAL_RE.search(name) and name.casefold() not in agency_names and "@" not in name:
        return name
    return None

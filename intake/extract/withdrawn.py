"""A customer's part of a request withdrawn further down the same mail (issue #14).

"1. Nordbyggen AB – 1040 …, 4 st / 2. Högbo Vattenförening – 1050 …, 1 st / Uppdatering kl. 14.10: Högbo ska
inte faktureras": the list still names Högbo, so read apart both would be invoiced. A sentence saying that a
customer is not to be invoiced ("X ska inte faktureras", "X:ää ei laskuteta", "X should not be invoiced", "don't
invoice X", also a list item's own aside: "X: 1 participant – our speaker, NOT to be invoiced", "X – ej
faktureras") drops that customer's request; the others stand. A request withdrawn as a whole ("stryk det", "Ingen
faktura alltså") is `kinds.NOTHING_TO_INVOICE_RE`'s.
"""
from __future__ import annotations

import re
from typing import Any

from .registry import norm_name, strip_legal

_NOT_INVOICED_RE = re.compile(
    r"(?i)(?P<a>[^.!?\n]{2,80}?)\s+(?:(?:(?:ska|skall|bör|behöver)\s+)?(?:inte|ej)\s+(?:längre\s+)?faktureras|"
    r"faktureras\s+(?:inte|ej))\b|"
    r"(?P<b>[^.!?\n]{2,80}?)\s+(?:ei\s+(?:enää\s+)?laskuteta|(?:(?:should|must|is|are)\s+)?not\s+(?:to\s+)?be\s+"
    r"(?:invoiced|billed))\b|\b(?:fakturera|invoice|bill)\s+(?:inte|ej|not)\s+(?P<c>[^.!?\n]{2,60})|"
    r"\b(?:do\s+not|don'?t)\s+(?:invoice|bill)\s+(?P<d>[^.!?\n]{2,60})|\bälkää\s+laskuttako\s+(?P<e>[^.!?\n]{2,60})")

#: a word every alternative of _NOT_INVOICED_RE contains: the costly search (a lazy clause tried at every
#: position) runs only where one stands
_CUE_RE = re.compile(r"(?i)faktur|laskut|invoic|bill")


def _key(name: str) -> str:
    """The customer name's first distinctive word (legal form dropped), as people shorten it ("Högbo")."""
    words = strip_legal(norm_name(name)).split()
    return next((w for w in words if len(w) >= 4), "")


#: "X faktureras inte förrän i december", "ei laskuteta ennen joulukuuta", "don't invoice X until June": the
#: invoice is put off, not withdrawn — the request stays and intake.gate_timing holds it for a clerk to schedule
_DEFER_WORDS = (r"\b(?:förrän|ännu|innan|före|until|yet|before|vielä|ennen|vasta|till\s+(?:efter|januari|februari|"
                r"mars|april|maj|juni|juli|augusti|september|oktober|november|december))\b")
_DEFERRED_AFTER_RE = re.compile(r"(?i)\s*(?:\S+\s+)?" + _DEFER_WORDS)
_DEFERRED_RE = re.compile(r"(?i)" + _DEFER_WORDS)


def deferred(text: str, m: re.Match[str]) -> bool:
    """The withdrawing words only put the invoice off: a deferral word follows them, or stands in the words
    after the verb ("fakturera inte X förrän …")."""
    tail = m.group("c") or m.group("d") or m.group("e") or ""
    return bool(_DEFERRED_AFTER_RE.match(text, m.end()) or _DEFERRED_RE.search(tail))


def withdrawn_customers(text: str, names: list[str]) -> set[str]:
    """The names among `names` that a sentence of `text` says are not to be invoiced."""
    out: set[str] = set()
    if not _CUE_RE.search(text or ""):     # every alternative names invoicing; most texts have no such word
        return out
    for m in _NOT_INVOICED_RE.finditer(text or ""):
        if deferred(text, m):
            continue
        said = norm_name(next(g for g in m.groups() if g))
        out |= {n for n in names if (k := _key(n)) and re.search(rf"\b{re.escape(k[:max(4, len(k) - 2)])}", said)}
    return out


def drop_withdrawn(out: dict[str, Any], newest: str, prov: dict[str, Any]) -> None:
    """Drop the requests of customers the newest text withdraws, when at least one request stays (a mail
    withdrawing everyone is no request: left to the whole-mail rule). Provenance paths follow the new order."""
    reqs = out.get("requests") or []
    gone = withdrawn_customers(newest, [(r.get("customer") or {}).get("name") or "" for r in reqs])
    keep = [i for i, r in enumerate(reqs) if ((r.get("customer") or {}).get("name") or "") not in gone]
    if not gone or not keep or len(keep) == len(reqs):
        return
    out["requests"] = [reqs[i] for i in keep]
    moved = {}
    for k in list(prov):
        m = re.match(r"requests\[(\d+)\]", k)
        if m:
            v = prov.pop(k)
            if int(m.group(1)) in keep:
                moved[f"requests[{keep.index(int(m.group(1)))}]{k[m.end():]}"] = v
    prov.update(moved)

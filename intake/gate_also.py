"""The straight-through rule's check for a customer added in passing: "Fakturera även Portrycksmätning för Nordkap
(1020) 1 st", "Laskuttakaa myös 2 h Nordkapille", "Please also invoice 2 hours for Nordkap". When the reader did
not see the name as a customer (a short name, no legal form, not in the register) the line's values land on the
first customer's request, and that request would be invoiced as it stands with another customer's line on it —
the money-critical class the fifth held-out set found by probing. The extractor cannot always know a one-word
name is a customer; the gate can see that a line asks to invoice *also* someone whom no request is for, and holds
every request of the message for a clerk (finding `unused_identity`, the same words as another customer named
elsewhere in the message). A name the register knows as an article, a month, or one of the requests' own
customers does not hold anything. Likewise a register customer the newest text names by name ("Sjöbo Vattenråd och
Nordkap Analys AB: 2 fältdagar var") that no request is for: the reader made one request where two were meant.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from intake.extract.mime import Mail, Part
from intake.extract.periods import month_number
from intake.extract.registry import Registry, norm_name, strip_legal
from intake.gate_message import finding, newest_lines

# an invoicing verb with "also" on either side, in one clause
_ALSO = re.compile(r"(?i)\b(?:(?:fakturera|debitera|laskut\w*|invoice|bill|charge)\b[^.;\n]{0,60}?\b"
                   r"(?:även|också|dessutom|likaså|myös|lisäksi|also|as well|too)\b|"
                   r"(?:även|också|dessutom|myös|lisäksi|also)\b[^.;\n]{0,30}?\b"
                   r"(?:fakturera\w*|debitera\w*|laskut\w*|invoice\w*|bill(?:ed)?|charge\w*)\b)")
# whom it is for: "för/åt/till X", "for/to X", a Finnish allative "X:lle / Xille"
_FOR = re.compile(r"\b(?:för|åt|till|for|to)\s+(?P<n>[A-ZÅÄÖ][\w&.-]*(?:\s+[A-ZÅÄÖ][\w&.-]*){0,3})"
                  r"|(?P<fi>[A-ZÅÄÖ][\w-]{2,}?)(?::?lle)\b")


def also_customers(mail: Mail, body_text: Callable[[list[Part]], str], reg: Registry, agency_code: str | None,
                   reqs: list[dict]) -> list[dict[str, str]]:
    """Findings for lines of the newest text (or a forwarded order) that ask to invoice also a named party no
    request is for."""
    own = [strip_legal(norm_name(str((r.get("customer") or {}).get("name") or ""))) for r in reqs]
    articles = {w for a in _articles(reg, agency_code) for w in norm_name(str(a.get("name") or "")).split()[:1]}
    found = []
    for label, n, info in newest_lines(mail, body_text):
        if not (cue := _ALSO.search(info.text)):
            continue
        for name in _named(info.text[cue.start():]):
            if _is_someone_else(name, own, articles, reg):
                found.append(finding("unused_identity", f"{label}:{n}",
                                     f"line {n} asks to invoice also {name}, whom no request is for: "
                                     f"{info.text.strip()}"))
                break
    return found[:3]


def unnamed_customers(mail: Mail, body_text: Callable[[list[Part]], str], reg: Registry, reqs: list[dict],
                      evidence: dict[str, Any]) -> list[dict[str, str]]:
    """Findings for register customers named (by name) in the newest text or a forwarded order that no request is
    for. A name a request states as its customer's is that request's (a name that disagrees with the org number
    is the identity check's finding, not this one)."""
    mine = {str((r.get("customer") or {}).get(k) or "") for r in reqs for k in ("customer_number", "org_no")} - {""}
    stated = {norm_name(str(e.get("value") or "")) for k, e in evidence.items()
              if k.endswith("customer.name") and isinstance(e, dict)}
    found = []
    for label, n, info in newest_lines(mail, body_text):
        for _start, _end, name in reg.find_names(info.text):
            known = reg.by_name(name)
            if known and norm_name(name) not in stated and not any(_keys(c) & mine for c in known):
                found.append(finding("unused_identity", f"{label}:{n}",
                                     f"line {n} names the customer {name}, for whom no request was made: "
                                     f"{info.text.strip()}"))
                break
    return found[:3]


def _keys(customer: dict) -> set[str]:
    """A register customer's customer number and org number, as a request's customer carries them."""
    return {str(customer.get("customer_number") or ""), str(customer.get("org_no") or "")} - {""}


def _named(clause: str) -> list[str]:
    """The names the clause invoices for (capitalised words after för/for/to, or a Finnish allative)."""
    return [(m.group("n") or m.group("fi") or "").strip(" .,") for m in _FOR.finditer(clause)]


def _is_someone_else(name: str, own: list[str], articles: set[str], reg: Registry) -> bool:
    """A party that is none of the requests' customers, no month, and not named like a register article (its
    first word)."""
    key = strip_legal(norm_name(name))
    first = key.split()[0] if key else ""
    if not key or month_number(first) is not None or first in articles:
        return False
    if any(o and (key in o or o in key or o.split()[0] == first) for o in own):
        return False
    return not any(strip_legal(norm_name(str(c.get("name") or ""))) in own for c in reg.by_name(name))


def _articles(reg: Registry, agency_code: str | None) -> list[dict]:
    """The agency's register articles (their names are not parties)."""
    return [a for code in reg.article_codes(agency_code) if (a := reg.article(agency_code, code))]

"""A credit of an issued invoice that also asks for a new invoice ("Kreditera den och fakturera om med rätt värden:
…", "Hyvittäkää se ja laskuttakaa uudelleen näillä tiedoilla: …", "1. Fakturera X … 2. Kreditera faktura N …").

Why: the new invoice is a request like any other (issue #14's blind sets read it as `invoice_request`), but it
must never be issued before a clerk has credited the old one — issued alone the customer pays twice. So the mail
becomes an `invoice_request` with the new invoice's requests, the credit stays under the product's own key
`credit_request`, and every request carries a `credit_first` check naming the invoice to credit: the request waits
as `needs_review` in the clerk's list (core.requests.review) until the clerk has credited it and confirms.

What the mail says about the credited invoice ("vi fakturerade 5 … men det var 3", "Kreditera faktura N till Y,
bildlicenserna 4 st …") is not the new invoice: lines read from a sentence-line that names the credited invoice or
asks for the credit are dropped, and a request left without lines goes (it is the credit's customer). When nothing
stays, the mail stays a `credit_request` (the lines read are kept in `reinvoice` for the clerk, as before).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from intake.extract.issued_questions import _SENTENCE_RE
from intake.extract.kinds import CREDIT_RE, REINVOICE_RE, asks_for_invoice, reinvoice_for_clerk
from intake.extract.patterns import compiled
from intake.gate_message import finding

_PATH_RE = re.compile(r"^requests\[(\d+)\](?:\.lines\[(\d+)\])?")


def read_credit(out: dict[str, Any], credit: dict, newest: str, body: str, prov: dict[str, Any],
                read_requests: Callable[[dict[str, Any]], None]) -> None:
    """Fill `out` for a mail that asks for a credit: a `credit_request`, or an `invoice_request` held for the
    credit when the mail also asks for a new invoice with lines of its own."""
    out["kind"], out["credit_request"] = "credit_request", credit
    number = credit.get("invoice_number")
    if not (REINVOICE_RE.search(newest) or asks_for_invoice(_outside_credit(newest, number))):
        return
    saved = dict(prov)      # the credit's provenance names no request paths
    read: dict[str, Any] = {}
    read_requests(read)
    found = read.get("requests") or []
    kept = _new_invoice_lines(found, _credit_lines(body, number), prov)
    if not kept:
        credit.update(reinvoice_for_clerk(found))
        prov.clear()
        prov.update(saved)
        return
    out["kind"], out["requests"] = "invoice_request", [_only(found[i], js) for i, js in kept]
    _renumber(prov, kept)
    out["review"] = [finding("credit_first", "kind", f"the same mail asks to credit invoice {number or '?'}: a "
                             "clerk credits it on the invoice's page first, then confirms this new invoice")]


def _outside_credit(text: str, number: str | None) -> str:
    """The text without the sentences that ask for the credit or name the credited invoice."""
    return " ".join(s for s in _SENTENCE_RE.findall(text) if not _about_credit(s, number))


def _about_credit(s: str, number: str | None) -> bool:
    return bool(CREDIT_RE.search(s) or (number and compiled(rf"(?<![\d-]){re.escape(number)}(?![\d-])").search(s)))


def _credit_lines(body: str, number: str | None) -> set[int]:
    """The body's line numbers (1-based, as provenance counts) that ask for the credit or name the credited
    invoice: what they count is the old invoice's."""
    return {n for n, ln in enumerate(body.splitlines(), 1) if _about_credit(ln, number)}


def _new_invoice_lines(reqs: list[dict], credit_lines: set[int], prov: dict[str, Any]) -> list[tuple[int, list[int]]]:
    """Per request kept, the indexes of its lines not read from a credit line; requests left without lines go."""
    kept = []
    for i, r in enumerate(reqs):
        js = [j for j in range(len(r.get("lines") or [])) if not _from_credit(prov, i, j, credit_lines)]
        if js:
            kept.append((i, js))
    return kept


def _from_credit(prov: dict[str, Any], i: int, j: int, credit_lines: set[int]) -> bool:
    pre = f"requests[{i}].lines[{j}]."
    return any(isinstance(v, dict) and v.get("part") == "body" and v.get("line") in credit_lines
               for k, v in prov.items() if k.startswith(pre))


def _only(r: dict, js: list[int]) -> dict:
    lines = r.get("lines") or []
    return {**r, "lines": [lines[j] for j in js]} if len(js) != len(lines) else r


def _renumber(prov: dict[str, Any], kept: list[tuple[int, list[int]]]) -> None:
    """Provenance paths follow the kept requests and lines; what was read for a dropped one goes."""
    new_i = {i: n for n, (i, _) in enumerate(kept)}
    new_j = {(i, j): m for i, js in kept for m, j in enumerate(js)}
    moved = {}
    for k in list(prov):
        m = _PATH_RE.match(k)
        if not m:
            continue
        v = prov.pop(k)
        i, j = int(m.group(1)), m.group(2)
        if i not in new_i or (j is not None and (i, int(j)) not in new_j):
            continue
        head = f"requests[{new_i[i]}]" + ("" if j is None else f".lines[{new_j[(i, int(j))]}]")
        moved[head + k[m.end():]] = v
    prov.update(moved)

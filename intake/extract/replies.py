"""Replies to the centre's question mails: the REQ token, what was asked, and the answers above the quote.

Only the paths that were asked are answered, and nothing is taken from the quoted question mail (it holds a
summary of the request whose numbers must not come back as answers).
"""
from __future__ import annotations

import re

from .amounts import find_amounts
from .area_counts import area_count
from .clause_price import find_price
from .identifiers import PEPPOL_RE, find_identifiers
from .mime import token_in
from .quantities import find_quantity
from .segments import Segment, split_segments
from .text_context import TextContext

_PATH_RE = re.compile(r"\((customer\.org_no|customer\.address|lines(?:\[\d+\]\.(?:quantity|unit_price))?)\)")
_NUM_RE = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "första": 0, "andra": 1, "tredje": 2,
             "fjärde": 3, "femte": 4, "ensimmäinen": 0, "ensimmäisen": 0, "toinen": 1, "toisen": 1, "kolmas": 2,
             "kolmannen": 2, "neljäs": 3, "neljännen": 3}
_LINE_NO_RE = re.compile(r"(?i)\b(?:line|rad|raden|rivi|rivin|row)\s*(\d{1,2})\b"
                         r"|\b(\d{1,2})\s*(?:\.|:)?\s*(?:rivi|raden)\b")
_TWO_LINE_ADDRESS_RE = re.compile(r"(?m)^(?P<street>.*\d.*)\n\s*(?:(?:SE|FI|S)-?\s?)?(?P<pc>\d{3} ?\d{2}|\d{5})\s+"
                                  r"(?P<city>\w+)")
#: "Storgatan 1, 111 22 Stockholm", "PL 77, 80101 Joensuu", "Box 517, SE-851 21 Sundsvall"
_ONE_LINE_ADDRESS_RE = re.compile(
    r"(?:(?i:(?:den\s+|the\s+|uusi\s+)?(?:nya\s+|new\s+)?(?:post)?(?:adress(?:en)?|osoite|address)"
    r"(?:\s+(?:är|on|is))?)\s*:?\s*)?(?P<street>[A-ZÅÄÖÉÜ][^,:\n]*?\d[^,:\n]*?)\s*,\s*(?:(?:SE|FI|S)-?\s?)?"
    r"(?P<pc>\d{3} ?\d{2}|\d{5})\s+(?P<city>[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)")
#: an answer put off: "jag återkommer", "vet inte än", "I still need", "I will come back", "palaan asiaan", "ei vielä"
_DEFER_RE = re.compile(r"(?i)\b(?:återkommer|vet\s+(?:jag\s+)?inte|inte\s+än|ännu\s+inte|väntar\s+på|"
                       r"still\s+(?:need|waiting)|come\s+back|get\s+back|don'?t\s+know|not\s+yet|waiting\s+for|"
                       r"palaan|en\s+tiedä|ei\s+vielä|vielä\s+auki|odotan)\b")
_ORD_RE = re.compile(r"(?i)\b(" + "|".join(_ORDINALS) + r")\s+(?:line|rad|raden|rivi|rivin|row|radens)?")


def find_token(subject: str, in_reply_to: str, references: str, body: str) -> str | None:
    """Subject first, then In-Reply-To/References, then the quoted text."""
    return token_in(subject) or token_in(in_reply_to) or token_in(references) or token_in(body)


def asked_paths(text: str) -> list[tuple[int | None, str]]:
    """(question number, path) for every '(path)' in the quoted question mail, in order."""
    out = []
    for ln in text.splitlines():
        ln = re.sub(r"^\s*(?:>\s?)+", "", ln)
        for m in _PATH_RE.finditer(ln):
            nm = _NUM_RE.match(ln)
            out.append((int(nm.group(1)) if nm else None, m.group(1)))
    return out


def _answer_text(body: str) -> str:
    segs = split_segments(body)
    own = [s for s in segs if s.level == 0 and not s.quoted]
    if not own:
        return ""
    s = own[0]
    return "\n".join(t for _, t in (s.lines if s.sig_start is None else s.lines[:s.sig_start]))


def _line_index(text: str) -> int | None:
    m = _LINE_NO_RE.search(text)
    if m:
        return int(m.group(1) or m.group(2)) - 1
    m = _ORD_RE.search(text)
    if m:
        return _ORDINALS[m.group(1).casefold()]
    return None


def parse_reply(body: str, ctx: TextContext, invalid: list[str] | None = None) -> dict | None:
    """The partial request answered in `body`, or None when nothing asked is answered. `invalid` collects the
    asked paths the answer gives a value for that cannot be taken (an org number failing its check digit, an
    approximate price): such a reply is answered again with the question, not held as unreadable."""
    asked = asked_paths(body)
    segs = split_segments(body)
    answer = "\n".join(t for s in segs if s.level == 0 and not s.quoted for _, t in s.body())
    if not answer.strip():
        return None
    invalid = invalid if invalid is not None else []
    if not asked:
        asked = _guess_asked(answer, ctx)
    numbered: dict[int, str] = _inline_answers(segs)
    for ln in answer.splitlines():
        m = _NUM_RE.match(ln)
        if m:
            numbered[int(m.group(1))] = m.group(2)
    result: dict = {}
    lines: dict[int, dict] = {}
    by_line: dict[int, list[str]] = {}
    for num, path in asked:
        text = numbered.get(num) if (num is not None and num in numbered) else None
        if path == "customer.org_no":
            _answer_org_no(text or answer, ctx, result, invalid)
        elif path == "customer.address":
            _answer_address(text or answer, result)
        elif path.startswith("lines["):
            idx = int(path[len("lines["):path.index("]")])
            field = path.rsplit(".", 1)[1]
            by_line.setdefault(idx, []).append(field)
            if text is not None:
                _answer_field(text, field, idx, lines, ctx, bare=True)
    _answer_unnumbered(answer, by_line, lines, ctx)
    if any(a.approximate for a in find_amounts(answer)):  # "ca 1 200 kr": given, but never taken as a price
        invalid.extend(f"lines[{i}].unit_price" for i, fs in by_line.items()
                       if "unit_price" in fs and "unit_price" not in lines.get(i, {}))
    if lines:
        n = max(lines) + 1
        result["lines"] = [lines.get(i, {}) for i in range(n)]
    elif result:
        result["lines"] = []
    return result or None


def _inline_answers(segs: list[Segment]) -> dict[int, str]:
    """Answers written under each quoted question ("> 1. Antal … (lines[0].quantity)" then "8 st"): question
    number -> the writer's text right below it."""
    out: dict[int, str] = {}
    pending: int | None = None
    for s in segs:
        if s.quoted:
            for _, t in s.lines:
                nm = _NUM_RE.match(t)
                if nm and _PATH_RE.search(t):
                    pending = int(nm.group(1))
        elif s.level == 0 and pending is not None and s.text(with_signature=False).strip():
            out.setdefault(pending, s.text(with_signature=False).strip())
            pending = None
    return out


def _answer_org_no(src: str, ctx: TextContext, result: dict, invalid: list[str]) -> None:
    found = [i for i in find_identifiers(src, ctx.on, allow_bare=True) if not ctx.registry.is_agency_identifier(i.raw)]
    valid = [i for i in found if i.value]
    if valid:
        result.setdefault("customer", {})["org_no"] = valid[0].value
    elif found:
        invalid.append("customer.org_no")


def _answer_address(src: str, result: dict) -> None:
    pm = PEPPOL_RE.search(src)
    addr = {}
    if pm:
        addr["peppol_id"] = pm.group(0)
    pc = _TWO_LINE_ADDRESS_RE.search(src) or _ONE_LINE_ADDRESS_RE.search(src)
    if pc:
        addr.update(street=pc.group("street").strip(), postal_code=pc.group("pc"), city=pc.group("city"))
    if addr:
        result.setdefault("customer", {})["address"] = addr


def _still_pending(by_line: dict[int, list[str]], lines: dict[int, dict]) -> dict[int, list[str]]:
    pending = {i: [f for f in fs if f not in lines.get(i, {})] for i, fs in by_line.items()}
    return {i: fs for i, fs in pending.items() if fs}


def _answer_unnumbered(answer: str, by_line: dict[int, list[str]], lines: dict[int, dict], ctx: TextContext) -> None:
    """Unnumbered answers: by sentence, matched to the line they name, else to the only asked line."""
    pending = _still_pending(by_line, lines)
    if not pending:
        return
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", answer) if s.strip()]
    spoken_of: set[int] = set()
    for s in sentences:
        named = _line_index(s)
        if named is not None and _DEFER_RE.search(s):
            spoken_of.add(named)    # "for the expenses on line 2 I still need the receipts": not answered
        only = next(iter(pending)) if len(pending) == 1 else None
        target = named if named in pending else (only if only not in spoken_of else None)
        if target is None:
            continue
        for f in list(pending.get(target, [])):
            _answer_field(s if named is not None else answer, f, target, lines, ctx,
                          bare=len(pending[target]) == 1)
        pending = _still_pending(pending, lines)
    if pending and len(pending) == 1:
        only, fs = next(iter(pending.items()))
        if only in spoken_of:   # named with its answer put off
            return
        for f in fs:
            _answer_field(answer, f, only, lines, ctx, bare=len(fs) == 1)
    elif pending:
        _answer_by_field(answer, pending, lines, ctx)


def _answer_by_field(answer: str, pending: dict[int, list[str]], lines: dict[int, dict], ctx: TextContext) -> None:
    """Several lines asked, each for another field ("the price of line 2, the count of line 1"), answered in any
    order without naming the lines ("hinta on 145,50 € ja näytteitä oli 9 kpl"): a price with its currency answers
    the one line asking a price, a count with its unit the one asking a count. A field asked on two lines is
    answered only by naming the line."""
    owners: dict[str, list[int]] = {}
    for i, fs in pending.items():
        for f in fs:
            owners.setdefault(f, []).append(i)
    price, _unit, _approx, _cur, span = find_price(answer, ctx)
    if price is not None and len(owners.get("unit_price", [])) == 1:
        lines.setdefault(owners["unit_price"][0], {})["unit_price"] = price
    if len(owners.get("quantity", [])) == 1:    # a count with its unit only, never a bare number
        extra = ([span] if span else []) + [(a.start, a.end) for a in find_amounts(answer)
                                            if a.has_currency or a.approximate]
        q, _ = find_quantity(answer, ctx, extra, bare_ok=False)
        if q is not None:
            lines.setdefault(owners["quantity"][0], {})["quantity"] = q


#: the number a reply gives each answer at a line's start ("1. The crew overtime was …"): never a count, also when
#: the whole reply is read because the numbered answer held none
_ANSWER_NO_RE = re.compile(r"(?m)^[ \t>]*\d{1,2}[.)](?=\s)")


def _answer_field(text: str, field: str, idx: int, lines: dict, ctx: TextContext, bare: bool) -> None:
    price, unit, approx, cur, span = find_price(text, ctx)
    if field == "unit_price":
        if price is None and not approx and bare:
            # a bare number answers a price, but never the number of the line it names ("on line 2 I still …")
            refs = [m.span() for rx in (_LINE_NO_RE, _ORD_RE) for m in rx.finditer(text)]
            amts = [a for a in find_amounts(text) if a.value is not None and not a.approximate
                    and not any(s <= a.start < e for s, e in refs)]
            price = amts[0].value if amts else None
        if price is not None:
            lines.setdefault(idx, {})["unit_price"] = price
    elif field == "quantity":
        extra = [span] if span else []
        extra += [(a.start, a.end) for a in find_amounts(text) if a.has_currency or a.approximate]
        extra += [m.span() for m in _ANSWER_NO_RE.finditer(text)]   # "1. …\n2. …": the answers' numbers
        area = area_count(text)     # "11,0 x 3,5 m, alltså 38,5 m²": the area, not a side
        q, _ = (area[0], area[1]) if area else find_quantity(text, ctx, extra, bare_ok=bare)
        if q is None and not bare:
            q, _ = find_quantity(text, ctx, extra, bare_ok=True)
        if q is not None:
            lines.setdefault(idx, {})["quantity"] = q


def _guess_asked(answer: str, ctx: TextContext) -> list[tuple[int | None, str]]:
    """Without a quoted question mail: an identifier answers org_no, else a price/quantity answers line 1."""
    if any(i.value for i in find_identifiers(answer, ctx.on)):
        return [(None, "customer.org_no")]
    return []

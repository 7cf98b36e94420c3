"""Learning from answers: when the agency or a clerk answers a question about a message, find where the message
already held the answer — a table column whose header no rule knows ("Utförda enheter" held the quantity), or a
label no rule knows ("FO-nr ..... 0203187-1" held the org number) — and remember it for the sender
(core.requests.layout_hints). The sender's next message of the same shape is read with the hint and needs no
question.

Only unknown headers/labels are learned (a hint never overrides what the built-in rules read), only when the
answer is found exactly once in the place the question was about (the line's table row or text line; for the
customer, anywhere in the newest text or tables), and only for the fields a hint can name.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, col, select

from core.platform.models import InboundMessage
from core.requests import layout_hints
from core.requests.models import InvoiceRequest, LayoutHint, Question
from intake.evidence import line_map, part_texts
from intake.extract.amounts import parse_amount
from intake.extract.columns import header_field
from intake.extract.csvfile import read_csv
from intake.extract.labels import split_label
from intake.extract.mime import Mail, parse_mail
from intake.extract.tables import find_header
from intake.parse import _body_text

_LINE_PATH = re.compile(r"^lines\[(\d+)\]\.(quantity|unit_price)$")
_CUSTOMER_PATHS = {"customer.org_no": "customer.org_no"}
_LABEL_VALUE = re.compile(r"^\s*(?:[-*•]\s*)?(?P<label>[^\W\d][\w .,/%&()'’-]{0,40}?)"
                          r"\s*(?::|\.{2,}:?|…+:?|\t+|\s{3,})\s*(?P<value>\S.*?)\s*$")


def learn_from_request(session: Session, req: InvoiceRequest, actor: str) -> list[LayoutHint]:
    """Hints from every answered question of a mailed request not learned from yet."""
    msg = session.get(InboundMessage, req.message_id) if req.message_id else None
    if msg is None or not msg.raw or not msg.from_addr:
        return []
    done = {h.question_id for h in session.exec(select(LayoutHint).where(LayoutHint.request_id == req.id))}
    answered = [q for q in session.exec(select(Question).where(Question.request_id == req.id,
                                                               Question.status == "answered")
                                        .order_by(col(Question.id))) if q.id not in done and q.answer]
    if not answered:
        return []
    source = _Source(parse_mail(msg.raw))
    made = []
    for q in answered:
        for key, fld in teach(source, req.provenance or {}, q.path, q.answer or ""):
            hint = layout_hints.add_hint(session, msg.from_addr, key, fld, agency_id=req.agency_id,
                                         request_id=req.id, question_id=q.id, actor=actor)
            if hint is not None:
                made.append(hint)
    return made


class _Source:
    """The message's texts (with their history segments) and tables, read once."""

    def __init__(self, mail: Mail) -> None:
        self.mail = mail
        self.texts = {label: (text, level) for label, (text, level) in part_texts(mail, _body_text).items()}
        self.tables: dict[str, list[list[str]]] = {}
        for p in mail.parts:
            if p.kind == "csv" and p.data:
                self.tables[p.label] = read_csv(p.data)
            elif p.kind == "xlsx" and p.data:
                from intake.extract.xlsx import read_xlsx  # openpyxl only for messages with a workbook
                for title, rows in read_xlsx(p.data)[0]:
                    self.tables[f"{p.label}!{title}"] = rows

    def own_lines(self, part: str) -> list[tuple[int, str]]:
        """The lines of a text part that are the sender's (newest or forwarded, not quoted history)."""
        if part not in self.texts:
            return []
        text, level = self.texts[part]
        return [(n, info.text) for n, info in sorted(line_map(text, self.mail.subject, level).items())
                if info.segment in ("newest", "forwarded")]


def teach(source: _Source, prov: dict[str, Any], path: str, answer: str) -> list[tuple[str, str]]:
    """(key, field) pairs the answer to `path` teaches about this message's layout."""
    m = _LINE_PATH.match(path)
    if m:
        fld, places = m.group(2), [w for k, w in prov.items()
                                   if k.startswith(f"lines[{m.group(1)}].") and isinstance(w, dict)]
    elif path in _CUSTOMER_PATHS:
        fld, places = _CUSTOMER_PATHS[path], []
    else:
        return []
    found: list[str] = []
    others = {(str(w.get("part")), w.get("line")) for k, w in prov.items() if isinstance(w, dict)
              and k.startswith("lines[") and not (m and k.startswith(f"lines[{m.group(1)}]."))}
    for w in places:
        part = str(w.get("part") or "")
        if isinstance(w.get("row"), int) and part in source.tables:
            found += _in_table_row(source.tables[part], w["row"] - 1, fld, answer)
        elif isinstance(w.get("line"), int) and part in source.texts:
            near = range(w["line"] - 3, w["line"] + 5)  # the line's own block of labelled lines
            found += _in_lines([(n, t) for n, t in source.own_lines(part) if n in near and (part, n) not in others],
                               fld, answer)
        if found:
            break
    if not found and not places:
        for part in source.texts:
            found += _in_lines(source.own_lines(part), fld, answer)
        for rows in source.tables.values():
            for r in range(len(rows)):
                found += _in_table_row(rows, r, fld, answer)
    keys = list(dict.fromkeys(found))
    return [(keys[0], fld)] if len(keys) == 1 else []


def _matches(cell: str, fld: str, answer: str) -> bool:
    """The cell holds the answer: the same number, or the same identifier digits."""
    if fld == "customer.org_no":
        a, c = re.sub(r"\D", "", answer), re.sub(r"\D", "", cell)
        return len(a) >= 8 and (c == a or (len(c) == 12 and c[2:] == a) or (len(a) == 12 and a[2:] == c))
    try:
        want = Decimal(str(answer).replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return False
    got = parse_amount(cell)
    return got is not None and got == want


def _in_table_row(rows: list[list[str]], r: int, fld: str, answer: str) -> list[str]:
    """The header of the row's cell that holds the answer, when no rule knows that header."""
    found = find_header(rows)
    if found is None or r < 0 or r >= len(rows):
        return []
    hdr_idx, mapping, headers, n_hdr = found
    if r < hdr_idx + n_hdr:
        return []
    out = []
    for j, cell in enumerate(rows[r]):
        head = headers[j] if j < len(headers) else ""
        if j in mapping or not head.strip() or not cell.strip() or header_field(head) is not None:
            continue
        if _matches(cell, fld, answer):
            out.append(layout_hints.normalise_key(head))
    return out


def _in_lines(lines: list[tuple[int, str]], fld: str, answer: str) -> list[str]:
    """The label of a `label: value` line whose value holds the answer, when no rule knows that label."""
    out = []
    for _n, t in lines:
        m = _LABEL_VALUE.match(t)
        if not m or split_label(t) is not None:
            continue
        value = m.group("value")
        if _matches(value, fld, answer) or _matches(re.sub(r"(?i)\s*(st|kpl|h|tim|timmar|pcs)\.?$", "", value),
                                                    fld, answer):
            out.append(layout_hints.normalise_key(m.group("label")))
    return out

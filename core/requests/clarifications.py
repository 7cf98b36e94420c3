"""Questions about a request's missing fields, and merging the answers (from the agency's reply mail or a clerk).

A question is a field path of the intake contract (`customer.org_no`, `customer.address`, `lines`,
`lines[i].quantity`, `lines[i].unit_price`; what is missing is core.requests.resolution.missing_fields). Asking
opens Question rows and records ONE question mail per round (core.requests.notices); an answer is merged into the
request, answered questions close, what is still missing is asked again, and `advance` takes a complete request on
to its invoice (core.requests.invoicing) — the end of the question loop, so it lives with the loop.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlmodel import Session, col, select

from core.kernel import parties
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.jsonenc import jsonable
from core.platform import audit
from core.platform.db import get_row
from core.registers.register import get_agency
from core.requests import review
from core.requests.invoicing import make_invoice
from core.requests.models import InvoiceRequest, Question
from core.requests.notices import enqueue_notice
from core.requests.resolution import LINE_KEYS, missing_fields
from core.requests.values import address_parts, amount_text

PATH_RE = re.compile(r"^(customer\.org_no|customer\.address|lines|lines\[(\d+)\]\.(quantity|unit_price))$")


def open_questions(session: Session, req: InvoiceRequest) -> list[Question]:
    return list(session.exec(select(Question).where(Question.request_id == req.id, Question.status == "open")
                             .order_by(col(Question.id))))


def list_questions(session: Session, request_id: int | None = None, status: str | None = "open",
                   agency_id: int | None = None) -> list[Question]:
    q = select(Question).order_by(col(Question.id))
    if request_id is not None:
        q = q.where(Question.request_id == request_id)
    if status:
        q = q.where(Question.status == status)
    if agency_id is not None:
        q = q.join(InvoiceRequest, col(InvoiceRequest.id) == col(Question.request_id)).where(
            InvoiceRequest.agency_id == agency_id)
    return list(session.exec(q))


def ask(session: Session, req: InvoiceRequest, paths: list[str], actor: str = "intake",
        resend: bool = False) -> list[Question]:
    """Open a question for each path not already open; a new round (one mail) when something was opened, or
    when `resend` asks the still-open ones again."""
    if req.id is None:
        raise NotFound("the request is not stored", "request")
    current = {q.path for q in open_questions(session, req)}
    new = new_paths(paths, current)
    if not new and not (resend and current):
        return []
    req.question_round += 1
    req.status = "waiting_for_answer"
    return open_round(session, req, new, actor, current)


def new_paths(paths: list[str], current: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The paths `ask` opens a question for: valid ones, once each, not already open (`current`)."""
    return [p for p in dict.fromkeys(paths) if p not in current and PATH_RE.match(p)]


def open_round(session: Session, req: InvoiceRequest, new: list[str], actor: str,
               current: set[str] | frozenset[str] = frozenset()) -> list[Question]:
    """The questions of the round the request is in (req.question_round, already counted, and waiting for
    the answer), its audit event and its mail. A request created with its first questions is stored so at once
    (core.requests.lifecycle.create_request: one INSERT, no UPDATE after it)."""
    if req.id is None:
        raise NotFound("the request is not stored", "request")
    created = []
    for path in new:
        q = Question(request_id=req.id, path=path, round=req.question_round)
        session.add(q)
        created.append(q)
    session.add(req)
    session.flush()
    audit.record(session, actor, "request.questions", "invoice_request", req.id, req.agency_id, req.source,
                 token=req.token, round=req.question_round, paths=sorted(current | set(new)))
    enqueue_notice(session, req, "questions")
    return created


def value_at(data: dict[str, Any], path: str) -> Any:
    """What the request says for a question path (None: nothing yet)."""
    if path == "customer.org_no":
        return (data.get("customer") or {}).get("org_no")
    if path == "customer.address":
        cust = data.get("customer") or {}
        return cust.get("address") or cust.get("einvoice_address") or cust.get("peppol_id")
    if path == "lines":
        return data.get("lines") or None
    m = PATH_RE.match(path)
    if m is None or m.group(2) is None:
        return None
    lines = data.get("lines") or []
    i = int(m.group(2))
    return lines[i].get(m.group(3)) if i < len(lines) else None


def merge(data: dict[str, Any], partial: dict[str, Any]) -> dict[str, Any]:
    """`partial` (a reply: only the answered fields, lines aligned by index, `{}` for untouched lines) merged into
    a copy of `data`."""
    out = jsonable(data)
    cust = dict(out.get("customer") or {})
    for k, v in ((partial or {}).get("customer") or {}).items():
        if v not in (None, "", {}, []):
            cust[k] = jsonable(v)
    out["customer"] = cust
    lines = list(out.get("lines") or [])
    for i, ln in enumerate((partial or {}).get("lines") or []):
        vals = {k: jsonable(v) for k, v in (ln or {}).items() if k in LINE_KEYS and v not in (None, "")}
        if i < len(lines):
            lines[i] = {**lines[i], **vals}
        elif vals:
            lines.append({k: vals.get(k) for k in LINE_KEYS})
    out["lines"] = lines
    for key in ("buyer_reference", "order_reference"):
        if (partial or {}).get(key):
            out[key] = partial[key]
    return out


def apply_answers(session: Session, req: InvoiceRequest, partial: dict[str, Any] | None, answered_by: str,
                  actor: str = "intake", ask_again: bool = True) -> InvoiceRequest:
    """Merge an answer into the request; close the questions it settles; ask again what is still missing (one new
    mail) or go on to the invoice."""
    if req.status in ("invoiced", "rejected"):
        raise DomainError(f"request {req.token} is {req.status}; answers are no longer taken")
    agency = get_agency(session, req.agency_id)
    req.data = merge(req.data, partial or {})
    missing = set(missing_fields(session, agency, req.data))
    closed = []
    for q in open_questions(session, req):
        if q.path not in missing:
            q.status, q.answered_at, q.answered_by = "answered", utcnow(), answered_by
            val = value_at(req.data, q.path)
            q.answer = None if val is None else str(val)
            session.add(q)
            closed.append(q.path)
    audit.record(session, actor, "request.answer", "invoice_request", req.id, req.agency_id, req.source,
                 token=req.token, answered_by=answered_by, closed=closed)
    session.add(req)
    session.flush()
    if ask_again:
        still = [p for p in missing if p != "customer.address" or "customer.org_no" in closed
                 or any(q.path == "customer.address" for q in open_questions(session, req))]
        if still:
            ask(session, req, sorted(still), actor, resend=True)
    return advance(session, req, actor)


def answer_question(session: Session, question_id: int, value: Any, actor: str) -> Question:
    """A clerk answers one question (the web calls this); the value is validated for its path."""
    q = get_row(session, Question, question_id, "question")
    if q.status != "open":
        raise DomainError(f"question {question_id} is already {q.status}")
    req = get_row(session, InvoiceRequest, q.request_id, "request")
    partial = _partial_for(q.path, value, req.data)
    apply_answers(session, req, partial, answered_by=actor, actor=actor, ask_again=False)
    session.refresh(q)
    if q.status == "open":  # the value did not settle it (e.g. lines still incomplete)
        raise ValidationError("the answer does not complete this field", q.path)
    return q


def _partial_for(path: str, value: Any, data: dict[str, Any]) -> dict[str, Any]:
    """The partial request (as a reply would give it) that a clerk's answer `value` to `path` stands for."""
    if path == "customer.org_no":
        org = parties.identify_org_no(str(value or ""), (data.get("customer") or {}).get("country"))
        if not org:
            raise ValidationError(f"{value!r} is not a valid organisation number, personal identity number or "
                                  "Y-tunnus", path)
        return {"customer": {"org_no": org[0], "country": org[1], **({"private": True} if org[2] else {})}}
    if path == "customer.address":
        addr: dict[str, Any]
        if isinstance(value, dict):
            addr = {k: value.get(k) for k in ("street", "postal_code", "city", "country") if value.get(k)}
        else:
            addr = address_parts(str(value or ""))
        if not any(addr.values()):
            raise ValidationError("an address is needed", path)
        return {"customer": {"address": addr}}
    if path == "lines":
        lines = value if isinstance(value, list) else [value]
        if not lines or not all(isinstance(ln, dict) for ln in lines):
            raise ValidationError("give the lines as a list of {article, description, quantity, unit_price}", path)
        return {"lines": [{k: (amount_text(v, f"lines[{i}].{k}") if k in ("quantity", "unit_price") and v not in
                               (None, "") else v) for k, v in ln.items()} for i, ln in enumerate(lines)]}
    m = PATH_RE.match(path)
    if not m or not m.group(2):
        raise ValidationError(f"unknown question path {path!r}", path)
    i, field = int(m.group(2)), m.group(3)
    return {"lines": [{} for _ in range(i)] + [{field: amount_text(value, path)}]}


def _unasked(session: Session, agency: Any, req: InvoiceRequest, missing: list[str] | None) -> list[str]:
    """The missing fields (`missing` when the caller knows them) when any but the address is missing, else []."""
    missing = missing_fields(session, agency, req.data) if missing is None else missing
    return missing if any(p != "customer.address" for p in missing) else []


def advance(session: Session, req: InvoiceRequest, actor: str = "intake", now: dt.datetime | None = None,
            known_open: list[Question] | None = None, missing: list[str] | None = None) -> InvoiceRequest:
    """After any change: still questions open -> waiting_for_answer; complete but a clerk must check it
    (core.requests.review) -> needs_review; complete -> invoice (issued, queued or held). `known_open` and
    `missing`: the open questions and missing fields when the caller has just worked them out (a request being
    created), so they are not read again."""
    if req.status in ("invoiced", "rejected") or req.invoice_id:
        return req
    agency = get_agency(session, req.agency_id)
    if open_questions(session, req) if known_open is None else known_open:
        req.status = "waiting_for_answer"
    elif unasked := _unasked(session, agency, req, missing):
        # something still missing that nobody asked (e.g. lines added by an answer): ask it
        ask(session, req, unasked, actor)
        req.status = "waiting_for_answer"
    elif found := review.needs_check(session, agency, req):
        req.status, req.hold_reason = "needs_review", review.hold_text(found)
        audit.record(session, actor, "request.needs_review", "invoice_request", req.id, req.agency_id, req.source,
                     token=req.token, reasons=[f"{f['code']}:{f['path']}" for f in found])
    else:
        make_invoice(session, req, actor, now)
    req.updated_at = utcnow()
    session.add(req)
    session.flush()
    return req

"""Invoicing requests: from a parsed (or web-form) request dict to an invoice, through questions when something is
missing. One path for every source (e-mail, web, API): `create_request` / `submit_request` / `submit`, then
core.requests.clarifications.advance.

Status: waiting_for_answer (open questions) -> ready -> [queued for the agency's invoicing slot,
core.requests.schedule] -> invoiced (issued) | held (a check objected, the agency reviews before issue, or the
request cannot be invoiced as it stands) ; rejected by a clerk.

The modules of a request, each using only those before it: values (amounts and addresses as written) <
resolution (what it means against the registers, what is missing) < notices (its mail) < schedule (the agreed
invoicing slots) < invoicing (request -> invoice) < clarifications (the question loop, ending in `advance`) <
lifecycle (this: creating, rejecting, retrying, views). Master-data changes: values < masterdata_check,
masterdata_apply, masterdata_mail < masterdata.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.jsonenc import jsonable
from core.platform import audit, correspondence
from core.platform.db import get_row
from core.platform.models import InboundMessage
from core.registers import register as registers
from core.registers.models import Agency
from core.requests import clarifications, review
from core.requests.models import InvoiceRequest, Question
from core.requests.resolution import missing_fields

STATUSES = ("waiting_for_answer", "ready", "needs_review", "queued", "held", "invoiced", "rejected")
#: invoice statuses after issue: the request is invoiced whatever it said before (it follows its invoice)
ISSUED = ("issued", "paid", "credited", "written_off", "partially_paid", "overdue", "disputed")


def create_request(session: Session, agency: Agency, data: dict[str, Any], *, source: str = "email",
                   actor: str = "intake", message: InboundMessage | None = None,
                   requested_by: str | None = None, thread_message_id: str | None = None,
                   thread_references: list[str] | None = None, provenance: dict | None = None,
                   questions: list[str] | None = None, now: dt.datetime | None = None,
                   review: list[dict] | None = None) -> InvoiceRequest:
    """Store a request (parsed or from a form), ask what is missing or invoice it. `questions` are the parser's
    (it read the mail); without them the missing fields are computed here. `review`: the parser's clerk checks
    (intake.gate; core.requests.review decides with the agency's policy). `now`: when it arrived (queueing time
    for a scheduled agency; default now). An urgent request carries data["urgent"] (`submit`)."""
    if agency.id is None:
        raise NotFound("the agency is not in the register", "agency")
    data = normalise_request(data)
    missing = missing_fields(session, agency, data)
    paths = list(questions) if questions is not None else list(missing)
    paths += [p for p in missing if p not in paths and p != "customer.address"]
    # what `ask` would open on the new request (it has no questions yet): stored with its first round at once
    first = clarifications.new_paths(paths)
    req = InvoiceRequest(token=correspondence.new_token(session, "request"), agency_id=agency.id, source=source,
                         data=data, message_id=message.id if message else None, requested_by=requested_by,
                         thread_message_id=thread_message_id, thread_references=list(thread_references or []),
                         provenance=provenance or {}, status="waiting_for_answer" if first else "ready",
                         question_round=1 if first else 0,
                         review=[dict(f) for f in review or [] if isinstance(f, dict)])
    session.add(req)
    session.flush()
    audit.record(session, actor, "request.create", "invoice_request", req.id, agency.id, source,
                 token=req.token, lines=len(data.get("lines") or []))
    if first:  # `ask`, then what `advance` concludes with them open: waiting for the answer
        clarifications.open_round(session, req, first, actor)
        return req
    # nothing asked: no open questions to read back, and the missing fields are those just worked out
    clarifications.advance(session, req, actor, now, known_open=[], missing=missing)
    return req


def submit_request(session: Session, agency: Agency | str, request_dict: dict[str, Any], source: str = "web",
                   actor: str = "web", requested_by: str | None = None) -> InvoiceRequest:
    """A request from a web form or the API through the same path as e-mail (questions are listed for the clerk;
    an e-mail is sent only when `requested_by` is given)."""
    if isinstance(agency, str):
        agency = registers.agency_by_code(session, agency)
    return create_request(session, agency, request_dict, source=source, actor=actor, requested_by=requested_by)


def submit(session: Session, agency: Agency | str, data: dict[str, Any], *, urgent: bool = False,
           **kwargs: Any) -> InvoiceRequest:
    """A request (any source) through `create_request`; on a scheduled agency a complete one waits for the next
    slot (core.requests.invoicing.make_invoice asks core.requests.schedule.should_wait), unless `urgent` (or
    data["urgent"]): the urgency is kept with the request, so it also holds when an answer completes it later.
    kwargs go to create_request (source, actor, requested_by, message, thread_message_id, thread_references,
    provenance, questions, now)."""
    if isinstance(agency, str):
        agency = registers.agency_by_code(session, agency)
    data = dict(data or {})
    if urgent or data.get("urgent"):
        data["urgent"] = True
    return create_request(session, agency, data, **kwargs)


def normalise_request(data: dict[str, Any]) -> dict[str, Any]:
    """The request dict as stored: customer, references, currency, lines with string decimals."""
    out = {k: v for k, v in (data or {}).items() if k not in ("questions", "provenance")}
    out["customer"] = dict(out.get("customer") or {})
    out["lines"] = [{k: jsonable(v) for k, v in dict(ln or {}).items()} for ln in out.get("lines") or []]
    return jsonable(out)


def reject_request(session: Session, request_id: int, actor: str, reason: str) -> InvoiceRequest:
    if not reason:
        raise ValidationError("rejecting a request needs a reason", "reason")
    req = get_request(session, request_id)
    if req.status == "invoiced" or _invoice_issued(session, req):
        raise DomainError(f"request {req.token} is already invoiced; credit the invoice instead")
    req.status, req.hold_reason, req.updated_at = "rejected", reason, utcnow()
    for q in session.exec(select(Question).where(Question.request_id == req.id, Question.status == "open")):
        q.status = "withdrawn"
        session.add(q)
    session.add(req)
    audit.record(session, actor, "request.rejected", "invoice_request", req.id, req.agency_id, "web",
                 token=req.token, reason=reason)
    session.flush()
    return req


def retry_request(session: Session, request_id: int, actor: str) -> InvoiceRequest:
    """Try a held request again (after the registers were fixed); a request waiting for a clerk's check is
    confirmed (`confirm_request`)."""
    req = get_request(session, request_id)
    if req.status == "needs_review":
        return confirm_request(session, request_id, actor)
    if req.status == "held" and not req.invoice_id:
        req.status = "ready"
        clarifications.advance(session, req, actor)
    return req


def confirm_request(session: Session, request_id: int, actor: str) -> InvoiceRequest:
    """A clerk confirms a request held for a check (core.requests.review): it goes on to its invoice by the usual
    path (issued, queued for the agency's slot, or held when the agency reviews invoices)."""
    req = get_request(session, request_id)
    if req.status != "needs_review":
        raise DomainError(f"request {req.token} is {req.status}; only a request waiting for a clerk's check "
                          "can be confirmed")
    review.confirm(session, registers.get_agency(session, req.agency_id), req, actor)
    req.status = "ready"
    return clarifications.advance(session, req, actor)


def _invoice_issued(session: Session, req: InvoiceRequest) -> bool:
    inv = session.get(Invoice, req.invoice_id) if req.invoice_id else None
    return inv is not None and inv.status in ISSUED


def follow_invoice(session: Session, req: InvoiceRequest) -> InvoiceRequest:
    """A request whose invoice was issued later (a held invoice issued by a clerk, a queued one by its slot) is
    invoiced: it no longer shows as held and can no longer be rejected."""
    if req.status != "invoiced" and _invoice_issued(session, req):
        req.status, req.hold_reason, req.updated_at = "invoiced", None, utcnow()
        session.add(req)
        session.flush()
    return req


def follow_invoices(session: Session) -> int:
    """`follow_invoice` for every request at once (one UPDATE); the number of requests changed."""
    issued = select(Invoice.id).where(col(Invoice.status).in_(ISSUED))
    stmt = (sa.update(InvoiceRequest).where(col(InvoiceRequest.status).in_(("held", "queued", "ready")),
                                            col(InvoiceRequest.invoice_id).in_(issued))
            .values(status="invoiced", hold_reason=None))
    return int(getattr(session.execute(stmt), "rowcount", 0) or 0)


def get_request(session: Session, request_id: int) -> InvoiceRequest:
    return follow_invoice(session, get_row(session, InvoiceRequest, request_id, "request"))


def find_by_token(session: Session, token: str | None) -> InvoiceRequest | None:
    if not token:
        return None
    return session.exec(select(InvoiceRequest).where(InvoiceRequest.token == token.upper())).first()


def list_requests(session: Session, agency_id: int | None = None, status: str | None = None) -> list[InvoiceRequest]:
    follow_invoices(session)
    q = select(InvoiceRequest).order_by(col(InvoiceRequest.id).desc())
    if agency_id is not None:
        q = q.where(InvoiceRequest.agency_id == agency_id)
    if status:
        q = q.where(InvoiceRequest.status == status)
    return list(session.exec(q))


def request_view(session: Session, req: InvoiceRequest) -> dict[str, Any]:
    """JSON-ready view for CLI/web."""
    qs = session.exec(select(Question).where(Question.request_id == req.id).order_by(col(Question.id))).all()
    inv = session.get(Invoice, req.invoice_id) if req.invoice_id else None
    return {"id": req.id, "token": req.token, "agency_id": req.agency_id, "source": req.source,
            "status": req.status, "hold_reason": req.hold_reason, "requested_by": req.requested_by,
            "review": review.needs_check(session, registers.get_agency(session, req.agency_id), req)
            if req.status == "needs_review" else [],
            "checked": [f for f in req.review or [] if isinstance(f, dict) and f.get("confirmed")],
            "confirmed_by": req.confirmed_by,
            "request": req.data, "provenance": req.provenance, "message_id": req.message_id,
            "invoice": {"id": inv.id, "number": inv.number, "status": inv.status, "total": str(inv.total)}
            if inv else None,
            "questions": [{"id": q.id, "path": q.path, "status": q.status, "round": q.round,
                           "asked_at": q.asked_at.isoformat(), "answered_by": q.answered_by, "answer": q.answer}
                          for q in qs]}

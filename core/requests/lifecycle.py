"""Invoicing requests: from a parsed (or web-form) request dict to an invoice, through questions when something is
missing. One path for every source (e-mail, web, API): `create_request` / `submit_request`, then `advance`.

Status: waiting_for_answer (open questions) -> ready -> [queued for the agency's invoicing slot, core.batching]
-> invoiced (issued) | held (a check objected, the agency
reviews before issue, or the request cannot be invoiced as it stands) ; rejected by a clerk.

Resolution against the registers: a customer by valid org number, customer number (central or the agency's own),
or a name matching exactly one customer; articles by code; prices from the register. A new customer is created
at issue time from the request's data (core.registers.upsert_customer validates the identifiers).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, select

from core.billing import issuing
from core.billing.models import Invoice
from core.kernel import parties, vat
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, NotFound, ValidationError
from core.kernel.jsonenc import jsonable
from core.platform import audit, correspondence
from core.platform.models import InboundMessage, MailNotice
from core.registers import register as registers
from core.registers.models import Agency, AgencyCustomer, Article, Customer
from core.requests.models import InvoiceRequest, Question

STATUSES = ("waiting_for_answer", "ready", "queued", "held", "invoiced", "rejected")
ADDRESS_KEYS = ("address", "street", "postal_code", "city", "einvoice_address", "peppol_id", "ovt", "gln")
LINE_KEYS = ("article", "description", "quantity", "unit_price", "vat_rate", "period_start", "period_end")


# ---------------------------------------------------------------- registers

def resolve_customer(session: Session, agency: Agency, cust: dict[str, Any]) -> Customer | None:
    """The register's customer for what a request says, or None (new or ambiguous)."""
    cust = cust or {}
    org = parties.identify_org_no(cust.get("org_no"), cust.get("country"))
    if org:
        found = session.exec(select(Customer).where(Customer.org_no == org[0])).first()
        if found:
            return found
    number = (cust.get("customer_number") or "").strip() if isinstance(cust.get("customer_number"), str) else None
    if number:
        found = session.exec(select(Customer).where(Customer.customer_number == number)).first()
        if found is None:
            link = session.exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency.id,
                                                             AgencyCustomer.number == number)).first()
            found = session.get(Customer, link.customer_id) if link else None
        if found:
            return found
    if org:
        return None  # a valid number not in the register: a new customer, never matched by name
    name = cust.get("name")
    if name and isinstance(name, str):
        key = parties.name_key(name)
        hits = [c for c in session.exec(select(Customer)) if parties.name_key(c.name) == key]
        if len(hits) == 1:
            return hits[0]
    return None


def article_for(session: Session, agency: Agency, code: Any) -> Article | None:
    if not code:
        return None
    return session.exec(select(Article).where(Article.agency_id == agency.id, Article.code == str(code))).first()


def _has_address(cust: dict[str, Any]) -> bool:
    for key in ADDRESS_KEYS:
        v = cust.get(key)
        if isinstance(v, dict):
            if any(x for x in v.values()):
                return True
        elif v:
            return True
    return False


def missing_fields(session: Session, agency: Agency, data: dict[str, Any]) -> list[str]:
    """The question paths still missing (the table in the intake contract)."""
    paths: list[str] = []
    cust = data.get("customer") or {}
    if resolve_customer(session, agency, cust) is None:
        if not parties.identify_org_no(cust.get("org_no"), cust.get("country")):
            paths.append("customer.org_no")
        elif not _has_address(cust):
            paths.append("customer.address")
    lines = data.get("lines") or []
    if not lines:
        paths.append("lines")
    for i, ln in enumerate(lines):
        if _blank(ln.get("quantity")):
            paths.append(f"lines[{i}].quantity")
        if _blank(ln.get("unit_price")):
            art = article_for(session, agency, ln.get("article"))
            if art is None or art.unit_price is None:
                paths.append(f"lines[{i}].unit_price")
    return paths


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


# ---------------------------------------------------------------- the request lifecycle

def create_request(session: Session, agency: Agency, data: dict[str, Any], *, source: str = "email",
                   actor: str = "intake", message: InboundMessage | None = None,
                   requested_by: str | None = None, thread_message_id: str | None = None,
                   thread_references: list[str] | None = None, provenance: dict | None = None,
                   questions: list[str] | None = None, now: dt.datetime | None = None) -> InvoiceRequest:
    """Store a request (parsed or from a form), ask what is missing or invoice it. `questions` are the parser's
    (it read the mail); without them the missing fields are computed here. `now`: when it arrived (queueing time
    for a scheduled agency; default now). An urgent request carries data["urgent"] (core.batching.submit)."""
    from core.requests import clarifications

    data = normalise_request(data)
    req = InvoiceRequest(token=correspondence.new_token(session, "request"), agency_id=agency.id, source=source, data=data,
                         message_id=message.id if message else None, requested_by=requested_by,
                         thread_message_id=thread_message_id, thread_references=list(thread_references or []),
                         provenance=provenance or {}, status="ready")
    session.add(req)
    session.flush()
    audit.record(session, actor, "request.create", "invoice_request", req.id, agency.id, source,
                 token=req.token, lines=len(data.get("lines") or []))
    paths = list(questions) if questions is not None else missing_fields(session, agency, data)
    paths += [p for p in missing_fields(session, agency, data) if p not in paths and p != "customer.address"]
    clarifications.ask(session, req, paths, actor)
    advance(session, req, actor, now)
    return req


def submit_request(session: Session, agency: Agency | str, request_dict: dict[str, Any], source: str = "web",
                   actor: str = "web", requested_by: str | None = None) -> InvoiceRequest:
    """A request from a web form or the API through the same path as e-mail (questions are listed for the clerk;
    an e-mail is sent only when `requested_by` is given)."""
    if isinstance(agency, str):
        agency = registers.agency_by_code(session, agency)
    return create_request(session, agency, request_dict, source=source, actor=actor, requested_by=requested_by)


def normalise_request(data: dict[str, Any]) -> dict[str, Any]:
    """The request dict as stored: customer, references, currency, lines with string decimals."""
    out = {k: v for k, v in (data or {}).items() if k not in ("questions", "provenance")}
    out["customer"] = dict(out.get("customer") or {})
    out["lines"] = [{k: jsonable(v) for k, v in dict(ln or {}).items()} for ln in out.get("lines") or []]
    return jsonable(out)


def advance(session: Session, req: InvoiceRequest, actor: str = "intake",
            now: dt.datetime | None = None) -> InvoiceRequest:
    """After any change: still questions open -> waiting_for_answer; complete -> invoice (issued or held)."""
    from core.requests import clarifications

    if req.status in ("invoiced", "rejected") or req.invoice_id:
        return req
    agency = session.get(Agency, req.agency_id)
    if clarifications.open_questions(session, req):
        req.status = "waiting_for_answer"
    elif [p for p in missing_fields(session, agency, req.data) if p != "customer.address"]:
        # something still missing that nobody asked (e.g. lines added by an answer): ask it
        clarifications.ask(session, req, missing_fields(session, agency, req.data), actor)
        req.status = "waiting_for_answer"
    else:
        make_invoice(session, req, actor, now)
    req.updated_at = utcnow()
    session.add(req)
    session.flush()
    return req


def _customer_payload(cust: dict[str, Any]) -> dict[str, Any]:
    org, country, private = parties.identify_org_no(cust.get("org_no"), cust.get("country")) or (None, None, False)
    if org is None:
        raise ValidationError("the customer has no valid organisation or personal identity number",
                              "customer.org_no")
    addr = cust.get("address")
    if isinstance(addr, str):
        addr = {"street": addr}
    payload = {"name": cust.get("name") or org, "org_no": org, "country": country, "private": private,
               "vat_no": cust.get("vat_no") or None, "email": cust.get("email") or None,
               "address": {k: v for k, v in (addr or {}).items() if k in ("street", "postal_code", "city")}}
    einv = cust.get("peppol_id") or cust.get("einvoice_address")
    if einv:
        payload["peppol_id"] = einv if ":" in str(einv) else (("0216:" if country == "FI" else "0007:") + str(einv))
    return payload


def _line_inputs(session: Session, agency: Agency, data: dict[str, Any], supply: dt.date) -> list[issuing.LineInput]:
    out = []
    for i, ln in enumerate(data.get("lines") or []):
        art = article_for(session, agency, ln.get("article"))
        rate = ln.get("vat_rate")
        code = None
        if art is None and rate not in (None, ""):
            code = vat.code_for_rate(agency.country, Decimal(str(rate)), supply)
            rate = None
        if ln.get("article") and art is None:
            raise ValidationError(f"article {ln.get('article')!r} is not in {agency.code}'s register "
                                  "(add it, or change the line)", f"lines[{i}].article")
        out.append(issuing.LineInput(
            article_code=art.code if art else None, quantity=ln.get("quantity"), unit_price=ln.get("unit_price"),
            description=ln.get("description"), vat_code=code, vat_rate=rate,
            period_start=_date(ln.get("period_start")), period_end=_date(ln.get("period_end"))))
    return out


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if v else None
    except (TypeError, ValueError):
        return None


def make_invoice(session: Session, req: InvoiceRequest, actor: str = "intake",
                 now: dt.datetime | None = None) -> Invoice | None:
    """A complete request becomes an invoice via core.issuing: a draft queued for the agency's next invoicing slot
    when its agreed schedule says so (core.batching.should_wait), else issued at once when the agency auto-issues
    and no check objects, else held for a clerk. Anything that cannot be invoiced holds the request with the
    reason; nothing of the attempt is kept."""
    from core.requests import schedule as batching

    agency = session.get(Agency, req.agency_id)
    data = req.data
    nested = session.begin_nested()
    try:
        cust = resolve_customer(session, agency, data.get("customer") or {})
        if cust is None:
            cust = registers.upsert_customer(session, _customer_payload(data.get("customer") or {}), actor,
                                             source=req.source)
        ends = [d for d in (_date(ln.get("period_end")) for ln in data.get("lines") or []) if d]
        supply = min(max(ends), dt.date.today()) if ends else None
        lines = _line_inputs(session, agency, data, supply or dt.date.today())
        inv = issuing.create_draft(session, agency, cust, lines, issuing.DraftOptions(
            supply_date=supply, buyer_reference=data.get("buyer_reference"),
            order_reference=data.get("order_reference"), source=req.source, actor=actor, request_id=req.id,
            currency=data.get("currency") or None))
        if batching.should_wait(agency, bool(data.get("urgent"))):
            batching.queue_invoice(session, inv, req.id, actor, now)
        elif agency.auto_issue:
            issuing.issue(session, inv, actor)
        else:
            inv.status = "held"
            inv.hold_reason = "the agency reviews every invoice before it is issued"
            session.add(inv)
        nested.commit()
    except (DomainError, InvalidOperation, ValueError) as exc:
        nested.rollback()
        req.status = "held"
        req.hold_reason = str(exc)
        audit.record(session, actor, "request.held", "invoice_request", req.id, agency.id, req.source,
                     token=req.token, reason=str(exc))
        return None
    req.invoice_id, req.customer_id = inv.id, cust.id
    req.status = {"issued": "invoiced", "draft": "queued"}.get(inv.status, "held")
    req.hold_reason = inv.hold_reason if inv.status == "held" else None
    audit.record(session, actor, {"invoiced": "request.invoiced", "queued": "request.queued"}.get(req.status,
                                                                                               "request.held"),
                 "invoice_request", req.id, agency.id, req.source, token=req.token, invoice_id=inv.id,
                 status=inv.status)
    if inv.status == "issued":
        enqueue_notice(session, req, "confirmation", invoice_id=inv.id)
    return inv


def enqueue_notice(session: Session, req: InvoiceRequest, kind: str, invoice_id: int | None = None) -> MailNotice | None:
    """Record an e-mail about a request (delivered by the intake after commit); only when someone asked by mail."""
    if not req.requested_by:
        return None
    suffix = str(req.question_round) if kind == "questions" else f"c{invoice_id}"
    return correspondence.record_notice(session, session.get(Agency, req.agency_id), kind, f"{req.token}.{suffix}",
                         req.requested_by, request_id=req.id, invoice_id=invoice_id, round=req.question_round)


def reject_request(session: Session, request_id: int, actor: str, reason: str) -> InvoiceRequest:
    if not reason:
        raise ValidationError("rejecting a request needs a reason", "reason")
    req = get_request(session, request_id)
    if req.status == "invoiced":
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
    """Try a held request again (after the registers were fixed)."""
    req = get_request(session, request_id)
    if req.status == "held" and not req.invoice_id:
        req.status = "ready"
        advance(session, req, actor)
    return req


def get_request(session: Session, request_id: int) -> InvoiceRequest:
    req = session.get(InvoiceRequest, request_id)
    if req is None:
        raise NotFound(f"no request {request_id}", "request")
    return req


def find_by_token(session: Session, token: str | None) -> InvoiceRequest | None:
    if not token:
        return None
    return session.exec(select(InvoiceRequest).where(InvoiceRequest.token == token.upper())).first()


def list_requests(session: Session, agency_id: int | None = None, status: str | None = None) -> list[InvoiceRequest]:
    q = select(InvoiceRequest).order_by(InvoiceRequest.id.desc())
    if agency_id is not None:
        q = q.where(InvoiceRequest.agency_id == agency_id)
    if status:
        q = q.where(InvoiceRequest.status == status)
    return list(session.exec(q))


def request_view(session: Session, req: InvoiceRequest) -> dict[str, Any]:
    """JSON-ready view for CLI/web."""
    qs = session.exec(select(Question).where(Question.request_id == req.id).order_by(Question.id)).all()
    inv = session.get(Invoice, req.invoice_id) if req.invoice_id else None
    return {"id": req.id, "token": req.token, "agency_id": req.agency_id, "source": req.source,
            "status": req.status, "hold_reason": req.hold_reason, "requested_by": req.requested_by,
            "request": req.data, "provenance": req.provenance, "message_id": req.message_id,
            "invoice": {"id": inv.id, "number": inv.number, "status": inv.status, "total": str(inv.total)}
            if inv else None,
            "questions": [{"id": q.id, "path": q.path, "status": q.status, "round": q.round,
                           "asked_at": q.asked_at.isoformat(), "answered_by": q.answered_by, "answer": q.answer}
                          for q in qs]}

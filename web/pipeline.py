"""The web form and the API feed requests into the same pipeline as e-mail (intake.pipeline.submit_request).
Until that exists, a complete request is turned into an invoice directly through core.issuing (TODO: remove the
fallback once intake.pipeline ships)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, select

from core import issuing, registers
from core.errors import DomainError, ValidationError
from core.models.registers import Agency, AgencyCustomer, Customer
from web.integrations import optional


def _submit_fn():  # noqa: ANN202
    return optional("core.requests", "submit_request") or optional("intake.pipeline", "submit_request")


def pipeline_available() -> bool:
    return _submit_fn() is not None


def submit(session: Session, agency: Agency, request_dict: dict[str, Any], source: str, actor: str) -> dict[str, Any]:
    """Submit one request; returns {request_id, token, status, invoice_id, questions}."""
    fn = _submit_fn()
    if fn is not None:
        result = fn(session, agency, request_dict, source, actor)
        return describe(session, result)
    return _fallback(session, agency, request_dict, source, actor)


def describe(session: Session, result: Any) -> dict[str, Any]:
    from core.models.intake import InvoiceRequest, Question

    if isinstance(result, dict):
        req_id = result.get("request_id") or result.get("id")
        req = session.get(InvoiceRequest, req_id) if req_id else None
    else:
        req = result
    if req is None:
        return {"request_id": None, "token": None, "status": (result or {}).get("status"),
                "invoice_id": (result or {}).get("invoice_id"), "questions": (result or {}).get("questions", [])}
    qs = session.exec(select(Question).where(Question.request_id == req.id, Question.status == "open")).all()
    return {"request_id": req.id, "token": req.token, "status": req.status, "invoice_id": req.invoice_id,
            "questions": [q.path for q in qs]}


def _fallback(session: Session, agency: Agency, data: dict[str, Any], source: str, actor: str) -> dict[str, Any]:
    cust_data = data.get("customer") or {}
    customer = resolve_customer(session, agency, cust_data)
    if customer is None:
        raise ValidationError("customer not found in the register (give org_no or customer_number)",
                              "customer.org_no")
    lines = []
    for i, ln in enumerate(data.get("lines") or []):
        lines.append(issuing.LineInput(
            article_code=ln.get("article") or None, quantity=ln.get("quantity"), unit_price=ln.get("unit_price"),
            description=ln.get("description") or None, vat_rate=ln.get("vat_rate"),
            period_start=_date(ln.get("period_start"), f"lines[{i}].period_start"),
            period_end=_date(ln.get("period_end"), f"lines[{i}].period_end")))
    inv = issuing.create_draft(session, agency, customer, lines, issuing.DraftOptions(
        invoice_date=_date(data.get("invoice_date"), "invoice_date"),
        buyer_reference=data.get("buyer_reference"), order_reference=data.get("order_reference"),
        source=source, actor=actor))
    if agency.auto_issue:
        issuing.issue(session, inv, actor=actor)
    return {"request_id": None, "token": None, "status": inv.status, "invoice_id": inv.id, "questions": []}


def resolve_customer(session: Session, agency: Agency, cust: dict[str, Any]) -> Customer | None:
    for key in ("customer_number", "org_no"):
        if cust.get(key):
            try:
                return registers.find_customer(session, str(cust[key]), agency)
            except DomainError:
                continue
    if cust.get("name"):
        rows = session.exec(select(Customer).where(Customer.name == cust["name"].strip())).all()
        if len(rows) == 1:
            return rows[0]
    return None


def _date(value: Any, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(f"not a date (YYYY-MM-DD): {value!r}", field) from exc


def link_customer(session: Session, agency: Agency, customer: Customer) -> None:
    """Make sure the agency knows the customer (so its users see it)."""
    if not session.exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency.id,
                                                     AgencyCustomer.customer_id == customer.id)).first():
        session.add(AgencyCustomer(agency_id=agency.id, customer_id=customer.id, number=customer.customer_number))
        session.flush()

"""What the web form and the API need around core.requests.lifecycle.submit_request (the same path as e-mail): the
summary they show (request, token, status, invoice, open questions) and linking a looked-up customer to the agency."""
from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from core.kernel.errors import NotFound
from core.kernel.types import stored_id
from core.registers.models import Agency, AgencyCustomer, Customer
from core.requests import clarifications
from core.requests import lifecycle as requests
from core.requests.models import InvoiceRequest


def submit(session: Session, agency: Agency, request_dict: dict[str, Any], source: str, actor: str,
           requested_by: str | None = None) -> dict[str, Any]:
    """Submit one request; returns {request_id, token, status, invoice_id, questions}. `requested_by`: the address
    the questions go to by mail (none: they are shown on the request page and in the API)."""
    return describe(session, requests.submit_request(session, agency, request_dict, source=source, actor=actor,
                                                     requested_by=requested_by))


def describe(session: Session, req: InvoiceRequest) -> dict[str, Any]:
    return {"request_id": req.id, "token": req.token, "status": req.status, "invoice_id": req.invoice_id,
            "questions": [q.path for q in clarifications.open_questions(session, req)]}


def link_customer(session: Session, agency: Agency, customer: Customer) -> None:
    """Make sure the agency knows the customer (so its users see it)."""
    if customer.id is None:
        raise NotFound(f"customer {customer.customer_number} is not in the register", "customer")
    agency_id = stored_id(agency)
    if not session.exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency_id,
                                                     AgencyCustomer.customer_id == customer.id)).first():
        session.add(AgencyCustomer(agency_id=agency_id, customer_id=customer.id, number=customer.customer_number))
        session.flush()

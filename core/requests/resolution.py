"""What an invoicing request means against the registers, and what it still lacks.

Resolution: a customer by valid org number, customer number (central or the agency's own), or a name matching
exactly one customer; articles by code; prices from the register. Who a party is (numbers and names) is decided
by core.kernel.parties alone, the rule payment matching uses too. What is missing is listed as the question paths
of the intake contract (`customer.org_no`, `customer.address`, `lines`, `lines[i].quantity`,
`lines[i].unit_price`), asked by core.requests.clarifications.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.kernel import parties
from core.registers.models import Agency, AgencyCustomer, Article, Customer
from core.requests.values import blank

ADDRESS_KEYS = ("address", "street", "postal_code", "city", "einvoice_address", "peppol_id", "ovt", "gln")
LINE_KEYS = ("article", "description", "quantity", "unit_price", "vat_rate", "period_start", "period_end")
_CACHES = ("resolution.customer_by_org", "resolution.article_for")  # session.info: rows found, for the session


@event.listens_for(OrmSession, "after_soft_rollback")
def _forget(session: OrmSession, _previous: object) -> None:
    """A rollback (of the transaction or a savepoint) may take a remembered row with it (a customer created and
    found in it): the rows found are read again afterwards. The intake processes a batch of messages on one
    session and redoes the batch message by message after a failure."""
    for key in _CACHES:
        session.info.pop(key, None)


def resolve_customer(session: Session, agency: Agency, cust: dict[str, Any]) -> Customer | None:
    """The register's customer for what a request says, or None (new or ambiguous)."""
    cust = cust or {}
    org = parties.identify_org_no(cust.get("org_no"), cust.get("country"))
    if org:
        seen = session.info.setdefault(_CACHES[0], {})  # hits only, for this session
        found = seen.get(org[0]) or session.exec(select(Customer).where(Customer.org_no == org[0])).first()
        if found:
            seen[org[0]] = found
            return found
    number = (cust.get("customer_number") or "").strip() if isinstance(cust.get("customer_number"), str) else None
    if number:
        found = _by_number(session, agency, number)
        if found and _may_use(session, agency, found):
            return found
    if org:
        return None  # a valid number not in the register: a new customer, never matched by name
    name = cust.get("name")
    if name and isinstance(name, str):
        key = parties.name_key(name)
        hits = [c for c in session.exec(select(Customer)) if parties.name_key(c.name) == key]
        if len(hits) == 1 and _may_use(session, agency, hits[0]):
            return hits[0]
    return None


def _may_use(session: Session, agency: Agency, customer: Customer) -> bool:
    """A private person of the shared register is found by a customer number or a name only by an agency that
    knows them (registered or invoiced them); another agency must give the full personal identity number
    (issue #17: names and addresses of private persons do not travel between agencies by a guessable number)."""
    if customer.kind != "private":
        return True
    linked = session.exec(select(AgencyCustomer.id).where(AgencyCustomer.agency_id == agency.id,
                                                          AgencyCustomer.customer_id == customer.id)).first()
    return linked is not None or session.exec(select(Invoice.id).where(Invoice.agency_id == agency.id,
                                                                       Invoice.customer_id == customer.id)).first() \
        is not None


def _by_number(session: Session, agency: Agency, number: str) -> Customer | None:
    """A customer by its central number, else by the agency's own number for it."""
    found = session.exec(select(Customer).where(Customer.customer_number == number)).first()
    if found is not None:
        return found
    link = session.exec(select(AgencyCustomer).where(AgencyCustomer.agency_id == agency.id,
                                                     AgencyCustomer.number == number)).first()
    return session.get(Customer, link.customer_id) if link else None


def article_for(session: Session, agency: Agency, code: Any) -> Article | None:
    """The agency's article with this code (None without a code or when it is not in the register)."""
    if not code:
        return None
    # found articles are remembered for the session (one request asks this per line several times: questions,
    # prices, review); a miss is asked again, so an article created later in the session is found
    seen = session.info.setdefault(_CACHES[1], {})
    key = (agency.id, str(code))
    art = seen.get(key)
    if art is None:
        art = session.exec(select(Article).where(Article.agency_id == agency.id, Article.code == str(code))).first()
        if art is not None:
            seen[key] = art
    return art


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
        if blank(ln.get("quantity")):
            paths.append(f"lines[{i}].quantity")
        if blank(ln.get("unit_price")):
            art = article_for(session, agency, ln.get("article"))
            if art is None or art.unit_price is None:
                paths.append(f"lines[{i}].unit_price")
    return paths


def _has_address(cust: dict[str, Any]) -> bool:
    for key in ADDRESS_KEYS:
        v = cust.get(key)
        if isinstance(v, dict):
            if any(x for x in v.values()):
                return True
        elif v:
            return True
    return False


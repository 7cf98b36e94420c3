"""The rows core.requests.resolution remembers for a session (customers by org number, articles by code) are
forgotten when a transaction or savepoint rolls back: a customer created and found in it is gone with it, and the
intake redoes a failed batch of messages on the same session."""
from __future__ import annotations

from sqlmodel import select

from core.registers import register as registers
from core.registers.models import Agency, Customer
from core.requests.resolution import resolve_customer


def test_a_customer_found_in_a_rolled_back_transaction_is_not_found_again(session, demo):
    agency = session.exec(select(Agency)).first()
    assert agency is not None
    org = "556036-0793"
    assert session.exec(select(Customer).where(Customer.org_no == "5560360793")).first() is None
    registers.upsert_customer(session, {"name": "Tillfälligt AB", "org_no": org, "country": "SE"}, "t")
    found = resolve_customer(session, agency, {"org_no": org, "country": "SE"})
    assert found is not None
    session.rollback()
    assert resolve_customer(session, agency, {"org_no": org, "country": "SE"}) is None


def test_a_savepoint_rollback_forgets_too(session, demo):
    agency = session.exec(select(Agency)).first()
    assert agency is not None
    session.commit()
    org = "556036-0793"
    nested = session.begin_nested()
    registers.upsert_customer(session, {"name": "Tillfälligt AB", "org_no": org, "country": "SE"}, "t")
    assert resolve_customer(session, agency, {"org_no": org, "country": "SE"}) is not None
    nested.rollback()
    assert resolve_customer(session, agency, {"org_no": org, "country": "SE"}) is None

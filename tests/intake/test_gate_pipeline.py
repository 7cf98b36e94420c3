"""The gate in the intake loop: a request the evidence rule or the agency's policy holds waits for a clerk
(`needs_review` with the reasons), is invoiced only after a confirmation, and follows its invoice afterwards."""
from __future__ import annotations

from decimal import Decimal

import pytest

from core.billing import issuing
from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.platform.db import session_scope
from core.registers import register as registers
from core.requests import lifecycle as requests
from core.requests import review
from core.requests.models import InvoiceRequest
from intake import pipeline
from tests.support.mail import COMPLETE, drop, make_mail, rows


def _policy(policy: str, amount: str | None = None, code: str = "HYDRO-SE") -> None:
    with session_scope() as s:
        review.set_policy(s, registers.agency_by_code(s, code), policy, amount, "test")


def _one_request(box, body: str = COMPLETE, **kw) -> InvoiceRequest:
    drop(box, make_mail(body, **kw))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    return req


CONFLICT = COMPLETE.replace("Kund: Byggbolaget i Norr AB", "Kund: Mälardalens Miljökonsult AB")


def test_conflicting_identity_waits_for_a_clerk_with_the_reason_then_confirm_invoices(box):
    req = _one_request(box, CONFLICT)
    assert req.status == "needs_review" and not rows(Invoice)
    assert "Mälardalens" in req.hold_reason and any(f["code"] == "identity_conflict" for f in req.review)
    with session_scope() as s:
        view = requests.request_view(s, requests.get_request(s, req.id))
        assert [f["code"] for f in view["review"]] == ["identity_conflict"]
        done = requests.confirm_request(s, req.id, "clerk")
        assert done.status == "invoiced" and done.confirmed_by == "clerk"
    [inv] = rows(Invoice)
    assert inv.status == "issued"


def test_reject_instead_of_confirm(box):
    req = _one_request(box, CONFLICT)
    with session_scope() as s:
        requests.reject_request(s, req.id, "clerk", "wrong customer")
    assert rows(InvoiceRequest)[0].status == "rejected" and not rows(Invoice)


def test_clean_request_goes_straight_through_under_the_default_policy(box):
    assert _one_request(box).status == "invoiced"


def test_confirm_all_holds_even_a_clean_request(box):
    _policy("confirm_all")
    req = _one_request(box)
    assert req.status == "needs_review" and "confirm every request" in req.hold_reason
    with session_scope() as s:
        assert requests.confirm_request(s, req.id, "clerk").status == "invoiced"


@pytest.mark.parametrize(("amount", "held"), [("30000", False), ("29399.99", True)])
def test_confirm_above_an_amount_holds_only_larger_requests(box, amount, held):
    _policy("confirm_above", amount)  # the request is 3 × 9 800 = 29 400 net
    req = _one_request(box)
    assert (req.status == "needs_review") is held
    assert (req.status == "invoiced") is not held


def test_policy_applies_to_web_requests_too(registry):
    _policy("confirm_all")
    with session_scope() as s:
        req = requests.submit_request(s, "HYDRO-SE", {"customer": {"org_no": "556712-4085"},
                                                      "lines": [{"article": "1020", "quantity": "2"}]})
        assert req.status == "needs_review"


def test_confirm_above_needs_an_amount_and_a_known_policy(registry):
    with session_scope() as s, pytest.raises(DomainError):
        review.set_policy(s, registers.agency_by_code(s, "HYDRO-SE"), "confirm_above", None, "t")
    with session_scope() as s, pytest.raises(DomainError):
        review.set_policy(s, registers.agency_by_code(s, "HYDRO-SE"), "sometimes", None, "t")


def test_a_clerks_correction_then_confirmation(box):
    req = _one_request(box, CONFLICT)
    with session_scope() as s:
        r = requests.get_request(s, req.id)
        requests.clarifications.apply_answers(s, r, {"lines": [{"quantity": "2"}]}, answered_by="clerk",
                                              actor="clerk", ask_again=False)
        assert r.status == "needs_review"  # a correction is not a confirmation
        requests.confirm_request(s, req.id, "clerk")
    [inv] = rows(Invoice)
    assert inv.net_total == Decimal("19600.00")


def test_request_follows_its_invoice_once_issued_and_cannot_be_rejected_then(box):
    with session_scope() as s:  # the agency reviews every invoice before issue: the request is held with it
        registers.agency_by_code(s, "HYDRO-SE").auto_issue = False
    req = _one_request(box)
    assert req.status == "held"
    [inv] = rows(Invoice)
    with session_scope() as s:
        issuing.issue(s, s.get(Invoice, inv.id), "clerk")
    with session_scope() as s:
        assert [r.status for r in requests.list_requests(s)] == ["invoiced"]
        with pytest.raises(DomainError):
            requests.reject_request(s, req.id, "clerk", "too late")
    assert rows(InvoiceRequest)[0].status == "invoiced"

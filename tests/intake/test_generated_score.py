"""Intake on messages generated from a grammar (tests/intake/generator): labels, label orders, languages,
layouts, number and date formats, signatures with the agency's own identifiers, disclaimers, quoted earlier
mails and payment advices, each with its true contract output. Deterministic by seed; 300 messages here,
`python -m tests.intake.generator --n 2000 --seed 1` for a report."""
from __future__ import annotations

import contextlib
import email
import email.policy

import pytest

from tests.intake.cases.registry_data import REGISTRY
from tests.intake.generator import generate
from tests.support.intake_score import Score, score_pairs

FLOOR = {"kind": 99.0, "precision": 98.0, "recall": 98.0, "questions": 96.5}  # measured 100/99.1/99.2/98.6


@pytest.fixture(scope="module")
def generated():
    return generate(300, seed=7)


@pytest.fixture(scope="module")
def score(generated, pytestconfig) -> Score:
    s = score_pairs(generated, REGISTRY)
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\ngenerated intake (300, seed 7): {s.line()} straight_through_wrong={s.straight_through_wrong}")
    return s


def test_generation_is_deterministic_and_varied(generated):
    again = generate(300, seed=7)
    assert [(raw, exp) for _, raw, exp in again] == [(raw, exp) for _, raw, exp in generated]
    assert generate(50, seed=8)[0][2] != generated[0][2]
    kinds = {exp["kind"] for _, _, exp in generated}
    layouts = set()
    for _, raw, _ in generated:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        layouts |= {p.get_content_type() for p in msg.walk() if not p.is_multipart()}
    assert kinds == {"invoice_request", "payment_advice", "reply", "unknown"}
    assert {"text/plain", "text/html", "text/csv", "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"} <= layouts
    assert any(r.get("questions") for _, _, e in generated for r in e["requests"])


def test_scores_stay_above_the_floor(score):
    assert score.below(FLOOR) == {}, score.line()


def test_no_wrong_request_goes_straight_through(score):
    """A request without questions and without a clerk hold is invoiced as it stands: it must be right."""
    assert score.wrong_straight_through() == []

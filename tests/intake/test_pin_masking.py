"""Issue #17, finding 9: personal identity numbers are masked in every list and output — the intake requests
list, a payment's payer, quarantined messages — through one masking function (core.kernel.identifiers)."""
from __future__ import annotations

import datetime as dt

from core.kernel.identifiers import mask_pins
from intake import pipeline
from tests.conftest import run_cli
from tests.payments.helpers import bgmax, pay
from tests.support.mail import drop, make_mail

PIN = "19571121-2893"
FORMS = (PIN, PIN.replace("-", ""), PIN[2:], "571121-2893")

PRIVATE = f"""Hej!

Fakturera Lars-Erik Holmgren, personnummer {PIN}, för konsultation.
Artikel: 1010
Antal: 2

Mvh Maria
"""


def _no_full_pin(text: str) -> None:
    for form in FORMS:
        assert form not in text, form


def test_intake_requests_and_messages_lists_mask_the_number(box, capsys):
    drop(box, make_mail(PRIVATE, subject=f"Faktura till {PIN}"))
    drop(box, make_mail(PRIVATE, subject=f"Faktura till {PIN}", sender="someone@outside.example"))
    pipeline.poll_once(box)
    code, out, err = run_cli(capsys, "intake", "requests", "--json")
    assert code == 0, err
    assert "19571121-****" in out or "571121-****" in out
    _no_full_pin(out)
    code, out, err = run_cli(capsys, "intake", "messages", "--status", "all", "--json")
    assert code == 0, err
    assert "Faktura till" in out
    _no_full_pin(out)


def test_payments_list_masks_a_private_payer(demo, tmp_path, capsys):
    f = tmp_path / "pin.txt"
    f.write_bytes(bgmax([pay("100.00", name="Lars-Erik Holmgren", org_no="195711212893"),
                         pay("50.00", name="Byggbolaget i Norr AB", org_no="165567124085")],
                        day=dt.date(2026, 3, 1)))
    assert run_cli(capsys, "payments", "import", str(f), "--json")[0] == 0
    code, out, _ = run_cli(capsys, "payments", "list", "--json")
    _no_full_pin(out)
    assert "19571121-****" in out and "165567124085" in out  # an organisation number is no personal data


def test_the_masking_function_leaves_other_numbers_alone():
    text = f"ref 1234567897, org 556712-4085, ocr 55671240851, hetu 131052-308T, pin {PIN}"
    assert mask_pins(text) == "ref 1234567897, org 556712-4085, ocr 55671240851, hetu 131052-****, pin 19571121-****"

"""Correct requests no longer held for what states nothing invoiced: a table column that only numbers its rows
(intake.extract.row_numbers) and a salutation the reader took for the customer's name (intake.gate). Numbers under
a row header that do not count up still hold the line."""
from __future__ import annotations

import email.message
import email.policy
import json

import pytest

from intake.parse import parse_message
from tests.support.mail import AUTH_SE, FIXTURES, HYDRO, make_mail


@pytest.fixture(scope="module")
def reg() -> dict:
    return json.loads((FIXTURES / "registry.json").read_text(encoding="utf-8"))


def _csv_mail(csv: str) -> bytes:
    """A request whose data is a CSV export attached to a one-line covering mail."""
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["Authentication-Results"] = AUTH_SE.format(d="hydrografiverket.se")
    msg["From"], msg["To"] = HYDRO, "kundfaktura@servicecentret.se"
    msg["Subject"], msg["Date"] = "Underlag", "Mon, 16 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = "<rows@hydrografiverket.se>"
    msg.set_content("Hej, underlaget bifogas.\n\nMaria\n")
    msg.add_attachment(csv.encode("utf-8"), maintype="text", subtype="csv", filename="underlag.csv")
    return msg.as_bytes()


@pytest.mark.parametrize("header", ["Pos", "Rivi", "Line no"])
def test_a_column_that_numbers_the_rows_does_not_hold_them(reg, header):
    csv = f"{header};Kundnr;Artikel;Antal\n14;10001;1020;3\n15;10001;1010;2\n"
    [r] = parse_message(_csv_mail(csv), reg)["requests"]
    assert [(ln["article"], ln["quantity"]) for ln in r["lines"]] == [("1020", "3"), ("1010", "2")]
    assert r["review"] == []


def test_numbers_under_a_row_header_that_do_not_count_up_still_hold(reg):
    [r] = parse_message(_csv_mail("Nr;Kundnr;Artikel;Antal\n4;10001;1020;3\n2;10001;1010;2\n"), reg)["requests"]
    assert any(f["code"] == "unread" and "Nr" in f["reason"] for f in r["review"])


@pytest.mark.parametrize(("body", "sender"), [
    ("Hejsan,\n\nOrg.nr 556712-4085\nArtikel 1020, 3 st\n", HYDRO),
    ("Good morning,\n\nOrg.nr 556712-4085\nArtikel 1020, 3 st\n", HYDRO),
    ("Moi!\n\nY-tunnus 2987654-0\nTuote V110, 2 kpl\n", "laskutus@vesitalouskeskus.fi"),
])
def test_a_greeting_is_never_taken_for_the_customers_name(reg, body, sender):
    [r] = parse_message(make_mail(body, sender=sender), reg)["requests"]
    assert r["review"] == []

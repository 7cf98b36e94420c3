"""A question mail reads as the agency writes (issue #15): Finnish numbers with a decimal comma, the register's
price shown instead of "hinta ?" when the article has one, and only what nobody knows is asked."""
from __future__ import annotations

from core.platform.db import session_scope
from core.requests import lifecycle
from intake import outgoing_mail
from intake.mailbox_config import OutgoingConfig
from tests.support.mail import outbox


def test_finnish_question_mail_uses_finnish_numbers_and_register_prices(box):
    with session_scope() as s:
        req = lifecycle.submit_request(s, "VESI-FI", {
            "customer": {"customer_number": "20001"},
            "lines": [{"article": "V100", "quantity": "7.5"},          # register price 125.00
                      {"article": "V900", "quantity": "2"},            # no register price: asked
                      {"article": "V200"}]}, source="web", requested_by="pekka.virtanen@vesitalouskeskus.fi")
        token = req.token
    assert outgoing_mail.deliver_pending(OutgoingConfig(type="maildir", path=box.outgoing.path)) == 1
    (mail,) = outbox(box)
    text = mail.get_content()
    assert f"[{token}]" in mail["Subject"]
    assert "7,5" in text and "7.5" not in text
    assert "125,00 EUR" in text                      # the register's price, in Finnish format
    assert "68,00 EUR" in text and "määrä ?" in text  # V200: price known, quantity asked
    assert text.count("hinta ?") == 1                 # only V900's price is unknown

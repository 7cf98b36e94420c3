"""Outgoing mail through a real SMTP server (aiosmtpd): plain text, threaded, never an attachment."""
from __future__ import annotations

from pathlib import Path

from intake import outgoing_mail, pipeline
from intake.mailbox_config import OutgoingConfig
from tests.support.mail import MISSING_QTY, drop, make_mail


def test_pending_question_mail_is_sent_by_smtp_once(box, smtpd):
    ctl, got = smtpd
    box.outgoing = OutgoingConfig(type="smtp", host="127.0.0.1", port=ctl.port)
    drop(box, make_mail(MISSING_QTY))
    pipeline.poll_once(box)
    assert len(got.messages) == 1
    msg = got.messages[0]
    assert msg["From"].addresses[0].addr_spec == "kundfaktura@servicecentret.se"
    assert msg.get_content_type() == "text/plain" and "(lines[0].quantity)" in msg.get_content()
    assert outgoing_mail.deliver_pending(box.outgoing) == 0  # already sent: nothing twice
    assert len(got.messages) == 1


def test_unreachable_smtp_keeps_mail_pending_until_it_works(box, smtpd):
    ctl, got = smtpd
    box.outgoing = OutgoingConfig(type="smtp", host="127.0.0.1", port=1)  # nothing listens there
    drop(box, make_mail(MISSING_QTY))
    counts = pipeline.poll_once(box)
    assert counts["mails_sent"] == 0 and counts["processed"] == 1
    assert outgoing_mail.deliver_pending(OutgoingConfig(type="smtp", host="127.0.0.1", port=ctl.port)) == 1
    assert len(got.messages) == 1 and not list(Path(box.path, "new").iterdir())

"""Against real servers: Dovecot (IMAP, started on loopback with a throw-away config) for the incoming mailbox and
aiosmtpd (a real SMTP server) receiving the question and confirmation mails."""
from __future__ import annotations

import pytest
from imapclient import IMAPClient
from sqlmodel import select

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from core.requests.models import InvoiceRequest
from intake import pipeline
from intake.mailbox_config import MailboxConfig, OutgoingConfig
from tests.support.mail import AUTH_SE, COMPLETE, MISSING_QTY, Crash, make_mail, reply_to


@pytest.fixture()
def imapbox(dovecot, smtpd, registry) -> MailboxConfig:
    ctl, _ = smtpd
    return MailboxConfig(name="imap-test", type="imap", host="127.0.0.1", port=dovecot, tls=False, user="intake",
                         password_env="RESKONTRA_TEST_IMAP_PASSWORD", inbox="INBOX", processed="Processed",
                         quarantine="Quarantine",
                         outgoing=OutgoingConfig(type="smtp", host="127.0.0.1", port=ctl.port))


def client(cfg: MailboxConfig) -> IMAPClient:
    c = IMAPClient("127.0.0.1", port=cfg.port, ssl=False)
    c.login("intake", "secret")
    return c


def append(cfg: MailboxConfig, raw: bytes) -> None:
    with client(cfg) as c:
        c.append("INBOX", raw)


def folder_count(cfg: MailboxConfig, folder: str) -> int:
    with client(cfg) as c:
        if not c.folder_exists(folder):
            return 0
        return c.select_folder(folder, readonly=True)[b"EXISTS"]


def rows(model):
    with session_scope() as s:
        return list(s.exec(select(model)))


def test_question_by_smtp_reply_by_imap_then_invoice_and_confirmation(imapbox, smtpd):
    _, got = smtpd
    append(imapbox, make_mail(MISSING_QTY))
    counts = pipeline.poll_once(imapbox)
    assert counts["fetched"] == 1 and counts["processed"] == 1 and counts["mails_sent"] == 1
    [req] = rows(InvoiceRequest)
    assert req.status == "waiting_for_answer"
    [question] = got.messages
    assert f"[{req.token}]" in question["Subject"] and "(lines[0].quantity)" in question.get_content()
    assert folder_count(imapbox, "INBOX") == 0 and folder_count(imapbox, "Processed") == 1

    append(imapbox, reply_to(got.raw[0], "1. 6 timmar"))
    counts = pipeline.poll_once(imapbox)
    assert counts["replies"] == 1
    [inv] = rows(Invoice)
    assert inv.status == "issued" and inv.net_total == 6 * 1150
    confirmation = got.messages[-1]
    assert len(got.messages) == 2 and inv.number in confirmation.get_content()
    assert confirmation["Message-ID"].startswith(f"<{req.token}.") and not confirmation.is_multipart()
    assert folder_count(imapbox, "Processed") == 2


def test_spoofed_request_goes_to_quarantine_folder(imapbox, smtpd):
    _, got = smtpd
    append(imapbox, make_mail(COMPLETE, auth=AUTH_SE.format(d="hydrografiverket.se").replace("mx1.", "mx9.")))
    counts = pipeline.poll_once(imapbox)
    assert counts["quarantined"] == 1 and not rows(Invoice) and not got.messages
    assert folder_count(imapbox, "Quarantine") == 1 and folder_count(imapbox, "INBOX") == 0
    assert "trusted receiving server" in rows(InboundMessage)[0].reason


def test_same_message_twice_one_invoice(imapbox, smtpd):
    raw = make_mail(COMPLETE, message_id="<twice@hydrografiverket.se>")
    append(imapbox, raw)
    append(imapbox, raw)
    counts = pipeline.poll_once(imapbox)
    assert counts["fetched"] == 2 and counts["invoices"] == 1 and len(rows(Invoice)) == 1
    assert len(smtpd[1].messages) == 1 and folder_count(imapbox, "Processed") == 2


def test_crash_between_storing_and_moving_loses_nothing_and_duplicates_nothing(imapbox, smtpd, monkeypatch):
    append(imapbox, make_mail(COMPLETE))

    def die(*a, **k):
        raise Crash()

    with monkeypatch.context() as mp:
        mp.setattr("intake.imap.ImapSource.done", die)
        with pytest.raises(Crash):
            pipeline.poll_once(imapbox)
    assert len(rows(Invoice)) == 1 and folder_count(imapbox, "INBOX") == 1
    counts = pipeline.poll_once(imapbox)
    assert counts["already_stored"] == 1 and counts["invoices"] == 0
    assert len(rows(Invoice)) == 1 and len(smtpd[1].messages) == 1
    assert folder_count(imapbox, "INBOX") == 0 and folder_count(imapbox, "Processed") == 1

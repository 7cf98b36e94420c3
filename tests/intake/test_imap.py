"""Against real servers: Dovecot (IMAP, started on loopback with a throw-away config) for the incoming mailbox and
aiosmtpd (a real SMTP server) receiving the question and confirmation mails."""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlmodel import select

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from core.requests.models import InvoiceRequest
from intake import pipeline
from intake.mailbox_config import MailboxConfig, OutgoingConfig
from tests.intake.conftest import free_port
from tests.support.mail import AUTH_SE, COMPLETE, MISSING_QTY, Crash, make_mail, reply_to

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


@pytest.fixture()
def dovecot():
    if not DOVECOT:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd); IMAP tests skipped")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="reskontra-dovecot-"))  # readable by dovecot's users (pytest's is 0700)
    base.chmod(0o755)
    (base / "run").mkdir(parents=True)
    (base / "mail").mkdir()
    port = free_port()
    if os.getuid() == 0:  # dovecot refuses mail access as root: use its own unprivileged user
        pw = pwd.getpwnam("dovecot")
        uid, gid = pw.pw_uid, pw.pw_gid
        os.chown(base / "mail", uid, gid)
    else:
        uid, gid = os.getuid(), os.getgid()
    (base / "users").write_text("intake:{PLAIN}secret::::::\n")
    me = pwd.getpwuid(os.getuid()).pw_name
    (base / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/run/state
instance_name = reskontra-test-{port}
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{base}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 0
first_valid_gid = 0
default_login_user = {"dovenull" if os.getuid() == 0 else me}
default_internal_user = {"dovecot" if os.getuid() == 0 else me}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {base}/users
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(base / "dovecot.conf")], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"dovecot did not start: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.1)
    os.environ["RESKONTRA_TEST_IMAP_PASSWORD"] = "secret"
    yield port
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(base, ignore_errors=True)


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

"""A month of a centre's work with several processes on one database (issue #16): two web processes (gunicorn)
and two workers, a real IMAP server (Dovecot) for the incoming mail and a real SMTP server (aiosmtpd) for what
goes out. While the workers poll the mailbox and send mail, two clerks import the same bank file at the same
moment, two schedulers run every day of a month, and two clerks press "Execute" for the same reminder run on
different web processes. Afterwards every message, mail, import and run happened exactly once."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from imapclient import IMAPClient
from sqlmodel import select

from core.billing.models import Invoice
from core.payments.models import BankFileRecord, Payment
from core.platform.db import session_scope
from core.platform.models import AuditEvent, InboundMessage, Job, MailNotice, RunRecord
from core.runs.models import Reminder
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax
from tests.support.mail import COMPLETE, MISSING_QTY, make_mail
from tests.support.processes import APP, csrf_token, free_port, logged_in, wait_http

MONTH = [dt.date(2027, 2, d) for d in range(1, 29)]
WORKER_LOOP = """
import sys, time
from cli.commands.worker_cmd import run_polling_once
for _ in range(int(sys.argv[1])):
    run_polling_once()
    time.sleep(0.3)
"""
SCHEDULER = """
import datetime as dt, sys
from core import schema
from core.runs import scheduler
schema.metadata()
for d in range(1, 29):
    scheduler.run_day(dt.date(2027, 2, d))
"""


def _py(code: str, *argv: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *argv], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _all(model):
    with session_scope() as s:
        return list(s.exec(select(model)))




def _press_execute(opener: urllib.request.OpenerDirector, base: str, agency_id: int, when: str) -> str:
    page = opener.open(f"{base}/runs/?kind=reminders&agency={agency_id}&when={when}").read().decode()
    form = {"kind": "reminders", "agency": str(agency_id), "when": when, **csrf_token(page)}
    return opener.open(base + "/runs/execute", data=urllib.parse.urlencode(form).encode()).geturl()


@pytest.fixture()
def setting(tmp_path, dovecot, smtpd, registry):
    ctl, got = smtpd
    conf = tmp_path / "mailboxes"
    conf.mkdir()
    (conf / "centre.toml").write_text(f"""name = "centre"
trusted_authserv_ids = ["mx1.servicecentret.se", "mx.palvelukeskus.fi"]
[source]
type = "imap"
host = "127.0.0.1"
port = {dovecot}
tls = false
user = "intake"
password_env = "RESKONTRA_TEST_IMAP_PASSWORD"
[folders]
inbox = "INBOX"
processed = "Processed"
quarantine = "Quarantine"
[outgoing]
type = "smtp"
host = "127.0.0.1"
port = {ctl.port}
tls = false
""")
    env = dict(os.environ, RESKONTRA_MAILBOX_CONFIG=str(conf), RESKONTRA_RATE_FETCH="off",
               RESKONTRA_DROPBOX=str(tmp_path / "dropbox"))
    return env, dovecot, got


def _bank_file(path: Path) -> Path:
    payments = [BgMaxPayment(Decimal("150.00"), "", payer_bankgiro="9912346") for _ in range(5)]
    path.write_bytes(write_bgmax("5050-1055", [BgMaxDeposit(dt.date(2027, 1, 20), payments, serial=1)],
                                 created=dt.datetime(2027, 1, 21, 6)))
    return path


def test_a_month_with_two_web_and_two_worker_processes_does_everything_once(setting, tmp_path):
    env, imap_port, got = setting
    complete, asking = 12, 6
    with IMAPClient("127.0.0.1", port=imap_port, ssl=False) as c:
        c.login("intake", "secret")
        for i in range(complete + asking):
            c.append("INBOX", make_mail(COMPLETE if i < complete else MISSING_QTY,
                                        message_id=f"<month-{i}@hydrografiverket.se>"))
    webs = []
    for _ in range(2):
        port = free_port()
        webs.append((f"http://127.0.0.1:{port}",
                     _py(APP, "serve", "--port", str(port), "--workers", "1", "--threads", "4", env=env)))
    bank = _bank_file(tmp_path / "bg.txt")
    procs = [_py(WORKER_LOOP, "8", env=env) for _ in range(2)]
    procs += [_py(SCHEDULER, env=env) for _ in range(2)]
    procs += [_py(APP, "payments", "import", str(bank), "--json", env=env) for _ in range(2)]
    try:
        for base, _ in webs:
            wait_http(base + "/healthz")
        with session_scope() as s:
            agency_id = s.exec(select(Invoice.agency_id)).first() or 1
        jobs_seen = {urllib.parse.urlsplit(_press_execute(logged_in(base), base, agency_id, "2027-03-05")).path
                     for base, _ in webs}
        outs = [p.communicate(timeout=600)[0] for p in procs]
        failed = [(i, o) for i, (p, o) in enumerate(zip(procs, outs)) if p.returncode]
        assert not failed, "\n".join(f"process {i}: {o[:1500]} ... {o[-1500:]}" for i, o in failed)
        final = _py(WORKER_LOOP, "1", env=env)  # the job queued by the clerks, and mail still pending
        assert final.wait(timeout=300) == 0
    finally:
        for _, web in webs:
            web.terminate()
            print(web.communicate(timeout=30)[0][-3000:])
    # every message stored once and processed once; its mails sent once
    messages = _all(InboundMessage)
    assert len(messages) == complete + asking and {m.status for m in messages} == {"processed"}
    processed = Counter(e.entity_id for e in _all(AuditEvent) if e.action == "message.processed")
    assert len(processed) == complete + asking and set(processed.values()) == {1}
    sent = [str(m["Message-ID"]) for m in got.messages]
    assert len(sent) == len(set(sent)) == len([n for n in _all(MailNotice) if n.status == "sent"]) >= asking
    # the bank file imported once by two clerks at the same moment
    assert len(_all(BankFileRecord)) == 1 and len(_all(Payment)) == 5
    imports = [o for o in outs if '"already_imported"' in o]
    assert sorted('"already_imported": true' in o for o in imports) == [False, True]
    # every scheduled run once; the clerks' two clicks on two web processes made one job, done once
    runs = Counter((r.kind, r.scope, r.run_key) for r in _all(RunRecord))
    assert set(runs.values()) == {1}
    assert {("reminders", "HYDRO-SE", "2027-02-05"), ("reminders", "HYDRO-SE", "2027-02-20")} <= set(runs)
    assert len({(r.invoice_id, r.reminder_no) for r in _all(Reminder)}) == len(_all(Reminder))
    # (a worker may have finished the first job before the second click: that job then finds the run made)
    done = _all(Job)
    assert len(jobs_seen) == len(done) in (1, 2) and {j.status for j in done} == {"done"}
    assert sum(1 for j in done if not j.result.get("already_run")) == 1
    assert runs[("reminders", "HYDRO-SE", "2027-03-05")] == 1

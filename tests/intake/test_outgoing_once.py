"""Outgoing mail is sent exactly once when several senders run at the same time (issue #16: two overlapping
intake runs used to send every mail twice), and a sender that died holding a claim does not lose the mail."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from sqlmodel import select

from core.kernel.clock import utcnow
from core.platform.db import session_scope
from core.platform.models import MailNotice
from core.registers.models import Agency
from intake import outgoing_mail
from intake.mailbox_config import OutgoingConfig

N = 40
SENDER = """
import sys
from intake import outgoing_mail
from intake.mailbox_config import OutgoingConfig
print(outgoing_mail.deliver_pending(OutgoingConfig(type="smtp", host="127.0.0.1", port=int(sys.argv[1]))))
"""


def _notices(n: int) -> list[str]:
    with session_scope() as s:
        agency = s.exec(select(Agency)).first()
        assert agency is not None
        ids = [f"<batch-{i}.test@servicecentret.se>" for i in range(n)]
        s.add_all(MailNotice(kind="batch_summary", agency_id=agency.id, message_id=mid, to_addr="ekonomi@example.se",
                             subject=f"Summary {i}", body="Fakturorna är utställda.") for i, mid in enumerate(ids))
    return ids


def test_concurrent_senders_deliver_each_notice_once(registry, smtpd):
    ctl, got = smtpd
    ids = _notices(N)
    procs = [subprocess.Popen([sys.executable, "-c", SENDER, str(ctl.port)], env=dict(os.environ),
                              stdout=subprocess.PIPE, text=True) for _ in range(4)]
    sent = [int(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    assert sum(sent) == N
    delivered = [str(m["Message-ID"]) for m in got.messages]
    assert sorted(delivered) == sorted(ids)  # every notice once, none twice
    with session_scope() as s:
        assert {n.status for n in s.exec(select(MailNotice))} == {"sent"}


def test_a_dead_senders_claim_is_taken_over_after_the_lease(registry, smtpd):
    ctl, got = smtpd
    _notices(2)
    with session_scope() as s:
        first, second = s.exec(select(MailNotice).order_by(MailNotice.id)).all()  # type: ignore[arg-type]
        first.status, first.claimed_by = "sending", "gone:1"
        first.claimed_at = utcnow() - outgoing_mail.CLAIM_LEASE - dt.timedelta(seconds=1)
        second.status, second.claimed_by, second.claimed_at = "sending", "busy:2", utcnow()  # still being sent
    assert outgoing_mail.deliver_pending(OutgoingConfig(type="smtp", host="127.0.0.1", port=ctl.port)) == 1
    assert [str(m["Message-ID"]) for m in got.messages] == ["<batch-0.test@servicecentret.se>"]

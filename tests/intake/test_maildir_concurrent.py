"""Several intake runs on one Maildir at the same time (issue #16: 2–4 of 200 messages ended in the wrong folder):
each message is claimed by exactly one run, stored once, and ends in the folder its stored status says."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core.platform.models import InboundMessage
from intake import pipeline
from tests.support.mail import COMPLETE, drop, make_mail, rows

N = 60
RUN = """
import sys
from intake import pipeline
from intake.mailbox_config import MailboxConfig, OutgoingConfig
out = OutgoingConfig(type="maildir", path=sys.argv[2])
cfg = MailboxConfig(name="test", type="maildir", path=sys.argv[1], outgoing=out)
pipeline.poll_once(cfg)
"""


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_concurrent_runs_move_each_message_once_to_the_right_folder(box):
    for i in range(N):  # every third from an outsider: quarantined
        sender = "someone@elsewhere.example" if i % 3 == 0 else None
        raw = make_mail(COMPLETE, **({"sender": sender, "auth": None} if sender else {}))
        drop(box, raw, name=f"{i:03d}.eml")
    procs = [subprocess.Popen([sys.executable, "-c", RUN, box.path, box.outgoing.path], env=dict(os.environ))
             for _ in range(3)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0]
    # a message one run stored while another run was deciding it stays in the mailbox for the next run
    pipeline.poll_once(box)
    root = Path(box.path)
    processed, quarantined = _names(root / "processed"), _names(root / "quarantine")
    assert len(processed) + len(quarantined) == N and not set(processed) & set(quarantined)
    assert not _names(root / "new") and not _names(root / ".processing")
    stored = rows(InboundMessage)
    assert len(stored) == N
    assert len(quarantined) == sum(1 for m in stored if m.status == "quarantined") == N // 3

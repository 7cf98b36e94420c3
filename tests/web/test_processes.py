"""The production shape (issue #16): `reskontra serve` on gunicorn with several web processes and
`reskontra worker` beside it, on the test database — the web answers, health and metrics report, and the worker
(not the web) processes the mailbox."""
from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from core.platform.models import InboundMessage
from tests.support.mail import COMPLETE, make_mail, rows
from tests.support.processes import free_port, logged_in, reskontra, wait_http


@pytest.fixture()
def web(registry):
    port = free_port()
    proc = reskontra("serve", "--port", str(port), "--workers", "2", "--threads", "2")
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
        print(out[-3000:])


def test_gunicorn_serves_with_two_processes_health_metrics_and_login(web):
    base, proc = web
    with urllib.request.urlopen(base + "/healthz") as r:
        assert json.load(r) == {"status": "ok", "database": "ok"}
    with urllib.request.urlopen(base + "/metrics") as r:
        text = r.read().decode()
    assert "reskontra_questions_open" in text and "reskontra_messages" in text
    opener = logged_in(base)
    assert "/login" not in opener.open(base + "/invoices/").geturl()  # logged in: the list, not the login page
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(workers) == 2  # the gunicorn master (proc) runs two web worker processes


def test_the_worker_not_the_web_processes_the_mailbox(web, tmp_path):
    from core.platform import settings

    drop = Path(settings.var_dir()) / "maildrop"
    (drop / "new").mkdir(parents=True, exist_ok=True)
    (drop / "new" / "m1.eml").write_bytes(make_mail(COMPLETE))
    time.sleep(1.5)
    assert rows(InboundMessage) == []  # the web process runs no poller
    worker = reskontra("worker", "--once")
    out = worker.communicate(timeout=120)[0]
    assert worker.returncode == 0, out
    assert "mailbox_poll" in out
    assert [m.status for m in rows(InboundMessage)] == ["processed"]


def test_logs_mask_personal_identity_numbers(capsys):
    import logging

    from core.platform import logs

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure("web")
        logging.getLogger("reskontra.test").warning("lookup of 19121212-1212 for org 556036-0793 failed")
    finally:
        root.handlers[:], _ = saved[0], root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert "19121212-****" in err and "1212 for" not in err and "556036-0793" in err

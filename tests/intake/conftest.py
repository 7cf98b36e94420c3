"""Fixtures of the intake tests: a real SMTP server (aiosmtpd) that collects what Reskontra sends, and a real
IMAP server (Dovecot, started on loopback with a throw-away configuration)."""
from __future__ import annotations

import email
import email.policy
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.processes import free_port


@pytest.fixture()
def smtpd():
    from aiosmtpd.controller import Controller

    class Collect:
        def __init__(self) -> None:
            self.messages: list[email.message.EmailMessage] = []
            self.raw: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):
            self.raw.append(envelope.content)
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 OK"

    handler = Collect()
    ctl = Controller(handler, hostname="127.0.0.1", port=free_port())
    ctl.start()
    yield ctl, handler
    ctl.stop()


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

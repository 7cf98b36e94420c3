"""The e-mail intake as tests drive it: messages as our receiving server delivers them (with the
Authentication-Results header it adds), replies to the centre's question mails, a Maildir drop folder and the
.eml outbox, and the registry the intake tests load. The fixtures `registry` and `box` are in tests/conftest.py."""
from __future__ import annotations

import email
import email.policy
from pathlib import Path
from typing import Any

from sqlmodel import select

from core.platform.db import session_scope
from intake.mailbox_config import MailboxConfig

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures" / "pipeline"
HYDRO = "maria.lindgren@hydrografiverket.se"
VESI = "pekka.virtanen@vesitalouskeskus.fi"
AUTH_SE = ("mx1.servicecentret.se; dkim=pass (2048-bit key) header.d={d} header.s=sel1; spf=pass "
           "smtp.mailfrom={d}; dmarc=pass (p=quarantine) header.from={d}")
_counter = [0]


def make_mail(body: str, *, sender: str = HYDRO, subject: str = "Faktureringsunderlag", auth: str | None = "ok",
              message_id: str | None = None, in_reply_to: str | None = None, date: str | None = None,
              extra_headers: dict | None = None) -> bytes:
    """A message as our receiving server delivers it (Authentication-Results added by mx1.servicecentret.se)."""
    _counter[0] += 1
    domain = sender.rsplit("@", 1)[1]
    msg = email.message.EmailMessage(policy=email.policy.SMTP.clone(max_line_length=998))
    if auth == "ok":
        msg["Authentication-Results"] = AUTH_SE.format(d=domain)
    elif auth:
        msg["Authentication-Results"] = auth
    msg["From"] = sender
    msg["To"] = "Kundfaktura <kundfaktura@servicecentret.se>"
    msg["Subject"] = subject
    msg["Date"] = date or "Mon, 16 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = message_id or f"<test-{_counter[0]}-{id(body)}@{domain}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()


COMPLETE = """Hej!

Vänligen fakturera enligt nedan.

Kund: Byggbolaget i Norr AB
Org.nr: 556712-4085
Er referens: Sofia Berglund

Artikel: 1020 Fältmätning, dag
Antal: 3

Med vänliga hälsningar
Maria Lindgren
"""

MISSING_QTY = """Hej!

Fakturera Byggbolaget i Norr AB (org.nr 556712-4085) för konsultation,
artikel 1010. Antalet timmar återkommer jag med.

Mvh Maria
"""


def reply_to(question: bytes, answer: str, sender: str = HYDRO) -> bytes:
    q = email.message_from_bytes(question, policy=email.policy.default)
    quoted = "\n".join("> " + ln for ln in q.get_content().splitlines())
    return make_mail(f"{answer}\n\n{q['From']} skrev:\n{quoted}\n", sender=sender, subject="SV: " + str(q["Subject"]),
                     in_reply_to=str(q["Message-ID"]))


def drop(cfg: MailboxConfig, raw: bytes, name: str | None = None) -> Path:
    new = Path(cfg.path) / "new"
    new.mkdir(parents=True, exist_ok=True)
    _counter[0] += 1
    path = new / (name or f"{_counter[0]}.eml")
    path.write_bytes(raw)
    return path


def outbox(cfg: MailboxConfig) -> list[email.message.EmailMessage]:
    files = sorted(Path(cfg.outgoing.path).glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in files]


def rows(model: Any, *where: Any) -> list[Any]:
    with session_scope() as s:
        return list(s.exec(select(model).where(*where)))


class Crash(BaseException):
    """Stands for the process dying (not an error the pipeline handles)."""

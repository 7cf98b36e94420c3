"""Outgoing mail, the one sender: every e-mail recorded by core (MailNotice rows, written in the same transaction as
the change: a request's questions and confirmation, a master-data change's questions, an invoicing slot's
summary) is delivered after commit — as .eml files to outbox_dir("mail") by default, or by SMTP (smtplib) when the
mailbox configures it. A request's mails are rendered from templates/mail/ in the agency's language; the others
carry the text core wrote. Plain text only; no invoice is ever attached to an e-mail."""
from __future__ import annotations

import contextlib
import datetime as dt
import email.policy
import email.utils
import smtplib
import ssl
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel import local_format
from core.kernel.clock import utcnow
from core.kernel.errors import NotFound
from core.platform import settings
from core.platform.claims import worker_name
from core.platform.db import session_scope
from core.platform.models import MailNotice
from core.registers.models import Agency
from core.registers.pricing import price_on
from core.registers.register import agency_language
from core.requests.models import ChangeRequest, InvoiceRequest, Question
from core.requests.resolution import article_for
from intake.mailbox_config import OutgoingConfig, default_outgoing

TEMPLATES = settings.PROJECT_ROOT / "templates" / "mail"
SIGNATURE = {"sv": "Kundfaktura, Servicecentret", "fi": "Myyntilaskutus, Palvelukeskus",
             "en": "Customer invoicing, Shared Service Centre"}
_POLICY = email.policy.SMTP.clone(max_line_length=998)  # Message-IDs are never folded/encoded
_R = TypeVar("_R")
CLAIM_LEASE = dt.timedelta(minutes=10)  # a sender that holds a claim longer than this is presumed dead
CLAIM_BATCH = 20  # notices claimed per transaction: sending them takes far less than CLAIM_LEASE
_NOTICES = MailNotice.__table__
_OPEN_QUESTIONS = "outgoing.open_questions"  # session.info: {"requests": ids read, request id: [open questions]}
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False,
                          keep_trailing_newline=True, trim_blocks=False)


def _register_price(session: Session, agency: Agency, ln: dict) -> Decimal | None:
    """The register's price of the line's article on its supply date, when the line states none: the question
    mail shows it instead of "price ?" (the agency is asked only what nobody knows)."""
    art = article_for(session, agency, ln.get("article"))
    if art is None:
        return None
    day = ln.get("period_start")
    return price_on(session, art, dt.date.fromisoformat(day) if isinstance(day, str) and day else None)


def _describe(session: Session, agency: Agency, ln: dict, i: int) -> str:
    if ln.get("description"):
        return ln["description"]
    art = article_for(session, agency, ln.get("article"))
    return (art.name if art else None) or (f"{ln['article']}" if ln.get("article") else f"#{i + 1}")


def _row(session: Session, model: type[_R], row_id: int | None, what: str) -> _R:
    """The row a notice refers to; NotFound when the reference is empty or dangling."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(f"the mail notice refers to no existing {what} ({row_id})", what)
    return row


def render(session: Session, notice: MailNotice) -> EmailMessage | None:
    """The e-mail for a notice, or None when there is nothing (left) to say."""
    if notice.request_id is None:  # written by core: master-data questions, a batch summary
        if notice.kind == "md_questions" and not _row(session, ChangeRequest, notice.change_id, "change").questions:
            return None
        return _message(_row(session, Agency, notice.agency_id, "agency"), notice, notice.subject or "",
                        notice.body or "", [notice.in_reply_to] if notice.in_reply_to else [])
    req = _row(session, InvoiceRequest, notice.request_id, "request")
    agency = _row(session, Agency, req.agency_id, "agency")
    lang = agency_language(agency)
    data = req.data or {}
    cust = data.get("customer") or {}
    customer = cust.get("name") or cust.get("org_no") or "?"
    ctx: dict[str, Any] = {"token": req.token, "customer": customer, "signature": SIGNATURE[lang],
                           "agency": agency.name}
    if notice.kind == "questions":
        if not _question_context(session, agency, req, lang, ctx):
            return None
    else:
        inv = _row(session, Invoice, notice.invoice_id, "invoice")
        ctx.update(number=inv.number, total=local_format.amount(inv.total, lang), currency=inv.currency,
                   due_date=local_format.date(inv.due_date, lang),
                   customer=(inv.customer_snapshot or {}).get("name") or customer)
    text = _env.get_template(f"{notice.kind}.{lang}.txt").render(**ctx)
    first, body = text.split("\n", 1)
    thread = [r for r in [req.thread_message_id] + list(req.thread_references or []) if r]
    return _message(agency, notice, first.removeprefix("Subject: ").strip(), body.lstrip("\n"), thread)


def _open_questions(session: Session, request_ids: list[int | None]) -> list[Question]:
    """The open questions of these requests, by id."""
    if not request_ids:
        return []
    return list(session.exec(select(Question).where(col(Question.request_id).in_(request_ids),
                                                    Question.status == "open").order_by(col(Question.id))))


def _question_context(session: Session, agency: Agency, req: InvoiceRequest, lang: str, ctx: dict[str, Any]) -> bool:
    """The open questions and the request's lines into `ctx`; False when no question is open."""
    read = session.info.get(_OPEN_QUESTIONS)  # deliver_pending read those of its claimed notices at once
    qs = read.get(req.id, []) if read is not None and req.id in read["requests"] else _open_questions(session, [req.id])
    if not qs:
        return False
    data = req.data or {}
    lines = data.get("lines") or []
    items = []
    for n, q in enumerate(qs, 1):
        item = {"n": n, "path": q.path, "field": None, "line_no": None, "desc": None}
        if q.path.startswith("lines["):
            i = int(q.path[6:q.path.index("]")])
            item.update(field=q.path.rsplit(".", 1)[-1], line_no=i + 1,
                        desc=_describe(session, agency, lines[i] if i < len(lines) else {}, i))
        items.append(item)
    ctx["questions"] = items
    ctx["lines"] = [{"n": i + 1, "text": " ".join(str(x) for x in (ln.get("article"),
                                                                   _describe(session, agency, ln, i)) if x),
                     "quantity": local_format.quantity(ln.get("quantity"), lang), "unit": None,
                     "price": _line_price(session, agency, ln, lang, data.get("currency") or agency.currency)}
                    for i, ln in enumerate(lines)]
    return True


def _line_price(session: Session, agency: Agency, ln: dict, lang: str, currency: str) -> str | None:
    price = ln.get("unit_price")
    if price in (None, ""):
        price = _register_price(session, agency, ln)
    return f"{local_format.amount(price, lang)} {currency}" if price is not None else None


def _message(agency: Agency, notice: MailNotice, subject: str, body: str, thread: list[str]) -> EmailMessage:
    lang = agency_language(agency)
    msg = EmailMessage(policy=_POLICY)
    sender = agency.intake_address or "kundfaktura@servicecentret.se"
    msg["From"] = email.utils.formataddr((SIGNATURE[lang], sender))
    msg["To"] = notice.to_addr
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(utcnow())
    msg["Message-ID"] = notice.message_id
    if thread:
        msg["In-Reply-To"] = thread[-1]
        msg["References"] = " ".join(dict.fromkeys(thread))
    msg["Auto-Submitted"] = "auto-generated"
    msg["Content-Language"] = lang
    msg.set_content(body, charset="utf-8")
    return msg


def send(msg: EmailMessage, cfg: OutgoingConfig | None = None) -> str:
    """Deliver one message; returns where it went."""
    cfg = cfg or OutgoingConfig()
    if cfg.type == "smtp":
        ctx = ssl.create_default_context()
        with _smtp(cfg, ctx) as smtp:
            if cfg.starttls:
                smtp.starttls(context=ctx)
            if cfg.user:
                smtp.login(cfg.user, cfg.password() or "")
            smtp.send_message(msg)
        return f"smtp://{cfg.host}:{cfg.port}"
    out = Path(cfg.path) if cfg.path else settings.outbox_dir("mail")
    out.mkdir(parents=True, exist_ok=True)
    name = str(msg["Message-ID"]).strip("<>").replace("/", "_").replace("@", "_at_")
    tmp = out / f".{name}.tmp"
    tmp.write_bytes(msg.as_bytes())
    final = out / f"{name}.eml"
    tmp.replace(final)  # same name for the same notice: a re-delivery after a crash overwrites, never doubles
    return str(final)


def _smtp(cfg: OutgoingConfig, ctx: ssl.SSLContext) -> smtplib.SMTP:
    """An SMTP connection (TLS from the start when configured; STARTTLS is the caller's step)."""
    host = cfg.host or ""  # no host: not connected, so sending fails like any unreachable server
    if cfg.tls:
        return smtplib.SMTP_SSL(host, cfg.port, timeout=30, context=ctx)
    return smtplib.SMTP(host, cfg.port, timeout=30)


def _due(s: Session, now: dt.datetime) -> list[int]:
    """Notices waiting to be sent: pending ones, and those whose sender's claim went stale (it crashed)."""
    t = _NOTICES
    stale = sa.and_(t.c.status == "sending", t.c.claimed_at < now - CLAIM_LEASE)
    return list(s.execute(sa.select(t.c.id).where(sa.or_(t.c.status == "pending", stale)).order_by(t.c.id))
                .scalars())


def _claim(s: Session, ids: list[int], me: str) -> list[MailNotice]:
    """Take notices for sending in a short transaction of their own (committed here), before anything is sent: a
    conditional UPDATE that only one process can win per notice (PostgreSQL: rows another sender has locked are
    skipped, never waited for; SQLite: the write lock), so two senders running at once never both send one. A
    claim older than CLAIM_LEASE (its sender died) may be taken over. Returns the notices won (as the UPDATE left
    them), in order."""
    now = utcnow()
    t = _NOTICES
    free = sa.or_(t.c.status == "pending", sa.and_(t.c.status == "sending", t.c.claimed_at < now - CLAIM_LEASE))
    lockable = sa.select(t.c.id).where(t.c.id.in_(ids), free).order_by(t.c.id).with_for_update(skip_locked=True)
    stmt = (sa.update(MailNotice).where(col(MailNotice.id).in_(lockable.scalar_subquery()))
            .values(status="sending", claimed_at=now, claimed_by=me).returning(MailNotice))
    won = sorted(s.execute(stmt, execution_options={"populate_existing": True}).scalars().all(),
                 key=lambda n: n.id or 0)
    s.commit()
    _read_ahead(s, won)
    return won


def _read_ahead(s: Session, won: list[MailNotice]) -> None:
    """The requests, agencies and open questions the claimed notices are about, each kind in one query, held in
    the session for this call (the identity map keeps rows only while something refers to them): render finds
    them there instead of reading them notice by notice."""
    asked = {n.request_id for n in won if n.request_id is not None}
    reqs = list(s.exec(select(InvoiceRequest).where(col(InvoiceRequest.id).in_(asked)))) if asked else []
    agencies = [a for a in {n.agency_id for n in won} | {r.agency_id for r in reqs} if a is not None]
    s.info.setdefault("outgoing.rows", []).extend(
        reqs + list(s.exec(select(Agency).where(col(Agency.id).in_(agencies)))))
    with_questions = {n.request_id for n in won if n.kind == "questions" and n.request_id is not None}
    questions: dict[Any, Any] = {"requests": with_questions}
    for q in _open_questions(s, list(with_questions)):
        questions.setdefault(q.request_id, []).append(q)
    s.info[_OPEN_QUESTIONS] = questions


def _release(s: Session, ids: list[int], me: str) -> None:
    """Give back claims this sender will not use (it stopped on an error): the next run sends them at once."""
    t = _NOTICES
    s.rollback()
    s.execute(sa.update(t).where(t.c.id.in_(ids), t.c.status == "sending", t.c.claimed_by == me)
              .values(status="pending", claimed_at=None, claimed_by=None))
    s.commit()


def _deliver_one(s: Session, notice: MailNotice, me: str, cfg: OutgoingConfig | None) -> bool:
    """Render and send a notice this sender claimed, then record the outcome (the caller commits); True when it
    was sent. A failed send puts the notice back to pending (retried by the next run) with the error kept."""
    if notice.status != "sending" or notice.claimed_by != me:
        return False
    msg = render(s, notice)
    if msg is None:
        notice.status, notice.error = "cancelled", "no open questions left"
        return False
    notice.subject = str(msg["Subject"])
    try:
        send(msg, cfg)
    except (OSError, smtplib.SMTPException) as exc:
        notice.status, notice.error = "pending", f"{type(exc).__name__}: {exc}"[:500]
        return False
    notice.status, notice.sent_at, notice.error = "sent", utcnow(), None
    return True


def deliver_pending(cfg: OutgoingConfig | None = None, url: str | None = None) -> int:
    """Send every due notice exactly once across processes: each is claimed (committed, CLAIM_BATCH at a time)
    before it is sent and marked sent after; returns how many this call sent. By SMTP each "sent" is committed
    right after the server took the mail: only a crash between the two can repeat a mail, after CLAIM_LEASE, with
    the same Message-ID (receivers can drop it). To the outbox folder the claimed batch's outcomes are committed
    together (a commit each cost a disk flush): writing a notice's file again, after a crash or an error, replaces
    it under its own name and never doubles it. One session for the whole call: the agencies and articles the
    mails name are read once."""
    cfg = cfg or default_outgoing()
    me = worker_name()
    each = cfg.type == "smtp"  # a mail an SMTP server took cannot be taken back
    sent = 0
    with session_scope(url) as s:
        ids = _due(s, utcnow())
        for start in range(0, len(ids), CLAIM_BATCH):
            won = _claim(s, ids[start:start + CLAIM_BATCH], me)
            for k, notice in enumerate(won):
                try:
                    sent += _deliver_one(s, notice, me, cfg)
                    if each:
                        s.commit()
                except BaseException:
                    with contextlib.suppress(Exception):  # the error that stopped us is the one to report
                        if not each:  # the outcomes before it are kept, what the failed one changed is not
                            s.expire(notice)
                            s.commit()
                    with contextlib.suppress(Exception):
                        _release(s, [n.id for n in won[k + 1:] if n.id is not None], me)
                    raise
            s.commit()
    return sent

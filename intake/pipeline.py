"""The e-mail intake: fetch -> store raw (own transaction, a batch of BATCH messages together) -> process (the
batch's messages in one transaction, each as if alone: sender check, parse, apply; a failure redoes the batch one
transaction per message) -> deliver the mails it caused -> move the message to processed/quarantine (only after
commit).

A crash at any point loses nothing (the raw message is stored before anything else, and stays in the mailbox
until its result is committed) and does nothing twice (the same bytes or Message-ID are stored once; a stored
message is claimed by one transaction; mails are recorded with the change and sent by notice id).

What is processed: only messages from an agency's allowed sender, authenticated by our trusted receiving server
(intake.sender_auth), whose content could be read completely (the parser reports no MIME problems). Anything else
is quarantined with the reason, for a clerk to release (`release_message`) or discard.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import traceback
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, ValidationError
from core.kernel.jsonenc import jsonable
from core.kernel.money import round_money, to_decimal
from core.kernel.types import stored_id
from core.payments.models import PaymentAdvice, PaymentAdviceItem
from core.platform import audit
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from core.registers import register as registers
from core.registers.models import Agency
from core.requests import lifecycle as requests
from core.requests import masterdata
from core.requests.models import InvoiceRequest
from intake import layouts, message_store, outgoing_mail
from intake.mailbox import Source, open_source
from intake.mailbox_config import DEFAULT_TRUSTED, MailboxConfig, load, load_all
from intake.parse import parse_message
from intake.parser_inputs import STATE_COLUMNS, hints_for_parser, register_state, registry_for_parser
from intake.replies_merge import Quarantine, handle_reply, thread_ids
from intake.sender_auth import check_sender

ACTOR = "intake"


def parse(raw: bytes, registry: dict, hints: dict[str, str] | None = None) -> dict:
    return jsonable(parse_message(raw, registry, hints))


def _quarantine(session: Session, m: InboundMessage, reason: str) -> InboundMessage:
    m.status, m.reason, m.processed_at = "quarantined", reason[:4000], utcnow()
    session.add(m)
    audit.record(session, ACTOR, "message.quarantined", "message", m.id, m.agency_id, "email", reason=reason[:500])
    session.flush()
    return m


def process_message(session: Session, message_id: int, trusted: tuple[str, ...] | list[str] = DEFAULT_TRUSTED,
                    release: dict | None = None) -> InboundMessage | None:
    """Process one stored message in the caller's transaction; None when it is not (any longer) waiting.
    `release` ({actor, reason, agency}) processes a quarantined message on a clerk's decision."""
    state: tuple = ()
    if release:
        m, reused = message_store.claim(session, message_id, ("quarantined",)), None
    else:  # the claim returns what the parser's caches check, too (one round trip)
        m, reused, state = message_store.claim_checked(session, message_id, STATE_COLUMNS)
    if m is None:
        return None
    try:
        state = state or register_state(session)
        parsed = parse(m.raw, registry_for_parser(session, state), hints_for_parser(session, m.from_addr, state))
    except Exception as exc:
        m.parsed = None
        return _quarantine(session, m, f"the parser failed: {type(exc).__name__}: {exc}"[:1000])
    check = check_sender(session, m.raw, trusted)
    # what the row records is set only when the message is decided, so the row is written once (every query
    # on the way would flush a change made before it)
    fields: dict[str, Any] = {"kind": parsed.get("kind"), "parsed": {k: v for k, v in parsed.items()
                                                                      if k != "provenance"},
                              "agency_id": check.agency.id if check.agency else None}

    def decided() -> None:
        for k, v in fields.items():
            setattr(m, k, v)

    if release:
        agency = release.get("agency") or check.agency
        if agency is None:
            raise ValidationError("the sender is no agency's allowed sender: name the agency to release to", "agency")
        fields.update(agency_id=agency.id, decided_by=release["actor"], decision_reason=release["reason"])
    else:
        reasons = list(check.reasons) + [r for r in [reused] if r]
        problems = parsed.get("problems") or []
        if problems:
            reasons.append("content could not be read completely: " + "; ".join(map(str, problems)))
        if reasons:
            decided()
            return _quarantine(session, m, "; ".join(reasons))
        agency = check.agency
    if agency is None:  # an authenticated sender always names its agency; never process a message without one
        decided()
        return _quarantine(session, m, "the sender is no agency's allowed sender")
    try:
        outcome = _apply(session, m, parsed, agency)
    except Quarantine as exc:
        if release:
            raise ValidationError(str(exc), "message") from None
        decided()
        return _quarantine(session, m, str(exc))
    decided()
    m.outcome = outcome
    m.status, m.processed_at = "processed", utcnow()
    session.add(m)
    logged = {k: v for k, v in m.outcome.items() if k in ("requests", "changes", "advice", "reply_to")}
    audit.record(session, release["actor"] if release else ACTOR, "message.processed", "message", m.id, agency.id,
                 "email", kind=m.kind, released=bool(release), **logged)
    session.flush()
    return m


def _apply(session: Session, m: InboundMessage, parsed: dict, agency: Agency) -> dict:
    kind = parsed.get("kind")
    if kind == "invoice_request":
        reqs = parsed.get("requests") or []
        if not reqs:
            return {"ignored": "an invoicing request without any request in it"}
        prov = parsed.get("provenance") or {}
        refs = thread_ids(m.raw)
        made = []
        for i, r in enumerate(reqs):
            own = {k[len(pre):]: v for k, v in prov.items() if k.startswith(pre := f"requests[{i}].")}
            req = requests.submit(session, agency, _without_registry_prices(r, own), urgent=bool(r.get("urgent")),
                                  source="email", actor=ACTOR, message=m, requested_by=m.from_addr,
                                  thread_message_id=m.message_id, thread_references=refs[-5:], provenance=own,
                                  questions=r.get("questions"), review=r.get("review"))
            made.append(req)
        advice = parsed.get("payment_advice")     # forwarded beside the request (intake.extract.forwarded_advice)
        return {"requests": [r.token for r in made], "statuses": [r.status for r in made],
                "invoices": [r.invoice_id for r in made if r.invoice_id],
                **({"advice": store_advice(session, m, advice, agency).id} if advice else {})}
    if kind == "masterdata_request":
        return _apply_masterdata(session, m, parsed.get("masterdata_changes") or [], agency)
    if kind == "reply":
        out = handle_reply(session, m, parsed, agency, ACTOR)
        answered = requests.find_by_token(session, out.get("reply_to"))
        if answered is not None:
            out["learned"] = len(layouts.learn_from_request(session, answered, m.from_addr or ACTOR))
        return out
    if kind == "payment_advice" and parsed.get("payment_advice"):
        return {"advice": store_advice(session, m, parsed["payment_advice"], agency).id}
    _needs_clerk(parsed)
    return {"ignored": f"kind {kind}: not an invoicing request, payment advice or reply"}


def _needs_clerk(parsed: dict) -> None:
    """An agency's message that asks for something no rule does — a credit of an issued invoice, what work would
    cost — goes to the clerk's list of messages to handle (quarantine, with what it asks), never silently to
    "processed". An out-of-office reply and a message with nothing in it stay ignored."""
    credit = parsed.get("credit_request") if parsed.get("kind") == "credit_request" else None
    if credit is not None:
        number = credit.get("invoice_number") or "?"
        again = len(credit.get("reinvoice") or [])    # "… and send a new invoice": read, filed by the clerk
        anew = f", then files the new invoice it asks for ({again} request(s) read)" if again else ""
        raise Quarantine(f"a credit request for invoice {number}: a clerk credits it on the invoice's page{anew}, "
                         f"then discards this message")
    asked = [f.get("reason") for f in parsed.get("review") or [] if isinstance(f, dict) and f.get("reason")]
    if parsed.get("kind") == "unknown" and asked and not parsed.get("auto_reply"):
        raise Quarantine(f"not an invoicing request: {'; '.join(map(str, asked))[:300]}; a clerk answers the agency")


def _without_registry_prices(r: dict, prov: dict) -> dict:
    """The request without the prices the parser only looked up in its (cached) copy of the register: core prices
    those lines itself, with the price valid on the supply date (core.registers.pricing.price_on)."""
    lines = [dict(ln, unit_price=None) if (prov.get(f"lines[{j}].unit_price") or {}).get("part") == "registry"
             else ln for j, ln in enumerate(r.get("lines") or [])]
    return {**r, "lines": lines}


def _apply_masterdata(session: Session, m: InboundMessage, changes: list[dict], agency: Agency) -> dict:
    """Each requested register change through core.requests.masterdata (questions go back by mail); a change that is
    wrong rather than incomplete (a duplicate, an unknown article) quarantines the whole message with the reason,
    nothing of it kept."""
    if not changes:
        return {"ignored": "a master-data request without any change in it"}
    nested = session.begin_nested()
    try:
        made = [masterdata.create_change(session, agency, c.get("entity") or "", c.get("action") or "",
                                         c.get("data") or {}, c.get("valid_from"), source="email", actor=ACTOR,
                                         requested_by=m.from_addr, message_id=m.id, thread_message_id=m.message_id,
                                         questions=c.get("questions"))
                for c in changes]
    except (DomainError, ValidationError) as exc:
        nested.rollback()
        raise Quarantine(f"master-data request: {exc}") from None
    nested.commit()
    return {"changes": [c.token for c in made], "statuses": [c.status for c in made]}


def store_advice(session: Session, m: InboundMessage | None, advice: dict, agency: Agency | None) -> PaymentAdvice:
    """A payment advice for the payments matcher: payer, date, total, items (invoice number, reference, amount)."""
    payer = advice.get("payer") or {}

    def money(v: Any) -> Decimal | None:
        try:
            return round_money(to_decimal(v)) if v not in (None, "") else None
        except (DomainError, ValueError):
            return None

    try:
        day = dt.date.fromisoformat(advice["payment_date"]) if advice.get("payment_date") else None
    except (TypeError, ValueError):
        day = None
    pa = PaymentAdvice(agency_id=agency.id if agency else None, message_id=m.id if m else None,
                       payer_name=payer.get("name"), payer_org_no=payer.get("org_no"), payment_date=day,
                       total=money(advice.get("total")), currency=advice.get("currency"))
    session.add(pa)
    session.flush()
    for item in advice.get("items") or []:
        amount = money(item.get("amount"))
        if amount is None:
            continue
        session.add(PaymentAdviceItem(advice_id=stored_id(pa), invoice_number=item.get("invoice_number"),
                                      reference=item.get("reference"), amount=amount))
    audit.record(session, ACTOR, "advice.stored", "payment_advice", pa.id, pa.agency_id, "email",
                 items=len(advice.get("items") or []), total=pa.total)
    session.flush()
    return pa


def release_message(session: Session, message_id: int, actor: str, reason: str,
                    agency_code: str | None = None) -> InboundMessage:
    """A clerk releases a quarantined message: it is processed as if it had passed the checks (the reason is
    recorded). Mails it causes are sent by the next intake run."""
    if not reason:
        raise ValidationError("releasing a message needs a reason", "reason")
    m = session.get(InboundMessage, message_id)
    if m is None or m.status != "quarantined":
        raise DomainError(f"message {message_id} is {'missing' if m is None else m.status}; only quarantined "
                          "messages can be released")
    agency = registers.agency_by_code(session, agency_code) if agency_code else None
    done = process_message(session, message_id, release={"actor": actor, "reason": reason, "agency": agency})
    if done is None:
        raise DomainError(f"message {message_id} was handled concurrently")
    audit.record(session, actor, "message.released", "message", m.id, done.agency_id, "web", reason=reason)
    return done


def discard_message(session: Session, message_id: int, actor: str, reason: str) -> InboundMessage:
    return message_store.discard_message(session, message_id, actor, reason)


#: messages of a mailbox stored in one transaction, then processed in one (a commit each cost a disk flush)
BATCH = 20


def ingest(raw: bytes, source: str = "maildir", mailbox: str | None = None, ref: str | None = None,
           trusted: tuple[str, ...] | list[str] = DEFAULT_TRUSTED, url: str | None = None,
           counts: Counter | None = None) -> InboundMessage:
    """Store then process one raw message (two transactions); returns the final row."""
    return ingest_many([(raw, ref)], source, mailbox, trusted, url, counts)[0]


def ingest_many(items: Sequence[tuple[bytes, str | None]], source: str = "maildir", mailbox: str | None = None,
                trusted: tuple[str, ...] | list[str] = DEFAULT_TRUSTED, url: str | None = None,
                counts: Counter | None = None) -> list[InboundMessage]:
    """Store (raw, ref) pairs in one transaction, then process the stored ones in order in a second one
    (`_process_batch`), on the same session; returns the final rows in order."""
    counts = counts if counts is not None else Counter()
    out = []
    with session_scope(url) as s:
        stored = message_store.store_many(s, items, source, mailbox)  # committed
        done = _process_batch(s, [stored_id(row) for row, _ in stored if row.status == "stored"], trusted, url,
                              counts)
        for row, created in stored:
            counts["stored" if created else "already_stored"] += 1
            if row.status == "stored":
                row = done.get(stored_id(row)) or row
            elif row.status == "duplicate" and created:
                counts["duplicates"] += 1
            out.append(row)
    return out


def _process_batch(session: Session, ids: list[int], trusted, url, counts: Counter) -> dict[int, InboundMessage]:
    """Process stored messages in order in ONE transaction (a batch costs one commit, not one per message) and
    commit it; {id: final row} of those processed here. Each message is decided exactly as in a transaction of
    its own (it sees what the ones before it did). When any of them fails (an error, a lock a concurrent run
    holds), the whole batch is rolled back and each is processed in a transaction of its own (`_process_one`):
    the outcome is then the same as if that had been done from the start."""
    done: dict[int, InboundMessage] = {}
    try:
        for message_id in ids:
            m = process_message(session, message_id, trusted)
            if m is not None:
                done[message_id] = m
        session.commit()
    except Exception:
        session.rollback()
        return {i: m for i in ids if (m := _process_one(i, trusted, url, counts, session)) is not None}
    for m in done.values():
        _count(counts, m)
    return done


def _process_one(message_id: int, trusted, url, counts: Counter, session: Session | None = None
                 ) -> InboundMessage | None:
    """Process a stored message in a transaction of its own (on `session` when given, which has nothing pending)
    and commit it; a failure is rolled back and the message quarantined with the error, in a second one."""
    with contextlib.ExitStack() as stack:
        s = session if session is not None else stack.enter_context(session_scope(url))
        try:
            m = process_message(s, message_id, trusted)
            s.commit()
        except Exception as exc:
            s.rollback()
            m = message_store.claim(s, message_id)
            if m is not None:
                _quarantine(s, m, f"processing failed: {type(exc).__name__}: {exc} "
                                  f"[{traceback.format_exc(limit=3)[-600:]}]")
            s.commit()
    if m is not None:
        _count(counts, m)
    return m


def _count(counts: Counter, m: InboundMessage) -> None:
    """A decided (committed) message in the run's counts."""
    counts[m.status] += 1
    counts["requests"] += len(m.outcome.get("requests") or [])
    counts["changes"] += len(m.outcome.get("changes") or [])
    counts["invoices"] += len(m.outcome.get("invoices") or [])
    counts["advices"] += 1 if m.outcome.get("advice") else 0
    counts["replies"] += 1 if m.outcome.get("reply_to") else 0


def poll_mailbox(cfg: MailboxConfig, url: str | None = None, counts: Counter | None = None) -> Counter:
    counts = counts if counts is not None else Counter()
    counts["mails_sent"] += outgoing_mail.deliver_pending(cfg.outgoing, url)
    src = open_source(cfg)
    try:
        batch: list[tuple[bytes, str | None]] = []
        for ref, raw in src.fetch():
            counts["fetched"] += 1
            batch.append((raw, ref))
            if len(batch) >= BATCH:
                _ingest_batch(src, batch, cfg, url, counts)
                batch = []
        if batch:
            _ingest_batch(src, batch, cfg, url, counts)
    finally:
        src.close()
    with session_scope(url) as s:  # stored before a crash, no longer in the mailbox
        left = message_store.waiting(s)
    for mid in left:
        _process_one(mid, cfg.trusted_authserv_ids, url, counts)
    counts["mails_sent"] += outgoing_mail.deliver_pending(cfg.outgoing, url)
    return counts


def _ingest_batch(src: Source, batch: list[tuple[bytes, str | None]], cfg: MailboxConfig, url: str | None,
                  counts: Counter) -> None:
    """Store and process a batch, send the mails it caused, then move each message to the folder of its outcome
    (only now: everything about it is committed)."""
    rows = ingest_many(batch, cfg.type, cfg.name, cfg.trusted_authserv_ids, url, counts)
    counts["mails_sent"] += outgoing_mail.deliver_pending(cfg.outgoing, url)
    for (_, ref), row in zip(batch, rows):
        if row.status in ("stored", "processing"):  # another run is deciding it right now: left in the mailbox,
            continue                                 # the next run moves it to the folder of its outcome
        src.done(str(ref), "quarantine" if row.status in ("quarantined", "discarded") else "processed")


def poll_once(config: MailboxConfig | None = None, *, mailbox: str | None = None, maildir: str | None = None,
              url: str | None = None) -> dict[str, int]:
    """One intake run over the configured mailboxes (or one); the scheduler calls this. Returns counts."""
    if config is not None:
        cfgs = [config]
    elif maildir:
        base = load(mailbox or "default")
        cfgs = [MailboxConfig(name=base.name, type="maildir", path=maildir, processed=base.processed,
                              quarantine=base.quarantine, trusted_authserv_ids=base.trusted_authserv_ids,
                              outgoing=base.outgoing)]
    elif mailbox:
        cfgs = [load(mailbox)]
    else:
        cfgs = load_all()
    counts: Counter = Counter()
    for cfg in cfgs:
        poll_mailbox(cfg, url, counts)
    keys = ("fetched", "stored", "already_stored", "duplicates", "processed", "quarantined", "requests",
            "changes", "invoices", "replies", "advices", "mails_sent")
    return {k: int(counts.get(k, 0)) for k in keys}


def requests_waiting(session: Session) -> list[InvoiceRequest]:
    return requests.list_requests(session, status="waiting_for_answer")

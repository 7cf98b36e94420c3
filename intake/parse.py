"""`parse_message(raw, registry)`: one e-mail → the intake contract (kind, requests, payment_advice, token).

A pure function of the message bytes and a registry dict shaped like registry.json — no database — so it can be
tested on a corpus and run in bulk. Every extracted value carries provenance (which MIME part, which
line/row/cell/page) so an operator can see where a number came from. Messages the parser cannot use are not
errors: `problems` says why, for quarantine. Turning fragments into requests is `intake.assemble`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from intake.assemble import build_request, merge
from intake.credit_again import read_credit
from intake.extract.csvfile import decode_csv, read_csv
from intake.extract.forwarded_advice import asks_and_forwards_advice, without_forwarded_advice
from intake.extract.html import html_to_text
from intake.extract.kinds import (
    asks_about_status,
    asks_for_invoice,
    credit_request,
    is_out_of_office,
    not_a_request_yet,
    sounds_out_of_office,
)
from intake.extract.left_out_sheets import kept_sheets
from intake.extract.lineless import lineless_reason
from intake.extract.masterdata import from_rows as md_from_rows
from intake.extract.masterdata import from_text as md_from_text
from intake.extract.masterdata import is_masterdata
from intake.extract.masterdata import reply_answers as masterdata_reply
from intake.extract.mime import Mail, Part, parse_mail
from intake.extract.model import Fragment
from intake.extract.payment_replies import payment_reply
from intake.extract.payments import is_payment_advice, parse_advice
from intake.extract.prose_lines import INQUIRY_RE
from intake.extract.quoting import content_text
from intake.extract.registry import Registry, compile_registry
from intake.extract.replies import find_token, parse_reply
from intake.extract.reply_attachments import fill_from_attachments
from intake.extract.system_notices import auto_replied, generated, notice_without_request
from intake.extract.table_roles import has_advice_table, prefer_table_items
from intake.extract.table_sources import csv_fragments, pdf_fragments, sheet_fragments
from intake.extract.text import read_text
from intake.extract.text_context import TextContext
from intake.extract.withdrawn import drop_withdrawn
from intake.file_requests import prepare_fragments
from intake.gate import judge
from intake.gate_message import finding
from intake.replacing import read_replacing, replaces_earlier

#: a reply to one's own earlier mail that only corrects it: "antalet ska vara 5, inte 4", "määrän pitää olla 5",
#: "should be 5, not 4", "rättelse", "korjaus"
_CORRECTION_RE = re.compile(r"(?i)\b(?:ska|skall|borde) (?:vara|bli)\b|\bpitää olla\b|\bpitäisi olla\b|"
                            r"\bshould (?:be|read|have been)\b|\brättelse\b|\bkorjaus\b|\bcorrection\b|"
                            r"\b(?:inte|ei|not) \d+\b")
_REPLY_SUBJECT_RE = re.compile(r"(?i)^\s*(?:sv|vs|re|aw|vl|fw|fwd|vb)\s*:")
_BULK_RE = re.compile(r"(?i)\b(?:avregistrera|unsubscribe|prenumererar|peruuta tilaus|tilauksen peruutus|"
                      r"manage (?:your )?subscription|sändlista\w*|utskickslista\w*|postituslista\w*|"
                      r"jakelulista\w*|mailing list|you are receiving this (?:e-?mail|newsletter|message))\b")


def _body_text(parts: list[Part]) -> str:
    texts = [p.text or "" for p in parts if not p.is_attachment and p.kind == "text"]
    if any(t.strip() for t in texts):
        return "\n\n".join(texts)
    htmls = [html_to_text(p.text or "") for p in parts if not p.is_attachment and p.kind == "html"]
    return "\n\n".join(htmls)


def _all_texts(mail: Mail, pdf_cache: dict) -> list[str]:
    """Every readable text in the message (body, nested messages, text/PDF attachments) for classification."""
    out = [_body_text(mail.parts)]
    for p in mail.parts:
        if p.kind == "message" and p.message:
            out.extend(_all_texts(p.message, pdf_cache))
        elif p.kind == "pdf" and p.data:
            out.extend(t for _, t, _ in _pdf(p, pdf_cache, mail))
        elif p.is_attachment and p.kind == "text" and p.text:
            out.append(p.text)
        elif p.kind == "csv" and p.data:    # a delimited export may be the advice itself ("Betalningsavisering")
            out.append(decode_csv(p.data))
    return out


def _pdf(p: Part, cache: dict, mail: Mail) -> list:
    key = id(p)
    if key not in cache:
        from intake.extract.pdf import read_pdf
        pages, problems = read_pdf(p.data or b"")
        mail.problems.extend(f"{p.label}: {x}" for x in problems)
        cache[key] = pages
    return cache[key]


def _fragments(mail: Mail, ctx: TextContext, pdf_cache: dict, prefix: str = "") -> list[Fragment]:
    """Fragments in reading order: the body first, then attachments in MIME order (nested messages recursively)."""
    frags: list[Fragment] = []
    body = _body_text(mail.parts)
    if body.strip():
        own = read_text(body, _ctx(ctx, prefix + "body"), mail.subject if not prefix else "")
        _doubt_what_the_html_part_contradicts(mail, own, body, ctx, prefix)
        frags.extend(own)
    for p in mail.parts:
        label = prefix + p.label
        if p.kind == "message" and p.message:
            inner = replace(ctx, subject=p.message.subject, from_name=p.message.from_name or "", attached=True)
            frags.extend(_fragments(p.message, inner, pdf_cache, prefix=label + "/"))
        elif p.kind == "csv" and p.data:   # tables: intake.extract.table_sources (one table reader)
            frags.extend(csv_fragments(p.data, label, ctx))
        elif p.kind == "xlsx" and p.data:
            from intake.extract.xlsx import read_xlsx
            sheets, problems = read_xlsx(p.data)
            mail.problems.extend(f"{label}: {x}" for x in problems)
            frags.extend(sheet_fragments(kept_sheets(sheets, content_text(body, ctx)), label, ctx))
        elif p.kind == "pdf" and p.data:
            frags.extend(pdf_fragments(_pdf(p, pdf_cache, mail), label, ctx))
        elif p.is_attachment and p.kind in ("text", "html") and p.text:
            t = p.text if p.kind == "text" else html_to_text(p.text)
            frags.extend(read_text(t, _ctx(ctx, label)))
    return frags


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def _doubt_what_the_html_part_contradicts(mail: Mail, frags: list[Fragment], body: str, ctx: TextContext,
                                          prefix: str) -> None:
    """A text part and its HTML alternative that disagree on a line's count (one was edited after the other was
    generated): neither can be trusted, so the count is dropped and asked. Cheap first test: the
    numbers of the newest parts; only when they differ is the HTML part read as well."""
    if not mail.alternative_html:
        return
    html = html_to_text(mail.alternative_html)
    if sorted(_NUMBER_RE.findall(content_text(body, ctx))) == sorted(_NUMBER_RE.findall(content_text(html, ctx))):
        return
    mine = [li for f in frags for li in f.lines]
    theirs = [li for f in read_text(html, _ctx(ctx, prefix + "html"), mail.subject) for li in f.lines]
    if len(mine) != len(theirs) or any(a.article != b.article for a, b in zip(mine, theirs)):
        return
    for a, b in zip(mine, theirs):   # counts only: a rendered HTML table reads prices less surely than the text
        if a.quantity != b.quantity:
            a.quantity, a.lump_sum = None, False
            mail.problems.append(f"{prefix}body: the text and HTML parts give different counts for {a.article}")


def _ctx(ctx: TextContext, part: str) -> TextContext:
    return replace(ctx, part=part)


def _date_of(mail: Mail) -> dt.date:
    if mail.date:
        try:
            return mail.date.date()
        except Exception:
            pass
    return dt.date.today()


@dataclass
class _Message:
    """One message being read: the mail, its sender's agency, its date and what the readers share."""

    mail: Mail
    reg: Registry
    agency: dict | None
    on: dt.date
    ctx: TextContext
    pdf_cache: dict = field(default_factory=dict)
    prov: dict[str, Any] = field(default_factory=dict)


def parse_message(raw: bytes, registry: dict[str, Any], hints: dict[str, str] | None = None) -> dict[str, Any]:
    """Parse one message. Never raises on bad input; returns the contract dict plus `problems`/`provenance`
    (the evidence of every value, intake.evidence) and per request `review` (intake.gate). `hints`: the sender's
    learned layout hints (intake.layouts), header/label text -> field."""
    reg = compile_registry(registry)
    mail = parse_mail(raw)
    on = _date_of(mail)
    agency = reg.agency_for(mail.from_addr)
    ctx = TextContext(reg, agency, on.year, on, "body", subject=mail.subject, from_name=mail.from_name or "",
                      hints=dict(hints or {}))
    msg = _Message(mail, reg, agency, on, ctx)
    out: dict[str, Any] = {"kind": "unknown", "requests": [], "payment_advice": None, "in_reply_to_token": None}
    try:
        _read(msg, out)
    except RecursionError:
        mail.problems.append("message too deeply nested to read")
    out["agency"] = agency.get("code") if agency else None
    out["problems"] = mail.problems
    out["provenance"] = msg.prov
    judge(out, msg.mail, reg, agency, _body_text, _all_texts(msg.mail, msg.pdf_cache) if out["requests"] else [])
    return out


def _read(msg: _Message, out: dict[str, Any]) -> None:
    """Decide the kind and fill `out` in place (so what was read before a RecursionError is kept)."""
    mail = msg.mail
    body = _body_text(mail.parts)
    newest = content_text(body, msg.ctx)
    auto = _is_auto_reply(mail, newest)
    token = find_token(mail.subject, mail.in_reply_to, mail.references, body)
    if auto:
        out["kind"] = "unknown"
        out["auto_reply"] = True
    elif token:
        _read_reply(msg, out, token, body)
    else:
        _read_new(msg, out, body, newest)
        if out["kind"] == "invoice_request" and sounds_out_of_office(newest):
            out["kind_uncertain"] = True
            out.setdefault("review", []).append(_kind_unclear("the message also reads as an out-of-office reply"))


def _is_auto_reply(mail: Mail, newest: str) -> bool:
    """Auto-Submitted / X-Autoreply / Precedence headers, or an out-of-office subject or newest text (sv/fi/en,
    intake.extract.kinds: many clients send them without the headers); a system's generated notice unless it asks
    to invoice (intake.extract.system_notices)."""
    h = mail.headers
    return (auto_replied(h) or (generated(h) and notice_without_request(mail.subject, newest)) or
            "x-autoreply" in h or "x-autorespond" in h or h.get("precedence", "").lower() == "auto_reply" or
            is_out_of_office(mail.subject, newest))


def _is_bulk(mail: Mail, body: str) -> bool:
    """Mailing-list and newsletter mail: never a request or an advice."""
    h = mail.headers
    return ("list-unsubscribe" in h or h.get("precedence", "").lower() in ("bulk", "list", "junk")
            or bool(_BULK_RE.search(body)))


def _read_reply(msg: _Message, out: dict[str, Any], token: str, body: str) -> None:
    """An answer to one of our questions (REQ token): the answered request, master-data and payment answers."""
    out["kind"] = "reply"
    out["in_reply_to_token"] = token
    invalid: list[str] = []
    ans = parse_reply(body, msg.ctx, invalid)
    if any(p.is_attachment or p.kind in ("csv", "xlsx", "pdf") for p in msg.mail.parts):
        # "svaret finns i bifogad fil": what was asked, read from the attachments (intake.extract.reply_attachments)
        ans = fill_from_attachments(ans, body, _advice_tables(msg, msg.mail), _all_texts(msg.mail, msg.pdf_cache)[1:],
                                    msg.ctx)
    out["requests"] = [ans] if ans else []
    if invalid:
        out["reply_invalid"] = invalid  # answered, but with a value that cannot be taken: ask again
    md_answers = masterdata_reply(body)
    if md_answers is not None:
        out["masterdata_answers"] = md_answers
    pay_answers = payment_reply(body)
    if pay_answers is not None:
        out["payment_answers"] = pay_answers


def _read_new(msg: _Message, out: dict[str, Any], body: str, newest: str) -> None:
    """A message that answers nothing: a payment advice, else (from an agency) a credit request, master data or
    invoice requests. Cues of another kind in the same message go to the top-level `review`."""
    mail, agency = msg.mail, msg.agency
    texts = _all_texts(mail, msg.pdf_cache)
    bulk = _is_bulk(mail, body)
    advice = None if bulk else _payment_advice(msg, texts)
    credit = credit_request(mail.subject, newest) if agency and not bulk else None
    if advice and agency and not bulk and asks_and_forwards_advice(body):   # "Laskuttakaa … 2) Alla maksuilmoitus"
        _read_invoice_requests(cut := replace(msg, mail=without_forwarded_advice(mail, body)), out)
    if out["kind"] == "invoice_request":    # the advice reported beside the requests, never checked as one
        msg.mail, out["payment_advice"] = cut.mail, advice      # (intake.extract.forwarded_advice)
    elif advice:
        out["kind"] = "payment_advice"
        out["payment_advice"] = advice
        _flag_kind(out, newest, credit)
    elif credit:    # a new invoice asked for with it is held for the credit (intake.credit_again)
        read_credit(out, credit, newest, body, msg.prov, lambda into: _read_invoice_requests(msg, into))
        if out["kind"] == "credit_request":
            _flag_kind(out, newest, None)
    elif agency and not bulk and is_masterdata(mail.subject, body) and not _lists_invoice_lines(msg) and \
            (md := _masterdata(mail, body, msg.on)):
        out["kind"] = "masterdata_request"
        out["masterdata"] = md[0]
        out["masterdata_changes"] = md
    elif agency and not bulk and replaces_earlier(mail.subject, newest):   # "… Fakturera bara detta, inte det förra"
        read_replacing(out, lambda into: _read_invoice_requests(msg, into))
    elif agency and not bulk and _corrects_own_mail(mail, body, newest):
        out["review"] = [_kind_unclear("the message corrects the sender's own earlier mail (quoted below it); a "
                                       "clerk corrects that request or its invoice")]
    elif agency and not bulk and INQUIRY_RE.search(newest) and not asks_for_invoice(newest):
        # "vad skulle 3 fältdagar kosta?": a clerk answers
        out["review"] = [_kind_unclear("the message asks what something would cost; nothing is asked to be invoiced")]
    elif agency and not bulk and (why := not_a_request_yet(newest, mail.subject)):
        out["review"] = [_kind_unclear(why)]
    elif agency and not bulk and asks_about_status(newest):
        # "har fakturan till X gått iväg?"
        out["review"] = [_kind_unclear("the message asks about an invoice already requested; nothing new to invoice")]
    elif agency and not bulk:
        _read_invoice_requests(msg, out)
        drop_withdrawn(out, newest, msg.prov)    # "… Högbo ska inte faktureras": that customer's request goes
        if out["requests"] and not any(r["lines"] for r in out["requests"]) and \
                (why := lineless_reason(mail.subject, newest)):
            # "Thanks, looks good!", "Ditt ärende har registrerats …", "har flyttat, ny adress: …": the customer is
            # only named (intake.extract.lineless)
            out.update(kind="unknown", requests=[], review=[_kind_unclear(why)])


def _kind_unclear(reason: str) -> dict[str, str]:
    """A clerk check on the message's kind (intake.gate_message.finding), with why it is unclear."""
    return finding("kind_ambiguous", "kind", reason)


def _corrects_own_mail(mail: Mail, body: str, newest: str) -> bool:
    """A reply (SV:/RE:/VS:) whose newest part only corrects a value and whose quoted part is the sender's own
    earlier mail: that request was sent already — read as a new one, it would be invoiced twice."""
    sender = (mail.from_addr or "").lower()
    tail = newest.strip()[-40:]
    at = body.find(tail) if tail else -1
    quoted = body[at + len(tail):] if at >= 0 else body  # what stands below the newest part
    return bool(sender and _REPLY_SUBJECT_RE.match(mail.subject or "") and _CORRECTION_RE.search(newest)
                and not asks_for_invoice(newest) and sender in quoted.lower())


def _flag_kind(out: dict[str, Any], newest: str, credit: dict | None) -> None:
    """A payment advice or credit request whose newest text also asks to invoice (or an advice that also asks
    for a credit): the kind is not certain, a clerk decides (`kind_uncertain`, reasons in `review`)."""
    reasons = []
    if asks_for_invoice(newest):
        reasons.append("the message also asks to invoice something")
    if credit and out["kind"] != "credit_request":
        reasons.append("the message also asks for a credit of an issued invoice")
    if reasons:
        out["kind_uncertain"] = True
        out.setdefault("review", []).extend(_kind_unclear(r) for r in reasons)


def _payment_advice(msg: _Message, texts: list[str]) -> dict | None:
    """The advice when the texts are one, or an attached table lists paid invoices whatever the file is called
    (intake.extract.table_roles), and it lists at least an item or a total."""
    mail = msg.mail
    marked = is_payment_advice(texts, mail.subject)
    tables = _advice_tables(msg, mail) if marked or any(p.kind in ("csv", "xlsx", "pdf") for p in mail.parts) \
        else []
    if not marked and not has_advice_table(tables):
        return None
    advice = parse_advice(texts, tables, msg.on, msg.agency, msg.reg.is_agency_identifier)
    prefer_table_items(advice, tables)
    if not advice["items"] and advice["total"] is None:
        return None
    return advice


def _read_invoice_requests(msg: _Message, out: dict[str, Any]) -> None:
    """Fragments merged per customer; an invoice request when any names a customer or has lines."""
    frags = _fragments(msg.mail, msg.ctx, msg.pdf_cache)
    prepare_fragments(frags, msg.mail, msg.ctx, out)   # what only the whole message shows (file periods)
    merged = merge(frags, msg.reg)
    if any(f.customer.has_identity() or f.lines for f, _ in merged):
        out["kind"] = "invoice_request"
        out["requests"] = [build_request(f, c, msg.reg, msg.agency, i, msg.prov) for i, (f, c) in enumerate(merged)]


def _lists_invoice_lines(msg: _Message) -> bool:
    """A "new customer" message that also counts register articles ("Fältdag (1500): 1 dag") asks to invoice
    them: an invoice request for a new customer, not a register change."""
    code = (msg.agency or {}).get("code")
    for f in _fragments(msg.mail, msg.ctx, msg.pdf_cache):
        if any(li.quantity is not None and li.article and msg.reg.article(code, li.article) for li in f.lines):
            return True
    return False


def _masterdata(mail: Mail, body: str, on: dt.date) -> list[dict]:
    """Master-data changes: the body's labelled lines, then CSV/XLSX attachment rows (in MIME order)."""
    changes = md_from_text(mail.subject, body, on)
    for p in mail.parts:
        if p.kind == "csv" and p.data:
            changes += md_from_rows(read_csv(p.data), mail.subject, on)
        elif p.kind == "xlsx" and p.data:
            from intake.extract.xlsx import read_xlsx
            sheets, problems = read_xlsx(p.data)
            mail.problems.extend(f"{p.label}: {x}" for x in problems)
            for _title, rows in sheets:
                changes += md_from_rows(rows, mail.subject, on)
    return changes


def _advice_tables(msg: _Message, mail: Mail) -> list[list[list[str]]]:
    """The tables an advice may list its items in: ruled PDF tables, CSV files and XLSX sheets (bank exports),
    also inside attached messages, in MIME order."""
    tables: list[list[list[str]]] = []
    for p in mail.parts:
        if p.kind == "pdf" and p.data:
            tables += [tb for _, _, tbs in _pdf(p, msg.pdf_cache, mail) for tb in tbs]
        elif p.kind == "csv" and p.data:
            tables.append(read_csv(p.data))
        elif p.kind == "xlsx" and p.data:
            from intake.extract.xlsx import read_xlsx
            tables += [rows for _title, rows in read_xlsx(p.data)[0]]
        elif p.kind == "message" and p.message:
            tables += _advice_tables(msg, p.message)
    return tables

"""Robust MIME walking: whatever arrives in the mailbox becomes parts + a list of problems, never an exception.

Real mail is broken in every possible way (missing boundaries, unknown charsets, base64 garbage, headers that do
not parse). The intake must still say *why* it cannot use a message so an operator can quarantine it with a
reason, hence `problems` instead of raising. Nested messages (forwards as attachments) are parsed recursively.
"""
from __future__ import annotations

import datetime as dt
import email
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

from .csvfile import is_delimited_table
from .html import poorer_than_html
from .mail_policy import POLICY
from .mime_parts import (
    content_charset,
    content_type,
    decode_bytes,
    filename,
    header,
    is_attachment,
    part_text,
    payload_bytes,
    sub_parts,
)

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 12

_ARCHIVE_EXT = (".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab", ".arj")
_ARCHIVE_TYPES = ("application/zip", "application/x-zip-compressed", "application/x-rar-compressed",
                  "application/vnd.rar", "application/x-7z-compressed", "application/gzip", "application/x-tar")
_ENCRYPTED_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime", "application/pgp-encrypted",
                    "multipart/encrypted")
_XLSX_TYPES = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",)
_CSV_TYPES = ("text/csv", "text/comma-separated-values", "application/csv")


@dataclass
class Part:
    """One usable piece of a message. `label` says where it came from, for provenance and problem reports."""

    label: str
    kind: str                      # text | html | csv | xlsx | pdf | message | other
    content_type: str
    filename: str | None = None
    text: str | None = None        # decoded text for text/html/csv-as-text
    data: bytes | None = None      # raw bytes for attachments
    message: Mail | None = None  # the parsed inner message for kind == "message"
    is_attachment: bool = False


@dataclass
class Mail:
    """A parsed message: the headers the intake needs, its parts in MIME order, and what was wrong with it."""

    from_addr: str | None = None
    from_name: str | None = None
    to: str | None = None
    subject: str = ""
    date: dt.datetime | None = None
    message_id: str | None = None
    in_reply_to: str = ""
    references: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    parts: list[Part] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: the HTML alternative of a body read from its plain text (kept to check that both say the same)
    alternative_html: str = ""


def _classify_attachment(ct: str, fn: str | None) -> str:
    name = (fn or "").lower()
    if name.endswith((".csv", ".tsv", ".tab")) or ct in _CSV_TYPES or ct == "text/tab-separated-values":
        return "csv"
    if name.endswith((".xlsx", ".xlsm")) or ct in _XLSX_TYPES:
        return "xlsx"
    if name.endswith(".pdf") or ct == "application/pdf":
        return "pdf"
    if name.endswith((".eml", ".msg")) and ct == "message/rfc822":
        return "message"
    if ct == "message/rfc822":
        return "message"
    if name.endswith((".htm", ".html")) or ct == "text/html":
        return "html"
    if name.endswith(".txt") or ct == "text/plain":
        return "text"
    return "other"


def _check_attachment(kind: str, data: bytes, label: str, ct: str, fn: str | None, mail: Mail) -> bool:
    """Flags archives, encrypted files, oversized and obviously corrupt attachments. False: do not read it."""
    name = (fn or "").lower()
    if len(data) > MAX_ATTACHMENT_BYTES:
        mail.problems.append(f"{label}: attachment larger than 20 MB ({len(data)} bytes), not read")
        return False
    if name.endswith(_ARCHIVE_EXT) or ct in _ARCHIVE_TYPES:
        mail.problems.append(f"{label}: archive attachment, not opened")
        return False
    if ct in _ENCRYPTED_TYPES or name.endswith((".p7m", ".pgp", ".gpg", ".asc")):
        mail.problems.append(f"{label}: encrypted attachment")
        return False
    if kind == "xlsx":
        if data[:4] == b"\xd0\xcf\x11\xe0":
            mail.problems.append(f"{label}: password-protected or legacy (OLE) spreadsheet, not read")
            return False
        if data[:2] != b"PK":
            mail.problems.append(f"{label}: corrupt XLSX (not a zip container)")
            return False
    if kind == "pdf":
        if b"%PDF" not in data[:1024]:
            mail.problems.append(f"{label}: corrupt PDF (no %PDF header)")
            return False
        if b"/Encrypt" in data:
            mail.problems.append(f"{label}: password-protected/encrypted PDF, not read")
            return False
    return True


def _walk(part: Message, mail: Mail, prefix: str, depth: int, counter: list[int]) -> None:
    """`part` into `mail.parts` (MIME order), recursing into multiparts and attached messages."""
    if depth > MAX_DEPTH:
        mail.problems.append(f"{prefix or 'message'}: MIME nesting deeper than {MAX_DEPTH}, rest skipped")
        return
    ct = content_type(part)
    try:
        multipart = part.is_multipart()
    except Exception:
        multipart = False
    if ct in _ENCRYPTED_TYPES:
        _encrypted(part, mail, prefix, ct)
    elif ct.startswith("multipart/") and not multipart:
        _without_boundary(part, mail, prefix, ct)
    elif ct == "message/rfc822" or (multipart and ct.startswith("message/")):
        _nested(part, mail, prefix, depth, counter)
    elif multipart:
        _multipart(part, mail, prefix, depth, counter, ct)
    else:
        _leaf(part, mail, prefix, counter, ct)


def _encrypted(part: Message, mail: Mail, prefix: str, ct: str) -> None:
    smime = (part.get_param("smime-type") or "") if hasattr(part, "get_param") else ""
    what = "opaque S/MIME signed content" if str(smime).lower() == "signed-data" else "encrypted content"
    mail.problems.append(f"{prefix or 'body'}: {what} ({ct}), not read")


def _without_boundary(part: Message, mail: Mail, prefix: str, ct: str) -> None:
    """A multipart the parser could not split (no usable boundary): its raw payload is read as text."""
    raw = part.get_payload()
    mail.problems.append(f"{prefix or 'body'}: {ct} without usable boundary, read as text")
    if isinstance(raw, str) and raw.strip():
        mail.parts.append(Part(f"{prefix}body#{len(mail.parts) + 1}", "text", "text/plain", text=raw))


def _multipart(part: Message, mail: Mail, prefix: str, depth: int, counter: list[int], ct: str) -> None:
    subs = sub_parts(part)
    if not subs:
        # a multipart without parts (missing boundary): read the raw payload as text
        raw = part.get_payload()
        if isinstance(raw, str) and raw.strip():
            mail.problems.append(f"{prefix or 'body'}: multipart without parts, read as text")
            mail.parts.append(Part(f"{prefix}body" if prefix else "body", "text", "text/plain", text=raw))
        return
    if ct == "multipart/alternative":
        subs = _alternatives(subs, mail, prefix)
    for s in subs:
        _walk(s, mail, prefix, depth + 1, counter)


def _alternatives(subs: list[Message], mail: Mail, prefix: str) -> list[Message]:
    """Of a multipart/alternative, the plain text without the HTML when the plain text carries the message,
    else everything but the plain text (empty, or a placeholder such as "Se HTML-versionen", or far poorer than
    the HTML: systems that put their data only in the HTML part)."""
    plain = [s for s in subs if content_type(s) == "text/plain" and not is_attachment(s)]
    if not plain:
        return subs
    txt = part_text(plain[0], mail.problems, prefix or "body")
    html = [s for s in subs if content_type(s) == "text/html" and not is_attachment(s)]
    if txt.strip() and not (html and poorer_than_html(txt, lambda: part_text(html[0], [], prefix or "body"))):
        if html and not prefix:
            mail.alternative_html = part_text(html[0], [], "body")
        return [s for s in subs if s is plain[0] or content_type(s) not in ("text/html",)]
    return [s for s in subs if s is not plain[0]]


def _leaf(part: Message, mail: Mail, prefix: str, counter: list[int], ct: str) -> None:
    """A single part: inline text becomes a body part, anything else an attachment."""
    fn = filename(part)
    attached = is_attachment(part)
    counter[0] += 1
    if not attached and ct in ("text/plain", "text/html", "text/enriched", "text/markdown") or (
            not attached and ct.startswith("text/") and ct not in _CSV_TYPES and ct != "text/calendar"):
        kind = "html" if ct == "text/html" else "text"
        label = f"{prefix}body" if prefix else "body"
        if any(p.label == label for p in mail.parts):
            label = f"{label}#{counter[0]}"
        mail.parts.append(Part(label, kind, ct, fn, text=part_text(part, mail.problems, label)))
        return
    _attachment(part, mail, prefix, ct, fn)


def _attachment(part: Message, mail: Mail, prefix: str, ct: str, fn: str | None) -> None:
    """An attachment with its bytes (and text for text/HTML), or as `other` without data when it cannot be read."""
    label = f"{prefix}attachment:{fn or ct}"
    kind = _classify_attachment(ct, fn)
    data = payload_bytes(part, mail.problems, label)
    if not _check_attachment(kind, data, label, ct, fn, mail):
        mail.parts.append(Part(label, "other", ct, fn, data=None, is_attachment=True))
        return
    if kind == "text" and is_delimited_table(data):
        kind = "csv"   # a "Unicode text" (UTF-16, TAB) export or another delimited table saved as .txt
    p = Part(label, kind, ct, fn, data=data, is_attachment=True)
    if kind in ("text", "html"):
        p.text = decode_bytes(data, content_charset(part))
    mail.parts.append(p)


def _nested(part: Message, mail: Mail, prefix: str, depth: int, counter: list[int]) -> None:
    fn = filename(part)
    label = f"{prefix}message:{fn or 'attached.eml'}"
    inner: Message | None = None
    try:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            inner = payload[0]
        elif isinstance(payload, Message):
            inner = payload
        else:
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and data:
                inner = email.message_from_bytes(data, policy=POLICY)
    except Exception as exc:
        mail.problems.append(f"{label}: unreadable attached message ({type(exc).__name__})")
    if inner is None:
        return
    sub = Mail()
    _fill_headers(inner, sub)
    _walk(inner, sub, "", depth + 1, [0])
    for pr in sub.problems:
        mail.problems.append(f"{label}/{pr}")
    mail.parts.append(Part(label, "message", "message/rfc822", fn, message=sub, is_attachment=True))


#: one address in angle brackets, the display name before it ("Vesi, asiakaspalvelu <asiakaspalvelu@x.fi>")
_ANGLE_RE = re.compile(r"^\s*([^<>]*?)\s*<([^<>@\s]+@[^<>\s]+)>\s*$")


def _addr(value: str) -> tuple[str | None, str | None]:
    """Display name and address. A display name with an unquoted comma ("Rovaniemen Vesi, asiakaspalvelu <…>",
    Outlook's "Lastname, Firstname <…>") reads to the strict parser as two addresses and loses the real one:
    a single address in angle brackets is then taken as written."""
    try:
        name, addr = email.utils.parseaddr(value)
    except Exception:
        name, addr = "", ""
    if "@" not in addr and (m := _ANGLE_RE.match(value)):
        name, addr = m.group(1).strip().strip('"'), m.group(2)
    return (name or None), (addr.strip().lower() or None)


def _fill_headers(msg: Message, mail: Mail) -> None:
    for name in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
                 "X-Autoreply", "X-Autorespond", "Precedence", "List-Unsubscribe", "List-Id",
                 "X-Auto-Response-Suppress", "Return-Path"):
        v = header(msg, name)
        if v:
            mail.headers[name.lower()] = " ".join(v.split())
    mail.from_name, mail.from_addr = _addr(mail.headers.get("from", ""))
    mail.to = mail.headers.get("to")
    mail.subject = mail.headers.get("subject", "")
    mail.message_id = mail.headers.get("message-id")
    mail.in_reply_to = mail.headers.get("in-reply-to", "")
    mail.references = mail.headers.get("references", "")
    d = mail.headers.get("date")
    if d:
        try:
            mail.date = email.utils.parsedate_to_datetime(d)
        except Exception:
            mail.problems.append(f"unparseable Date header {d[:60]!r}")
    try:
        for defect in getattr(msg, "defects", [])[:5]:
            mail.problems.append(f"header/structure defect: {type(defect).__name__}")
    except Exception:
        pass


def parse_mail(raw: bytes) -> Mail:
    """Parse raw RFC 5322 bytes. Never raises: anything that goes wrong lands in `Mail.problems`."""
    mail = Mail()
    try:
        msg = email.message_from_bytes(raw, policy=POLICY)
    except Exception as exc:
        mail.problems.append(f"unparseable message ({type(exc).__name__}); read as plain text")
        mail.parts.append(Part("body", "text", "text/plain", text=decode_bytes(raw, None)))
        return mail
    try:
        _fill_headers(msg, mail)
    except Exception as exc:
        mail.problems.append(f"headers unreadable ({type(exc).__name__})")
    try:
        _walk(msg, mail, "", 0, [0])
    except RecursionError:
        mail.problems.append("MIME structure too deep; rest skipped")
    except Exception as exc:
        mail.problems.append(f"MIME walk failed ({type(exc).__name__}: {str(exc)[:80]})")
    if not mail.parts:
        mail.problems.append("no readable body")
    return mail


def token_in(text: str) -> str | None:
    """The first REQ token (REQ- + 5 letters/digits) in a string, upper case."""
    m = re.search(r"(?<![A-Za-z0-9])REQ-([A-Za-z0-9]{5})(?![A-Za-z0-9])", text or "", re.IGNORECASE)
    return f"REQ-{m.group(1).upper()}" if m else None

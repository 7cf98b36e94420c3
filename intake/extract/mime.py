"""Robust MIME walking: whatever arrives in the mailbox becomes parts + a list of problems, never an exception.

Real mail is broken in every possible way (missing boundaries, unknown charsets, base64 garbage, headers that do
not parse). The intake must still say *why* it cannot use a message so an operator can quarantine it with a
reason, hence `problems` instead of raising. Nested messages (forwards as attachments) are parsed recursively.
"""
from __future__ import annotations

import codecs
import datetime as dt
import email
import email.utils
import re
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import Message

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


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes → str with the declared charset, falling back (utf-8, then windows-1252) and finally replacing."""
    cands = []
    if charset:
        cs = charset.strip().strip('"').lower()
        cs = {"ks_c_5601-1987": "cp949", "x-unknown": "utf-8", "unknown-8bit": "utf-8", "utf8": "utf-8"}.get(cs, cs)
        cands.append(cs)
    cands += ["utf-8", "cp1252"]
    for cs in cands:
        try:
            codecs.lookup(cs)
        except LookupError:
            continue
        try:
            return data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def _header(msg: Message, name: str) -> str:
    """A header as text, surviving malformed encodings (falls back to the raw value, decoded leniently).
    Huge headers skip the (slow, quadratic) structured parser and are decoded from their first 4000 characters."""
    try:
        for k, raw in msg.raw_items():
            if k.lower() == name.lower() and isinstance(raw, str) and len(raw) > 4000:
                try:
                    return str(make_header(decode_header(raw[:4000])))
                except Exception:
                    return raw[:4000]
    except Exception:
        pass
    try:
        v = msg.get(name)
        if v is None:
            return ""
        return str(v)
    except Exception:
        pass
    try:
        for k, v in msg.raw_items():
            if k.lower() == name.lower():
                try:
                    return str(make_header(decode_header(str(v))))
                except Exception:
                    return str(v)
    except Exception:
        pass
    return ""


def _payload_bytes(part: Message, mail: Mail, label: str) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        mail.problems.append(f"{label}: undecodable payload ({type(exc).__name__})")
        return b""
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()  # no decodable payload: the raw text, if any
    if isinstance(raw, str):
        return raw.encode("utf-8", "replace")
    return b""


def _part_text(part: Message, mail: Mail, label: str) -> str:
    data = _payload_bytes(part, mail, label)
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    if charset:
        try:
            codecs.lookup(charset.strip('"'))
        except LookupError:
            mail.problems.append(f"{label}: unknown charset {charset!r}, decoded leniently")
    return _decode_bytes(data, charset)


def _filename(part: Message) -> str | None:
    try:
        fn = part.get_filename()
    except Exception:
        fn = None
    if fn:
        try:
            fn = str(make_header(decode_header(fn)))
        except Exception:
            pass
        return fn.strip() or None
    return None


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _is_attachment(part: Message) -> bool:
    try:
        disp = (part.get_content_disposition() or "").lower()
    except Exception:
        disp = ""
    return disp == "attachment" or (bool(_filename(part)) and disp != "inline")


def _classify_attachment(ct: str, fn: str | None) -> str:
    name = (fn or "").lower()
    if name.endswith(".csv") or ct in _CSV_TYPES:
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


def _sub_parts(part: Message) -> list[Message]:
    """The parts of a multipart ([] when its payload cannot be read as a list of parts)."""
    try:
        subs = list(part.iter_parts()) if hasattr(part, "iter_parts") else part.get_payload()
    except Exception:
        try:
            subs = part.get_payload()
        except Exception:
            subs = []
    if not isinstance(subs, list):
        return []
    return [s for s in subs if isinstance(s, Message)]


def _walk(part: Message, mail: Mail, prefix: str, depth: int, counter: list[int]) -> None:
    if depth > MAX_DEPTH:
        mail.problems.append(f"{prefix or 'message'}: MIME nesting deeper than {MAX_DEPTH}, rest skipped")
        return
    ct = _content_type(part)
    try:
        multipart = part.is_multipart()
    except Exception:
        multipart = False
    if ct in _ENCRYPTED_TYPES:
        smime = (part.get_param("smime-type") or "") if hasattr(part, "get_param") else ""
        what = "opaque S/MIME signed content" if str(smime).lower() == "signed-data" else "encrypted content"
        mail.problems.append(f"{prefix or 'body'}: {what} ({ct}), not read")
        return
    if ct.startswith("multipart/") and not multipart:
        raw = part.get_payload()
        mail.problems.append(f"{prefix or 'body'}: {ct} without usable boundary, read as text")
        if isinstance(raw, str) and raw.strip():
            mail.parts.append(Part(f"{prefix}body#{len(mail.parts) + 1}", "text", "text/plain", text=raw))
        return
    if ct == "message/rfc822" or (multipart and ct.startswith("message/")):
        _nested(part, mail, prefix, depth, counter)
        return
    if multipart:
        subs = _sub_parts(part)
        if not subs:
            # a multipart without parts (missing boundary): read the raw payload as text
            raw = part.get_payload()
            if isinstance(raw, str) and raw.strip():
                mail.problems.append(f"{prefix or 'body'}: multipart without parts, read as text")
                mail.parts.append(Part(f"{prefix}body" if prefix else "body", "text", "text/plain", text=raw))
            return
        if ct == "multipart/alternative":
            plain = [s for s in subs if _content_type(s) == "text/plain" and not _is_attachment(s)]
            if plain:
                txt = _part_text(plain[0], mail, prefix or "body")
                if txt.strip():
                    subs = [s for s in subs if s is plain[0] or _content_type(s) not in ("text/html",)]
                else:
                    subs = [s for s in subs if s is not plain[0]]
        for s in subs:
            _walk(s, mail, prefix, depth + 1, counter)
        return
    fn = _filename(part)
    attached = _is_attachment(part)
    counter[0] += 1
    if not attached and ct in ("text/plain", "text/html", "text/enriched", "text/markdown") or (
            not attached and ct.startswith("text/") and ct not in _CSV_TYPES and ct != "text/calendar"):
        kind = "html" if ct == "text/html" else "text"
        label = f"{prefix}body" if prefix else "body"
        if any(p.label == label for p in mail.parts):
            label = f"{label}#{counter[0]}"
        mail.parts.append(Part(label, kind, ct, fn, text=_part_text(part, mail, label)))
        return
    label = f"{prefix}attachment:{fn or ct}"
    kind = _classify_attachment(ct, fn)
    data = _payload_bytes(part, mail, label)
    if not _check_attachment(kind, data, label, ct, fn, mail):
        mail.parts.append(Part(label, "other", ct, fn, data=None, is_attachment=True))
        return
    p = Part(label, kind, ct, fn, data=data, is_attachment=True)
    if kind in ("text", "html"):
        try:
            cs = part.get_content_charset()
        except Exception:
            cs = None
        p.text = _decode_bytes(data, cs)
    mail.parts.append(p)


def _nested(part: Message, mail: Mail, prefix: str, depth: int, counter: list[int]) -> None:
    fn = _filename(part)
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
                inner = email.message_from_bytes(data, policy=policy.default)
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


def _addr(value: str) -> tuple[str | None, str | None]:
    try:
        name, addr = email.utils.parseaddr(value)
    except Exception:
        return None, None
    return (name or None), (addr.strip().lower() or None)


def _fill_headers(msg: Message, mail: Mail) -> None:
    for name in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
                 "X-Autoreply", "X-Autorespond", "Precedence", "List-Unsubscribe", "List-Id",
                 "X-Auto-Response-Suppress", "Return-Path"):
        v = _header(msg, name)
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
        msg = email.message_from_bytes(raw, policy=policy.default)
    except Exception as exc:
        mail.problems.append(f"unparseable message ({type(exc).__name__}); read as plain text")
        mail.parts.append(Part("body", "text", "text/plain", text=_decode_bytes(raw, None)))
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

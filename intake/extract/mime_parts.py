"""Lenient readers of one `email.message.Message` part: charset, headers, payload, filename, type, disposition.

The standard library raises on much of the malformed mail that reaches a real mailbox (unknown charsets, broken
encoded-words, undecodable payloads). These readers fall back instead, and where the intake must be able to say
why a part was not read as intended, they add a line to the caller's `problems` list.
"""
from __future__ import annotations

import codecs
import re
from email.header import decode_header, make_header
from email.message import Message


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes → str with the declared charset, falling back (utf-8, then windows-1252) and finally replacing."""
    cands = []
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):   # a byte-order mark outweighs any label: a "Unicode text" export
        cands.append("utf-16")
    elif data[:3] == b"\xef\xbb\xbf":
        cands.append("utf-8-sig")
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


def header(msg: Message, name: str) -> str:
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


def payload_bytes(part: Message, problems: list[str], label: str) -> bytes:
    """The decoded payload; the raw text when there is nothing to decode; b"" when unreadable (reported)."""
    try:
        data = part.get_payload(decode=True)
    except Exception as exc:
        problems.append(f"{label}: undecodable payload ({type(exc).__name__})")
        return b""
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()  # no decodable payload: the raw text, if any
    if isinstance(raw, str):
        return raw.encode("utf-8", "replace")
    return b""


def part_text(part: Message, problems: list[str], label: str) -> str:
    """The part's text in its declared charset (an unknown charset is reported and decoded leniently)."""
    data = payload_bytes(part, problems, label)
    charset = content_charset(part)
    if charset:
        try:
            codecs.lookup(charset.strip('"'))
        except LookupError:
            problems.append(f"{label}: unknown charset {charset!r}, decoded leniently")
    return tidy_typed_decimals(decode_bytes(data, charset))


#: a decimal comma typed with a space before it ("3 ,5 h", "1 ,25 tim"): one number before a unit
_STRAY_SPACE_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d{1,3}) (,\d{1,2})(?=\s*[^\W\d_])")


def tidy_typed_decimals(text: str) -> str:
    """"3 ,5 h" typed in a hurry on a phone is 3,5 h: the stray space is dropped so every reader (lines, the check
    for text nothing read) sees one number, not a count 3 and a stray 5."""
    return _STRAY_SPACE_DECIMAL_RE.sub(r"\1\2", text)


def content_charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def filename(part: Message) -> str | None:
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


def content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def is_attachment(part: Message) -> bool:
    try:
        disp = (part.get_content_disposition() or "").lower()
    except Exception:
        disp = ""
    return disp == "attachment" or (bool(filename(part)) and disp != "inline")


def sub_parts(part: Message) -> list[Message]:
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

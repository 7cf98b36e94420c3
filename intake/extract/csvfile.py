"""CSV/TSV attachments from lab systems and spreadsheets, in whatever encoding and line ends they come.

What agencies attach: Swedish/Finnish Excel exports (`;`, decimal comma, Windows-1252), international systems
(`,`, UTF-8, often with a BOM), Excel's "Unicode text" export (TAB-separated UTF-16 with a BOM), old DOS systems
(code page 850), classic Mac exports with bare CR line ends, and `|`-separated dumps. The bytes are decoded
(BOM first, then UTF-8 which fails loudly on single-byte text, then the Nordic code page whose letters make
sense, then charset-normalizer), line ends are accepted in any style (quoted cells may hold newlines), and the
delimiter is the one whose count per line is most consistent. Reading never raises: a broken file gives the rows
that could be read.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter

_DELIMS = (";", "\t", ",", "|")
_NORDIC = set("åäöÅÄÖéÉüÜæøÆØàÀáÁ€")
#: characters that in a Nordic business file almost always mean the wrong code page
_ODD = set("„Ž†‡‰Š‹ŒŽ‘’“”•˜™š›œžŸ¦¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÃÂ‚ƒ") | {chr(c) for c in range(0x2500, 0x2580)}
_SINGLE_BYTE = ("cp1252", "cp850", "mac_roman")


def _nordic_score(text: str) -> int:
    return sum(1 for ch in text if ch in _NORDIC) - 3 * sum(1 for ch in text if ch in _ODD)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte NUL (ASCII-heavy text), the side tells the byte order."""
    sample = data[:400]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        return data.decode("utf-16-le", errors="replace")
    if even > 0.6 * half and odd < 0.1 * half:
        return data.decode("utf-16-be", errors="replace")
    return None


def decode_csv(data: bytes) -> str:
    """Bytes → text: BOM (UTF-8, UTF-16), BOM-less UTF-16, UTF-8, else the most plausible Nordic code page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        return u16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = {enc: data.decode(enc, errors="replace") for enc in _SINGLE_BYTE}
    best = max(_SINGLE_BYTE, key=lambda enc: (_nordic_score(decoded[enc]), enc == "cp1252"))
    if _nordic_score(decoded[best]) > 0:
        return decoded[best]
    return _charset_guess(data) or decoded["cp1252"]


def _charset_guess(data: bytes) -> str | None:
    """charset-normalizer for text that is neither UTF nor recognisably Nordic (imported only then)."""
    from charset_normalizer import from_bytes
    best = from_bytes(data[:200_000]).best()
    return str(best) if best is not None else None


def _sep_line(text: str) -> tuple[str | None, str]:
    """Excel's `sep=;` first line: the delimiter it names, and the text without it."""
    m = re.match(r"\ufeff?sep=(.)\r?\n?", text)
    if m:
        return m.group(1), text[m.end():]
    return None, text


def _unquoted_counts(line: str) -> Counter[str]:
    out: Counter[str] = Counter()
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in _DELIMS:
            out[ch] += 1
    return out


def sniff_delimiter(text: str) -> str:
    """The delimiter found the same number of times on most of the first lines (outside quotes)."""
    lines = [ln for ln in re.split(r"\r\n|\r|\n", text[:20_000]) if ln.strip()][:15]
    if not lines:
        return ","
    counts = [_unquoted_counts(ln) for ln in lines]
    return _most_agreed(counts, skip_absent=False) or _most_agreed(counts, skip_absent=True) or ","


def _most_agreed(counts: list[Counter[str]], skip_absent: bool) -> str | None:
    """The delimiter whose count most lines share. With `skip_absent`, lines without it are left out: a report
    exported with a few lines of its own above the header ("Raportti: …", "Ajettu: 30.11.2026") has more lines
    without the delimiter than with it, and the table below still decides (tried only when the first pass finds
    no delimiter at all)."""
    best, best_score = None, (0, 0, 0)
    for rank, d in enumerate(reversed(_DELIMS)):
        per_line = [c[d] for c in counts if c[d] or not skip_absent]
        if not per_line:
            continue
        mode, agree = Counter(per_line).most_common(1)[0]
        if mode == 0 or (skip_absent and agree < 2):
            continue
        score = (agree, mode if d != "," else 0, rank)   # ties: a comma is more often a decimal comma
        if score > best_score:
            best, best_score = d, score
    return best


def read_csv(data: bytes | str) -> list[list[str]]:
    """Rows of stripped cell strings (any line ends, quoted newlines kept inside their cell)."""
    text = decode_csv(data) if isinstance(data, bytes) else data
    text = text.lstrip("\ufeff").replace("\x00", "")
    named, text = _sep_line(text)
    delim = named or sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    except csv.Error:
        flat = re.sub(r"\r\n?", "\n", text)
        rows = list(csv.reader(io.StringIO(flat, newline=""), delimiter=delim, quoting=csv.QUOTE_NONE))
    return [[c.strip() for c in row] for row in rows]


def is_delimited_table(data: bytes) -> bool:
    """Whether a text attachment (.txt "Unicode text" exports, .tsv) is really a delimited table: most of its
    first lines have the same number (≥ 2) of TABs, semicolons or pipes."""
    text = decode_csv(data[:8000]).lstrip("\ufeff")
    lines = [ln for ln in re.split(r"\r\n|\r|\n", text) if ln.strip()][:10]
    if len(lines) < 2:
        return False
    delim = sniff_delimiter(text)
    if delim == ",":
        return False
    counts = [_unquoted_counts(ln)[delim] for ln in lines]
    mode, agree = Counter(counts).most_common(1)[0]
    return mode >= 2 and agree >= 0.6 * len(lines)

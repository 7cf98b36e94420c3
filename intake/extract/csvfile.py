"""CSV attachments from lab systems and spreadsheets: comma or semicolon, UTF-8 or Windows-1252.

Swedish/Finnish Excel exports use `;` with decimal commas in Windows-1252; international systems use `,` in UTF-8.
We decode (UTF-8 first, it fails loudly on cp1252 bytes) and pick the delimiter from the header line.
"""
from __future__ import annotations

import csv
import io


def decode_csv(data: bytes) -> str:
    """Bytes → text: BOM-aware UTF-8, else Windows-1252 (never raises)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes | str) -> list[list[str]]:
    """Rows of stripped cell strings. Delimiter: whichever of ; , TAB is most common in the first lines."""
    text = decode_csv(data) if isinstance(data, bytes) else data
    head = "\n".join(text.splitlines()[:5])
    counts = {d: head.count(d) for d in (";", ",", "\t")}
    delim = max(counts, key=lambda d: (counts[d], d == ";"))
    if counts[delim] == 0:
        delim = ","
    rows = []
    for row in csv.reader(io.StringIO(text), delimiter=delim):
        rows.append([c.strip() for c in row])
    return rows

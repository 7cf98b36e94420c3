"""Recognise a bank file's format from its bytes and parse it."""
from __future__ import annotations

from intake.bankfiles.model import BankFile, BankFileError

FORMATS = ("bgmax", "camt054")
_ALIASES = {"bgmax": "bgmax", "camt054": "camt054", "camt.054": "camt054", "camt": "camt054"}


def detect_format(raw: bytes) -> str:
    """"bgmax" or "camt054"; BankFileError for anything else."""
    head = raw[:65536]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    stripped = head.lstrip()
    if stripped.startswith(b"01BGMAX"):
        return "bgmax"
    if stripped.startswith(b"<"):
        if b"camt.054." in head:
            return "camt054"
        if b"camt.05" in head:
            raise BankFileError("an ISO 20022 camt message, but not camt.054 (only camt.054 is supported)",
                                "line 1")
        raise BankFileError("an XML file, but not an ISO 20022 camt.054 notification", "line 1")
    raise BankFileError("unknown bank file format (expected BgMax or camt.054)", "line 1")


def parse_bank_file(raw: bytes, fmt: str | None = None) -> BankFile:
    """Parse `raw` as `fmt` (detected when None). Raises BankFileError; never returns a partial result."""
    if fmt is None:
        fmt = detect_format(raw)
    key = _ALIASES.get(fmt.lower())
    if key == "bgmax":
        from intake.bankfiles.bgmax import parse_bgmax
        return parse_bgmax(raw)
    if key == "camt054":
        from intake.bankfiles.camt054 import parse_camt054
        return parse_camt054(raw)
    raise BankFileError(f"unsupported bank file format {fmt!r}; supported: {', '.join(FORMATS)}")

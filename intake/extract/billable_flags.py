"""An export's yes/no column that says whether a row is to be invoiced ("Billable Y/N", "Fakturerbar Ja/Nej",
"Laskutettava K/E"): a row it marks no is kept for the agency's statistics, never a line (the contract: "not items
the mail says are not to be invoiced")."""
from __future__ import annotations

import re

#: a header that asks "is this row billed?" (a count of billable hours is a quantity column, mapped before this)
_FLAG_HEADER_RE = re.compile(
    r"(?i)^\s*(?:billable|chargeable|invoiceable|to\s+(?:be\s+)?invoice[d]?|to\s+(?:be\s+)?bill(?:ed)?|invoice\??|"
    r"fakturerbar|fakturera|faktureras|att\s+fakturera|debiterbar|debiteras|laskutettava|laskutetaan|"
    r"laskutettavissa|veloitettava|veloitetaan)\s*[?:]?\s*(?:\((?:y/n|j/n|k/e|ja/nej|kyllä/ei|yes/no)\))?\s*$")
#: the cell that says no
_NO_RE = re.compile(r"(?i)^\s*(?:n|no|nej|ej|e|ei|0|false|f)\s*$")


def flag_columns(headers: list[str], mapped: set[int]) -> list[int]:
    """The unmapped columns whose header asks whether the row is billed."""
    return [j for j, h in enumerate(headers) if j not in mapped and h and _FLAG_HEADER_RE.match(h)]


def flagged_not_billed(row: list[str], cols: list[int]) -> bool:
    """Whether one of the flag columns says no for this row."""
    return any(j < len(row) and _NO_RE.match(row[j] or "") for j in cols)

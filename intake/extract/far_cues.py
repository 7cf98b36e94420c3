"""A service verb whose date comes after the customer it was done for: "Kopior i mål T 2211-26 har expedierats till
Advokatfirman Berg & Holm KB, org.nr 969771-5408, den 4 mars.", "the report was delivered to Kuljetus Harju Oy
(asiakasnro C-4204) on 9 June".

Why: `prose_lines._service_date` takes a service verb only in the 40 characters before the date; a sender who names
the recipient, with its number, between the verb and the day pushes the verb out of reach and the lines went out
undated, held by the period net (holdout 44, x13). Only the sentence's one date counts, a single day written with
"den"/"on"/"päivänä" right before it (a day told, not a number in passing), and never after a question mark.
"""
from __future__ import annotations

import re

from .dates import DateSpan
from .service_cues import SERVICE_CUE_RE

_TOLD_DAY_BEFORE_RE = re.compile(r"(?i)\b(?:den|on|päivänä)\s*$")


def cued_far_before(unit: str, d: DateSpan, ds: list[DateSpan]) -> bool:
    """The sentence's only date, a day told with "den"/"on", follows a service verb further back in it."""
    if len(ds) != 1 or d.kind != "single" or "?" in unit:
        return False
    return bool(_TOLD_DAY_BEFORE_RE.search(unit[:d.start]) and SERVICE_CUE_RE.search(unit[:d.start]))

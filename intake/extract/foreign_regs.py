"""A foreign company's registration number written after its label on a payer's line: "SIA Daugava Rail Logistics,
reg. no. 40003184759", "registrikood 10458214", "Company No. 08123456" (holdout45). Only Swedish and Finnish numbers
have a grammar of their own (`identifiers`), so a Baltic or British payer's number was lost; the label makes it one,
taken as written (digits, no check the parser cannot know)."""
from __future__ import annotations

import re

_REG_RE = re.compile(r"(?i)\b(?:reg(?:istration)?\.?\s*(?:no|nr|number|code)|registrikood|reģ\.?\s*nr|"
                     r"company\s+(?:no|number|reg(?:istration)?\.?\s*no))\.?\s*[:#]?\s*(?P<v>\d{6,12})(?![\d-])")


def labelled_registration(line: str) -> str | None:
    """The registration number a label on `line` states, or None."""
    m = _REG_RE.search(line)
    return m.group("v") if m else None

"""A Finnish Y-tunnus written without its dash right after its own label: "Y-tunnus 28114501", "FO-nummer: 31875547".

Eight bare digits are too common to read as a business ID anywhere (order numbers, phone numbers, a Danish CVR
number), but right after a Y-tunnus label they can be nothing else; senders drop the dash the way they copy it
from a register or a form. The check digit (stdnum.fi.ytunnus, the Finnish Tax Administration's mod-11 rule)
still decides: a number that fails it is found but invalid, so the customer is asked, as for a dashed one.
"""
from __future__ import annotations

import re

from stdnum.fi import ytunnus

#: a Finnish label (not "company ID": a Danish CVR number has eight digits too), an optional ":" or "on"/"är"/"is",
#: then eight digits standing alone
_CUED_RE = re.compile(r"(?i)(?<![\w-])(?:y-?tunnu\w*|y\s+tunnus|fo-?\s?(?:nummer|nr|nro)|business[\s-]id)"
                      r"\s*[.:]?\s*(?:(?:on|är|is)\s+)?(?P<d>\d{8})(?![\w-]|[.,]\d)")


def cued_ytunnus(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, raw digits, "NNNNNNN-N" or None when the check digit fails) for each cued dashless Y-tunnus."""
    out = []
    for m in _CUED_RE.finditer(text):
        d = m.group("d")
        value = f"{d[:7]}-{d[7]}"
        out.append((m.start("d"), m.end("d"), d, value if ytunnus.is_valid(value) else None))
    return out

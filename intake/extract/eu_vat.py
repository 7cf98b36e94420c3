"""VAT numbers of the other EU member states in prose, read when their check digits hold: "VAT BE0123456749",
"BTW NL853746291B01", "DE123456789".

Why: a foreign customer is often given only by its VAT number, and the contract outputs an unresolved customer as
written (vat_no upper case, no spaces); the reader knew only SE and FI numbers, so "VAT BE0123456749" was dropped.
A number is taken only when its country's check digits hold (stdnum.eu.vat through `core.kernel.endpoints`), so an
IBAN, a phone number or a reference that happens to start with a country code is never read as one.
"""
from __future__ import annotations

import re

from core.kernel.endpoints import check_foreign_vat
from core.kernel.errors import ValidationError

#: EU prefixes other than SE and FI (those have their own, stricter reader); XI is Northern Ireland
_PREFIXES = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SI|SK|XI"
_EU_VAT_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<v>(?:{_PREFIXES})[ ]?[0-9A-Z](?:[0-9A-Z]|[. ](?=\d{{3}})){{7,14}})"
                        r"(?![0-9A-Za-z])")


def find_eu_vat_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, number) for each other-EU VAT number whose check digits hold, upper case without spaces."""
    out: list[tuple[int, int, str]] = []
    for m in _EU_VAT_RE.finditer(text):
        compact = re.sub(r"[\s.]", "", m.group("v")).upper()
        try:
            out.append((m.start(), m.end(), check_foreign_vat(compact)))
        except ValidationError:
            continue
    return out

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
#: digits may come in groups of three ("DE 123 456 789") or pairs ("DK 31 45 67 89", as Danish numbers are written)
_EU_VAT_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<v>(?:{_PREFIXES})[ ]?[0-9A-Z](?:[0-9A-Z]|[. ](?=\d{{2}})){{7,14}})"
                        r"(?![0-9A-Za-z])")


def find_eu_vat_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, number) for each other-EU VAT number whose check digits hold, upper case without spaces."""
    out: list[tuple[int, int, str]] = []
    for m in _EU_VAT_RE.finditer(text):
        found = _valid_prefix(m.group("v"))
        if found:
            out.append((m.start(), m.start() + found[0], found[1]))
    return out


def _valid_prefix(written: str) -> tuple[int, str] | None:
    """(length, number) of the longest part of `written`, cut at a separator, whose check digits hold: a group of
    digits after the number ("DE 123 456 789 12 st") is the next thing said, not part of it."""
    while True:
        try:
            return len(written), check_foreign_vat(re.sub(r"[\s.]", "", written).upper())
        except ValidationError:
            cut = max(written.rfind(" "), written.rfind("."))
            if cut < 4:
                return None
            written = written[:cut]

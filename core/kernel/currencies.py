"""Which three-letter codes are currencies: ISO 4217 codes of legal tender in use today, from CLDR (babel's data),
so `ÅÄÖ`, `XXX` ("no currency"), `XTS` (testing), gold (`XAU`) and withdrawn currencies (`DEM`, `FIM`) are not.
Used by the CLI's `--currency` and the bank-file readers (a payment in a currency that does not exist is refused,
never silently booked)."""
from __future__ import annotations

import functools
from collections.abc import Mapping


@functools.cache
def in_use() -> frozenset[str]:
    """The codes of legal tender with no end date in any territory (loaded once, when first asked)."""
    from babel.core import get_global  # CLDR tables: only loaded when a currency is checked

    rows: Mapping[str, list[tuple[str, object, object, bool]]] = get_global("territory_currencies")
    return frozenset(code for entries in rows.values() for (code, _start, end, tender) in entries
                     if end is None and tender)


def is_currency(code: str | None) -> bool:
    """Is `code` (exactly, upper case) an ISO 4217 currency in use?"""
    return bool(code) and code in in_use()

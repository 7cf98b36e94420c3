"""Numbers and dates in text a person reads outside the web (mails, letters), as the reader writes them (babel's
CLDR data): "20 000,00" and "6.12.2026" for a Finn, "20 000,00" and "2026-12-06" for a Swede, "20,000.00" and
"6 Dec 2026" in English. Plain spaces, not CLDR's no-break space: the text is quoted back in replies and read by
the agencies' own tools."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import dates as bdates
from babel import numbers as bnumbers

LOCALES = {"sv": "sv_SE", "fi": "fi_FI", "en": "en_GB"}


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def amount(value: object, lang: str) -> str | None:
    """Money with two decimals and grouped thousands; None for no value."""
    if value in (None, ""):
        return None
    return _plain(bnumbers.format_decimal(Decimal(str(value)), format="#,##0.00", locale=LOCALES.get(lang, "sv_SE")))


def quantity(value: object, lang: str) -> str | None:
    """A quantity without trailing zeros ("7,5", "3"); None for no value."""
    if value in (None, ""):
        return None
    return _plain(bnumbers.format_decimal(Decimal(str(value)), format="#,##0.###", locale=LOCALES.get(lang, "sv_SE")))


def date(day: dt.date | None, lang: str) -> str:
    """A date: 2026-12-06 (sv), 6.12.2026 (fi), 6 Dec 2026 (en); "" for no date."""
    if day is None:
        return ""
    return _plain(bdates.format_date(day, format="medium" if lang == "en" else "short",
                                     locale=LOCALES.get(lang, "sv_SE")))

"""Countries a customer can be in, named in the reader's language, and the check of an EU VAT number against them.

Place of supply (issue #18; ML 5 kap., mervärdesskattedirektivet 2006/112/EG art. 44, 45, 138) needs a foreign
customer's country and, in the EU, a VAT number that country issued: a service to a German business is reverse
charged only when the buyer is a taxable person there. The names come from babel's CLDR data (no list of our own
to keep), the register stores the ISO 3166-1 alpha-2 code; SE and FI come first because most customers are there.
"""
from __future__ import annotations

import re

from babel import Locale
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

FIRST = ("SE", "FI")
# CLDR territories that are not ISO 3166-1 countries: regions, groupings, reserved and private-use codes
NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})
# EU member states as ISO codes; Greece's VAT numbers start with EL (stdnum's "gr"), Northern Ireland's XI is not one
EU = frozenset(c.upper() for c in eu_vat.MEMBER_STATES if c != "xi")
VAT_PREFIX = {"GR": ("EL", "GR")}


def choices(locale: str) -> list[tuple[str, str]]:
    """(ISO code, name in `locale`) for every country, SE and FI first, the rest by name."""
    names: dict[str, str] = {str(k): str(v) for k, v in Locale.parse(locale or "sv").territories.items()}
    codes = [c for c in names if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES]
    rest = sorted((c for c in codes if c not in FIRST), key=lambda c: names[c].casefold())
    return [(c, names[c]) for c in (*FIRST, *rest)]


def name(code: str | None, locale: str) -> str:
    """The country's name in `locale` (the code itself when CLDR has none)."""
    return str(Locale.parse(locale or "sv").territories.get(code or "", code or ""))


def in_eu(code: str | None) -> bool:
    return (code or "").upper() in EU


def eu_vat_problem(country: str, value: str) -> str | None:
    """Why `value` is not a VAT number of EU country `country` ("prefix" or "check"), None when it is one (or the
    country is not in the EU: its number is only format-checked by the register)."""
    if not in_eu(country):
        return None
    compact = re.sub(r"[\s.-]", "", value or "").upper()
    if not compact.startswith(VAT_PREFIX.get(country.upper(), (country.upper(),))):
        return "prefix"
    try:
        eu_vat.validate(compact)
    except StdnumError:
        return "check"
    return None

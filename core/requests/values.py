"""Reading values as people write them in mails and forms: amounts ("1 250,00", Swedish and Finnish decimal comma
and thousands spaces) and one-line postal addresses ("Storgatan 1, 123 45 Ort"). Shared by the answers to
invoicing-request questions and by master-data changes, so both read a value the same way.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from core.kernel.errors import ValidationError

# street, then a Swedish (123 45) or Finnish (00100) postal code and the city
_ADDRESS_RE = re.compile(r"^(.*?),?\s*(\d{3} ?\d{2}|\d{5})\s+(.+)$")


def blank(v: Any) -> bool:
    """Nothing given: None or only whitespace."""
    return v is None or (isinstance(v, str) and not v.strip())


def amount_text(value: Any, path: str) -> str:
    """A non-negative amount or quantity as written in a mail or form ("1 250,00") -> its decimal text; a
    ValidationError naming `path` otherwise."""
    try:
        d = Decimal(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(f"not a number: {value!r}", path) from None
    if not d.is_finite() or d < 0:
        raise ValidationError(f"not a valid amount: {value!r}", path)
    return str(d)


def address_parts(text: str) -> dict[str, str]:
    """A one-line address split into street, postal code and city; all of it as the street when no postal code
    can be found."""
    text = text.strip()
    m = _ADDRESS_RE.match(text)
    if m is None:
        return {"street": text}
    return {"street": m.group(1).strip(" ,"), "postal_code": m.group(2), "city": m.group(3).strip()}

"""The VAT rate a prose line states for itself — and the VAT words that only say a price is net.

"moms 6 %", "alv 14 %", "25 % moms", "momsfritt (0 %)", "arvonlisäveroton palvelu" state the line's rate. But a
zero-rate word attached to a price states no rate at all: "veroton hinta 240 €" (price excluding VAT), "hinta
1 250 € (alv 0 %)" and "800 kr utan moms" are the common Finnish and Swedish ways of saying the price is net, the
VAT to be added at the article's (or agency's) rate — exactly as the header "à-hinta (alv 0 %)" of a price column
is read. Taking such a word as the rate 0 would invoice a taxable service without VAT (money-critical; the
Finnish VAT Act 1501/1993 § 1 taxes the sale, whatever the price is called). Words that name the service as
exempt ("momsfri", "VAT exempt") or a zero-rate statement standing apart from any price ("käännetty
verovelvollisuus – alv 0 %") still give 0.
"""
from __future__ import annotations

import re
from decimal import Decimal

_VAT_RE = re.compile(r"(?i)\b(?:moms\w*|alv|vat|mva)\b[^%\d\n]{0,12}(?P<a>\d{1,2}(?:[.,]\d{1,2})?)\s*%"
                     r"|(?P<b>\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*(?:moms|alv|vat|mva)\b")
_VAT_FREE_RE = re.compile(r"(?i)\b(?:momsfri(?:tt|a)?|utan moms|veroton|arvonlisäveroton|alv 0|vat exempt|"
                          r"exempt from vat)\b")
#: a zero-rate statement that can qualify a price ("veroton", "utan moms", "alv 0 %"); "momsfri" and "exempt"
#: always name the service as exempt
_NET_CAPABLE_RE = re.compile(r"(?i)^(?:veroton|arvonlisäverot\w*|utan moms|alv|moms|vat|mva|0\s*%)(?![^\W\d_])")
_PRICE_WORD = (r"(?:\w*hinta|\w*hinnat|\w*hintaa|\w*hinnan|\w*hinnaksi|\w*pris|\w*priset|\w*avgift|\w*maksu|"
               r"price|prices|fee|amount|belopp|summa)")
#: a price right before the word: "240,00 €/hlö, veroton", "1 250 € (alv 0 %)", "800 kr utan moms", "hinta alv 0 %"
_PRICE_BEFORE_RE = re.compile(rf"(?i)(?:\d\s*(?:€|eur\w*|e|kr|sek|:-)(?:\s*/\s*[^\W\d_]+)?|\b{_PRICE_WORD})"
                              r"[\s(,:]*$")
#: a price word right after it: "veroton hinta", "utan moms pris", "alv 0 % hinta"
_PRICE_AFTER_RE = re.compile(rf"(?i)^[\s)%]*{_PRICE_WORD}\b")


def net_wording(clause: str, start: int, end: int) -> bool:
    """Whether the zero-rate words at clause[start:end] qualify a price as net rather than state a rate."""
    return bool(_NET_CAPABLE_RE.match(clause[start:end])
                and (_PRICE_BEFORE_RE.search(clause[max(0, start - 30):start])
                     or _PRICE_AFTER_RE.match(clause[end:end + 30])))


def line_vat_rate(clause: str) -> Decimal | None:
    """A VAT rate written for the line: "moms 6 %", "alv 14 %", "25 % moms", "momsfritt (0 %)", "veroton
    palvelu"; None when the clause states none, or only says its price is net ("veroton hinta", "(alv 0 %)")."""
    for m in _VAT_RE.finditer(clause):
        rate = Decimal((m.group("a") or m.group("b")).replace(",", "."))
        if rate or not net_wording(clause, m.start(), m.end()):
            return rate
    free = [m for m in _VAT_FREE_RE.finditer(clause) if not net_wording(clause, m.start(), m.end())]
    return Decimal(0) if free else None

"""Finnish bank barcode (pankkiviivakoodi) and its clear-text form, the virtual barcode (virtuaaliviivakoodi),
per Finanssiala's "Pankkiviivakoodi-opas" (versions 4 and 5; 54 digits), and a Code 128 (subset C) SVG of it for
the printed giro part.

Version 4 (national viitenumero): 4 | IBAN digits (16, without "FI") | euros (6) | cents (2) | 000 | reference (20,
zero-padded left) | due date YYMMDD (000000 = none).
Version 5 (RF creditor reference): 5 | IBAN digits (16) | euros (6) | cents (2) | RF check digits (2) + reference part
zero-padded to 21 | due date YYMMDD.
Amounts over 999 999.99 € (or unknown) are written as zeros: the payer types the amount.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from stdnum import iban as std_iban
from stdnum import iso11649

from core.kernel import references
from core.kernel.errors import ValidationError


def virtual_barcode(iban: str, reference: str, amount: Decimal | None, due: dt.date | None) -> str:
    """The 54-digit virtual barcode for a Finnish IBAN, a Finnish or RF reference, an amount in euros and a due
    date. Raises ValidationError for a non-Finnish IBAN or an invalid reference."""
    compact = re.sub(r"\s", "", iban or "").upper()
    if not compact.startswith("FI") or not std_iban.is_valid(compact):
        raise ValidationError(f"the virtual barcode needs a valid Finnish IBAN, got {iban!r}", "iban")
    account = compact[2:]
    if amount is None or amount < 0 or amount > Decimal("999999.99"):
        money = "0" * 8
    else:
        cents = int((Decimal(amount) * 100).to_integral_value())
        money = f"{cents // 100:06d}{cents % 100:02d}"
    date = due.strftime("%y%m%d") if due else "000000"
    ref = references.normalize(reference)
    if ref.startswith("RF"):
        if not iso11649.is_valid(ref) or not ref[4:].isdigit() or len(ref[4:]) > 21:
            raise ValidationError(f"RF reference {reference!r} cannot go into a bank barcode", "reference")
        body = "5" + account + money + ref[2:4] + ref[4:].zfill(21) + date
    else:
        if not references.is_valid_fi_reference(ref):
            raise ValidationError(f"not a valid Finnish reference: {reference!r}", "reference")
        body = "4" + account + money + "000" + ref.zfill(20) + date
    assert len(body) == 54, body
    return body


# Code 128 element widths (bar, space, bar, space, bar, space); index = symbol value; 106 = stop (7 elements)
_PATTERNS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 "
    "113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 "
    "113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 "
    "241211 221114 413111 241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 211214 "
    "211232 2331112").split()
START_C, STOP = 105, 106


def code128c_values(digits: str) -> list[int]:
    """Symbol values of a Code 128 subset C barcode: start C, digit pairs, mod-103 check symbol, stop."""
    if not digits.isdigit() or len(digits) % 2:
        raise ValueError("Code 128C encodes an even number of digits")
    values = [START_C] + [int(digits[i:i + 2]) for i in range(0, len(digits), 2)]
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return values + [check, STOP]


def code128c_bars(digits: str, module: float = 0.33) -> tuple[list[tuple[float, float]], float]:
    """The bars of the Code 128C symbol as (x, width) in millimetres, with 10-module quiet zones on both sides,
    and the symbol's total width: one drawing for the SVG (web, WeasyPrint) and the printed batch (ReportLab)."""
    x = 10 * module
    bars = []
    for value in code128c_values(digits):
        for i, width in enumerate(_PATTERNS[value]):
            w = int(width) * module
            if i % 2 == 0:
                bars.append((x, w))
            x += w
    return bars, x + 10 * module


def code128c_svg(digits: str, module: float = 0.33, height: float = 13.0) -> str:
    """An SVG (millimetres) of the Code 128C barcode with 10-module quiet zones on both sides."""
    bars, total = code128c_bars(digits, module)
    rects = [f'<rect x="{x:.3f}" y="0" width="{w:.3f}" height="{height}"/>' for x, w in bars]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{total:.2f}mm" height="{height}mm" '
            f'viewBox="0 0 {total:.3f} {height}" shape-rendering="crispEdges">{"".join(rects)}</svg>')

"""VAT: rates by country, code and supply date; categories; the per-rate breakdown and its rounding.

Rates come from the VAT acts (SE mervärdesskattelag 2023:200; FI arvonlisäverolaki 1501/1993 84, 85, 85 a §) as
dated rows in data/vat_rates.json, because the rate is the one in force on the supply date and rates change.
Categories are EN 16931's (Peppol); an invoice shows net and VAT per rate (VAT Directive 2006/112/EC art. 226).

Rounding (documented point): each line's net = quantity × unit price rounded half-up to 2 decimals; VAT per
(category, rate) group = group net × rate / 100 rounded half-up to 2 decimals; total = Σ net + Σ VAT.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from core.kernel.errors import ValidationError
from core.kernel.money import ZERO, round_money

# code -> (Peppol/EN 16931 category, needs the buyer's VAT number, exemption text)
ZERO_CODES: dict[str, tuple[str, str | None]] = {
    "zero": ("Z", None),
    "exempt": ("E", "Undantagen från skatteplikt / Exempt from VAT"),
    # public-authority fees (art. 13) and services supplied abroad (art. 44, place of supply outside the country)
    "outside": ("O", "Ej föremål för mervärdesskatt / Not subject to VAT"),
    "reverse_charge": ("AE", "Omvänd betalningsskyldighet / Reverse charge"),
    "intra_eu": ("K", "Intra-community supply"),
    "export": ("G", "Export outside the EU"),
}
RATED_CODES = ("standard", "reduced", "food", "reduced_low", "culture")
ALL_CODES = RATED_CODES + tuple(ZERO_CODES)


@lru_cache(maxsize=1)
def _table() -> list[tuple[str, str, dt.date, dt.date | None, Decimal]]:
    data = json.loads((Path(__file__).parent / "data" / "vat_rates.json").read_text())
    return [
        (r["country"], r["code"], dt.date.fromisoformat(r["from"]),
         dt.date.fromisoformat(r["to"]) if r["to"] else None, Decimal(r["rate"]))
        for r in data["rates"]
    ]


def rate_for(country: str, code: str, supply_date: dt.date) -> Decimal:
    """The VAT rate in percent for a VAT code on a supply date."""
    if code in ZERO_CODES:
        return Decimal("0")
    for c, k, start, end, rate in _table():
        if c == country and k == code and start <= supply_date and (end is None or supply_date <= end):
            return rate
    raise ValidationError(f"no VAT rate for {country}/{code} on {supply_date}", "vat_code")


def category(code: str) -> str:
    """EN 16931 VAT category: S for rated codes, else Z/E/O/AE/K/G."""
    if code in ZERO_CODES:
        return ZERO_CODES[code][0]
    if code in RATED_CODES:
        return "S"
    raise ValidationError(f"unknown VAT code {code!r}", "vat_code")


def exemption_reason(code: str) -> str | None:
    """The text an invoice without VAT must give for it (Directive 2006/112/EC art. 226(11)-(11a))."""
    return ZERO_CODES[code][1] if code in ZERO_CODES else None


# a plain percentage names the permanent rate first: SE 6 % is the reduced_low/culture rate, never the temporary
# food rate (6 % only 2026-04-01…2027-12-31, Prop. 2025/26:55) that would jump back to 12 % on 2028-01-01
RATE_PREFERENCE = ("standard", "reduced", "reduced_low", "culture", "food")


def code_for_rate(country: str, rate: Decimal, on: dt.date, zero_code: str = "outside") -> str:
    """The VAT code a plain percentage means in a country on a date (registry import: "25" → standard). A plain
    "0" from a public authority (a registry article, a request or file line) is outside the scope of VAT (fees for
    public-authority activity, Directive 2006/112/EC art. 13); "exempt" needs a legal basis and is named as such
    (the code or a word like "momsfri")."""
    rate = Decimal(rate)
    if rate == 0:
        return zero_code
    for code in RATE_PREFERENCE:
        try:
            if rate_for(country, code, on) == rate:
                return code
        except ValidationError:
            continue
    raise ValidationError(f"{rate} % is not a VAT rate in {country} on {on}", "vat_rate")


def check_vat_code_for_buyer(code: str, buyer_vat_no: str | None, seller_country: str, buyer_country: str) -> None:
    """Reverse charge and intra-EU supplies need the buyer's EU VAT number from another member state
    (Directive 2006/112/EC art. 138 and 226(4))."""
    if code in ("reverse_charge", "intra_eu"):
        if not buyer_vat_no:
            raise ValidationError("reverse charge needs the buyer's EU VAT number", "vat_code")
        if buyer_country == seller_country and code == "intra_eu":
            raise ValidationError("an intra-EU supply needs a buyer in another member state", "vat_code")


@dataclass
class VatGroup:
    category: str
    rate: Decimal
    net: Decimal = ZERO
    vat: Decimal = ZERO
    exemption_reason: str | None = None


@dataclass
class Totals:
    net: Decimal
    vat: Decimal
    total: Decimal
    groups: list[VatGroup] = field(default_factory=list)


def line_net(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """Line net, rounded half-up to 2 decimals (documented rounding point)."""
    return round_money(Decimal(quantity) * Decimal(unit_price))


def totals(lines: list[tuple[Decimal, str, Decimal]]) -> Totals:
    """Totals for (net, vat_code, rate) lines: VAT per (category, rate) rounded half-up."""
    groups: dict[tuple[str, Decimal], VatGroup] = {}
    for net, code, rate in lines:
        key = (category(code), Decimal(rate).normalize())
        grp = groups.setdefault(key, VatGroup(key[0], Decimal(rate), exemption_reason=exemption_reason(code)))
        grp.net += net
    for grp in groups.values():
        grp.vat = round_money(grp.net * grp.rate / Decimal(100))
    net_total = sum((g.net for g in groups.values()), ZERO)
    vat_total = sum((g.vat for g in groups.values()), ZERO)
    return Totals(round_money(net_total), round_money(vat_total), round_money(net_total + vat_total),
                  sorted(groups.values(), key=lambda g: (g.category, -g.rate)))


def code_of(country: str, value: object, on: dt.date, field: str = "vat_code") -> str:
    """What a person wrote for VAT — a code (`standard`, `exempt`, …), a word (momsfri, veroton, omvänd) or a
    percentage ("25", "25,5 %", "0") — as the VAT code valid in `country` on `on`."""
    words = {"momsfri": "exempt", "undantagen": "exempt", "veroton": "exempt", "exempt": "exempt",
             "ej moms": "outside", "utanför": "outside", "outside": "outside", "reverse charge": "reverse_charge",
             "omvänd": "reverse_charge", "käännetty": "reverse_charge"}
    word = " ".join(str(value or "").strip().lower().split())
    if word in words:  # before "moms"/"alv" are stripped from a percentage ("momsfri" is a word, not "fri")
        return words[word]
    text = word.replace("%", "").replace("moms", "").replace("alv", "").strip()
    if text in ALL_CODES:
        return text
    if text in words:
        return words[text]
    try:
        rate = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(f"not a VAT rate or code: {value!r}", field) from None
    try:
        return code_for_rate(country, rate, on)
    except ValidationError as exc:
        raise ValidationError(exc.message, field) from None


def line_code(country: str, on: dt.date, given: str | None, article_code: str | None,
              default_rate: Decimal) -> str:
    """The VAT code of an invoice line: the one the line gives (a person decided it), else the article's code, else
    the code of the agency's default rate on the supply date (ML 2023:200 / AVL 1501/1993: the rate is the one in
    force when the supply is made)."""
    return given or article_code or code_for_rate(country, default_rate, on)

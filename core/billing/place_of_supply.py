"""Place of supply: the VAT code of a line decided by the article's nature, the customer's country and VAT status.

The article's VAT code is its *domestic* treatment. Whether domestic VAT applies at all depends on where the supply
is taxed (Council Directive 2006/112/EC; SE mervärdesskattelag 2023:200 ch. 6; FI arvonlisäverolaki 1501/1993
§§ 63–69 and 72 a):

* services to a business (a taxable person; a VAT-identified public body counts as one, art. 43) are taxed where
  the buyer is established (art. 44): in another member state the buyer pays the VAT (reverse charge, art. 196;
  UNCL5305 AE, the invoice shows both VAT numbers and "Omvänd betalningsskyldighet", art. 226(4), (11a)); outside the
  EU the supply is outside the scope of Swedish/Finnish VAT (O);
* services to a consumer are taxed where the supplier is (art. 45): domestic VAT, also for consumers abroad;
* goods dispatched to a business with a VAT number in another member state are an exempt intra-Community supply
  (art. 138; K); goods exported outside the EU are exempt (art. 146; G); goods to an EU consumer stay domestic
  (distance sales below the EU threshold, art. 59c);
* a line whose domestic code is itself outside the scope, exempt or zero-rated (public-authority fees, art. 13)
  keeps it.

Where the facts do not decide (a foreign business without a valid VAT number, an article whose nature — goods or
service — is not registered) or a person's explicit VAT code contradicts the rule, the line gets a warning, which
holds the invoice for a clerk (core.billing.issuing) instead of issuing it with the wrong VAT. Pure: no database.
"""
from __future__ import annotations

from dataclasses import dataclass

from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from core.kernel import vat
from core.kernel.errors import ValidationError

# EU member states by ISO 3166 country code (Greece: VAT prefix EL)
EU_COUNTRIES = frozenset({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
                          "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"})
DOMESTIC_BASIS = ("outside", "exempt", "zero")  # the article's own legal basis: kept whoever buys
CROSS_BORDER = ("reverse_charge", "intra_eu", "export")
SERVICE, GOODS = "service", "goods"
SUPPLY_KINDS = (SERVICE, GOODS)


@dataclass(frozen=True)
class Buyer:
    """What the rules need of the customer (as on the invoice's customer snapshot)."""

    country: str
    kind: str  # company | public | private
    vat_no: str | None = None
    number: str | None = None


@dataclass(frozen=True)
class Decision:
    """The line's VAT code, why (law), and a warning that holds the invoice when the facts do not decide."""

    code: str
    basis: str
    warning: dict | None = None


def is_eu(country: str | None) -> bool:
    return (country or "").upper() in EU_COUNTRIES


def valid_eu_vat_no(vat_no: str | None, country: str) -> bool:
    """The buyer's VAT number is valid by its check digits (python-stdnum) and issued by the buyer's country."""
    if not vat_no:
        return False
    try:
        compact = str(eu_vat.validate(vat_no))
    except StdnumError:
        return False
    prefix = {"EL": "GR"}.get(compact[:2], compact[:2])
    return prefix == country.upper()


def buyer_status(seller_country: str, buyer: Buyer) -> str:
    """domestic | eu_business | eu_business_unverified | eu_consumer | non_eu_business | non_eu_consumer."""
    country = (buyer.country or seller_country).upper()
    if country == seller_country.upper():
        return "domestic"
    business = buyer.kind != "private"
    if is_eu(country):
        if not business:
            return "eu_consumer"
        return "eu_business" if valid_eu_vat_no(buyer.vat_no, country) else "eu_business_unverified"
    return "non_eu_business" if business else "non_eu_consumer"


# (status, supply kind) -> (code or None = the domestic code, legal basis)
_RULES: dict[tuple[str, str], tuple[str | None, str]] = {
    ("eu_business", SERVICE): ("reverse_charge", "service to an EU business: reverse charge (2006/112/EC art. 44, "
                                                 "196; ML 2023:200 ch. 6; AVL § 65)"),
    ("eu_business", GOODS): ("intra_eu", "goods to an EU business: intra-Community supply (2006/112/EC art. 138; "
                                         "AVL § 72 a)"),
    ("eu_consumer", SERVICE): (None, "service to a consumer: taxed where the supplier is (2006/112/EC art. 45)"),
    ("eu_consumer", GOODS): (None, "goods to an EU consumer: distance sale below the threshold (2006/112/EC "
                                   "art. 59c)"),
    ("non_eu_business", SERVICE): ("outside", "service to a business outside the EU: supplied abroad, outside the "
                                              "scope (2006/112/EC art. 44; ML 2023:200 ch. 6; AVL § 65)"),
    ("non_eu_business", GOODS): ("export", "goods exported outside the EU (2006/112/EC art. 146; AVL § 70)"),
    ("non_eu_consumer", SERVICE): (None, "service to a consumer: taxed where the supplier is (2006/112/EC art. 45)"),
    ("non_eu_consumer", GOODS): ("export", "goods exported outside the EU (2006/112/EC art. 146; AVL § 70)"),
}


def decide(seller_country: str, buyer: Buyer, domestic_code: str, supply_kind: str | None,
           given_code: str | None = None, line: int = 0) -> Decision:
    """The line's VAT code. `domestic_code`: the article's (or the agency default's) code; `given_code`: the code
    a person put on the line (request, form, file), which is checked, not trusted; `line`: 0-based, for messages."""
    if domestic_code in CROSS_BORDER and not given_code:  # an article registered as "export" etc.: checked too
        given_code, domestic_code = domestic_code, "standard"
    status = buyer_status(seller_country, buyer)
    code = given_code or domestic_code
    if status == "domestic" or code in DOMESTIC_BASIS:
        return Decision(code, "domestic" if status == "domestic" else "the article's own VAT basis")
    where = f"line {line + 1}: customer {buyer.number or '?'} ({buyer.country})"
    if status == "eu_business_unverified":
        why = "has no VAT number" if not buyer.vat_no else \
            f"has VAT number {buyer.vat_no}, which is not a valid {buyer.country} VAT number"
        return Decision(code, "unverified", _warning(
            "vat_buyer_unverified", line,
            f"{where} is a business in another EU member state but {why}: reverse charge or an intra-Community "
            "supply needs the buyer's valid VAT number (2006/112/EC art. 138, 196, 226(4)); register the number, "
            f"or register the customer as a consumer for {vat_label(code)}"))
    kinds = (supply_kind,) if supply_kind in SUPPLY_KINDS else SUPPLY_KINDS
    options = {k: _RULES[(status, k)] for k in kinds}
    targets = {k: (c or domestic_code) for k, (c, _) in options.items()}
    if given_code:
        fits = [k for k, (c, _) in options.items() if given_code == c or (c is None and given_code in vat.RATED_CODES)]
        if fits:
            return Decision(given_code, options[fits[0]][1])
        known = len(kinds) == 1
        chosen = targets[kinds[0]] if known else given_code
        rules = " or ".join(sorted({vat_label(t) for t in targets.values()}))
        return Decision(chosen, options[kinds[0]][1] if known else "contradicted", _warning(
            "vat_code_contradicts_buyer", line,
            f"{where}: the line says {vat_label(given_code)} but the rules give {rules}"
            + (f" ({options[kinds[0]][1]}); {vat_label(chosen)} applied: confirm or correct" if known
               else "; set the right code")))
    if len(set(targets.values())) == 1:  # the nature is known, or both natures give the same answer
        return Decision(targets[kinds[0]], options[kinds[0]][1])
    return Decision(domestic_code, "nature unknown", _warning(
        "vat_supply_kind_unknown", line,
        f"{where}: the article's nature (goods or service) is not in the register and decides the VAT for this "
        "customer (" + ", ".join(f"{k}: {vat_label(t)}" for k, t in targets.items())
        + "); register the article's supply_kind or give the line's VAT code"))


def vat_label(code: str) -> str:
    """A code as a clerk reads it: "standard (S)", "reverse_charge (AE)"."""
    try:
        return f"{code} ({vat.category(code)})"
    except ValidationError:  # an unknown code is shown as written
        return code


def _warning(code: str, line: int, message: str) -> dict:
    return {"code": code, "field": f"lines[{line}].vat_code", "message": message}

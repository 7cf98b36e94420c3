"""Ledger accounts: BAS defaults, overridable per agency in `Agency.accounts` (state agencies map their own plan)."""
from __future__ import annotations

from decimal import Decimal

DEFAULTS: dict[str, str] = {
    "ar": "1510",               # Kundfordringar (AR control account)
    "ar_disputed": "1516",
    "allowance": "1519",        # Nedskrivning av kundfordringar (contra)
    "bank": "1930",
    "customer_prepayments": "2420",  # overpayments / unapplied
    "vat_out_25": "2611",
    "vat_out_12": "2621",
    "vat_out_6": "2631",
    "vat_out_other": "2641",    # FI rates and anything not 25/12/6
    "deferred_income": "2970",
    "revenue_25": "3001",
    "revenue_12": "3002",
    "revenue_6": "3003",
    "revenue_exempt": "3004",
    "revenue_other": "3005",
    "reminder_fees": "3590",
    "rounding": "3740",
    "bad_debt_recovered": "3950",
    "bank_fees": "6570",
    "bad_debt_confirmed": "6351",
    "bad_debt_expected": "6352",
    "interest_income": "8313",
}

NAMES: dict[str, str] = {
    "1510": "Kundfordringar", "1516": "Tvistiga kundfordringar", "1519": "Nedskrivning av kundfordringar",
    "1930": "Företagskonto", "2420": "Förskott från kunder", "2611": "Utgående moms 25 %",
    "2621": "Utgående moms 12 %", "2631": "Utgående moms 6 %", "2641": "Utgående moms, övriga",
    "2970": "Förutbetalda intäkter", "3001": "Försäljning 25 %", "3002": "Försäljning 12 %",
    "3003": "Försäljning 6 %", "3004": "Försäljning momsfri", "3005": "Försäljning, övrig moms",
    "3590": "Påminnelseavgifter", "3740": "Öresutjämning", "3950": "Återvunna kundfordringar",
    "6570": "Bankkostnader", "6351": "Konstaterade kundförluster", "6352": "Befarade kundförluster",
    "8313": "Ränteintäkter från kortfristiga fordringar",
}


def account(overrides: dict | None, purpose: str) -> str:
    """The account for a purpose, honouring the agency's overrides."""
    return (overrides or {}).get(purpose) or DEFAULTS[purpose]


def _rate_key(rate: Decimal) -> str:
    r = Decimal(rate).normalize()
    return {Decimal("25"): "25", Decimal("12"): "12", Decimal("6"): "6"}.get(r, "other")


def revenue_account(overrides: dict | None, rate: Decimal) -> str:
    if Decimal(rate) == 0:
        return account(overrides, "revenue_exempt")
    return account(overrides, f"revenue_{_rate_key(rate)}")


def vat_account(overrides: dict | None, rate: Decimal) -> str:
    return account(overrides, f"vat_out_{_rate_key(rate)}")


def name(acct: str) -> str:
    return NAMES.get(acct, acct)

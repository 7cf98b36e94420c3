"""Ledger accounts: the agency's chart of accounts (core.ledger.charts: BAS, statens baskontoplan, Finnish),
overridable purpose by purpose in `Agency.accounts`.

`Agency.accounts` holds the chart's name under "chart" and any explicit overrides ({"ar": "1511", ...}); an
override always wins over the chart. A dict without "chart" (agencies stored before charts existed) reads BAS and,
for the Finnish rates BAS has no account for, the Finnish chart — never BAS 2641, which is input VAT.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.kernel.errors import ValidationError
from core.ledger import charts

DEFAULTS: dict[str, str] = dict(charts.purposes("bas"))
NAMES: dict[str, str] = dict(charts.account_names("bas"))


def _overrides_and_chart(owner: Any) -> tuple[dict, str | None]:
    """(explicit overrides, chart name or None) of an Agency or of its accounts dict."""
    if owner is None or isinstance(owner, dict):
        data = owner or {}
        return data, data.get(charts.CHART_KEY)
    data = getattr(owner, "accounts", None) or {}
    return data, data.get(charts.CHART_KEY) or charts.default_for(getattr(owner, "country", "SE"))


def chart_of(owner: Any) -> str:
    """The chart an agency (or its accounts dict) books in."""
    return _overrides_and_chart(owner)[1] or "bas"


def account(owner: Any, purpose: str) -> str:
    """The account for a purpose: the agency's explicit override, else its chart's account. `owner` is the Agency
    (preferred: a chart by the agency's country when none is set) or its accounts dict."""
    overrides, chart = _overrides_and_chart(owner)
    if overrides.get(purpose):
        return str(overrides[purpose])
    if chart:
        found = charts.purposes(chart).get(purpose)
        if found:
            return found
    else:  # a dict stored before charts: BAS, and the Finnish chart for what BAS does not have
        found = DEFAULTS.get(purpose) or charts.purposes("fi").get(purpose)
        if found:
            return found
    raise ValidationError(f"the chart of accounts {chart or 'bas'!r} has no account for {purpose!r}: "
                          f"set it in the agency's accounts", "agency.accounts")


def has(owner: Any, purpose: str) -> bool:
    try:
        account(owner, purpose)
        return True
    except ValidationError:
        return False


def revenue_account(owner: Any, rate: Decimal, code: str | None = None, *, goods: bool = False,
                    buyer_country: str | None = None, seller_country: str | None = None) -> str:
    """The revenue account of a line: per VAT rate for domestic sales, per sales type otherwise (EU goods, EU
    services, export goods, services abroad, domestic reverse charge, exempt, zero rate, outside the scope).
    Without a VAT code (callers before charts): by rate only, a 0 % line on the exempt account."""
    if code is None:
        kind = "domestic"
    else:
        seller = seller_country or getattr(owner, "country", None) or "SE"
        kind = charts.sales_type(code, seller, buyer_country or seller, goods)
    purpose = charts.revenue_purpose(code, Decimal(rate), kind)
    if kind == "domestic" and Decimal(rate) != 0 and not has(owner, purpose):
        purpose = "revenue_other"
    return account(owner, purpose)


def vat_account(owner: Any, rate: Decimal) -> str:
    """The output VAT account of a rate in the agency's chart (FI 25.5 % on the Finnish output VAT account)."""
    purpose = f"vat_out_{charts.rate_key(rate)}"
    if not has(owner, purpose) and has(owner, "vat_out_other"):
        purpose = "vat_out_other"
    return account(owner, purpose)


def name(acct: str, chart: str = "bas") -> str:
    """The account's name in a chart (the account number itself when the chart does not name it)."""
    return charts.account_names(chart).get(acct, acct)

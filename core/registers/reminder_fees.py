"""The reminder fee a debtor can be charged: the agreed fee, never above the legal cap for the agency's country and
the debtor's kind. One home for the run that charges it (core.runs.reminders) and the printed terms that promise it
(core.billing.delivery.printing): an invoice never promises more than a reminder may charge.

Caps: SE 60 SEK for everybody (lag 1981:739 om ersättning för inkassokostnader 4 §; only if agreed when the debt
arose, 2 §); FI consumer 5 € (perintälaki 513/1999 10 §), FI business 12 € (perintälaki, business debtors, from
2022-05-01).

The agreed fee and the caps are amounts in the agency's own currency (SEK for a Swedish agency, EUR for a Finnish
one). An invoice in another currency carries no fee: the law states its cap in that currency only, and a fee converted
at some day's rate could exceed it (60 EUR on a Swedish agency's EUR invoice would be ten times the 60 SEK cap). Its
reminder goes without a fee and its printed terms promise none.
"""
from __future__ import annotations

from decimal import Decimal

from core.kernel.money import ZERO
from core.registers.models import Agency

FEE_CAPS = {  # (country, debtor is a consumer) -> cap in the agency's currency
    ("SE", True): Decimal("60.00"), ("SE", False): Decimal("60.00"),  # lag (1981:739) 4 §
    ("FI", True): Decimal("5.00"),  # perintälaki 513/1999 10 §
    ("FI", False): Decimal("12.00"),  # perintälaki, business debtors, from 2022-05-01
}


def fee_cap(country: str, customer_kind: str | None) -> Decimal:
    return FEE_CAPS[(country, customer_kind == "private")]


def reminder_fee(agency: Agency, customer_kind: str | None, currency: str | None = None) -> Decimal:
    """The fee for one reminder: zero unless agreed; never above the legal cap; zero for an invoice in another
    currency than the agency's (`currency`, when given), whose cap is not stated in that currency."""
    if not agency.reminder_fee_agreed or not agency.reminder_fee or agency.reminder_fee <= 0:
        return ZERO
    if currency is not None and currency != agency.currency:
        return ZERO
    return min(agency.reminder_fee, fee_cap(agency.country, customer_kind))

"""Changing an agency's payment settings (account, reference kind, terms, reminder fee and grace days) and its chart
of accounts with the
same checks the registry loader (core.registers.register.upsert_agency) applies, plus the identifiers' own check
digits: a wrong bankgiro or IBAN on the invoices would send the customers' money elsewhere, and a bank file to
the account would then belong to no agency. What changes is audited with old and new values.

The chart of accounts (`bas`, `statens`, `fi`; core.ledger.charts) lives in `Agency.accounts["chart"]` so that every
`account(agency, purpose)` call picks it up; a chart is offered only for the agency's country (a state agency keeps
its books in statens baskontoplan, ESV; a Finnish one in the Finnish chart). It applies to vouchers booked from then
on: what is already booked stays on its accounts (bokföringslagen 1999:1078 5 kap. 5 §: entries are not rewritten)."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError

from core.kernel.errors import ValidationError
from core.kernel.money import round_money
from core.kernel.vocabulary import CHARTS, DEFAULT_CHART
from core.platform import audit
from core.registers import register
from core.registers.models import Agency

REFERENCE_KINDS = {"SE": ("ocr", "ocr_length", "rf"), "FI": ("fi", "rf")}
# Förordning (1981:1057) om ersättning för inkassokostnader m.m. 2 §: a reminder fee is at most 60 kronor
MAX_REMINDER_FEE = {"SE": Decimal("60.00")}
FIELDS = ("bankgiro", "iban", "bic", "reference_kind", "payment_terms_days", "reminder_fee", "reminder_fee_agreed",
          "reminder_grace_days", "reference_prefix", "chart")
# the country each chart is for (core/ledger/data/charts.json "country"; the registers may not import the ledger)
CHART_COUNTRY = {"bas": "SE", "statens": "SE", "fi": "FI"}


def charts_for(agency: Agency) -> tuple[str, ...]:
    """The charts an agency of this country can book in."""
    return tuple(c for c in CHARTS if CHART_COUNTRY.get(c) in (agency.country, None))


def current(agency: Agency, key: str) -> Any:
    """A setting's present value (the chart from the accounts JSON, the rest from their columns)."""
    if key == "chart":
        return (agency.accounts or {}).get("chart") or DEFAULT_CHART.get(agency.country, "bas")
    return getattr(agency, key)


def _set(agency: Agency, key: str, value: Any) -> None:
    if key == "chart":  # a new dict: the JSON column notices the change
        agency.accounts = {**(agency.accounts or {}), "chart": value}
    else:
        setattr(agency, key, value)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _bankgiro(value: Any, _agency: Agency) -> str | None:
    """Bankgirot: 7 or 8 digits, the last a modulus-10 (Luhn) check digit; written NNN-NNNN or NNNN-NNNN."""
    digits = "".join(ch for ch in _text(value) if ch.isdigit())
    if not _text(value):
        return None
    if len(digits) not in (7, 8) or not luhn.is_valid(digits) or set(_text(value)) - set("0123456789- "):
        raise ValidationError(f"{_text(value)} is not a bankgiro number (7-8 digits with a check digit)", "bankgiro")
    return f"{digits[:-4]}-{digits[-4:]}"


def _iban(value: Any, _agency: Agency) -> str | None:
    if not _text(value):
        return None
    try:
        return std_iban.validate(_text(value))
    except StdnumError:
        raise ValidationError(f"{_text(value)} is not a valid IBAN (country, check digits, account)", "iban") from None


def _bic(value: Any, _agency: Agency) -> str | None:
    if not _text(value):
        return None
    try:
        return std_bic.validate(_text(value))
    except StdnumError:
        raise ValidationError(f"{_text(value)} is not a BIC (8 or 11 characters)", "bic") from None


def _reference_kind(value: Any, agency: Agency) -> str:
    allowed = REFERENCE_KINDS.get(agency.country, ("ocr", "ocr_length", "fi", "rf"))
    if _text(value) not in allowed:
        raise ValidationError(f"reference kind for {agency.country} is one of {', '.join(allowed)}", "reference_kind")
    return _text(value)


def _days(field: str, high: int) -> Callable[[Any, Agency], int]:
    def check(value: Any, _agency: Agency) -> int:
        text = _text(value)
        if not text.isdigit() or not 0 <= int(text) <= high:
            raise ValidationError(f"a whole number of days from 0 to {high}", field)
        return int(text)
    return check


def _reminder_fee(value: Any, agency: Agency) -> Decimal:
    try:
        fee = Decimal(_text(value).replace(",", ".") or "0")
    except InvalidOperation:
        raise ValidationError(f"{_text(value)} is not an amount", "reminder_fee") from None
    if not fee.is_finite() or fee < 0 or fee != round_money(fee):
        raise ValidationError("the fee is an amount of 0 or more with at most two decimals", "reminder_fee")
    cap = MAX_REMINDER_FEE.get(agency.country)
    if cap is not None and fee > cap:
        raise ValidationError(f"a reminder fee is at most {cap} {agency.currency} (förordning 1981:1057 2 §)",
                              "reminder_fee")
    return round_money(fee)


def _chart(value: Any, agency: Agency) -> str:
    """One of the charts for the agency's country; empty keeps the present one (a form without the field)."""
    chart = _text(value).lower() or current(agency, "chart")
    if chart not in charts_for(agency):
        raise ValidationError(f"chart of accounts for {agency.country} is one of {', '.join(charts_for(agency))}",
                              "chart")
    return str(chart)


def _flag(value: Any, _agency: Agency) -> bool:
    return value is True or _text(value).lower() in ("1", "true", "on", "yes", "y")


CHECKS: dict[str, Callable[[Any, Agency], Any]] = {
    "bankgiro": _bankgiro, "iban": _iban, "bic": _bic, "reference_kind": _reference_kind,
    "payment_terms_days": _days("payment_terms_days", 365), "reminder_fee": _reminder_fee,
    "reminder_fee_agreed": _flag, "reminder_grace_days": _days("reminder_grace_days", 60),
    "reference_prefix": lambda v, _a: register.check_reference_prefix(v, "reference_prefix"), "chart": _chart}


def update(session: Session, agency: Agency, changes: dict[str, Any], actor: str) -> dict[str, tuple[Any, Any]]:
    """Apply the changes after checking every one, in the caller's transaction (on a ValidationError, naming the
    field, the caller rolls back and nothing is stored); returns {field: (old, new)} of what actually changed."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(f"not a payment setting: {', '.join(sorted(unknown))}", sorted(unknown)[0])
    values = {k: CHECKS[k](v, agency) for k, v in changes.items()}
    if agency.country == "SE" and not (values.get("bankgiro", agency.bankgiro) or values.get("iban", agency.iban)):
        raise ValidationError("a Swedish agency needs a bankgiro or an IBAN for its customers to pay to", "bankgiro")
    if agency.country == "FI" and not values.get("iban", agency.iban):
        raise ValidationError("a Finnish agency needs an IBAN for its customers to pay to", "iban")
    diff = {k: (current(agency, k), v) for k, v in values.items() if current(agency, k) != v}
    if not diff:
        return {}
    for key, (_old, new) in diff.items():
        _set(agency, key, new)
    register._check_series(agency.reference_kind, int(agency.invoice_number_start or 1))
    register._check_own_account(session, agency)
    session.add(agency)
    audit.record(session, actor, "agency.payment_settings", "agency", agency.id, agency.id, "web",
                 **{k: {"old": str(o) if o is not None else None, "new": str(n) if n is not None else None}
                    for k, (o, n) in diff.items()})
    session.flush()
    return diff

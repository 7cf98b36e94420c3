"""Reference rates set by operators (`reskontra rates set|list`), stored in the database on top of the shipped
history of core.runs.rates.

A reference rate is published per calendar half-year (SE räntelagen 9 §, FI korkolaki 12 §); when the shipped
history lacks a half-year, or has to be corrected, an operator stores the published rate here. Every reader that
needs the rates in force (the interest run, the collection hand-over, the rate list) takes them from `rate_table`,
so the operator's rows always win over the shipped ones for the same (country, valid_from).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel.jsonenc import number_str
from core.platform import audit
from core.runs.models import ReferenceRateOverride
from core.runs.rates import COUNTRIES, RateTable, load_rates, penalty_margin

_ov = ReferenceRateOverride.__table__.c


def rate_table(session: Session) -> RateTable:
    """Shipped reference rates with the operator's rates from the database on top."""
    rows = session.execute(sa.select(_ov.country, _ov.valid_from, _ov.rate)).all()
    return load_rates([(c, f, r) for c, f, r in rows])


def set_rate(session: Session, country: str, valid_from: dt.date, rate: Decimal, actor: str = "system",
             note: str | None = None) -> ReferenceRateOverride:
    """Store an operator-set reference rate (validated like the shipped ones: 1 Jan / 1 Jul, SE/FI)."""
    load_rates([(country, valid_from, rate)], include_shipped=False)  # raises ValueError/TypeError if invalid
    country = country.strip().upper()
    row = session.exec(select(ReferenceRateOverride).where(col(ReferenceRateOverride.country) == country,
                                                           col(ReferenceRateOverride.valid_from) == valid_from)
                       ).first()
    if row is None:
        row = ReferenceRateOverride(country=country, valid_from=valid_from, rate=rate)
    row.rate, row.set_by, row.note = rate, actor, note
    session.add(row)
    audit.record(session, actor, "rates.set", "referencerate", f"{country}:{valid_from}", None, "cli",
                 rate=rate, note=note)
    return row


def pct(value: Decimal) -> str:
    """A percentage with two decimals (more only when it has them)."""
    v = Decimal(value)
    return str(v.quantize(Decimal("0.01"))) if v == v.quantize(Decimal("0.01")) else number_str(v)


def list_rates(session: Session) -> list[dict]:
    """Every reference rate in force per country, with the statutory late-payment rate and where it comes from."""
    table = rate_table(session)
    user = {(c, f) for c, f in session.execute(sa.select(_ov.country, _ov.valid_from))}
    out = []
    for country in COUNTRIES:
        for e in table.history(country):
            out.append({"country": country, "valid_from": e.valid_from, "reference_rate": pct(e.rate),
                        "late_interest_rate": pct(e.rate + penalty_margin(country)),
                        "status": e.status, "source": "database" if (country, e.valid_from) in user else "shipped"})
    return out

"""Reference rates proposed to a clerk: from the publishers (core.runs.rate_sources, run daily by the scheduler) and
the half-years shipped as `unconfirmed` (core/runs/data/reference_rates.json). A proposal is never used by a
calculation; `reskontra rates confirm` turns it into an operator rate (core.runs.rate_overrides.set_rate), after
which the interest runs held for want of that rate go ahead (core.runs.interest_run.retry_held).

Why a clerk confirms: förordning (1993:1138) 7 § makes the agency charge late interest at the räntelagen rate; a
wrong rate on thousands of interest invoices costs more than a day's wait, and a publisher's page can change shape.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.kernel.clock import utcnow
from core.kernel.errors import NotFound, ValidationError
from core.platform import audit
from core.runs import rate_sources
from core.runs.models import RateProposal, ReferenceRateOverride
from core.runs.rate_overrides import pct, rate_table, set_rate
from core.runs.rates import COUNTRIES, RateNotKnownError, check_country, shipped_unconfirmed

_p = RateProposal.__table__.c
_ov = ReferenceRateOverride.__table__.c


def _known(session: Session, country: str, valid_from: dt.date) -> Decimal | None:
    try:
        return rate_table(session).entry(country, valid_from).rate
    except RateNotKnownError:
        return None


def propose(session: Session, proposals: list[rate_sources.Proposal]) -> list[dict]:
    """Store the proposals a clerk has not seen yet; a figure equal to the rate already in force is not proposed."""
    new = []
    for p in proposals:
        known = _known(session, p.country, p.valid_from)
        if known is not None and known == p.rate:
            continue
        seen = session.exec(select(RateProposal).where(col(RateProposal.country) == p.country,
                                                       col(RateProposal.valid_from) == p.valid_from,
                                                       col(RateProposal.rate) == p.rate)).first()
        if seen is not None:
            continue
        row = RateProposal(country=p.country, valid_from=p.valid_from, rate=p.rate, source=p.source[:400])
        session.add(row)
        session.flush()
        audit.record(session, "scheduler", "rates.proposed", "rateproposal", row.id, None, "run",
                     country=p.country, valid_from=p.valid_from, rate=p.rate, publisher=p.source,
                     replaces=known)
        new.append(_row(row.country, row.valid_from, row.rate, row.source, "proposed", known))
    return new


def _row(country: str, valid_from: dt.date, rate: Decimal, source: str, status: str,
         in_force: Decimal | None) -> dict:
    return {"country": country, "valid_from": valid_from, "reference_rate": pct(rate), "source": source,
            "status": status, "in_force": pct(in_force) if in_force is not None else None}


def pending(session: Session) -> list[dict]:
    """Every proposal waiting for a clerk: the fetched ones, and the shipped unconfirmed half-years that have no
    operator rate yet."""
    out = []
    for r in session.exec(select(RateProposal).where(col(RateProposal.status) == "proposed")
                          .order_by(col(RateProposal.country), col(RateProposal.valid_from))):
        out.append(_row(r.country, r.valid_from, r.rate, r.source, "proposed", _known(session, r.country,
                                                                                      r.valid_from)))
    overridden = {(c, f) for c, f in session.execute(sa.select(_ov.country, _ov.valid_from))}
    fetched = {(p["country"], p["valid_from"], Decimal(p["reference_rate"])) for p in out}
    for e in shipped_unconfirmed():
        if (e.country, e.valid_from) not in overridden and (e.country, e.valid_from, e.rate) not in fetched:
            out.append(_row(e.country, e.valid_from, e.rate, f"shipped, unconfirmed: {e.note}", "proposed", None))
    return out


def confirm(session: Session, country: str, valid_from: dt.date, rate: Decimal | None = None,
            actor: str = "system") -> dict:
    """A clerk confirms the proposal for (country, half-year): with `rate`, the proposal with that figure (or, if
    none was proposed, the clerk's own figure from the publisher); without, the only one pending."""
    country = check_country(country)
    options = [p for p in pending(session) if p["country"] == country and p["valid_from"] == valid_from]
    if rate is None:
        if not options:
            raise NotFound(f"no proposed reference rate for {country} from {valid_from}; "
                           f"give --rate (from the publisher) to set it", "valid_from")
        if len(options) > 1:
            figures = ", ".join(p["reference_rate"] for p in options)
            raise ValidationError(f"{len(options)} rates proposed for {country} from {valid_from} ({figures}); "
                                  f"choose one with --rate", "rate")
        rate = Decimal(options[0]["reference_rate"])
    chosen = next((p for p in options if Decimal(p["reference_rate"]) == rate), None)
    source = chosen["source"] if chosen else "the clerk's own figure"
    row = set_rate(session, country, valid_from, rate, actor, note=f"confirmed: {source}"[:400])
    now = utcnow()
    session.execute(sa.update(RateProposal.__table__)
                    .where(_p.country == country, _p.valid_from == valid_from, _p.status == "proposed")
                    .values(status=sa.case((_p.rate == rate, "confirmed"), else_="rejected"),
                            decided_by=actor, decided_at=now))
    audit.record(session, actor, "rates.confirmed", "referencerate", f"{country}:{valid_from}", None, "cli",
                 rate=rate, publisher=source)
    return {"country": country, "valid_from": valid_from, "reference_rate": pct(row.rate), "source": source}


def fetch_and_propose(session: Session, today: dt.date, get: rate_sources.Getter = rate_sources.http_get) -> dict:
    """Ask each publisher for the half-years after the last one known, store what is new for a clerk. One country's
    failure (network, a changed page) is reported and does not stop the other."""
    result: dict = {"proposed": [], "errors": []}
    for country in COUNTRIES:
        history = rate_table(session).history(country)
        since = history[-1].valid_from if history else today - dt.timedelta(days=400)
        try:
            found = rate_sources.fetch(country, since, today, get)
        except Exception as exc:  # the publisher's side: report it, keep the other country
            result["errors"].append({"country": country, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        result["proposed"] += propose(session, found)
    return result

"""What the parser is given besides the message: the registers (registers.registry_dict) and the sender's layout
hints (core.requests.layout_hints), both kept between messages while unchanged. One query per message reads the
fingerprints of both (`register_state`); building the registry dict or reading a sender's hints is done again
only when a fingerprint changed, or after REGISTRY_TTL_SECONDS."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.registers import register as registers
from core.requests import layout_hints

_REGISTRY_CACHE: dict[str, Any] = {}
_HINTS_CACHE: dict[tuple[str, str], tuple[tuple, float, dict[str, str]]] = {}
REGISTRY_TTL_SECONDS = 30.0


def _state_columns() -> tuple[Any, ...]:
    """The fingerprints as scalar subqueries: one SELECT of them (`register_state`), or returned by the statement
    that claims a message (intake.message_store.claim_checked: one round trip less per message). Built as
    expressions, not text: core.platform.audit writes the events waiting in the session before any text statement
    (it cannot tell what text reads), so as text they would cost an audit INSERT per message in a batch's
    transaction."""
    t = {name: sa.table(name, *(sa.column(c) for c in cols)) for name, cols in (
        ("agency", ("id", "name")), ("agencysender", ("id",)), ("customer", ("id", "name")), ("article", ("id",)),
        ("layouthint", ("id", "revoked_at", "created_at")))}

    def one(fn: Any, table: str) -> Any:
        return sa.select(fn).select_from(t[table]).scalar_subquery()

    hint = t["layouthint"].c
    return (
        one(sa.func.count(), "agency"), one(sa.func.max(t["agency"].c.id), "agency"),
        one(sa.func.count(), "agencysender"), one(sa.func.max(t["agencysender"].c.id), "agencysender"),
        one(sa.func.count(), "customer"), one(sa.func.max(t["customer"].c.id), "customer"),
        one(sa.func.count(), "article"), one(sa.func.max(t["article"].c.id), "article"),
        one(sa.func.sum(sa.func.length(t["customer"].c.name)), "customer"),
        one(sa.func.sum(sa.func.length(t["agency"].c.name)), "agency"),
        sa.select(sa.func.count()).select_from(t["layouthint"]).where(hint.revoked_at.is_(None)).scalar_subquery(),
        one(sa.func.max(hint.id), "layouthint"), one(sa.func.max(hint.created_at), "layouthint"),
        one(sa.func.max(hint.revoked_at), "layouthint"))


STATE_COLUMNS = _state_columns()
_STATE = sa.select(*STATE_COLUMNS)


def _cached(cache: dict, key: Any, fp: tuple, build: Callable[[], Any]) -> Any:
    """cache[key] while its fingerprint is unchanged and for at most REGISTRY_TTL_SECONDS, else build() anew."""
    hit = cache.get(key)
    now = time.monotonic()
    if hit and hit[0] == fp and now - hit[1] < REGISTRY_TTL_SECONDS:
        return hit[2]
    value = build()
    cache[key] = (fp, now, value)
    return value


def registry_for_parser(session: Session, state: tuple | None = None) -> dict:
    """registers.registry_dict, reused while the registers are unchanged (row counts and highest ids of agencies,
    senders, customers and articles) and for at most REGISTRY_TTL_SECONDS (edits in place are picked up then;
    core resolves customers and prices against the database again anyway). `state`: `register_state`'s answer,
    when the caller has it."""
    fp = (state or register_state(session))[:10]
    return _cached(_REGISTRY_CACHE, str(session.get_bind().engine.url), fp, lambda: registers.registry_dict(session))


def register_state(session: Session) -> tuple:
    """One query for the fingerprints of the registers and of the layout hints (what the caches key on)."""
    return tuple(session.execute(_STATE).one())


def hints_for_parser(session: Session, sender: str | None, state: tuple | None = None) -> dict[str, str]:
    """layout_hints.active_hints of a sender, reused while no hint was learned or revoked (the count of active
    hints, the highest id, the latest learning and revocation) and for at most REGISTRY_TTL_SECONDS."""
    if not sender:
        return {}
    fp = (state or register_state(session))[10:]
    if len(_HINTS_CACHE) > 5000:  # one entry per sender seen, strangers included: bounded
        _HINTS_CACHE.clear()
    return dict(_cached(_HINTS_CACHE, (str(session.get_bind().engine.url), sender), fp,
                        lambda: layout_hints.active_hints(session, sender)))

"""The invoice summary: counts, totals and open amounts per agency, currency, status, kind, source, delivery
channel and (for open issued invoices) due date, kept by the database itself so that the dashboard and the
invoice list's counts never aggregate a million invoices per request (issue #15).

Why triggers and a delta log (the choice, and the alternatives that were weighed):

* Every write path must keep the figures exact — issuing, payment import (bulk UPDATEs in core.payments),
  manual payments, credit notes, reminder fees, write-offs, disputes, and whatever is added later. A hook in
  Python would have to be called by every one of them and by every bulk statement; a forgotten call is a wrong
  dashboard. Triggers on the `invoice` table see every INSERT, UPDATE and DELETE, from the ORM or from bulk SQL,
  in the same transaction as the write: a rolled-back write leaves no trace, a committed one is counted.
* The triggers only *append* to `invoice_summary_delta` (one row per changed key; on PostgreSQL one grouped
  INSERT per statement through transition tables, on SQLite one row per changed invoice). Nothing is updated in
  place, so concurrent writers never wait for each other on a hot summary row and cannot deadlock on it. A bulk
  UPDATE on SQLite may log set-based instead (`logged_set_based`: the bank-file import).
* `compact()` folds the delta rows into `invoice_summary` (one short transaction; PostgreSQL: REPEATABLE READ
  and an advisory lock so two compactions never fold the same rows twice). Readers read
  `invoice_summary UNION ALL invoice_summary_delta` grouped, which is exact whether or not a compaction ran;
  `maybe_compact()` is called by readers and folds once the log passes `COMPACT_AFTER` rows.
* A set-based refresh keyed by a change counter was the other candidate: it needs a counter that every write
  bumps (the same "every write path" problem) and then re-aggregates all invoices after each write, which is a
  full scan per change at a busy centre.
* Age buckets depend on today's date, so they are not stored: open issued invoices are kept per due date and
  the reader buckets the (few thousand) summary rows. Amounts in different currencies stay apart.

`rebuild()` recomputes the summary from the invoices (a repair tool, and the reference the tests compare with).
Caveat: a future SQLite "batch" migration that recreates the invoice table drops its triggers; the trigger DDL
is re-run by `install()` (idempotent).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Optional

import sqlalchemy as sa
from sqlmodel import Field

from core.billing.models import Invoice
from core.kernel.types import ExactDecimal, Record

log = logging.getLogger(__name__)
KEY = ("agency_id", "currency", "status", "kind", "source", "channel", "numbered", "open_issued", "due_date")
COMPACT_AFTER = 5000  # delta rows before a reader folds them into the summary
_LOCK_KEY = 0x5E5A_1157  # the advisory lock of a compaction (PostgreSQL)


def _amount() -> ExactDecimal:
    return ExactDecimal(20, 2)


class InvoiceSummary(Record, table=True):
    """One key's folded figures (written only by `compact()` / `rebuild()`)."""

    __tablename__ = "invoice_summary"
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(index=True)
    currency: str = Field(max_length=3)
    status: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    source: Optional[str] = Field(default=None, max_length=16)
    channel: str = Field(max_length=16)  # delivery channel, or what it will be: peppol when the buyer has an id
    numbered: bool  # has a number (issued at some point)
    open_issued: bool  # status issued and open amount not zero: counted in ageing and the overdue list
    due_date: Optional[dt.date] = None  # only for open issued invoices
    n: int = 0
    total: Decimal = Field(default=Decimal("0.00"), sa_type=_amount())
    open_amount: Decimal = Field(default=Decimal("0.00"), sa_type=_amount())


class InvoiceSummaryDelta(Record, table=True):
    """A change the triggers on `invoice` appended (signed: -1 and the old amounts for the row's old key)."""

    __tablename__ = "invoice_summary_delta"
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int
    currency: str = Field(max_length=3)
    status: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    source: Optional[str] = Field(default=None, max_length=16)
    channel: str = Field(max_length=16)
    numbered: bool
    open_issued: bool
    due_date: Optional[dt.date] = None
    n: int = 0
    total: Decimal = Field(default=Decimal("0.00"), sa_type=_amount())
    open_amount: Decimal = Field(default=Decimal("0.00"), sa_type=_amount())


_COLS = ", ".join(KEY)


def _key_sql(t: str, dialect: str) -> str:
    """The key of invoice row `t` (NEW/OLD on SQLite, a transition-table alias on PostgreSQL) as SQL."""
    peppol = (f"json_extract({t}.customer_snapshot, '$.\"peppol_id\"')" if dialect == "sqlite"
              else f"({t}.customer_snapshot ->> 'peppol_id')")
    open_issued = f"({t}.status = 'issued' AND {t}.open_amount <> 0)"
    return (f"{t}.agency_id, {t}.currency, {t}.status, {t}.kind, {t}.source, "
            f"COALESCE({t}.delivery_channel, CASE WHEN {peppol} IS NOT NULL THEN 'peppol' ELSE 'print' END), "
            f"({t}.number IS NOT NULL), {open_issued}, CASE WHEN {open_issued} THEN {t}.due_date END")


def _sqlite_ddl() -> list[str]:
    ins = f"INSERT INTO invoice_summary_delta ({_COLS}, n, total, open_amount) VALUES "
    plus = f"({_key_sql('NEW', 'sqlite')}, 1, NEW.total, NEW.open_amount)"
    minus = f"({_key_sql('OLD', 'sqlite')}, -1, -OLD.total, -OLD.open_amount)"
    watched = ("agency_id", "currency", "status", "kind", "source", "delivery_channel", "customer_snapshot",
               "number", "due_date", "total", "open_amount")
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    return [
        f"CREATE TRIGGER IF NOT EXISTS invoice_summary_ins AFTER INSERT ON invoice BEGIN {ins}{plus}; END",
        f"CREATE TRIGGER IF NOT EXISTS invoice_summary_upd AFTER UPDATE ON invoice WHEN {changed} "
        f"BEGIN {ins}{minus}, {plus}; END",
        f"CREATE TRIGGER IF NOT EXISTS invoice_summary_del AFTER DELETE ON invoice BEGIN {ins}{minus}; END",
    ]


def _postgresql_ddl() -> list[str]:
    new = f"SELECT {_key_sql('r', 'postgresql')}, 1 AS n, r.total, r.open_amount FROM new_rows r"
    old = f"SELECT {_key_sql('r', 'postgresql')}, -1 AS n, -r.total, -r.open_amount FROM old_rows r"
    cols = ", ".join(f"k{i}" for i in range(len(KEY)))
    alias = f"x({cols}, n, total, open_amount)"

    def grouped(rows: str) -> str:
        return (f"INSERT INTO invoice_summary_delta ({_COLS}, n, total, open_amount) "
                f"SELECT {cols}, sum(n), sum(total), sum(open_amount) FROM ({rows}) AS {alias} GROUP BY {cols} "
                f"HAVING sum(n) <> 0 OR sum(total) <> 0 OR sum(open_amount) <> 0;")

    fn = ("CREATE OR REPLACE FUNCTION invoice_summary_log() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
          f"IF TG_OP = 'INSERT' THEN {grouped(new)} "
          f"ELSIF TG_OP = 'UPDATE' THEN {grouped(new + ' UNION ALL ' + old)} "
          f"ELSE {grouped(old)} END IF; RETURN NULL; END $fn$")
    out = [fn]
    for name, event, tables in (("ins", "INSERT", "NEW TABLE AS new_rows"),
                                ("upd", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                                ("del", "DELETE", "OLD TABLE AS old_rows")):
        out.append(f"DROP TRIGGER IF EXISTS invoice_summary_{name} ON invoice")
        out.append(f"CREATE TRIGGER invoice_summary_{name} AFTER {event} ON invoice REFERENCING {tables} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION invoice_summary_log()")
    return out


def install(conn: sa.Connection) -> None:
    """Create the triggers (idempotent). Runs when the tables are created, by alembic or by create_all."""
    ddl = _sqlite_ddl() if conn.dialect.name == "sqlite" else _postgresql_ddl()
    for stmt in ddl:
        conn.exec_driver_sql(stmt)


@contextmanager
def logged_set_based(conn: sa.Connection, ids: Sequence[int]) -> Iterator[None]:
    """For a bulk UPDATE of these invoices (and no others; no insert or delete) in the caller's transaction: on
    SQLite the row trigger costs two delta rows and two JSON reads per changed invoice, 4–5 s of a bank file that
    pays 100,000 (bench/payments.py). Here the old figures of these invoices are logged negated in one grouped
    statement, the UPDATE trigger is dropped for the block, and after it the new figures are logged and the trigger
    is back — the same sums the trigger would have logged. SQLite's DDL is part of the transaction and the writer
    holds the database's only write lock: no other connection ever sees the table without its trigger, and a
    rollback restores both. PostgreSQL's trigger already logs one grouped INSERT per statement: nothing to do."""
    if conn.dialect.name != "sqlite" or not ids:
        yield
        return
    wanted = json.dumps(sorted(ids))
    conn.exec_driver_sql(_grouped_delta(-1), (wanted,))
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS invoice_summary_upd")
    try:
        yield
    finally:
        conn.exec_driver_sql(_sqlite_ddl()[1])
    conn.exec_driver_sql(_grouped_delta(1), (wanted,))


def _grouped_delta(sign: int) -> str:
    """SQLite: log the figures of the invoices whose ids the JSON list parameter names, times `sign`, per key."""
    return (f"INSERT INTO invoice_summary_delta ({_COLS}, n, total, open_amount) "
            f"SELECT {_key_sql('i', 'sqlite')}, {sign} * count(*), {sign} * sum(i.total), {sign} * sum(i.open_amount) "
            f"FROM invoice i WHERE i.id IN (SELECT value FROM json_each(?)) "
            f"GROUP BY {', '.join(str(k + 1) for k in range(len(KEY)))}")


@sa.event.listens_for(sa.Table, "after_create")
def _after_create(table: sa.Table, conn: sa.Connection, **_kw: Any) -> None:
    """Install the triggers once both the invoice table and the delta log exist (either may come second)."""
    if table.name in ("invoice", "invoice_summary_delta"):
        insp = sa.inspect(conn)
        if insp.has_table("invoice") and insp.has_table("invoice_summary_delta"):
            install(conn)


# -- reading ----------------------------------------------------------------------------------------------------

_s, _d = InvoiceSummary.__table__.c, InvoiceSummaryDelta.__table__.c


def ledger(agency_ids: Any) -> sa.Subquery:
    """Summary and not yet folded deltas of the given agencies, as one row set (sum `n`, `total`,
    `open_amount` grouped by any key column to read a figure)."""
    ids = list(agency_ids)
    parts = [sa.select(*(t[c] for c in KEY), t.n, t.total, t.open_amount).where(t.agency_id.in_(ids))
             for t in (_s, _d)]
    return sa.union_all(*parts).subquery("ledger")


_compacting = threading.Lock()


def compact(engine: sa.Engine) -> int:
    """Fold the delta log into the summary; returns the delta rows folded (0 when another compaction runs)."""
    if not _compacting.acquire(blocking=False):
        return 0
    try:
        opts = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
        with engine.connect().execution_options(**opts) as conn, conn.begin():
            if engine.dialect.name == "postgresql":
                if not conn.execute(sa.select(sa.func.pg_try_advisory_xact_lock(_LOCK_KEY))).scalar():
                    return 0
            else:  # take SQLite's write lock first (the reads below then see what this transaction replaces);
                # wait briefly for it: a reader must not stand behind a long import, the log is exact meanwhile
                waited = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                conn.exec_driver_sql("PRAGMA busy_timeout = 200")
                try:
                    conn.execute(sa.update(InvoiceSummary.__table__).where(sa.false()).values(n=0))
                finally:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(waited or 0)}")
            top = conn.execute(sa.select(sa.func.max(_d.id), sa.func.count())).one()
            if top[0] is None:
                return 0
            rows = [dict(r._mapping) for r in conn.execute(_merged_upto(top[0]))]
            conn.execute(sa.delete(InvoiceSummary.__table__))
            if rows:
                conn.execute(sa.insert(InvoiceSummary.__table__), rows)
            conn.execute(sa.delete(InvoiceSummaryDelta.__table__).where(_d.id <= top[0]))
            return int(top[1])
    finally:
        _compacting.release()


def _merged_upto(last_id: int) -> sa.Select[Any]:
    """Summary plus the delta rows up to `last_id`, grouped by key (what a compaction writes back)."""
    both = sa.union_all(sa.select(*(_s[c] for c in KEY), _s.n, _s.total, _s.open_amount),
                        sa.select(*(_d[c] for c in KEY), _d.n, _d.total, _d.open_amount)
                        .where(_d.id <= last_id)).subquery()
    keys = [both.c[c] for c in KEY]
    n, total, open_ = sa.func.sum(both.c.n), sa.func.sum(both.c.total), sa.func.sum(both.c.open_amount)
    return (sa.select(*keys, n.label("n"), total.label("total"), open_.label("open_amount")).group_by(*keys)
            .having(sa.or_(n != 0, total != 0, open_ != 0)))


_LOG_SPAN = sa.select(sa.func.min(_d.id), sa.func.max(_d.id))  # built once: read by every list page and dashboard


def maybe_compact(conn: sa.Connection | Any) -> None:
    """Fold the log when it has grown past COMPACT_AFTER rows (cheap to check: two index look-ups)."""
    lo_hi = conn.execute(_LOG_SPAN).one()
    if lo_hi[0] is not None and lo_hi[1] - lo_hi[0] >= COMPACT_AFTER:
        bind = conn.get_bind() if hasattr(conn, "get_bind") else conn.engine
        try:
            compact(bind)
        except sa.exc.DBAPIError as exc:  # a concurrent compaction won (serialization failure, busy): the
            log.info("invoice summary not folded this time: %s", exc.orig)  # figures stay exact either way


def recomputed(conn: sa.Connection | Any) -> dict[tuple, tuple[int, Decimal, Decimal]]:
    """The figures recomputed from every invoice (the reference the summary must equal; slow at scale)."""
    inv = Invoice.__table__.c
    open_issued = sa.and_(inv.status == "issued", inv.open_amount != 0)
    peppol = Invoice.__table__.c.customer_snapshot["peppol_id"].as_string()
    channel = sa.func.coalesce(inv.delivery_channel, sa.case((peppol.is_not(None), "peppol"), else_="print"))
    cols = [inv.agency_id, inv.currency, inv.status, inv.kind, inv.source, channel.label("channel"),
            inv.number.is_not(None).label("numbered"), open_issued.label("open_issued"),
            sa.case((open_issued, inv.due_date)).label("due_date")]
    sub = sa.select(*cols, inv.total, inv.open_amount).subquery()
    keys = [sub.c[c] for c in KEY]
    q = sa.select(*keys, sa.func.count(), sa.func.sum(sub.c.total), sa.func.sum(sub.c.open_amount)).group_by(*keys)
    return {_norm(tuple(r[:len(KEY)])): (int(r[-3]), Decimal(r[-2]), Decimal(r[-1])) for r in conn.execute(q)}


def stored(conn: sa.Connection | Any) -> dict[tuple, tuple[int, Decimal, Decimal]]:
    """The figures as the summary (with its delta log) holds them, non-zero keys only."""
    led = sa.union_all(sa.select(*(_s[c] for c in KEY), _s.n, _s.total, _s.open_amount),
                       sa.select(*(_d[c] for c in KEY), _d.n, _d.total, _d.open_amount)).subquery()
    keys = [led.c[c] for c in KEY]
    q = sa.select(*keys, sa.func.sum(led.c.n), sa.func.sum(led.c.total), sa.func.sum(led.c.open_amount)) \
        .group_by(*keys)
    out = {}
    for r in conn.execute(q):
        if r[-3] or r[-2] or r[-1]:
            out[_norm(tuple(r[:len(KEY)]))] = (int(r[-3]), Decimal(r[-2]), Decimal(r[-1]))
    return out


def _norm(key: tuple) -> tuple:
    """Booleans as bools and dates as dates, whatever the driver returned."""
    k = list(key)
    k[6], k[7] = bool(k[6]), bool(k[7])
    if isinstance(k[8], str):
        k[8] = dt.date.fromisoformat(k[8])
    return tuple(k)


def rebuild(engine: sa.Engine) -> None:
    """Recompute the summary from the invoices and empty the log (repair; the triggers keep it from then on)."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_LOCK_KEY)))
            conn.execute(sa.text("LOCK TABLE invoice IN SHARE MODE"))
        conn.execute(sa.delete(InvoiceSummaryDelta.__table__))
        conn.execute(sa.delete(InvoiceSummary.__table__))
        rows = [dict(zip((*KEY, "n", "total", "open_amount"), (*k, *v), strict=True))
                for k, v in recomputed(conn).items()]
        if rows:
            conn.execute(sa.insert(InvoiceSummary.__table__), rows)

"""Set-based reads and writes for runs and imports that touch thousands of rows, on both databases.

Callers state WHAT they read or write (a table, its columns, rows); this module says HOW per database:
* `bulk_insert` / `insert_rows`: with the model's field defaults filled in as the ORM would, so bulk and single
  paths store the same rows; values through their column types, then COPY on PostgreSQL, the driver's
  executemany on SQLite (ids reserved first where the caller needs them).
* `copy_insert`, `bulk_update_from`, `reserve_ids`, `existing_values`: the fast paths on the driver's own cursor
  (no per-row ORM or TypeDecorator work): COPY and UPDATE … FROM a temporary table on PostgreSQL, the driver's
  executemany on SQLite; a list of values is one parameter (an array on PostgreSQL, a `json_each` list on
  SQLite). Values go in the driver's form: `driver_cents`, `driver_date`, `driver_timestamp`, JSON as text.
* `RawSql` + `fetch_raw`: the pieces of a hand-written read query that differ per database.
Everything runs on the session's connection, inside its transaction.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.kernel.types import Record
from core.platform.db import is_postgres

DriverValue = int | str | Decimal | dt.date | dt.datetime | bool | None


def bulk_insert(session: Session, model: type[Record], rows: list[dict[str, Any]],
                returning: bool = False) -> list[int]:
    """Insert rows of a SQLModel table; with returning, the new ids in row order. The ids are reserved first
    (`reserve_ids`) and the rows inserted in one go by `insert_rows` (COPY on PostgreSQL, one driver executemany on
    SQLite): no statement per row, which RETURNING in parameter order would cost on SQLite."""
    if not rows:
        return []
    table = model.__table__
    defaults = {name: f.get_default(call_default_factory=True) for name, f in model.model_fields.items()
                if name != "id"}
    full = [{**defaults, **row} for row in rows]
    for row in full:
        row.pop("id", None)
    ids = reserve_ids(session, table, len(full)) if returning else []
    for row, new_id in zip(full, ids):
        row["id"] = new_id
    insert_rows(session, table, full)
    return ids


def insert_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows given as Python values (every row with the keys of the first), each value through its column
    type's bind processing first (Money, JSON, dates and UTC timestamps) so the rows are stored exactly as an ORM or
    Core insert stores them; then COPY on PostgreSQL, the driver's executemany on SQLite (`copy_insert`). Like every
    fast path here it does not flush the session: ORM changes it depends on must be flushed first."""
    if not rows:
        return
    names = list(rows[0])
    dialect = session.get_bind().dialect
    procs = [_remembering(table.c[n].type._cached_bind_processor(dialect)) for n in names]
    convert = [(k, p) for k, p in enumerate(procs) if p is not None]
    values = itemgetter(*names) if len(names) > 1 else (lambda row: tuple(row[n] for n in names))

    def driver_row(row: Mapping[str, Any]) -> list[Any]:
        out = list(values(row))  # every column's value in one C call; only the typed ones converted below
        for k, p in convert:
            out[k] = p(out[k])
        return out

    copy_insert(session, table, names, (driver_row(r) for r in rows))


def _remembering(proc: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """A column's bind processor that converts each distinct value once: the rows of a run repeat their amounts,
    dates and timestamps (100,000 reminders carry one or two fees). Unhashable values (JSON) are converted each
    time."""
    if proc is None:
        return None
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (value.__class__, value)  # 1, 1.0 and Decimal(1) are equal, but a float is refused by Money
        try:
            return seen[key]
        except KeyError:
            out = seen[key] = proc(value)
            return out
        except TypeError:
            return proc(value)
    return convert


# ---- the session's database ------------------------------------------------------------------------------------


def _cursor(session: Session) -> Any:
    """A cursor of the driver connection under the session's transaction (psycopg or sqlite3: untyped)."""
    driver = session.connection().connection.driver_connection
    if driver is None:
        raise RuntimeError("the session's database connection is closed")
    return driver.cursor()


# ---- values in the driver's form ---------------------------------------------------------------------------------


def _cents_text(c: int) -> str:
    q, r = divmod(abs(c), 100)
    return f"{'-' if c < 0 else ''}{q}.{r:02d}"


def driver_cents(session: Session) -> Callable[[int], int | str]:
    """How a Money value given as integer cents is handed to the driver: the scaled integer itself on SQLite
    (core.kernel.types stores öre), an exact decimal string on PostgreSQL (NUMERIC)."""
    if is_postgres(session):
        return _cents_text
    return int


def _iso_date(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _same_date(d: dt.date | None) -> dt.date | None:
    return d


def driver_date(session: Session) -> Callable[[dt.date | None], dt.date | str | None]:
    """Converter of a date to the driver's form (SQLite: ISO text as SQLAlchemy stores it)."""
    if is_postgres(session):
        return _same_date
    return _iso_date


def driver_timestamp(session: Session, value: dt.datetime) -> dt.datetime | str:
    """A DateTime value as the driver gets it (SQLite: SQLAlchemy's text form; PostgreSQL: the datetime)."""
    if is_postgres(session):
        return value
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


# ---- writes ------------------------------------------------------------------------------------------------------


def _columns(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def reserve_ids(session: Session, table: sa.Table, count: int) -> list[int]:
    """`count` primary keys for rows this transaction is about to insert. PostgreSQL: taken from the table's
    sequence in one query (the sequence named once: `pg_get_serial_sequence` per row costs more than `nextval`).
    SQLite: the ones after the current maximum, read after taking the database's write lock (a write that changes
    nothing), so no other writer can insert meanwhile."""
    if count <= 0:
        return []
    cur = _cursor(session)
    try:
        if is_postgres(session):
            cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (table.name,))
            seq = cur.fetchone()[0]
            cur.execute("SELECT nextval(%s::regclass) FROM generate_series(1, %s)", (seq, count))
            return [int(r[0]) for r in cur.fetchall()]
        cur.execute(f'UPDATE "{table.name}" SET id = id WHERE 0')  # begins the write transaction (its lock)
        cur.execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"')
        top = int(cur.fetchone()[0])
        return list(range(top + 1, top + 1 + count))
    finally:
        cur.close()


def copy_insert(session: Session, table: sa.Table, columns: Sequence[str],
                rows: Iterable[Sequence[DriverValue]]) -> None:
    """Insert rows (in `columns` order, values in the driver's form): COPY on PostgreSQL, the driver's executemany
    on SQLite."""
    cols = _columns(columns)
    cur = _cursor(session)
    try:
        if is_postgres(session):
            with cur.copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as cp:
                for r in rows:
                    cp.write_row(r)
            return
        marks = ", ".join("?" * len(columns))
        cur.executemany(f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks})', rows)
    finally:
        cur.close()


def bulk_update_from(session: Session, table: sa.Table, key: str, columns: Sequence[str],
                     rows: Sequence[Sequence[DriverValue]], keep_when_null: Collection[str] = ()) -> None:
    """Set `columns` of the rows whose `key` is given: each row is (*values in `columns` order, key), driver form.
    A column in `keep_when_null` keeps its stored value where the new one is NULL.
    PostgreSQL: COPY the new values into a temporary table beside, then one UPDATE … FROM; SQLite: one
    executemany (its per-statement cost is small; the B-tree work is the same either way)."""
    if not rows:
        return

    def value(c: str, new: str, old: str) -> str:
        return f"COALESCE({new}, {old})" if c in keep_when_null else new

    cur = _cursor(session)
    try:
        if is_postgres(session):
            temp = f"bulk_{table.name}"
            cur.execute(f'CREATE TEMP TABLE {temp} ON COMMIT DROP AS SELECT {_columns([*columns, key])} '
                        f'FROM "{table.name}" WITH NO DATA')
            with cur.copy(f"COPY {temp} FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            cur.execute(f"ANALYZE {temp}")  # without statistics the planner guesses its size (and the join)
            sets = ", ".join(f'"{c}" = {value(c, f"p.{c}", f"t.{c}")}' for c in columns)
            cur.execute(f'UPDATE "{table.name}" t SET {sets} FROM {temp} p WHERE t."{key}" = p."{key}"')
            cur.execute(f"DROP TABLE {temp}")
            return
        sets = ", ".join(f'"{c}" = {value(c, "?", f"{c}")}' for c in columns)
        cur.executemany(f'UPDATE "{table.name}" SET {sets} WHERE "{key}" = ?', rows)
    finally:
        cur.close()


# ---- reads -------------------------------------------------------------------------------------------------------


def existing_values(session: Session, table: sa.Table, column: str, values: Sequence[str]) -> set[str]:
    """Which of these values `column` already holds (one query: an array on PostgreSQL, json_each on SQLite)."""
    if not values:
        return set()
    cur = _cursor(session)
    try:
        if is_postgres(session):
            cur.execute(f'SELECT "{column}" FROM "{table.name}" WHERE "{column}" = ANY(%s)', (list(values),))
        else:
            cur.execute(f'SELECT "{column}" FROM "{table.name}" WHERE "{column}" IN (SELECT value FROM json_each(?))',
                        (json.dumps(list(values)),))
        return {str(r[0]) for r in cur.fetchall()}
    finally:
        cur.close()


@dataclass(frozen=True)
class RawSql:
    """The parts of a hand-written read query (run by `fetch_raw`, named parameters) that differ per database."""

    postgresql: bool

    def param(self, name: str) -> str:
        """The placeholder of the named parameter `name`."""
        return f"%({name})s" if self.postgresql else f":{name}"

    def cents(self, expr: str) -> str:
        """A Money column read as integer cents (SQLite stores it so already)."""
        return f"CAST({expr} * 100 AS BIGINT)" if self.postgresql else expr

    def money(self, cents: int) -> int | Decimal:
        """A Money parameter given as integer cents, in the column's stored form."""
        return Decimal(cents).scaleb(-2) if self.postgresql else cents

    def unindexed(self, expr: str) -> str:
        """`expr` such that SQLite's planner uses no index for it (unary +: with a value list it would otherwise
        scan a status index per value); PostgreSQL's planner needs no hint."""
        return expr if self.postgresql else f"+{expr}"

    def one_of(self, expr: str, name: str, sql_type: str | None = None) -> tuple[str, str]:
        """(source to put before the query's first table, condition) for `expr` being one of the list parameter
        `name` (give its value with `values`): PostgreSQL `= ANY(array)`; SQLite a json_each list cross-joined
        first, so that it drives index lookups of `expr`."""
        if self.postgresql:
            cast = f"::{sql_type}[]" if sql_type else ""
            return "", f"{expr} = ANY({self.param(name)}{cast})"
        return f"json_each({self.param(name)}) {name}_list CROSS JOIN ", f"{expr} = {name}_list.value"

    def values(self, values: Sequence[DriverValue]) -> list[DriverValue] | str:
        """The value of a list parameter of `one_of`."""
        return list(values) if self.postgresql else json.dumps(list(values), default=str)


def raw_sql(session: Session) -> RawSql:
    return RawSql(is_postgres(session))


def fetch_raw(session: Session, sql: str, params: Mapping[str, object]) -> list[tuple[Any, ...]]:
    """Rows of a hand-written query (written with `RawSql`) straight from the driver cursor: no ORM, no per-row
    type processing."""
    cur = _cursor(session)
    try:
        cur.execute(sql, dict(params))
        rows: list[tuple[Any, ...]] = cur.fetchall()
        return rows
    finally:
        cur.close()


def chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    """`values` in slices of at most `size`: a list of ids for `IN (...)` stays under every database's limit on
    bound parameters (SQLite's is 32,766; an agency has millions of invoices)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]

"""Indexed text search over customer names (issue #15: "indexed text search — PostgreSQL trigram or full-text;
SQLite FTS5"), for the invoice list's search box once no exact identifier matched (core.views.invoice_list).

A clerk types part of a name ("kund 12", "vesi", "Andersson") — any part, not just the beginning — and the
database finds it through an index, on both databases with the same meaning: the text occurs in the name, case
ignored.

* SQLite: an FTS5 table with the trigram tokenizer over `customer.name` (external content: the names are stored
  once, in `customer`); a phrase query finds every name holding the text as a substring through the index.
* PostgreSQL: a GIN trigram index (pg_trgm) on `customer.name`; `name ILIKE '%text%'` reads it.
* Texts shorter than three characters ("Oy", "AB", "17") have no trigram of their own: they match the beginning of
  any word of the name ("Kustannus Oy Lehtipuu", "Oy Example Ab", "Lehtipuu-Oy"; a word begins the name or follows
  a space or a hyphen), not "Royal" or "Toyota". SQLite: the trigrams " oy" and "-oy" in the FTS table and the
  beginning of the name on the name index (one range per way of writing the text's case); PostgreSQL: ILIKE
  'Oy%' OR '% Oy%' OR '%-Oy%', which pg_trgm reads as a word's first trigrams ("  o", " oy"). A single character
  on SQLite has no trigram even with the space: a scan in id order, stopped at the limit.
* A text of several words that no name holds as typed finds the names holding every word, in any order: the
  words of three letters or more through the index, the shorter ones ("AB", "Oy", "17") checked on those names.

The index is kept by the database itself, in the writing transaction: SQLite triggers on `customer` (insert,
delete, name change) feed the FTS table; PostgreSQL maintains its index. Installed like the invoice summary's
triggers (core.billing.summary): when the `customer` table is created, by alembic or create_all — so the single
baseline migration carries it without a line of its own; `install()` is idempotent and also fills the index
of a database that holds customers from before. Agency isolation is the caller's: this returns customer ids, and
the caller keeps only invoices of the user's agencies.
"""
from __future__ import annotations

import itertools
import re
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.registers.models import Customer

# objects made here by DDL, outside the models' metadata (the schema comparison leaves them alone)
FTS_TABLE = "customer_fts"
TRGM_INDEX = "ix_customer_name_trgm"
MIN_TRIGRAM = 3

_cust = Customer.__table__.c


def _sqlite_ddl() -> list[str]:
    add = f"INSERT INTO {FTS_TABLE}(rowid, name) VALUES (NEW.id, NEW.name)"
    drop = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name) VALUES ('delete', OLD.id, OLD.name)"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(name, content='customer', content_rowid='id', "
        "tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS customer_fts_ins AFTER INSERT ON customer BEGIN {add}; END",
        f"CREATE TRIGGER IF NOT EXISTS customer_fts_del AFTER DELETE ON customer BEGIN {drop}; END",
        f"CREATE TRIGGER IF NOT EXISTS customer_fts_upd AFTER UPDATE OF name ON customer BEGIN {drop}; {add}; END",
    ]


def _postgresql_ddl() -> list[str]:
    return ["CREATE EXTENSION IF NOT EXISTS pg_trgm",
            f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON customer USING gin (name gin_trgm_ops)"]


def install(conn: sa.Connection) -> None:
    """Create the index (idempotent); on SQLite a new FTS table over existing customers is filled once."""
    if conn.dialect.name == "sqlite":
        fresh = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)).first() is None
        for stmt in _sqlite_ddl():
            conn.exec_driver_sql(stmt)
        if fresh:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        for stmt in _postgresql_ddl():
            conn.exec_driver_sql(stmt)


@sa.event.listens_for(sa.Table, "after_create")
def _after_create(table: sa.Table, conn: sa.Connection, **_kw: Any) -> None:
    if table.name == "customer":
        install(conn)


def is_search_object(name: str | None) -> bool:
    """Tables and indexes of this module (FTS5 makes shadow tables customer_fts_data, _idx, _docsize, _config)."""
    return bool(name) and (name == TRGM_INDEX or str(name).startswith(FTS_TABLE))


def _like_escaped(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def _pg_like(pattern: str) -> sa.ColumnElement[bool]:
    """`name ILIKE pattern` with the pattern written into the statement, not bound. psycopg prepares a statement
    run five times, and PostgreSQL then keeps a generic plan made without the pattern: after a few searches that
    many names match, it walked every customer in id order for a rare text (126 ms at 50,000 customers instead of
    0.1 ms through the trigram index)."""
    value = sa.bindparam(None, pattern, type_=sa.String(), literal_execute=True)
    return _cust.name.ilike(value, escape="\\")


def customer_ids(session: Session, text: str, limit: int = 500) -> list[int]:
    """Ids of customers whose name contains the text (case ignored), through the index; at most `limit`, the
    lowest ids first (the same customers on every page of a list, however many hold the text). When the
    text as typed is in no name, the customers whose name holds each of its words, in any order and anywhere
    ("Webbkund AB" for "Webbkund 17 AB", "AB Webbkund 17"): a clerk types the words they remember."""
    text = " ".join(text.split())  # a double space or a tab typed is one space, as in the names
    if not text:
        return []
    found = _holding(session, text, limit)
    words = text.split(" ")
    if found or len(words) == 1 or max(len(w) for w in words) < MIN_TRIGRAM:
        return found
    return _holding_words(session, words, limit)


def _holding(session: Session, text: str, limit: int) -> list[int]:
    """Customers whose name holds the text: through the trigram index, or (a text too short for a trigram) by the
    beginning of a word of the name."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if len(text) < MIN_TRIGRAM:
        return _word_start(session, text, limit)
    if sqlite:
        q = sa.text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q ORDER BY rowid LIMIT :n")
        return [int(r) for r in session.execute(q, {"q": _phrase(text), "n": limit}).scalars()]
    pattern = "%" + _like_escaped(text) + "%"
    return list(session.execute(sa.select(_cust.id).where(_pg_like(pattern)).order_by(_cust.id).limit(limit))
                .scalars())


WORD_SEPARATORS = (" ", "-")  # what a word inside a name follows: "Kustannus Oy Lehtipuu", "Lehtipuu-Oy"


def _word_start(session: Session, text: str, limit: int) -> list[int]:
    """Customers with a word of the name beginning with the text (one or two characters, case ignored), the lowest
    ids first. A clerk typing "Oy" means every "... Oy ..." customer, not only the names that begin with it."""
    escaped = _like_escaped(text)
    patterns = [escaped + "%", *("%" + sep + escaped + "%" for sep in WORD_SEPARATORS)]
    if session.get_bind().dialect.name != "sqlite":  # pg_trgm reads each pattern's word-start trigrams
        match = sa.or_(*(_pg_like(p) for p in patterns))
        return list(session.execute(sa.select(_cust.id).where(match).order_by(_cust.id).limit(limit)).scalars())
    if len(text) < MIN_TRIGRAM - 1:  # " a" is still no trigram: the names in id order until `limit` hold it
        match = sa.or_(*(_cust.name.like(p, escape="\\") for p in patterns))
        return list(session.execute(sa.select(_cust.id).where(match).order_by(_cust.id).limit(limit)).scalars())
    inside: sa.Select[Any] = sa.select(sa.literal_column("rowid").label("id")).select_from(sa.table(FTS_TABLE)).where(
        sa.text(f"{FTS_TABLE} MATCH :q")).order_by(sa.literal_column("rowid")).limit(limit)
    # `id + 0`: ordered by the id itself, SQLite would walk every customer in id order instead of the name ranges
    first = sa.select(_cust.id).where(sa.or_(*(sa.and_(_cust.name >= v, _cust.name < _next(v))
                                               for v in _case_variants(text)))).order_by(_cust.id + 0).limit(limit)
    both = sa.union(inside.subquery().select(), first.subquery().select()).subquery()
    q = sa.select(both.c.id).order_by(both.c.id).limit(limit)
    fts = " OR ".join(_phrase(sep + text) for sep in WORD_SEPARATORS)
    return [int(r) for r in session.execute(q, {"q": fts}).scalars()]


def _case_variants(text: str) -> set[str]:
    """Every way of writing the text's case ("oy", "Oy", "oY", "OY"): SQLite's name index is case-sensitive."""
    return {"".join(chars) for chars in itertools.product(*({c.lower(), c.upper()} for c in text))}


def _next(prefix: str) -> str:
    """The first string after every string beginning with the prefix (in code-point order, SQLite's BINARY)."""
    return prefix[:-1] + chr(min(ord(prefix[-1]) + 1, 0x10FFFF))


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _holding_words(session: Session, words: list[str], limit: int) -> list[int]:
    """Customers whose name holds every word (case ignored). The words of three letters or more are looked up in
    the trigram index; shorter ones ("AB", "Oy", "17", "a"), which have no trigram, are checked on those names."""
    long, short = [w for w in words if len(w) >= MIN_TRIGRAM], [w for w in words if len(w) < MIN_TRIGRAM]
    if session.get_bind().dialect.name != "sqlite":  # pg_trgm takes the trigrams of every pattern that has them
        likes = [_pg_like("%" + _like_escaped(w) + "%") for w in words]
        return list(session.execute(sa.select(_cust.id).where(*likes).order_by(_cust.id).limit(limit)).scalars())
    likes = [_cust.name.like("%" + _like_escaped(w) + "%", escape="\\") for w in short]
    fts = sa.table(FTS_TABLE, sa.column("rowid"))
    q = (sa.select(_cust.id).select_from(fts.join(Customer.__table__, _cust.id == fts.c.rowid))
         .where(sa.text(f"{FTS_TABLE} MATCH :q"), *likes).order_by(_cust.id).limit(limit))
    return list(session.execute(q, {"q": " AND ".join(_phrase(w) for w in long)}).scalars())

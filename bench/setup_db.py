"""What every benchmark does first: a temporary var/ folder, the database (SQLite in that folder, or the named
PostgreSQL database, whose schema is dropped and recreated), migrated, with the demo registers loaded."""
from __future__ import annotations

import os
import tempfile
from typing import Any


def environment(prefix: str, pg_url: str | None) -> str:
    """Point Reskontra at a fresh var/ folder and the database; returns the folder. Call before importing core."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    os.environ["RESKONTRA_VAR"] = tmp
    os.environ["RESKONTRA_OUTBOX"] = f"{tmp}/outbox"
    os.environ["DATABASE_URL"] = pg_url or f"sqlite:///{tmp}/bench.db"
    return tmp


def empty_database() -> Any:
    """The engine of an empty, migrated database."""
    import sqlalchemy as sa

    from core.platform import db, migrate

    eng = db.get_engine()
    if eng.dialect.name == "postgresql":
        _create_if_missing(eng)
        with eng.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade()
    return eng


def _create_if_missing(eng: Any) -> None:
    """A bench names its own PostgreSQL database (reskontra_reports, …): created on the server's `postgres`
    database when it is not there yet, so a fresh machine runs the bench without a manual `createdb`."""
    import sqlalchemy as sa

    name = eng.url.database
    admin = sa.create_engine(eng.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if not conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first():
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()


def demo_database() -> Any:
    """The engine of an empty, migrated database holding the demo registers."""
    from core.demo import DEMO
    from core.platform import db
    from core.registers import register as registers

    eng = empty_database()
    with db.session_scope() as s:
        registers.load_registry(s, DEMO, actor="bench")
    return eng

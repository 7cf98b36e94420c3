"""Shared fixtures: a real database (SQLite file by default, PostgreSQL when DATABASE_URL is set), migrated
with alembic once per run and emptied before every test; and the shared corpus directory."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_tmp_var = tempfile.mkdtemp(prefix="reskontra-test-var-")
os.environ.setdefault("RESKONTRA_VAR", _tmp_var)
os.environ.setdefault("RESKONTRA_RATE_FETCH", "off")  # the scheduler's rate fetcher: tests never use the network
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{_tmp_var}/test.db"


@pytest.fixture(scope="session")
def engine():
    from core.platform import db, migrate

    url = os.environ["DATABASE_URL"]
    eng = db.get_engine()
    if eng.dialect.name == "postgresql":
        with eng.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    migrate.upgrade(url)
    return eng


def _truncate(eng) -> None:
    from core import schema

    tables = [t.name for t in reversed(schema.metadata().sorted_tables)]
    with eng.begin() as conn:
        if eng.dialect.name == "postgresql":
            conn.execute(sa.text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
        else:
            for t in tables:
                conn.execute(sa.text(f'DELETE FROM "{t}"'))
            conn.execute(sa.text("DELETE FROM sqlite_sequence")) if _has_seq(conn) else None


def _has_seq(conn) -> bool:
    return bool(conn.execute(sa.text("SELECT name FROM sqlite_master WHERE name='sqlite_sequence'")).first())


@pytest.fixture()
def clean_db(engine):
    """An empty, migrated database."""
    _truncate(engine)
    return engine


@pytest.fixture()
def session(clean_db):
    from sqlmodel import Session

    with Session(clean_db, expire_on_commit=False) as s:
        yield s
        s.rollback()


@pytest.fixture()
def demo(session):
    """The demo registers (no invoices), committed."""
    from core.demo import DEMO
    from core.registers import register as registers

    registers.load_registry(session, DEMO, actor="test")
    session.commit()
    return session


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED} (only present in the team checkout and CI)")
    return SHARED


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `reskontra ARGV` in-process; returns (exit code, stdout, stderr)."""
    from app import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- the e-mail intake (tests/support/mail.py has the message helpers) ------------------------------------------

@pytest.fixture()
def registry(clean_db):
    """The intake tests' registry (agencies, senders, customers, articles), loaded into a clean database."""
    import json

    from core.platform.db import session_scope
    from core.registers import register as registers
    from tests.support.mail import FIXTURES

    data = json.loads((FIXTURES / "registry.json").read_text(encoding="utf-8"))
    with session_scope() as s:
        registers.load_registry(s, data, actor="test")
    return data


@pytest.fixture()
def box(tmp_path, registry):
    """A Maildir drop folder and .eml outbox for the intake loop, over the intake registry."""
    from intake.mailbox_config import MailboxConfig, OutgoingConfig

    return MailboxConfig(name="test", type="maildir", path=str(tmp_path / "maildrop"),
                         outgoing=OutgoingConfig(type="maildir", path=str(tmp_path / "outbox")))


def pytest_configure(config):
    config.addinivalue_line("markers", "rejected_ubl: the test produces a UBL document the Peppol rules must reject")


@pytest.fixture(autouse=True)
def official_peppol_rules(monkeypatch, request):
    """Every UBL document a test produces (core.billing.delivery.ubl.invoice_ubl) is run through the official Peppol
    BIS 3.0.19 rules (tests/support/official_peppol.py) after the test: a fatal finding fails the test. Without
    ../shared (or saxonche) the check is skipped with the reason printed once."""
    from tests.support import official_peppol

    why = official_peppol.available()
    if request.node.get_closest_marker("rejected_ubl"):
        yield
        return
    if why:
        if not getattr(official_peppol_rules, "told", False):
            print(f"\nofficial Peppol check skipped: {why}")
            official_peppol_rules.told = True
        yield
        return
    from core.billing.delivery import ubl

    produced: list[bytes] = []
    real = ubl.invoice_ubl

    def produce(session, inv):
        xml = real(session, inv)
        produced.append(xml)
        return xml

    monkeypatch.setattr(ubl, "invoice_ubl", produce)
    yield
    for xml in produced:
        fatal = [str(f) for f in official_peppol.rules().findings(xml) if f.flag == "fatal"]
        assert not fatal, f"a UBL document this test produced fails the official Peppol rules: {fatal}"

"""The CLI helpers (cli/util.py) and the rule that building the parser stays cheap."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlmodel import Session, select

import app
from cli.util import NOTHING_WRITTEN, CommandError, command_session, domain_errors, emit
from core.kernel.errors import ValidationError
from core.registers.models import Agency
from tests.conftest import ROOT, run_cli

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "flask", "werkzeug", "weasyprint", "lxml", "openpyxl", "pdfplumber",
         "holidays", "stdnum", "babel", "jinja2", "apscheduler", "imapclient", "bs4", "psycopg")


def test_building_the_parser_imports_nothing_heavy():
    """`reskontra --help` and every command build all parsers: `register` must not import the domain (only the
    import-free lists of core.kernel.vocabulary)."""
    probe = ("import json, sys, app; app.build_parser(); roots = ('core', 'intake', 'web', *sys.argv[1:]); "
             "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in roots)))")
    out = subprocess.run([sys.executable, "-c", probe, *HEAVY], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    light = ("core", "intake", "web", "core.kernel", "core.kernel.vocabulary", "core.kernel.jsonenc")
    domain = [m for m in loaded if ".commands" not in m and m not in light]
    assert heavy == [] and domain == [], f"imported while building the parser: {heavy + domain}"


def test_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        app.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in ("db", "registry", "demo", "users", "masterdata", "consumer-einvoice", "invoice", "delivery", "batch",
                 "intake", "payments", "reminders", "interest", "rates", "collection", "ledger", "reconcile",
                 "period", "report", "export", "serve"):
        assert name in out


def test_every_age_bucket_has_a_default_provision_percent():
    """`period policy --bucket` offers core.kernel.vocabulary's buckets; each needs a default percent in valuation."""
    from core.kernel.vocabulary import AGE_BUCKETS
    from core.period import valuation

    assert list(valuation.DEFAULT_PERCENTS) == [name for name, _, _ in AGE_BUCKETS]


def _agency(code: str) -> Agency:
    return Agency(code=code, name=f"Agency {code}", country="SE", org_no="2021005489")


def _codes(engine) -> list[str]:
    with Session(engine) as s:
        return list(s.exec(select(Agency.code)))


def test_command_session_commits_when_the_block_ends(clean_db):
    with command_session() as session:
        session.add(_agency("OK-1"))
    assert _codes(clean_db) == ["OK-1"]


def test_a_domain_error_rolls_back_and_becomes_a_clean_error(clean_db):
    with pytest.raises(CommandError) as exc, command_session(note=NOTHING_WRITTEN) as session:
        session.add(_agency("BAD-1"))
        session.flush()
        raise ValidationError("must be positive", "amount")
    assert exc.value.code == 2
    assert exc.value.message == "amount: must be positive — nothing was written"
    assert _codes(clean_db) == []


def test_command_session_maps_only_the_errors_it_is_told(clean_db):
    with pytest.raises(CommandError, match="not a number"), command_session(ValueError):
        raise ValueError("not a number")
    with pytest.raises(KeyError), command_session():
        raise KeyError("a bug stays a traceback")
    with pytest.raises(CommandError) as exc, command_session() as session:  # a handler's own exit code passes through
        session.add(_agency("NF-1"))
        raise CommandError("no invoice 1", 1)
    assert exc.value.code == 1 and _codes(clean_db) == []


def test_domain_errors_without_a_session():
    with pytest.raises(CommandError, match="^month: not a month$"), domain_errors():
        raise ValidationError("not a month", "month")


def test_main_prints_the_error_and_returns_its_code(clean_db, capsys):
    code, out, err = run_cli(capsys, "invoice", "show", "99999", "--json")
    assert (code, out, err) == (1, "", "error: no invoice 99999\n")
    code, out, err = run_cli(capsys, "invoice", "show", "99999", "--agency", "NOPE", "--json")
    assert code == 2 and out == "" and err.startswith("error: ") and "NOPE" in err


def test_emit_json_text_or_always_json(capsys):
    data = {"count": 2, "total": Decimal("10.50")}
    assert emit(argparse.Namespace(json=True), data, "2 done") == 0
    assert json.loads(capsys.readouterr().out) == {"count": 2, "total": "10.50"}
    emit(argparse.Namespace(json=False), data, "2 done")
    assert capsys.readouterr().out == "2 done\n"
    emit(argparse.Namespace(json=False), data, lambda d: print(f"count {d['count']}\ntotal {d['total']}"))
    assert capsys.readouterr().out == "count 2\ntotal 10.50\n"
    emit(argparse.Namespace(), data)  # a command without a text form prints JSON with or without --json
    assert json.loads(capsys.readouterr().out)["total"] == "10.50"


@pytest.mark.parametrize("spec, says", [("1", "must be LINE_NO:QTY"), ("x:2", "must be LINE_NO:QTY"),
                                        ("1:two", "not a decimal number")])
def test_a_malformed_partial_credit_line_is_a_clear_error(capsys, spec, says):
    """`invoice credit N --line 1` used to end in "list index out of range": the clerk must learn what to type."""
    code, _, err = run_cli(capsys, "invoice", "credit", "100001", "--reason", "wrong", "--line", spec)
    assert code == 2
    assert says in err and NOTHING_WRITTEN.strip() in err

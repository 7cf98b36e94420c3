"""Issue #17, finding 7: every numeric, date, currency and path argument answers bad input with one line on stderr
and exit 2 — never a traceback — through the shared argument types in cli/util.py. Each case runs `reskontra` as
a user does, in a subprocess, on an empty private database (bad input is refused before anything is read)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAY = ["payments", "register", "--agency", "HYDRO-SE", "--date", "2026-01-01"]
CALC = ["interest", "calc", "--country", "SE"]
LINE = ["invoice", "create", "--agency", "HYDRO-SE", "--customer", "10001"]

CASES = {
    "amount 1e20": [*PAY, "--amount", "1e20"],
    "amount NaN": [*PAY, "--amount", "NaN"],
    "amount Infinity": [*PAY, "--amount", "Infinity"],
    "amount -0": [*PAY, "--amount", "-0"],
    "amount -5": [*PAY, "--amount", "-5"],
    "amount three decimals": [*PAY, "--amount", "1.005"],
    "amount text": [*PAY, "--amount", "ten"],
    "date 9999-12-31": ["payments", "register", "--agency", "A", "--amount", "1", "--date", "9999-12-31"],
    "date 0001-01-01": ["reminders", "run", "--agency", "A", "--date", "0001-01-01"],
    "date 2026-02-30": ["period", "valuation", "--agency", "A", "--date", "2026-02-30"],
    "currency ÅÄÖ": [*PAY, "--amount", "1", "--currency", "ÅÄÖ"],
    "currency XXX": [*PAY, "--amount", "1", "--currency", "XXX"],
    "currency DEM (withdrawn)": [*PAY, "--amount", "1", "--currency", "DEM"],
    "limit huge": ["payments", "list", "--limit", "99999999999999999999999"],
    "limit negative": ["payments", "list", "--limit", "-5"],
    "payment id huge": ["payments", "allocate", "99999999999999999999999", "--invoice", "1"],
    "payment refund amount NaN": ["payments", "refund", "1", "--amount", "NaN"],
    "message id huge": ["intake", "release", "99999999999999999999", "--reason", "x"],
    "question id text": ["intake", "answer", "x1", "3"],
    "invoice id huge": ["invoice", "issue", "99999999999999999999"],
    "principal 1e20": [*CALC, "--principal", "1e20", "--due", "2026-01-01", "--paid", "2026-02-01"],
    "principal NaN": [*CALC, "--principal", "NaN", "--due", "2026-01-01", "--paid", "2026-02-01"],
    "due 9999-12-31": [*CALC, "--principal", "100", "--due", "9999-12-31", "--paid", "9999-12-31"],
    "rate 1e20": ["rates", "set", "--country", "SE", "--from", "2026-01-01", "--rate", "1e20"],
    "rate Infinity": ["rates", "set", "--country", "SE", "--from", "2026-01-01", "--rate", "Infinity"],
    "period 9999-12": ["interest", "run", "--agency", "A", "--period", "9999-12"],
    "period 2026-13": ["interest", "run", "--agency", "A", "--period", "2026-13"],
    "month 99999-01": ["period", "accruals", "--agency", "A", "--month", "99999-01"],
    "-o into a missing folder": ["report", "ageing", "--agency", "A", "--format", "csv", "-o", "/nonexistent/d/x.csv"],
    "-o is a folder": ["report", "open-items", "--agency", "A", "--format", "xlsx", "-o", "/tmp"],
    "sie4 -o missing folder": ["export", "sie4", "--agency", "A", "--from", "2026-01-01", "--to", "2026-12-31",
                               "-o", "/nonexistent/x.se"],
    "ubl -o missing folder": ["invoice", "ubl", "1", "-o", "/nonexistent/x.xml"],
    "template -o missing folder": ["invoice", "template", "--agency", "A", "-o", "/nonexistent/x.xlsx"],
    "now out of range": ["batch", "run", "--now", "9999-12-31T10:00"],
    "line quantity NaN": [*LINE, "--line", "1010:NaN"],
    "line quantity 1e20": [*LINE, "--line", "1010:1e20"],
    "line price Infinity": [*LINE, "--line", "1010:1:Infinity"],
    "credit line NaN": ["invoice", "credit", "10001", "--reason", "x", "--line", "1:NaN"],
    "confirm-above NaN": ["registry", "policy", "--agency", "A", "--intake-policy", "confirm_above",
                          "--confirm-above", "NaN"],
}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    var = tmp_path_factory.mktemp("var")
    e = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    e.update(RESKONTRA_VAR=str(var), DATABASE_URL=f"sqlite:///{var}/cli.db")
    return e


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_one_line_and_exit_2(env, name):
    r = subprocess.run([sys.executable, str(ROOT / "app.py"), *CASES[name]], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=120)
    err = r.stderr.strip()
    assert r.returncode == 2, (r.returncode, err[-800:])
    assert "Traceback" not in err and len(err.splitlines()) == 1 and err.startswith("error:"), err


def test_good_values_still_pass_the_types():
    from cli import util

    assert util.amount("1 234,50".replace(" ", "")) == util.amount("1234.50")
    assert util.currency("sek") == "SEK" and util.currency("EUR") == "EUR"
    assert str(util.parse_date("2026-12-31")) == "2026-12-31" and util.parse_month("2026-07") == "2026-07"
    assert util.percent("-0.25") < 0 and util.record_id("42") == 42

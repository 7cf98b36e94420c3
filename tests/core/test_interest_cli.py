"""`reskontra interest calc` through app.main, as a user runs it."""
from __future__ import annotations

import json

import pytest

import app


def run(capsys, *argv):
    code = app.main(["interest", "calc", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_calc_json(capsys):
    code, out, err = run(capsys, "--country", "SE", "--principal", "10000.00", "--due", "2024-05-31",
                         "--paid", "2025-02-10", "--json")
    assert code == 0, err
    data = json.loads(out)
    # 10000 * 12% * 214/365 + 10000 * 11% * 41/365 = 301900/365 = 827.123288 -> 827.12
    assert data["interest"] == "827.12"
    assert {k: data[k] for k in ("country", "principal", "due", "paid")} == {
        "country": "SE", "principal": "10000.00", "due": "2024-05-31", "paid": "2025-02-10"}
    assert [(p["from"], p["to"], p["days"], p["reference_rate"], p["rate"]) for p in data["periods"]] == [
        ("2024-06-01", "2024-06-30", 30, "4.00", "12.00"),
        ("2024-07-01", "2024-12-31", 184, "4.00", "12.00"),
        ("2025-01-01", "2025-02-10", 41, "3.00", "11.00"),
    ]
    assert all(isinstance(p["interest"], str) for p in data["periods"])
    assert data["periods"][2]["interest"] == "123.561644"  # 45100/365, unrounded (shown to 6 decimals)


def test_calc_fi_b2b(capsys):
    code, out, _ = run(capsys, "--country", "fi", "--principal", "1000", "--due", "2024-12-20",
                       "--paid", "2025-01-09", "--b2b", "--json")
    assert code == 0
    # 1000 * 12.5% * 11/365 + 1000 * 11.5% * 9/365 = 2410/365 = 6.602740 -> 6.60
    assert json.loads(out)["interest"] == "6.60"


def test_calc_text(capsys):
    code, out, _ = run(capsys, "--country", "FI", "--principal", "1000.00", "--due", "2024-12-20",
                       "--paid", "2025-01-09")
    assert code == 0
    assert "interest 6.05" in out


@pytest.mark.parametrize(
    "argv,message",
    [
        (["--country", "NO", "--principal", "1", "--due", "2024-01-01", "--paid", "2024-02-01"], "--country"),
        (["--country", "SE", "--principal", "ten", "--due", "2024-01-01", "--paid", "2024-02-01"], "--principal"),
        (["--country", "SE", "--principal", "-5", "--due", "2024-01-01", "--paid", "2024-02-01"], "--principal"),
        (["--country", "SE", "--principal", "1.005", "--due", "2024-01-01", "--paid", "2024-02-01"], "2 decimals"),
        (["--country", "SE", "--principal", "1", "--due", "2024-13-01", "--paid", "2024-02-01"], "--due"),
        (["--country", "SE", "--principal", "1", "--due", "2024-01-01", "--paid", "yesterday"], "--paid"),
        (["--country", "SE", "--principal", "1", "--due", "2024-01-01", "--paid", "2024-02-01", "--b2b"], "b2b"),
        (["--country", "SE", "--principal", "1", "--due", "2026-06-01", "--paid", "2026-08-01"],
         "no reference rate known for SE on 2026-07-01"),
    ],
)
def test_calc_bad_input_exits_2(capsys, argv, message):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 2
    assert out == ""
    assert message in err

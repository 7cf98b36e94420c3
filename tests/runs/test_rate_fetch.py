"""Reference rates stay current: the publishers' figures are fetched (recorded responses, never the network),
proposed to a clerk, confirmed with `reskontra rates confirm`; an interest run without a confirmed rate is held
(never an empty 0) and charges in full once the rate is known; `interest calc` uses the run's rates."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

from core.platform.models import RunRecord
from core.runs import interest_run, rate_proposals, rate_sources, scheduler
from core.runs.interest import late_interest
from core.runs.rate_overrides import rate_table
from tests.conftest import run_cli
from tests.runs.helpers import invoice, pay

FIX = Path(__file__).parent / "fixtures"


def recorded(url: str) -> bytes:
    """The publishers' responses as recorded in tests/runs/fixtures (by URL)."""
    if "riksbank" in url:
        return (FIX / "swea_secbrefeff.json").read_bytes()
    if "ecb" in url:
        return (FIX / "ecb_mro.csv").read_bytes()
    raise AssertionError(f"unexpected URL {url}")


def test_parsers_read_the_publishers_figures():
    se = rate_sources.parse_swea((FIX / "swea_secbrefeff.json").read_bytes())
    assert [(p.valid_from, p.rate) for p in se] == [(dt.date(2026, 1, 1), D("2.00")), (dt.date(2026, 7, 1), D("2.50"))]
    fi = rate_sources.parse_bof_notice((FIX / "bof_viitekorko_2026h1.txt").read_text(encoding="utf-8"))
    assert [(p.country, p.valid_from, p.rate) for p in fi] == [("FI", dt.date(2026, 1, 1), D("2.50"))]
    # korkolaki 12 §: the MRO rate of the last operation before the half-year, rounded UP to the next half point
    ecb = rate_sources.parse_ecb_mro((FIX / "ecb_mro.csv").read_bytes(), dt.date(2026, 7, 2), dt.date(2025, 7, 1))
    assert [(p.valid_from, p.rate) for p in ecb] == [(dt.date(2026, 1, 1), D("2.50")), (dt.date(2026, 7, 1), D("3.00"))]
    assert rate_sources.round_up_half(D("2.00")) == D("2.00") and rate_sources.round_up_half(D("-0.25")) == D("0.00")


def _late_in_july(session):
    inv = invoice(session, qty="10", day=dt.date(2026, 5, 15))  # due 2026-06-14
    pay(session, inv, inv.total, dt.date(2026, 7, 20))
    return inv


def test_missing_rate_holds_the_run_and_the_first_run_after_confirmation_charges(demo, capsys):
    inv = _late_in_july(demo)
    code, out, err = run_cli(capsys, "interest", "run", "--agency", "HYDRO-SE", "--period", "2026-07", "--json")
    held = json.loads(out)
    assert code == 1 and held["status"] == "held_missing_rate" and held["count"] == 0
    assert err.count("\n") == 1 and "SE from 2026-07-01" in err and "rates confirm" in err
    assert held["missing_rates"] == [{"country": "SE", "valid_from": "2026-07-01", "invoices": [inv.number]}]
    assert demo.get(RunRecord, held["run_id"]).status == "held_missing_rate"
    again = interest_run.run("HYDRO-SE", "2026-07")  # the stored empty result does not answer for the period
    assert again["status"] == "held_missing_rate" and not again.get("already_run")

    code, out, err = run_cli(capsys, "rates", "list", "--json")
    proposed = json.loads(out)["proposed"]
    assert {(p["country"], p["valid_from"]) for p in proposed} >= {("SE", "2026-07-01"), ("FI", "2026-07-01")}
    code, out, err = run_cli(capsys, "rates", "confirm", "--country", "SE", "--from", "2026-07-01", "--json")
    assert code == 0, err
    assert json.loads(out)["reference_rate"] == "2.00"

    done = [r for r in scheduler.rates_job(dt.date(2026, 8, 2)) if r["kind"] == "interest"]
    assert done == [{"kind": "interest", "agency": "HYDRO-SE", "key": "2026-07", "status": "done", "count": 1}]
    demo.expire_all()
    expected = late_interest("SE", inv.total, inv.due_date, dt.date(2026, 7, 20), rates=rate_table(demo)).total
    res = interest_run.run("HYDRO-SE", "2026-07")
    assert res["already_run"] and res["status"] == "done" and res["total"] == str(expected) != "0.00"
    assert res["invoices"][0]["items"][0]["to"] == dt.date(2026, 7, 20)


def test_fetched_rate_is_proposed_confirmed_and_used(demo, capsys):
    found = rate_proposals.fetch_and_propose(demo, dt.date(2026, 7, 2), get=recorded)
    demo.commit()
    assert found["errors"] == []
    assert {(p["country"], p["valid_from"], p["reference_rate"]) for p in found["proposed"]} == {
        ("SE", dt.date(2026, 7, 1), "2.50"), ("FI", dt.date(2026, 7, 1), "3.00")}
    assert rate_proposals.fetch_and_propose(demo, dt.date(2026, 7, 3), get=recorded)["proposed"] == []  # once
    demo.commit()
    inv = _late_in_july(demo)
    assert interest_run.run("HYDRO-SE", "2026-07", dry_run=True)["status"] == "held_missing_rate"  # not yet
    code, _, err = run_cli(capsys, "rates", "confirm", "--country", "SE", "--from", "2026-07-01")
    assert code == 2 and "choose one with --rate" in err  # fetched 2.50 and shipped 2.00 both proposed
    code, out, err = run_cli(capsys, "rates", "confirm", "--country", "SE", "--from", "2026-07-01", "--rate", "2.5",
                             "--json")
    assert code == 0, err
    assert json.loads(out)["source"].startswith("Riksbanken SWEA SECBREFEFF")
    res = interest_run.run("HYDRO-SE", "2026-07")
    periods = late_interest("SE", inv.total, inv.due_date, dt.date(2026, 7, 20), rates=rate_table(demo)).periods
    assert res["status"] == "done" and periods[-1].rate_percent == D("10.50")


def test_interest_calc_uses_the_rates_set(demo, capsys):
    argv = ("interest", "calc", "--country", "SE", "--principal", "1000.00", "--due", "2027-01-10",
            "--paid", "2027-02-09", "--json")
    code, _, err = run_cli(capsys, *argv)
    assert code == 2 and "2027-01-01" in err
    assert run_cli(capsys, "rates", "set", "--country", "SE", "--from", "2027-01-01", "--rate", "3.5")[0] == 0
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert json.loads(out)["interest"] == "9.45"  # 1000 * 11.5 % * 30 / 365 = 9.452

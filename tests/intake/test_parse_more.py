"""More intake cases beyond the shared corpus (tests/intake/fixtures/parse_more): other wordings, languages,
layouts and attachment formats, scored field by field like the corpus and required to be 100 % right.

Uses the corpus scorer (../shared/corpus/score_intake.py) when it is checked out, else an equivalent comparison
of the expected fields written here, so these cases never depend on ../shared."""
from __future__ import annotations

import importlib.util
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from intake.parse import parse_message

HERE = Path(__file__).parent
FIX = HERE / "fixtures" / "parse_more"
SCORER = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "score_intake.py"
CASES = sorted(p.name[:-4] for p in FIX.glob("*.eml"))
_NUMERIC = {"quantity", "unit_price", "vat_rate", "amount", "total"}


def _registry() -> dict:
    return json.loads((FIX / "registry.json").read_text(encoding="utf-8"))


def _empty(v) -> bool:
    return v is None or v == "" or v == [] or v == {}


def _same(key: str, exp, out) -> bool:
    if key in _NUMERIC:
        try:
            return Decimal(str(exp)) == Decimal(str(out))
        except (InvalidOperation, ValueError):
            return False
    if isinstance(exp, str) and isinstance(out, str):
        return " ".join(exp.split()).casefold() == " ".join(out.split()).casefold()
    return exp == out


def _local_mismatches(exp, out, path: str = "", key: str = "") -> list[str]:
    """Every expected key (not starting with '_') checked; expected null means null/absent/empty; lists in order,
    extra output items are mismatches; questions compared as sets."""
    if isinstance(exp, dict):
        out = out if isinstance(out, dict) else {}
        bad = []
        for k, v in exp.items():
            if k.startswith("_") or k == "kind":
                continue
            if k == "questions":
                if sorted(v) != sorted(out.get(k) or []):
                    bad.append(f"{path}.{k}: expected {sorted(v)}, got {out.get(k)}")
                continue
            bad += _local_mismatches(v, out.get(k), f"{path}.{k}" if path else k, k)
        return bad
    if isinstance(exp, list):
        out = out if isinstance(out, list) else []
        bad = []
        for i, v in enumerate(exp):
            bad += _local_mismatches(v, out[i] if i < len(out) else None, f"{path}[{i}]", key)
        bad += [f"{path}[{i}]: unexpected extra item" for i in range(len(exp), len(out))]
        return bad
    if exp is None:
        return [] if _empty(out) else [f"{path}: expected null, got {out!r}"]
    return [] if (out is not None and _same(key, exp, out)) else [f"{path}: expected {exp!r}, got {out!r}"]


def _mismatches(exp: dict, out: dict) -> list[str]:
    bad = [] if exp.get("kind") == out.get("kind") else [f"kind: expected {exp.get('kind')}, got {out.get('kind')}"]
    if SCORER.exists():
        spec = importlib.util.spec_from_file_location("score_intake", SCORER)
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
        t = scorer.Tally()
        t.compare({k: v for k, v in exp.items() if k != "kind"}, out, "", "")
        bad += [str(m) for m in t.mismatches]
        if scorer.questions_check(exp, out) is False:
            bad.append("questions not exactly right")
        return bad
    return bad + _local_mismatches(exp, out)


def test_enough_varied_cases():
    assert len(CASES) >= 15
    kinds = {json.loads((FIX / f"{c}.expected.json").read_text(encoding="utf-8"))["kind"] for c in CASES}
    assert {"invoice_request", "reply"} <= kinds
    langs = {re.match(r"m\d+_(\w\w)_", c).group(1) for c in CASES}
    assert {"sv", "fi", "en"} <= langs


@pytest.mark.parametrize("case", CASES)
def test_case_is_parsed_exactly(case: str):
    exp = json.loads((FIX / f"{case}.expected.json").read_text(encoding="utf-8"))
    out = json.loads(json.dumps(parse_message((FIX / f"{case}.eml").read_bytes(), _registry()), default=str))
    assert _mismatches(exp, out) == [], exp.get("_note")


def test_local_comparison_catches_what_the_scorer_catches():
    """The fallback comparison is not vacuous: a wrong price, an extra line or a missing question fail it."""
    exp = {"kind": "invoice_request", "requests": [{"lines": [{"unit_price": "1150", "quantity": None}],
                                                    "questions": ["lines[0].quantity"]}]}
    good = {"kind": "invoice_request", "requests": [{"lines": [{"unit_price": "1150.00"}],
                                                     "questions": ["lines[0].quantity"]}]}
    assert _local_mismatches(exp, good) == []
    bad = {"kind": "invoice_request", "requests": [{"lines": [{"unit_price": "1.150", "quantity": "1"}, {}],
                                                    "questions": []}]}
    assert len(_local_mismatches(exp, bad)) == 4

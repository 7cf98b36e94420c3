"""The project's own measuring stick for e-mail intake: scores `intake.parse.parse_message` (in process) against
cases NAME.eml + NAME.expected.json under the intake contract (kinds, fields, questions; see the intake section
of the README and issue #14), and counts requests that would go straight through although they are wrong.

    .venv/bin/python -m tests.support.intake_score CASES_DIR REGISTRY [--only SUBSTRING] [--quiet] [--json]

Rules (the same as the corpus contract):
- kind: share of cases with the expected kind; a product-specific kind outside the four counts as "unknown".
- fields: every key of the expected file is checked (keys starting with "_" are comments, "questions" is scored
  separately). Expected null: the output must be null, absent or empty, else one false positive. A missing value
  is a false negative, a wrong one both. Strings compare case-insensitively with whitespace collapsed; quantity,
  unit_price, vat_rate, amount and total compare as numbers. Lists match in order; every extra non-empty output
  item is one false positive.
- questions: share of cases whose questions are exactly right (same number of requests, same set of paths per
  request with a "questions" key); cases expecting no request take part, replies do not.
- straight_through_wrong: output requests of a new request (kind invoice_request) with no questions and no
  clerk hold (a non-empty per-request "review" or "checks") whose checked fields are not all right, that should
  have asked something, or that were not expected at all. Such a request would be invoiced as it stands.
  straight_through_money_critical counts those among them whose customer, lines, quantities, prices, VAT or
  currency are wrong (a missing reference or period is wrong too, but does not change who pays what).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

NUMERIC = frozenset({"quantity", "unit_price", "vat_rate", "amount", "total"})
KINDS = frozenset({"invoice_request", "payment_advice", "reply", "unknown"})
_ABSENT = object()


def _text(v: Any) -> str:
    return " ".join(unicodedata.normalize("NFC", str(v)).split()).casefold()


def _num(v: Any) -> Decimal | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return Decimal(str(v).strip())
    except (InvalidOperation, ValueError):
        return None


def blank(v: Any) -> bool:
    """Null, absent or empty (recursively), as the contract treats an expected null."""
    if v is _ABSENT or v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    if isinstance(v, dict):
        return all(blank(x) for k, x in v.items() if not str(k).startswith("_"))
    if isinstance(v, list):
        return all(blank(x) for x in v)
    return False


def same(key: str, want: Any, got: Any) -> bool:
    if isinstance(got, (dict, list)):
        return False
    if key in NUMERIC:
        a, b = _num(want), _num(got)
        if a is not None and b is not None:
            return a == b
    return _text(want) == _text(got)


@dataclass
class Count:
    """True/false positives and negatives over checked fields, with what went wrong."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    nulls: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.nulls += other.nulls

    def check(self, want: Any, got: Any, path: str = "", key: str = "") -> None:
        if isinstance(want, dict):
            gd = got if isinstance(got, dict) else {}
            for k, v in want.items():
                if not str(k).startswith("_") and k != "questions":
                    self.check(v, gd.get(k, _ABSENT), f"{path}.{k}" if path else k, k)
        elif isinstance(want, list):
            gl = got if isinstance(got, list) else []
            for i, w in enumerate(want):
                self.check(w, gl[i] if i < len(gl) else _ABSENT, f"{path}[{i}]", key)
            for j in range(len(want), len(gl)):
                if not blank(gl[j]):
                    self.fp += 1
                    self.notes.append(f"{path}[{j}]: unexpected extra item {_show(gl[j])}")
        elif want is None:
            if blank(got):
                self.nulls += 1
            else:
                self.fp += 1
                self.notes.append(f"{path}: expected null, got {_show(got)}")
        elif blank(got):
            self.fn += 1
            self.notes.append(f"{path}: expected {_show(want)}, got {_show(got)}")
        elif same(key, want, got):
            self.tp += 1
        else:
            self.fp += 1
            self.fn += 1
            self.notes.append(f"{path}: expected {_show(want)}, got {_show(got)}")


def _show(v: Any) -> str:
    if v is _ABSENT:
        return "absent"
    s = json.dumps(v, ensure_ascii=False, default=str)
    return s if len(s) <= 90 else s[:87] + "..."


def _paths(qs: Any) -> set[str]:
    return {"".join(str(q).split()).casefold() for q in qs} if isinstance(qs, list) else set()


def _out_requests(out: dict) -> list[dict]:
    reqs = out.get("requests")
    return [r for r in reqs if isinstance(r, dict) and not blank(r)] if isinstance(reqs, list) else []


def questions_right(want: dict, out: dict) -> tuple[bool, list[str]] | None:
    """None when the case does not take part, else (exactly right, notes)."""
    reqs = want.get("requests")
    if not isinstance(reqs, list) or (reqs and not any(isinstance(r, dict) and "questions" in r for r in reqs)):
        return None
    got = _out_requests(out)
    notes = [] if len(got) == len(reqs) else [f"questions: {len(reqs)} request(s) expected, {len(got)} output"]
    for i, r in enumerate(reqs):
        if isinstance(r, dict) and "questions" in r:
            w, g = _paths(r["questions"]), _paths(got[i].get("questions") if i < len(got) else None)
            if w != g:
                notes.append(f"requests[{i}].questions: missing {sorted(w - g)}, extra {sorted(g - w)}")
    return not notes, notes


def held(req: dict) -> bool:
    """A request that asks something or waits for a clerk does not go straight through."""
    return bool(req.get("questions")) or bool(req.get("review")) or bool(req.get("checks"))


MONEY = " (money-critical)"
_MONEY_FIELDS = (".customer.name:", ".customer.org_no:", ".customer.customer_number:", ".article:", ".quantity:",
                 ".unit_price:", ".vat_rate:", ".currency:", "unexpected extra item")


def money_critical(note: str) -> bool:
    """A mismatch that changes who pays or how much: customer identity, lines, prices, VAT, currency."""
    return any(f in note for f in _MONEY_FIELDS)


def straight_through_wrong(want: dict, out: dict) -> list[str]:
    """Notes for each output request that would be invoiced unasked although wrong or not expected."""
    if out.get("kind") != "invoice_request":
        return []
    reqs = want.get("requests")
    expected: list = reqs if isinstance(reqs, list) else []
    notes = []
    for i, req in enumerate(_out_requests(out)):
        if held(req):
            continue
        if want.get("kind") != "invoice_request" or i >= len(expected):
            notes.append(f"straight through but wrong{MONEY}: requests[{i}] was not expected")
            continue
        asked = expected[i].get("questions") if isinstance(expected[i], dict) else None
        if asked:
            notes.append(f"straight through but wrong{MONEY}: requests[{i}] should ask {sorted(asked)}")
            continue
        c = Count()
        c.check(expected[i], req, f"requests[{i}]")
        if c.fp or c.fn:
            money = any(money_critical(n) for n in c.notes)
            notes.append(f"straight through but wrong{MONEY if money else ''}: requests[{i}] "
                         f"({'; '.join(c.notes[:3])})")
    return notes


@dataclass
class Result:
    name: str
    kind_ok: bool | None
    questions_ok: bool | None
    count: Count
    st_wrong: list[str]
    notes: list[str]
    seconds: float
    klass: str = ""


@dataclass
class Score:
    results: list[Result]
    seconds: float

    def _share(self, attr: str) -> float:
        vals = [getattr(r, attr) for r in self.results if getattr(r, attr) is not None]
        return 100.0 * sum(vals) / len(vals) if vals else 100.0

    @property
    def kind(self) -> float:
        return self._share("kind_ok")

    @property
    def questions(self) -> float:
        return self._share("questions_ok")

    @property
    def total(self) -> Count:
        t = Count()
        for r in self.results:
            t.add(r.count)
        return t

    @property
    def precision(self) -> float:
        t = self.total
        return 100.0 * t.tp / (t.tp + t.fp) if t.tp + t.fp else (100.0 if t.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        t = self.total
        return 100.0 * t.tp / (t.tp + t.fn) if t.tp + t.fn else 100.0

    @property
    def straight_through_wrong(self) -> int:
        return sum(len(r.st_wrong) for r in self.results)

    @property
    def straight_through_money(self) -> int:
        """The money-critical part of straight_through_wrong (wrong customer, line, quantity, price, VAT)."""
        return sum(MONEY in n for r in self.results for n in r.st_wrong)

    def line(self) -> str:
        return (f"SCORE kind={self.kind:.1f} precision={self.precision:.1f} recall={self.recall:.1f} "
                f"questions={self.questions:.1f} cases={len(self.results)}")

    def below(self, floor: dict[str, float]) -> dict[str, float]:
        """The measures that fall under their floor (empty when every one holds)."""
        got = {"kind": self.kind, "precision": self.precision, "recall": self.recall, "questions": self.questions}
        return {k: v for k, v in got.items() if v < floor[k]}

    def wrong_straight_through(self) -> list[str]:
        """What each wrongly straight-through request got wrong (empty: nothing wrong was invoiced unasked)."""
        return [n for r in self.results for n in r.st_wrong]

    def failures(self) -> list[Result]:
        return [r for r in self.results if r.notes or r.st_wrong or r.count.notes]


def score_case(name: str, raw: bytes, want: dict, parse: Callable[[bytes], dict]) -> Result:
    t0 = time.perf_counter()
    try:
        out = parse(raw)
    except Exception as exc:  # a crash scores as an empty output, like the corpus scorer's '{}'
        out = {"_error": f"{type(exc).__name__}: {exc}"}
    seconds = time.perf_counter() - t0
    if not isinstance(out, dict):
        out = {}
    notes = [f"error: {out['_error']}"] if "_error" in out else []
    kind_ok = None
    if "kind" in want:
        got = out.get("kind")
        got = "unknown" if isinstance(got, str) and got not in KINDS else got
        kind_ok = isinstance(got, str) and _text(got) == _text(want["kind"])
        if not kind_ok:
            notes.append(f"kind: expected {_show(want['kind'])}, got {_show(out.get('kind', _ABSENT))}")
    c = Count()
    c.check({k: v for k, v in want.items() if k != "kind"}, out)
    q = questions_right(want, out)
    if q:
        notes += q[1]
    return Result(name, kind_ok, None if q is None else q[0], c, straight_through_wrong(want, out), notes, seconds,
                  str(want.get("_class", "")))


def score_pairs(pairs: Iterable[tuple[str, bytes, dict]], registry: dict) -> Score:
    from intake.parse import parse_message

    t0 = time.perf_counter()
    results = [score_case(n, raw, want, lambda b: parse_message(b, registry)) for n, raw, want in pairs]
    return Score(results, time.perf_counter() - t0)


def load_cases(cases_dir: Path, only: str = "") -> list[tuple[str, bytes, dict]]:
    out = []
    for eml in sorted(cases_dir.glob("*.eml")):
        exp = eml.with_name(eml.name[:-4] + ".expected.json")
        if only in eml.stem and exp.is_file():
            out.append((eml.stem, eml.read_bytes(), json.loads(exp.read_text(encoding="utf-8"))))
    return out


def score_dir(cases_dir: Path, registry_path: Path, only: str = "") -> Score:
    registry = json.loads(registry_path.read_text(encoding="utf-8"))
    return score_pairs(load_cases(cases_dir, only), registry)


def _class_order(klass: str) -> tuple[int, str]:
    head = klass.split("-", 1)[0]
    return (int(head) if head.isdigit() else 99, klass)


def report(score: Score, quiet: bool = False) -> str:
    lines = []
    if not quiet:
        for r in score.failures():
            lines.append(f"FAIL {r.name}")
            lines += [f"    {n}" for n in r.notes + r.count.notes + r.st_wrong]
        lines.append("")
    classes = sorted({r.klass for r in score.results if r.klass}, key=_class_order)
    for k in classes:
        part = Score([r for r in score.results if r.klass == k], 0.0)
        lines.append(f"class {k:<16} {part.line()[6:]} straight_through_wrong={part.straight_through_wrong}")
    t = score.total
    lines.append(f"cases {len(score.results)}; TP {t.tp} FP {t.fp} FN {t.fn}; {score.seconds:.2f} s")
    lines.append(score.line())
    lines.append(f"straight_through_wrong={score.straight_through_wrong}")
    lines.append(f"straight_through_money_critical={score.straight_through_money}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases_dir", type=Path)
    ap.add_argument("registry", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--json", action="store_true", help="one JSON document instead of the text report")
    a = ap.parse_args(argv)
    if not a.cases_dir.is_dir() or not a.registry.is_file():
        print(f"not found: {a.cases_dir if not a.cases_dir.is_dir() else a.registry}", file=sys.stderr)
        return 2
    score = score_dir(a.cases_dir, a.registry, a.only)
    print(json.dumps(as_json(score), ensure_ascii=False, indent=1) if a.json else report(score, a.quiet))
    return 0


def as_json(score: Score) -> dict[str, Any]:
    t = score.total
    return {"summary": {"cases": len(score.results), "kind_pct": round(score.kind, 2),
                        "precision_pct": round(score.precision, 2), "recall_pct": round(score.recall, 2),
                        "questions_pct": round(score.questions, 2), "tp": t.tp, "fp": t.fp, "fn": t.fn,
                        "straight_through_wrong": score.straight_through_wrong,
                        "straight_through_money_critical": score.straight_through_money,
                        "seconds": round(score.seconds, 3)},
            "score_line": score.line(),
            "failures": [{"name": r.name, "class": r.klass, "mismatches": r.notes + r.count.notes,
                          "straight_through_wrong": r.st_wrong} for r in score.failures()]}


if __name__ == "__main__":
    sys.exit(main())

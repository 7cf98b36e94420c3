"""CLI: score the parser on N generated messages (or write them as cases with --write)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.intake.cases.registry_data import REGISTRY
from tests.support.intake_score import as_json, report, score_pairs

from . import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.intake.generator", description=__doc__)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--write", type=Path, help="write NAME.eml + NAME.expected.json here instead of scoring")
    ap.add_argument("--quiet", action="store_true", help="summary only")
    ap.add_argument("--json", action="store_true", help="one JSON document instead of the text report")
    a = ap.parse_args(argv)
    cases = generate(a.n, a.seed)
    if a.write:
        a.write.mkdir(parents=True, exist_ok=True)
        (a.write / "registry.json").write_text(json.dumps(REGISTRY, ensure_ascii=False, indent=1), encoding="utf-8")
        for name, raw, exp in cases:
            (a.write / f"{name}.eml").write_bytes(raw)
            (a.write / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2),
                                                           encoding="utf-8")
        print(f"{len(cases)} cases written to {a.write}")
        return 0
    score = score_pairs(cases, REGISTRY)
    print(json.dumps(as_json(score), ensure_ascii=False, indent=1) if a.json else report(score, a.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())

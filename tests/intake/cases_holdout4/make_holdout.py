"""Writes the fourth held-out set (NAME.eml + NAME.expected.json, registry.json) — written blind, before the
parser was run on it; the expected values follow the contract's rule "never invoice a guess".

    .venv/bin/python -m tests.intake.cases_holdout4.make_holdout
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.intake.cases_holdout4 import defs_a, defs_b, defs_c  # noqa: F401 -- registers cases
from tests.intake.cases_holdout4.kit4 import CASES, REGISTRY

HERE = Path(__file__).resolve().parent


def main() -> int:
    (HERE / "registry.json").write_text(json.dumps(REGISTRY, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    names: set[str] = set()
    for name, fn in CASES:
        if name in names:
            raise SystemExit(f"duplicate case name {name}")
        names.add(name)
        msg, expected = fn()
        (HERE / f"{name}.eml").write_bytes(msg.as_bytes())
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    print(f"{len(names)} cases in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

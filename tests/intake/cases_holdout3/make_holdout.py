"""Writes the third held-out set (NAME.eml + NAME.expected.json) with the second set's registry.

    .venv/bin/python -m tests.intake.cases_holdout3.make_holdout
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.intake.cases_holdout2.kit import CASES
from tests.intake.cases_holdout2.registry_h2 import REGISTRY
from tests.intake.cases_holdout3 import defs_x, defs_y, defs_z  # noqa: F401 -- registers cases

HERE = Path(__file__).resolve().parent


def main() -> int:
    (HERE / "registry.json").write_text(json.dumps(REGISTRY, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = 0
    for name, fn in CASES:
        if not name.startswith(("x", "y", "z")):
            continue
        msg, expected = fn()
        (HERE / f"{name}.eml").write_bytes(msg.as_bytes())
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
        n += 1
    print(f"{n} cases in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the third held-out set (NAME.eml + NAME.expected.json) with the second set's registry.

    .venv/bin/python -m tests.intake.cases_holdout3.make_holdout
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.intake.cases.mailkit import write_set
from tests.intake.cases_holdout2.kit import CASES
from tests.intake.cases_holdout2.registry_h2 import REGISTRY
from tests.intake.cases_holdout3 import defs_x, defs_y, defs_z  # noqa: F401 -- registers cases

HERE = Path(__file__).resolve().parent


def main() -> int:
    write_set(HERE, CASES, REGISTRY, keep=lambda name: name.startswith(("x", "y", "z")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes the forty-sixth held-out set (NAME.eml + NAME.expected.json, registry.json) — written blind, before the
parser was read or run on it; the expected values follow the contract's rule "never invoice a guess".

    .venv/bin/python -m tests.intake.cases_holdout46.make_holdout
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.intake.cases.kit_helpers import set_writer
from tests.intake.cases_holdout46 import defs_a, defs_b, defs_c  # noqa: F401 -- registers cases
from tests.intake.cases_holdout46.kit46 import CASES, REGISTRY

HERE = Path(__file__).resolve().parent
main = set_writer(HERE, CASES, REGISTRY)

if __name__ == "__main__":
    sys.exit(main())

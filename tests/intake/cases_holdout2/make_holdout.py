"""Writes the second held-out set: registry.json and NAME.eml + NAME.expected.json for every case.

    .venv/bin/python -m tests.intake.cases_holdout2.make_holdout

The expected values were written before the parser was run on these messages.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.intake.cases.kit_helpers import set_writer
from tests.intake.cases_holdout2 import defs_a, defs_b, defs_c, defs_d  # noqa: F401 -- registers cases
from tests.intake.cases_holdout2.kit import CASES
from tests.intake.cases_holdout2.registry_h2 import REGISTRY

HERE = Path(__file__).resolve().parent
main = set_writer(HERE, CASES, REGISTRY)

if __name__ == "__main__":
    sys.exit(main())

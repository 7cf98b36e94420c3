"""Writes the project's own intake cases: registry.json and NAME.eml + NAME.expected.json for every case.

    .venv/bin/python -m tests.intake.cases.make_cases [--only SUBSTRING]

The cases are written fresh for this project (not copied from ../shared); the generated files are committed
together with this script so they can be regenerated and reviewed. Each expected file has `_note` (what the
case is about) and `_class` (the failure class of issue #14 it covers).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.intake.cases import (  # noqa: F401 -- registers cases
    defs_advice,
    defs_extra,
    defs_extra2,
    defs_extra3,
    defs_idents,
    defs_kind,
    defs_more,
    defs_periods,
    defs_quantities,
    defs_quoting,
    defs_refs,
    defs_replies,
    defs_several,
    defs_tables,
)
from tests.intake.cases.mailkit import CASES, write_set
from tests.intake.cases.registry_data import REGISTRY

HERE = Path(__file__).resolve().parent


def all_cases() -> list:
    """(name, function) of every case the defs_* modules define, in definition order."""
    return list(CASES)


def write_all(only: str = "") -> int:
    """Writes every case (or those whose name holds `only`); a case name used twice is an error either way."""
    names = [name for name, _ in CASES]
    if len(names) != len(set(names)):
        raise SystemExit(f"duplicate case name {sorted(n for n in names if names.count(n) > 1)[0]}")
    return write_set(HERE, CASES, REGISTRY, keep=lambda name: only in name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    write_all(ap.parse_args(argv).only)
    return 0


if __name__ == "__main__":
    sys.exit(main())

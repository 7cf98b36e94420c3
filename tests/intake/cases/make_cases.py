"""Writes the project's own intake cases: registry.json and NAME.eml + NAME.expected.json for every case.

    .venv/bin/python -m tests.intake.cases.make_cases [--only SUBSTRING]

The cases are written fresh for this project (not copied from ../shared); the generated files are committed
together with this script so they can be regenerated and reviewed. Each expected file has `_note` (what the
case is about) and `_class` (the failure class of issue #14 it covers).
"""
from __future__ import annotations

import argparse
import json
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
from tests.intake.cases.mailkit import CASES
from tests.intake.cases.registry_data import REGISTRY

HERE = Path(__file__).resolve().parent


def all_cases() -> list:
    """(name, function) of every case the defs_* modules define, in definition order."""
    return list(CASES)


def write_all(only: str = "") -> int:
    (HERE / "registry.json").write_text(json.dumps(REGISTRY, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    names = set()
    for name, fn in CASES:
        if name in names:
            raise SystemExit(f"duplicate case name {name}")
        names.add(name)
        if only not in name:
            continue
        msg, expected = fn()
        (HERE / f"{name}.eml").write_bytes(msg.as_bytes())
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    return len(names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="")
    n = write_all(ap.parse_args(argv).only)
    print(f"{n} cases in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

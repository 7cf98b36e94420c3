"""`reskontra registry load FILE.json` and `reskontra demo load`."""
from __future__ import annotations

import json
from pathlib import Path

from core import demo, migrate, registers
from core.cli_util import fail, group, print_json
from core.db import session_scope
from core.errors import DomainError


def register(sub, groups) -> None:  # noqa: ANN001
    g = group(sub, groups, "registry", "Agencies, customers and articles")
    p = g.add_parser("load", help="load a registry JSON file (agencies, customers, articles)")
    p.add_argument("file")
    p.set_defaults(func=_load)
    d = group(sub, groups, "demo", "Demo data")
    p = d.add_parser("load", help="load the demo agencies, customers, articles and invoices")
    p.set_defaults(func=_demo)


def _load(args) -> int:  # noqa: ANN001
    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return fail(f"cannot read {args.file}: {exc}")
    migrate.upgrade()
    try:
        with session_scope() as session:
            counts = registers.load_registry(session, data, actor="cli")
    except DomainError as exc:
        return fail(f"{exc} — nothing was loaded")
    print_json(counts)
    return 0


def _demo(args) -> int:  # noqa: ANN001
    migrate.upgrade()
    with session_scope() as session:
        counts = demo.load(session)
    print_json(counts)
    return 0

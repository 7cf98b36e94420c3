"""`reskontra registry load FILE.json` and `reskontra demo load`."""
from __future__ import annotations

import json
from pathlib import Path

from cli.util import command_session, emit, fail, group


def register(sub, groups) -> None:
    g = group(sub, groups, "registry", "Agencies, customers and articles")
    p = g.add_parser("load", help="load a registry JSON file (agencies, customers, articles)")
    p.add_argument("file")
    p.set_defaults(func=_load)
    d = group(sub, groups, "demo", "Demo data")
    p = d.add_parser("load", help="load the demo agencies, customers, articles and invoices")
    p.set_defaults(func=_demo)


def _load(args) -> int:
    from core.platform import migrate
    from core.registers import register as registers

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return fail(f"cannot read {args.file}: {exc}")
    migrate.upgrade()
    with command_session(note=" — nothing was loaded") as session:
        counts = registers.load_registry(session, data, actor="cli")
    return emit(args, counts)


def _demo(args) -> int:
    from core import demo
    from core.platform import migrate

    migrate.upgrade()
    with command_session() as session:
        counts = demo.load(session)
    return emit(args, counts)

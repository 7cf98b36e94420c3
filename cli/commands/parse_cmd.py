"""`reskontra intake parse FILE.eml --registry REG.json`: print the parsed intake contract as JSON."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.util import fail, group, print_json


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "intake", "E-mail intake")
    p = g.add_parser("parse", help="parse one e-mail (.eml) into invoice requests / payment advice / reply")
    p.add_argument("file", help="RFC 5322 message file (.eml)")
    p.add_argument("--registry", required=True, help="registry JSON (agencies, customers, articles)")
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    from intake.parse import parse_message  # lazy: keep `reskontra --help` fast

    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc}")
    try:
        registry = json.loads(Path(args.registry).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return fail(f"cannot read registry {args.registry}: {exc}")
    print_json(parse_message(raw, registry))
    return 0

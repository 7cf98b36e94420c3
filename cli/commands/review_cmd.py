"""The clerk's check and the agency's intake policy from the command line:
`reskontra registry policy --agency CODE --intake-policy straight_through|confirm_all|confirm_above
[--confirm-above AMOUNT]`, `reskontra intake confirm REQUEST_ID`, `reskontra intake hints [--sender ADDR]`,
`reskontra intake revoke-hint ID` (core.requests.review, core.requests.layout_hints)."""
from __future__ import annotations

import argparse

from cli.util import amount, as_text, command_session, emit, group, record_id

POLICIES = ("straight_through", "confirm_all", "confirm_above")


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "registry", "Agencies, customers and articles")
    p = g.add_parser("policy", help="an agency's intake policy: straight through, a clerk confirms every request, "
                                    "or a clerk confirms requests above an amount")
    p.add_argument("--agency", required=True)
    p.add_argument("--intake-policy", required=True, choices=POLICIES)
    p.add_argument("--confirm-above", type=as_text(amount),
                   help="net amount in the agency's currency (with confirm_above)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_policy)
    i = group(sub, groups, "intake", "E-mail intake")
    p = i.add_parser("confirm", help="confirm a request a clerk must check (needs_review): it is invoiced")
    p.add_argument("request_id", type=record_id)
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_confirm)
    p = i.add_parser("hints", help="layout hints learned from answers, per sender")
    p.add_argument("--sender")
    p.add_argument("--all", action="store_true", help="include revoked hints")
    p.set_defaults(func=_hints)
    p = i.add_parser("revoke-hint", help="revoke a learned layout hint")
    p.add_argument("id", type=record_id)
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_revoke)


def _policy(args: argparse.Namespace) -> int:
    from core.registers import register as registers
    from core.requests import review

    with command_session() as s:
        agency = review.set_policy(s, registers.agency_by_code(s, args.agency), args.intake_policy,
                                   args.confirm_above, "cli")
        out = {"agency": agency.code, "intake_policy": agency.intake_policy,
               "confirm_above_amount": agency.confirm_above_amount, "currency": agency.currency}
    return emit(args, out, f"{out['agency']}: {out['intake_policy']}"
                + (f" above {out['confirm_above_amount']} {out['currency']}" if out["confirm_above_amount"] else ""))


def _confirm(args: argparse.Namespace) -> int:
    from core.requests import lifecycle

    with command_session() as s:
        view = lifecycle.request_view(s, lifecycle.confirm_request(s, args.request_id, args.actor))
    return emit(args, view)


def _hints(args: argparse.Namespace) -> int:
    from core.requests import layout_hints

    with command_session() as s:
        rows = [h for h in layout_hints.list_hints(s, include_revoked=args.all)
                if not args.sender or h.sender == args.sender.strip().lower()]
        out = [{"id": h.id, "sender": h.sender, "agency_id": h.agency_id, "key": h.key, "field": h.field,
                "request_id": h.request_id, "created_at": h.created_at, "revoked_at": h.revoked_at} for h in rows]
    return emit(args, out)


def _revoke(args: argparse.Namespace) -> int:
    from core.requests import layout_hints

    with command_session() as s:
        h = layout_hints.revoke_hint(s, args.id, args.actor)
        out = {"id": h.id, "sender": h.sender, "key": h.key, "field": h.field, "revoked_at": h.revoked_at}
    return emit(args, out)

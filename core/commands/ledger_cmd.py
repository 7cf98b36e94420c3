"""`reskontra ledger check --json`: exit 1 when a voucher does not balance or AR subledger ≠ ledger."""
from __future__ import annotations

from core import ledger
from core.cli_util import group, print_json
from core.db import session_scope


def register(sub, groups) -> None:  # noqa: ANN001
    g = group(sub, groups, "ledger", "Ledger")
    p = g.add_parser("check", help="every voucher balances; AR subledger equals the AR control account")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_check)


def _check(args) -> int:  # noqa: ANN001
    with session_scope() as session:
        results = ledger.check(session, args.agency)
    ok = all(r.ok for r in results)
    data = {"ok": ok, "agencies": [
        {"agency": r.agency, "vouchers": r.vouchers, "unbalanced_vouchers": r.unbalanced,
         "ar_account": r.ar_account, "ar_subledger": str(r.ar_subledger), "ar_ledger": str(r.ar_ledger),
         "difference": str(r.difference), "ok": r.ok} for r in results]}
    if args.json:
        print_json(data)
    else:
        for a in data["agencies"]:
            print(f"{a['agency']:12} vouchers {a['vouchers']:6} AR sub {a['ar_subledger']:>14} "
                  f"ledger {a['ar_ledger']:>14} diff {a['difference']:>10} {'OK' if a['ok'] else 'MISMATCH'}")
    return 0 if ok else 1

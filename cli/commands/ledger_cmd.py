"""`reskontra ledger check --json`: exit 1 when a voucher does not balance, an entry's copy of its voucher's agency,
date or source differs from the voucher's, or AR subledger ≠ ledger."""
from __future__ import annotations

from cli.util import command_session, emit, group


def register(sub, groups) -> None:
    g = group(sub, groups, "ledger", "Ledger")
    p = g.add_parser("check", help="every voucher balances and its entries carry its agency, date and source; "
                                   "AR subledger equals the AR control account")
    p.add_argument("--agency")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_check)


def _check(args) -> int:
    from core.billing import subledger

    with command_session() as session:
        results = subledger.check(session, args.agency)
    ok = all(r.ok for r in results)
    data = {"ok": ok, "agencies": [
        {"agency": r.agency, "vouchers": r.vouchers, "unbalanced_vouchers": r.unbalanced,
         "ar_account": r.ar_account, "ar_subledger": str(r.ar_subledger), "ar_ledger": str(r.ar_ledger),
         "difference": str(r.difference), "entries_differing_from_voucher": r.copies_differ, "ok": r.ok}
        for r in results]}

    def text(data: dict) -> None:
        for a in data["agencies"]:
            print(f"{a['agency']:12} vouchers {a['vouchers']:6} AR sub {a['ar_subledger']:>14} "
                  f"ledger {a['ar_ledger']:>14} diff {a['difference']:>10} {'OK' if a['ok'] else 'MISMATCH'}")
            for e in a["entries_differing_from_voucher"]:
                print(f"  voucher {e}: the entry's agency, date or source is not its voucher's")

    emit(args, data, text)
    return 0 if ok else 1

"""What the holdout class tests read from `intake parse`'s output, written once: a request's lines as (article,
quantity, unit price) and an advice's items as (invoice number, reference, amount), amounts as Decimal."""
from __future__ import annotations

from decimal import Decimal


def lines_of(out: dict, i: int = 0) -> list[tuple]:
    """Request `i`'s lines as (article, quantity, unit price); an absent quantity or price stays as it is."""
    return [(ln["article"], ln["quantity"] and Decimal(str(ln["quantity"])),
             ln["unit_price"] and Decimal(str(ln["unit_price"]))) for ln in out["requests"][i]["lines"]]


def items_of(out: dict) -> list[tuple]:
    """The payment advice's items as (invoice number, reference, amount)."""
    return [(i["invoice_number"], i["reference"], Decimal(str(i["amount"])))
            for i in out["payment_advice"]["items"]]

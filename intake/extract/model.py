"""Plain data classes passed between the extractors and `intake.parse` (no behaviour beyond small helpers)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

#: a service period: first and last day
Period = tuple[dt.date, dt.date]


@dataclass
class Where:
    """Provenance of one value: the MIME part and the line/row/cell/page inside it."""

    part: str
    line: int | None = None
    row: int | None = None
    col: str | None = None
    page: int | None = None
    # evidence (intake.evidence / intake.gate): which rule read it ("label:er referens", "table:antal",
    # "prose", "hint:antal timmar" — a learned layout hint), and how sure: "stated" (written in the message),
    # "computed" (e.g. amount ÷ quantity), "register" (looked up), "inferred" (guessed from context)
    rule: str | None = None
    how: str | None = None
    # which part of the mail's history (intake.extract.quoting): "newest" | "forwarded" | "quoted" (a fallback
    # read from a quoted third-party mail); None for attachments and tables outside a text body
    segment: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("part", self.part), ("line", self.line), ("row", self.row), ("col", self.col),
                                  ("page", self.page), ("rule", self.rule), ("how", self.how),
                                  ("segment", self.segment)) if v is not None}


@dataclass
class CustomerInfo:
    """What a source says about a customer, before the registry lookup."""

    name: str | None = None
    org_no: str | None = None          # valid, normalised
    org_invalid: bool = False          # an identifier was written but failed its check digit
    country: str | None = None
    customer_number: str | None = None
    vat_no: str | None = None
    email: str | None = None
    address: dict[str, str] | None = None
    einvoice: str | None = None
    buyer_reference: str | None = None
    order_reference: str | None = None
    where: dict[str, Where] = field(default_factory=dict)
    #: a table row whose customer cells are empty in a table whose other rows name customers (intake.extract.
    #: tables): its place ("part row 7"). Such a row is a request of its own that asks for the customer — never
    #: joined to another row's customer (that invoiced the wrong customers).
    blank_row: str | None = None
    #: references stated twice for this customer with different values ("Projekt Ån" on one row, "Projekt Sjön"
    #: on the next): one invoice carries one, so which is not ours to choose (intake.gate holds the request)
    conflicts: list[str] = field(default_factory=list)

    def has_identity(self) -> bool:
        return bool(self.name or self.org_no or self.customer_number or self.org_invalid or self.blank_row)

    def key(self) -> str:
        return (self.org_no or (f"#{self.customer_number}" if self.customer_number else "")
                or (self.name or "").casefold() or (f"?{self.blank_row}" if self.blank_row else ""))

    def merge(self, other: CustomerInfo) -> None:
        """Fill empty fields from `other` (first source wins)."""
        for f in ("name", "org_no", "country", "customer_number", "vat_no", "email", "address", "einvoice",
                  "buyer_reference", "order_reference"):
            if getattr(self, f) in (None, "") and getattr(other, f) not in (None, ""):
                setattr(self, f, getattr(other, f))
                if f in other.where:
                    self.where[f] = other.where[f]
            elif f in ("buyer_reference", "order_reference") and getattr(other, f) and \
                    " ".join(str(getattr(other, f)).split()).casefold() != \
                    " ".join(str(getattr(self, f)).split()).casefold() and f not in self.conflicts:
                self.conflicts.append(f)
        self.conflicts += [f for f in other.conflicts if f not in self.conflicts]
        self.org_invalid = self.org_invalid or (other.org_invalid and not self.org_no)


@dataclass
class LineItem:
    """One thing to invoice as read from a source."""

    article: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None       # a line total (unit_price = amount / quantity)
    #: the sender says the line total includes VAT ("= 9 375 kr inkl. moms"); else it must be quantity × price
    amount_gross: bool = False
    vat_rate: Decimal | None = None
    period: tuple[dt.date, dt.date] | None = None
    price_approx: bool = False
    lump_sum: bool = False
    currency: str | None = None
    where: dict[str, Where] = field(default_factory=dict)

    def signature(self) -> tuple:
        return (self.article, self.quantity, self.unit_price, self.amount, self.period)

    def set_period(self, period: Period, where: Where) -> None:
        """The line's period and where it was read: the two always change together (the gate asks the
        provenance of every period)."""
        self.period, self.where["period"] = period, where


def date_undated_lines(lines: list[LineItem], stated: Callable[[], tuple[Period, Where] | None]) -> None:
    """Give every line the one period stated for them all, when none of them has a period of its own (a line's own
    date is never overwritten, nor mixed with a stated one). `stated` is asked only then — reading it can be costly —
    and may say none; each line gets its own copy of the provenance."""
    if not lines or any(li.period for li in lines):
        return
    got = stated()
    if got is None:
        return
    per, where = got
    for li in lines:
        li.set_period(per, replace(where))


@dataclass
class Fragment:
    """Customer + lines from one source (a text segment, a table group, an attachment)."""

    customer: CustomerInfo = field(default_factory=CustomerInfo)
    lines: list[LineItem] = field(default_factory=list)
    period: tuple[dt.date, dt.date] | None = None
    currency: str | None = None
    source: str = ""

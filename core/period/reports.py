"""Report data (pure; the web and the exports render it): ageing, open items per customer, reconciliation,
valuation, automation rate and e-invoice share per month.

Tabular form: every report also has `table(...) -> (columns, rows)` for CSV/XLSX (core.period.tabular).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel.money import money_str
from core.period import reconciliation, valuation
from core.platform import bulk
from core.platform.models import AuditEvent
from core.registers.models import Agency

# actors that are the system itself; any other actor on an invoice's audit trail is a human touch
SYSTEM_ACTORS = {"system", "intake", "auto", "run", "scheduler", "api", "demo", "test", "peppol", "payments",
                 "bank", "delivery", "reminders"}
REQUEST_SOURCES = ("email", "web", "api")
HUMAN_ACTIONS = {"invoice.held"}  # held: a person had to release it
ISSUED = ("issued", "paid", "credited", "written_off")
_inv, _audit = Invoice.__table__.c, AuditEvent.__table__.c


def ageing(session: Session, agency: Agency, as_of: dt.date) -> dict:
    return valuation.ageing(session, agency, as_of)


def open_items(session: Session, agency: Agency, as_of: dt.date, stream: bool = False) -> dict:
    """Open items per customer as of the date. `stream`: `customers` is a one-pass iterator read from the database
    (core.period.json_stream writes it out) and `total` is filled in once it has been read to the end — what the
    report over a whole centre needs; its items are JSON text rendered by the database (json_stream.Encoded) —
    otherwise both are complete at once, items as dicts."""
    customers = _Customers(reconciliation.stream_by_customer(session, agency, as_of, encoded=stream))
    out = {"agency": agency.code, "date": as_of.isoformat(), "currency": agency.currency, "customers": customers,
           "total": customers.total}
    if not stream:
        out["customers"] = list(customers)
        out["total"] = money_str(customers.total.value)
    return out


class _Total:
    """A total that is known once the customers before it have been written (json_stream asks for `value`)."""

    def __init__(self) -> None:
        self.value = Decimal("0.00")

    def __str__(self) -> str:
        return str(money_str(self.value))


class _Customers:
    def __init__(self, source: Iterator[dict]) -> None:
        self.source, self.total = source, _Total()

    def __iter__(self) -> Iterator[dict]:
        for c in self.source:
            self.total.value += Decimal(c["open_amount"])
            yield c


def reconciliation_report(session: Session, agency: Agency, as_of: dt.date) -> dict:
    return reconciliation.reconcile(session, agency, as_of).as_dict()


def valuation_report(session: Session, agency: Agency, as_of: dt.date, stream: bool = False) -> dict:
    """The valuation; `stream`: its `items` are read from the database only when written, as JSON text rendered
    by the database (core.period.json_stream)."""
    val = valuation.value(session, agency, as_of)
    out = val.as_dict(session, stream=stream)
    if stream:
        out["items"] = val.items.encoded()
    return out


def _months(start: dt.date, end: dt.date) -> list[str]:
    out, cur = [], start.replace(day=1)
    while cur <= end:
        out.append(cur.strftime("%Y-%m"))
        cur = (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _is_system(actor: str | None) -> bool:
    a = (actor or "").lower()
    return a in SYSTEM_ACTORS or a.startswith(("system", "intake", "run:", "auto"))


def _request_table(session: Session) -> sa.Table | None:
    """The intake request table, when the intake room has one (reflected, so core does not import intake and
    works before it exists; absent -> None)."""
    try:
        bind = session.get_bind()
        insp = sa.inspect(bind)
        for name in ("invoicerequest", "request", "intakerequest"):
            if insp.has_table(name):
                cols = {c["name"] for c in insp.get_columns(name)}
                if {"id", "agency_id", "created_at"} <= cols:
                    return sa.Table(name, sa.MetaData(), autoload_with=bind)
    except Exception:
        return None
    return None


def _touched(session: Session, invoice_ids: list[int]) -> set[int]:
    """Invoices a person touched: an audit event by a non-system actor, or held (a person released it)."""
    touched: set[int] = set()
    ids = [str(i) for i in invoice_ids]
    for chunk in range(0, len(ids), 500):
        for entity_id, actor, action in session.execute(
                sa.select(_audit.entity_id, _audit.actor, _audit.action)
                .where(_audit.entity == "invoice", _audit.entity_id.in_(ids[chunk:chunk + 500]))):
            if not _is_system(actor) or action in HUMAN_ACTIONS:
                touched.add(int(entity_id))
    return touched


@dataclass
class _Month:
    """One month of the automation report: requests received, invoiced, and invoiced with no human touch."""

    requests: int = 0
    invoiced: int = 0
    touchless: int = 0

    def row(self, month: str) -> dict:
        rate = (Decimal(self.touchless) / self.requests * 100).quantize(Decimal("0.1")) if self.requests else None
        return {"month": month, "requests": self.requests, "invoiced": self.invoiced, "touchless": self.touchless,
                "automation_rate": str(rate) if rate is not None else None}


def automation(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date) -> dict:
    """Per month: invoicing requests received and how many became issued invoices with no human touch (no
    question round, never held, no audit event by a person on the invoice). Requests come from the intake
    request table when it exists; invoices from e-mail/web/API without a request row count as requests too
    (so the rate is derived from invoices alone where there is no request table)."""
    months = {m: _Month() for m in _months(date_from, date_to)}
    table = _request_table(session)
    requests: list[tuple[dt.date, int | None, int]] = []  # (month day, invoice id, question rounds)
    linked: set[int] = set()
    if table is not None:
        c = table.c
        cols = [c.created_at, c.invoice_id if "invoice_id" in c else sa.null(),
                c.question_round if "question_round" in c else sa.literal(0)]
        for at, inv_id, rounds in session.execute(sa.select(*cols).where(c.agency_id == agency.id)):
            day = at.date() if isinstance(at, dt.datetime) else at
            if inv_id is not None:
                linked.add(inv_id)
            if day and date_from <= day <= date_to:
                requests.append((day, inv_id, rounds or 0))
    invs = session.exec(select(Invoice).where(
        col(Invoice.agency_id) == agency.id, col(Invoice.kind) == "invoice",
        sa.or_(col(Invoice.source).in_(REQUEST_SOURCES), col(Invoice.request_id).is_not(None)))).all()
    by_id = {i.id: i for i in invs}
    for inv in invs:
        if inv.id not in linked and date_from <= inv.invoice_date <= date_to:
            requests.append((inv.invoice_date, inv.id, 0))
    missing = [i for _, i, _ in requests if i is not None and i not in by_id]
    for part in bulk.chunks(missing):
        by_id.update({i.id: i for i in session.exec(select(Invoice).where(col(Invoice.id).in_(part)))})
    touched = _touched(session, [i for _, i, _ in requests if i is not None])
    for day, inv_id, rounds in requests:
        m = months[day.strftime("%Y-%m")]
        m.requests += 1
        found = by_id.get(inv_id)
        if found is not None and found.status in ISSUED:
            m.invoiced += 1
            if inv_id not in touched and not rounds:
                m.touchless += 1
    rows = [m.row(month) for month, m in months.items()]
    return {"agency": agency.code, "from": date_from.isoformat(), "to": date_to.isoformat(),
            "basis": "invoices+" + table.name if table is not None else "invoices", "months": rows}


def einvoice_share(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date) -> dict:
    """Per month: issued invoices and credit notes, how many went by Peppol, and the share in percent."""
    rows = session.execute(
        sa.select(_inv.invoice_date, _inv.delivery_channel).where(
            _inv.agency_id == agency.id, _inv.status.in_(ISSUED), _inv.invoice_date >= date_from,
            _inv.invoice_date <= date_to)).all()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day, channel in rows:
        c = counts[day.strftime("%Y-%m")]
        c[0] += 1
        c[1] += channel == "peppol"
    months = []
    for m in _months(date_from, date_to):
        total, peppol = counts[m]
        share = (Decimal(peppol) / total * 100).quantize(Decimal("0.1")) if total else None
        months.append({"month": m, "invoices": total, "peppol": peppol,
                       "einvoice_share": str(share) if share is not None else None})
    return {"agency": agency.code, "from": date_from.isoformat(), "to": date_to.isoformat(), "months": months}


# ---- tabular forms -------------------------------------------------------------------------------------------

def table(session: Session, kind: str, agency: Agency, as_of: dt.date,
          date_from: dt.date | None = None) -> tuple[list[str], Iterable[list]]:
    """(columns, rows) of a report for CSV/XLSX. Amounts are Decimal (the XLSX writer keeps them numeric). The
    open-items rows come as the database yields them: write them while the session is open."""
    date_from = date_from or as_of.replace(month=1, day=1)
    if kind == "ageing":
        data = ageing(session, agency, as_of)
        cols = ["agency", "date", "bucket", "items", "amount"]
        rows = [[agency.code, as_of, b["bucket"], b["items"], Decimal(b["amount"])] for b in data["buckets"]]
        rows.append([agency.code, as_of, "total", data["items"], Decimal(data["total"])])
        return cols, rows
    if kind == "open-items":
        customers = reconciliation.stream_by_customer(session, agency, as_of)
        cols = ["customer_number", "customer", "invoice", "kind", "invoice_date", "due_date", "days_overdue",
                "total", "paid", "credited", "written_off", "open_amount", "collection_status", "fees"]
        # a generator: the writer takes the items as the database yields them (one customer at a time)
        items = ([c["customer_number"], c["customer"], i["invoice"], i["kind"], _day(i["invoice_date"]),
                  _day(i["due_date"]),
                  i["days_overdue"], Decimal(i["total"]), Decimal(i["paid"]), Decimal(i["credited"]),
                  Decimal(i["written_off"]), Decimal(i["open_amount"]), i["collection_status"], Decimal(i["fees"])]
                 for c in customers for i in c["items"])
        return cols, items
    if kind == "automation":
        auto = {m["month"]: m for m in automation(session, agency, date_from, as_of)["months"]}
        share = {m["month"]: m for m in einvoice_share(session, agency, date_from, as_of)["months"]}
        cols = ["month", "requests", "invoiced", "touchless", "automation_rate", "invoices", "peppol",
                "einvoice_share"]
        rows = [[m, a["requests"], a["invoiced"], a["touchless"], _dec(a["automation_rate"]),
                 share[m]["invoices"], share[m]["peppol"], _dec(share[m]["einvoice_share"])]
                for m, a in auto.items()]
        return cols, rows
    if kind == "valuation":
        data = valuation_report(session, agency, as_of)
        cols = ["bucket", "items", "open", "percent", "doubtful"]
        rows = [[b["bucket"], b["items"], Decimal(b["open"]), Decimal(b["percent"]), Decimal(b["doubtful"])]
                for b in data["buckets"]]
        c = data["collection"]
        rows.append(["in_collection", c["items"], Decimal(c["open"]), Decimal(c["percent"]), Decimal(c["doubtful"])])
        rows.append(["provision", None, None, None, Decimal(data["provision"])])
        return cols, rows
    if kind == "reconciliation":
        data = reconciliation_report(session, agency, as_of)
        cols = ["kind", "invoice", "voucher", "amount", "explanation"]
        rows = [["ar_subledger", None, None, Decimal(data["ar_subledger"]), ""],
                ["ar_ledger", None, None, Decimal(data["ar_ledger"]), ""],
                ["difference", None, None, Decimal(data["difference"]), ""]]
        rows += [[d["kind"], d.get("invoice"), d.get("voucher"), Decimal(d["amount"]), d["explanation"]]
                 for d in data["differences"]]
        rows += [["bank_file", b["filename"], None, Decimal(b["difference"]), b.get("explanation", "ok")]
                 for b in data["bank_files"]]
        return cols, rows
    raise ValueError(f"unknown report {kind!r}")


def _day(value: str | dt.date | None) -> dt.date | None:
    """A date cell for the XLSX (the items carry their dates as ISO text, the JSON shape)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None



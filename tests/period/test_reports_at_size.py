"""Reports over more invoices than a database takes bound parameters (issue #16: `report ageing` crashed with
"too many SQL variables" because every invoice id of the agency went into one query). PostgreSQL's driver takes
at most 65,535 parameters, so 66,000 invoices crash the old code there (Debian's SQLite allows 250,000; the
crash seen on SQLite was at a million). The figures must still equal the open amounts."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.payments.models import Allocation, Payment
from core.period import reports
from core.registers import register as registers

N = 66_000


def test_ageing_and_open_items_over_66000_invoices(demo):
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    customer = registers.find_customer(demo, "10002", agency)
    now, day = utcnow(), dt.date(2026, 9, 1)
    rows = [{"agency_id": agency.id, "customer_id": customer.id, "kind": "invoice", "status": "issued",
             "number": str(500000 + i), "invoice_date": day, "due_date": day + dt.timedelta(days=30),
             "currency": "SEK", "net_total": Decimal("100.00"), "vat_total": Decimal("0.00"),
             "total": Decimal("100.00"), "open_amount": Decimal("100.00") if i % 10 else Decimal("40.00"),
             "customer_snapshot": {"name": customer.name}, "customer_name": customer.name, "seller_snapshot": {},
             "warnings": [], "source": "test",
             "disputed": False, "created_at": now, "issued_at": now} for i in range(N)]
    conn = demo.connection()
    conn.execute(sa.insert(Invoice.__table__), rows)
    paid = conn.execute(sa.select(Invoice.__table__.c.id).where(Invoice.__table__.c.open_amount == Decimal("40.00"))
                        ).scalars().all()
    conn.execute(sa.insert(Payment.__table__), [{"agency_id": agency.id, "external_id": "size-1",
                                                "amount": Decimal("60.00") * len(paid), "currency": "SEK",
                                                "payment_date": day, "status": "matched", "suggestions": [],
                                                "unallocated": Decimal("0.00"), "created_at": now}])
    pid = conn.execute(sa.select(Payment.__table__.c.id)).scalar_one()
    conn.execute(sa.insert(Allocation.__table__), [{"payment_id": pid, "invoice_id": i, "amount": Decimal("60.00"),
                                                   "method": "reference", "payment_date": day, "actor": "test",
                                                   "created_at": now} for i in paid])
    demo.commit()
    as_of = dt.date(2026, 12, 1)
    ageing = reports.ageing(demo, agency, as_of)
    expected = Decimal("100.00") * (N - len(paid)) + Decimal("40.00") * len(paid)
    assert Decimal(ageing["total"]) >= expected and ageing["items"] >= N
    items = reports.open_items(demo, agency, as_of)
    assert Decimal(items["total"]) == Decimal(ageing["total"])

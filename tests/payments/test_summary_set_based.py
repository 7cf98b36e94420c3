"""A bank-file import logs the invoice summary set-based (core.billing.summary.logged_set_based): on SQLite the
row trigger is dropped for the import's own UPDATE and the change logged in two grouped statements. The figures
must equal the invoices after an import that pays in full, in part and not at all; the trigger must be back for
every later write; a failed import must leave trigger and figures as they were."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
import sqlalchemy as sa

from core.billing import summary
from core.billing.models import Invoice
from core.platform import bulk
from tests.payments.helpers import bgmax, import_, invoice, pay


def _same(session) -> None:
    conn = session.connection()
    assert summary.stored(conn) == summary.recomputed(conn)


def _trigger_there(session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        names = {r[0] for r in session.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert "invoice_summary_upd" in names


def test_import_logs_the_summary_exactly_and_leaves_the_trigger(demo):
    s = demo
    full, part, other = invoice(s, "100.00"), invoice(s, "250.00"), invoice(s, "75.00")
    _same(s)
    import_(s, bgmax([pay("100.00", full.reference), pay("50.00", part.reference), pay("1.23", "9" * 12)]))
    s.expire_all()
    assert s.get(Invoice, full.id).status == "paid" and s.get(Invoice, part.id).open_amount == D("200.00")
    _same(s)
    _trigger_there(s)
    inv = s.get(Invoice, other.id)  # a later write by another path is still logged by the trigger
    inv.open_amount, inv.status = D("0.00"), "paid"
    s.add(inv)
    s.commit()
    _same(s)


def test_a_failed_import_leaves_trigger_and_figures(demo, monkeypatch):
    s = demo
    inv = invoice(s, "100.00")
    s.commit()

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(bulk, "bulk_update_from", broken)
    with pytest.raises(RuntimeError):
        import_(s, bgmax([pay("100.00", inv.reference)]))
    s.rollback()
    monkeypatch.undo()
    _trigger_there(s)
    _same(s)
    import_(s, bgmax([pay("100.00", inv.reference)], serial=2))
    s.expire_all()
    assert s.get(Invoice, inv.id).status == "paid"
    _same(s)

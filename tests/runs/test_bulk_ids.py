"""Bulk inserts that need the new ids (vouchers of a run, invoices of issue_many) get them in row order on both
databases, reserved before the rows are written in one go."""
import datetime as dt
from decimal import Decimal as D

import sqlalchemy as sa

from core.ledger import posting as ledger
from core.ledger.models import Voucher, VoucherEntry
from core.platform import bulk
from core.registers.models import Agency

_ag, _v, _ve = Agency.__table__.c, Voucher.__table__.c, VoucherEntry.__table__.c


def _agency_id(session) -> int:
    return session.execute(sa.select(_ag.id).where(_ag.code == "HYDRO-SE")).scalar_one()


def test_ids_in_row_order_after_the_existing_ones(demo):
    agency_id = _agency_id(demo)
    day = dt.date(2026, 3, 2)
    first = bulk.bulk_insert(demo, Voucher, [dict(agency_id=agency_id, series="T", number=1, date=day, text="a",
                                                  source_type="test", source_id=None)], returning=True)
    ids = bulk.bulk_insert(demo, Voucher, [dict(agency_id=agency_id, series="T", number=n, date=day, text=f"v{n}",
                                                source_type="test", source_id=None) for n in range(2, 6)],
                           returning=True)
    assert ids == list(range(first[0] + 1, first[0] + 5))
    stored = dict(demo.execute(sa.select(_v.id, _v.number).where(_v.series == "T")).all())
    assert [stored[i] for i in first + ids] == [1, 2, 3, 4, 5]


def test_post_many_books_each_voucher_on_its_own_id(demo):
    agency_id = _agency_id(demo)
    day = dt.date(2026, 3, 2)
    drafts = [ledger.VoucherDraft(day, f"test {k}", "test", k,
                                  [ledger.Entry("1510", D(k)), ledger.Entry("3000", -D(k))]) for k in range(1, 4)]
    ids = ledger.post_many(demo, agency_id, drafts)
    assert len(set(ids)) == 3
    for vid, k in zip(ids, range(1, 4)):
        assert demo.get(Voucher, vid).source_id == k
        amounts = demo.execute(sa.select(_ve.amount).where(_ve.voucher_id == vid)
                               .order_by(_ve.amount)).scalars().all()
        assert amounts == [-D(k), D(k)]
    demo.commit()

"""The bank-file import's transaction on PostgreSQL runs without JIT and with the larger work_mem
(core.payments.importing.WORK_MEM_MB): at the default 4 MB the invoice UPDATE's transition tables for the summary
trigger went to temporary files (bench/payments.py). SET LOCAL: the setting ends with the transaction."""
from __future__ import annotations

import sqlalchemy as sa

from core.payments import importing
from intake.bankfiles import parse_bank_file
from tests.payments.helpers import bgmax, invoice, pay


def test_the_import_transaction_has_the_bulk_settings_and_they_end_with_it(demo):
    s = demo
    inv = invoice(s, "100.00")
    if s.get_bind().dialect.name != "postgresql":
        return  # SQLite has neither setting
    before = s.execute(sa.text("SHOW work_mem")).scalar()
    s.commit()
    importing.import_file(s, bgmax([pay("100.00", inv.reference)]), "t.txt", parse=parse_bank_file, actor="test")
    assert s.execute(sa.text("SHOW work_mem")).scalar() == f"{importing.WORK_MEM_MB}MB"
    assert s.execute(sa.text("SHOW jit")).scalar() == "off"
    s.commit()
    assert s.execute(sa.text("SHOW work_mem")).scalar() == before

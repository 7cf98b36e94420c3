"""Bring a database made before the voucher entries carried their voucher's agency, date and source (issue #16)
to the baseline migration's schema: the three columns added and filled from each entry's voucher, then
`ix_entry_invoice` made again with them. The single baseline migration (docs/architecture.md, decision 10) only
creates tables, so a database with rows gets its copies here, once.

    .venv/bin/python -m tools.entry_copies [DATABASE_URL]      (default: the configured database)

Idempotent: a database that has the columns already is left as it is. On PostgreSQL the table is rewritten
afterwards (VACUUM FULL: every row was updated, and the reconciliation reads the indexes that the update grew).
"""
from __future__ import annotations

import sys

import sqlalchemy as sa

from core.ledger.posting import ISSUING

_INDEX = "CREATE INDEX ix_entry_invoice ON voucherentry (invoice_id, account, agency_id, voucher_date, amount, " \
         "issues_invoice)"


def upgrade(engine: sa.Engine) -> bool:
    """Add and fill the copies; False when the database has them already."""
    if "voucher_date" in {c["name"] for c in sa.inspect(engine).get_columns("voucherentry")}:
        return False
    pg = engine.dialect.name == "postgresql"
    kinds = ", ".join(f"'{k}'" for k in ISSUING)
    with engine.begin() as conn:
        x = lambda sql: conn.execute(sa.text(sql))
        if pg:
            x("ALTER TABLE voucherentry ADD COLUMN agency_id integer, ADD COLUMN voucher_date date, "
              "ADD COLUMN issues_invoice boolean")
        else:  # SQLite adds a NOT NULL column only with a default; every row is filled below
            for ddl in ("agency_id INTEGER NOT NULL DEFAULT 0", "voucher_date DATE NOT NULL DEFAULT '0001-01-01'",
                        "issues_invoice BOOLEAN NOT NULL DEFAULT 0"):
                x(f"ALTER TABLE voucherentry ADD COLUMN {ddl}")
        x("DROP INDEX ix_entry_invoice")
        x("UPDATE voucherentry SET agency_id = v.agency_id, voucher_date = v.date, issues_invoice = "
          f"(voucherentry.invoice_id IS NOT NULL AND v.source_id = voucherentry.invoice_id AND v.source_type IN "
          f"({kinds})) FROM voucher v WHERE v.id = voucherentry.voucher_id")
        if pg:
            x("ALTER TABLE voucherentry ALTER COLUMN agency_id SET NOT NULL, ALTER COLUMN voucher_date SET NOT NULL,"
              " ALTER COLUMN issues_invoice SET NOT NULL")
        x(_INDEX)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM (FULL, ANALYZE) voucherentry" if pg else "ANALYZE voucherentry"))
    return True


def main(argv: list[str]) -> int:
    from core.platform import db

    engine = sa.create_engine(argv[0]) if argv else db.get_engine()
    print("entry copies added and filled" if upgrade(engine) else "the entries carry their copies already")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

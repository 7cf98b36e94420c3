"""The alembic migrations create exactly the schema the models describe, and money is stored exactly."""
from decimal import Decimal as D

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core import schema


def test_migrations_match_models(engine):
    with engine.connect() as conn:
        opts = {"compare_type": False, "include_object": schema.include_object}  # the search index is DDL's
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), schema.metadata())
    assert diff == [], f"models and migrations drift; run: python -m tools.regen_migration\n{diff}"


def test_money_is_stored_as_exact_numbers(demo, engine):
    import sqlalchemy as sa

    from core.registers.models import Agency

    a = demo.exec(sa.select(Agency).where(Agency.code == "HYDRO-SE")).scalar_one()
    a.reminder_fee = D("0.10") + D("0.20")
    demo.commit()
    with engine.connect() as conn:
        raw = conn.execute(sa.text("SELECT reminder_fee FROM agency WHERE code='HYDRO-SE'")).scalar_one()
    assert raw in (30, D("0.30"))  # öre as INTEGER on SQLite, NUMERIC(18,2) on PostgreSQL; never a float
    demo.expire_all()
    assert demo.get(Agency, a.id).reminder_fee == D("0.30")

"""Alembic environment: the schema is core's SQLModel metadata; the URL comes from core.settings."""
from alembic import context
from sqlalchemy import engine_from_config, pool

from core import schema
from core.platform import settings

config = context.config
target_metadata = schema.metadata()


def run_migrations_offline() -> None:
    context.configure(url=settings.database_url(), target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = engine_from_config({"sqlalchemy.url": config.get_main_option("sqlalchemy.url")
                                          or settings.database_url()}, prefix="sqlalchemy.", poolclass=pool.NullPool)
        with connectable.connect() as connection:
            _run(connection)
    else:
        _run(connectable)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True, include_object=schema.include_object)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

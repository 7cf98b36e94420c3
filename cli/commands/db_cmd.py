"""`reskontra db upgrade`: bring the schema to the latest migration."""
from __future__ import annotations

from cli.util import group


def register(sub, groups) -> None:
    g = group(sub, groups, "db", "Database schema")
    p = g.add_parser("upgrade", help="apply all alembic migrations")
    p.set_defaults(func=_upgrade)


def _upgrade(args) -> int:
    from core.platform import migrate, settings

    migrate.upgrade()
    url = settings.database_url()
    print(f"schema up to date: {url.split('@')[-1]}")
    return 0

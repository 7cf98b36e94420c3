"""Schema upgrades through alembic (the only way the schema changes)."""
from __future__ import annotations

from alembic import command
from alembic.config import Config

from core.platform import settings
from core.platform.settings import PROJECT_ROOT


def alembic_config(url: str | None = None) -> Config:
    """The project's alembic.ini pointed at `url` ('%' doubled: the ini file interpolates it)."""
    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    cfg.set_main_option("sqlalchemy.url", (url or settings.database_url()).replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None) -> None:
    """Bring the database to the newest revision."""
    command.upgrade(alembic_config(url), "head")

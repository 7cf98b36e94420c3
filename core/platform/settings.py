"""Where things live on disk and which database to use; every path is overridable by environment variable
so tests and deployments can point elsewhere without code changes."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def var_dir() -> Path:
    """Root of the embedded-default runtime data (SQLite file, Maildir drop folder, outboxes)."""
    path = Path(os.environ.get("RESKONTRA_VAR", PROJECT_ROOT / "var"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """DATABASE_URL if set (PostgreSQL in production), else a SQLite file under var/."""
    url = os.environ.get("DATABASE_URL")
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
    return f"sqlite:///{var_dir() / 'reskontra.db'}"


def outbox_dir(kind: str) -> Path:
    """Outbox folder for a delivery channel: mail, peppol, print, finvoice, collection."""
    path = Path(os.environ.get("RESKONTRA_OUTBOX", var_dir() / "outbox")) / kind
    path.mkdir(parents=True, exist_ok=True)
    return path

"""Regenerate the single baseline migration from the models (allowed until the first release ships).

Usage: .venv/bin/python -m tools.regen_migration
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    versions = ROOT / "migrations" / "versions"
    for f in versions.glob("*.py"):
        f.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/regen.db")
        env.pop("RESKONTRA_VAR", None)
        cmd = [sys.executable, "-m", "alembic", "revision", "--autogenerate", "-m", "baseline", "--rev-id", "0001"]
        return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())

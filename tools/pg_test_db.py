"""Print a URL of a PostgreSQL database for the test run, or nothing when none is reachable.

Tries the given server; if it is down and this machine has a local cluster, starts it (pg_ctlcluster).
Creates a dedicated `reskontra_test` database so the suite never touches other data."""
from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa


def _reachable(url: str) -> bool:
    try:
        eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                               connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        eng.dispose()
        return True
    except Exception:
        return False


def _try_start() -> None:
    try:
        versions = subprocess.run(["ls", "/etc/postgresql"], capture_output=True, text=True).stdout.split()
        for v in versions:
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", v, "main", "start"],
                           capture_output=True, timeout=60)
    except Exception:
        pass


def main(url: str) -> int:
    if not _reachable(url):
        _try_start()
        if not _reachable(url):
            print(f"PostgreSQL at {url} is not reachable", file=sys.stderr)
            return 0
    eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    base, _, _ = url.rpartition("/")
    target = f"{base}/reskontra_test"
    try:
        with eng.connect() as conn:
            if not conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname='reskontra_test'")).first():
                conn.execute(sa.text("CREATE DATABASE reskontra_test"))
    except Exception as exc:
        print(f"cannot create reskontra_test ({exc}); using {url}", file=sys.stderr)
        target = url
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

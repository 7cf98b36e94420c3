"""The deployment examples in deploy/ do what the README says they do (issue #16): the systemd units start a web
and a worker that serve and process mail against the test database, the container image's file layout serves
pages from its own copy of the code, and the compose file wires web and worker to its PostgreSQL.

There is no Docker daemon and no systemd as PID 1 on a test machine, so the tests run what those would run: the
units' ExecStart lines with their EnvironmentFile, and the Containerfile's COPY list in a directory of its own.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from core.platform.models import InboundMessage
from tests.support.mail import COMPLETE, make_mail, rows
from tests.support.processes import APP, free_port, logged_in, wait_http

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNIT_APP = "/srv/reskontra/app"


def _unit(name: str) -> dict[str, str]:
    """The [Service] keys of a unit file (systemd's INI: comments with #, one value per key here)."""
    keys: dict[str, str] = {}
    section = ""
    for line in (DEPLOY / "systemd" / name).read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line and not line.startswith("#") and section == "Service":
            k, v = line.split("=", 1)
            keys[k] = v
    return keys


def _env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of an EnvironmentFile (comments and blank lines skipped)."""
    out = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            k, v = line.split("=", 1)
            out[k] = v.split(" #")[0].strip()
    return out


def _unit_process(unit: str, port: int) -> subprocess.Popen:
    """Start what systemd would start for `unit`: its ExecStart with the environment of the example env file and
    the test database (the unit's binary is the installed `reskontra`; here the checkout's)."""
    svc = _unit(unit)
    assert svc["EnvironmentFile"] == "/etc/reskontra/reskontra.env"
    argv = shlex.split(svc["ExecStart"])
    assert argv[0] == f"{UNIT_APP}/.venv/bin/reskontra"
    argv = [a if a != "8000" else str(port) for a in argv[1:]]
    env = {**os.environ, **_env_file(DEPLOY / "reskontra.env")}
    env["RESKONTRA_SECURE_COOKIES"] = "0"  # the test talks plain HTTP on loopback, no TLS proxy in front
    return subprocess.Popen([sys.executable, "-c", APP, *argv], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _stop(proc: subprocess.Popen, within: float) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        out = proc.communicate(timeout=within)[0]
    except subprocess.TimeoutExpired:
        proc.kill()
        out = proc.communicate()[0]
        raise AssertionError(f"did not stop within {within} s after SIGTERM:\n{out[-2000:]}") from None
    return out


def test_systemd_units_verify():
    tool = shutil.which("systemd-analyze")
    if not tool:
        pytest.skip("systemd-analyze is not installed")
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"units-{os.getpid()}"
    tmp.mkdir(exist_ok=True)
    for unit in ("reskontra-web.service", "reskontra-worker.service"):
        text = (DEPLOY / "systemd" / unit).read_text().replace(f"{UNIT_APP}/.venv/bin/reskontra",
                                                                  str(ROOT / ".venv" / "bin" / "reskontra"))
        (tmp / unit).write_text(text)
    res = subprocess.run([tool, "verify", *(str(p) for p in sorted(tmp.glob("*.service")))],
                         capture_output=True, text=True)
    assert res.returncode == 0 and "reskontra" not in res.stderr, res.stderr


def test_systemd_units_bring_up_web_and_worker(registry):
    """The two units as systemd starts them: the web answers health checks and logs a clerk in; the worker polls
    the mailbox on its own schedule and stops cleanly on SIGTERM within the unit's TimeoutStopSec."""
    from core.platform import settings

    port = free_port()
    web = _unit_process("reskontra-web.service", port)
    worker = _unit_process("reskontra-worker.service", port)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(base + "/healthz", seconds=420)
        assert "/login" not in logged_in(base).open(base + "/invoices/").geturl()
        drop = Path(settings.var_dir()) / "maildrop"
        (drop / "new").mkdir(parents=True, exist_ok=True)
        (drop / "new" / "m1.eml").write_bytes(make_mail(COMPLETE))
        end = time.monotonic() + 150
        while time.monotonic() < end and [m.status for m in rows(InboundMessage)] != ["processed"]:
            time.sleep(1)
        assert [m.status for m in rows(InboundMessage)] == ["processed"]
    finally:
        worker_out = _stop(worker, float(_unit("reskontra-worker.service")["TimeoutStopSec"]))
        _stop(web, float(_unit("reskontra-web.service")["TimeoutStopSec"]))
    assert worker.returncode == 0, worker_out[-2000:]


def _containerfile() -> tuple[str, list[tuple[list[str], str]], dict[str, str]]:
    """WORKDIR, the COPY instructions (sources, destination) and the ENV of deploy/Containerfile."""
    workdir, copies, env = "/", [], {}
    for line in (DEPLOY / "Containerfile").read_text().splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "WORKDIR":
            workdir = parts[1]
        elif parts[0] == "COPY":
            copies.append((parts[1:-1], parts[-1]))
        elif parts[0] == "ENV":
            env.update(dict(p.split("=", 1) for p in parts[1:]))
    return workdir, copies, env


def test_container_image_layout_serves_pages_and_runs_the_worker(registry, tmp_path):
    """The image holds only what the Containerfile copies, installed editable in place (templates, translations
    and migrations are found beside the code). Built here as a directory: a package the COPY list forgets, or an
    install that leaves the templates behind, fails this test."""
    from core.platform import settings

    workdir, copies, image_env = _containerfile()
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    for sources, dest in copies:
        target = app_dir if dest in ("./", ".") else app_dir / dest
        for src in sources:
            path = ROOT / src
            if path.is_dir():
                shutil.copytree(path, target, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                target.mkdir(parents=True, exist_ok=True) if dest.endswith("/") else None
                shutil.copy2(path, target / path.name if dest.endswith("/") else target)
    install = re.search(r"pip install[^\n&]*", (DEPLOY / "Containerfile").read_text())
    assert install and " -e ." in install.group(0), "the image installs the app in place (pip install -e .)"
    env = {**os.environ, **image_env, "PYTHONPATH": str(app_dir), "RESKONTRA_VAR": str(settings.var_dir()),
           "RESKONTRA_HOST": "127.0.0.1"}
    where = subprocess.run([sys.executable, "-c", "import core.platform.settings as s, web; print(s.PROJECT_ROOT);"
                            "print(web.__file__)"], env=env, cwd=app_dir, capture_output=True, text=True)
    assert where.stdout.split() == [str(app_dir), str(app_dir / "web" / "__init__.py")], where.stderr
    port = free_port()
    web = subprocess.Popen([sys.executable, "-c", APP, "serve", "--port", str(port), "--workers", "1"], env=env,
                           cwd=app_dir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(base + "/healthz", seconds=420)  # a fresh copy compiles every module first; slow on a busy machine
        page = urllib.request.urlopen(base + "/login").read().decode()
        assert 'name="password"' in page
        opener = logged_in(base)
        assert "/login" not in opener.open(base + "/invoices/").geturl()
    finally:
        _stop(web, 40)
    worker = subprocess.run([sys.executable, "-c", APP, "worker", "--once"], env=env, cwd=app_dir,
                            capture_output=True, text=True, timeout=180)
    assert worker.returncode == 0, worker.stdout[-2000:] + worker.stderr[-2000:]
    assert workdir == UNIT_APP


def test_compose_wires_web_and_worker_to_its_database():
    doc = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = doc["services"]
    assert set(services) >= {"db", "web", "worker"}
    db_env = services["db"]["environment"]
    for role in ("web", "worker"):
        svc = services[role]
        assert svc["build"]["dockerfile"] == "deploy/Containerfile"
        url = svc["environment"]["DATABASE_URL"]
        m = re.fullmatch(r"postgresql://(\w+):(\S+)@db:5432/(\w+)", url)
        assert m and m.group(1) == db_env["POSTGRES_USER"] and m.group(3) == db_env["POSTGRES_DB"], url
        assert m.group(2) == db_env["POSTGRES_PASSWORD"]
        assert svc["depends_on"]["db"]["condition"] == "service_healthy"
        assert "reskontra.env" in svc["env_file"]
    assert services["web"]["command"][0] == "serve" and services["worker"]["command"] == ["worker"]
    assert services["web"]["volumes"] == services["worker"]["volumes"]  # one var/ for drop folders and outboxes

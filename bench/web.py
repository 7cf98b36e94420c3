"""Benchmark: the clerk's pages at a real centre's size, under load. 1,000,000 invoices (two agencies, SEK and
EUR, 50,000 customers), the production server (`reskontra serve`, gunicorn) and 50 concurrent clients on
loopback, each logged in as the clerk and looping over: the invoice list, the list filtered to overdue
invoices, the list sorted by customer name, the list filtered to a status few invoices have (written off, ~620 of
a million), an exact search by invoice number, a search by customer name, a search of two letters ("AB", "Oy",
"17", "We": a word of any name beginning so), a customer's page, a customer's account, an invoice page and
the dashboard. Prints p50/p95 per page and requests per second: first with one client (what a page costs the
server when nobody waits in line), then with the 50 clients (the goal).
Goals (issue #15): list/search/customer p95 <= 100 ms, dashboard p95 <= 300 ms.

    .venv/bin/python bench/web.py [--pg | --both] [--invoices N] [--clients N] [--seconds S] [--workers N]

The invoices are bulk-inserted, so the database's own triggers fill the invoice summary's log
(core.billing.summary); it is folded once before the clock starts, as a running server's first readers would.
The 50 clients send their next request as soon as the last one is answered (no think time): with C clients and
S ms of CPU per request on P cores a page waits about C * S / P ms in line, which is what the 50-client figures
show on a 2-core machine that also runs the clients. Each phase also prints the server's CPU per request
(gunicorn's master and workers, read from /proc before and after): S itself, less disturbed by other work than the
times. A third phase (`--think-ms`, wrk only) has the same clients pause between pages as clerks reading them do
(exponential, 1 s on average by default — faster than people click): what 50 clerks working at once see.

SQLite in a temporary directory by default; --pg uses $RESKONTRA_WEB_PG_URL or
postgresql://postgres@127.0.0.1:5432/reskontra_web (its schema is dropped and recreated). The load generator is
`wrk` when it is installed (Debian package `wrk`; bench/web_wrk.py: one connection per client, the same page
order, each request timed by the Lua script), so the clients cost next to no CPU; `--generator python` (the
default without wrk) is stdlib threads with keep-alive connections, which on a 2-CPU machine spend about as
much CPU per request as the server does — read those figures as what this machine can do, not as the server.
`--reuse VAR_DIR` serves a database an earlier run filled (and adds the name search index if it lacks it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import http.cookies
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from decimal import Decimal as D
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db, web_wrk  # noqa: E402 -- the project root is on the path only from here

PAGES = ("list", "overdue", "search_number", "search_name", "customer", "account", "invoice", "dashboard",
         "list_by_customer", "rare_status", "search_short")
RARE_STATUS, RARE_EVERY = "written_off", 1613  # the list filtered to a status few invoices have
SHORT_TEXTS = ("AB", "Oy", "17", "We")  # two letters: the beginning of any word of a name (core.billing.search)
GOALS_MS = {"dashboard": 300}


def _pg_database() -> str:
    """$RESKONTRA_WEB_PG_URL or the reskontra_web database on the local server (created when missing)."""
    url = os.environ.get("RESKONTRA_WEB_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_web")
    import sqlalchemy as sa

    base, name = url.rsplit("/", 1)
    admin = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://") + "/postgres",
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first():
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return url


def _sample(eng: Any) -> dict:
    """The newest 2,000 invoices and their customers: what the clients ask for."""
    import sqlalchemy as sa

    from core.billing.models import Invoice

    with eng.connect() as conn:
        inv = Invoice.__table__.c
        sample = conn.execute(sa.select(inv.id, inv.number, inv.customer_id).order_by(inv.id.desc()).limit(2000)).all()
    return {"invoices": [(r.id, r.number) for r in sample], "customers": sorted({r.customer_id for r in sample})}


def _fill(n_invoices: int, n_customers: int) -> dict:
    """Registers, the demo users and the invoices, bulk-inserted (not timed)."""
    import sqlalchemy as sa

    from core.billing.models import Invoice
    from core.kernel.clock import utcnow
    from core.platform import db
    from core.registers.models import Agency, Customer
    from web.users import ensure_demo_users

    eng = setup_db.demo_database()
    with db.session_scope() as s:
        ensure_demo_users(s)
    with db.session_scope() as s:
        agencies = {a.code: (a.id, a.currency) for a in s.execute(sa.select(Agency)).scalars()}
    now, today = utcnow(), dt.date.today()
    with eng.begin() as conn:
        conn.execute(sa.insert(Customer.__table__), [
            {"customer_number": f"W{i:07d}", "kind": "company", "name": f"Webbkund {i} AB", "country": "SE",
             "language": "sv", "no_reminders": False, "no_interest": False, "created_at": now}
            for i in range(n_customers)])
        cust_ids = conn.execute(sa.select(Customer.__table__.c.id).where(
            Customer.__table__.c.customer_number.like("W%")).order_by(Customer.__table__.c.id)).scalars().all()
    plan = [("HYDRO-SE", agencies["HYDRO-SE"]), ("VESI-FI", agencies["VESI-FI"])]
    for start in range(0, n_invoices, 50_000):
        rows = []
        for i in range(start, min(start + 50_000, n_invoices)):
            code, (agency_id, currency) = plan[i % 2]
            issued = today - dt.timedelta(days=i % 730)
            due = issued + dt.timedelta(days=30)
            rare = i % RARE_EVERY == RARE_EVERY // 2  # written off: ~620 of a million, as in bench/reports.py
            open_amount = D("1250.00") if i % 3 == 0 and not rare else D("0.00")
            rows.append({"agency_id": agency_id, "customer_id": cust_ids[i % len(cust_ids)], "kind": "invoice",
                         "status": RARE_STATUS if rare else "issued" if open_amount else "paid",
                         "number": str(200000 + i),
                         "reference": None, "invoice_date": issued, "due_date": due, "currency": currency,
                         "net_total": D("1000.00"), "vat_total": D("250.00"), "total": D("1250.00"),
                         "open_amount": open_amount, "customer_snapshot": {"name": f"Webbkund {i % len(cust_ids)} AB"},
                         "seller_snapshot": {"code": code}, "warnings": [], "source": "email" if i % 4 else "web",
                         "disputed": False, "created_at": now,
                         "issued_at": dt.datetime.combine(issued, dt.time(8), tzinfo=dt.UTC)})
        with eng.begin() as conn:
            conn.execute(sa.insert(Invoice.__table__), rows)
    from core.billing import summary

    t0 = time.perf_counter()
    folded = summary.compact(eng)
    print(f"invoice summary: {folded:,} log rows folded in {time.perf_counter() - t0:.1f} s", flush=True)
    if eng.dialect.name == "postgresql":  # the folded log's million dead rows: autovacuum's work, done now
        with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE"))
    return _sample(eng)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Client:
    """One logged-in clerk with a keep-alive connection."""

    def __init__(self, port: int) -> None:
        self.port, self.cookies = port, http.cookies.SimpleCookie()
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v.value}" for k, v in self.cookies.items())}
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):  # the server closed an idle keep-alive
            self.conn.close()  # connection (gunicorn: after 2 s); a browser opens a new one, so do we
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        for header in resp.headers.get_all("Set-Cookie") or []:
            self.cookies.load(header)
        return resp.status, text

    def login(self) -> None:
        _, page = self.request("GET", "/login")
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
        form = {"username": "clerk", "password": "clerk-demo", **({"csrf_token": token.group(1)} if token else {})}
        status, _ = self.request("POST", "/login", form)
        if status not in (200, 302):
            raise SystemExit(f"login failed: HTTP {status}")


def _paths(sample: dict, rng: random.Random) -> dict[str, str]:
    inv_id, number = rng.choice(sample["invoices"])
    cust = rng.choice(sample["customers"])
    return {"list": "/invoices/", "overdue": "/invoices/?overdue=1", "search_number": f"/invoices/?q={number}",
            "search_name": f"/invoices/?q=Webbkund+{rng.randrange(50_000)}+AB", "customer":
            f"/registers/customers/{cust}", "account": f"/customers/{cust}/account",
            "invoice": f"/invoices/{inv_id}", "dashboard": "/", "list_by_customer": "/invoices/?sort=customer",
            "rare_status": f"/invoices/?status={RARE_STATUS}",
            "search_short": f"/invoices/?q={rng.choice(SHORT_TEXTS)}"}


def _load(port: int, sample: dict, clients: int, seconds: float) -> tuple[dict[str, list[float]], int]:
    times: dict[str, list[float]] = {p: [] for p in PAGES}
    errors = [0]
    lock = threading.Lock()
    started = threading.Barrier(clients + 1)
    end = [0.0]

    def worker(seed: int) -> None:
        rng, client = random.Random(seed), Client(port)
        try:
            client.login()  # before the clock starts: a login hashes a password, it is not a page measured here
        except (SystemExit, OSError, http.client.HTTPException) as exc:  # counted, and the others still start
            with lock:
                errors[0] += 1
            print(f"client {seed}: login failed: {exc}", file=sys.stderr, flush=True)
            started.wait()
            return
        started.wait()
        while time.monotonic() < end[0]:
            for page, path in _paths(sample, rng).items():
                t = time.perf_counter()
                status, _ = client.request("GET", path)
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    times[page].append(ms)
                    errors[0] += status != 200  # a redirect to the log-in page would flatter the figures

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    end[0] = time.monotonic() + 3600
    started.wait()
    end[0] = time.monotonic() + seconds
    for th in threads:
        th.join()
    return times, errors[0]


def _measure(port: int, sample: dict, clients: int, seconds: float, generator: str, workdir: Path,
             think_ms: int = 0) -> tuple[dict[str, list[float]], int]:
    """One load phase with the chosen generator: wrk (the clients cost next to no CPU) or the Python threads
    (no think time there)."""
    if generator == "python":
        return _load(port, sample, clients, seconds)
    client = Client(port)
    client.login()  # one session for every connection: the server checks it per request all the same
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    return web_wrk.load(port, cookie, PAGES, lambda rng: _paths(sample, rng), clients, seconds, workdir, think_ms)


def _server_cpu(pid: int) -> float | None:
    """CPU seconds the server (gunicorn's master and its workers) has used, from /proc (None elsewhere): the S of
    C * S / P, measured rather than inferred from the response times."""
    try:
        hz = os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        total = 0
        for p in [str(pid), *children]:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
        return total / hz
    except (OSError, ValueError, IndexError):
        return None


def _phase(pid: int, run: Any) -> tuple[tuple[dict[str, list[float]], int], float | None]:
    """One load phase and the server's CPU it took (seconds; None when /proc cannot tell)."""
    before = _server_cpu(pid)
    result = run()
    after = _server_cpu(pid)
    return result, (after - before) if before is not None and after is not None else None


def _report(times: dict[str, list[float]], seconds: float, clients: int, goals: bool,
            cpu: float | None = None) -> bool:
    """p50/p95 per page; True when every page met its goal (checked only when `goals`)."""
    ok = True
    total = sum(len(v) for v in times.values())
    print(f"{clients} client(s), {seconds:.0f} s: {total:,} requests ({total / seconds:.0f}/s)"
          + (f"; server CPU {cpu * 1000 / total:.1f} ms per request" if cpu is not None and total else ""))
    for page in PAGES:
        v = times[page]
        goal = GOALS_MS.get(page, 100)
        p95 = _p(v, 95)
        ok = ok and p95 <= goal
        print(f"  {page:14s} n={len(v):6d}  p50 {_p(v, 50):7.1f} ms  p95 {p95:7.1f} ms"
              + (f"  (goal {goal} ms)" if goals else ""))
    return ok


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) >= 2 else (values or [0.0])[0]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", action="store_true")
    ap.add_argument("--both", action="store_true", help="SQLite, then PostgreSQL (each in its own process)")
    ap.add_argument("--single-seconds", type=float, default=10, help="the one-client phase (0: skip it)")
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=50_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--generator", choices=("wrk", "python"), default="wrk" if web_wrk.available() else "python",
                    help="the load generator: wrk (default when installed) or stdlib threads")
    ap.add_argument("--think-ms", type=int, default=1000,
                    help="a third phase: the clients pause this long on average (exponential) between pages, as "
                         "clerks reading a page do (wrk only; 0: skip it)")
    ap.add_argument("--reuse", metavar="VAR_DIR", help="serve the database an earlier run filled (its var/ folder, "
                    "printed by that run; with --pg the database as it is) instead of filling a new one")
    args = ap.parse_args()
    if args.both:
        rest = [a for a in sys.argv[1:] if a not in ("--both", "--pg")]
        codes = [subprocess.call([sys.executable, __file__, *rest, *db]) for db in ([], ["--pg"])]
        return max(codes)
    if args.reuse:
        var = Path(args.reuse)
        os.environ.update(RESKONTRA_VAR=str(var), RESKONTRA_OUTBOX=f"{var}/outbox",
                          DATABASE_URL=_pg_database() if args.pg else f"sqlite:///{var}/bench.db")
        from core.billing import search
        from core.platform import db

        with db.get_engine().begin() as conn:  # a database filled before the name search index existed gets it
            search.install(conn)
        sample = _sample(db.get_engine())
        print(f"database: {'postgresql' if args.pg else 'sqlite'}; reused as filled before ({var})", flush=True)
    else:
        var = Path(setup_db.environment("reskontra-bench-web-", _pg_database() if args.pg else None))
        t0 = time.perf_counter()
        sample = _fill(args.invoices, args.customers)
        print(f"database: {'postgresql' if args.pg else 'sqlite'}; {args.invoices:,} invoices, {args.customers:,} "
              f"customers; filled in {time.perf_counter() - t0:.0f} s (var: {var})", flush=True)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "import sys, app; sys.exit(app.main(sys.argv[1:]))", "serve",
                               "--port", str(port), "--workers", str(args.workers),
                               "--threads", str(args.threads)], env=dict(os.environ),
                              stdout=subprocess.DEVNULL, stderr=(var / f"server-{os.getpid()}.log").open("w"))
    try:
        for _ in range(200):
            try:
                Client(port).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        _measure(port, sample, 2, 3, args.generator, var)  # warm-up
        single, single_cpu = _phase(server.pid, lambda: _measure(port, sample, 1, args.single_seconds,
                                                                 args.generator, var)) \
            if args.single_seconds else (None, None)
        (times, errors), cpu = _phase(server.pid, lambda: _measure(port, sample, args.clients, args.seconds,
                                                                   args.generator, var))
        paced, paced_cpu = _phase(server.pid, lambda: _measure(port, sample, args.clients, args.seconds, "wrk", var,
                                                               args.think_ms)) \
            if args.think_ms and args.generator == "wrk" else (None, None)
    finally:
        server.terminate()
        server.wait(30)
    print(f"web: {args.workers} processes x {args.threads} threads (gunicorn gthread); "
          f"load generator: {args.generator}")
    if single:
        _report(single[0], args.single_seconds, 1, goals=False, cpu=single_cpu)
    ok = _report(times, args.seconds, args.clients, goals=True, cpu=cpu) and errors == 0
    if paced:
        print(f"the same {args.clients} clients at a clerk's pace: {args.think_ms} ms pause on average between pages")
        _report(paced[0], args.seconds, args.clients, goals=False, cpu=paced_cpu)
        print(f"{paced[1]} answers that were not the page (5xx, a redirect) at that pace")
    print(f"{errors} answers that were not the page (5xx, a redirect); goal:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

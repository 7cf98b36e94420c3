"""`reskontra serve [--host 127.0.0.1] [--port 8000] [--workers N] [--dev]`: the web application on gunicorn
(a production WSGI server: N worker processes, graceful restarts, an access log without query strings, so no
personal identity number typed into a search lands in a log). `--dev` runs Werkzeug's development server
instead. The scheduler, the mailbox poller and outgoing mail run in `reskontra worker`, never in the web process,
so any number of web processes can run side by side. Creates the demo users when there are no users at all."""
from __future__ import annotations

import argparse
import os
from typing import Any

ACCESS_LOG_FORMAT = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'  # the path without the query string


def register(sub, groups) -> None:
    p = sub.add_parser("serve", help="run the web application (gunicorn; the scheduler runs in `reskontra worker`)")
    p.add_argument("--host", default=os.environ.get("RESKONTRA_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("RESKONTRA_PORT", "8000")))
    p.add_argument("--workers", type=int, default=int(os.environ.get("RESKONTRA_WEB_WORKERS", "2")),
                   help="web worker processes (default 2, or RESKONTRA_WEB_WORKERS)")
    p.add_argument("--threads", type=int, default=int(os.environ.get("RESKONTRA_WEB_THREADS", "4")),
                   help="threads per web worker (default 4)")
    p.add_argument("--dev", action="store_true", help="Werkzeug's development server (one process, for debugging)")
    # kept so that old scripts still run: the web process never runs the scheduler now
    p.add_argument("--no-scheduler", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_serve)


def _prepare() -> None:
    from sqlalchemy.exc import IntegrityError

    from core.platform import migrate
    from core.platform.db import session_scope
    from web.users import ensure_demo_users

    migrate.upgrade()
    try:
        with session_scope() as session:
            made = ensure_demo_users(session)
    except IntegrityError:  # another web process started at the same moment and created them
        made = []
    from core.platform.db import get_engine

    # gunicorn forks its workers from this process: a pooled connection opened here would be shared by all of them
    # (on PostgreSQL: "server closed the connection unexpectedly", HTTP 500 on the workers' first requests)
    get_engine().dispose()
    if made:
        print("Demo users (created because there were none):")
        for name, pw, role, agencies in made:
            print(f"  {name} / {pw}  ({role}{': ' + ', '.join(agencies) if agencies else ''})")


def _gunicorn(args) -> None:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self) -> None:
            options: dict[str, Any] = {"bind": f"{args.host}:{args.port}", "workers": max(args.workers, 1),
                                       "threads": max(args.threads, 1), "accesslog": "-",
                                       "access_log_format": ACCESS_LOG_FORMAT, "graceful_timeout": 30,
                                       "timeout": 120, "proc_name": "reskontra-web"}
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from web.app import create_app

            return create_app()

    Server().run()


def _serve(args) -> int:
    from core.platform import logs

    logs.configure("web")
    _prepare()
    print(f"Reskontra web: http://{args.host}:{args.port}/ ({'development server' if args.dev else 'gunicorn'})",
          flush=True)
    if args.dev:
        from werkzeug.serving import run_simple

        from web.app import create_app

        run_simple(args.host, args.port, create_app(), threaded=True, use_reloader=False,
                   use_debugger=os.environ.get("RESKONTRA_DEBUG") == "1")
    else:
        _gunicorn(args)
    return 0

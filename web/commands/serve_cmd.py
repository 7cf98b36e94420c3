"""`reskontra serve [--host 127.0.0.1] [--port 8000]`: the web application, with the scheduler and the mailbox
poller when those modules exist. Creates the demo users when there are no users at all."""
from __future__ import annotations

import importlib
import os

from core.cli_util import group  # noqa: F401  (kept for symmetry with other command modules)

# candidate module-level callables of the intake room for the injected scheduler jobs (first found wins)
INJECTED = {
    "mailbox_poll": [("intake.pipeline", "poll_once"), ("intake.pipeline", "poll_mailboxes"), ("intake.poller", "poll_all"), ("intake.mailbox", "poll_all"),
                     ("intake.pipeline", "poll_all")],
    "outbox_delivery": [("intake.outgoing_mail", "deliver_pending"), ("intake.outgoing_mail", "deliver_all")],
}


def register(sub, groups) -> None:  # noqa: ANN001
    p = sub.add_parser("serve", help="run the web application (and the scheduler and mailbox poller)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-scheduler", action="store_true", help="web only")
    p.set_defaults(func=_serve)


def _find(cands: list[tuple[str, str]]):  # noqa: ANN202
    for mod, name in cands:
        try:
            fn = getattr(importlib.import_module(mod), name, None)
        except ImportError:
            continue
        if fn is not None:
            return f"{mod}:{name}"
    return None


def start_scheduler() -> tuple[object | None, list[str]]:
    try:
        from core import scheduler
    except ImportError:
        return None, []
    injected = {}
    for job, cands in INJECTED.items():
        ref = _find(cands)
        if ref:
            injected[job] = scheduler.JobSpec(ref, scheduler.default_triggers()[job][0],
                                              scheduler.default_triggers()[job][1])
    # the invoicing slots, whose summaries go out through intake's one mail sender
    injected["batch_slots"] = scheduler.batch_spec(_find(INJECTED["outbox_delivery"]))
    sched = scheduler.make_scheduler(injected=injected)
    sched.start()
    return sched, sorted(["reminders", "interest", "collection", *injected])


def _serve(args) -> int:  # noqa: ANN001
    from werkzeug.serving import run_simple

    from core import migrate
    from core.db import session_scope
    from web.app import create_app
    from web.users import ensure_demo_users

    migrate.upgrade()
    with session_scope() as session:
        made = ensure_demo_users(session)
    app = create_app()
    sched, jobs = (None, []) if args.no_scheduler else start_scheduler()
    url = f"http://{args.host}:{args.port}/"
    print(f"Reskontra web: {url}")
    if made:
        print("Demo users (created because there were none):")
        for name, pw, role, agencies in made:
            print(f"  {name} / {pw}  ({role}{': ' + ', '.join(agencies) if agencies else ''})")
    print(f"Scheduler: {'running jobs ' + ', '.join(jobs) if sched else 'off'}"
          f"{'' if any(j == 'mailbox_poll' for j in jobs) or not sched else ' (mailbox poller: TODO, intake poller not found)'}")
    try:
        run_simple(args.host, args.port, app, threaded=True, use_reloader=False,
                   use_debugger=os.environ.get("RESKONTRA_DEBUG") == "1")
    finally:
        if sched is not None:
            sched.shutdown(wait=False)
    return 0

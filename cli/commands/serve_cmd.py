"""`reskontra serve [--host 127.0.0.1] [--port 8000]`: the web application, with the scheduler and the mailbox
poller. Creates the demo users when there are no users at all."""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built without importing the scheduler (start-up cost)
    from apscheduler.schedulers.base import BaseScheduler

    from core.runs.scheduler import JobSpec

# the intake room's jobs, injected into core's scheduler by reference (core never imports intake)
MAILBOX_POLL = "intake.pipeline:poll_once"
MAIL_SENDER = "intake.outgoing_mail:deliver_pending"


def register(sub, groups) -> None:
    p = sub.add_parser("serve", help="run the web application (and the scheduler and mailbox poller)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-scheduler", action="store_true", help="web only")
    p.set_defaults(func=_serve)


def start_scheduler() -> tuple[BaseScheduler, list[str]]:
    """Core's jobs (reminders, interest, collection) plus mailbox polling, outgoing mail and invoicing slots."""
    from core.runs import scheduler

    triggers = scheduler.default_triggers()
    injected: dict[str, Callable[..., Any] | JobSpec] = {
        "mailbox_poll": scheduler.JobSpec(MAILBOX_POLL, *triggers["mailbox_poll"]),
        "outbox_delivery": scheduler.JobSpec(MAIL_SENDER, *triggers["outbox_delivery"]),
        "batch_slots": scheduler.batch_spec(MAIL_SENDER)}
    sched = scheduler.make_scheduler(injected=injected)
    sched.start()
    return sched, sorted(["reminders", "interest", "collection", *injected])


def _serve(args) -> int:
    from werkzeug.serving import run_simple

    from core.platform import migrate
    from core.platform.db import session_scope
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
    print(f"Scheduler: {'running jobs ' + ', '.join(jobs) if sched else 'off'}")
    try:
        run_simple(args.host, args.port, app, threaded=True, use_reloader=False,
                   use_debugger=os.environ.get("RESKONTRA_DEBUG") == "1")
    finally:
        if sched is not None:
            sched.shutdown(wait=False)
    return 0

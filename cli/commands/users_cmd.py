"""`reskontra users add|list`: people who use the web application."""
from __future__ import annotations

from cli.util import command_session, emit, group
from core.kernel.vocabulary import ROLES


def register(sub, groups) -> None:
    g = group(sub, groups, "users", "Users of the web application")
    p = g.add_parser("add", help="add a user")
    p.add_argument("--username", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--agency", action="append", default=[], help="agency code (repeat for a clerk's agencies)")
    p.add_argument("--password", required=True)
    p.set_defaults(func=_add)
    p = g.add_parser("list", help="list users")
    p.set_defaults(func=_list)


def _add(args) -> int:
    from core.platform import migrate
    from web.users import create_user

    migrate.upgrade()
    with command_session(note=" — no user was added") as session:
        user = create_user(session, args.username, args.password, args.role, args.agency, actor="cli")
        out = {"id": user.id, "username": user.username, "role": user.role, "agencies": args.agency}
    return emit(args, out)


def _list(args) -> int:
    from sqlmodel import col, select

    from core.access import user_agency_ids
    from core.platform import migrate
    from core.platform.models import User
    from core.registers.models import Agency

    migrate.upgrade()
    with command_session() as session:
        codes = {a.id: a.code for a in session.exec(select(Agency))}
        rows = [{"username": u.username, "role": u.role, "active": u.active,
                 "agencies": [codes[i] for i in user_agency_ids(session, u.id)] if u.id is not None else []}
                for u in session.exec(select(User).order_by(col(User.username)))]
    return emit(args, rows)

"""`reskontra users add|list`: people who use the web application; `users token add|list|revoke`: the agencies'
API tokens (stored as SHA-256 only; the clear token is printed once, when it is made)."""
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
    tokens = g.add_parser("token", help="API tokens of agencies' systems").add_subparsers(dest="token_command",
                                                                                         required=True)
    p = tokens.add_parser("add", help="make a token (printed once, stored hashed)")
    p.add_argument("--agency", required=True, help="agency code")
    p.add_argument("--name", default="API", help="what the token is for")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_token_add)
    p = tokens.add_parser("list", help="tokens (prefix, agency, made, last used, revoked)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_token_list)
    p = tokens.add_parser("revoke", help="revoke a token at once (by id or prefix)")
    p.add_argument("token", metavar="ID|PREFIX")
    p.set_defaults(func=_token_revoke)


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


def _token_add(args) -> int:
    from core.platform import migrate
    from core.registers import register as registers
    from web.users import create_token

    migrate.upgrade()
    with command_session(note=" — no token was made") as session:
        agency = registers.agency_by_code(session, args.agency)
        row, clear = create_token(session, agency, args.name, "cli")
        out = {"id": row.id, "agency": agency.code, "name": row.name, "prefix": row.prefix, "token": clear}
    return emit(args, out, f"token {row.id} for {agency.code} (shown once, keep it safe): {clear}")


def _token_list(args) -> int:
    from sqlmodel import col, select

    from core.platform import migrate
    from core.platform.models import ApiToken
    from core.registers.models import Agency

    migrate.upgrade()
    with command_session() as session:
        codes = {a.id: a.code for a in session.exec(select(Agency))}
        rows = [{"id": t.id, "agency": codes.get(t.agency_id), "name": t.name, "prefix": t.prefix,
                 "created_at": t.created_at, "last_used_at": t.last_used_at, "revoked_at": t.revoked_at}
                for t in session.exec(select(ApiToken).order_by(col(ApiToken.id)))]
    return emit(args, rows)


def _token_revoke(args) -> int:
    from core.platform import migrate
    from web.users import find_token, revoke_token

    migrate.upgrade()
    with command_session(note=" — nothing was revoked") as session:
        row = find_token(session, args.token)
        revoke_token(session, row, "cli", "cli")
        out = {"id": row.id, "prefix": row.prefix, "revoked_at": row.revoked_at}
    return emit(args, out, f"token {out['id']} ({out['prefix']}) revoked")

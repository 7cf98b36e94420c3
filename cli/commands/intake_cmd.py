"""`reskontra intake run [--maildir DIR] [--mailbox NAME] --json`: one intake pass (prints counts);
`reskontra intake messages [--status S]`, `intake release ID --reason R [--agency CODE]`,
`intake discard ID --reason R`, `intake requests [--status S]`, `intake answer QUESTION_ID VALUE`."""
from __future__ import annotations

import argparse

from cli.util import command_session, emit, fail, group, print_json, record_id


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    g = group(sub, groups, "intake", "E-mail intake")
    p = g.add_parser("run", help="fetch, store and process new messages once (mailboxes in mailbox_config/)")
    p.add_argument("--maildir", help="a Maildir drop folder to read instead of the configured mailboxes")
    p.add_argument("--mailbox", help="only this mailbox (name of a mailbox_config/*.toml)")
    p.add_argument("--json", action="store_true", help="print counts as JSON")
    p.set_defaults(func=_run)
    p = g.add_parser("messages", help="stored messages (quarantined by default)")
    p.add_argument("--status", default="quarantined", help="stored|processed|quarantined|discarded|duplicate|all")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_messages)
    p = g.add_parser("release", help="release a quarantined message (processed as if it had passed the checks)")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)
    p.add_argument("--agency", help="agency code, when the sender is not an allowed sender")
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_release)
    p = g.add_parser("discard", help="discard a quarantined message (kept stored, with the reason)")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_discard)
    p = g.add_parser("requests", help="invoicing requests and their questions")
    p.add_argument("--status", help="waiting_for_answer|ready|held|invoiced|rejected")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_requests)
    p = g.add_parser("answer", help="answer an open question of a request (as a clerk)")
    p.add_argument("question_id", type=record_id)
    p.add_argument("value")
    p.add_argument("--actor", default="cli")
    p.set_defaults(func=_answer)


def _run(args: argparse.Namespace) -> int:
    from core.platform import migrate
    from intake.pipeline import poll_once

    migrate.upgrade()
    try:
        counts = poll_once(mailbox=args.mailbox, maildir=args.maildir)
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    print_json(counts)
    return 0


# The commands below print JSON whether or not --json is given (emit without a text form).
def _messages(args: argparse.Namespace) -> int:
    from intake import message_store

    with command_session() as s:
        rows = message_store.list_messages(s, None if args.status == "all" else args.status)
        views = [message_store.message_view(m) for m in rows]
    return emit(args, views)


def _release(args: argparse.Namespace) -> int:
    from intake import message_store
    from intake.outgoing_mail import deliver_pending
    from intake.pipeline import release_message

    with command_session() as s:
        view = message_store.message_view(release_message(s, args.id, args.actor, args.reason, args.agency))
    deliver_pending()
    return emit(args, view)


def _discard(args: argparse.Namespace) -> int:
    from intake import message_store

    with command_session() as s:
        view = message_store.message_view(message_store.discard_message(s, args.id, args.actor, args.reason))
    return emit(args, view)


def _requests(args: argparse.Namespace) -> int:
    from core.kernel.identifiers import mask_pins
    from core.requests import lifecycle as requests

    with command_session() as s:
        views = [requests.request_view(s, r) for r in requests.list_requests(s, status=args.status)]
    return emit(args, mask_pins(views))  # personal identity numbers never in full in a list


def _answer(args: argparse.Namespace) -> int:
    from core.kernel.identifiers import mask_pins
    from core.requests import clarifications
    from core.requests import lifecycle as requests
    from intake.outgoing_mail import deliver_pending

    with command_session() as s:
        q = clarifications.answer_question(s, args.question_id, args.value, args.actor)
        view = requests.request_view(s, requests.get_request(s, q.request_id))
    deliver_pending()
    return emit(args, mask_pins(view))

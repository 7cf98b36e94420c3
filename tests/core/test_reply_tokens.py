"""A reply token is drawn and reserved in one statement (core.platform.correspondence.new_token): a token already
taken is never handed out twice — another is drawn."""
from __future__ import annotations

import itertools
import secrets

from sqlmodel import select

from core.platform import correspondence
from core.platform.models import ReplyToken


def test_a_taken_token_is_drawn_again(session, monkeypatch):
    first = correspondence.new_token(session, "request")
    letters = itertools.chain(first[4:], "ABCDE")  # the same token again, then REQ-ABCDE
    monkeypatch.setattr(secrets, "choice", lambda _alphabet: next(letters))
    assert correspondence.new_token(session, "change") == "REQ-ABCDE"
    session.commit()
    kinds = {t.token: t.kind for t in session.exec(select(ReplyToken))}
    assert kinds == {first: "request", "REQ-ABCDE": "change"}

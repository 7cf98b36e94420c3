"""Issue #17, finding 5: log-in throttling and lockout (held in the database, so every web process counts the
same failures), no user enumeration, sessions that end on log-out, on a password change and after their lifetime,
and API tokens revoked from the command line."""
from __future__ import annotations

import time

from sqlmodel import Session, select

from core.platform.db import get_engine
from core.platform.models import ApiToken, LoginFailure
from tests.conftest import run_cli
from tests.web.conftest import PASSWORDS
from web import login_throttle, users
from web.app import create_app

CONFIG = {"TESTING": True, "WTF_CSRF_ENABLED": False, "SECRET_KEY": "test-secret"}


def _post_login(client, username, password):
    return client.post("/login", data={"username": username, "password": password})


def _logged_in(client) -> bool:
    return client.get("/invoices/").status_code == 200


def test_wrong_passwords_lock_the_name_in_every_process(app):
    client = app.test_client()
    for _ in range(login_throttle.USER_LIMIT):
        assert _post_login(client, "hydro", "wrong-password").status_code == 200
    r = _post_login(client, "hydro", PASSWORDS["hydro"])  # the right password no longer helps
    assert r.status_code == 429 and not _logged_in(client)
    other_process = create_app(CONFIG).test_client()
    assert _post_login(other_process, "hydro", PASSWORDS["hydro"]).status_code == 429
    assert _post_login(other_process, "vesi", PASSWORDS["vesi"]).status_code == 302  # others are not locked


def test_an_unknown_name_is_answered_like_a_known_one(app):
    client = app.test_client()
    answers = []
    for name in ("hydro", "nobody-here"):
        answers.append([_post_login(client, name, "wrong-password").status_code
                        for _ in range(login_throttle.USER_LIMIT + 1)])
    assert answers[0] == answers[1] == [200] * login_throttle.USER_LIMIT + [429]


def test_an_unknown_user_costs_a_password_hash_check(world, monkeypatch):
    checked = []
    real = users.check_password_hash

    def spy(stored, password):  # the real check runs; we only note which hash it was given
        checked.append(stored.split("$", 1)[0])
        return real(stored, password)

    monkeypatch.setattr(users, "check_password_hash", spy)
    with Session(get_engine()) as s:
        assert users.verify(s, "nobody-here", "whatever-pw") is None
        assert users.verify(s, "hydro", "wrong-password") is None
    assert len(checked) == 2 and checked[0] == checked[1]  # the same kind of work for both


def test_success_clears_the_failures(app):
    client = app.test_client()
    for _ in range(login_throttle.USER_LIMIT - 1):
        _post_login(client, "vesi", "wrong-password")
    assert _post_login(client, "vesi", PASSWORDS["vesi"]).status_code == 302
    with Session(get_engine()) as s:
        assert not s.exec(select(LoginFailure).where(LoginFailure.username == "vesi")).all()


def test_logout_ends_every_copy_of_the_session(app, as_user):
    client = as_user("hydro")
    stolen = client.get_cookie("session").value
    assert client.post("/logout").status_code == 302
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert not _logged_in(thief) and not _logged_in(client)


def test_password_change_ends_other_sessions_but_not_this_one(app, as_user):
    mine, other = as_user("clerkhydro"), as_user("clerkhydro")
    assert _logged_in(other)
    r = mine.post("/settings", data={"language": "", "full_name": "", "new_password": "a-new-password-1"})
    assert r.status_code == 302
    assert _logged_in(mine) and not _logged_in(other)
    fresh = app.test_client()
    assert _post_login(fresh, "clerkhydro", PASSWORDS["clerkhydro"]).status_code == 200  # old password gone
    assert _post_login(fresh, "clerkhydro", "a-new-password-1").status_code == 302


def test_idle_and_absolute_lifetime(as_user):
    client = as_user("hydro")
    with client.session_transaction() as sess:
        sess["seen"] = time.time() - 31 * 60
    assert not _logged_in(client)
    client = as_user("hydro")
    with client.session_transaction() as sess:
        sess["login_at"] = time.time() - 8 * 3600 - 60
    assert not _logged_in(client)
    client = as_user("hydro")
    with client.session_transaction() as sess:
        sess["seen"] = time.time() - 29 * 60
    assert _logged_in(client)


def test_api_token_is_stored_hashed_and_revoked_from_the_cli(world, app, capsys):
    token = world["HYDRO-SE"]["token"]
    api = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/v1/invoices", headers=headers).status_code == 200
    with Session(get_engine()) as s:
        row = s.get(ApiToken, world["HYDRO-SE"]["token_id"])
        assert token not in (row.token_hash, row.prefix) and row.token_hash == users.token_hash(token)
    code, out, err = run_cli(capsys, "users", "token", "revoke", row.prefix)
    assert code == 0, err
    assert api.get("/api/v1/invoices", headers=headers).status_code == 401
    code, _, err = run_cli(capsys, "users", "token", "revoke", "rsk_nothere")
    assert code == 2 and "no API token" in err

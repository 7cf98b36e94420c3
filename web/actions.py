"""One core use case run from a form: commit and confirm on success; roll back and show the error otherwise."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import flash

from core.kernel.errors import DomainError
from web import data
from web.labels import error_text


def attempt(action: Callable[[], Any], ok: str | None = None,
            errors: tuple[type[Exception], ...] = (DomainError,),
            on_error: Callable[[Exception], None] | None = None) -> tuple[bool, Any]:
    """(True, what the action returned) after a commit, or (False, None) after a rollback with the error shown
    (flashed, or handed to `on_error`, e.g. to put it next to a form field)."""
    try:
        result = action()
        data.db().commit()
    except errors as exc:
        data.db().rollback()
        (on_error or (lambda e: flash(error_text(e), "error")))(exc)
        return False, None
    if ok:
        flash(ok, "ok")
    return True, result

"""The request side of a list paged by keyset (core.views.keyset): which cursor the link carries ("after" the last
row shown, or "before" the first one for the previous page) and the list's other arguments that every paging link
keeps (its filters), so that the clerk's filter survives the walk through the pages."""
from __future__ import annotations

from flask import request

PAGING = ("after", "before", "format")


def cursor() -> tuple[str | None, bool]:
    """(cursor, backwards) of the request: "before" walks back from the first row shown, "after" on from the last."""
    before = request.args.get("before")
    return before or request.args.get("after"), bool(before)


def kept_args() -> dict[str, str]:
    """The list's arguments the paging links keep (all but the cursor and an export format)."""
    return {k: v for k, v in request.args.items() if k not in PAGING}

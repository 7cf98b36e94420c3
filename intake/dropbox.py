"""The drop folder per agency: invoicing files delivered by SFTP (or any file copy) into
`var/dropbox/<AGENCY CODE>/in/`, imported by core.requests.batch_import and moved to `done/` (something was issued
or asked, or the file was imported before) or `rejected/` (nothing issued), with the receipt beside the file as
`<name>.receipt.json`. Polled by the scheduler every minute (`reskontra serve`) and once by
`reskontra invoice import-drop`.

Safe to run again at any point: the import is idempotent by the file's SHA-256, so a file whose import committed
but which was not moved yet (a crash in between) is found again, gets its first receipt and is moved. Files still
being written are left alone: hidden names and `.part`/`.tmp`/`.filepart` names, and files changed within the
last `min_age` seconds. A folder name that is no agency's code is skipped (logged).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from core.kernel.errors import DomainError, NotFound
from core.kernel.jsonenc import dumps
from core.platform.db import session_scope
from core.platform.settings import var_dir
from core.registers import register as registers
from core.requests import batch_import
from core.requests.batch_format import BatchFileError

log = logging.getLogger("reskontra.dropbox")
PARTIAL_SUFFIXES = (".part", ".tmp", ".filepart", ".crdownload")


def dropbox_root() -> Path:
    """`$RESKONTRA_DROPBOX`, else var/dropbox."""
    return Path(os.environ.get("RESKONTRA_DROPBOX") or var_dir() / "dropbox")


def ensure_folders(code: str, root: Path | None = None) -> Path:
    """The agency's in/, done/ and rejected/ folders (created when missing); returns in/."""
    base = (root or dropbox_root()) / code
    for name in ("in", "done", "rejected"):
        (base / name).mkdir(parents=True, exist_ok=True)
    return base / "in"


def poll_once(url: str | None = None, agency: str | None = None, root: Path | None = None,
              min_age: float = 5.0) -> list[dict[str, Any]]:
    """Import every ready file of every agency's (or one agency's) in/ folder; one summary per file."""
    root = root or dropbox_root()
    if not root.is_dir():
        return []
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if agency and folder.name != agency:
            continue
        inbox = folder / "in"
        if not inbox.is_dir():
            continue
        for path in sorted(p for p in inbox.iterdir() if _ready(p, min_age)):
            out.append(_process(folder.name, path, url))
    return out


def _ready(path: Path, min_age: float) -> bool:
    name = path.name.lower()
    if not path.is_file() or name.startswith(".") or name.endswith(PARTIAL_SUFFIXES):
        return False
    return time.time() - path.stat().st_mtime >= min_age


def _process(code: str, path: Path, url: str | None) -> dict[str, Any]:
    """Import one file in its own transaction, then move it with its receipt."""
    try:
        with session_scope(url) as s:
            agency = registers.agency_by_code(s, code)
            senders = registers.allowed_senders(s, agency.id or 0)
            receipt = batch_import.import_path(s, agency, path, source="drop", actor=f"drop:{code}",
                                               requested_by=senders[0] if senders else None)
    except (BatchFileError, DomainError) as exc:
        if isinstance(exc, NotFound) and exc.field == "agency":
            log.warning("drop folder %s: no such agency; %s left in place", code, path.name)
            return {"agency": code, "file": path.name, "error": str(exc), "moved_to": None}
        receipt = {"agency": code, "file": path.name, "status": "rejected", "error": str(exc), "issued": 0}
    done = receipt.get("issued") or receipt.get("questions") or receipt.get("already_imported")
    target = _move(path, "done" if done else "rejected", receipt)
    log.info("drop folder %s: %s → %s", code, path.name, target.parent.name)
    return {"agency": code, "file": path.name, "status": receipt.get("status"), "issued": receipt.get("issued", 0),
            "rejected": receipt.get("rejected", 0), "already_imported": bool(receipt.get("already_imported")),
            "error": receipt.get("error"), "moved_to": str(target)}


def _move(path: Path, where: str, receipt: dict[str, Any]) -> Path:
    """Move the file to done/ or rejected/ (a name taken before gets a time prefix) and write its receipt."""
    folder = path.parent.parent / where
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    if target.exists():
        target = folder / f"{dt.datetime.now():%Y%m%dT%H%M%S%f}-{path.name}"
    receipt_path = target.with_name(target.name + ".receipt.json")
    receipt_path.write_text(dumps(receipt, indent=2) + "\n", encoding="utf-8")
    path.replace(target)
    return target


def read_receipt(path: Path) -> dict[str, Any]:
    """The receipt written beside a processed file."""
    data: dict[str, Any] = json.loads(path.with_name(path.name + ".receipt.json").read_text(encoding="utf-8"))
    return data

"""A bank file imported by a worker process (core.platform.jobs) instead of inside a web request: the web stores
the uploaded file under var/uploads and queues this job; `reskontra worker` parses it (intake.bankfiles), imports
it exactly once and all or nothing (core.payments.importing: the file's sha256 makes a second import a no-op) and
keeps the summary as the job's result for the clerk's page. A file rejected by the parser, or one paying into an
agency the clerk does not work for, stores nothing and the job's result says why."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.kernel.errors import DomainError
from core.payments import importing
from core.platform import db
from intake.bankfiles import BankFileError, parse_bank_file

Progress = Callable[[int, int, str | None], None]


class ForeignAgency(DomainError):
    """The file pays into an agency the clerk who uploaded it does not work for (nothing is kept)."""


def bank_import_job(progress: Progress, path: str, name: str, fmt: str | None, actor: str, agencies: list[str],
                    url: str | None = None) -> dict[str, Any]:
    """Import the uploaded file; {"result": the import summary} or {"rejected": why, "location": where}."""
    progress(0, 1, "import")
    raw = Path(path).read_bytes()
    try:
        with db.session_scope(url) as s:
            result = importing.import_file(s, raw, name, fmt or None, parse=parse_bank_file, actor=actor)
            others = sorted(set(result.agencies) - set(agencies))
            if others:
                raise ForeignAgency(", ".join(others))
    except ForeignAgency as exc:
        out: dict[str, Any] = {"foreign_agencies": exc.message}
    except (BankFileError, importing.FileRejected) as exc:
        out = {"rejected": exc.message, "location": exc.location}
    else:
        out = {"result": result.as_dict()}
    Path(path).unlink(missing_ok=True)  # the file is in the database now (or was refused): the upload is not kept
    progress(1, 1, None)
    return out

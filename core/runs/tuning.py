"""What a run over a million invoices sets for itself: no JIT and a larger work_mem on PostgreSQL, no cyclic
garbage collector.

`without_jit`: PostgreSQL compiles a query whose estimated cost passes `jit_above_cost` (and optimises and inlines
it past the higher thresholds); the runs' reads over 100,000 invoices pass all three, and the compilation took
1.3 s of the reminder run's 1.7 s plan query (3.8 s CPU over its parallel workers) for an execution of well under
a second. Switched off for the run's transaction only (SET LOCAL); SQLite has no JIT. The same transaction gets
`RUN_WORK_MEM_MB`: the reminder run's fee UPDATE of 100,000 invoices hands the summary trigger (core.billing.summary)
their old and new rows as transition tables, kept in work_mem (33 MB each at this size) and otherwise written to
and read back from temporary files - 0.6 s of the trigger's 0.95 s at the server's default 4 MB; its ordered
fee subquery spilled to disk as well.

`paused`: such a run builds a few hundred thousand containers that live until it ends (the plan's rows and items,
invoice lines, reminder and charge rows, the result). Every time the tracked objects grow by a quarter the
collector walks all of them again: about twelve full walks in an interest run, a quarter to a third of its CPU
time, and they find nothing to free (the rows are freed by reference counting when the run returns). Pausing the
collector changes no result; memory in reference cycles made meanwhile (by any thread) waits until the run ends.
The collector is switched back on only by the pause that switched it off, so nested or concurrent runs leave it
as they found it.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlmodel import Session

from core.platform import collector
from core.platform.db import for_bulk_work

P = ParamSpec("P")
R = TypeVar("R")
RUN_WORK_MEM_MB = 64  # per sort, hash or transition table of the run's statements, for its transaction only


def paused(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` with the cyclic collector off while it runs (core.platform.collector)."""
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector.paused():
            return fn(*args, **kwargs)
    return run


def without_jit(session: Session) -> None:
    """No JIT compilation, and RUN_WORK_MEM_MB, for the rest of the session's transaction (PostgreSQL; see the
    module docstring)."""
    for_bulk_work(session, RUN_WORK_MEM_MB)

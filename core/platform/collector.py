"""Python's cyclic garbage collector paused while a bulk job builds objects that all live until it ends (a bank
file's payments, a run's rows): every time the tracked objects grow by a quarter the collector walks all of them
again and finds nothing to free — a third of a BgMax parse, a quarter of an interest run. Reference counting frees
them when the job returns; what cycles were made meanwhile (by any thread) wait until then. Only the pause that
switched the collector off switches it back on, so nested or concurrent pauses leave it as they found it."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The cyclic collector off for the block (see the module docstring)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()

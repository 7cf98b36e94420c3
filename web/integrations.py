"""Functions of other rooms (intake pipeline, clarifications, matching, delivery, runs, period end) looked up
lazily, so the web works — with clearly marked TODO pages — while a module is not there yet."""
from __future__ import annotations

import importlib
from typing import Any, Callable


def optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def has(module: str, name: str) -> bool:
    return optional(module, name) is not None

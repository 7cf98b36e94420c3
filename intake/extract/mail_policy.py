"""The e-mail policy intake parses with: the standard library's `email.policy.default`, with its header classes
built once per header name.

Why: CPython 3.11's `HeaderRegistry.__getitem__` builds a new class (`type(...)`) on every header access, and a
message's headers are read many times while its parts are walked (content types, dispositions, charsets): about
45 header parses per message in `bench/intake.py`. The classes are identical each time, so one per name is kept.
Parsing and output are unchanged; only the repeated class construction goes.
"""
from __future__ import annotations

from email import policy
from email.headerregistry import BaseHeader, HeaderRegistry
from typing import Any


class CachedHeaderRegistry(HeaderRegistry):
    """A `HeaderRegistry` that remembers the class it built for each header name."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[BaseHeader]] = {}

    def map_to_type(self, name: str, cls: Any) -> None:
        self._classes.pop(name.lower(), None)
        super().map_to_type(name, cls)

    def __getitem__(self, name: str) -> Any:
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            cls = self._classes[key] = super().__getitem__(name)
        return cls


POLICY = policy.default.clone(header_factory=CachedHeaderRegistry())

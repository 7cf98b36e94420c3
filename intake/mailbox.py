"""The source a mailbox configuration opens: a local Maildir drop folder or an IMAP account.

A source yields (ref, raw bytes) and is told afterwards where each message belongs (`done(ref, "processed" |
"quarantine")`) — only after the result is committed. The configuration itself lives in `intake.mailbox_config`.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from intake.imap import ImapSource
from intake.mailbox_config import MailboxConfig
from intake.maildir import MaildirSource


class Source(Protocol):
    name: str

    def fetch(self) -> Iterator[tuple[str, bytes]]: ...

    def done(self, ref: str, where: str) -> None: ...

    def close(self) -> None: ...


def open_source(cfg: MailboxConfig) -> Source:
    if cfg.type == "imap":
        return ImapSource(cfg)
    return MaildirSource(cfg.maildir_path(), cfg.processed, cfg.quarantine, name=cfg.name)

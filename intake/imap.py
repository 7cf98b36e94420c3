"""An IMAP mailbox via imapclient: fetch everything in the inbox folder (handled messages are moved out, so what
is there is new), and move a message to the processed or quarantine folder once its result is committed."""
from __future__ import annotations

import re
import ssl
from collections.abc import Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from intake.mailbox_config import MailboxConfig

BATCH = 50
_GONE = re.compile(r"EXPUNGEISSUED|NONEXISTENT|no longer exist", re.IGNORECASE)  # RFC 5530 response codes


class ImapSource:
    def __init__(self, cfg: MailboxConfig) -> None:
        self.cfg = cfg
        self.name = cfg.name
        self.client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.tls,
                                 ssl_context=ssl.create_default_context() if cfg.tls else None, timeout=60)
        if cfg.starttls and not cfg.tls:
            self.client.starttls(ssl.create_default_context())
        self.client.login(cfg.user, cfg.password() or "")
        for folder in (cfg.processed, cfg.quarantine):
            if not self.client.folder_exists(folder):
                self.client.create_folder(folder)
        self.client.select_folder(cfg.inbox)
        self._move = b"MOVE" in self.client.capabilities()

    def fetch(self) -> Iterator[tuple[str, bytes]]:
        uids = self.client.search(["NOT", "DELETED"])
        for i in range(0, len(uids), BATCH):
            chunk = uids[i:i + BATCH]
            data = self.client.fetch(chunk, ["BODY.PEEK[]"])
            for uid in chunk:
                raw = (data.get(uid) or {}).get(b"BODY[]")
                if raw is not None:
                    yield str(uid), bytes(raw)

    def done(self, ref: str, where: str) -> None:
        """Move the message out of the inbox; when it is gone already (another run moved it after storing the same
        message, which the database made a no-op) there is nothing left to do."""
        folder = self.cfg.processed if where == "processed" else self.cfg.quarantine
        uid = int(ref)
        try:
            if self._move:
                self.client.move([uid], folder)
            else:
                self.client.copy([uid], folder)
                self.client.delete_messages([uid])
                self.client.uid_expunge([uid]) if b"UIDPLUS" in self.client.capabilities() else self.client.expunge()
        except IMAPClientError as exc:
            if not _GONE.search(str(exc)):
                raise

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:
            pass

"""An IMAP mailbox via imapclient: fetch everything in the inbox folder (handled messages are moved out, so what
is there is new), and move a message to the processed or quarantine folder once its result is committed."""
from __future__ import annotations

import ssl
from collections.abc import Iterator

from imapclient import IMAPClient

from intake.mailbox_config import MailboxConfig

BATCH = 50


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
        folder = self.cfg.processed if where == "processed" else self.cfg.quarantine
        uid = int(ref)
        if self._move:
            self.client.move([uid], folder)
        else:
            self.client.copy([uid], folder)
            self.client.delete_messages([uid])
            self.client.uid_expunge([uid]) if b"UIDPLUS" in self.client.capabilities() else self.client.expunge()

    def close(self) -> None:
        try:
            self.client.logout()
        except Exception:
            pass

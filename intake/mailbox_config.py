"""Mailbox configuration: one TOML file per mailbox in mailbox_config/ (secrets from environment variables).

The settings are plain dataclasses so that every source (Maildir, IMAP) and the outgoing mail can read them without
depending on the module that chooses and opens a source (`intake.mailbox`).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.platform import settings

CONFIG_DIR = Path(os.environ.get("RESKONTRA_MAILBOX_CONFIG", settings.PROJECT_ROOT / "mailbox_config"))
DEFAULT_TRUSTED = ("mx1.servicecentret.se", "mx.palvelukeskus.fi")


@dataclass
class OutgoingConfig:
    type: str = "maildir"  # maildir | smtp
    path: str | None = None
    host: str | None = None
    port: int = 25
    tls: bool = False
    starttls: bool = False
    user: str | None = None
    password_env: str | None = None

    def password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else None


@dataclass
class MailboxConfig:
    name: str = "default"
    type: str = "maildir"  # maildir | imap
    path: str | None = None  # maildir root
    host: str | None = None
    port: int = 993
    tls: bool = True
    starttls: bool = False
    user: str | None = None
    password_env: str | None = None
    inbox: str = "INBOX"
    processed: str = "processed"
    quarantine: str = "quarantine"
    poll_interval_seconds: int = 60
    trusted_authserv_ids: tuple[str, ...] = DEFAULT_TRUSTED
    enabled: bool = True
    outgoing: OutgoingConfig = field(default_factory=OutgoingConfig)

    def password(self) -> str | None:
        if not self.password_env:
            return None
        value = os.environ.get(self.password_env)
        if value is None:
            raise ValueError(f"mailbox {self.name}: environment variable {self.password_env} is not set")
        return value

    def maildir_path(self) -> Path:
        return Path(self.path) if self.path else settings.var_dir() / "maildrop"


def from_dict(data: dict[str, Any], name: str | None = None) -> MailboxConfig:
    src = data.get("source") or {}
    folders = data.get("folders") or {}
    out = data.get("outgoing") or {}
    cfg = MailboxConfig(name=data.get("name") or name or "default", type=src.get("type", "maildir"),
                        path=src.get("path") or None, host=src.get("host"),
                        port=int(src.get("port", 993 if src.get("tls", True) else 143)),
                        tls=bool(src.get("tls", True)), starttls=bool(src.get("starttls", False)),
                        user=src.get("user"), password_env=src.get("password_env"),
                        inbox=folders.get("inbox", "INBOX"), processed=folders.get("processed", "processed"),
                        quarantine=folders.get("quarantine", "quarantine"),
                        poll_interval_seconds=int(data.get("poll_interval_seconds", 60)),
                        trusted_authserv_ids=tuple(data.get("trusted_authserv_ids") or DEFAULT_TRUSTED),
                        enabled=bool(data.get("enabled", True)),
                        outgoing=OutgoingConfig(type=out.get("type", "maildir"), path=out.get("path") or None,
                                                host=out.get("host"), port=int(out.get("port", 25)),
                                                tls=bool(out.get("tls", False)),
                                                starttls=bool(out.get("starttls", False)), user=out.get("user"),
                                                password_env=out.get("password_env")))
    return cfg


def load(name: str = "default", config_dir: Path | None = None) -> MailboxConfig:
    """The named mailbox; `default` falls back to the embedded default when no file exists."""
    path = (config_dir or CONFIG_DIR) / f"{name}.toml"
    if not path.exists():
        if name == "default":
            return MailboxConfig()
        raise ValueError(f"no mailbox configuration {path}")
    with path.open("rb") as fh:
        return from_dict(tomllib.load(fh), name)


def load_all(config_dir: Path | None = None) -> list[MailboxConfig]:
    d = config_dir or CONFIG_DIR
    configs = [load(p.stem, d) for p in sorted(d.glob("*.toml"))] if d.is_dir() else []
    configs = [c for c in configs if c.enabled]
    return configs or [MailboxConfig()]


def default_outgoing(config_dir: Path | None = None) -> OutgoingConfig:
    """How the centre sends mail when no mailbox is named (scheduled sending, invoicing slots, payment questions
    from a bank import): the first enabled mailbox's outgoing settings, so that every mail leaves the same way."""
    return load_all(config_dir)[0].outgoing

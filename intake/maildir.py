"""The local drop folder: a Maildir (messages in new/ and cur/) whose root also takes plain .eml files.
Handled messages are moved to <root>/<processed>/ or <root>/<quarantine>/ (only after the result is committed)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

SKIP_DIRS = ("tmp",)


class MaildirSource:
    def __init__(self, root: Path | str, processed: str = "processed", quarantine: str = "quarantine",
                 name: str = "default") -> None:
        self.root = Path(root)
        self.name = name
        self.folders = {"processed": processed, "quarantine": quarantine}
        for sub in ("new", "cur", "tmp"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def _files(self) -> list[Path]:
        files = [p for sub in ("new", "cur") for p in (self.root / sub).iterdir() if p.is_file()]
        files += [p for p in self.root.iterdir() if p.is_file() and not p.name.startswith(".")]
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def fetch(self) -> Iterator[tuple[str, bytes]]:
        for path in self._files():
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # taken by a concurrent run
                continue
            yield str(path), data

    def done(self, ref: str, where: str) -> None:
        src = Path(ref)
        dest_dir = self.root / self.folders.get(where, where)
        dest_dir.mkdir(parents=True, exist_ok=True)
        name = src.name.split(":2,")[0]
        dest = dest_dir / name
        n = 1
        while dest.exists():
            dest = dest_dir / f"{name}.{n}"
            n += 1
        try:
            os.replace(src, dest)
        except FileNotFoundError:
            pass

    def close(self) -> None:
        pass

"""The local drop folder: a Maildir (messages in new/ and cur/) whose root also takes plain .eml files.
A run first claims a message by renaming it into <root>/.processing/ (a rename is atomic: of two concurrent runs
exactly one gets it), and moves it to <root>/<processed>/ or <root>/<quarantine>/ only after the result is
committed. A claim left by a run that died is taken over after CLAIM_LEASE_S seconds."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

SKIP_DIRS = ("tmp",)
CLAIMED = ".processing"
CLAIM_LEASE_S = 600


def _mtime(path: Path) -> float | None:
    """When the file was last changed; None when a concurrent run has just taken it away."""
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return None


class MaildirSource:
    def __init__(self, root: Path | str, processed: str = "processed", quarantine: str = "quarantine",
                 name: str = "default") -> None:
        self.root = Path(root)
        self.name = name
        self.folders = {"processed": processed, "quarantine": quarantine}
        for sub in ("new", "cur", "tmp"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self._held: dict[Path, Path] = {}  # claimed by this run and not yet moved: claimed path -> where it was

    def _files(self) -> list[Path]:
        files = [p for sub in ("new", "cur") for p in (self.root / sub).iterdir() if p.is_file()]
        files += [p for p in self.root.iterdir() if p.is_file() and not p.name.startswith(".")]
        claimed = self.root / CLAIMED
        if claimed.is_dir():  # claims of runs that died (older than the lease)
            stale = time.time() - CLAIM_LEASE_S
            files += [p for p in claimed.iterdir() if p.is_file() and (_mtime(p) or stale) < stale]
        dated = [(t, p.name, p) for p in files if (t := _mtime(p)) is not None]
        return [p for _, _, p in sorted(dated)]

    def _claim(self, path: Path) -> Path | None:
        """Rename the message into .processing/ under a name of this process; None when another run was first."""
        claimed = self.root / CLAIMED
        claimed.mkdir(exist_ok=True)
        base = path.name.split(":2,")[0].split(".claim-")[0]
        target = claimed / f"{base}.claim-{os.getpid()}-{time.monotonic_ns()}"
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        os.utime(target)  # the lease runs from now
        self._held[target] = path
        return target

    def fetch(self) -> Iterator[tuple[str, bytes]]:
        for path in self._files():
            mine = self._claim(path)
            if mine is None:  # taken by a concurrent run
                continue
            yield str(mine), mine.read_bytes()

    def done(self, ref: str, where: str) -> None:
        src = Path(ref)
        self._held.pop(src, None)
        dest_dir = self.root / self.folders.get(where, where)
        dest_dir.mkdir(parents=True, exist_ok=True)
        name = src.name.split(":2,")[0].split(".claim-")[0]
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
        """Give back what this run claimed but did not finish (it failed): the next run takes it at once."""
        for claimed, origin in list(self._held.items()):
            origin.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.rename(claimed, origin)
            except FileNotFoundError:
                pass
        self._held.clear()

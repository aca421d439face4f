"""Recovery copies of unsaved work, offered on the next start after a crash.

Each open document with unsaved changes has one recovery copy in the per-user data folder: an
operation file (written atomically like any save) and a small JSON note naming the document's
own file, its title and when the copy was made. Saving or closing the document deletes both;
declining the offer on the next start deletes them too.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.files import FileStamp, write_atomically
from desktop.model import Plan, now_jakarta
from desktop.storage.writer import save_plan

RECOVERY_INTERVAL_S = 30.0


def data_dir() -> Path:
    """The per-user folder for Renpam's own files (RENPAM_DATA_DIR overrides it, for tests)."""
    override = os.environ.get("RENPAM_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Renpam", appauthor=False))


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    key: str
    copy: Path  # the operation file holding the unsaved work
    original: Path | None  # the document's own file, None for a never-saved one
    title: str
    written_at: datetime
    # The original file as the document last read or wrote it: a save of the restored work asks
    # first if the file changed since (a colleague's edit after the crash).
    stamp: FileStamp | None = None


def private_folder(folder: Path) -> Path:
    """Create `folder` for the user alone (0700), or tighten it if it exists more open (POSIX).

    Recovery copies and the log hold personal data of the plan.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            if stat.S_IMODE(folder.stat().st_mode) != 0o700:
                os.chmod(folder, 0o700)
        except OSError:
            pass  # not ours to change (a folder given by RENPAM_DATA_DIR on a shared disk)
    return folder


def _stamp(data: object) -> FileStamp | None:
    """The stamp kept in a recovery note; None when absent (older notes) or malformed."""
    if not isinstance(data, dict):
        return None
    try:
        key = data.get("key")
        return FileStamp(
            tuple(int(k) for k in key) if key else None,  # type: ignore[arg-type]
            int(data["size"]),
            str(data["sha256"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


class RecoveryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else data_dir() / "recovery"

    @staticmethod
    def key_for(original: Path | None) -> str:
        if original is None:
            return "untitled-" + uuid.uuid4().hex[:12]
        digest = hashlib.sha256(str(Path(original).resolve()).encode("utf-8")).hexdigest()
        return digest[:20]

    def _paths(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.renpam", self.folder / f"{key}.json"

    def write(self, key: str, plan: Plan, original: Path | None, stamp: FileStamp | None = None) -> RecoveryEntry:
        private_folder(self.folder)
        copy, note = self._paths(key)
        save_plan(plan, copy, private=True)
        written = now_jakarta()
        meta = {
            "original": str(original) if original else None,
            "title": plan.operation.name,
            "written_at": written.isoformat(),
            "stamp": None if stamp is None else {"key": stamp.key, "size": stamp.size, "sha256": stamp.sha256},
        }
        write_atomically(note, json.dumps(meta, ensure_ascii=False), private=True)
        return RecoveryEntry(key, copy, original, plan.operation.name, written, stamp)

    def discard(self, key: str) -> None:
        for path in self._paths(key):
            path.unlink(missing_ok=True)

    def entries(self) -> list[RecoveryEntry]:
        """Recovery copies waiting on disk, newest first; broken leftovers are skipped."""
        if not self.folder.is_dir():
            return []
        found: list[RecoveryEntry] = []
        for note in self.folder.glob("*.json"):
            copy = note.with_suffix(".renpam")
            if not copy.exists():
                note.unlink(missing_ok=True)
                continue
            try:
                meta = json.loads(note.read_text(encoding="utf-8"))
                original = Path(meta["original"]) if meta.get("original") else None
                found.append(
                    RecoveryEntry(
                        note.stem,
                        copy,
                        original,
                        str(meta.get("title", "")),
                        datetime.fromisoformat(meta["written_at"]),
                        _stamp(meta.get("stamp")),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(found, key=lambda e: e.written_at, reverse=True)

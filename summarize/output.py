"""Write outputs atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


def safe_name(name: str, fallback: str = "briefing") -> str:
    """A file name that cannot leave its folder: no separators, no leading dots."""
    cleaned = _UNSAFE.sub("-", name).strip(".-_")
    return cleaned[:120] or fallback


def set_name(paths: list[str]) -> str:
    """The name a briefing of `paths` is saved under: the folder's or the file's name."""
    if list(paths) == ["-"]:
        return "stdin"
    if len(paths) == 1 and Path(paths[0]).is_file():
        return safe_name(Path(paths[0]).stem)
    folders = {(Path(p) if Path(p).is_dir() else Path(p).parent).resolve() for p in paths}
    return safe_name(folders.pop().name) if len(folders) == 1 else "briefing"

"""Write outputs safely: atomically, never over an input, never replacing a device or link.

Every briefing the tool writes is recognisable (`is_briefing`), so a later run that reads
the same folder skips it instead of briefing its own briefing.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from summarize.errors import SummarizeError
from summarize.patterns import compiled
from summarize.sanitize import json_for_terminal, path_text

if TYPE_CHECKING:
    from summarize.models import Briefing

_UNSAFE = compiled(r"[^A-Za-z0-9._-]+")
STDOUT = "-"
MANIFEST = "manifest.sqlite"  # the file that marks a batch output folder
UPDATE_SUFFIX = ".update"  # batch: <set>.update.<fmt> is the set's update briefing
# The last line of every Markdown briefing: invisible when rendered, found by `is_briefing`.
BRIEFING_MARKER = "<!-- briefing written by summarize; not read back as an article -->"
_JSON_BRIEFING_KEYS = {"title", "engine", "sentences", "sources", "stats"}
_TEMP_SUFFIX = ".tmp"
# The format a file name's extension asks for; any other extension asks for none.
FORMAT_SUFFIXES = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}
_FIFO_WAIT_SECONDS = 10.0


def briefing_text(briefing: Briefing, fmt: str) -> str:
    """The bytes a briefing is saved and printed as: rendered, marked as ours, printable."""
    from summarize.render import render

    text = render(briefing, fmt)
    if fmt == "json":
        return json_for_terminal(text)  # same JSON value; no raw escape sequences
    return text + BRIEFING_MARKER + "\n"


def is_briefing(text: str) -> bool:
    """True for a Markdown or JSON briefing written by this tool (so not an article)."""
    if text.rstrip().endswith(BRIEFING_MARKER):
        return True
    if not text.startswith('{\n  "title": '):
        return False
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and data.keys() >= _JSON_BRIEFING_KEYS


def format_of(target: str | os.PathLike[str]) -> str | None:
    """The briefing format `target`'s extension names (any case), or None: '-', no
    extension, or one that names no format (`.txt`), so the format is chosen elsewhere."""
    if os.fspath(target) == STDOUT:
        return None
    return FORMAT_SUFFIXES.get(Path(target).suffix.lower())


def write_briefing(target: str | os.PathLike[str], text: str) -> str:
    """Write to `target` ('-' = standard output). A device or FIFO is written directly
    and a symbolic link is written through (the file it names is replaced, the link kept):
    neither is ever replaced by a regular file. Returns where it went, for messages."""
    if os.fspath(target) == STDOUT:
        print_stdout(text)
        return "standard output"
    path = Path(target)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise SummarizeError(f"{path_text(path)}: {error.strerror or error}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise SummarizeError(f"{path_text(path)}: is a folder; give a file name with -o")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_special(path, text, info)
        return path_text(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    write_atomic(real, text)
    return path_text(path)


def print_stdout(text: str) -> None:
    """Print to standard output; a reader that stops early (`| head`) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        try:  # later flushes (at exit) must not fail on the closed pipe either
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass


def _write_special(path: Path, text: str, info: os.stat_result) -> None:
    """A device or FIFO: open and write; a FIFO with no reader is waited for, not forever."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    deadline = time.monotonic() + _FIFO_WAIT_SECONDS
    while True:
        try:
            handle = os.open(path, flags | os.O_NONBLOCK)
            break
        except OSError as error:
            if not (stat.S_ISFIFO(info.st_mode) and error.errno == 6):  # ENXIO: no reader
                raise
            if time.monotonic() > deadline:
                raise SummarizeError(
                    f"{path_text(path)}: FIFO has no reader; start the reader first"
                ) from None
            time.sleep(0.05)
    os.set_blocking(handle, True)
    with os.fdopen(handle, "wb") as stream:
        stream.write(text.encode("utf-8"))


def write_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Replace `path` whole: a reader sees the old file or the new one, never half of one.
    The temp file's name carries this process's id, so `remove_stale_temps` of another
    run leaves it alone while this process lives."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=_TEMP_SUFFIX
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


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files left by killed runs: only those whose writer process is gone."""
    removed = 0
    for temp in folder.glob(f".*{_TEMP_SUFFIX}"):
        pid = _writer_pid(temp.name)
        if pid is not None and process_alive(pid):
            continue
        temp.unlink(missing_ok=True)
        removed += 1
    return removed


def _writer_pid(name: str) -> int | None:
    parts = name[: -len(_TEMP_SUFFIX)].split(".")
    return int(parts[-2]) if len(parts) >= 3 and parts[-2].isdigit() else None


def process_alive(pid: int) -> bool:
    """Whether process `pid` exists on this machine."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def refuse_input_overwrite(target: str | os.PathLike[str], inputs: Iterable[Path]) -> None:
    """Raise if writing `target` would destroy an input: the same file as an input file,
    or an existing file inside an input folder that is not a briefing of ours."""
    if os.fspath(target) == STDOUT:
        return
    path = Path(target)
    try:
        info = path.stat()
    except OSError:
        return  # nothing there yet: nothing to destroy
    if not stat.S_ISREG(info.st_mode):
        return
    real = Path(os.path.realpath(path))
    for item in inputs:
        try:
            if item.is_dir():
                inside = real.is_relative_to(Path(os.path.realpath(item)))
                if inside and not _file_is_briefing(real):
                    break
            elif os.path.samefile(item, path):
                break
        except OSError:
            continue
    else:
        return
    raise SummarizeError(
        f"{path_text(path)}: is one of the input files; refusing to overwrite it "
        "(choose another -o)"
    )


def _file_is_briefing(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(16)
            if head.startswith(b"{"):
                stream.seek(0)
                data = stream.read(64 * 2**20)
            else:
                stream.seek(max(0, path.stat().st_size - 4096))
                data = stream.read()
    except OSError:
        return False
    text = data.decode("utf-8", "replace")
    # Briefings of versions before the marker end with their numbered Sources list.
    legacy = "\n## Sources\n\n" in text and text.rstrip().rsplit("\n", 1)[-1][:1].isdigit()
    return is_briefing(text) or legacy


def safe_name(name: str, fallback: str = "briefing") -> str:
    """A file name that cannot leave its folder: no separators, no leading dots."""
    cleaned = _UNSAFE.sub("-", name).strip(".-_")
    return cleaned[:120] or fallback


def unique_names(
    names: Iterable[str], fallback: str = "set", reserved_suffix: str = ""
) -> dict[str, str]:
    """Safe file stems, distinct even ignoring case, for distinct `names`. A name that is
    already safe keeps it; others get a short hash of the real name when they collide,
    re-hashed until free, so no two names ever share a file. A stem ending in
    `reserved_suffix` (any case) collides too: batch keeps `<set>.update` for the set's
    update briefing."""
    names = sorted(set(names))
    base = {name: safe_name(name, fallback) for name in names}
    counts: dict[str, int] = {}
    for stem in base.values():
        counts[stem.lower()] = counts.get(stem.lower(), 0) + 1
    reserved = reserved_suffix.lower()

    def collides(stem: str) -> bool:
        return counts[stem.lower()] > 1 or bool(reserved and stem.lower().endswith(reserved))

    taken: set[str] = set()
    result: dict[str, str] = {}
    for name in names:  # already-safe, unshared names first: they keep their own stem
        if base[name] == name and not collides(name):
            result[name] = name
            taken.add(name.lower())
    for name in names:
        if name in result:
            continue
        stem, attempt = base[name], 0
        if collides(stem) or stem.lower() in taken:
            stem = f"{base[name]}-{_short_hash(name)}"
        while stem.lower() in taken:
            attempt += 1
            stem = f"{base[name]}-{_short_hash(f'{name}#{attempt}')}"
        result[name] = stem
        taken.add(stem.lower())
    return result


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def set_name(paths: list[str]) -> str:
    """The name a briefing of `paths` is saved under: the folder's or the file's name."""
    if list(paths) == [STDOUT]:
        return "stdin"
    if len(paths) == 1 and Path(paths[0]).is_file():
        return safe_name(Path(paths[0]).stem)
    folders = {(Path(p) if Path(p).is_dir() else Path(p).parent).resolve() for p in paths}
    return safe_name(folders.pop().name) if len(folders) == 1 else "briefing"


def save_briefing(
    briefing: Briefing, fmt: str, output: str | os.PathLike[str] | None, paths: list[str]
) -> tuple[str, str]:
    """The `brief` command's output: (text, where it was written). `output` None means
    outputs/<set name>.<fmt>, '-' standard output; an input file is never overwritten."""
    from summarize.ingest import expand_paths

    text = briefing_text(briefing, fmt)
    target = output if output is not None else Path("outputs") / f"{set_name(paths)}.{fmt}"
    inputs = [Path(p) for p in paths if p != STDOUT and Path(p).is_dir()]
    inputs += expand_paths(p for p in paths if p != STDOUT)[0]
    refuse_input_overwrite(target, inputs)
    return text, write_briefing(target, text)

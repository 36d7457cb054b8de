"""Regular expressions compiled once and kept between runs, as Python keeps bytecode.

The package compiles about 250 patterns, many of them long word lists, and Python compiles
a regular expression in Python code (`re._parser`, `re._compiler`): about 0.1 s of every
`summarize brief` on a 2-core machine, a tenth of the whole run. What compiling produces
(the `_sre` engine's code, a list of integers, with the pattern's final flags and groups)
depends only on the pattern, its flags and the Python build, so it is kept in
`__pycache__` next to this module's bytecode and handed to `_sre.compile` on later runs,
the call `re.compile` itself ends with.

The cache can make a run faster, never different or failing: a file written by another
Python build is not read; another implementation, a changed internal API, a damaged file
or an entry the engine rejects falls back to `re.compile`; a folder that cannot be written
is left alone; PYTHONDONTWRITEBYTECODE (`sys.dont_write_bytecode`) keeps the file from
being written, as it keeps bytecode. A compiled pattern compares equal to `re.compile`'s
(CPython compares the engine code), which `tests/test_patterns.py` checks for every
pattern of the package.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
from functools import lru_cache
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

# Bump when the file's layout changes.
_FORMAT = 1
# More entries than this (patterns of older versions of the package) and the file keeps
# only the patterns the run that writes it compiled.
_MOST_ENTRIES = 2048

# (final flags, engine code as bytes, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache where an earlier run compiled it."""
    store = _default_store()
    if store is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    return store.compile(pattern, flags)


class PatternStore:
    """Compiled patterns read from and written to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self._entries = _read(path)
        self._new: dict[tuple[str, int], _Entry] = {}
        self._used: set[tuple[str, int]] = set()
        self._save_registered = False

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)  # a RegexFlag is no marshal value
        key = (pattern, flags)
        self._used.add(key)
        entry = self._entries.get(key)
        if entry is not None:
            try:
                found = _pattern_from(pattern, entry)
            except Exception:  # an entry the engine rejects: compile it again
                del self._entries[key]
            else:
                self.hits += 1
                return found
        try:
            entry = _entry_of(pattern, flags)
            found = _pattern_from(pattern, entry)
        except re.error:
            raise
        except Exception:  # the engine's internals are not what this module knows
            return re.compile(pattern, flags)
        self._new[key] = entry
        if not self._save_registered:
            self._save_registered = True
            atexit.register(self.save)
        return found

    def save(self) -> None:
        """Write the file with the patterns compiled since it was read (atomic; nothing
        written where bytecode is not, or where the folder cannot be written)."""
        if not self._new or sys.dont_write_bytecode:
            return
        entries = {**self._entries, **self._new}
        if len(entries) > _MOST_ENTRIES:
            entries = {key: value for key, value in entries.items() if key in self._used}
        import tempfile  # only here: it imports `random`, `shutil` and more

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            try:
                with os.fdopen(handle, "wb") as file:
                    marshal.dump((_FORMAT, _ENGINE, entries), file)
                # Readable as this module's source is, as importlib makes bytecode.
                os.chmod(temporary, (Path(__file__).stat().st_mode & 0o666) | 0o200)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except Exception:  # the cache is an aid: a run never fails for it
            return
        self._entries, self._new = entries, {}


# ------------------------------------------------------------------ the engine's internals

try:
    import _sre  # type: ignore[import-not-found]

    if sys.version_info >= (3, 11):
        from re import _compiler as _re_compiler
        from re import _parser as _re_parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _re_compiler
        import sre_parse as _re_parser

    _CODE_TYPE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    # What the engine's code depends on besides the pattern and its flags.
    _ENGINE: tuple[Any, ...] | None = (
        sys.implementation.name,
        sys.hexversion,
        _sre.MAGIC,
        _sre.CODESIZE,
        sys.maxunicode,
    )
    if sys.implementation.name != "cpython":  # pragma: no cover
        _ENGINE = None
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _ENGINE = None


def _entry_of(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` computes before it calls `_sre.compile`."""
    parsed = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(parsed, flags)  # type: ignore[attr-defined]
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, index in group_index.items():
        index_group[index] = name
    return (
        int(flags | parsed.state.flags),
        array.array(_CODE_TYPE, code).tobytes(),
        parsed.state.groups - 1,
        group_index,
        tuple(index_group),
    )


def _pattern_from(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, group_index, index_group = entry
    words = array.array(_CODE_TYPE)
    words.frombytes(code)
    found: re.Pattern[str] = _sre.compile(
        pattern, flags, words.tolist(), groups, group_index, index_group
    )
    return found


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    """The file's entries; none from a file another build wrote or that cannot be read."""
    try:
        with open(path, "rb") as file:
            layout, engine, entries = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if layout != _FORMAT or engine != _ENGINE or not isinstance(entries, dict):
        return {}
    return entries


@lru_cache(maxsize=1)
def _default_store() -> PatternStore | None:
    """The store beside this module's bytecode (None where the engine is not CPython's or
    Python keeps no bytecode folder)."""
    if _ENGINE is None:
        return None
    try:
        bytecode = Path(cache_from_source(__file__))
    except (NotImplementedError, ValueError):
        return None
    return PatternStore(bytecode.with_suffix(".marshal"))

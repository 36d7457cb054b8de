"""summarize.patterns: compiled patterns kept between runs, never a different pattern."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import summarize
from summarize import patterns
from summarize.patterns import PatternStore, compiled


def _package_patterns() -> list[re.Pattern[str]]:
    """Every pattern a module of the package keeps (or keeps a method of)."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for module_info in pkgutil.walk_packages(summarize.__path__, "summarize."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            pattern = getattr(value, "__self__", value)
            if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                found[(pattern.pattern, pattern.flags)] = pattern
    return list(found.values())


@pytest.fixture
def writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_every_pattern_of_the_package_read_back_is_the_pattern_re_compiles(
    tmp_path: Path, writes_bytecode: None
) -> None:
    every = _package_patterns()
    assert len(every) > 150  # the package's word lists, datelines, furniture...
    first = PatternStore(tmp_path / "patterns.marshal")
    for pattern in every:
        assert first.compile(pattern.pattern, pattern.flags) == pattern
    first.save()
    again = PatternStore(tmp_path / "patterns.marshal")
    for pattern in every:
        # Equal patterns have the same flags, groups and engine code (CPython compares it).
        read_back = again.compile(pattern.pattern, pattern.flags)
        assert read_back == re.compile(pattern.pattern, pattern.flags)
        assert read_back.groupindex == pattern.groupindex
    assert again.hits == len(every)


def test_a_pattern_read_back_matches_as_the_compiled_one(
    tmp_path: Path, writes_bytecode: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "KATHMANDU, Aug 4 (Reuters) - Rescuers said on Tuesday that 21 people had died."
    source = r"(?i)^(?P<place>[A-Z]+), (?P<day>\w+ \d+) \((?:Reuters|AP)\)\s*[-–—]\s*"
    first = PatternStore(tmp_path / "p.marshal")
    first.compile(source, 0)
    first.save()
    # Read back, the pattern is never parsed again.
    monkeypatch.setattr(patterns._re_parser, "parse", _never)
    read_back = PatternStore(tmp_path / "p.marshal").compile(source, 0)
    match = read_back.match(text)
    assert match is not None
    assert match.group("place", "day") == ("KATHMANDU", "Aug 4")
    assert read_back.sub("", text) == "Rescuers said on Tuesday that 21 people had died."


def _never(*args: object) -> None:
    raise AssertionError("parsed again")


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "another python", "another layout", "rejected code", "not a dict"],
)
def test_a_damaged_or_foreign_file_changes_nothing_and_is_written_anew(
    tmp_path: Path, writes_bytecode: None, damage: str
) -> None:
    path = tmp_path / "p.marshal"
    sources = [(r"\b(\d+) (?:dead|killed)\b", re.IGNORECASE), (r"(?P<word>\w+)'s", 0)]
    first = PatternStore(path)
    for source, flags in sources:
        first.compile(source, flags)
    first.save()
    good = path.read_bytes()
    layout, engine, entries = marshal.loads(good)
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache\xff" * 10)
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "another python":
        path.write_bytes(marshal.dumps((layout, ("cpython", 0x30A00F0, 1, 4, 0x10FFFF), entries)))
    elif damage == "another layout":
        path.write_bytes(marshal.dumps((layout + 1, engine, entries)))
    elif damage == "rejected code":
        zeroed = {key: (e[0], bytes(len(e[1])), *e[2:]) for key, e in entries.items()}
        path.write_bytes(marshal.dumps((layout, engine, zeroed)))
    else:
        path.write_bytes(marshal.dumps((layout, engine, [1, 2, 3])))
    damaged = PatternStore(path)
    for source, flags in sources:
        assert damaged.compile(source, flags) == re.compile(source, flags)
    assert damaged.hits == 0
    damaged.save()
    mended = PatternStore(path)
    for source, flags in sources:
        assert mended.compile(source, flags) == re.compile(source, flags)
    assert mended.hits == len(sources)


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = PatternStore(tmp_path / "p.marshal")
    assert store.compile(r"\d+", 0).findall("3 of 12") == ["3", "12"]
    store.save()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_left_alone(
    tmp_path: Path, writes_bytecode: None
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    store = PatternStore(blocker / "__pycache__" / "p.marshal")
    assert store.compile(r"\w+", 0).findall("two words") == ["two", "words"]
    store.save()  # no error
    assert blocker.read_text() == "x"


def test_the_file_is_replaced_whole_and_readable_as_bytecode_is(
    tmp_path: Path, writes_bytecode: None
) -> None:
    path = tmp_path / "p.marshal"
    store = PatternStore(path)
    store.compile(r"\d+", 0)
    store.save()
    assert [p.name for p in tmp_path.iterdir()] == ["p.marshal"]  # no temporary left
    source_mode = stat.S_IMODE(Path(patterns.__file__).stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) & 0o444 == source_mode & 0o444


def test_a_file_grown_past_its_limit_keeps_the_patterns_of_the_run_that_writes_it(
    tmp_path: Path, writes_bytecode: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "_MOST_ENTRIES", 3)
    path = tmp_path / "p.marshal"
    old = PatternStore(path)
    for source in ("a+", "b+", "c+"):
        old.compile(source, 0)
    old.save()
    new = PatternStore(path)
    for source in ("c+", "d+"):
        new.compile(source, 0)
    new.save()
    _, _, entries = marshal.loads(path.read_bytes())
    assert sorted(source for source, _ in entries) == ["c+", "d+"]


def test_a_bad_pattern_fails_as_re_compile_fails() -> None:
    with pytest.raises(re.error, match="missing \\)"):
        compiled(r"(unclosed")
    with pytest.raises(re.error, match="missing \\)"):
        PatternStore(Path("/nonexistent/p.marshal")).compile(r"(unclosed", 0)


def test_a_second_run_reads_what_the_first_compiled(tmp_path: Path) -> None:
    """The default place: beside the module's bytecode (PYTHONPYCACHEPREFIX moves both)."""
    probe = (
        "import summarize.sanitize, summarize.patterns as p;"
        "s = p._default_store(); print(s.hits, s.path)"
    )
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    root = Path(summarize.__file__).parent.parent
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe],
            env=environment,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]
    (first_hits, path), (second_hits, again) = runs
    assert path == again and Path(path).is_relative_to(tmp_path)
    assert Path(path).name.startswith("patterns.") and Path(path).exists()
    assert int(first_hits) == 0 and int(second_hits) > 5


def test_the_package_compiles_the_same_patterns_whatever_the_hash_seed() -> None:
    """A pattern built from a set in its iteration order ("|".join(sorted(words, key=len)))
    differs from run to run: it is never read back, and each run adds one to the file."""
    probe = (
        "import hashlib, importlib, pkgutil, re, summarize\n"
        "keys = set()\n"
        "for info in pkgutil.walk_packages(summarize.__path__, 'summarize.'):\n"
        "    if info.name.endswith('__main__'):\n"
        "        continue\n"
        "    for value in vars(importlib.import_module(info.name)).values():\n"
        "        value = getattr(value, '__self__', value)\n"
        "        if isinstance(value, re.Pattern):\n"
        "            keys.add(repr((value.pattern, value.flags)))\n"
        "print(len(keys), hashlib.sha256(''.join(sorted(keys)).encode()).hexdigest())\n"
    )
    root = Path(summarize.__file__).parent.parent
    seen = {
        subprocess.run(
            [sys.executable, "-c", probe],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"},
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1, seen

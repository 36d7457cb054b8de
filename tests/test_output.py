from pathlib import Path

from summarize.output import safe_name, set_name, write_atomic


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "brief.md"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["brief.md"]


def test_names_cannot_escape_the_output_folder() -> None:
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("...") == "briefing"
    assert "/" not in safe_name("a/b\\c")


def test_set_name_from_folder_or_file(tmp_path: Path) -> None:
    folder = tmp_path / "Iran strikes"
    folder.mkdir()
    (folder / "one.txt").write_text("x")
    assert set_name([str(folder)]) == "Iran-strikes"
    assert set_name([str(folder / "one.txt")]) == "one"
    assert set_name([str(folder / "*.txt")]) == "Iran-strikes"


# --- where a briefing may be written (issue 13, class 2) -------------------------------

import os  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402

from summarize.errors import SummarizeError  # noqa: E402
from summarize.output import (  # noqa: E402
    BRIEFING_MARKER,
    is_briefing,
    refuse_input_overwrite,
    remove_stale_temps,
    unique_names,
    write_briefing,
)


def test_dash_writes_to_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert write_briefing("-", "hello\n") == "standard output"
    assert capsys.readouterr().out == "hello\n"
    assert list(tmp_path.iterdir()) == []


def test_symlinked_target_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_briefing(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


def test_device_target_is_written_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "null.md"
    link.symlink_to("/dev/null")
    write_briefing(link, "gone")
    write_briefing("/dev/null", "gone")
    assert link.is_symlink() and os.path.exists("/dev/null")
    assert not Path("/dev/null").is_file()  # still the character device


def test_fifo_target_is_written_to_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_briefing(fifo, "through the pipe")
    reader.join(5)
    assert received == [b"through the pipe"]
    assert not fifo.is_file() and fifo.exists()


def test_folder_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SummarizeError, match="is a folder"):
        write_briefing(tmp_path, "x")


def test_input_files_are_never_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("An article.")
    mine = folder / "old-brief.md"
    mine.write_text("# t\n" + BRIEFING_MARKER + "\n")
    link = tmp_path / "alias.txt"
    link.symlink_to(article)
    for target in (article, link, folder / "." / "a.txt"):
        with pytest.raises(SummarizeError, match="refusing to overwrite"):
            refuse_input_overwrite(target, [folder])
        with pytest.raises(SummarizeError, match="refusing to overwrite"):
            refuse_input_overwrite(target, [article])
    refuse_input_overwrite(mine, [folder])  # our own earlier briefing: fine to replace
    refuse_input_overwrite(folder / "new.md", [folder])  # nothing there yet
    refuse_input_overwrite(tmp_path / "elsewhere.md", [folder])
    assert article.read_text() == "An article."


def test_briefings_are_recognisable_and_articles_are_not() -> None:
    assert is_briefing("# Title\n\nText. [1]\n\n## Sources\n\n1. x\n" + BRIEFING_MARKER + "\n")
    assert is_briefing(
        '{\n  "title": "t",\n  "engine": "extractive", "sentences": [], "sources": [], "stats": {}}'
    )
    assert not is_briefing("# A story about <!-- comments -->\n\nText.")
    assert not is_briefing('{\n  "title": "t", "text": "an article record"}')


def test_set_names_never_share_a_file() -> None:
    names = ["a/b", "a?b", "a-b", "A-B", "", "..", "Москва", "Киев"]
    hashed = unique_names(names)["a/b"]
    names.append(hashed)  # a set literally named like another set's hashed file name
    stems = unique_names(names)
    assert len({stem.lower() for stem in stems.values()}) == len(set(names))
    assert stems[hashed] == hashed and stems["a-b"] != stems["A-B"]
    assert all("/" not in stem and not stem.startswith(".") for stem in stems.values())


def test_only_temp_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    live = tmp_path / f".a.md.{os.getpid()}.x1.tmp"
    dead = tmp_path / ".b.md.999999999.x2.tmp"
    legacy = tmp_path / ".c.md.abcd.tmp"
    for path in (live, dead, legacy):
        path.write_text("partial")
    remove_stale_temps(tmp_path)
    assert live.exists() and not dead.exists() and not legacy.exists()

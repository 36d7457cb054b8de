"""Whatever a scraper produced: a clear message naming the file, never a traceback or a
hang, and the valid articles of the same run still briefed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarize
from summarize.cli import app
from tests.conftest import STORY

GOOD = STORY["alpha.txt"]
runner = CliRunner()


def run(folder: Path, *extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app,
        ["brief", str(folder), "-q", "-f", "json", "-o", str(folder.parent / "out.json"), *extra],
    )


def briefed_ids(folder: Path) -> set[str]:
    data = json.loads((folder.parent / "out.json").read_text())
    return {source["id"] for source in data["sources"]}


def with_good(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    return folder


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "zero-byte": (lambda p: (p / "bad.txt").write_bytes(b""), "bad.txt: empty file (0 bytes)"),
    "whitespace": (
        lambda p: (p / "bad.txt").write_text(" \n\t \n"),
        "bad.txt: file has only whitespace",
    ),
    "binary renamed .txt": (
        lambda p: (p / "bad.txt").write_bytes(bytes(range(256)) * 64),
        "bad.txt: binary file, not text",
    ),
    "json missing text": (
        lambda p: (p / "bad.json").write_text('{"title": "no body"}'),
        "bad.json: missing 'text' field",
    ),
    "jsonl wrong type": (
        lambda p: (p / "bad.jsonl").write_text('{"text": ["a", "list"]}\n'),
        "bad.jsonl:1: 'text' must be a string",
    ),
    "jsonl truncated last line": (
        lambda p: (p / "bad.jsonl").write_text(
            json.dumps({"text": GOOD, "id": "ok1"}) + '\n{"text": "cut of'
        ),
        "bad.jsonl:2: malformed JSON line",
    ),
    "malformed json": (
        lambda p: (p / "bad.json").write_text("{'single': quotes}"),
        "bad.json: malformed JSON",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_named_and_the_rest_still_briefed(tmp_path: Path, case: str) -> None:
    folder = with_good(tmp_path)
    make, message = BAD_FILES[case]
    make(folder)
    result = run(folder)
    assert result.exit_code == 0, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert "good" in briefed_ids(folder)


def test_strict_mode_turns_the_same_into_exit_1(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "bad.txt").write_bytes(b"")
    result = run(folder, "--strict")
    assert result.exit_code == 1 and "bad.txt: empty file" in result.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.mkdir(), "folder has no article files"),
        (
            lambda p: (
                p.mkdir(),
                (p / "image.png").write_bytes(b"\x89PNG"),
                (p / "notes.pdf").write_bytes(b"%PDF"),
            ),
            "folder has no article files",
        ),
        (lambda p: None, "no such file or folder"),
    ],
)
def test_nothing_usable_is_exit_1_with_one_line(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "in"
    setup(target)
    result = run(target)
    assert result.exit_code == 1
    assert message in result.stderr and str(target) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        (
            "latin-1",
            "Le café de Zürich a rouvert lundi après les inondations. Les clients sont revenus nombreux.".encode(
                "latin-1"
            ),
        ),
        (
            "cp1252",
            "The “bridge” reopened on Monday — officials said traffic was light all day.".encode(
                "cp1252"
            ),
        ),
        (
            "utf-16",
            "The bridge reopened on Monday and officials said traffic was light all day.".encode(
                "utf-16"
            ),
        ),
        (
            "utf-8-sig",
            "The bridge reopened on Monday and officials said traffic was light all day.".encode(
                "utf-8-sig"
            ),
        ),
    ],
)
def test_legacy_encodings_are_read(tmp_path: Path, encoding: str, data: bytes) -> None:
    folder = with_good(tmp_path)
    (folder / "legacy.txt").write_bytes(data)
    assert run(folder).exit_code == 0
    assert "legacy" in briefed_ids(folder)


def test_nul_bytes_inside_text_are_removed(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "nul.txt").write_bytes(
        ("The bridge reopened on Monday after repairs were finished. " * 50)
        .encode()
        .replace(b"Monday", b"Mon\x00day", 1)
    )
    briefing = summarize.brief(folder)
    assert all("\x00" not in s.text for s in briefing.sentences)


def test_huge_single_line_file_is_refused_before_reading(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    with (folder / "huge.txt").open("wb") as stream:
        stream.truncate(50 * 2**20)  # 50 MB, sparse: cheap to create
    result = run(folder)
    assert result.exit_code == 0
    assert "huge.txt: file is 50.0 MiB, over the limit" in result.stderr
    assert briefed_ids(folder) == {"good"}


def test_limits_are_configurable_and_reported(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    for index in range(5):
        (folder / f"extra{index}.txt").write_text(GOOD.replace("Eastwick", f"Town{index}"))
    result = run(folder, "--max-articles", "3", "--max-article-chars", "100000")
    assert result.exit_code == 0
    assert "input limit of 3 articles reached" in result.stderr
    assert len(briefed_ids(folder)) == 3
    result = run(folder, "--max-article-chars", "50")
    assert result.exit_code == 1
    assert "good.txt: file is 351 bytes, over the limit of 200 bytes" in result.stderr


def test_text_without_any_punctuation(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "nopunct.txt").write_text(
        " ".join(["rain fell on the town and the river rose"] * 400)
    )
    assert run(folder).exit_code == 0


def test_enormous_article_beside_small_ones_and_thousands_of_tiny_ones(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "enormous.txt").write_text(
        "Officials in the capital discussed the budget again today. " * 20000
    )
    for index in range(1500):
        (folder / f"tiny{index:04d}.txt").write_text(
            f"Item {index} reports that the river rose again overnight."
        )
    briefing = summarize.brief(folder)
    assert len(briefing.sources) == 1502 and briefing.word_count <= 200


def test_same_article_twice_is_cited_as_both(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "copy.txt").write_text(GOOD)
    briefing = summarize.brief(folder)
    assert all(s.citations == ("copy", "good") for s in briefing.sentences)
    assert len({s.text for s in briefing.sentences}) == len(briefing.sentences)


def test_all_identical_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(4):
        (folder / f"same{index}.txt").write_text(GOOD)
    briefing = summarize.brief(folder)
    assert briefing.sentences and all(len(s.citations) == 4 for s in briefing.sentences)


def test_non_english_text_does_not_break(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ru.txt").write_text(
        "Сильный дождь затопил город в понедельник. Жители покинули свои дома. Спасатели использовали лодки."
    )
    (folder / "zh.txt").write_text("周一大雨淹没了城镇。居民离开了家园。救援人员使用了船只。")
    assert run(folder).exit_code == 0


def test_hostile_html_is_neutralised(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "evil.html").write_text(
        "<html><body><script>steal()</script><style>x{}</style><iframe src='http://x'></iframe>"
        "<article><p onmouseover='steal()'>Officials said the dam held through the night despite "
        "record inflows &lt;script&gt;alert(1)&lt;/script&gt; from the storm upstream.</p>"
        "<p>Residents downstream were allowed to return home on Tuesday morning.</p></article>"
    )
    (folder / "broken.html").write_text(
        "<html><body><p>Unclosed <b>tags <div>The river rose again on Monday night"
    )
    result = runner.invoke(app, ["brief", str(folder), "-q", "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "out.md").read_text()
    assert "<script>" not in markdown and "steal()" not in markdown and "<iframe" not in markdown


def test_symlink_loop_and_outside_links_are_not_followed(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    os.symlink(folder, folder / "loop")
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret launch code is 0000 and must never leave this file.")
    os.symlink(secret, folder / "outside.txt")
    result = run(folder)
    assert result.exit_code == 0
    assert "outside.txt: symbolic link to a file outside the folder" in result.stderr
    assert briefed_ids(folder) == {"good"}


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = with_good(tmp_path)
    locked = folder / "locked.txt"
    locked.write_text(GOOD)
    real_open = os.open

    def refusing_open(path, flags, *args):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)  # tests run as root: chmod is no barrier
    result = run(folder)
    assert result.exit_code == 0
    assert "locked.txt: cannot read file (permission denied)" in result.stderr


def test_output_name_from_hostile_folder_name_stays_in_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "..evil name"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["brief", str(folder), "-q"])
    assert result.exit_code == 0
    assert (tmp_path / "outputs" / "evil-name.md").is_file()

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


# ======================================================================================
# Issue 13: the failure classes of the independent attack. Every class has several
# shapes; the pathological-size ones are marked slow (pytest -m slow).
# ======================================================================================

import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from summarize.batches import MANIFEST, discover_sets, run_batch  # noqa: E402
from summarize.ingest import Limits, read_articles  # noqa: E402
from summarize.output import BRIEFING_MARKER  # noqa: E402
from summarize.pipeline import BriefOptions  # noqa: E402
from tests.conftest import REPO, write_articles  # noqa: E402

EXTRACTIVE = BriefOptions(engine="extractive", words=60)
CONTROL_BYTES = ("\x1b", "\x07", "\x9b", "\u202e", "\x00")


def story_set(folder: Path, town: str = "Eastwick") -> Path:
    return write_articles(folder, {n: t.replace("Eastwick", town) for n, t in STORY.items()})


def jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


def assert_printable(*texts: str) -> None:
    for text in texts:
        for bad in CONTROL_BYTES:
            assert bad not in text, f"{bad!r} reached the terminal"


# --- class 1: one bad input never aborts the job ---------------------------------------


def deep_json(depth: int = 1000) -> str:
    return "[" * depth + "]" * depth


def test_class1_batch_records_every_bad_set_and_briefs_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "a-good")
    story_set(root / "b-deep")
    (root / "b-deep" / "deep.json").write_text(deep_json())
    (root / "c-only-deep").mkdir()
    (root / "c-only-deep" / "deep.json").write_text('{"text": ' + deep_json() + "}")
    story_set(root / "d-surrogate")
    (root / "d-surrogate" / "s.jsonl").write_text(
        '{"text": "Lone \\ud83d surrogate in the text of a report about the flood.", '
        '"title": "Title \\udc80 here", "source": "\\ud800"}\n'
    )
    os.mkdir(os.fsencode(root) + b"/e-caf\xe9")
    story_set(Path(os.fsdecode(os.fsencode(root) + b"/e-caf\xe9")))
    story_set(root / "z-last", "Lastown")
    result = runner.invoke(app, ["batch", str(root), "-o", str(tmp_path / "out"), "-q"])
    no_traceback(result)
    assert result.exit_code == 1  # one set failed
    assert "5 briefed, 0 skipped (unchanged), 1 failed" in result.stdout
    assert "c-only-deep" in result.stderr and "nested too deeply" in result.stderr
    out = tmp_path / "out"
    assert {p.name for p in out.glob("*.md")} == {
        "a-good.md",
        "b-deep.md",
        "d-surrogate.md",
        "e-caf-xe9.md",
        "z-last.md",
    }
    (out / "d-surrogate.md").read_text(encoding="utf-8")  # written, valid UTF-8
    rows = sqlite3.connect(out / MANIFEST).execute("SELECT name, status FROM sets").fetchall()
    assert dict(rows)["c-only-deep"] == "failed" and len(rows) == 6
    again = runner.invoke(app, ["batch", str(root), "-o", str(out), "-q"])
    assert "0 briefed, 5 skipped (unchanged), 1 failed" in again.stdout  # same place, no crash


def test_class1_jsonl_sets_with_deep_or_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "sets.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "articles": [{"text": GOOD}]})
        + "\n"
        + '{"id": "deep", "articles": '
        + deep_json()
        + "}\n"
        + '{"id": "sur\\udc80", "articles": [{"text": "'
        + GOOD.replace("\n", " ").replace('"', "")
        + ' \\ud83d"}]}\n'
    )
    report = run_batch(path, tmp_path / "out", EXTRACTIVE)
    assert report.count("ok") == 2
    assert any("nested too deeply" in problem for problem in report.problems)


def test_class1_unexpected_exception_in_one_set_is_that_sets_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarize.batches as batches

    root = tmp_path / "in"
    for name in ("one", "two", "three"):
        story_set(root / name)
    real = batches.brief

    def flaky(paths, options):  # type: ignore[no-untyped-def]
        if str(paths[0]).endswith("two"):
            raise RuntimeError("a parser bug")
        return real(paths, options)

    monkeypatch.setattr(batches, "brief", flaky)
    report = run_batch(root, tmp_path / "out", EXTRACTIVE)
    assert [(r.name, r.status) for r in report.results] == [
        ("one", "ok"),
        ("three", "ok"),
        ("two", "failed"),
    ]
    assert "RuntimeError: a parser bug" in (report.results[2].error or "")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("deep.json", deep_json(), "nested too deeply"),
        ("deep.jsonl", '{"text": ' + deep_json(3000) + "}\n", "nested too deeply"),
        ("deepobj.json", '{"a":' * 5000 + "1" + "}" * 5000, "nested too deeply"),
    ],
)
def test_class1_brief_skips_unusable_input_with_its_reason(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    folder = with_good(tmp_path)
    (folder / name).write_text(content)
    result = run(folder)
    no_traceback(result)
    assert result.exit_code == 0 and f"{name}" in result.stderr and reason in result.stderr


def test_class1_a_crashing_parser_skips_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarize.html as html

    def broken(text: str, where: str):  # type: ignore[no-untyped-def]
        raise ValueError("lxml fell over")

    monkeypatch.setattr(html, "extract_html", broken)
    folder = with_good(tmp_path)
    (folder / "page.html").write_text("<p>x</p>")
    result = run(folder)
    no_traceback(result)
    assert result.exit_code == 0 and "page.html: cannot be read (ValueError" in result.stderr


def test_class1_lone_surrogates_and_undecodable_names_are_writable(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "s.jsonl").write_text(
        '{"id": "x\\udc80", "title": "T\\ud83d", "url": "http://a.test/\\udfff",'
        ' "text": "A report \\ud83d about the river rising again on Monday night."}\n'
    )
    weird = os.fsencode(folder) + b"/caf\xe9\xff.txt"
    with open(weird, "wb") as stream:
        stream.write(GOOD.replace("Eastwick", "Weirdtown").encode())
    for fmt in ("md", "json"):
        out = tmp_path / f"out.{fmt}"
        result = runner.invoke(app, ["brief", str(folder), "-f", fmt, "-o", str(out)])
        no_traceback(result)
        assert result.exit_code == 0
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            text = " ".join(v for s in json.loads(text)["sources"] for v in s.values())
        assert "caf\\xe9\\xff" in text and "\ufffd" in text
        assert_printable(result.stdout, result.stderr)


def test_class1_stdin_that_is_not_utf8_is_read(tmp_path: Path) -> None:
    data = "Le café a rouvert lundi après les inondations de la semaine.".encode("cp1252")
    result = runner.invoke(app, ["brief", "-", "-o", "-", "-q"], input=data)
    no_traceback(result)
    assert result.exit_code == 0 and "café" in result.stdout


# --- class 2: outputs never destroy or pollute input ------------------------------------


def test_class2_output_onto_an_input_file_is_refused(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "other.txt").write_text(GOOD.replace("Eastwick", "Othertown"))
    alias = tmp_path / "alias.md"
    alias.symlink_to(folder / "other.txt")
    for target in (folder / "good.txt", folder / "other.txt", alias):
        before = (folder / "other.txt").read_bytes(), (folder / "good.txt").read_bytes()
        result = runner.invoke(app, ["brief", str(folder), "-o", str(target)])
        no_traceback(result)
        assert result.exit_code == 1 and "refusing to overwrite" in result.stderr
        assert before == ((folder / "other.txt").read_bytes(), (folder / "good.txt").read_bytes())
    explicit = runner.invoke(
        app, ["brief", str(folder / "good.txt"), "-o", str(folder / "good.txt")]
    )
    assert explicit.exit_code == 1 and (folder / "good.txt").read_text() == GOOD


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_class2_briefings_inside_the_input_are_not_read_back(tmp_path: Path, fmt: str) -> None:
    folder = with_good(tmp_path)
    (folder / "second.txt").write_text(GOOD.replace("Eastwick", "Secondtown"))
    target = folder / "sub" / f"brief.txt"  # even under an article suffix
    first = runner.invoke(app, ["brief", str(folder), "-f", fmt, "-o", str(target), "-q"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["brief", str(folder), "-f", "json", "-o", "-", "-q"])
    assert second.exit_code == 0, second.output
    assert {s["id"] for s in json.loads(second.stdout)["sources"]} == {"good", "second"}
    assert "brief.txt: a briefing written by summarize" in second.stderr


def test_class2_batch_output_inside_its_input_is_never_a_set(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "one")
    for out in (root / "_out", root / "one" / "nested-out"):
        for _ in range(2):
            report = run_batch(root, out, EXTRACTIVE)
            assert {r.name for r in report.results} == {"one"}, out
    other = tmp_path / "elsewhere"
    run_batch(root, other, EXTRACTIVE)
    (root / "copied-out").mkdir()
    for file in other.iterdir():  # someone copies a whole output folder into the input
        (root / "copied-out" / file.name).write_bytes(file.read_bytes())
    assert {s.name for s in discover_sets(root)[0]} == {"one"}


def test_class2_dash_means_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = with_good(tmp_path)
    result = runner.invoke(app, ["brief", str(folder), "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# ") and result.stdout.endswith(BRIEFING_MARKER + "\n")
    assert result.stdout.count("## Sources") == 1  # printed once, not twice
    assert not (tmp_path / "-").exists() and not (tmp_path / "outputs").exists()


def test_class2_special_targets_are_never_replaced(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    stdout_link = tmp_path / "stdout-link"
    stdout_link.symlink_to("/dev/null")
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    for target in (stdout_link, Path("/dev/null"), fifo):
        result = runner.invoke(app, ["brief", str(folder), "-o", str(target), "-q"])
        assert result.exit_code == 0, result.output
    reader.join(5)
    assert stdout_link.is_symlink() and os.readlink(stdout_link) == "/dev/null"
    assert not fifo.is_file() and got and got[0].startswith(b"# ")


def summarize_process(*args: str, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def,type-arg]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "summarize", *args], cwd=REPO, env=env, **kwargs)


def test_class2_stdout_device_link_is_written_not_replaced(tmp_path: Path) -> None:
    # The attack's case (-o /dev/stdout), through a private link to the same device.
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    folder = with_good(tmp_path)
    process = summarize_process(
        "brief",
        str(folder),
        "-o",
        str(link),
        "-q",
        "--engine",
        "extractive",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert out.startswith(b"# ") and out.endswith(BRIEFING_MARKER.encode() + b"\n")
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"

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

import re  # noqa: E402
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
            sources = json.loads(text)["sources"]
            text = " ".join(v for s in sources for v in s.values() if isinstance(v, str))
        assert "caf\\xe9\\xff" in text and "\ufffd" in text
        assert_printable(result.stdout, result.stderr)


def test_class1_stdin_that_is_not_utf8_is_read(tmp_path: Path) -> None:
    data = "Le café a rouvert lundi après les inondations de la semaine.".encode("cp1252")
    result = runner.invoke(app, ["brief", "-", "-o", "-", "-q"], input=data)
    no_traceback(result)
    assert result.exit_code == 0 and "café" in result.stdout


@pytest.mark.parametrize("to", [[], ["-o", "-"]])
def test_class1_reader_that_closes_early_is_not_a_traceback(tmp_path: Path, to: list[str]) -> None:
    folder = with_good(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that already exited
    process = summarize_process(
        "brief",
        str(folder),
        "--engine",
        "extractive",
        "-o",
        str(tmp_path / "o.md"),
        *to,
        stdout=write_end,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err


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
    target = folder / "sub" / "brief.txt"  # even under an article suffix
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


# --- class 3: markup and terminal injection --------------------------------------------

HOSTILE_META = {
    "title": "Bridge reopens\n~~~",
    "source": "Wire\x1b]0;pwned\x07\x1b[2J",
    "url": "http://x.test/\n<img src=x onerror=alert(1)>",
    "published": "2024\u202e-01-02\n# heading",
}


def markdown_blocks(markdown: str) -> list[str]:
    """The lines that can open a block, as a CommonMark reader sees them."""
    starts = ("#", ">", "<", "```", "~~~", "    ", "\t", "|", "[", "===", "---", "***", "___")
    return [line for line in markdown.splitlines() if line.startswith(starts)]


def test_class3_metadata_cannot_break_out_of_markdown(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    jsonl(folder / "evil.jsonl", [{"text": GOOD.replace("Eastwick", "Evilton"), **HOSTILE_META}])
    out = tmp_path / "out.md"
    result = runner.invoke(app, ["brief", str(folder), "-o", str(out), "--title", "T\n```"])
    assert result.exit_code == 0, result.output
    markdown = out.read_text()
    # Only the tool's own headings and end marker open blocks. (The copy that names another
    # town is rightly reported as a disagreement on the place.)
    tool_headings = {"## Where sources differ", "## Sources"}
    blocks = [line for line in markdown_blocks(markdown) if line not in tool_headings]
    assert blocks == ["# T \\`\\`\\`", BRIEFING_MARKER]
    assert "## Sources" in markdown_blocks(markdown)
    live = re.sub(r"`[^`\n]*`", "", markdown)  # code spans show text, never run it
    assert "<img" not in live and "~~~" not in markdown
    assert_printable(markdown, result.stdout, result.stderr)


@pytest.mark.parametrize(
    "line",
    [
        "# heading",
        "###### h6",
        "```python",
        "~~~",
        "> quote",
        "- item",
        "+ item",
        "* item",
        "1. item",
        "12) item",
        "<div>",
        "<!-- c -->",
        "| a | b |",
        "---",
        "***",
        "___",
        "===",
        "[ref]: http://evil.test",
        "[^1]: note",
        "    indented code",
        "\tcode",
    ],
)
def test_class3_no_sentence_can_open_a_block(line: str) -> None:
    from summarize.models import Briefing, BriefSentence, SourceInfo
    from summarize.render import to_markdown

    briefing = Briefing(
        title=line,
        engine="extractive",
        sentences=[BriefSentence(line, ("a",), ()), BriefSentence(f"x\n{line}", ("a",), ())],
        sources=[SourceInfo("a", line, f"in/{line}\n{line}.txt", source=line, url=line)],
    )
    markdown = to_markdown(briefing)
    assert markdown_blocks(markdown) == [markdown.splitlines()[0], "## Sources"]
    assert markdown.splitlines()[0].startswith("# ")
    # title, blank, paragraph, blank, Sources heading, blank, one source item
    assert len(markdown.splitlines()) == 7


def test_class3_file_names_and_headlines_never_drive_the_terminal(tmp_path: Path) -> None:
    folder = with_good(tmp_path)
    (folder / "evil\x1b]0;pwned\x07\n.txt").write_text(
        "Headline \x1b[2J\x9b31m with \u202eescapes\n\n" + GOOD.split("\n\n", 1)[1]
    )
    (folder / "empty\x1b[31m.txt").write_text("")
    for fmt in ("md", "json"):
        result = runner.invoke(app, ["brief", str(folder), "-f", fmt, "-o", "-"])
        assert result.exit_code == 0, result.output
        assert_printable(result.stdout, result.stderr)
        assert "empty" in result.stderr and "empty file" in result.stderr
    batch = runner.invoke(app, ["batch", str(tmp_path), "-o", str(tmp_path / "o")])
    assert_printable(batch.stdout, batch.stderr)


def test_class3_json_output_keeps_the_text_but_escapes_controls(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # (About the story: a stub's sentence off it is not quoted at all.)
    body = "Officials said the \u202edam\u202c above Eastwick held as the flood water rose."
    jsonl(folder / "a.jsonl", [{"text": body, "title": "Dam \u202eholds"}, {"text": GOOD}])
    result = runner.invoke(app, ["brief", str(folder), "-f", "json", "-o", "-", "-q"])
    assert result.exit_code == 0 and "\u202e" not in result.stdout
    data = json.loads(result.stdout)
    assert any("\u202edam" in s["text"] for s in data["sentences"])  # value kept, escaped
    assert all("\u202e" not in s["title"] for s in data["sources"])  # metadata cleaned


# --- class 4: no hang, no unbounded read, nothing worse than linear -------------------


def in_thread(function, seconds: float = 20):  # type: ignore[no-untyped-def]
    """Run `function`; fail (instead of hanging the suite) if it takes over `seconds`."""
    box: list[object] = []
    worker = threading.Thread(target=lambda: box.append(function()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s: a hang"
    return box[0] if box else None


def test_class4_fifos_are_never_opened_for_reading(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "set")
    os.mkfifo(root / "x.jsonl")
    os.mkfifo(root / "set" / "y.txt")
    os.mkfifo(root / "set" / "z.jsonl")
    report = in_thread(lambda: run_batch(root, tmp_path / "out", EXTRACTIVE))
    assert report.count("ok") == 1  # type: ignore[union-attr]
    assert any("x.jsonl: not a regular file (a FIFO)" in p for p in report.problems)  # type: ignore[union-attr]
    read = in_thread(lambda: read_articles([root / "set", root / "x.jsonl"]))
    assert {a.id for a in read.articles} == {"alpha", "beta", "gamma"}  # type: ignore[union-attr]
    assert any("x.jsonl: not a regular file" in str(e) for e in read.skipped)  # type: ignore[union-attr]


def test_class4_links_to_endless_devices_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "set")
    (root / "zero.jsonl").symlink_to("/dev/zero")
    (root / "set" / "urandom.txt").symlink_to("/dev/urandom")
    inside = root / "set" / "inside-zero.jsonl"
    inside.symlink_to("/dev/zero")
    report = in_thread(lambda: run_batch(root, tmp_path / "out", EXTRACTIVE))
    assert report.count("ok") == 1  # type: ignore[union-attr]
    assert any("zero.jsonl" in p for p in report.problems)  # type: ignore[union-attr]
    read = in_thread(lambda: read_articles([inside, root / "zero.jsonl"]))
    reasons = [str(e) for e in read.skipped]  # type: ignore[union-attr]
    assert len(reasons) == 2 and all("not a regular file (a device" in r for r in reasons)


PATHOLOGICAL = {
    "md unclosed backtick": ("x.md", "`a "),
    "md unclosed link": ("x.md", "[a]("),
    "md unclosed image": ("x.md", "![a"),
    "md unclosed emphasis": ("x.md", "**a "),
    "md link label": ("x.md", "[a"),
    "md rule-like lines": ("x.md", "- -\n"),
    "html unclosed comment": ("x.html", "<!--"),
    "html unclosed tag": ("x.html", "<p a"),
    "html unclosed script": ("x.html", "<script>"),
    "html bare <": ("x.html", "< "),
    "text spaces": ("x.txt", "word    "),
}


def ingest_seconds(tmp_path: Path, name: str, text: str) -> float:
    path = tmp_path / name
    path.write_text(text)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        read_articles([path])
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_class4_reading_is_linear_on_pathological_text(tmp_path: Path, case: str) -> None:
    name, unit = PATHOLOGICAL[case]
    small = ingest_seconds(tmp_path, name, unit * (100_000 // len(unit)))
    large = ingest_seconds(tmp_path, name, unit * (400_000 // len(unit)))
    # 4x the input must cost about 4x; quadratic would be 16x. Tiny times are floored.
    assert large < 6 * max(small, 0.05), f"{case}: {small:.3f}s -> {large:.3f}s"


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_class4_whole_briefing_is_linear_on_pathological_text(tmp_path: Path, case: str) -> None:
    name, unit = PATHOLOGICAL[case]
    seconds = []
    for size in (100_000, 400_000):
        folder = tmp_path / str(size)
        folder.mkdir()
        (folder / name).write_text(unit * (size // len(unit)))
        (folder / "good.txt").write_text(GOOD)
        started = time.perf_counter()
        summarize.brief(folder, EXTRACTIVE)
        seconds.append(time.perf_counter() - started)
    assert seconds[1] < 6 * max(seconds[0], 0.05), f"{case}: {seconds}"


# --- class 5: limits with no holes ------------------------------------------------------


def many_records(count: int, tag: str = "") -> list[dict[str, str]]:
    return [
        {"id": f"r{i}", "text": f"Report {i}{tag}: the river at Town{i} rose {i} cm on Monday."}
        for i in range(count)
    ]


def test_class5_article_limit_counts_records_inside_one_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    jsonl(folder / "feed.jsonl", many_records(50))
    (folder / "z.txt").write_text(GOOD)
    result = run(folder, "--max-articles", "7")
    assert result.exit_code == 0
    assert len(briefed_ids(folder)) == 7
    assert "input limit of 7 articles reached" in result.stderr
    read = read_articles([folder], Limits(max_total_chars=300))
    assert 0 < len(read.articles) < 10
    assert any("characters in all reached" in str(e) for e in read.skipped)


def test_class5_stdin_is_not_cut_silently(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    records = many_records(1000, tag=" " + "padding " * 300)  # ~2.5 MB, over the old cap
    data = ("\n".join(json.dumps(r) for r in records) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    read = read_articles(["-"])
    assert len(read.articles) == 1000 and read.skipped == []
    small = "\n".join(json.dumps(r) for r in many_records(30))
    capped = runner.invoke(
        app, ["brief", "-", "-o", "-", "-q", "--max-articles", "10"], input=small
    )
    assert capped.exit_code == 0 and "input limit of 10 articles reached" in capped.stderr
    assert "malformed" not in capped.stderr


def test_class5_stdin_over_the_byte_limit_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    data = "\n".join(json.dumps(r) for r in many_records(200)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    read = read_articles(["-"], Limits(max_file_bytes=5000))
    assert 0 < len(read.articles) < 200
    assert any("standard input is over the limit" in str(e) for e in read.skipped)


def test_class5_batch_sets_obey_the_same_limits(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "sets.jsonl", [{"id": "big", "articles": many_records(30)}])
    limited = BriefOptions(engine="extractive", limits=Limits(max_articles=4))
    report = run_batch(path, tmp_path / "out", limited, formats="json")
    (result,) = report.results
    assert result.status == "ok"
    assert any("input limit of 4 articles reached" in w for w in result.warnings)
    assert json.loads((tmp_path / "out" / "big.json").read_text())["stats"]["articles"] == 4
    root = tmp_path / "folders"
    (root / "s").mkdir(parents=True)
    jsonl(root / "s" / "feed.jsonl", many_records(30))
    report = run_batch(root, tmp_path / "out2", limited)
    assert any("limit of 4 articles" in w for w in report.results[0].warnings)
    cli = runner.invoke(app, ["batch", str(path), "-o", str(tmp_path / "out3"), "-q"])
    assert cli.exit_code == 0  # default limits: nothing to say


def test_class5_batch_hashes_big_files_without_loading_them(tmp_path: Path) -> None:
    import tracemalloc

    root = tmp_path / "in"
    story_set(root / "set")
    with (root / "set" / "big.json").open("wb") as stream:
        stream.truncate(64 * 2**20)  # sparse: cheap to make
    tracemalloc.start()
    try:
        discover_sets(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, f"peak {peak / 2**20:.0f} MiB while hashing a 64 MiB file"
    small = Limits(max_file_bytes=2**20)
    (root / "huge.jsonl").write_bytes(b" " * (2 * 2**20))
    _sets, problems = discover_sets(root, small)
    assert any("huge.jsonl: file is 2.0 MiB, over the limit" in p for p in problems)


# --- class 6: batch correctness -----------------------------------------------------------


def test_class6_duplicate_ids_in_one_set_keep_their_own_citations(tmp_path: Path) -> None:
    first = GOOD.replace("Eastwick", "Northtown")
    second = (
        "Library Opens\n\nOfficials in Southtown opened a new public library on Friday after "
        "four years of work.\n\nThe building holds 80,000 books and a children's reading room.\n"
    )
    path = jsonl(
        tmp_path / "sets.jsonl",
        [{"id": "s", "articles": [{"id": "x", "text": first}, {"id": "x", "text": second}]}],
    )
    run_batch(path, tmp_path / "out", EXTRACTIVE, formats="json")
    data = json.loads((tmp_path / "out" / "s.json").read_text())
    ids = [source["id"] for source in data["sources"]]
    assert len(set(ids)) == 2
    for sentence in data["sentences"]:
        town = "Northtown" if "Northtown" in sentence["text"] else "Southtown"
        if town in sentence["text"]:
            expected = ids[0] if town == "Northtown" else ids[1]
            assert sentence["citations"] == [expected], sentence


def test_class6_colliding_set_names_get_distinct_files(tmp_path: Path) -> None:
    from summarize.output import unique_names

    hashed = unique_names(["a/b", "a?b"])["a/b"]
    names = ["a/b", "a?b", hashed, "A-B", "a-b"]
    towns = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    records = [
        {"id": name, "articles": [{"text": GOOD.replace("Eastwick", town)}]}
        for name, town in zip(names, towns, strict=True)
    ]
    path = jsonl(tmp_path / "sets.jsonl", records)
    report = run_batch(path, tmp_path / "out", EXTRACTIVE)
    assert report.count("ok") == 5
    files = {r.name: r.outputs[0] for r in report.results}
    assert len({f.lower() for f in files.values()}) == 5
    for name, town in zip(names, towns, strict=True):
        assert town in (tmp_path / "out" / files[name]).read_text(), name


def test_class6_jsonl_link_outside_the_input_is_not_followed(tmp_path: Path) -> None:
    outside = jsonl(tmp_path / "secret.jsonl", [{"id": "secret", "articles": [{"text": GOOD}]}])
    root = tmp_path / "in"
    story_set(root / "set")
    (root / "linked.jsonl").symlink_to(outside)
    (root / "inside.jsonl").symlink_to(root / "set" / ".." / "real.jsonl")
    jsonl(root / "real.jsonl", [{"id": "real", "articles": [{"text": GOOD}]}])
    sets, problems = discover_sets(root)
    assert "secret" not in {s.name for s in sets} and "real" in {s.name for s in sets}
    assert any("linked.jsonl: symbolic link to a file outside" in p for p in problems)


def test_class6_unreadable_folders_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "in"
    story_set(root / "locked")
    story_set(root / "partly")
    story_set(root / "partly" / "sub", "Subtown")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # tests run as root: chmod is no barrier
        if os.fspath(path).endswith(("locked", "sub")):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = run_batch(root, tmp_path / "out", EXTRACTIVE)
    status = {r.name: r for r in report.results}
    assert status["locked"].status == "failed"
    assert "cannot read folder (permission denied)" in (status["locked"].error or "")
    assert status["partly"].status == "ok"
    assert any(
        "sub: cannot read folder (permission denied)" in w for w in status["partly"].warnings
    )


# --- class 7: manifest and output folder faults -----------------------------------------


def batch_cli(root: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["batch", str(root), "-o", str(out), "-q", *extra])
    no_traceback(result)
    return result


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_class7_unusable_output_folders_are_one_line_errors(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "set")
    a_file = tmp_path / "file"
    a_file.write_text("not a folder")
    for out, expected in (
        (a_file, "output folder is a file"),
        (a_file / "below", "cannot create the output folder"),
        (Path("/proc/summarize-test-out"), "cannot create the output folder"),
    ):
        result = batch_cli(root, out)
        assert result.exit_code == 1
        assert expected in one_error_line(result)
    assert a_file.read_text() == "not a folder"


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"this is not a database at all" * 40),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000),
        lambda path: sqlite3.connect(path).executescript(
            "DROP TABLE sets; CREATE TABLE sets (x TEXT);"
        ),
    ],
    ids=["garbage", "truncated", "bad header", "wrong table"],
)
def test_class7_corrupt_manifest_is_kept_aside_and_rebuilt(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "in"
    story_set(root / "one")
    story_set(root / "two", "Twotown")
    out = tmp_path / "out"
    assert batch_cli(root, out).exit_code == 0
    before = (out / "one.md").read_bytes()
    damage(out / MANIFEST)
    result = batch_cli(root, out)
    assert result.exit_code == 0, result.output
    assert "2 briefed" in result.stdout and "note:" in result.stderr
    kept = list(out.glob(f"{MANIFEST}.corrupt-*"))
    assert len(kept) == 1 and kept[0].name in result.stderr
    assert (out / "one.md").read_bytes() == before  # the same briefing, rebuilt
    assert "0 briefed, 2 skipped" in batch_cli(root, out).stdout


def test_class7_newer_manifest_is_refused_and_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "one")
    out = tmp_path / "out"
    batch_cli(root, out)
    with sqlite3.connect(out / MANIFEST) as db:
        db.execute("PRAGMA user_version = 99")
    before = (out / MANIFEST).read_bytes()
    result = batch_cli(root, out, "--force")
    assert result.exit_code == 1
    assert "newer summarize" in one_error_line(result)
    assert (out / MANIFEST).read_bytes() == before


def test_class7_full_disk_fails_the_sets_not_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import summarize.batches as batches

    def full(path, text):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    root = tmp_path / "in"
    story_set(root / "one")
    story_set(root / "two", "Twotown")
    monkeypatch.setattr(batches, "write_atomic", full)
    report = run_batch(root, tmp_path / "out", EXTRACTIVE)
    assert report.count("failed") == 2
    assert all("No space left on device" in (r.error or "") for r in report.results)

    def manifest_full(self, result, digest):  # type: ignore[no-untyped-def]
        raise self._fault(sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(batches.Manifest, "record", manifest_full)
    result = batch_cli(root, tmp_path / "out2")
    assert result.exit_code == 1 and "disk is full" in one_error_line(result)


def test_class7_second_batch_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    import fcntl

    from summarize.batches import LOCK

    root = tmp_path / "in"
    story_set(root / "one")
    out = tmp_path / "out"
    out.mkdir()
    with (out / LOCK).open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a running batch holds it
        result = batch_cli(root, out)
    assert result.exit_code == 1 and "another batch is writing" in one_error_line(result)
    assert batch_cli(root, out).exit_code == 0  # released: the next run works


# --- class 8: no orphaned workers; SIGTERM and Ctrl-C stop cleanly ------------------------

WATCHED_POOL = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from summarize.batches import _worker_init

def work(_):
    time.sleep(120)
    return os.getpid()

if __name__ == "__main__":
    pool = ProcessPoolExecutor(2, initializer=_worker_init, initargs=(os.getpid(),))
    pool.submit(work, 0); pool.submit(work, 1)
    time.sleep(1.0)
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(120)
"""


def pid_alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stream:
            return stream.read().split(") ")[1][0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


def wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(pid_alive(pid) for pid in pids):
        time.sleep(0.05)
    return [pid for pid in pids if pid_alive(pid)]


def test_class8_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(WATCHED_POOL)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]  # type: ignore[union-attr]
        assert len(workers) == 2 and all(pid_alive(pid) for pid in workers)
        parent.kill()  # SIGKILL: no cleanup code runs in the parent
        parent.wait()
        assert wait_gone(workers, 5) == [], "workers outlived their killed parent"
    finally:
        parent.kill()


def start_batch(root: Path, out: Path, *extra: str) -> subprocess.Popen:  # type: ignore[type-arg]
    return summarize_process(
        "batch",
        str(root),
        "-o",
        str(out),
        "--engine",
        "extractive",
        "-q",
        *extra,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stream:
                    if int(stream.read().split(") ")[1].split()[1]) == pid:
                        found.append(int(entry))
            except (FileNotFoundError, IndexError, ValueError):
                continue
    return found


def wait_for_outputs(out: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (out.is_dir() and any(out.glob("*.md"))):
        time.sleep(0.02)


def interrupt_batch(tmp_path: Path, workers: str, sets: int) -> tuple[Path, Path, int]:
    """Start a batch, SIGTERM it once its first briefing exists; check it stopped cleanly
    within 5 s with no worker left; return (input, output, committed rows)."""
    root = tmp_path / "in"
    for index in range(sets):
        story_set(root / f"set{index:02d}", f"Town{index}")
    out = tmp_path / "out"
    process = start_batch(root, out, "--workers", workers)
    wait_for_outputs(out)
    pool = children_of(process.pid)
    process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    _, err = process.communicate(timeout=15)
    assert time.monotonic() - started < 5
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err
    assert wait_gone(pool, 5) == []
    kept = sorted(out.glob("*.md"))
    assert 0 < len(kept) < sets
    assert all(p.read_text().endswith(BRIEFING_MARKER + "\n") for p in kept)
    assert list(out.glob(".*.tmp")) == []
    rows = sqlite3.connect(out / MANIFEST).execute("SELECT count(*) FROM sets").fetchone()[0]
    # Every finished set is committed; a file a worker wrote in the very last instant may
    # lack its row (it is complete, and simply briefed again by the next run).
    assert len(kept) - int(workers) <= rows <= len(kept)
    return root, out, rows


def test_class8_sigterm_stops_workers_within_seconds_keeping_finished_sets(
    tmp_path: Path,
) -> None:
    interrupt_batch(tmp_path, "2", 30)


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_class8_interrupted_batch_finishes_on_the_next_run(tmp_path: Path, workers: str) -> None:
    root, out, rows = interrupt_batch(tmp_path, workers, 60)
    finish = start_batch(root, out, "--workers", workers)
    stdout, _ = finish.communicate(timeout=300)
    assert stdout.startswith(f"{60 - rows} briefed, {rows} skipped")


@pytest.mark.slow
def test_class8_killed_batch_leaves_no_worker_behind(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for index in range(80):
        story_set(root / f"set{index:02d}", f"Town{index}")
    out = tmp_path / "out"
    process = start_batch(root, out, "--workers", "2")
    wait_for_outputs(out)
    pool = children_of(process.pid)
    assert pool, "no worker processes seen"
    process.kill()
    process.wait()
    assert wait_gone(pool, 5) == []
    count = len(list(out.glob("*.md")))
    time.sleep(1)
    assert len(list(out.glob("*.md"))) == count  # nothing briefed after the kill


def test_class8_ctrl_c_in_the_api_raises_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarize.batches as batches
    from summarize.batches import BatchInterrupted

    root = tmp_path / "in"
    for name in ("a", "b", "c"):
        story_set(root / name)
    real = batches.brief_set
    calls: list[str] = []

    def interrupted(task):  # type: ignore[no-untyped-def]
        calls.append(task.article_set.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(task)

    monkeypatch.setattr(batches, "brief_set", interrupted)
    with pytest.raises(BatchInterrupted) as caught:
        run_batch(root, tmp_path / "out", EXTRACTIVE)
    assert caught.value.report.count("ok") == 1
    assert [p.name for p in (tmp_path / "out").glob("*.md")] == ["a.md"]
    assert list((tmp_path / "out").glob(".*.tmp")) == []


# --- class 9: invisible characters, concurrent temp files ---------------------------------


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_class9_invisible_characters_do_not_defeat_merging(tmp_path: Path, mark: str) -> None:
    sentence = "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents."
    hidden = sentence.replace("flooded", f"flo{mark}oded").replace("Monday", f"Mon{mark}day")
    folder = tmp_path / "in"
    write_articles(folder, {"a.txt": sentence + "\n", "b.txt": hidden + "\n"})
    briefing = summarize.brief(folder, EXTRACTIVE)
    assert len(briefing.sentences) == 1
    assert briefing.sentences[0].citations == ("a", "b")


def test_class9_matching_ignores_invisibles_but_source_text_is_kept() -> None:
    from summarize.textutil import normalize_text, words

    assert words("re\u00adopened Mon\u200bday\ufeff") == ["reopened", "monday"]
    assert normalize_text("Zero\u200dWidth") == normalize_text("ZeroWidth")
    read = summarize.ingest.record_article({"text": "re\u00adopened"}, "x", "x")
    assert read.text == "re\u00adopened"  # type: ignore[union-attr]


def test_class9_a_starting_batch_keeps_a_running_batchs_temp_files(tmp_path: Path) -> None:
    root = tmp_path / "in"
    story_set(root / "one")
    out = tmp_path / "out"
    out.mkdir()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = out / f".one.md.{running.pid}.abc123.tmp"
        live.write_text("half written by a live process")
        dead = out / ".two.md.999999999.abc123.tmp"
        dead.write_text("left by a killed run")
        assert batch_cli(root, out).exit_code == 0
        assert live.exists() and not dead.exists()
    finally:
        running.kill()
        running.wait()
    batch_cli(root, out, "--force")
    assert not live.exists()  # its writer is gone now


def test_class1_json_numbers_too_long_to_parse(tmp_path: Path) -> None:
    huge = "1" * 100_000
    folder = with_good(tmp_path)
    (folder / "n.json").write_text('{"text": "x", "id": ' + huge + "}")
    (folder / "n.jsonl").write_text(
        '{"id": ' + huge + ', "text": "y"}\n' + json.dumps({"text": STORY["beta.txt"]}) + "\n"
    )
    result = run(folder)
    no_traceback(result)
    assert result.exit_code == 0 and "n.json: unusable JSON" in result.stderr
    assert "n.jsonl:1: unusable JSON line" in result.stderr
    assert briefed_ids(folder) == {"good", "n-2"}  # the file's other lines still read
    sets = tmp_path / "sets.jsonl"
    sets.write_text(
        '{"id": ' + huge + "}\n" + json.dumps({"id": "ok", "articles": [{"text": GOOD}]})
    )
    report = run_batch(sets, tmp_path / "out", EXTRACTIVE)
    assert report.count("ok") == 1 and "unusable JSON line" in report.problems[0]


def test_class4_binary_stdin_is_refused_without_reading_it_all() -> None:
    result = runner.invoke(app, ["brief", "-", "-o", "-"], input=b"\x00" * 300_000)
    no_traceback(result)
    assert result.exit_code == 1 and "binary data on standard input" in result.stderr

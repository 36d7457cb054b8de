import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app
from summarize.errors import json_error_reason
from tests.conftest import STORY, write_articles

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_brief_prints_and_writes_markdown_to_outputs(story_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(story_dir)])
    assert result.exit_code == 0, result.output
    written = Path("outputs/flood.md").read_text()
    assert written.startswith("# ")
    assert "## Sources" in written
    assert written in result.stdout


def test_json_to_explicit_file_quietly(story_dir: Path) -> None:
    result = runner.invoke(
        app, ["brief", str(story_dir), "-f", "json", "-o", "b.json", "-q", "-w", "50"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(Path("b.json").read_text())
    assert data["engine"] == "extractive"
    assert sum(len(s["text"].split()) for s in data["sentences"]) <= 50


def test_verbose_reports_removed_boilerplate(story_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(story_dir), "-q", "-v"])
    assert result.exit_code == 0
    assert "cleaned gamma: removed comment_policy 1" in result.stderr
    assert "timings:" in result.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.mkdir(), "folder has no article files"),
        (lambda p: (p.mkdir(), (p / "x.txt").write_bytes(b"")), "x.txt: empty file (0 bytes)"),
        (
            lambda p: (p.mkdir(), (p / "x.txt").write_bytes(b"\x00\x01\x02" * 100)),
            "x.txt: binary file",
        ),
        (
            lambda p: (p.mkdir(), (p / "x.jsonl").write_text("{oops\n")),
            "x.jsonl:1: malformed JSON line",
        ),
        (lambda p: None, "no such file or folder"),
    ],
)
def test_bad_input_is_one_line_error_without_traceback(tmp_path: Path, setup, message: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "in"
    setup(target)
    result = runner.invoke(app, ["brief", str(target)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_strict_fails_on_skipped_input(story_dir: Path) -> None:
    (story_dir / "bad.txt").write_text(" ")
    assert runner.invoke(app, ["brief", str(story_dir), "-q"]).exit_code == 0
    result = runner.invoke(app, ["brief", str(story_dir), "-q", "--strict"])
    assert result.exit_code == 1
    assert "bad.txt: file has only whitespace" in result.stderr


def test_help_explains_options() -> None:
    result = runner.invoke(app, ["brief", "--help"])
    assert result.exit_code == 0
    for option in ("--words", "--sentences", "--format", "--output", "--quiet", "--verbose"):
        assert option in result.stdout


def test_python_dash_m_runs_the_same_cli(story_dir: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "summarize", "brief", str(story_dir), "-q", "-o", "b.md"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Path("b.md").read_text().startswith("# ")


def test_standard_input_as_text_or_json_lines() -> None:
    from tests.conftest import STORY

    result = runner.invoke(app, ["brief", "-", "-q"], input=STORY["alpha.txt"])
    assert result.exit_code == 0, result.output
    assert Path("outputs/stdin.md").read_text().startswith("# Flood Hits River Town")
    lines = "\n".join(json.dumps({"id": name, "text": text}) for name, text in STORY.items())
    result = runner.invoke(app, ["brief", "-", "-q", "-f", "json", "-o", "s.json"], input=lines)
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in json.loads(Path("s.json").read_text())["sources"]] == [
        "alpha.txt",
        "beta.txt",
        "gamma.txt",
    ]
    empty = runner.invoke(app, ["brief", "-"], input="  ")
    assert empty.exit_code == 1 and "<stdin>: no text on standard input" in empty.stderr


def test_since_an_earlier_briefing_and_focus_reach_the_briefing(story_dir: Path) -> None:
    first = runner.invoke(app, ["brief", str(story_dir), "-f", "json", "-o", "day1.json", "-q"])
    assert first.exit_code == 0, first.output
    update = runner.invoke(
        app, ["brief", str(story_dir), "--since", "day1.json", "-f", "json", "-o", "u.json"]
    )
    assert update.exit_code == 0, update.output
    record = json.loads(Path("u.json").read_text())
    assert record["stats"]["mode"] == "update"
    earlier = {s["text"] for s in json.loads(Path("day1.json").read_text())["sentences"]}
    assert not earlier & {s["text"] for s in record["sentences"]}
    focused = runner.invoke(
        app, ["brief", str(story_dir), "--focus", "bridges", "-f", "json", "-o", "f.json"]
    )
    assert focused.exit_code == 0, focused.output
    assert json.loads(Path("f.json").read_text())["stats"]["focus"] == "bridges"


def test_markdown_is_another_name_for_md(story_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(story_dir), "--format", "markdown", "-o", "b.md"])
    assert result.exit_code == 0, result.output
    assert Path("b.md").read_text().startswith("# ")


@pytest.mark.parametrize(
    ("name", "starts"), [("b.json", '{\n  "title"'), ("b.HTML", "<!DOCTYPE html>"), ("b.md", "# ")]
)
def test_output_file_extension_picks_the_format(story_dir: Path, name: str, starts: str) -> None:
    result = runner.invoke(app, ["brief", str(story_dir), "-q", "-o", name])
    assert result.exit_code == 0, result.output
    assert Path(name).read_text().startswith(starts)


def test_other_extensions_keep_the_default_or_the_given_format(story_dir: Path) -> None:
    assert runner.invoke(app, ["brief", str(story_dir), "-q", "-o", "b.txt"]).exit_code == 0
    assert Path("b.txt").read_text().startswith("# ")
    given = runner.invoke(app, ["brief", str(story_dir), "-q", "-f", "json", "-o", "c.txt"])
    assert given.exit_code == 0 and json.loads(Path("c.txt").read_text())["sentences"]


def test_format_that_contradicts_the_output_extension_is_refused(story_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(story_dir), "-f", "md", "-o", "out/b.json"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "'--format': md contradicts -o out/b.json, a JSON file name." in message
    assert "Drop --format to write JSON, or name the file out/b.md to write Markdown." in message
    assert not Path("out").exists()  # refused before any work or write


def test_batch_output_folder_named_like_a_file_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write_articles(root / "flood", STORY)
    result = runner.invoke(app, ["batch", str(root), "-o", "briefs.json", "-q"])
    assert result.exit_code == 2 and not Path("briefs.json").exists()
    message = " ".join(result.stderr.split())
    assert "briefs.json looks like a JSON file name" in message
    assert "Give a folder (-o briefs) and --format json" in message
    Path("briefs.json").mkdir()  # a folder the user made with that name is theirs to use
    made = runner.invoke(app, ["batch", str(root), "-o", "briefs.json", "-q", "-w", "40"])
    assert made.exit_code == 0, made.output
    assert Path("briefs.json/flood.md").is_file()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"a": "x\x01"}', "invalid control character at line 1, column 9"),
        ('{\n "a": "unclosed', "unterminated string starting at line 2, column 7"),
        ('{"a" 1}', "expecting ':' delimiter at line 1, column 6"),
    ],
)
def test_json_error_reason_is_whole_with_its_position(text: str, reason: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert json_error_reason(caught.value) == reason
    column = reason.split("column ")[1]
    assert json_error_reason(caught.value, line=False).endswith(f" at column {column}")

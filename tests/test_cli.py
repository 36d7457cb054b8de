import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app

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

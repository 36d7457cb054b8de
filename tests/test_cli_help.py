"""The command line explains itself: defaults in help, whole option names, runnable examples."""

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app
from tests.conftest import SEEDS, STORY, write_articles

runner = CliRunner()
COMMANDS = ("brief", "batch", "eval", "fetch-model")


def help_text(command: str, width: int) -> str:
    result = runner.invoke(app, [command, "--help"], terminal_width=width)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("width", [80, 200])
def test_every_default_is_shown(width: int) -> None:
    text = _flat(help_text("brief", width))
    for shown in (
        "[default: (200, or none with --sentences)",
        "[default: 0.45",
        "[default: auto]",
        "[default: (md, or what the -o file name ends in)]",
        "[default: ($SUMMARIZE_MODEL or facebook/bart-large-cnn)]",
        "[default: 2000000",
        "[default: (the most representative headline)]",
    ):
        assert shown in text, shown
    assert "[default: 250;" in _flat(help_text("eval", width))


def _flat(text: str) -> str:
    """Help text as one line: wrapped lines joined, words split at a hyphen rejoined."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@pytest.mark.parametrize("command", COMMANDS)
def test_no_option_name_is_cut_at_80_columns(command: str) -> None:
    text = help_text(command, 80)
    assert "…" not in text
    declared = {
        name
        for param in _params(command)
        for name in [*param.opts, *getattr(param, "secondary_opts", [])]
        if name.startswith("--")
    }
    for name in declared:
        assert re.search(rf"(^|[\s,/]){re.escape(name)}($|[\s,=\[])", text, re.M), name


def _params(command: str):  # type: ignore[no-untyped-def]
    import typer.main

    group = typer.main.get_command(app)
    return group.commands[command].params  # type: ignore[attr-defined]


def test_version() -> None:
    from summarize import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"summarize {__version__}"


def test_root_help_offers_shell_completion() -> None:
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.output


def _examples(command: str) -> list[list[str]]:
    text = help_text(command, 200)
    lines = text.split("Examples:", 1)[1].splitlines()
    return [shlex.split(line)[1:] for line in lines if line.strip().startswith("summarize ")]


@pytest.mark.parametrize("command", ["brief", "batch", "eval"])
def test_help_examples_run_as_written(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The examples name seeds/, incoming/, sets.jsonl and clusters.jsonl: make each here.
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, "seeds")
    write_articles(Path("incoming") / "flood", STORY)
    story = [{"id": name, "text": text} for name, text in STORY.items()]
    Path("sets.jsonl").write_text(json.dumps({"id": "flood", "articles": story}) + "\n")
    cluster = {
        "id": "flood",
        "documents": [{"headline": d["id"], "text": d["text"]} for d in story],
        "references": [{"text": "The bridge closed after the river flooded the town."}],
    }
    Path("clusters.jsonl").write_text(json.dumps(cluster) + "\n")
    examples = _examples(command)
    assert len(examples) >= 2
    for args in examples:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"{shlex.join(args)}:\n{result.output}"


def test_verbose_lists_each_removed_line_with_its_category(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    story = dict(STORY)
    story["delta.txt"] = (
        "Floodwater closed the Eastwick bridge on Monday as the river kept rising.\n\n"
        "Comments are moderated and may take a day to appear.\n\n"
        "Engineers said the bridge would stay closed until inspections are complete.\n"
    )
    write_articles(Path("in"), story)
    result = runner.invoke(app, ["brief", "in", "-q", "-v", "-f", "json", "-o", "b.json"])
    assert result.exit_code == 0, result.output
    assert re.search(
        r"^  - comment_policy: Comments are moderated and may take a day to appear",
        result.stderr,
        re.M,
    )
    removed = json.loads(Path("b.json").read_text())["stats"]["removed_lines"]
    assert {"category": "comment_policy", "text": story["delta.txt"].split("\n\n")[1].strip()} in (
        removed["delta"]
    )
    # Without --verbose the JSON stays compact and carries no removed lines.
    runner.invoke(app, ["brief", "in", "-q", "-f", "json", "-o", "c.json"])
    assert "removed_lines" not in json.loads(Path("c.json").read_text())["stats"]

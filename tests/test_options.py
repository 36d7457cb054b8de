"""Options are resolved once at the edge, and batch sees every change that alters a briefing."""

import subprocess
import sys
from pathlib import Path

import pytest

import summarize
from summarize.batches import BatchReport
from summarize.options import BriefOptions
from summarize.seq2seq import Seq2SeqOptions
from tests.conftest import STORY, write_articles

EXTRACTIVE = BriefOptions(engine="extractive", words=60)


def test_import_summarize_loads_no_heavy_package() -> None:
    code = (
        "import sys, summarize, summarize.cli\n"
        "heavy = [m for m in ('numpy', 'torch', 'transformers', 'scipy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_resolved_makes_the_environment_explicit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SUMMARIZE_MODEL", "some/model")
    prompt = tmp_path / "p.txt"
    prompt.write_text("Summarize: {text}")
    monkeypatch.chdir(tmp_path)
    resolved = BriefOptions(seq2seq=Seq2SeqOptions(prompt_file="p.txt")).resolved()
    assert resolved.seq2seq.model == "some/model"
    assert resolved.seq2seq.prompt_file == str(prompt.resolve())
    assert resolved.resolved() == resolved  # idempotent
    monkeypatch.setenv("SUMMARIZE_MODEL", "other/model")
    assert resolved.resolved().seq2seq.model == "some/model"  # resolved once, at the edge


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("words", 0, "words budget must be at least 1"),
        ("engine", "magic", "unknown engine 'magic'"),
        ("dedup_threshold", 0.0, "near-duplicate threshold"),
    ],
)
def test_invalid_options_are_refused_with_the_reason(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        BriefOptions(**{field: value})  # type: ignore[arg-type]


def _batch(root: Path, out: Path, options: BriefOptions) -> BatchReport:
    return summarize.batch(root, out, options=options)


def test_batch_rebriefs_when_the_model_option_or_variable_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    write_articles(root / "flood", STORY)
    monkeypatch.setenv("SUMMARIZE_MODEL", "first/model")
    assert _batch(root, out, EXTRACTIVE).count("ok") == 1
    assert _batch(root, out, EXTRACTIVE).count("skipped") == 1
    monkeypatch.setenv("SUMMARIZE_MODEL", "second/model")  # the environment variable
    assert _batch(root, out, EXTRACTIVE).count("ok") == 1
    flagged = BriefOptions(engine="extractive", words=60, seq2seq=Seq2SeqOptions(model="x/y"))
    assert _batch(root, out, flagged).count("ok") == 1  # the flag
    assert _batch(root, out, flagged).count("skipped") == 1


def test_batch_rebriefs_when_a_prompt_file_is_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    write_articles(root / "flood", STORY)
    prompt = tmp_path / "mine.txt"
    prompt.write_text("Summarize: {text}")
    with_prompt = BriefOptions(
        engine="extractive", words=60, seq2seq=Seq2SeqOptions(prompt_file=str(prompt))
    )
    assert _batch(root, out, with_prompt).count("ok") == 1
    assert _batch(root, out, with_prompt).count("skipped") == 1
    prompt.write_text("Write a briefing of: {text}")
    assert _batch(root, out, with_prompt).count("ok") == 1

    # The family templates too, when no --prompt is given.
    templates = tmp_path / "prompts"
    templates.mkdir()
    (templates / "bart.txt").write_text("{text}")
    monkeypatch.setenv("SUMMARIZE_PROMPTS_DIR", str(templates))
    assert _batch(root, out, EXTRACTIVE).count("ok") == 1
    assert _batch(root, out, EXTRACTIVE).count("skipped") == 1
    (templates / "bart.txt").write_text("Briefing: {text}")
    assert _batch(root, out, EXTRACTIVE).count("ok") == 1

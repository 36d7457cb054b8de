"""The engine contract: a registry walked in order by `auto`, each step recorded."""

from pathlib import Path

import pytest

import summarize
from summarize import engines
from summarize.options import BriefOptions
from summarize.seq2seq import ModelUnavailable, Seq2SeqOptions


def test_every_registered_engine_implements_the_contract() -> None:
    for name in engines.REGISTRY:
        engine = engines.create(name, BriefOptions())
        assert engine.name == name
        for method in ("unavailable", "ready", "condense"):
            assert callable(getattr(engine, method))
    assert engines.AUTO_ORDER[-1] == "extractive"  # the walk always ends with a runnable engine


def test_auto_walk_records_why_each_engine_was_passed_by(story_dir: Path) -> None:
    options = BriefOptions(seq2seq=Seq2SeqOptions(model="nobody/missing-model"))
    briefing = summarize.brief(story_dir, options)
    assert briefing.engine == "extractive"
    assert briefing.engine_steps == [
        f"abstractive: {briefing.engine_reason}",
        "extractive: needs no model",
    ]
    assert "nobody/missing-model" in (briefing.engine_reason or "")


def test_an_engine_asked_for_by_name_fails_with_its_own_message(story_dir: Path) -> None:
    options = BriefOptions(engine="abstractive", seq2seq=Seq2SeqOptions(model="nobody/missing"))
    with pytest.raises(ModelUnavailable, match="fetch-model"):
        summarize.brief(story_dir, options)


def test_explicit_extractive_says_it_was_requested(story_dir: Path) -> None:
    briefing = summarize.brief(story_dir, BriefOptions(engine="extractive"))
    assert briefing.engine_reason == "extractive engine requested"
    assert briefing.sentences and all(s.citations for s in briefing.sentences)

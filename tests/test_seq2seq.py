"""The seq2seq engine, with tiny random models and tokenizers built here (no downloads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("torch", reason="the seq2seq extra (torch, transformers) is not installed")
pytest.importorskip("transformers", reason="the seq2seq extra is not installed")

import summarize
from summarize.clean import clean
from summarize.cli import app
from summarize.render import render
from summarize.segment import segment
from summarize.seq2seq import (
    MAX_LEVELS,
    Condenser,
    ModelUnavailable,
    Seq2SeqOptions,
    fair_shares,
    load_model,
    load_prompt,
    pack_windows,
)
from summarize.testing import build_tiny_model
from tests.conftest import STORY, build_article

CORPUS = [*STORY.values()]


def build_model(folder: Path, family: str, safetensors: bool = True) -> Path:
    return build_tiny_model(folder, family, CORPUS, safetensors=safetensors)


@pytest.fixture(scope="module")
def bart_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("tiny-bart"), "bart")


@pytest.fixture(scope="module")
def flan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("tiny-flan-t5"), "t5")


def options(folder: Path, **extra) -> Seq2SeqOptions:  # type: ignore[no-untyped-def]
    return Seq2SeqOptions(model=str(folder), device="cpu", num_beams=2, **extra)


def test_folder_loads_with_family_window_and_prompt(bart_dir: Path, flan_dir: Path) -> None:
    bart = load_model(options(bart_dir))
    assert (bart.family, bart.window, bart.device) == ("bart", 256, "cpu")
    assert load_prompt("bart").template == "{prefix}{text}"
    flan = load_model(options(flan_dir))
    assert flan.family == "flan-t5"
    assert "Summarize these news reports" in load_prompt(flan.family).template
    assert load_prompt("t5").template == "{prefix}{text}"


@pytest.mark.parametrize(
    ("family", "expected"), [("pegasus", "pegasus"), ("led", "led"), ("t5", "t5")]
)
def test_every_family_loads_and_generates(tmp_path: Path, family: str, expected: str) -> None:
    folder = build_model(tmp_path / f"tiny-{family}", family)
    loaded = load_model(options(folder))
    assert loaded.family == expected
    articles = [segment(clean(build_article(STORY["alpha.txt"], id="alpha")))]
    text, trace = Condenser(loaded, options(folder)).condense(articles, words=20)
    assert trace.generations == 1 and isinstance(text, str)


def test_every_prompt_fits_the_model_window(
    bart_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_model(options(bart_dir, max_input_tokens=60))
    condenser = Condenser(loaded, options(bart_dir, max_input_tokens=60))
    sizes: list[int] = []
    original = condenser._generate

    def spy(texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.extend(len(condenser.encode_window([" ".join(g) for g in w], 0, "")) for w in texts)
        return original(texts, *args, **kwargs)

    monkeypatch.setattr(condenser, "_generate", spy)
    articles = [segment(clean(build_article(text * 3, id=name))) for name, text in STORY.items()]
    condenser.condense(articles, words=30)
    assert sizes and max(sizes) <= 60


def test_pickle_weights_need_an_explicit_flag(tmp_path: Path) -> None:
    folder = build_model(tmp_path / "pickled", "bart", safetensors=False)
    with pytest.raises(ModelUnavailable, match="allow-pickle"):
        load_model(options(folder))
    assert load_model(options(folder, allow_pickle=True)).family == "bart"


def test_missing_model_id_is_a_clear_offline_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(ModelUnavailable, match=r"nor in the local Hugging Face cache.*fetch-model"):
        load_model(Seq2SeqOptions(model="nobody/no-such-model"))


def test_fair_shares_keep_short_articles_whole() -> None:
    assert fair_shares([1000, 50, 60], 300) == [190, 50, 60]
    assert fair_shares([10, 20], 100) == [10, 20]


def test_windows_fit_never_cut_sentences_and_share_fairly() -> None:
    long_article = [(f"long sentence {i} .", 30) for i in range(40)]
    short_a = [("short a one .", 10), ("short a two .", 10)]
    short_b = [("short b one .", 12)]
    windows = pack_windows([long_article, short_a, short_b], window=100, total_budget=300).windows
    assert all(
        sum(30 if t.startswith("long") else 10 if " a " in t else 12 for g in w for t in g) <= 100
        for w in windows
    )
    texts = [t for w in windows for g in w for t in g]
    assert {"short a one .", "short a two .", "short b one ."} <= set(texts)
    assert (
        sum(t.startswith("long") for t in texts) == 8
    )  # 300 - 32 = 268 tokens -> 8 whole sentences
    assert texts[:2] == ["long sentence 0 .", "long sentence 1 ."]  # the lead is kept


def test_long_input_map_reduce_terminates(bart_dir: Path) -> None:
    loaded = load_model(options(bart_dir, max_input_tokens=48))
    articles = [segment(clean(build_article(text * 6, id=name))) for name, text in STORY.items()]
    condenser = Condenser(loaded, options(bart_dir, max_input_tokens=48))
    text, trace = condenser.condense(articles, words=40)
    assert 1 <= trace.levels <= MAX_LEVELS
    assert trace.generations >= 2
    assert isinstance(text, str)


def test_auto_falls_back_and_says_why(bart_dir: Path, story_dir: Path) -> None:
    missing = summarize.brief(
        story_dir, summarize.BriefOptions(seq2seq=Seq2SeqOptions(model="nobody/missing"))
    )
    assert missing.engine == "extractive"
    assert "not a folder or in the local" in (missing.engine_reason or "")
    no_gpu = summarize.brief(story_dir, summarize.BriefOptions(seq2seq=options(bart_dir)))
    assert no_gpu.engine == "extractive" and "--allow-cpu-generation" in (
        no_gpu.engine_reason or ""
    )
    assert no_gpu.engine_steps[0].startswith("abstractive: ")  # each step of the walk recorded
    allowed = summarize.brief(
        story_dir,
        summarize.BriefOptions(
            seq2seq=options(bart_dir), allow_cpu_generation=True, keep_unsupported=True
        ),
    )
    assert allowed.engine == "abstractive" and "bart" in (allowed.engine_reason or "")


def test_abstractive_briefing_is_deterministic_and_cites_real_sources(
    bart_dir: Path, story_dir: Path
) -> None:
    opts = summarize.BriefOptions(
        words=60, engine="abstractive", seq2seq=options(bart_dir), keep_unsupported=True
    )
    first = summarize.brief(story_dir, opts)
    second = summarize.brief(story_dir, opts)
    assert render(first, "json") == render(second, "json")
    assert first.engine == "abstractive"
    ids = {source.id for source in first.sources}
    for sentence in first.sentences:
        assert set(sentence.citations) <= ids
    generation = first.stats.generation
    assert generation is not None and generation.model_family == "bart"
    assert first.word_count <= 60


def test_abstractive_without_model_is_an_error_that_says_what_to_do(
    story_dir: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        app,
        [
            "brief",
            str(story_dir),
            "--engine",
            "abstractive",
            "--model",
            str(tmp_path / "none"),
            "-q",
            "-o",
            str(tmp_path / "x.md"),
        ],
    )
    assert result.exit_code == 1
    assert "fetch-model" in result.stderr and "Traceback" not in result.output


def test_cli_auto_reports_engine_in_one_line(
    bart_dir: Path, story_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.json"
    result = CliRunner().invoke(
        app, ["brief", str(story_dir), "--model", str(bart_dir), "-f", "json", "-q", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "engine: extractive (no GPU for the seq2seq model" in result.stderr
    data = json.loads(out.read_text())
    assert data["engine"] == "extractive" and "allow-cpu-generation" in data["engine_reason"]


def test_auto_falls_back_when_the_prompts_are_missing(
    bart_dir: Path, story_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZE_PROMPTS_DIR", str(tmp_path / "no-prompts"))
    auto = summarize.BriefOptions(seq2seq=options(bart_dir), allow_cpu_generation=True)
    briefing = summarize.brief(story_dir, auto)
    assert briefing.engine == "extractive"
    assert "cannot read prompt template" in (briefing.engine_reason or "")
    explicit = summarize.BriefOptions(engine="abstractive", seq2seq=options(bart_dir))
    with pytest.raises(ModelUnavailable, match=r"bart\.txt: cannot read prompt template"):
        summarize.brief(story_dir, explicit)


def test_model_ids_are_found_in_the_hugging_face_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    from summarize.seq2seq import locally_available

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    repo = tmp_path / "models--someone--tiny-model"
    (repo / "snapshots" / "abc123").mkdir(parents=True)
    (repo / "snapshots" / "abc123" / "config.json").write_text("{}")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123")
    assert locally_available("someone/tiny-model")
    assert not locally_available("someone/other-model")
    assert not locally_available("not a valid id//")


def test_a_model_in_any_cache_folder_the_hub_reads_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    from summarize.seq2seq import locally_available
    from summarize.seq2seq.loading import _may_be_cached

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "unused"))
    for variable in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "home"))
    snapshot = tmp_path / "home" / "hub" / "models--someone--tiny-model" / "snapshots" / "abc"
    snapshot.mkdir(parents=True)
    (snapshot / "config.json").write_text("{}")
    (snapshot.parent.parent / "refs").mkdir()
    (snapshot.parent.parent / "refs" / "main").write_text("abc")
    # The quick look finds it under HF_HOME though the imported hub looks elsewhere ...
    assert _may_be_cached("someone/tiny-model") and not _may_be_cached("someone/other-model")
    # ... and the hub, set as a fresh process would set it, reads it.
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "home" / "hub"))
    assert locally_available("someone/tiny-model")
    assert not locally_available("someone/other-model")


def test_the_default_briefing_does_not_import_the_hub_when_nothing_is_cached(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import SEEDS

    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE"))}
    env.update(HF_HOME=str(tmp_path / "empty"), XDG_CACHE_HOME=str(tmp_path / "empty"))
    env["HOME"] = str(tmp_path)  # ~/.cache/huggingface holds nothing either
    code = (
        "import sys; from summarize import brief; "
        f"b = brief([{str(SEEDS)!r}]); "
        "print(b.engine, 'huggingface_hub' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["extractive", "False"], done.stderr


def test_focus_fills_the_prompt_placeholder() -> None:
    from summarize.seq2seq.profiles import load_prompt, split_prompt

    template = load_prompt("flan-t5")
    before, _ = split_prompt(template, 120, "", "", focus="casualties and damage")
    assert "120 words. Focus on: casualties and damage. Report only facts" in before
    plain, _ = split_prompt(template, 120, "", "")
    assert "120 words. Report only facts" in plain and "Focus" not in plain


def test_the_model_is_not_given_an_article_off_the_story(
    bart_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_relevance import CURRENCY, QUAKE

    read: list[str] = []
    original = Condenser.condense

    def recording(self, articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.extend(sentence.text for article in articles for sentence in article)
        return original(self, articles, *args, **kwargs)

    monkeypatch.setattr(Condenser, "condense", recording)
    articles = [build_article(text, id) for id, text in [*QUAKE, CURRENCY]]
    opts = summarize.BriefOptions(
        words=60, engine="abstractive", seq2seq=options(bart_dir), keep_unsupported=True
    )
    summarize.brief_articles(articles, opts)
    assert any("earthquake" in text for text in read)
    assert not any("krona" in text for text in read)

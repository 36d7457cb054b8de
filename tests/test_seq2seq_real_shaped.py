"""The seq2seq engine with models shaped exactly like real checkpoints.

Each model is built from a folder of ../shared/models/real-shaped (the real tokenizer files,
config and generation settings of bart-large-cnn, pegasus-multi_news, PRIMERA, t5-small and
flan-t5-base) with random weights and tiny width/depth, and used through `--model FOLDER`
as a user with real weights would. The assertions are about what the model is fed (token
ids, separators, global attention, windows, length settings), never about output quality.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("torch", reason="the seq2seq extra (torch, transformers) is not installed")
pytest.importorskip("transformers", reason="the seq2seq extra is not installed")

import summarize
from summarize.cli import app
from summarize.engines import abstractive as engines
from summarize.seq2seq import (
    MAX_WINDOWS,
    Condenser,
    ModelUnavailable,
    Seq2SeqOptions,
    load_model,
    model_window,
)
from summarize.testing import shrink_real_shaped
from tests.conftest import REPO, STORY, build_article, write_articles

SHARED = Path(os.environ.get("SUMMARIZE_SHARED") or REPO.parent / "shared")
REAL_SHAPED = SHARED / "models" / "real-shaped"
if not REAL_SHAPED.is_dir():
    pytest.skip(
        f"{REAL_SHAPED} is absent (set $SUMMARIZE_SHARED to the shared folder)",
        allow_module_level=True,
    )

FAMILIES = {
    "bart-large-cnn": "bart",
    "pegasus-multi_news": "pegasus",
    "PRIMERA": "led",
    "t5-small": "t5",
    "flan-t5-base": "flan-t5",
}
WINDOWS = {"bart": 1024, "pegasus": 1024, "led": 4096, "t5": 512, "flan-t5": 512}
SPECIALS = "Officials wrote <mask> and </s> and <pad> and <doc-sep> in the notice on Monday."


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    root = tmp_path_factory.mktemp("real-shaped")
    folders = {
        name: shrink_real_shaped(REAL_SHAPED / name, root / name)
        for name in FAMILIES
        if (REAL_SHAPED / name).is_dir()
    }
    # One load per model and options for the whole module (the engine keeps only two).
    loads: dict[Seq2SeqOptions, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            engines, "_cached_model", lambda o: loads.get(o) or loads.setdefault(o, load_model(o))
        )
        yield folders


def model_dir(models: dict[str, Path], name: str) -> Path:
    if name not in models:
        pytest.skip(f"{REAL_SHAPED / name} is absent")
    return models[name]


class GenerateSpy:
    """Records what `generate` is given; runs it short and greedy to keep tests fast."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from transformers.generation.utils import GenerationMixin

        original = GenerationMixin.generate
        spy = self

        def generate(model, *args, **kwargs):  # type: ignore[no-untyped-def]
            spy.calls.append(dict(kwargs))
            fast = {**kwargs, "max_new_tokens": 3, "min_new_tokens": 0, "num_beams": 1}
            return original(model, *args, **fast)

        monkeypatch.setattr(GenerationMixin, "generate", generate)

    def windows(self) -> list[list[int]]:
        """Every input sequence, without padding."""
        rows: list[list[int]] = []
        for call in self.calls:
            for ids, mask in zip(call["input_ids"], call["attention_mask"], strict=True):
                rows.append([int(i) for i, m in zip(ids, mask, strict=True) if m])
        return rows


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[GenerateSpy]:
    recorder = GenerateSpy()
    recorder.install(monkeypatch)
    yield recorder


def brief_cli(folder: Path, articles: Path, out: Path, *extra: str) -> Any:
    return CliRunner().invoke(
        app,
        [
            "brief",
            str(articles),
            "--model",
            str(folder),
            "--engine",
            "abstractive",
            "--device",
            "cpu",
            "-f",
            "json",
            "-q",
            "-o",
            str(out),
            *extra,
        ],
    )


def tokenizer_of(folder: Path):  # type: ignore[no-untyped-def]
    """The tokenizer of the model the CLI loaded (one load per module, see `models`)."""
    return engines._cached_model(Seq2SeqOptions(model=str(folder), device="cpu")).tokenizer


# --------------------------------------------------------------------------- windows


@pytest.mark.parametrize("name", FAMILIES)
def test_each_family_gets_its_own_window_and_length_range(
    models: dict[str, Path], name: str
) -> None:
    loaded = engines._cached_model(Seq2SeqOptions(model=str(model_dir(models, name)), device="cpu"))
    family = FAMILIES[name]
    assert (loaded.family, loaded.window) == (family, WINDOWS[family])
    settings = loaded.settings
    assert settings is not None
    expected = {
        "bart": (56, 142, 4, 2.0, " "),
        "pegasus": (0, 256, 8, 0.8, ""),
        "led": (0, 256, 4, 1.0, ""),
        "t5": (30, 200, 4, 2.0, "summarize: "),
        "flan-t5": (30, 200, 4, 2.0, "summarize: "),
    }[family]
    assert (
        settings.min_tokens,
        settings.max_tokens,
        settings.num_beams,
        settings.length_penalty,
        settings.prefix,
    ) == expected


def test_window_is_the_smaller_of_tokenizer_and_model_limits(models: dict[str, Path]) -> None:
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(model_dir(models, "PRIMERA"))

    class Tokenizer:
        def __init__(self, limit: int) -> None:
            self.model_max_length = limit

    assert model_window(config, Tokenizer(16384)) == 4096  # would overflow positions
    assert model_window(config, Tokenizer(1024)) == 1024
    assert model_window(config, Tokenizer(int(1e30))) == 4096  # tokenizer states none


def test_flan_is_recognised_from_the_config_not_the_folder_name(
    models: dict[str, Path], tmp_path: Path
) -> None:
    renamed = shutil.copytree(model_dir(models, "flan-t5-base"), tmp_path / "checkpoint")
    assert load_model(Seq2SeqOptions(model=str(renamed), device="cpu")).family == "flan-t5"
    plain = shutil.copytree(model_dir(models, "t5-small"), tmp_path / "plain-t5")
    assert load_model(Seq2SeqOptions(model=str(plain), device="cpu")).family == "t5"


# ------------------------------------------------------------- what the model is fed


def test_primera_reads_doc_sep_after_every_article_with_global_attention(
    models: dict[str, Path], story_dir: Path, tmp_path: Path, spy: GenerateSpy
) -> None:
    folder = model_dir(models, "PRIMERA")
    result = brief_cli(folder, story_dir, tmp_path / "b.json", "--keep-unsupported")
    assert result.exit_code == 0, result.output
    tokenizer = tokenizer_of(folder)
    doc_sep = tokenizer.convert_tokens_to_ids("<doc-sep>")
    assert doc_sep == 50265
    windows = spy.windows()
    documents = []
    for ids in windows:
        assert ids[0] == tokenizer.bos_token_id and ids[-1] == tokenizer.eos_token_id
        assert ids[-2] == doc_sep  # every document ends with <doc-sep>
        documents += tokenizer.decode(ids[1:-2]).split("<doc-sep>")
    # Each article is one document (an article split over two windows counts twice).
    assert len(STORY) <= len(documents) <= len(STORY) + len(windows) - 1
    flags = [row for call in spy.calls for row in call["global_attention_mask"].tolist()]
    for ids, row in zip(windows, flags, strict=False):
        assert [i for i, flag in enumerate(row) if flag] == [
            i for i, token in enumerate(ids) if i == 0 or token == doc_sep
        ]
    assert any(d.startswith("Volunteers opened the high school gym") for d in documents)


# What each family must be fed: its prompt opening (token ids) and document separator.
FED = {
    "bart-large-cnn": ("", "\n\n"),  # the config's prefix " " then the text, as in training
    "pegasus-multi_news": ("", " ||||| "),  # Multi-News joins documents with |||||
    "PRIMERA": ("", None),  # <doc-sep> by id: see the test above
    "t5-small": ("summarize:", " ||||| "),  # task_specific_params prefix
    "flan-t5-base": ("Summarize these news reports about one event in about", " ||||| "),
}


@pytest.mark.parametrize("name", FAMILIES)
def test_each_family_is_fed_its_prompt_and_separators_and_specials_stay_text(
    models: dict[str, Path], tmp_path: Path, spy: GenerateSpy, name: str
) -> None:
    folder = model_dir(models, name)
    articles = write_articles(
        tmp_path / "set",
        {
            "one.txt": STORY["alpha.txt"] + "\n" + SPECIALS + "\n",
            "two.txt": STORY["beta.txt"],
            "three.txt": STORY["gamma.txt"],
        },
    )
    result = brief_cli(folder, articles, tmp_path / "b.json", "--keep-unsupported")
    assert result.exit_code == 0, result.output
    tokenizer = tokenizer_of(folder)
    windows = spy.windows()
    opening, separator = FED[name]
    opening_ids = tokenizer(opening, add_special_tokens=False)["input_ids"] if opening else []
    head = [tokenizer.bos_token_id] if name in ("bart-large-cnn", "PRIMERA") else []
    for ids in windows:
        assert ids[: len(head)] == head and ids[-1] == tokenizer.eos_token_id
        assert ids[len(head) : len(head) + len(opening_ids)] == opening_ids
        assert ids.count(tokenizer.eos_token_id) == 1
    if name == "bart-large-cnn":
        assert tokenizer.convert_ids_to_tokens(windows[0][1]).startswith("Ġ")  # " " prefix
    if separator is not None:
        # The separator's ids between two sentences ("a." ends one, "The" starts the next).
        between = tokenizer(f"a.{separator}The", add_special_tokens=False)["input_ids"]
        separator_ids = between[2:-1]
        found = sum(
            ids[i : i + len(separator_ids)] == separator_ids
            for ids in windows
            for i in range(len(ids))
        )
        assert len(articles_in(windows, tokenizer)) == 3  # every article reached the model
        assert found >= max(1, 3 - len(windows))
    # Special tokens written in an article reach the model as text, not as controls.
    config = json.loads((folder / "config.json").read_text())
    allowed = {tokenizer.bos_token_id, tokenizer.eos_token_id, tokenizer.unk_token_id}
    if name == "PRIMERA":
        allowed.add(tokenizer.convert_tokens_to_ids("<doc-sep>"))
    controls = set(tokenizer.all_special_ids) - allowed
    for ids in windows:
        assert max(ids) < config["vocab_size"]  # bart-large-cnn's <mask> id is its vocab size
        assert not controls & set(ids)
    seen = " ".join(tokenizer.decode(ids) for ids in windows)
    assert "mask>" in seen and "notice on Monday" in seen
    if name in ("bart-large-cnn", "PRIMERA"):  # byte-level BPE keeps every character
        assert "wrote <mask> and </s> and <pad> and <doc-sep> in the notice" in seen
    # The model's own length range, per window (bart-large-cnn: 56 to 142 tokens).
    settings = {"bart-large-cnn": (56, 142), "t5-small": (30, 200), "flan-t5-base": (30, 200)}
    low, high = settings.get(name, (0, 256))
    for call in spy.calls:
        assert low <= call["max_new_tokens"] <= high and call["min_new_tokens"] == low


def articles_in(windows: list[list[int]], tokenizer: Any) -> list[str]:
    """Sentences only one article says (one per article), found in the windows."""
    text = " ".join(tokenizer.decode(ids) for ids in windows)
    openings = ["Emergency crews used boats", "Volunteers opened", "State officials promised"]
    return [opening for opening in openings if opening in text]


# ------------------------------------------------------------------ large input


def cluster(n_articles: int) -> list[Any]:
    subjects = ["The mayor", "A firefighter", "The governor", "A teacher", "The engineer"]
    places = ["bridge", "school", "harbour", "station", "market", "clinic", "library"]
    articles = []
    for a in range(n_articles):
        sentences = [
            f"{subjects[(a + s) % 5]} said on day {a * 10 + s} that the {places[(a * 3 + s) % 7]} "
            f"on road {a * 17 + s * 3} had been closed after water reached {a + s + 2} feet, "
            f"and that {a * 40 + s * 7} households in district {a}-{s} were without power."
            for s in range(8)
        ]
        articles.append(build_article("\n\n".join(sentences), id=f"report-{a:02d}"))
    return articles


def test_large_cluster_is_chosen_by_salience_and_the_cut_is_reported(
    models: dict[str, Path], spy: GenerateSpy
) -> None:
    folder = model_dir(models, "t5-small")
    options = summarize.BriefOptions(
        words=200,
        engine="abstractive",
        seq2seq=Seq2SeqOptions(model=str(folder), device="cpu"),
        keep_unsupported=True,
    )
    briefing = summarize.brief_articles(cluster(25), options)
    generation = briefing.stats.generation
    assert generation is not None
    first_round = generation.windows_per_round[0]
    assert first_round <= MAX_WINDOWS
    assert 0 < generation.input_share < 1
    assert generation.sentences_left_out > 0 and generation.input_cut_to_fit is True
    assert any("of the input" in warning for warning in briefing.warnings)
    tokenizer = tokenizer_of(folder)
    read = " ".join(tokenizer.decode(ids) for ids in spy.windows()[:first_round])
    # Every article reached the model: a fair share each.
    assert all(f"district {a}-" in read for a in range(25))
    assert all(len(ids) <= 512 for ids in spy.windows())


# --------------------------------------------------------------- unsupported output


def test_unsupported_output_fails_abstractive_and_falls_back_under_auto(
    models: dict[str, Path], story_dir: Path, tmp_path: Path, spy: GenerateSpy
) -> None:
    folder = model_dir(models, "t5-small")
    result = brief_cli(folder, story_dir, tmp_path / "b.json")
    assert result.exit_code == 1
    assert "unusable" in result.stderr and "--engine auto" in result.stderr
    assert "no sentence in these articles" not in result.stderr
    assert not (tmp_path / "b.json").exists()
    kept = brief_cli(folder, story_dir, tmp_path / "kept.json", "--keep-unsupported")
    assert kept.exit_code == 0, kept.output
    data = json.loads((tmp_path / "kept.json").read_text())
    assert data["engine"] == "abstractive"
    assert all(not sentence["supported"] for sentence in data["sentences"])
    auto = CliRunner().invoke(
        app,
        [
            "brief",
            str(story_dir),
            "--model",
            str(folder),
            "--allow-cpu-generation",
            "-f",
            "json",
            "-q",
            "-o",
            str(tmp_path / "auto.json"),
        ],
    )
    assert auto.exit_code == 0, auto.output
    data = json.loads((tmp_path / "auto.json").read_text())
    assert data["engine"] == "extractive" and data["sentences"]
    assert "sources support" in data["engine_reason"]


# ------------------------------------------------------------- loading routes


def test_spiece_only_checkpoint_loads_with_sentencepiece_and_says_so_without(
    models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sentencepiece", reason="sentencepiece is not installed")
    folder = shutil.copytree(model_dir(models, "t5-small"), tmp_path / "t5-spiece-only")
    (folder / "tokenizer.json").unlink()
    options = Seq2SeqOptions(model=str(folder), device="cpu")
    loaded = load_model(options)
    fast = load_model(Seq2SeqOptions(model=str(models["t5-small"]), device="cpu"))
    text = "Heavy rain flooded the river town of Eastwick on Monday."
    assert Condenser(loaded, options).encode_window([text], 20, "") == Condenser(
        fast, options
    ).encode_window([text], 20, "")

    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "sentencepiece" else real_find_spec(name, *a),
    )
    with pytest.raises(ModelUnavailable, match=r"spiece.model.*pip install sentencepiece"):
        load_model(options)


def test_prompt_header_can_change_the_separator(models: dict[str, Path], tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text('## separator: " // "\n{prefix}{text}\n', encoding="utf-8")
    folder = model_dir(models, "t5-small")
    options = Seq2SeqOptions(model=str(folder), device="cpu", prompt_file=str(prompt))
    condenser = Condenser(load_model(options), options)
    ids = condenser.encode_window(["First report.", "Second report."], 20, "")
    assert tokenizer_of(folder).decode(ids) == "summarize: First report. // Second report.</s>"


def test_cpu_threads_follow_the_option(models: dict[str, Path]) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        options = Seq2SeqOptions(model=str(model_dir(models, "t5-small")), device="cpu", threads=1)
        assert load_model(options).threads == 1 and torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_progress_goes_to_stderr(
    models: dict[str, Path], capsys: pytest.CaptureFixture[str], spy: GenerateSpy
) -> None:
    folder = model_dir(models, "t5-small")
    options = Seq2SeqOptions(model=str(folder), device="cpu", progress=True)
    articles = [[s for s in _sentences(STORY["alpha.txt"])]]
    Condenser(load_model(options), options).condense(articles, words=40)
    assert "windows done" in capsys.readouterr().err


def _sentences(text: str) -> list[Any]:
    from summarize.clean import clean
    from summarize.segment import segment

    return segment(clean(build_article(text, id="alpha")))


def test_auto_without_gpu_does_not_import_torch(models: dict[str, Path]) -> None:
    code = (
        "import sys; from summarize import engines, BriefOptions;"
        "from summarize.seq2seq import Seq2SeqOptions;"
        f"o = BriefOptions(seq2seq=Seq2SeqOptions(model={str(models['t5-small'])!r}));"
        "why = engines.create('abstractive', o).unavailable();"
        "print('extractive' if why else 'abstractive', 'torch' in sys.modules)"
    )
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, check=True
    ).stdout
    assert output.split() == ["extractive", "False"]

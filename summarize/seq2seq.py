"""Condense (abstractive): a local seq2seq model through transformers + torch.

torch and transformers are imported here, and only when a model is actually used, so
`import summarize` and the extractive engine never pay for them.

Long input is condensed map-reduce style: sentences are packed into windows that fit the
model (prompt included, sentences never cut, every article a fair share of the input),
each window is summarised, and the partial summaries are fused, for at most
`MAX_LEVELS` rounds; whatever is still too long after that is cut fairly, so the loop
always ends.
"""

from __future__ import annotations

import importlib.util
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize.errors import SummarizeError
from summarize.models import Sentence

DEFAULT_MODEL = "facebook/bart-large-cnn"
MODEL_ENV = "SUMMARIZE_MODEL"
PROMPTS_ENV = "SUMMARIZE_PROMPTS_DIR"
MAX_LEVELS = 3
MAX_WINDOWS = 8  # windows summarised per round: bounds the cost of huge inputs
# No model family here reads more than this; configs that claim "infinite" do not count.
_MAX_SANE_WINDOW = 16_384
_DEFAULT_WINDOW = 512
_FAMILIES = {
    "bart": "bart",
    "mbart": "bart",
    "t5": "t5",
    "mt5": "t5",
    "longt5": "t5",
    "pegasus": "pegasus",
    "pegasus_x": "pegasus",
    "led": "led",
}


class ModelUnavailable(SummarizeError):
    """No usable model: the message says what to do."""


@dataclass(frozen=True)
class Seq2SeqOptions:
    model: str | None = None  # folder or id; None -> $SUMMARIZE_MODEL or DEFAULT_MODEL
    device: str = "auto"  # auto | cpu | cuda | mps
    batch_size: int = 4
    allow_download: bool = False
    allow_pickle: bool = False
    prompt_file: str | None = None
    # None: the model's own generation config (beam search with at least 4 beams and
    # no repeated trigrams where it sets nothing).
    num_beams: int | None = None
    no_repeat_ngram_size: int | None = None
    max_input_tokens: int | None = None  # cap below the model window (tests, memory)

    def model_spec(self) -> str:
        return self.model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def dependencies_missing() -> str | None:
    """Why the seq2seq engine cannot run at all in this environment, or None."""
    missing = [name for name in ("torch", "transformers") if importlib.util.find_spec(name) is None]
    if missing:
        return f"{' and '.join(missing)} not installed (pip install -e '.[seq2seq]')"
    return None


def hub_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache", "huggingface"
    )
    return Path(home) / "hub"


def locally_available(spec: str) -> bool:
    """A model folder, or an id already in the local Hugging Face cache (no network)."""
    if Path(spec).is_dir():
        return True
    return (hub_cache_dir() / f"models--{spec.replace('/', '--')}").is_dir()


def gpu_available() -> bool:
    import torch

    mps = getattr(torch.backends, "mps", None)
    return bool(torch.cuda.is_available() or (mps is not None and mps.is_available()))


def pick_device(requested: str) -> str:
    import torch

    if requested == "auto":
        if torch.cuda.is_available():
            return "cuda"
        mps = getattr(torch.backends, "mps", None)
        return "mps" if mps is not None and mps.is_available() else "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise ModelUnavailable("--device cuda was asked for, but no CUDA GPU is visible")
    if requested == "mps" and not (
        getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()
    ):
        raise ModelUnavailable("--device mps was asked for, but MPS is not available")
    if requested not in ("cpu", "cuda", "mps"):
        raise ModelUnavailable(f"unknown device {requested!r}; use auto, cpu, cuda or mps")
    return requested


@dataclass
class LoadedModel:
    model: Any
    tokenizer: Any
    family: str
    name: str
    window: int  # max input tokens
    device: str
    max_output: int = _DEFAULT_WINDOW  # max generated tokens (decoder positions)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=True, truncation=False)["input_ids"])


def _has_weights(folder: Path, suffix: str) -> bool:
    return any(folder.glob(f"*{suffix}"))


def load_model(options: Seq2SeqOptions) -> LoadedModel:
    """Load a seq2seq model + tokenizer safely: never remote code; safetensors unless the
    user explicitly allows pickle weights; offline unless downloads are allowed."""
    spec = options.model_spec()
    if not Path(spec).is_dir() and not options.allow_download and not locally_available(spec):
        raise ModelUnavailable(
            f"model '{spec}' is neither a folder nor in the local Hugging Face cache "
            f"({hub_cache_dir()}); fetch it once on a machine with network "
            f"(summarize fetch-model {spec}) or pass --allow-download"
        )
    missing = dependencies_missing()
    if missing:
        raise ModelUnavailable(missing)
    if Path(spec).is_dir():
        folder = Path(spec)
        if not (folder / "config.json").is_file():
            raise ModelUnavailable(f"{folder}: no config.json; not a saved transformers model")
        if (
            not _has_weights(folder, ".safetensors")
            and _has_weights(folder, ".bin")
            and not options.allow_pickle
        ):
            raise ModelUnavailable(
                f"{folder}: only pickle weights (.bin) found; pickle can run code when loaded. "
                "Re-save with safetensors (model.save_pretrained(dir)) or pass --allow-pickle"
            )
    import logging

    from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    logging.getLogger("transformers").setLevel(logging.ERROR)
    common = {"local_files_only": not options.allow_download, "trust_remote_code": False}
    try:
        config = AutoConfig.from_pretrained(spec, **common)
    except (OSError, ValueError) as error:
        raise ModelUnavailable(
            f"model '{spec}' could not be loaded: {_first_line(error)}"
        ) from None
    if not getattr(config, "is_encoder_decoder", False):
        raise ModelUnavailable(
            f"model '{spec}' ({config.model_type}) is not a sequence-to-sequence model"
        )
    device = pick_device(options.device)
    import torch

    dtype = torch.float32
    if device == "cuda":
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    try:
        tokenizer = AutoTokenizer.from_pretrained(spec, **common)
        model = AutoModelForSeq2SeqLM.from_pretrained(
            spec,
            use_safetensors=None if options.allow_pickle else True,
            dtype=dtype,
            **common,
        )
    except (OSError, ValueError) as error:
        raise ModelUnavailable(
            f"model '{spec}' could not be loaded: {_first_line(error)}"
        ) from None
    model.to(device).eval()
    family = _FAMILIES.get(config.model_type, "bart")
    name = str(getattr(config, "_name_or_path", "") or spec)
    if family == "t5" and "flan" in (name + spec).lower():
        family = "flan-t5"
    window = _window(config, tokenizer)
    if options.max_input_tokens:
        window = min(window, options.max_input_tokens)
    max_output = _max_output(config)
    return LoadedModel(model, tokenizer, family, spec, window, device, max_output)


def _max_output(config: Any) -> int:
    """Decoder positions: learned position tables (BART, LED, Pegasus) cap the output."""
    for name in ("max_decoder_position_embeddings", "max_position_embeddings"):
        value = getattr(config, name, None)
        if isinstance(value, int) and 0 < value <= _MAX_SANE_WINDOW:
            return value
    return _DEFAULT_WINDOW


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _window(config: Any, tokenizer: Any) -> int:
    candidates = [
        getattr(tokenizer, "model_max_length", None),
        getattr(config, "max_encoder_position_embeddings", None),
        getattr(config, "max_position_embeddings", None),
        getattr(config, "n_positions", None),
    ]
    for value in candidates:
        if isinstance(value, int) and 0 < value <= _MAX_SANE_WINDOW:
            return value
    return _DEFAULT_WINDOW


def prompts_dir() -> Path:
    return Path(os.environ.get(PROMPTS_ENV) or Path(__file__).resolve().parent.parent / "prompts")


def load_prompt(family: str, prompt_file: str | None = None) -> str:
    path = Path(prompt_file) if prompt_file else prompts_dir() / f"{family}.txt"
    try:
        template = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ModelUnavailable(
            f"{path}: cannot read prompt template ({error.strerror or error})"
        ) from None
    if "{text}" not in template:
        raise ModelUnavailable(f"{path}: prompt template has no {{text}} placeholder")
    return template.strip("\n")


def fill_prompt(template: str, text: str, words: int, title: str = "") -> str:
    try:
        return template.format(text=text, words=words, title=title)
    except (KeyError, IndexError, ValueError) as error:
        raise ModelUnavailable(
            f"prompt template: unknown or malformed placeholder ({error})"
        ) from None


# ----------------------------------------------------------------------------- packing


def fair_shares(lengths: Sequence[int], budget: int) -> list[int]:
    """Water-filling: each article gets min(its length, an equal share of what is left)."""
    shares = [0] * len(lengths)
    remaining = budget
    pending = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    while pending:
        equal = remaining // len(pending)
        index = pending[0]
        if lengths[index] <= equal:
            shares[index] = lengths[index]
            remaining -= lengths[index]
            pending.pop(0)
            continue
        for index in pending:
            shares[index] = equal
        break
    return shares


def pack_windows(
    articles: Sequence[Sequence[tuple[str, int]]], window: int, total_budget: int
) -> list[list[list[str]]]:
    """Pack (text, tokens) units of each article into windows of at most `window` tokens.

    Each article keeps its leading units up to its fair share of `total_budget`; a unit is
    never cut (one longer than a window is left out). Returns windows, each a list of
    per-article unit lists.
    """
    shares = fair_shares([sum(tokens for _t, tokens in units) for units in articles], total_budget)
    kept: list[list[tuple[str, int]]] = []
    for units, share in zip(articles, shares, strict=True):
        chosen, used = [], 0
        for text, tokens in units:
            if tokens > window or used + tokens > share:
                continue
            chosen.append((text, tokens))
            used += tokens
        kept.append(chosen)
    windows: list[list[list[str]]] = []
    current: list[list[str]] = []
    used = 0
    for units in kept:
        group: list[str] = []
        for text, tokens in units:
            if used + tokens > window and (group or current):
                if group:
                    current.append(group)
                windows.append(current)
                current, group, used = [], [], 0
            group.append(text)
            used += tokens
        if group:
            current.append(group)
    if current:
        windows.append(current)
    return windows


# -------------------------------------------------------------------------- generation


@dataclass
class GenerationTrace:
    levels: int = 0
    generations: int = 0
    input_tokens: int = 0
    cut_fairly: bool = False
    chunk_seconds: float = 0.0  # token counting and packing
    generate_seconds: float = 0.0


class Condenser:
    """Map-reduce condensation with one loaded model."""

    def __init__(self, loaded: LoadedModel, options: Seq2SeqOptions) -> None:
        self.loaded = loaded
        self.options = options
        self.template = load_prompt(loaded.family, options.prompt_file)
        # Tokens the prompt itself takes (without the text), so windows include it.
        self.prompt_tokens = loaded.count_tokens(fill_prompt(self.template, "", 0))
        generation = loaded.model.generation_config
        beams = getattr(generation, "num_beams", 1) or 1
        self._search = {
            "num_beams": options.num_beams or (beams if beams > 1 else 4),
            "no_repeat_ngram_size": options.no_repeat_ngram_size
            or getattr(generation, "no_repeat_ngram_size", 0)
            or 3,
            "length_penalty": getattr(generation, "length_penalty", None) or 1.0,
        }

    def _text_window(self) -> int:
        room = self.loaded.window - self.prompt_tokens - 2
        if room < 16:
            raise ModelUnavailable(
                f"the prompt leaves only {room} tokens of the "
                f"model's {self.loaded.window}-token window"
            )
        return room

    def condense(
        self, article_sentences: Sequence[Sequence[Sentence]], words: int, title: str = ""
    ) -> tuple[str, GenerationTrace]:
        """One summary of about `words` words from the articles' sentences."""
        trace = GenerationTrace()
        started = time.perf_counter()
        room = self._text_window()
        inputs = [
            [(s.text, self.loaded.count_tokens(s.text)) for s in sentences]
            for sentences in article_sentences
        ]
        trace.chunk_seconds += time.perf_counter() - started
        target = self._target_tokens(words, inputs)
        trace.input_tokens = sum(tokens for article in inputs for _text, tokens in article)
        while True:
            trace.levels += 1
            # At most MAX_WINDOWS windows per round, shared fairly between articles.
            started = time.perf_counter()
            windows = pack_windows(inputs, room, room * MAX_WINDOWS)
            if len(windows) > 1 and trace.levels >= MAX_LEVELS:
                windows = pack_windows(inputs, room, room)  # last round: one fair window
                trace.cut_fairly = True
            trace.chunk_seconds += time.perf_counter() - started
            if not windows:
                return "", trace
            texts = ["\n\n".join(" ".join(group) for group in window) for window in windows]
            trace.generations += len(texts)
            if len(texts) == 1:
                return self._generate(texts, target, words, title, trace)[0], trace
            # Partial summaries small enough that all of them fit one window next round.
            per_window = max(16, min(target, room // (2 * len(texts))))
            partial_words = max(10, words // len(texts))
            partials = self._generate(texts, per_window, partial_words, title, trace)
            inputs = [[(text, self.loaded.count_tokens(text))] for text in partials if text]

    def _target_tokens(self, words: int, units: Sequence[Sequence[tuple[str, int]]]) -> int:
        n_words = sum(len(text.split()) for article in units for text, _t in article)
        n_tokens = sum(tokens for article in units for _x, tokens in article)
        ratio = n_tokens / n_words if n_words else 1.4
        return min(max(8, int(words * ratio * 1.1)), self.loaded.max_output - 2)

    def _generate(
        self,
        texts: Sequence[str],
        max_new_tokens: int,
        words: int,
        title: str,
        trace: GenerationTrace,
    ) -> list[str]:
        import torch

        started = time.perf_counter()
        loaded = self.loaded
        prompts = [fill_prompt(self.template, text, words, title) for text in texts]
        outputs: list[str] = []
        generation = loaded.model.generation_config
        for start in range(0, len(prompts), max(1, self.options.batch_size)):
            batch = prompts[start : start + max(1, self.options.batch_size)]
            encoded = loaded.tokenizer(
                batch, return_tensors="pt", padding=True, truncation=True, max_length=loaded.window
            ).to(loaded.device)
            with torch.inference_mode():
                generated = loaded.model.generate(
                    **encoded,
                    do_sample=False,
                    max_new_tokens=max_new_tokens,
                    min_new_tokens=min(
                        max_new_tokens // 2,
                        getattr(generation, "min_length", 0) or max_new_tokens // 4,
                    ),
                    early_stopping=True,
                    **self._search,
                )
            outputs.extend(loaded.tokenizer.batch_decode(generated, skip_special_tokens=True))
        trace.generate_seconds += time.perf_counter() - started
        return [_tidy(text) for text in outputs]


_SPACES = re.compile(r"\s+")


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text).strip()

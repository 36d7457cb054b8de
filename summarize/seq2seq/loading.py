"""Find and load a seq2seq checkpoint safely: offline, no remote code, no pickle by default.

Local lookups (is this model id cached?) go through `huggingface_hub`, which honours
HF_HOME / HF_HUB_CACHE exactly as transformers does. torch is imported only when a model
is really loaded; `auto` first checks for a GPU without importing torch.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize.seq2seq.profiles import (
    PROFILES,
    FamilyProfile,
    GenerationSettings,
    ModelUnavailable,
    declared_settings,
    detect_family,
    generation_settings,
)

DEFAULT_MODEL = "facebook/bart-large-cnn"
MODEL_ENV = "SUMMARIZE_MODEL"
# No model family here reads more than this; larger "limits" mean "not set".
_MAX_SANE_WINDOW = 16_384
_DEFAULT_WINDOW = 512
_CONFIG_FILES = ("config.json", "generation_config.json")


@dataclass(frozen=True)
class Seq2SeqOptions:
    model: str | None = None  # folder or id; None -> $SUMMARIZE_MODEL or DEFAULT_MODEL
    device: str = "auto"  # auto | cpu | cuda | mps
    batch_size: int = 4
    allow_download: bool = False
    allow_pickle: bool = False
    prompt_file: str | None = None
    # None: the checkpoint's own settings (beam search with 4 beams and no repeated
    # trigrams where it declares nothing).
    num_beams: int | None = None
    no_repeat_ngram_size: int | None = None
    max_input_tokens: int | None = None  # cap below the model window (tests, memory)
    threads: int | None = None  # CPU threads for torch; None -> default_threads()
    # Progress lines on stderr (windows done, tokens/s); None -> when stderr is a terminal.
    progress: bool | None = field(default=None, compare=False)

    def model_spec(self) -> str:
        return self.model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def dependencies_missing() -> str | None:
    """Why the seq2seq engine cannot run at all in this environment, or None."""
    missing = [name for name in ("torch", "transformers") if importlib.util.find_spec(name) is None]
    if missing:
        return f"{' and '.join(missing)} not installed (pip install -e '.[seq2seq]')"
    return None


# ------------------------------------------------------------------------ local lookups


def hub_cache_dir() -> Path:
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def cached_file(spec: str, filename: str) -> Path | None:
    """`filename` of a model folder or of a model id in the local Hugging Face cache."""
    if Path(spec).is_dir():
        path = Path(spec) / filename
        return path if path.is_file() else None
    if not _may_be_cached(spec) or importlib.util.find_spec("huggingface_hub") is None:
        return None
    from huggingface_hub import try_to_load_from_cache
    from huggingface_hub.errors import HFValidationError

    try:
        found = try_to_load_from_cache(spec, filename, cache_dir=hub_cache_dir())
    except HFValidationError:  # not a valid model id either
        return None
    return Path(found) if isinstance(found, str) else None


_CACHE_VARIABLES = ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE")


def _may_be_cached(spec: str) -> bool:
    """False when no cache folder huggingface_hub could read holds this model id: the
    default briefing then answers "not cached" without importing huggingface_hub (tens of
    milliseconds). Every place the hub may look is checked (HF_HUB_CACHE,
    HUGGINGFACE_HUB_CACHE, HF_HOME/hub, XDG_CACHE_HOME/huggingface/hub, ~/.cache/...), so
    a cached model is never missed; when one may be there, the hub itself decides."""
    home = os.environ.get(
        "HF_HOME",
        os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.join("~", ".cache")), "huggingface"),
    )
    places = [os.path.join(home, "hub"), os.path.join("~", ".cache", "huggingface", "hub")]
    places += [os.environ[name] for name in _CACHE_VARIABLES if name in os.environ]
    folder = "models--" + spec.replace("/", "--")
    for place in places:
        if (Path(os.path.expandvars(os.path.expanduser(place))) / folder).exists():
            return True
    # Already imported: its own setting counts too (it is read once, at import).
    hub = sys.modules.get("huggingface_hub.constants")
    return hub is not None and (Path(hub.HF_HUB_CACHE) / folder).exists()


def locally_available(spec: str) -> bool:
    """A model folder, or an id already in the local Hugging Face cache (no network)."""
    return Path(spec).is_dir() or cached_file(spec, "config.json") is not None


# ------------------------------------------------------------------------------ devices


def gpu_may_exist() -> bool:
    """Cheap (no torch import): False when this machine certainly has no usable GPU."""
    if os.environ.get("CUDA_VISIBLE_DEVICES", None) in ("", "-1"):
        return False
    if platform.system() == "Darwin":
        return platform.machine() == "arm64"  # Apple silicon: MPS
    nvidia = Path("/proc/driver/nvidia/gpus")
    return (nvidia.is_dir() and any(nvidia.iterdir())) or Path("/dev/kfd").exists()


def gpu_available() -> bool:
    if not gpu_may_exist():
        return False
    import torch

    mps = getattr(torch.backends, "mps", None)
    return bool(torch.cuda.is_available() or (mps is not None and mps.is_available()))


def pick_device(requested: str) -> str:
    if requested not in ("auto", "cpu", "cuda", "mps"):
        raise ModelUnavailable(f"unknown device {requested!r}; use auto, cpu, cuda or mps")
    if requested == "cpu" or (requested == "auto" and not gpu_may_exist()):
        return "cpu"
    import torch

    mps = getattr(torch.backends, "mps", None)
    mps_ok = mps is not None and mps.is_available()
    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "mps" if mps_ok else "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise ModelUnavailable("--device cuda was asked for, but no CUDA GPU is visible")
    if requested == "mps" and not mps_ok:
        raise ModelUnavailable("--device mps was asked for, but MPS is not available")
    return requested


def default_threads() -> int:
    """Half the cores this process may use, at least one.

    Decoding is memory-bound and runs step by step: on a busy 2-core machine two torch
    threads decoded ~9x slower than one, because each step waits for the slower thread.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, cores // 2)


# ------------------------------------------------------------------------------ loading


@dataclass
class LoadedModel:
    model: Any
    tokenizer: Any
    family: str
    name: str
    window: int  # max input tokens, prompt and special tokens included
    device: str
    max_output: int = _DEFAULT_WINDOW  # max generated tokens (decoder positions)
    profile: FamilyProfile = PROFILES["bart"]
    settings: GenerationSettings | None = None
    threads: int | None = None  # torch CPU threads, when on CPU


def _has_weights(folder: Path, suffix: str) -> bool:
    return any(folder.glob(f"*{suffix}"))


def _needs_sentencepiece(spec: str) -> bool:
    """The checkpoint ships only a SentencePiece model and the package is missing."""
    if cached_file(spec, "tokenizer.json") is not None:
        return False
    has_spiece = any(
        cached_file(spec, name) is not None for name in ("spiece.model", "sentencepiece.bpe.model")
    )
    return has_spiece and importlib.util.find_spec("sentencepiece") is None


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
    if _needs_sentencepiece(spec):
        raise ModelUnavailable(
            f"model '{spec}' ships only a SentencePiece tokenizer (spiece.model), which needs "
            "the sentencepiece package: pip install sentencepiece (part of the seq2seq extra)"
        )
    import logging

    from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    # Quiet the load chatter, but keep warnings (e.g. a missing tokenizer dependency).
    hf_logging.set_verbosity_warning()
    hf_logging.disable_progress_bar()
    logging.getLogger("transformers").setLevel(logging.WARNING)
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

    threads = None
    if device == "cpu":
        threads = options.threads or default_threads()
        torch.set_num_threads(threads)
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
    # Lengths are passed per generation (max/min_new_tokens, from the declared range):
    # the config's own max/min_length would only add a warning to every call.
    from transformers import GenerationConfig

    defaults = GenerationConfig()
    model.generation_config.max_length = defaults.max_length
    model.generation_config.min_length = defaults.min_length
    name = str(getattr(config, "_name_or_path", "") or spec)
    # The model's own name (last path part), not the folders it happens to sit in.
    family = detect_family(config, f"{Path(name).name} {Path(spec).name}")
    window = model_window(config, tokenizer)
    if options.max_input_tokens:
        window = min(window, options.max_input_tokens)
    max_output = _max_output(config)
    declared = declared_settings({name: cached_file(spec, name) for name in _CONFIG_FILES})
    settings = generation_settings(
        declared, max_output, options.num_beams, options.no_repeat_ngram_size
    )
    return LoadedModel(
        model,
        tokenizer,
        family,
        spec,
        window,
        device,
        max_output,
        PROFILES[family],
        settings,
        threads,
    )


def _max_output(config: Any) -> int:
    """Decoder positions: learned position tables (BART, LED, Pegasus) cap the output."""
    for name in ("max_decoder_position_embeddings", "max_position_embeddings"):
        value = getattr(config, name, None)
        if isinstance(value, int) and 0 < value <= _MAX_SANE_WINDOW:
            return value
    return _DEFAULT_WINDOW


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def model_window(config: Any, tokenizer: Any) -> int:
    """Input tokens the model can read: the smaller of its position limit and the
    tokenizer's stated limit; the config alone when the tokenizer states none."""
    positions = [
        getattr(config, name, None)
        for name in ("max_encoder_position_embeddings", "max_position_embeddings", "n_positions")
    ]
    limits = [value for value in positions if isinstance(value, int) and value > 0][:1]
    stated = getattr(tokenizer, "model_max_length", None)
    if isinstance(stated, int) and 0 < stated <= _MAX_SANE_WINDOW:
        limits.append(stated)
    limits = [min(value, _MAX_SANE_WINDOW) for value in limits]
    return min(limits) if limits else _DEFAULT_WINDOW

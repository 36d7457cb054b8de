"""Condense (abstractive): a local seq2seq model through transformers + torch.

torch and transformers are imported only when a model is actually used, so
`import summarize` and the extractive engine never pay for them. The flow:

- `profiles`: model families, how each was trained to read several articles, prompts;
- `loading`: find (offline) and load a checkpoint, its window and generation settings;
- `packing`: fit salient sentences of every article into windows;
- `generation`: encode each window as the family expects and map-reduce to a summary.
"""

from __future__ import annotations

from summarize.seq2seq.generation import (
    MAX_LEVELS,
    MAX_WINDOWS,
    Condenser,
    GenerationTrace,
)
from summarize.seq2seq.loading import (
    DEFAULT_MODEL,
    MODEL_ENV,
    LoadedModel,
    Seq2SeqOptions,
    default_threads,
    dependencies_missing,
    gpu_available,
    gpu_may_exist,
    hub_cache_dir,
    load_model,
    locally_available,
    model_window,
    pick_device,
)
from summarize.seq2seq.packing import Packing, fair_shares, pack_windows
from summarize.seq2seq.profiles import (
    PROFILES,
    PROMPTS_ENV,
    FamilyProfile,
    ModelUnavailable,
    PromptTemplate,
    UnsupportedOutput,
    detect_family,
    load_prompt,
    prompts_dir,
)

__all__ = [
    "DEFAULT_MODEL",
    "MAX_LEVELS",
    "MAX_WINDOWS",
    "MODEL_ENV",
    "PROFILES",
    "PROMPTS_ENV",
    "Condenser",
    "FamilyProfile",
    "GenerationTrace",
    "LoadedModel",
    "ModelUnavailable",
    "Packing",
    "PromptTemplate",
    "Seq2SeqOptions",
    "UnsupportedOutput",
    "default_threads",
    "dependencies_missing",
    "detect_family",
    "fair_shares",
    "gpu_available",
    "gpu_may_exist",
    "hub_cache_dir",
    "load_model",
    "load_prompt",
    "locally_available",
    "model_window",
    "pack_windows",
    "pick_device",
    "prompts_dir",
]

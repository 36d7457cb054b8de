"""summarize: one cited briefing from many news articles about one event.

>>> import summarize
>>> briefing = summarize.brief("seeds/")            # doctest: +SKIP
>>> print(summarize.render(briefing, "md"))         # doctest: +SKIP
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from summarize.errors import InputError, SummarizeError
from summarize.models import Article, Briefing, BriefSentence, SourceInfo, Support
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import render

if TYPE_CHECKING:
    from summarize.batches import BatchReport


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

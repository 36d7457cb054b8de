"""Engines: the one contract every engine implements, the registry, and the `auto` walk.

An engine turns prepared articles into cited briefing sentences. `auto` tries the engines
of `AUTO_ORDER` in turn and records why each step was taken, so adding an engine is one
new module plus one registry line; the pipeline never branches on engine names.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from summarize.errors import SummarizeError
from summarize.models import BriefSentence, Explanation, GenerationStats
from summarize.options import BriefOptions, Budget

if TYPE_CHECKING:
    from summarize.history import History
    from summarize.prepare import Prepared

# name -> "module:class"; imported only when the engine is used (torch stays unloaded).
REGISTRY: dict[str, str] = {
    "abstractive": "summarize.engines.abstractive:Seq2SeqEngine",
    "extractive": "summarize.engines.extractive:ExtractiveEngine",
}
AUTO_ORDER = ("abstractive", "extractive")


class EngineUnavailable(SummarizeError):
    """The engine that was asked for cannot run here; the message says what to do."""


@dataclass(frozen=True)
class Request:
    """What the briefing must be: its budget and title, the question it answers (focus)
    and what the reader already knows (history: report only what is new)."""

    budget: Budget
    title: str
    focus: str | None = None
    history: History | None = None


@dataclass
class EngineResult:
    sentences: list[BriefSentence]
    # What a seq2seq model read and wrote (Briefing.stats.generation); None for extractive.
    generation: GenerationStats | None = None
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Set when the engine ran but has nothing to offer, so `auto` goes on to the next one.
    empty_reason: str | None = None
    # --explain (BriefOptions.explain): why these sentences, from the code that chose them.
    explain: Explanation | None = None


class Engine(Protocol):
    name: ClassVar[str]

    def __init__(self, options: BriefOptions) -> None: ...

    def unavailable(self) -> str | None:
        """Why `auto` should pass this engine by here (cheap checks only), or None."""

    def ready(self) -> str:
        """Load what the engine needs; return a one-line description of what will run.
        Raises a SummarizeError that says what to do when it cannot."""

    def condense(self, prepared: Prepared, request: Request) -> EngineResult:
        """Cited briefing sentences from the prepared articles, within the budget."""


@dataclass
class EngineRun:
    engine: str
    reason: str  # one line: why this engine (the step that decided it)
    result: EngineResult
    steps: list[str]  # every step of the walk, for --verbose


def create(name: str, options: BriefOptions) -> Engine:
    module_name, _, class_name = REGISTRY[name].partition(":")
    engine_class = getattr(importlib.import_module(module_name), class_name)
    return engine_class(options)  # type: ignore[no-any-return]


def run(prepared: Prepared, request: Request, options: BriefOptions) -> EngineRun:
    """Run the engine the options name, or walk AUTO_ORDER for `auto`.

    An engine requested by name that cannot run raises its loader's error; `auto` records
    the reason and goes on. The last engine of the walk (extractive) always runs.
    """
    explicit = options.engine != "auto"
    names: Sequence[str] = (options.engine,) if explicit else AUTO_ORDER
    steps: list[str] = []
    carried: list[str] = []  # warnings of an engine that ran but was passed by
    reason = ""
    for position, name in enumerate(names):
        last = position == len(names) - 1
        engine = create(name, options)
        # An engine asked for by name skips the cheap gate: its loader says what is missing.
        why_not = None if explicit else engine.unavailable()
        if why_not is None:
            try:
                description = engine.ready()
            except SummarizeError as error:
                if explicit:
                    raise
                why_not = f"{_UNUSABLE.get(name, name)}: {error}"
        if why_not is not None:
            steps.append(f"{name}: {why_not}")
            reason = why_not
            continue
        result = engine.condense(prepared, request)
        if result.empty_reason and not explicit and not last:
            steps.append(f"{name}: {result.empty_reason}")
            reason = result.empty_reason
            carried.extend(result.warnings)
            continue
        reason = description if explicit or not reason else reason
        steps.append(f"{name}: {description}")
        result.warnings[:0] = carried
        return EngineRun(name, reason, result, steps)
    raise EngineUnavailable("no engine could run")  # unreachable: extractive always runs


_UNUSABLE = {"abstractive": "seq2seq model unusable"}

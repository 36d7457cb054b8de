"""The one options object (`BriefOptions`): every default written once, resolved at the edge.

The CLI and the Python API build a `BriefOptions`, call `resolved()` once, and pass the
result down; no stage reads the environment or re-spells an option. `fingerprint()` is
what batch hashes to decide whether a set's briefing is stale: it covers the resolved
model, the prompt templates' contents and every other setting.

This module stays import-light (no numpy): `summarize --help` and `import summarize`
read their defaults from here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarize.ingest import Limits
from summarize.seq2seq import Seq2SeqOptions

if TYPE_CHECKING:
    from summarize.extractive import ExtractiveConfig
    from summarize.history import History

DEFAULT_WORDS = 200
# Jaccard similarity of content-word shingles at which two sentences are one statement.
DEFAULT_DEDUP_THRESHOLD = 0.45
ENGINES = ("auto", "extractive", "abstractive")
DEVICES = ("auto", "cpu", "cuda", "mps")
SEMANTIC = ("auto", "on", "off")


@dataclass(frozen=True)
class Budget:
    """How long the briefing may be: words, sentences, or both (whichever ends first)."""

    words: int | None = DEFAULT_WORDS
    sentences: int | None = None

    def __post_init__(self) -> None:
        if self.words is None and self.sentences is None:
            raise ValueError("a budget needs words or sentences")
        for name in ("words", "sentences"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} budget must be at least 1, got {value}")

    @property
    def approximate_words(self) -> int:
        """The word count to aim for (a sentence budget counts 25 words a sentence)."""
        return self.words if self.words is not None else 25 * (self.sentences or 5)


@dataclass(frozen=True)
class BriefOptions:
    """Everything that changes a briefing. Same options + same input = same bytes out."""

    words: int | None = DEFAULT_WORDS
    sentences: int | None = None
    dedup_threshold: float = DEFAULT_DEDUP_THRESHOLD
    semantic: str = "auto"  # one of SEMANTIC: sentence embeddings in grouping (semantic extra)
    title: str | None = None
    # None: the extractive engine's documented defaults (summarize.extractive).
    extractive: ExtractiveConfig | None = None
    engine: str = "auto"  # one of ENGINES
    seq2seq: Seq2SeqOptions = field(default_factory=Seq2SeqOptions)
    allow_cpu_generation: bool = False
    keep_unsupported: bool = False
    limits: Limits = field(default_factory=Limits)
    # --focus: the question or topic the briefing answers.
    focus: str | None = None
    # --since: earlier briefings (JSON) or articles already read; `history` is the same
    # thing already loaded (the Python API, eval and batch pass it directly).
    since: tuple[str, ...] = ()
    history: History | None = None
    disagreements: bool = True  # "Where sources differ" (--no-disagreements turns it off)
    timeline: bool = False  # the dated list of events (--timeline)
    show_corroboration: bool = False  # mark single-source sentences in Markdown
    # --explain: why each sentence was chosen and strong others were not (stderr and JSON).
    explain: bool = False

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; use one of {', '.join(ENGINES)}")
        if self.seq2seq.device not in DEVICES:
            raise ValueError(
                f"unknown device {self.seq2seq.device!r}; use one of {', '.join(DEVICES)}"
            )
        if self.semantic not in SEMANTIC:
            raise ValueError(
                f"unknown semantic mode {self.semantic!r}; use one of {', '.join(SEMANTIC)}"
            )
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise ValueError(
                f"near-duplicate threshold must be in (0, 1], got {self.dedup_threshold}"
            )
        self.budget()  # validates words/sentences

    def budget(self) -> Budget:
        return Budget(words=self.words, sentences=self.sentences)

    def extractive_config(self) -> ExtractiveConfig:
        from summarize.extractive import ExtractiveConfig

        return self.extractive or ExtractiveConfig()

    def resolved(self) -> BriefOptions:
        """The same options with every environment-dependent default made explicit: the
        model ($SUMMARIZE_MODEL or the default id) and the prompt file's absolute path.
        Idempotent; the CLI and the API entry points call it once."""
        seq = self.seq2seq
        prompt = str(Path(seq.prompt_file).resolve()) if seq.prompt_file else None
        return dataclasses.replace(
            self,
            extractive=self.extractive_config(),
            seq2seq=dataclasses.replace(seq, model=seq.model_spec(), prompt_file=prompt),
        )

    def fingerprint(self) -> str:
        """A hash of everything that can change the briefing, prompt contents included."""
        options = self.resolved()
        settings = dataclasses.asdict(options)
        settings["seq2seq"].pop("progress", None)  # where progress is shown changes no byte
        payload = {
            "options": settings,
            "prompts": _prompt_digest(options.seq2seq.prompt_file),
        }
        text = json.dumps(payload, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _prompt_digest(prompt_file: str | None) -> dict[str, Any]:
    """The prompt text each model family would read: the given file, else every template."""
    from summarize.seq2seq import prompts_dir

    files = [Path(prompt_file)] if prompt_file else sorted(prompts_dir().glob("*.txt"))
    digest: dict[str, Any] = {}
    for path in files:
        try:
            digest[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as error:
            digest[path.name] = f"unreadable: {error.strerror or error}"
    return digest

"""Model families: how each one was trained to read several articles, and its prompt.

A family profile says how documents are separated (PRIMERA: its `<doc-sep>` token after
every document, with global attention on `<s>` and each separator), which prompt template
it gets, and the generation settings the checkpoint itself declares (length range, beams,
T5's task prefix), read from its config files rather than guessed from its folder name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize.errors import SummarizeError

PROMPTS_ENV = "SUMMARIZE_PROMPTS_DIR"
_MODEL_TYPES = {
    "bart": "bart",
    "mbart": "bart",
    "t5": "t5",
    "mt5": "t5",
    "longt5": "t5",
    "pegasus": "pegasus",
    "pegasus_x": "pegasus",
    "led": "led",
}
# Settings a checkpoint may declare for summarisation, in its config.json (old style),
# generation_config.json, or config.json's task_specific_params["summarization"] (T5).
_SETTING_KEYS = (
    "max_length",
    "min_length",
    "num_beams",
    "length_penalty",
    "no_repeat_ngram_size",
    "prefix",
)


class ModelUnavailable(SummarizeError):
    """No usable model: the message says what to do."""


class UnsupportedOutput(SummarizeError):
    """The model wrote nothing that the sources support (explicit abstractive engine)."""


@dataclass(frozen=True)
class FamilyProfile:
    family: str  # also the prompt file's stem
    separator: str  # between documents; a special token when the tokenizer has it
    separator_after_last: bool = False  # PRIMERA: every document ends with <doc-sep>
    global_attention: bool = False  # LED: global attention on <s> and every separator


# Pegasus-multi_news was trained on Multi-News, whose documents are joined by "|||||";
# T5 and Pegasus tokenizers erase blank lines, so they need a visible boundary too.
PROFILES = {
    "bart": FamilyProfile("bart", "\n\n"),
    "pegasus": FamilyProfile("pegasus", " ||||| "),
    "led": FamilyProfile("led", "<doc-sep>", separator_after_last=True, global_attention=True),
    "t5": FamilyProfile("t5", " ||||| "),
    "flan-t5": FamilyProfile("flan-t5", " ||||| "),
}


def detect_family(config: Any, name: str) -> str:
    """The family of a loaded config. Flan-T5 is told from plain T5 by its architecture:
    T5 v1.1 checkpoints (gated activations) that summarise are instruction-tuned ones,
    while the original T5 (ReLU) was trained with the "summarize: " prefix."""
    family = _MODEL_TYPES.get(str(getattr(config, "model_type", "")), "bart")
    if family == "t5" and config.model_type == "t5":
        gated = bool(getattr(config, "is_gated_act", False)) or str(
            getattr(config, "feed_forward_proj", "")
        ).startswith("gated")
        if gated or "flan" in name.lower():
            return "flan-t5"
    return family


@dataclass(frozen=True)
class GenerationSettings:
    min_tokens: int  # the model's own length range per generation
    max_tokens: int
    num_beams: int
    no_repeat_ngram_size: int
    length_penalty: float
    prefix: str  # the checkpoint's task prefix ("summarize: " for T5), for {prefix}


def generation_settings(
    declared: dict[str, Any],
    max_output: int,
    num_beams: int | None = None,
    no_repeat_ngram_size: int | None = None,
) -> GenerationSettings:
    """Options win over what the checkpoint declares; defaults fill the rest."""
    max_tokens = int(declared.get("max_length") or 256)
    max_tokens = max(8, min(max_tokens, max_output - 2))
    min_tokens = min(int(declared.get("min_length") or 0), max_tokens)
    return GenerationSettings(
        min_tokens=min_tokens,
        max_tokens=max_tokens,
        num_beams=num_beams or int(declared.get("num_beams") or 4),
        no_repeat_ngram_size=no_repeat_ngram_size or int(declared.get("no_repeat_ngram_size") or 3),
        length_penalty=float(declared.get("length_penalty") or 1.0),
        prefix=str(declared.get("prefix") or ""),
    )


def declared_settings(config_files: dict[str, Path | None]) -> dict[str, Any]:
    """Merge the summarisation settings of config.json and generation_config.json
    (later sources win: config.json, then generation_config.json, then the config's
    task_specific_params["summarization"])."""
    config = _read_json(config_files.get("config.json"))
    generation = _read_json(config_files.get("generation_config.json"))
    task = (config.get("task_specific_params") or {}).get("summarization") or {}
    merged: dict[str, Any] = {}
    for source in (config, generation, task):
        merged.update({key: source[key] for key in _SETTING_KEYS if source.get(key) is not None})
    return merged


def _read_json(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# ----------------------------------------------------------------------------- prompts


@dataclass(frozen=True)
class PromptTemplate:
    """A prompt file: `## separator: "<json string>"` header lines, then the template."""

    template: str
    separator: str | None  # overrides the family separator when set
    path: Path


def prompts_dir() -> Path:
    """The prompts shipped inside the package (or $SUMMARIZE_PROMPTS_DIR)."""
    import os

    return Path(os.environ.get(PROMPTS_ENV) or Path(__file__).resolve().parent / "prompts")


def load_prompt(family: str, prompt_file: str | None = None) -> PromptTemplate:
    path = Path(prompt_file) if prompt_file else prompts_dir() / f"{family}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ModelUnavailable(
            f"{path}: cannot read prompt template ({error.strerror or error}); "
            "pass --prompt FILE or reinstall the package"
        ) from None
    separator: str | None = None
    lines = raw.split("\n")
    while lines and lines[0].startswith("## "):
        key, _, value = lines.pop(0)[3:].partition(":")
        if key.strip() != "separator":
            raise ModelUnavailable(f"{path}: unknown header '## {key.strip()}' (only separator)")
        try:
            separator = json.loads(value.strip())
        except ValueError:
            separator = None
        if not isinstance(separator, str) or not separator:
            raise ModelUnavailable(
                f'{path}: the separator header needs a JSON string, e.g. ## separator: " | "'
            )
    template = "\n".join(lines).strip("\n")
    if template.count("{text}") != 1:
        raise ModelUnavailable(f"{path}: prompt template needs exactly one {{text}} placeholder")
    try:
        template.format(text="", words=0, title="", prefix="", focus="")
    except (KeyError, IndexError, ValueError) as error:
        raise ModelUnavailable(
            f"{path}: unknown or malformed placeholder ({error}); "
            "use {text}, {words}, {title}, {prefix}, {focus}"
        ) from None
    return PromptTemplate(template, separator, path)


def split_prompt(
    prompt: PromptTemplate, words: int, title: str, prefix: str, focus: str = ""
) -> tuple[str, str]:
    """The prompt text before and after {text}, other placeholders filled. `{focus}` is a
    ready sentence ("Focus on: casualties. ") or empty when no focus was given."""
    marker = "\x00TEXT\x00"
    focus_text = f"Focus on: {focus.strip().rstrip('.')}. " if focus.strip() else ""
    filled = prompt.template.format(
        text=marker, words=words, title=title, prefix=prefix, focus=focus_text
    )
    before, _, after = filled.partition(marker)
    return before, after

"""Condense articles with one loaded model: encode as the family was trained, map-reduce.

The input ids are built here, not by formatting one string: article text is tokenized
with special-token parsing off (a literal `<mask>` or `</s>` in an article stays text),
while the family's document separator (PRIMERA's `<doc-sep>`) is inserted by id, and LED
gets global attention on `<s>` and every separator.

The word budget is filled by the map step: when it exceeds what the model writes in one
generation (its own length range), the input is spread over several windows whose
summaries are joined. Larger inputs are chosen by salience to fit at most `MAX_WINDOWS`
windows, summarised, and the partial summaries fused, for at most `MAX_LEVELS` rounds.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from summarize.models import Sentence
from summarize.patterns import compiled
from summarize.seq2seq.loading import LoadedModel, Seq2SeqOptions
from summarize.seq2seq.packing import Packing, Unit, pack_windows
from summarize.seq2seq.profiles import (
    GenerationSettings,
    ModelUnavailable,
    generation_settings,
    load_prompt,
    split_prompt,
)

MAX_LEVELS = 3
MAX_WINDOWS = 8  # windows summarised per round: bounds the cost of huge inputs
_PROMPT_SLACK = 2  # tokens: joint tokenization of prompt and text may differ slightly


@dataclass
class GenerationTrace:
    levels: int = 0
    generations: int = 0
    windows: list[int] = field(default_factory=list)  # windows per round
    input_tokens: int = 0  # tokens of every source sentence offered
    model_input_tokens: int = 0  # of those, the tokens that reached the model
    sentences_left_out: int = 0  # source sentences no window had room for
    cut_fairly: bool = False  # partial summaries cut in the last round
    tokens_cut: int = 0  # cut by the final length guard (tokenizer count drift)
    generated_tokens: int = 0
    chunk_seconds: float = 0.0  # token counting and packing
    generate_seconds: float = 0.0

    @property
    def input_share(self) -> float:
        return self.model_input_tokens / self.input_tokens if self.input_tokens else 1.0


class Condenser:
    """Map-reduce condensation with one loaded model."""

    def __init__(self, loaded: LoadedModel, options: Seq2SeqOptions) -> None:
        self.loaded = loaded
        self.options = options
        self.focus = ""  # the question the briefing answers, for {focus}
        self.prompt = load_prompt(loaded.family, options.prompt_file)
        self.settings: GenerationSettings = loaded.settings or generation_settings(
            {}, loaded.max_output, options.num_beams, options.no_repeat_ngram_size
        )
        tokenizer = loaded.tokenizer
        profile = loaded.profile
        separator = self.prompt.separator or profile.separator
        self.separator_id = _special_id(tokenizer, separator)
        if self.separator_id is None and separator.startswith("<") and separator.endswith(">"):
            separator = "\n\n"  # e.g. an LED tokenizer without PRIMERA's <doc-sep>
        self.separator = separator
        self.separator_after_last = profile.separator_after_last
        self.global_attention = profile.global_attention
        self._special_ids = set(tokenizer.all_special_ids)
        if self.separator_id is not None:
            self._special_ids.add(self.separator_id)
        specials = {*tokenizer.all_special_tokens, *tokenizer.get_added_vocab()}
        self._special_strings = sorted((s for s in specials if len(s) > 1), key=len, reverse=True)
        self.head, self.tail = _wrapping(tokenizer)
        self.group_cost = 1 if self.separator_id is not None else self.count_tokens(separator)

    # ------------------------------------------------------------------------ encoding

    def encode_text(self, text: str) -> list[int]:
        """Token ids of article text; special tokens written in it stay plain text."""
        tokenizer = self.loaded.tokenizer
        ids: list[int] = tokenizer(text, add_special_tokens=False, split_special_tokens=True)[
            "input_ids"
        ]
        if self._special_ids.isdisjoint(ids):
            return ids
        # SentencePiece vocabularies hold "</s>" and "<pad>" as ordinary pieces too.
        for special in self._special_strings:
            text = text.replace(special, f"{special[0]} {special[1:]}")
        return list(
            tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]
        )

    def count_tokens(self, text: str) -> int:
        return len(self.encode_text(text))

    def encode_window(self, documents: Sequence[str], words: int, title: str) -> list[int]:
        """The exact ids the model reads for one window of documents."""
        before, after = split_prompt(self.prompt, words, title, self.settings.prefix, self.focus)
        if self.separator_id is None:
            body = self.separator.join(documents)
            if self.separator_after_last:
                body += self.separator
            ids = self.encode_text(before + body + after)
        else:
            ids = []
            for position, document in enumerate(documents):
                ids += self.encode_text((before if position == 0 else "") + document)
                if position < len(documents) - 1 or self.separator_after_last:
                    ids.append(self.separator_id)
            if after.strip():
                ids += self.encode_text(after)
        return [*self.head, *ids, *self.tail]

    def prompt_tokens(self, words: int, title: str) -> int:
        before, after = split_prompt(self.prompt, words, title, self.settings.prefix, self.focus)
        return (
            len(self.head)
            + len(self.tail)
            + self.count_tokens(before)
            + self.count_tokens(after)
            + _PROMPT_SLACK
        )

    # ----------------------------------------------------------------------- condensing

    def condense(
        self,
        article_sentences: Sequence[Sequence[Sentence]],
        words: int,
        title: str = "",
        salience: Mapping[tuple[str, int], float] | None = None,
        focus: str | None = None,
    ) -> tuple[str, GenerationTrace]:
        """One summary of about `words` words from the articles' sentences.

        `salience` (sentence key -> score, higher first) chooses what reaches the model
        when not everything fits; without it each article keeps its leading sentences.
        `focus` fills the prompt's {focus} placeholder.
        """
        self.focus = focus or ""
        trace = GenerationTrace()
        started = time.perf_counter()
        room = self.loaded.window - self.prompt_tokens(words, title)
        if room < 16:
            raise ModelUnavailable(
                f"the prompt leaves only {room} tokens of the "
                f"model's {self.loaded.window}-token window"
            )
        # +1 per sentence: the space that joins it to the next one.
        inputs: list[list[Unit]] = [
            [(s.text, self.count_tokens(s.text) + 1) for s in sentences]
            for sentences in article_sentences
        ]
        priorities: list[list[float]] | None = None
        if salience is not None:
            priorities = [
                [salience.get(s.key, -math.inf) for s in sentences]
                for sentences in article_sentences
            ]
        trace.input_tokens = sum(tokens for article in inputs for _t, tokens in article)
        target = self._target_tokens(words, inputs)
        settings = self.settings
        # Windows whose summaries, joined, fill the budget within the model's own range.
        final_windows = min(MAX_WINDOWS, math.ceil(target / settings.max_tokens))
        enough_input = trace.input_tokens // max(32, 2 * settings.min_tokens)
        final_windows = max(1, min(final_windows, enough_input))
        trace.chunk_seconds += time.perf_counter() - started
        while True:
            trace.levels += 1
            started = time.perf_counter()
            total = sum(tokens for article in inputs for _t, tokens in article)
            capacity = final_windows * room - len(inputs) * self.group_cost
            final = total <= capacity or trace.levels >= MAX_LEVELS
            if final:
                packing = self._final_packing(inputs, priorities, room, final_windows)
                if trace.levels > 1 and packing.units_left_out:
                    trace.cut_fairly = True
            else:
                packing = pack_windows(
                    inputs, room, room * MAX_WINDOWS, priorities, self.group_cost, MAX_WINDOWS
                )
            if trace.levels == 1:
                trace.model_input_tokens = packing.tokens_in
                trace.sentences_left_out = packing.units_left_out
            trace.chunk_seconds += time.perf_counter() - started
            windows = packing.windows
            trace.windows.append(len(windows))
            if not windows:
                return "", trace
            if final:
                per_window = target // len(windows)
                outputs = self._generate(windows, per_window, words // len(windows), title, trace)
                return " ".join(text for text in outputs if text), trace
            # Partial summaries small enough that they fit the final windows next round
            # (15% spare: decoded text can take more tokens when encoded again).
            share = (room * final_windows) // len(windows) - self.group_cost - 1
            per_window = int(share * 0.85)
            partial_words = max(10, words // len(windows))
            partials = self._generate(windows, per_window, partial_words, title, trace)
            inputs = [[(text, self.count_tokens(text) + 1)] for text in partials if text]
            priorities = None
            if not inputs:
                return "", trace

    def _final_packing(
        self,
        inputs: Sequence[Sequence[Unit]],
        priorities: Sequence[Sequence[float]] | None,
        room: int,
        count: int,
    ) -> Packing:
        """At most `count` windows, the input spread evenly over them."""
        total = sum(tokens for article in inputs for _t, tokens in article)
        longest = max((tokens for article in inputs for _t, tokens in article), default=0)
        size = min(room, max(math.ceil(total / count) + self.group_cost, longest + self.group_cost))
        while True:
            packing = pack_windows(inputs, size, room * count, priorities, self.group_cost)
            if len(packing.windows) <= count or size >= room:
                break
            size = min(room, size + max(1, size // 8))
        if len(packing.windows) > count:
            packing = pack_windows(
                inputs, room, room * count, priorities, self.group_cost, max_windows=count
            )
        return packing

    def _target_tokens(self, words: int, units: Sequence[Sequence[Unit]]) -> int:
        n_words = sum(len(text.split()) for article in units for text, _t in article)
        n_tokens = sum(tokens for article in units for _x, tokens in article)
        ratio = n_tokens / n_words if n_words else 1.4
        return max(8, int(words * ratio * 1.1))

    def _generate(
        self,
        windows: Sequence[Sequence[Sequence[str]]],
        max_new_tokens: int,
        words: int,
        title: str,
        trace: GenerationTrace,
    ) -> list[str]:
        import torch

        started = time.perf_counter()
        loaded = self.loaded
        settings = self.settings
        # The model's own length range per generation.
        max_new = max(settings.min_tokens, min(max_new_tokens, settings.max_tokens), 8)
        limit = loaded.window
        encoded: list[list[int]] = []
        for window in windows:
            ids = self.encode_window([" ".join(group) for group in window], words, title)
            if len(ids) > limit:  # never past the position table
                trace.tokens_cut += len(ids) - limit
                ids = [*ids[: limit - len(self.tail)], *self.tail]
            encoded.append(ids)
        pad = loaded.tokenizer.pad_token_id
        pad = 0 if pad is None else pad
        batch_size = max(1, self.options.batch_size)
        outputs: list[str] = []
        for start in range(0, len(encoded), batch_size):
            batch = encoded[start : start + batch_size]
            width = max(len(ids) for ids in batch)
            input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids in batch])
            attention = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch])
            extra = {}
            if self.global_attention:
                extra["global_attention_mask"] = self.global_attention_mask(input_ids)
            with torch.inference_mode():
                generated = loaded.model.generate(
                    input_ids=input_ids.to(loaded.device),
                    attention_mask=attention.to(loaded.device),
                    **{k: v.to(loaded.device) for k, v in extra.items()},
                    do_sample=False,
                    max_new_tokens=max_new,
                    min_new_tokens=min(settings.min_tokens, max_new),
                    num_beams=settings.num_beams,
                    no_repeat_ngram_size=settings.no_repeat_ngram_size,
                    length_penalty=settings.length_penalty,
                    early_stopping=True,
                )
            trace.generated_tokens += int((generated != pad).sum())
            outputs.extend(loaded.tokenizer.batch_decode(generated, skip_special_tokens=True))
            trace.generations += len(batch)
            self._progress(trace, len(outputs), len(encoded), started)
        trace.generate_seconds += time.perf_counter() - started
        return [_tidy(text) for text in outputs]

    def global_attention_mask(self, input_ids):  # type: ignore[no-untyped-def]
        """LED/PRIMERA: global attention on <s> (position 0) and every separator."""
        mask = (input_ids == self.separator_id) if self.separator_id is not None else None
        result = input_ids.new_zeros(input_ids.shape)
        if mask is not None:
            result[mask] = 1
        result[:, 0] = 1
        return result

    def _progress(self, trace: GenerationTrace, done: int, total: int, started: float) -> None:
        show = self.options.progress
        if show is None:
            show = sys.stderr.isatty()
        if not show:
            return
        seconds = max(1e-9, time.perf_counter() - started)
        print(
            f"seq2seq: round {trace.levels}, {done}/{total} windows done, "
            f"{trace.generated_tokens / seconds:.1f} tokens/s",
            file=sys.stderr,
            flush=True,
        )


def _special_id(tokenizer, token: str) -> int | None:  # type: ignore[no-untyped-def]
    """The id of `token` when the tokenizer knows it as one special/added token."""
    if token not in {*tokenizer.all_special_tokens, *tokenizer.get_added_vocab()}:
        return None
    value = tokenizer.convert_tokens_to_ids(token)
    return value if isinstance(value, int) else None


def _wrapping(tokenizer) -> tuple[list[int], list[int]]:  # type: ignore[no-untyped-def]
    """The special ids the tokenizer puts before and after a text (<s> ... </s>)."""
    plain = tokenizer("a", add_special_tokens=False)["input_ids"]
    wrapped = tokenizer("a")["input_ids"]
    for start in range(len(wrapped) - len(plain) + 1):
        if wrapped[start : start + len(plain)] == plain:
            return list(wrapped[:start]), list(wrapped[start + len(plain) :])
    return [], list(wrapped)


_SPACES = compiled(r"\s+")


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text).strip()

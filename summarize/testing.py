"""Tiny random seq2seq models for tests and benchmarks (needs the seq2seq extra).

They exercise the real loading and generation code paths, offline, in well under a
second; their output is random words, so they say nothing about quality.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# Words every prompt template uses, so prompts tokenize without unknown tokens.
_PROMPT_WORDS = (
    "summarize : Summarize these news reports about one event in about words . "
    "Report only facts stated in them ."
)


def _tokenizer(folder: Path, corpus: Sequence[str]):  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<pad>", "<s>", "</s>", "<unk>"]
    tokenizer = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.WordLevelTrainer(special_tokens=specials)
    tokenizer.train_from_iterator([*corpus, _PROMPT_WORDS], trainer)
    eos = tokenizer.token_to_id("</s>")
    tokenizer.post_processor = processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", eos)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        model_max_length=256,
    )
    fast.save_pretrained(folder)
    return fast


def build_tiny_model(
    folder: str | Path, family: str, corpus: Sequence[str], safetensors: bool = True
) -> Path:
    """Save a 1-layer BART ("bart") or T5 ("t5") with a word-level tokenizer to `folder`."""
    import torch
    from transformers import (
        BartConfig,
        BartForConditionalGeneration,
        T5Config,
        T5ForConditionalGeneration,
    )

    folder = Path(folder)
    tokenizer = _tokenizer(folder, corpus)
    ids = {"pad_token_id": 0, "bos_token_id": 1, "eos_token_id": 2}
    torch.manual_seed(0)
    if family == "bart":
        config = BartConfig(
            vocab_size=len(tokenizer),
            d_model=16,
            encoder_layers=1,
            decoder_layers=1,
            encoder_attention_heads=2,
            decoder_attention_heads=2,
            encoder_ffn_dim=32,
            decoder_ffn_dim=32,
            max_position_embeddings=256,
            decoder_start_token_id=2,
            **ids,
        )
        model = BartForConditionalGeneration(config)
    elif family == "t5":
        config = T5Config(
            vocab_size=len(tokenizer),
            d_model=16,
            d_kv=8,
            d_ff=32,
            num_layers=1,
            num_heads=2,
            decoder_start_token_id=0,
            **ids,
        )
        model = T5ForConditionalGeneration(config)
    else:
        raise ValueError(f"family must be 'bart' or 't5', got {family!r}")
    model.save_pretrained(folder)
    if not safetensors:  # an old-style checkpoint: pickle weights only
        torch.save(model.state_dict(), folder / "pytorch_model.bin")
        (folder / "model.safetensors").unlink()
    return folder

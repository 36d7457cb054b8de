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
    """Save a 1-layer random model ("bart", "pegasus", "led" or "t5") with a word-level
    tokenizer to `folder`."""
    import torch
    import transformers

    folder = Path(folder)
    tokenizer = _tokenizer(folder, corpus)
    ids = {"pad_token_id": 0, "bos_token_id": 1, "eos_token_id": 2}
    bart_like = {
        "vocab_size": len(tokenizer),
        "d_model": 16,
        "encoder_layers": 1,
        "decoder_layers": 1,
        "encoder_attention_heads": 2,
        "decoder_attention_heads": 2,
        "encoder_ffn_dim": 32,
        "decoder_ffn_dim": 32,
        **ids,
    }
    configs = {
        "bart": lambda: transformers.BartConfig(
            max_position_embeddings=256, decoder_start_token_id=2, **bart_like
        ),
        "pegasus": lambda: transformers.PegasusConfig(
            max_position_embeddings=256, decoder_start_token_id=0, **bart_like
        ),
        "led": lambda: transformers.LEDConfig(
            max_encoder_position_embeddings=512,
            max_decoder_position_embeddings=256,
            attention_window=[16],
            decoder_start_token_id=2,
            **bart_like,
        ),
        "t5": lambda: transformers.T5Config(
            vocab_size=len(tokenizer),
            d_model=16,
            d_kv=8,
            d_ff=32,
            num_layers=1,
            num_heads=2,
            decoder_start_token_id=0,
            **ids,
        ),
    }
    if family not in configs:
        raise ValueError(f"family must be one of {', '.join(configs)}, got {family!r}")
    torch.manual_seed(0)
    model = transformers.AutoModelForSeq2SeqLM.from_config(configs[family]())
    model.save_pretrained(folder)
    if not safetensors:  # an old-style checkpoint: pickle weights only
        torch.save(model.state_dict(), folder / "pytorch_model.bin")
        (folder / "model.safetensors").unlink()
    return folder


def shrink_real_shaped(source: str | Path, folder: str | Path, size: str = "tiny") -> Path:
    """A random model shaped like a real checkpoint folder (tokenizer files and config
    with no weights, as in shared/models/real-shaped): vocabulary, special tokens,
    position limits and generation settings unchanged; width and depth cut to `size`
    ("tiny" for tests, "small" for CPU benchmarks, "full" for the real dimensions)."""
    import shutil

    import torch
    import transformers

    source, folder = Path(source), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    config = transformers.AutoConfig.from_pretrained(source)
    width = {"tiny": 16, "small": 64}.get(size)
    shrink: dict[str, int] = {}
    if width is not None:
        layers = 1 if size == "tiny" else 2
        shrink = {
            "d_model": width,
            "encoder_layers": layers,
            "decoder_layers": layers,
            "num_hidden_layers": layers,
            "encoder_attention_heads": 2,
            "decoder_attention_heads": 2,
            "encoder_ffn_dim": 2 * width,
            "decoder_ffn_dim": 2 * width,
            "num_layers": layers,
            "num_decoder_layers": layers,
            "num_heads": 2,
            "d_kv": width // 2,
            "d_ff": 2 * width,
        }
        for name, value in shrink.items():
            if hasattr(config, name):
                setattr(config, name, value)
        if config.model_type == "led":
            config.attention_window = [config.attention_window[0]] * layers
    torch.manual_seed(0)
    model = transformers.AutoModelForSeq2SeqLM.from_config(config)
    model.save_pretrained(folder)
    # The real files, not what save_pretrained derives (it writes a generation config
    # the checkpoint may not have).
    (folder / "generation_config.json").unlink(missing_ok=True)
    for path in source.iterdir():
        if path.is_file() and path.name not in ("README.md", "config.json"):
            shutil.copyfile(path, folder / path.name)
    # save_pretrained rewrites config.json without the old-style generation settings and
    # task_specific_params the real file declares: keep the real file, resized.
    import json

    original = json.loads((source / "config.json").read_text(encoding="utf-8"))
    saved = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    resized = {
        name: getattr(config, name)
        for name in (shrink if width is not None else {})
        if name in original or name in saved
    }
    if config.model_type == "led":
        resized["attention_window"] = config.attention_window
    (folder / "config.json").write_text(json.dumps({**original, **resized}, indent=1), "utf-8")
    return folder

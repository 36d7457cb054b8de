"""Seq2seq engine per model family: how much input reaches the model, windows, time, memory.

Builds a random model from each folder of shared/models/real-shaped (the real tokenizer,
config, window and generation settings of bart-large-cnn, pegasus-multi_news, PRIMERA,
t5-small and flan-t5-base), then briefs the seeds and a 25-article set (re-mixed from the
seed sentences) with `--engine abstractive`, each run in a fresh process so peak memory is
its own. Per family and set it prints: the share of the input's tokens that reached the
model, the windows per round, model load / chunking / generation / attribution seconds,
total, and peak memory. Random weights write gibberish: the figures are about mechanics
and cost, never quality.

`--size small` (default, for CPU) keeps vocabulary, windows and generation settings but
cuts width/depth (d_model 64, 2 layers), so generation time is far below a real model's;
`--size full` builds the real dimensions (400M-570M parameters: use a GPU).

    pip install torch==2.13.0 -e '.[seq2seq]'
    python benchmarks/seq2seq_bench.py [--size small|full] [--device auto|cpu|cuda]
        [--families bart-large-cnn t5-small ...] [--threads N] [MODEL_FOLDER ...]

On a GPU (e.g. through the project's `device` route, a lent H100), from the repo root:

    python benchmarks/seq2seq_bench.py --size full --device cuda \
        --shared /path/to/shared
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]  # this checkout, not an installed copy
SHARED = Path(os.environ.get("SUMMARIZE_SHARED") or REPO.parent / "shared")
DUC = SHARED / "eval" / "duc2007_main_pyr23" / "clusters.jsonl"
FAMILIES = ["bart-large-cnn", "pegasus-multi_news", "PRIMERA", "t5-small", "flan-t5-base"]


def one_run(model: str, set_name: str, device: str, threads: int | None) -> dict[str, object]:
    from scaling import synthetic_articles

    import summarize
    from summarize.ingest import read_articles
    from summarize.seq2seq import Seq2SeqOptions

    if set_name == "seeds":
        articles = read_articles([str(REPO / "seeds")]).articles
    elif set_name == "duc25":  # a real 25-article cluster, read at run time
        from summarize.evaluate import load_clusters

        (cluster,) = load_clusters(DUC, limit=1)
        articles = [article for article in cluster.articles if article.text.strip()]
    else:
        articles = synthetic_articles(25)
    options = summarize.BriefOptions(
        words=200,
        engine="abstractive",
        seq2seq=Seq2SeqOptions(model=model, device=device, threads=threads, progress=False),
        keep_unsupported=True,
    )
    started = time.perf_counter()
    briefing = summarize.brief_articles(articles, options)
    total = time.perf_counter() - started
    generation, timings = briefing.stats.generation, briefing.timings
    if generation is None:  # the engine was asked for by name: it ran or raised
        raise SystemExit(f"{model}: the abstractive engine did not run")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gpu_peak = None
    if generation.device == "cuda":
        import torch

        gpu_peak = torch.cuda.max_memory_allocated() / 2**20
    return {
        "model": Path(model).name,
        "family": generation.model_family,
        "set": f"{set_name} ({len(articles)})",
        "device": generation.device,
        "window": generation.window_tokens,
        "input_tokens": generation.input_tokens,
        "reached": generation.input_share,
        "windows": "+".join(map(str, generation.windows_per_round)),
        "load": timings.get("model_load", 0.0),
        "chunking": timings.get("chunking", 0.0),
        "generation": timings.get("generation", 0.0),
        "attribution": timings.get("attribution", 0.0),
        "total": total,
        "tok_per_s": generation.generated_tokens / max(1e-9, timings.get("generation", 0)),
        "peak_rss_mib": peak,
        "peak_gpu_mib": gpu_peak,
        "threads": generation.threads,
    }


def build_models(shared: Path, families: list[str], size: str, folder: Path) -> list[str]:
    from summarize.testing import shrink_real_shaped

    source = shared / "models" / "real-shaped"
    built = []
    for name in families:
        if not (source / name).is_dir():
            print(f"skipping {name}: {source / name} is absent", file=sys.stderr)
            continue
        built.append(str(shrink_real_shaped(source / name, folder / name, size)))
    return built


COLUMNS = [
    "model",
    "family",
    "set",
    "device",
    "window",
    "input_tokens",
    "reached",
    "windows",
    "load",
    "chunking",
    "generation",
    "attribution",
    "total",
    "tok_per_s",
    "peak_rss_mib",
    "peak_gpu_mib",
    "threads",
]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("models", nargs="*", help="model folders to add (real weights)")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--size", choices=["tiny", "small", "full"], default="small")
    parser.add_argument("--families", nargs="*", default=FAMILIES)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument(
        "--shared",
        type=Path,
        default=SHARED,
    )
    parser.add_argument(
        "--sets",
        nargs="*",
        default=["seeds", "synthetic25", *(["duc25"] if DUC.is_file() else [])],
        help="seeds, synthetic25 (re-mixed seed sentences), duc25 (DUC 2007 D0701A)",
    )
    parser.add_argument("--one", nargs=2, metavar=("MODEL", "SET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one[0], args.one[1], args.device, args.threads)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        models = build_models(args.shared, args.families, args.size, Path(temp)) + args.models
        for model in models:
            for set_name in args.sets:
                command = [sys.executable, __file__, "--one", model, set_name]
                command += ["--device", args.device]
                if args.threads:
                    command += ["--threads", str(args.threads)]
                done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
                if done.returncode:
                    print(f"{model} {set_name} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
                    continue
                rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"size {args.size}; 200-word budget; times in seconds; 'reached' = share of input")
    print(" | ".join(COLUMNS))
    for row in rows:
        cells = []
        for key in COLUMNS:
            value = row[key]
            cells.append(f"{value:.2f}" if isinstance(value, float) else str(value))
        print(" | ".join(cells))
    print(
        "\nGPU: run the same command on a machine with CUDA, e.g. through the project's "
        "device route: python benchmarks/seq2seq_bench.py --size full --device cuda"
    )


if __name__ == "__main__":
    main()

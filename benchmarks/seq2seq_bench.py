"""Seq2seq engine cost: time per briefing and peak memory, split by stage.

For a tiny random BART built on the fly (CPU), and for any model folder given, briefs the
seeds and a 25-article set (re-mixed from the seed sentences) with
`--engine abstractive`, each run in a fresh process so peak memory is its own. Prints
model load, chunking, generation and attribution seconds, total, and peak RSS.

    pip install torch==2.13.0 -e '.[seq2seq]'
    python benchmarks/seq2seq_bench.py [MODEL_FOLDER ...] [--device auto|cpu|cuda]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def one_run(model: str, set_name: str, device: str) -> dict[str, object]:
    from scaling import synthetic_articles

    import summarize
    from summarize.ingest import read_articles
    from summarize.seq2seq import Seq2SeqOptions

    articles = read_articles(["seeds"]).articles if set_name == "seeds" else synthetic_articles(25)
    options = summarize.BriefOptions(
        words=200,
        engine="abstractive",
        seq2seq=Seq2SeqOptions(model=model, device=device),
        keep_unsupported=True,
    )
    started = time.perf_counter()
    briefing = summarize.brief_articles(articles, options)
    total = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings = briefing.timings
    return {
        "model": Path(model).name,
        "set": f"{set_name} ({len(articles)} articles)",
        "device": briefing.stats.get("device"),
        "load": timings.get("model_load", 0.0),
        "chunking": timings.get("chunking", 0.0),
        "generation": timings.get("generation", 0.0),
        "attribution": timings.get("attribution", 0.0),
        "total": total,
        "peak_mib": peak_mib,
        "rounds": briefing.stats.get("generation_rounds"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("models", nargs="*")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--one", nargs=2, metavar=("MODEL", "SET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one[0], args.one[1], args.device)))
        return
    with tempfile.TemporaryDirectory() as temp:
        models = list(args.models)
        if not models:
            from summarize.ingest import read_articles
            from summarize.testing import build_tiny_model

            corpus = [article.text for article in read_articles(["seeds"]).articles]
            models = [str(build_tiny_model(Path(temp) / "tiny-bart", "bart", corpus))]
        rows = []
        for model in models:
            for set_name in ("seeds", "synthetic25"):
                output = subprocess.run(
                    [sys.executable, __file__, "--one", model, set_name, "--device", args.device],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                rows.append(json.loads(output.strip().splitlines()[-1]))
    header = [
        "model",
        "set",
        "device",
        "load",
        "chunking",
        "generation",
        "attribution",
        "total",
        "peak_mib",
        "rounds",
    ]
    print(" | ".join(header))
    for row in rows:
        cells = [f"{row[k]:.2f}" if isinstance(row[k], float) else str(row[k]) for k in header]
        print(" | ".join(cells))


if __name__ == "__main__":
    main()

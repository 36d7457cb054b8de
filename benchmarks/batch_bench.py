"""Batch throughput: sets per second and peak memory at --workers 1 and 2, and the cost of
a no-op re-run. Sets are synthetic: re-mixed sentences of the seed articles.

    python benchmarks/batch_bench.py [--sets 40] [--articles 8]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_sets(root: Path, n_sets: int, n_articles: int) -> None:
    from scaling import synthetic_articles

    for index in range(n_sets):
        folder = root / f"set{index:04d}"
        folder.mkdir(parents=True)
        for article in synthetic_articles(n_articles, seed=index):
            (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MiB, largest process of this run) of one `summarize batch`."""
    command = [sys.executable, "-m", "summarize", "batch", *args, "--engine", "extractive", "-q"]
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True
    ).stdout
    return time.perf_counter() - started, int(output.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", type=int, default=40)
    parser.add_argument("--articles", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "in"
        build_sets(root, args.sets, args.articles)
        print(f"{args.sets} sets x {args.articles} articles")
        print(f"{'run':<22} {'seconds':>8} {'sets/s':>8} {'peak MiB':>9}")
        for workers in (1, 2):
            out = Path(temp) / f"out{workers}"
            seconds, peak = timed_run([str(root), "-o", str(out), "--workers", str(workers)])
            label = f"--workers {workers}"
            print(f"{label:<22} {seconds:>8.2f} {args.sets / seconds:>8.1f} {peak:>9.1f}")
        seconds, peak = timed_run([str(root), "-o", str(Path(temp) / "out1")])
        print(f"{'no-op re-run':<22} {seconds:>8.2f} {'':>8} {peak:>9.1f}")


if __name__ == "__main__":
    main()

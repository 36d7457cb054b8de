"""Whole-process time: `summarize brief` versus sumy's LexRank on the same cluster.

Writes each document of one cluster (default: the first DUC 2007 main cluster, 25
articles) to a temporary folder, then times, as separate processes (start-up included):
  - `summarize brief FOLDER -q -o OUT --words 250`
  - sumy's LexRank over the same text, 250 words (what `sumy lex-rank` runs; sumy's own
    command needs NLTK data downloaded at run time, so it is given the offline Punkt
    splitter from benchmarks/peers.py instead)
Each is run --repeat times; the median is printed.

    python benchmarks/speed_vs_sumy.py [../shared/eval/duc2007_main_pyr23/clusters.jsonl]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarize.evaluate import load_clusters

HERE = Path(__file__).resolve().parent
SUMY_LEXRANK = """
import sys
sys.path.insert(0, {here!r})
from peers import sumy_system
from summarize.evaluate import Cluster
from summarize.models import Article
text = open(sys.argv[1], encoding="utf-8").read()
cluster = Cluster("x", [Article(id="x", text=text, path=sys.argv[1])], [])
print(sumy_system("lexrank", 250)(cluster))
"""


def timed(command: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "data", nargs="?", default="../shared/eval/duc2007_main_pyr23/clusters.jsonl"
    )
    parser.add_argument("--cluster", type=int, default=0, help="index of the cluster in the file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cluster = list(load_clusters(args.data, args.cluster + 1))[args.cluster]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "cluster"
        folder.mkdir()
        for index, article in enumerate(cluster.articles):
            (folder / f"{index:03d}.txt").write_text(
                f"{article.title or ''}\n\n{article.text}", encoding="utf-8"
            )
        joined = Path(temp) / "all.txt"
        joined.write_text("\n\n".join(a.text for a in cluster.articles), encoding="utf-8")
        n_words = len(joined.read_text(encoding="utf-8").split())
        ours = timed(
            [
                sys.executable,
                "-m",
                "summarize",
                "brief",
                str(folder),
                "-q",
                "-o",
                str(Path(temp) / "b.md"),
                "--words",
                "250",
            ],
            args.repeat,
        )
        sumy = timed(
            [sys.executable, "-c", SUMY_LEXRANK.format(here=str(HERE)), str(joined)], args.repeat
        )
    print(f"cluster {cluster.id}: {len(cluster.articles)} articles, {n_words} words")
    print(f"summarize brief : {ours:6.2f} s (whole process, median of {args.repeat})")
    print(f"sumy LexRank    : {sumy:6.2f} s (whole process, median of {args.repeat})")
    print(f"speed-up        : {sumy / ours:6.1f} x")


if __name__ == "__main__":
    main()

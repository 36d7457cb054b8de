"""Cost of --focus and --since (update) over the general briefing, on 25-article clusters.

For each DUC 2007 main cluster (25 articles): the general briefing, the same with the topic
as focus, and an update briefing of the same 25 articles with the first half of them as
history (history loading included, as `--since FOLDER` pays it).
Best of 3 runs each, whole process after ingest (clean, segment, dedup, condense, attribute).

    python benchmarks/modes_speed.py ../shared/eval/duc2007_main_pyr23/clusters.jsonl --limit 6
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from collections.abc import Callable

from summarize.evaluate import load_clusters
from summarize.history import history_from_articles
from summarize.pipeline import BriefOptions, brief_articles


def best_of(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data")
    parser.add_argument("--limit", type=int, default=6)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args()
    base = BriefOptions(engine="extractive", words=args.words)
    ratios: dict[str, list[float]] = {"focus": [], "update": []}
    print("cluster   articles  general s  focus s  update s (history half, incl. loading)")
    for cluster in load_clusters(args.data, args.limit):
        articles = [a for a in cluster.articles if a.text.strip()]
        earlier = articles[: len(articles) // 2]
        general = best_of(lambda: brief_articles(articles, base))  # noqa: B023
        focused = best_of(
            lambda: brief_articles(articles, dataclasses.replace(base, focus=cluster.topic))  # noqa: B023
        )

        def update() -> None:
            history = history_from_articles(earlier)  # noqa: B023
            brief_articles(articles, dataclasses.replace(base, history=history))  # noqa: B023

        updated = best_of(update)
        ratios["focus"].append(focused / general)
        ratios["update"].append(updated / general)
        print(f"{cluster.id:9} {len(articles):8}  {general:9.3f}  {focused:7.3f}  {updated:8.3f}")
    for mode, values in ratios.items():
        print(f"{mode}: median {100 * (statistics.median(values) - 1):+.0f}% over general")


if __name__ == "__main__":
    main()

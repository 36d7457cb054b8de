"""What batch update briefings cost: stories that grow, run by run, with and without updates.

Each DUC 2007 update topic becomes one folder set that grows as the task's sets A, B, C
arrive (read from ../shared/eval at run time, written to a temporary folder only). Run 1
briefs set A; runs 2 and 3 add B, then C. Each run starts from the output folder the
previous run left (manifest included) and is timed `--repeats` times from a fresh copy of
that state, with and without updates interleaved; the table gives the medians.

    python benchmarks/batch_updates.py [--eval ../shared/eval/duc2007_update/clusters.jsonl]
        [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path
from unittest.mock import patch

from summarize import batches
from summarize.batches import run_batch
from summarize.models import Article
from summarize.options import BriefOptions
from summarize.pipeline import brief_articles

# label -> (updates, the update re-uses the full briefing's cleaning and splitting)
LABELS = {"no updates": (False, True), "updates": (True, True), "no reuse": (True, False)}
DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared/eval/duc2007_update/clusters.jsonl"


def load_topics(path: Path) -> dict[str, list[list[dict[str, str]]]]:
    """topic -> its document sets in order (A, B, C), from cluster ids like D0703A-B."""
    sets: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(dict)
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            topic, part = record["id"].rsplit("-", 1)
            sets[topic][part] = record["documents"]
    return {topic: [parts[key] for key in sorted(parts)] for topic, parts in sorted(sets.items())}


def add_documents(folder: Path, documents: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for document in documents:
        text = f"{document.get('headline') or ''}\n\n{document['text']}\n"
        (folder / f"{document['doc_id']}.txt").write_text(text, encoding="utf-8")


def timed_run(root: Path, state: Path, scratch: Path, options: BriefOptions, label: str):  # type: ignore[no-untyped-def]
    """One batch run over `root` from a copy of the output folder `state`: (seconds, report).
    "no reuse" cleans and splits every article again for the update (as before: the
    figure that shows what the reuse saves, in the same run)."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(state, scratch)
    updates, reuse = LABELS[label]
    started = time.perf_counter()
    with patch.object(
        batches, "reusing_preparation", batches.reusing_preparation if reuse else nullcontext
    ):
        report = run_batch(root, scratch, options, formats="all", updates=updates)
    return time.perf_counter() - started, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    topics = load_topics(args.eval)
    options = BriefOptions(engine="extractive", words=100)
    rows = []
    first = next(iter(topics.values()))[0]
    brief_articles(  # warm-up: imports and caches are not part of run 1's time
        [Article(id=d["doc_id"], text=d["text"], path=d["doc_id"]) for d in first], options
    )
    with tempfile.TemporaryDirectory() as temp:
        root, states = Path(temp) / "in", {label: Path(temp) / label for label in LABELS}
        for state in states.values():
            state.mkdir()
        for run in range(max(len(parts) for parts in topics.values())):
            articles = 0
            for topic, parts in topics.items():
                if run < len(parts):
                    add_documents(root / topic, parts[run])
                articles += sum(len(p) for p in parts[: run + 1])
            seconds: dict[str, list[float]] = {label: [] for label in LABELS}
            updates = 0
            for _ in range(args.repeats):
                for label in LABELS:  # interleaved
                    took, report = timed_run(
                        root, states[label], Path(temp) / f"after {label}", options, label
                    )
                    seconds[label].append(took)
                    updates = max(updates, sum(1 for r in report.results if r.updated))
            for label, state in states.items():  # the next run starts from this one's result
                shutil.rmtree(state)
                (Path(temp) / f"after {label}").rename(state)
            medians = {label: statistics.median(values) for label, values in seconds.items()}
            rows.append((run + 1, len(topics), articles, updates, medians))
    print(f"medians of {args.repeats} runs each, interleaved")
    print(
        "| run | sets | articles | update briefings | --no-updates s | updates s | added "
        "| updates, articles prepared again s | added |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for run, sets, articles, updates, medians in rows:
        plain, full, again = medians["no updates"], medians["updates"], medians["no reuse"]
        print(
            f"| {run} | {sets} | {articles} | {updates} | {plain:.2f} | {full:.2f} "
            f"| {100 * (full - plain) / plain:+.0f}% | {again:.2f} "
            f"| {100 * (again - plain) / plain:+.0f}% |"
        )


if __name__ == "__main__":
    main()

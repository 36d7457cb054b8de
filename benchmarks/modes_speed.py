"""Cost of update briefings (--since) and --focus over the plain briefing, whole process.

Each DUC 2007 update topic is one story of about 25 articles in three sets (A, B, C; read
../shared/eval/duc2007_update at run time, written to a temporary folder only). For each
topic and split, three commands run interleaved, `--repeats` times each, and the table
gives their medians:

    plain   summarize brief NEW
    focus   summarize brief NEW --focus "<topic title>"
    update  summarize brief NEW --since EARLIER

with the splits "B since A" (8 new, 10 read) and "B+C since A" (15 new, 10 read: the whole
25-article story). Whole process: a fresh `python -m summarize` each time (start-up, imports,
reading, history included). The same commands also run in this process (`summarize.brief`,
imports already paid), which shows what the modes themselves cost.

    python benchmarks/modes_speed.py [--eval ../shared/eval/duc2007_update/clusters.jsonl]
        [--limit 3] [--repeats 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from summarize.options import BriefOptions
from summarize.pipeline import brief

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared/eval/duc2007_update/clusters.jsonl"
SPLITS = {"B since A": (("B",), ("A",)), "B+C since A": (("B", "C"), ("A",))}
MODES = ("plain", "focus", "update")


def write_topics(path: Path, folder: Path, limit: int) -> dict[str, str]:
    """Each topic's sets as folders folder/TOPIC/A, B, C; returns topic -> its title."""
    titles: dict[str, str] = {}
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            topic, part = record["id"].rsplit("-", 1)
            if topic not in titles and len(titles) == limit:
                continue
            titles[topic] = record["topic"]["title"]
            for document in record["documents"]:
                target = folder / topic / part / f"{document['doc_id']}.txt"
                target.parent.mkdir(parents=True, exist_ok=True)
                text = f"{document.get('headline') or ''}\n\n{document['text']}\n"
                target.write_text(text, encoding="utf-8")
    return titles


def timed(run: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    run(*args, **kwargs)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--limit", type=int, default=3, help="topics")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    options = BriefOptions(engine="extractive", words=args.words)
    process: dict[str, list[float]] = defaultdict(list)  # mode -> ratio to plain, per row
    in_process: dict[str, list[float]] = defaultdict(list)
    print(
        "| topic | split | new | read | plain s | focus s | update s "
        "| in process: plain s | focus s | update s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        titles = write_topics(args.eval, folder / "in", args.limit)
        brief([str(folder / "in" / next(iter(titles)) / "A")], options)  # warm-up
        for topic, title in titles.items():
            for split, (new_sets, read_sets) in SPLITS.items():
                new = [str(folder / "in" / topic / part) for part in new_sets]
                read = [str(folder / "in" / topic / part) for part in read_sets]
                extra = {
                    "plain": [],
                    "focus": ["--focus", title],
                    "update": [arg for path in read for arg in ("--since", path)],
                }
                settings = {
                    "plain": options,
                    "focus": dataclasses.replace(options, focus=title),
                    "update": dataclasses.replace(options, since=tuple(read)),
                }
                whole: dict[str, list[float]] = defaultdict(list)
                inside: dict[str, list[float]] = defaultdict(list)
                for _ in range(args.repeats):
                    for mode in MODES:  # interleaved: load on the machine hits all alike
                        command = [sys.executable, "-m", "summarize", "brief", *new, *extra[mode]]
                        command += ["-q", "-f", "json", "-o", str(folder / f"{mode}.json")]
                        command += ["--engine", "extractive", "--words", str(args.words)]
                        whole[mode].append(
                            timed(
                                subprocess.run, command, cwd=ROOT, check=True, capture_output=True
                            )
                        )
                        inside[mode].append(timed(brief, new, settings[mode]))
                medians = {mode: statistics.median(whole[mode]) for mode in MODES}
                medians_in = {mode: statistics.median(inside[mode]) for mode in MODES}
                for mode in ("focus", "update"):
                    process[mode].append(medians[mode] / medians["plain"])
                    in_process[mode].append(medians_in[mode] / medians_in["plain"])
                n_new = sum(len(list(Path(p).iterdir())) for p in new)
                n_read = sum(len(list(Path(p).iterdir())) for p in read)
                print(
                    f"| {topic} | {split} | {n_new} | {n_read} "
                    + "".join(f"| {medians[m]:.2f} " for m in MODES)
                    + "".join(f"| {medians_in[m]:.3f} " for m in MODES)
                    + "|"
                )
    for mode in ("focus", "update"):
        print(
            f"{mode}: whole process median {100 * (statistics.median(process[mode]) - 1):+.0f}% "
            f"over plain (worst {100 * (max(process[mode]) - 1):+.0f}%); in process median "
            f"{100 * (statistics.median(in_process[mode]) - 1):+.0f}% "
            f"(worst {100 * (max(in_process[mode]) - 1):+.0f}%)"
        )


if __name__ == "__main__":
    main()

"""Whole-process time of `summarize brief` across source trees, interleaved.

Each round runs every tree once, in order, as a separate process started from that tree's
root (so `python -m summarize` imports that tree's code), then the next round: load on a
shared machine moves all trees alike. Prints each tree's median wall-clock time (with
minimum and maximum), median CPU time (user + system, which other load moves less) and
least CPU time (the least disturbed run, steadier where the machine is shared), each with
its ratio to the first tree's; with --stages, one more interleaved pass with `-v`
prints each tree's median stage timings; with --instructions (Linux `perf`), the
instructions each run takes, which other load on the machine does not change. With
--scaling N..., it prints instead the CPU seconds of `brief_articles` on
benchmarks/scaling.py's synthetic sets of N articles, each in a fresh process per tree.

    git worktree add /tmp/t616 6165311
    python benchmarks/whole_process.py /tmp/t616 . --input D1/ --rounds 7 \\
        --python /tmp/ci/repo/.venv/bin/python --stages --instructions
    python benchmarks/whole_process.py /tmp/t616 . --scaling 10 100 500 1000 2000

Time with a lean interpreter (the environment `.ci/run` builds): one with SciPy installed
spends seconds more in `import nltk`, which hides everything else. The untimed warm-up run
writes each tree's bytecode, as an installed package has it; `--from-source` removes it and
writes none, so every run compiles the source again (how sessions 1-9 measured where
PYTHONDONTWRITEBYTECODE is set: the larger tree then pays for its size).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TIMINGS = re.compile(r"^timings: (.*)$", re.MULTILINE)
# One size of benchmarks/scaling.py's synthetic sets, briefed in a fresh process of a tree.
_SCALING = """
import json, sys, time
sys.path.insert(0, "benchmarks")
from scaling import synthetic_articles
from summarize import brief_articles
brief_articles(synthetic_articles(5))  # warm-up: imports, Punkt parameters
articles = synthetic_articles(int(sys.argv[1]))
started = time.process_time()
briefing = brief_articles(articles)
print(json.dumps({"cpu": time.process_time() - started, "sentences": briefing.stats.sentences}))
"""
_STAGE = re.compile(r"([\w-]+) (\d+) ms")


def _command(python: str, folder: Path, out: Path, words: int, verbose: bool) -> list[str]:
    command = [python, "-m", "summarize", "brief", str(folder), "-q", "-o", str(out)]
    command += ["--words", str(words), "--engine", "extractive"]
    return [*command, "-v"] if verbose else command


def _instructions(command: list[str], tree: Path, env: dict[str, str] | None = None) -> float:
    """Instructions the process ran, in billions (`perf stat`): what load cannot move."""
    done = subprocess.run(
        ["perf", "stat", "-x,", "-e", "instructions", *command],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    counted = [line for line in done.stderr.splitlines() if ",instructions," in line]
    if done.returncode != 0 or not counted or not counted[0].split(",")[0].isdigit():
        raise SystemExit(f"perf stat failed in {tree}:\n{done.stderr[-2000:]}")
    return int(counted[0].split(",")[0]) / 1e9


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(
    command: list[str], tree: Path, env: dict[str, str] | None = None
) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds (user + system: less moved by other load) and stderr."""
    cpu = _cpu()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=False, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(command)} failed:\n{done.stderr}")
    return seconds, _cpu() - cpu, done.stderr


def _scaling(trees: list[Path], python: str, sizes: list[int]) -> None:
    """CPU seconds of `brief_articles` per size and tree, the trees interleaved per size."""
    print(f"{'articles':>8} {'sentences':>9}  CPU s and ms per 1,000 sentences per tree")
    for size in sizes:
        row = []
        for tree in trees:
            done = subprocess.run(
                [python, "-c", _SCALING, str(size)],
                cwd=tree,
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "PYTHONPATH": str(tree)},
            )
            if done.returncode != 0:
                raise SystemExit(f"{tree}: scaling run of {size} failed:\n{done.stderr}")
            row.append(json.loads(done.stdout.strip().splitlines()[-1]))
        cells = [f"{r['cpu']:8.2f} {r['cpu'] / r['sentences'] * 1e6:6.0f}" for r in row]
        print(f"{size:8d} {row[0]['sentences']:9d}  " + "  ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("trees", nargs="+", type=Path, help="source trees; the first is the base")
    parser.add_argument("--input", type=Path, help="folder of articles to brief")
    parser.add_argument(
        "--scaling",
        type=int,
        nargs="+",
        metavar="N",
        help="instead: CPU time of brief_articles on benchmarks/scaling.py's sets of N articles",
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--python", default=sys.executable, help="interpreter to time with")
    parser.add_argument("--stages", action="store_true", help="also median `-v` stage timings")
    parser.add_argument(
        "--instructions", action="store_true", help="also instructions per run (needs perf)"
    )
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="remove each tree's package bytecode and write none: every run compiles the "
        "source again (how sessions 1-9 measured where PYTHONDONTWRITEBYTECODE is set)",
    )
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees]
    if args.scaling:
        _scaling(trees, args.python, args.scaling)
        return
    if args.input is None:
        parser.error("--input is required (or --scaling)")
    folder = args.input.resolve()

    seconds: dict[Path, list[float]] = {tree: [] for tree in trees}
    cpu: dict[Path, list[float]] = {tree: [] for tree in trees}
    stages: dict[Path, dict[str, list[int]]] = {tree: {} for tree in trees}
    instructions: dict[Path, list[float]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "briefing.md"
        # Warm the file cache and write each tree's bytecode once, untimed, as an installed
        # package has it: with PYTHONDONTWRITEBYTECODE set, every run would compile the
        # tree's source again and the larger tree would pay for its size.
        warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        run_env: dict[str, str] | None = None
        if args.from_source:
            warm_env = run_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
            for tree in trees:
                for cache in (tree / "summarize").rglob("__pycache__"):
                    shutil.rmtree(cache)
        for tree in trees:
            _run(_command(args.python, folder, out, args.words, False), tree, warm_env)
        for _ in range(args.rounds):
            for tree in trees:
                command = _command(args.python, folder, out, args.words, False)
                wall, used, _ = _run(command, tree, run_env)
                seconds[tree].append(wall)
                cpu[tree].append(used)
        if args.instructions:
            for _ in range(3):  # the count barely moves between runs
                for tree in trees:
                    command = _command(args.python, folder, out, args.words, False)
                    instructions[tree].append(_instructions(command, tree, run_env))
        if args.stages:
            for _ in range(args.rounds):
                for tree in trees:
                    command = _command(args.python, folder, out, args.words, True)
                    found = _TIMINGS.search(_run(command, tree, run_env)[2])
                    for stage, ms in _STAGE.findall(found.group(1) if found else ""):
                        stages[tree].setdefault(stage, []).append(int(ms))

    base = statistics.median(seconds[trees[0]])
    base_cpu = statistics.median(cpu[trees[0]])
    base_least = min(cpu[trees[0]])
    print(f"{args.rounds} interleaved rounds, {folder}, {args.words} words, {args.python}")
    header = (
        f"{'median s':>9} {'min':>6} {'max':>6} {'ratio':>6} {'CPU s':>6} {'ratio':>6}"
        f" {'CPU min':>7} {'ratio':>6}"
    )
    print(f"{'tree':40} {header}")
    for tree in trees:
        runs = seconds[tree]
        median, median_cpu = statistics.median(runs), statistics.median(cpu[tree])
        least = min(cpu[tree])  # the least disturbed run: steadier on a shared machine
        print(
            f"{str(tree)[-40:]:40} {median:9.3f} {min(runs):6.3f} {max(runs):6.3f} "
            f"{median / base:6.2f} {median_cpu:6.3f} {median_cpu / base_cpu:6.2f}"
            f" {least:7.3f} {least / base_least:6.2f}"
        )
    if args.instructions:
        base_count = statistics.median(instructions[trees[0]])
        print("\nmedian instructions per run (perf stat, 3 runs), billions:")
        for tree in trees:
            count = statistics.median(instructions[tree])
            print(f"{str(tree)[-40:]:40} {count:9.3f} {count / base_count:6.2f}")
    if args.stages:
        print("\nmedian stage timings, ms (-v):")
        for tree in trees:
            parts = [f"{name} {statistics.median(ms):.0f}" for name, ms in stages[tree].items()]
            print(f"{str(tree)[-40:]:40} {', '.join(parts)}")


if __name__ == "__main__":
    main()

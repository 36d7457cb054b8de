"""Selection weights on the dev sets: compare two settings, or search many, fairly.

Each cluster is prepared once (clean, split, group); only the extractive selection runs
again per setting, so a comparison takes seconds, not minutes. Runs (R-2, our scorer):

  mn     Multi-News sample, 250 words, generic (--limit applies)
  dm     DUC 2007 main, 250 words, generic       dm-f   ... with the topic as --focus
  du     DUC 2007 update, 100 words, generic     du-uf  ... --update with the topic as focus

--compare A B prints both settings' R-2 per run and the paired bootstrap 95% interval of
the difference over clusters (2,000 resamples): a difference inside it is noise.
--search N draws N random settings over the weights below and prints the R-2 of each.

    python benchmarks/tune_selection.py --compare '{"source_weight": 0}' '{}'
    python benchmarks/tune_selection.py --runs du-uf dm-f du dm --search 38 --seed 1

--write DIR keeps the compared summaries, so the measuring tools can score both settings:

    python benchmarks/tune_selection.py --runs mn --limit 250 --write out/ \
        --compare '{"wording_similarity": 0.35}' '{}'
    ../.eval-venv/bin/python ../shared/eval/tools/redundancy.py score out/mn-*.jsonl --words 250
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.engines import Request
from summarize.engines.extractive import ExtractiveEngine
from summarize.evaluate import Cluster, RougeScorer, load_clusters, update_histories
from summarize.extractive import ExtractiveConfig
from summarize.history import History, history_from_articles
from summarize.options import BriefOptions
from summarize.prepare import Prepared, prepare

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SETS = {"mn": ("multinews_val250", 250), "dm": ("duc2007_main_pyr23", 250)}
SETS["du"] = ("duc2007_update", 100)
RUNS = {"mn": ("mn", ""), "dm": ("dm", ""), "dm-f": ("dm", "f"), "du": ("du", "")}
RUNS["du-uf"] = ("du", "uf")
SPACE = {
    "focus_weight": [0.75, 1.0, 1.5, 2.0, 3.0],
    "focus_feedback": [3, 5, 10, 20],
    "focus_feedback_weight": [0.5, 1.0, 2.0],
    "position_weight": [0.6, 1.0, 1.5, 2.0],
    "centrality_weight": [1.0, 1.5, 2.0],
    "concept_weight": [0.25, 0.5, 0.75],
    "mmr_lambda": [0.65, 0.75, 0.85],
    "max_similarity": [0.2, 0.22, 0.25, 0.3, 0.35],
}

Prepped = list[tuple[Cluster, Prepared, History | None]]


def prepared_set(name: str, limit: int | None) -> Prepped:
    """Every cluster of one dev set, prepared once, with its update history (DUC update)."""
    clusters = list(load_clusters(EVAL / SETS[name][0] / "clusters.jsonl", limit))
    histories = update_histories(clusters) if name == "du" else {}
    options = BriefOptions(semantic="off").resolved()
    done: Prepped = []
    for cluster in clusters:
        usable = [article for article in cluster.articles if article.text.strip()]
        earlier = histories.get(cluster.id)
        history = history_from_articles(earlier) if earlier else None
        done.append((cluster, prepare(usable, options), history))
    return done


def scores(
    prepped: Prepped,
    words: int,
    mode: str,
    settings: dict[str, object],
    summaries: list[dict[str, str]] | None = None,
) -> list[float]:
    """R-2 of each cluster with the extractive engine under `settings`; each summary is
    added to `summaries` as an {"id", "system", "summary"} record when it is given."""
    options = BriefOptions(semantic="off", words=words).resolved()
    engine = ExtractiveEngine(options)
    engine.config = dataclasses.replace(ExtractiveConfig(), **settings)  # type: ignore[arg-type]
    scorer = RougeScorer()
    result = []
    for cluster, prepared, history in prepped:
        focus = cluster.topic if "f" in mode else None
        request = Request(options.budget(), "", focus, history if "u" in mode else None)
        text = "\n".join(s.text for s in engine.condense(prepared, request).sentences)
        if summaries is not None:
            summaries.append({"id": cluster.id, "system": json.dumps(settings), "summary": text})
        result.append(scorer.score(text, cluster.references, words)["rouge2"])
    return result


def interval(differences: list[float], rng: random.Random) -> tuple[float, float]:
    """Paired bootstrap 95% interval of the mean difference."""
    means = sorted(
        sum(rng.choice(differences) for _ in differences) / len(differences) for _ in range(2000)
    )
    return means[50], means[1950]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=["du", "du-uf", "dm"])
    parser.add_argument("--limit", type=int, default=100, help="Multi-News clusters")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help="two JSON settings")
    parser.add_argument("--search", type=int, help="random settings to try")
    parser.add_argument("--settings", nargs="+", default=[], help="JSON settings to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--write",
        type=Path,
        help="write each run's summaries to DIR/<run>-A.jsonl and -B.jsonl (--compare) or "
        "DIR/<run>-S1.jsonl, -S2.jsonl ... (one per setting tried), for "
        "../shared/eval/tools/redundancy.py and autopyramid.py",
    )
    args = parser.parse_args()
    sets = {RUNS[run][0] for run in args.runs}
    prepped = {name: prepared_set(name, args.limit if name == "mn" else None) for name in sets}
    rng = random.Random(args.seed)

    def run_all(settings: dict[str, object], label: str = "") -> dict[str, list[float]]:
        found = {}
        for run in args.runs:
            name, words = RUNS[run][0], SETS[RUNS[run][0]][1]
            summaries: list[dict[str, str]] | None = [] if args.write and label else None
            found[run] = scores(prepped[name], words, RUNS[run][1], settings, summaries)
            if summaries is not None:
                args.write.mkdir(parents=True, exist_ok=True)
                with open(args.write / f"{run}-{label}.jsonl", "w", encoding="utf-8") as out:
                    out.writelines(json.dumps(record) + "\n" for record in summaries)
        return found

    if args.compare:
        settings_a, settings_b = (json.loads(text) for text in args.compare)
        a, b = run_all(settings_a, "A"), run_all(settings_b, "B")
        for run in args.runs:
            differences = [y - x for x, y in zip(a[run], b[run], strict=True)]
            low, high = interval(differences, rng)
            mean_a, mean_b = (100 * sum(v[run]) / len(v[run]) for v in (a, b))
            print(
                f"{run:6} A {mean_a:.2f}  B {mean_b:.2f}  B-A {mean_b - mean_a:+.2f}  "
                f"95% [{100 * low:+.2f}, {100 * high:+.2f}]"
            )
    tries: list[dict[str, object]] = [json.loads(text) for text in args.settings]
    tries += [
        {key: rng.choice(values) for key, values in SPACE.items()} for _ in range(args.search or 0)
    ]
    for number, settings in enumerate(tries, 1):
        found = run_all(settings, f"S{number}")
        means = {run: round(100 * sum(v) / len(v), 2) for run, v in found.items()}
        print(json.dumps(settings), means, round(sum(means.values()) / len(means), 3), flush=True)


if __name__ == "__main__":
    main()

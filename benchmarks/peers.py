"""Our extractive engine against the classic summarizers, side by side, in one run.

Runs sumy's LexRank, TextRank, LSA, Luhn, KL and SumBasic, a lead baseline (the first
document's opening sentences), random sentences and our engine on the same clusters, with
the same word budget and the same scorer (summarize.evaluate), and prints one table of
ROUGE F1 and seconds per cluster. With --nist, the DUC participants' submitted summaries
are scored in the same table and our rank among them is printed.

    pip install -e '.[peers]'
    python benchmarks/peers.py ../shared/eval/multinews_val250/clusters.jsonl --words 250
    python benchmarks/peers.py ../shared/eval/duc2007_main_pyr23/clusters.jsonl --words 250
    python benchmarks/peers.py ../shared/eval/duc2007_update/clusters.jsonl --words 100 \\
        --nist ../shared/eval/duc2007_update/peers_nist_submissions.jsonl

Modes of our engine (the peers always run generic): --focus-from-topic briefs each cluster
with its topic as the focus; --update briefs each update set TOPIC-X with the topic's
earlier sets as history; both together for the query-focused update task:

    python benchmarks/peers.py ../shared/eval/duc2007_main_pyr23/clusters.jsonl --words 250 \\
        --focus-from-topic
    python benchmarks/peers.py ../shared/eval/duc2007_update/clusters.jsonl --words 100 \\
        --update --focus-from-topic \\
        --nist ../shared/eval/duc2007_update/peers_nist_submissions.jsonl

sumy's own tokenizer needs Punkt data that NLTK downloads at run time; here it gets the same
offline Punkt splitter as our engine, and NLTK's Treebank word tokenizer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from summarize.evaluate import (
    Cluster,
    EvalReport,
    brief_cluster,
    evaluate,
    format_table,
    load_clusters,
    sentence_lines,
    update_histories,
)
from summarize.pipeline import BriefOptions


class OfflineTokenizer:
    """sumy's tokenizer interface over the offline Punkt splitter."""

    language = "english"

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer

        self._words = NLTKWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from summarize.segment import sentence_spans

        return tuple(paragraph[a:b] for a, b in sentence_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(
            word for word in self._words.tokenize(sentence) if any(c.isalnum() for c in word)
        )


def cluster_text(cluster: Cluster) -> str:
    return "\n\n".join(article.text for article in cluster.articles)


def sumy_system(name: str, words: int) -> Callable[[Cluster], str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.random import RandomSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
        "random": RandomSummarizer,
    }
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = OfflineTokenizer()

    def up_to_budget(infos):  # type: ignore[no-untyped-def]
        # sumy hands over sentences best-first; keep them until the word budget is full.
        chosen, used = [], 0
        for info in infos:
            if used >= words:
                break
            chosen.append(info)
            used += len(str(info.sentence).split())
        return chosen

    def run(cluster: Cluster) -> str:
        random.seed(0)  # RandomSummarizer shuffles with the global generator
        document = PlaintextParser.from_string(cluster_text(cluster), tokenizer).document
        return "\n".join(str(sentence) for sentence in summarizer(document, up_to_budget))

    return run


def lead(cluster: Cluster) -> str:
    return sentence_lines(cluster.articles[0].text) if cluster.articles else ""


def nist_reports(path: str, clusters: list[Cluster], words: int) -> list[EvalReport]:
    """Score each DUC participant's submitted summaries (humans A-J excluded)."""
    from summarize.evaluate import ClusterResult, RougeScorer

    submissions: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record["summarizer_id"].isdigit():
                submissions[record["summarizer_id"]][(record["topic"], record["set"])] = record[
                    "text"
                ]
    scorer = RougeScorer()
    reports = []
    for peer in sorted(submissions, key=int):
        report = EvalReport(system=f"duc-{peer}")
        for cluster in clusters:
            topic, set_name = cluster.id.split("-")[0][:5], cluster.id.split("-")[-1]
            summary = submissions[peer].get((topic, set_name), "")
            report.results.append(
                ClusterResult(cluster.id, summary, scorer.score(summary, cluster.references, words))
            )
        reports.append(report)
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--limit", type=int)
    parser.add_argument(
        "--systems",
        nargs="+",
        default=["ours", "lead", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "random"],
        help="systems to run; add 'kl' for sumy's KL-Sum (very slow: minutes per cluster)",
    )
    parser.add_argument("--nist", help="DUC participants' submissions to score in the same table")
    parser.add_argument(
        "--focus-from-topic", action="store_true", help="our engine: each topic is the focus"
    )
    parser.add_argument(
        "--update", action="store_true", help="our engine: earlier sets of a topic are history"
    )
    args = parser.parse_args()
    clusters = list(load_clusters(args.data, args.limit))
    histories = update_histories(load_clusters(args.data)) if args.update else None
    reports: list[EvalReport] = []
    timing: dict[str, dict[str, str]] = {}
    for system in args.systems:
        summarize_cluster = (
            brief_cluster(
                args.words,
                BriefOptions(engine="extractive"),
                focus_from_topic=args.focus_from_topic,
                history_of=histories,
            )
            if system == "ours"
            else lead
            if system == "lead"
            else sumy_system(system, args.words)
        )
        started = time.perf_counter()
        report = evaluate(clusters, summarize_cluster, args.words, system)
        seconds = time.perf_counter() - started
        timing[system] = {"s/cluster": f"{seconds / max(1, len(clusters)):.3f}"}
        reports.append(report)
        print(f"{system}: done in {seconds:.1f}s", file=sys.stderr)
    if args.nist:
        nist = nist_reports(args.nist, clusters, args.words)
        ours = next((r for r in reports if r.system == "ours"), None)
        if ours:
            better = sum(1 for r in nist if r.mean("rouge2") > ours.mean("rouge2"))
            print(
                f"ours ranks {better + 1} of {len(nist) + 1} by ROUGE-2 among the DUC participants",
                file=sys.stderr,
            )
        reports.extend(nist)
    print(f"{Path(args.data).parent.name}: {len(clusters)} clusters, {args.words} words")
    print(format_table(sorted(reports, key=lambda r: -r.mean("rouge2")), timing))


if __name__ == "__main__":
    main()

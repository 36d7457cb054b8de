"""Evaluate: brief benchmark clusters and score them against human summaries with ROUGE.

Scoring convention (the project's figures use it): Google's `rouge-score` with stemming,
F1 of ROUGE-1, ROUGE-2 and ROUGE-Lsum; every summary (system and reference) is cut to the
word budget first; scores are averaged over a cluster's references, then over clusters. A
cluster that fails scores 0 and is reported.

Cluster files are JSON lines: {"id", "documents": [{"doc_id", "date", "headline", "text"}],
"references": [{"annotator", "text"}], "topic"?: {...}}.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from summarize.errors import InputError
from summarize.ingest import Limits, json_lines, open_regular
from summarize.models import Article

if TYPE_CHECKING:
    from summarize.pipeline import BriefOptions

METRICS = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True)
class Cluster:
    id: str
    articles: list[Article]
    references: list[str]
    topic: str | None = None  # the record's topic title and narrative, for --focus-from-topic


@dataclass
class ClusterResult:
    id: str
    summary: str
    scores: dict[str, float]
    error: str | None = None


@dataclass
class EvalReport:
    system: str
    results: list[ClusterResult] = field(default_factory=list)

    @property
    def failed(self) -> list[ClusterResult]:
        return [result for result in self.results if result.error]

    def mean(self, metric: str) -> float:
        if not self.results:
            return 0.0
        return 100 * sum(r.scores.get(metric, 0.0) for r in self.results) / len(self.results)


def load_clusters(path: str | os.PathLike[str], limit: int | None = None) -> Iterator[Cluster]:
    """The first `limit` clusters (all by default) of a JSON Lines file, read by the one
    JSON Lines reader; a malformed line is an InputError naming the file and the line."""
    problems: list[InputError] = []
    # A cluster line holds all its documents: it may be as large as the file.
    byte_limit = Limits().max_file_bytes
    with open_regular(Path(path), byte_limit) as stream:
        for count, (number, where, record) in enumerate(
            json_lines(stream, str(path), byte_limit, problems)
        ):
            if limit is not None and count >= limit:
                return
            if problems:  # an unusable line came first: fail rather than score another set
                raise problems[0]
            yield _cluster(record, number, where)
    if problems:
        raise problems[0]


def _cluster(record: object, number: int, where: str) -> Cluster:
    """One cluster record ({"id", "documents", "references", "topic"?}) at `where`."""
    if not isinstance(record, dict) or not isinstance(record.get("documents"), list):
        raise InputError(where, "not a cluster record (expected an object with a 'documents' list)")
    documents, references = record["documents"], record.get("references", [])
    if not isinstance(references, list) or not all(
        isinstance(ref, dict) and isinstance(ref.get("text"), str) for ref in references
    ):
        raise InputError(where, "not a cluster record ('references' must be a list of {text})")
    cluster_id = str(record.get("id", number))
    articles = [
        Article(
            id=str(doc.get("doc_id") or f"{cluster_id}-{index}"),
            text=doc.get("text") or "",
            path=f"{where}#{index}",
            title=doc.get("headline") or None,
            published=doc.get("date") or None,
        )
        for index, doc in enumerate(documents)
        if isinstance(doc, dict)
    ]
    texts = [ref["text"] for ref in references]
    return Cluster(cluster_id, articles, texts, _topic_text(record.get("topic")))


def _topic_text(topic: object) -> str | None:
    """A topic record ({"title", "narrative"}) or string as one focus text."""
    if isinstance(topic, str):
        return topic.strip() or None
    if isinstance(topic, dict):
        parts = [str(topic.get(key) or "").strip() for key in ("title", "narrative")]
        return ". ".join(part for part in parts if part) or None
    return None


def update_set(cluster_id: str) -> tuple[str, str] | None:
    """("T7", "B") for an update-task cluster id "T7-B" (topic, set letter)."""
    topic, dash, set_name = cluster_id.rpartition("-")
    if not dash or not topic or len(set_name) != 1 or not set_name.isalpha():
        return None
    return topic, set_name.upper()


def update_histories(clusters: Iterable[Cluster]) -> dict[str, list[Article]]:
    """For each update cluster TOPIC-X, the articles of the same topic's earlier sets
    (A before B before C), as the update task prescribes."""
    by_topic: dict[str, list[tuple[str, Cluster]]] = {}
    for cluster in clusters:
        found = update_set(cluster.id)
        if found:
            by_topic.setdefault(found[0], []).append((found[1], cluster))
    histories: dict[str, list[Article]] = {}
    for sets in by_topic.values():
        for letter, cluster in sets:
            histories[cluster.id] = [
                article
                for earlier, other in sorted(sets, key=lambda pair: pair[0])
                if earlier < letter
                for article in other.articles
                if article.text.strip()
            ]
    return histories


def truncate_words(text: str, budget: int) -> str:
    """The first `budget` words, keeping line breaks (ROUGE-Lsum splits on them)."""
    kept: list[str] = []
    left = budget
    for line in text.splitlines():
        tokens = line.split()
        if not tokens or left <= 0:
            continue
        kept.append(" ".join(tokens[:left]))
        left -= len(tokens[:left])
    return "\n".join(kept)


def sentence_lines(text: str) -> str:
    """One sentence per line, as ROUGE-Lsum expects."""
    from summarize.segment import sentence_spans

    return "\n".join(" ".join(text[a:b].split()) for a, b in sentence_spans(text))


class RougeScorer:
    """rouge-score with stemming; imported here so the core install does not need it."""

    def __init__(self) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError:
            raise InputError(
                "rouge-score",
                "the evaluation extra is not installed",
                "pip install -e '.[eval]'",
            ) from None
        self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    def score(self, summary: str, references: Iterable[str], budget: int) -> dict[str, float]:
        """F1 per metric, averaged over references; both sides cut to `budget` words.

        `summary` should hold one sentence per line, as ROUGE-Lsum expects.
        """
        prediction = truncate_words(summary, budget)
        totals = dict.fromkeys(METRICS, 0.0)
        # References keep their own line breaks (the convention of the project's figures).
        refs = [truncate_words(ref, budget) for ref in references]
        if not refs:
            return totals
        for reference in refs:
            scores = self._scorer.score(reference, prediction)
            for metric in METRICS:
                totals[metric] += scores[metric].fmeasure
        return {metric: value / len(refs) for metric, value in totals.items()}


def evaluate(
    clusters: Iterable[Cluster],
    summarize_cluster: Callable[[Cluster], str],
    budget: int,
    system: str,
    progress: Callable[[ClusterResult], None] | None = None,
) -> EvalReport:
    """Summarise and score each cluster; a failure scores 0 and is kept with its reason."""
    scorer = RougeScorer()
    report = EvalReport(system=system)
    for cluster in clusters:
        try:
            summary = summarize_cluster(cluster)
            result = ClusterResult(
                cluster.id, summary, scorer.score(summary, cluster.references, budget)
            )
        except Exception as error:  # one broken cluster must not end the evaluation
            result = ClusterResult(
                cluster.id, "", dict.fromkeys(METRICS, 0.0), f"{type(error).__name__}: {error}"
            )
        report.results.append(result)
        if progress:
            progress(result)
    return report


def brief_cluster(
    words: int,
    options: BriefOptions | None = None,
    focus_from_topic: bool = False,
    history_of: dict[str, list[Article]] | None = None,
) -> Callable[[Cluster], str]:
    """A cluster summariser that runs the product's own pipeline (one sentence per line).

    `focus_from_topic` uses the cluster's topic as the focus; `history_of` maps a cluster
    id to the articles already read (update task): those clusters get update briefings.
    """
    from summarize.history import history_from_articles
    from summarize.pipeline import BriefOptions, brief_articles

    settings = dataclasses.replace(options or BriefOptions(), words=words, sentences=None)

    def run(cluster: Cluster) -> str:
        usable = [article for article in cluster.articles if article.text.strip()]
        cluster_settings = settings
        if focus_from_topic and cluster.topic:
            cluster_settings = dataclasses.replace(cluster_settings, focus=cluster.topic)
        earlier = (history_of or {}).get(cluster.id)
        if earlier:
            history = history_from_articles(earlier)
            cluster_settings = dataclasses.replace(cluster_settings, history=history)
        briefing = brief_articles(usable, cluster_settings)
        return "\n".join(sentence.text for sentence in briefing.sentences)

    return run


def format_table(
    reports: Iterable[EvalReport], extra: dict[str, dict[str, str]] | None = None
) -> str:
    """A plain-text table: one row per system, ROUGE F1 x 100 (and any extra columns)."""
    extra = extra or {}
    extra_columns = sorted({column for values in extra.values() for column in values})
    header = ["system", "R-1", "R-2", "R-Lsum", "failed", *extra_columns]
    rows = [header]
    for report in reports:
        rows.append(
            [
                report.system,
                f"{report.mean('rouge1'):.2f}",
                f"{report.mean('rouge2'):.2f}",
                f"{report.mean('rougeLsum'):.2f}",
                str(len(report.failed)),
                *(extra.get(report.system, {}).get(column, "") for column in extra_columns),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def write_predictions(path: str | os.PathLike[str], report: EvalReport) -> Path:
    from summarize.output import write_atomic

    lines = [
        json.dumps({"id": r.id, "system": report.system, "summary": r.summary}, ensure_ascii=False)
        for r in report.results
    ]
    return write_atomic(path, "\n".join(lines) + ("\n" if lines else ""))

"""Do the cheap first looks change any reading? The stage of development a sentence tells
(`dedup.developments`) is read only on the lines whose hint words the sentence holds, its
counts (`dedup.counts_told`) only where two figures may stand, and the denial and
instruction-to-a-model patterns (`facts.denies`, `sanitize.addresses_a_model`) only where
one of their words is; this reads every sentence of ../shared/eval both ways and counts the
sentences whose readings differ. It also splits every eval article with Punkt on the
standard library's `re` (`segment.punkt_tokenizer`) and with NLTK's own classes, and counts
the articles whose sentences differ and the CPU time of each:

    python benchmarks/gate_check.py

Only counts are printed, and sentences are split on ". " (a rough split is enough: the
gates see any text).
"""

from __future__ import annotations

import time
from pathlib import Path

from summarize import dedup, facts, sanitize, segment
from summarize.evaluate import load_clusters

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def sentences() -> list[str]:
    found: set[str] = set()
    for path in sorted(EVAL.glob("*/clusters.jsonl")):
        for cluster in load_clusters(path):
            for article in cluster.articles:
                for paragraph in article.text.split("\n"):
                    found.update(s for s in paragraph.split(". ") if len(s) > 20)
    return sorted(found)


def punkt_differs() -> tuple[int, int, float, float]:
    """(articles, articles whose Punkt sentence spans differ from NLTK's own classes', CPU
    seconds of ours and of NLTK's over all of them)."""
    from summarize.nltk_modules import load

    ours = segment.punkt_tokenizer()
    stock = load("nltk.tokenize.punkt").PunktSentenceTokenizer(ours._params)
    texts = [
        article.text
        for path in sorted(EVAL.glob("*/clusters.jsonl"))
        for cluster in load_clusters(path)
        for article in cluster.articles
    ]
    started = time.process_time()
    our_spans = [list(ours.span_tokenize(text)) for text in texts]
    middle = time.process_time()
    stock_spans = [list(stock.span_tokenize(text)) for text in texts]
    ended = time.process_time()
    differ = sum(a != b for a, b in zip(our_spans, stock_spans, strict=True))
    return len(texts), differ, middle - started, ended - middle


def every_line(text: str) -> frozenset[str]:
    """No gate: every line of development is searched."""
    return frozenset(dedup._DEVELOPMENTS)


def main() -> None:
    texts = sentences()
    gated = dedup._lines_hinted
    stages = 0
    for text in texts:
        dedup._lines_hinted = gated
        with_gate = dedup.developments.__wrapped__(text)
        dedup._lines_hinted = every_line
        if dedup.developments.__wrapped__(text) != with_gate:
            stages += 1
    dedup._lines_hinted = gated
    counts = 0
    for text in texts:
        values = facts.plain_counts(text)
        ungated = values if len(values) >= 2 and max(values) >= 10 else frozenset()
        if dedup.counts_told.__wrapped__(text) != frozenset(f"{v:g}" for v in ungated):
            counts += 1
    denials = sum(
        facts.denies.__wrapped__(text) != (facts._DENIAL.search(text) is not None) for text in texts
    )
    to_a_model = sum(
        sanitize.addresses_a_model(text) != (sanitize._TO_A_MODEL.search(text) is not None)
        for text in texts
    )
    print(
        f"{len(texts)} sentences: stages differ in {stages}, counts differ in {counts}, "
        f"denials in {denials}, instructions to a model in {to_a_model}"
    )
    articles, differ, ours, stock = punkt_differs()
    print(
        f"{articles} articles: Punkt's sentences differ in {differ}; "
        f"CPU {ours:.2f} s on the standard re, {stock:.2f} s through NLTK's own classes"
    )


if __name__ == "__main__":
    main()

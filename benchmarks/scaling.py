"""Time and peak memory of `summarize.brief_articles` from 10 to N articles.

Synthetic-but-realistic sets are built by re-mixing sentences of the seed articles
(shuffled per article, with a number changed so sets are not pure copies). Prints a table:

    python benchmarks/scaling.py [--sizes 10 100 500 1000 2000]

--template is the worst case for grouping and counting: each set is one seed article plus
one article of SIZE x 25 sentences cut from one template, only its figures changed ("said on
day 7 that barrier number 7 held while water reached 8.7 metres"), so every sentence is
close to every other and gives a count of the same thing:

    python benchmarks/scaling.py --template --sizes 10 40 120
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

from summarize import BriefOptions, brief_articles
from summarize.clean import clean
from summarize.ingest import read_articles
from summarize.models import Article
from summarize.segment import segment


def synthetic_articles(n: int, seed: int = 0) -> list[Article]:
    source = read_articles(["seeds"]).articles
    pool = [s.text for a in source for s in segment(clean(a)) if len(s.text.split()) > 5]
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        sentences = rng.sample(pool, k=min(len(pool), rng.randint(12, 30)))
        sentences = [s.replace("2024", str(2000 + rng.randint(0, 24))) for s in sentences]
        body = "\n\n".join(" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3))
        articles.append(Article(id=f"syn{i:05d}", text=body, path=f"syn{i:05d}.txt", title=None))
    return articles


def template_articles(n: int) -> list[Article]:
    """One seed article and one article of `n` x 25 sentences of one template."""
    seed = read_articles(["seeds"]).articles[0]
    body = " ".join(
        f"Officials in the port city of Brenholm said on day {i} that the flood barrier"
        f" number {i} held while water levels reached {i % 9 + 1}.{i % 10} metres."
        for i in range(25 * n)
    )
    return [seed, Article(id="template", text=body, path="template.txt", title="Floods")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 500, 1000, 2000])
    parser.add_argument("--template", action="store_true", help="the near-identical worst case")
    args = parser.parse_args()
    make = template_articles if args.template else synthetic_articles
    brief_articles(synthetic_articles(5))  # warm-up: imports, Punkt parameters
    header = ("articles", "sentences", "words", "seconds", "ms/1k sent", "peak MiB")
    print(" ".join(f"{name:>10}" for name in header))
    for size in args.sizes:
        articles = make(size)
        n_words = sum(len(a.text.split()) for a in articles)
        tracemalloc.start()
        started = time.perf_counter()
        briefing = brief_articles(articles, BriefOptions(words=250))
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        n_sent = briefing.stats.sentences
        per_k = 1000 * seconds / max(1, n_sent) * 1000  # ms per 1,000 sentences
        row = (
            f"{size}",
            f"{n_sent}",
            f"{n_words}",
            f"{seconds:.2f}",
            f"{per_k:.1f}",
            f"{peak:.1f}",
        )
        print(" ".join(f"{cell:>10}" for cell in row))


if __name__ == "__main__":
    main()

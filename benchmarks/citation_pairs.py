"""Every (briefing sentence, cited source) pair attribution gives for fixed briefing sentences.

Run the same input through two versions of the code (two worktrees) and diff the outputs:
what a change to attribution or to dedup's guards adds or removes, on the same sentences,
for reading by hand. The sentences come from a benchmarks/quality.py cache file (a
summarize run: one record per cluster with its sentences).

    python benchmarks/citation_pairs.py duc-main CACHE.json out.jsonl
    python benchmarks/citation_pairs.py --diff old.jsonl new.jsonl added.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.attribute import SupportFinder, cite_groups
from summarize.evaluate import load_clusters
from summarize.options import BriefOptions
from summarize.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared"))
SETS = {
    "multinews": "multinews_val250",
    "duc-main": "duc2007_main_pyr23",
    "duc-update": "duc2007_update",
}


def pairs(name: str, cache: Path, out: Path) -> None:
    records = {r["id"]: r for r in json.loads(cache.read_text(encoding="utf-8"))["records"]}
    data = SHARED / "eval" / SETS[name] / "clusters.jsonl"
    options = BriefOptions(engine="extractive", semantic="off")
    with out.open("w", encoding="utf-8") as stream:
        for cluster in load_clusters(data, None):
            if cluster.id not in records:
                continue
            articles = [a for a in cluster.articles if a.text.strip()]
            prepared = prepare(articles, options)
            finder = SupportFinder(prepared.candidates, prepared.tfidf)
            group_of = {m.key: g for g in prepared.groups for m in g.members}
            by_text = {s.text: s for s in prepared.candidates}
            for item in records[cluster.id]["sentences"]:
                shown = by_text.get(item["text"])
                if shown is None:
                    continue
                (cited,) = cite_groups([group_of[shown.key]], prepared.article_order, finder)
                texts = {s.key: s.text for s in prepared.candidates}
                for support in cited.support:
                    said = texts.get((support.source, support.sentence_index), "")
                    line = {"cluster": cluster.id, "shown": shown.text, "source": support.source}
                    stream.write(json.dumps({**line, "said": said}) + "\n")


def diff(old: Path, new: Path, out: Path) -> None:
    def load(path: Path) -> dict[tuple[str, str, str], dict]:
        rows = (json.loads(line) for line in path.open(encoding="utf-8"))
        return {(r["cluster"], r["shown"], r["source"]): r for r in rows}

    before, after = load(old), load(new)
    added = [row for key, row in after.items() if key not in before]
    removed = [row for key, row in before.items() if key not in after]
    with out.open("w", encoding="utf-8") as stream:
        for row in added:
            stream.write(json.dumps({"change": "added", **row}) + "\n")
        for row in removed:
            stream.write(json.dumps({"change": "removed", **row}) + "\n")
    print(f"{len(before)} pairs before, {len(after)} after: ", end="")
    print(f"{len(added)} added, {len(removed)} removed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--diff", action="store_true", help="diff two outputs instead")
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("out")
    args = parser.parse_args()
    if args.diff:
        diff(Path(args.first), Path(args.second), Path(args.out))
    else:
        pairs(args.first, Path(args.second), Path(args.out))


if __name__ == "__main__":
    main()

"""Did a cleaner change move any evaluation document? Fingerprints what `clean` makes of
each document of ../shared/eval (its text, date, where the date came from, place and
removed lines), with and without the record's date, and compares two trees' fingerprints:

    python benchmarks/clean_check.py --save /tmp/clean-before.json     # on the old tree
    python benchmarks/clean_check.py --against /tmp/clean-before.json  # on the new tree

Only SHA-256 digests are written: no evaluation text leaves ../shared/eval.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from summarize.clean import clean
from summarize.evaluate import load_clusters
from summarize.models import Article


def fingerprints(data: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(data.glob("*/clusters.jsonl")):
        for cluster in load_clusters(path):
            for number, article in enumerate(cluster.articles):
                undated = Article(id=article.id, text=article.text, path=article.path)
                readings = []
                for one in (article, undated):
                    done = clean(one)
                    readings.append(
                        [done.text, done.date, done.date_from, done.place, done.removed_lines]
                    )
                digest = hashlib.sha256(json.dumps(readings).encode()).hexdigest()
                found[f"{path.parent.name}/{cluster.id}/{number}"] = digest
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    args = parser.parse_args()
    found = fingerprints(args.data)
    if args.save:
        args.save.write_text(json.dumps(found, indent=0))
        print(f"{len(found)} documents fingerprinted -> {args.save}")
    if args.against:
        before = json.loads(args.against.read_text())
        differ = sorted(
            key for key in found.keys() | before.keys() if found.get(key) != before.get(key)
        )
        for key in differ:
            print("differs:", key)
        print(f"{len(found) - len(differ)} documents cleaned alike, {len(differ)} differ")


if __name__ == "__main__":
    main()

"""How well `summarize.relevance.off_story` tells an article about something else.

For each evaluation cluster, the first article of the cluster seven places on (another
story) is added, and the clusters are prepared as a briefing prepares them: prints, per
set, how many added articles are marked off the story (caught) and how many of the sets'
own articles are (to read by hand: --show prints their first words), and how many of
them their outlet labels opinion (`relevance.opinion_pieces`). Evaluation text is read at
run time and never written anywhere.

    python benchmarks/off_story.py [--data ../shared/eval] [--show]
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from summarize.evaluate import load_clusters
from summarize.options import BriefOptions
from summarize.prepare import prepare

SETS = {
    "DUC 2007 main": "duc2007_main_pyr23/clusters.jsonl",
    "DUC 2007 update": "duc2007_update/clusters.jsonl",
    "Multi-News": "multinews_val250/clusters.jsonl",
}
ADDED = "added-off-story"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", default="../shared/eval")
    parser.add_argument("--show", action="store_true", help="print the own articles marked")
    args = parser.parse_args()
    options = BriefOptions(semantic="off")
    print(
        f"{'set':<16} {'clusters':>8} {'added caught':>13} {'own marked':>11}"
        f" {'own articles':>13} {'opinion':>8}"
    )
    for name, path in SETS.items():
        clusters = list(load_clusters(Path(args.data) / path))
        caught = own_marked = own_total = opinion = 0
        for number, cluster in enumerate(clusters):
            other = clusters[(number + 7) % len(clusters)].articles[0]
            added = dataclasses.replace(other, id=ADDED, path=f"{ADDED}.txt")
            prepared = prepare([*cluster.articles, added], options)
            marked = prepared.off_story
            opinion += len(set(prepared.opinion) - {ADDED})
            caught += ADDED in marked
            own = [article for article in cluster.articles if article.id in marked]
            own_marked += len(own)
            own_total += len(cluster.articles)
            if args.show:
                for article in own:
                    print(f"  {cluster.id} {article.id}: {' '.join(article.text.split()[:16])}")
        print(
            f"{name:<16} {len(clusters):>8} {caught:>13} {own_marked:>11} {own_total:>13}"
            f" {opinion:>8}"
        )


if __name__ == "__main__":
    main()

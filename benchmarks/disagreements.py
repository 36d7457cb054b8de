"""Measure the disagreement detector: planted recall, false alarms, a sample to judge, speed.

    python benchmarks/disagreements.py [--data ../shared/eval] [--sample-out FILE]

- Planted: for each Multi-News cluster, one sentence of one article that states a value
  another article of the cluster also states (a figure, a calendar date, a name) gets that
  value changed (seeded random choice); recall = the planted disagreement is reported with
  the right slot and both values. Two settings: "copy" keeps the original article and adds
  the changed copy (a republished story edited by one outlet); "in place" replaces the
  article, so only the other articles' own wordings can reveal the change.
- False alarms on the UNMODIFIED clusters: reported disagreements per cluster, and those a
  mechanical check rejects (identical values once normalised; statements with almost no
  words in common). A sample of 30 goes to --sample-out for judging by hand (it holds
  eval text: keep it out of the repository).
- Speed: the cross-check stage's share of the whole `brief` on the 25-article DUC 2007
  clusters, and its time on 100 to 2,000 synthetic articles (benchmarks/scaling.py's sets).

The evaluation text is read at run time and never written into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scaling import synthetic_articles
from summarize import clean, segment
from summarize.crosscheck import cross_check
from summarize.dedup import DEFAULT_THRESHOLD, deduplicate, jaccard
from summarize.extractive import ELIGIBLE_KINDS
from summarize.facts import entity_names, extract
from summarize.models import Article, Disagreement, Sentence
from summarize.pipeline import BriefOptions, brief_articles
from summarize.textutil import content_terms

SEED = 11
SLOTS = ("number", "date", "name")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def to_articles(cluster: dict) -> list[Article]:
    return [
        Article(
            id=f"d{i}",
            text=doc["text"],
            path=f"{cluster['id']}/d{i}",
            title=doc.get("headline"),
            published=doc.get("date"),
        )
        for i, doc in enumerate(cluster["documents"])
    ]


def detect(articles: list[Article]) -> list[Disagreement]:
    """The product's path: dedup's near-duplicate pairs, then the cross-check."""
    cleaned = [clean.clean(article) for article in articles]
    sentences = [
        s for article in cleaned for s in segment.segment(article) if s.kind in ELIGIBLE_KINDS
    ]
    order = {article.id: i for i, article in enumerate(articles)}
    near_pairs: list[tuple[Sentence, Sentence]] = []
    groups = deduplicate(sentences, DEFAULT_THRESHOLD, order, near_pairs)
    return cross_check(cleaned, sentences, groups, [], order, near_pairs=near_pairs).disagreements


# --- planting ------------------------------------------------------------------------------


def _sentences(article: Article) -> list[str]:
    return [s.text for s in segment.segment(clean.clean(article)) if s.kind in ELIGIBLE_KINDS]


def plant(
    articles: list[Article], slot: str, rng: random.Random
) -> tuple[int, str, str, str] | None:
    """(article index, sentence, old value, new value) for one changed value, or None."""
    choices = []
    for index, article in enumerate(articles):
        others = " ".join(a.text for j, a in enumerate(articles) if j != index)
        other_facts = extract(others)
        other_values = {q.value for q in other_facts.quantities}
        other_days = {d.month_day for d in other_facts.dates if d.month_day and not d.relative}
        other_names = set(entity_names(others))
        for sentence in _sentences(article):
            facts = extract(sentence)
            if slot == "number":
                choices += [
                    (index, sentence, q.text, _new_number(q.text, q.value, rng))
                    for q in facts.quantities
                    if q.value in other_values and q.value >= 2 and not q.unit
                ]
            elif slot == "date":
                choices += [
                    (index, sentence, d.text, _new_date(d.text, rng))
                    for d in facts.dates
                    if d.month_day in other_days and not d.relative and re.search(r"\d", d.text)
                ]
            else:
                names = [n for n in facts.names if n in other_names and n.isalpha() and len(n) > 3]
                pool = sorted(other_names - set(facts.names))
                pool = [n for n in pool if n.isalpha() and len(n) > 3]
                for name in names:
                    written = re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE)
                    if written and pool and written.group()[:1].isupper():
                        choices.append(
                            (index, sentence, written.group(), rng.choice(pool).capitalize())
                        )
    if not choices:
        return None
    choices.sort()
    return choices[rng.randrange(len(choices))]


def _new_number(text: str, value: float, rng: random.Random) -> str:
    changed = int(value) + rng.choice([-1, 1]) * max(2, round(value * rng.uniform(0.3, 0.6)))
    return str(max(1, changed) if changed != value else changed + 3)


def _new_date(text: str, rng: random.Random) -> str:
    day = re.search(r"\d{1,2}(?=\D*$)|\d{1,2}", text)
    assert day is not None
    number = int(day.group())
    new = number + rng.choice([-3, -2, -1, 1, 2, 3])
    new = new if 1 <= new <= 28 else number - 3 if number > 3 else number + 3
    return text[: day.start()] + str(new) + text[day.end() :]


def found(disagreements: list[Disagreement], slot: str, old: str, new: str) -> bool:
    def normal(value: str) -> str:
        return re.sub(r"\W+", " ", value).strip().casefold()

    for item in disagreements:
        kind = item.slot if item.slot in ("number", "date") else "name"
        values = {normal(v.value) for v in item.values}
        has_old = any(normal(old) in v or v in normal(old) for v in values if v)
        has_new = any(normal(new) in v or v.endswith(normal(new)) for v in values if v)
        if kind == slot and has_old and has_new:
            return True
    return False


def planted_recall(clusters: list[dict]) -> dict[tuple[str, str], tuple[int, int]]:
    rng = random.Random(SEED)
    tally: dict[tuple[str, str], list[int]] = {}
    for cluster in clusters:
        articles = to_articles(cluster)
        if len(articles) < 2:
            continue
        for slot in SLOTS:
            chosen = plant(articles, slot, rng)
            if chosen is None:
                continue
            index, sentence, old, new = chosen
            original = articles[index]
            changed_sentence = sentence.replace(old, new, 1)
            changed = Article(
                id="planted",
                text=original.text.replace(sentence, changed_sentence, 1),
                path="planted",
                title=original.title,
                published=original.published,
            )
            if changed.text == original.text:
                continue
            for setting, variant in (
                ("copy", [*articles, changed]),
                ("in place", [changed if i == index else a for i, a in enumerate(articles)]),
            ):
                hits = tally.setdefault((slot, setting), [0, 0])
                hits[1] += 1
                hits[0] += found(detect(variant), slot, old, new)
    return {key: (value[0], value[1]) for key, value in tally.items()}


# --- false alarms --------------------------------------------------------------------------


def obvious_false_alarm(item: Disagreement, texts: dict[tuple[str, int], str]) -> str:
    """Why a reader would reject it at a glance, or "" when it needs reading."""
    keys = [re.sub(r"\W+", "", v.value).casefold() for v in item.values]
    if len(set(keys)) < len(keys):
        return "identical values"
    statements = [texts[key] for key in item.sentences if key in texts]
    terms = [frozenset(content_terms(text)) for text in statements]
    if len(terms) >= 2 and max(jaccard(terms[0], other) for other in terms[1:]) < 0.15:
        return "unrelated statements"
    return ""


def false_alarms(name: str, clusters: list[dict]) -> list[str]:
    """Print the false-alarm figures of unmodified clusters; return every report, readable."""
    reported = 0
    rejected: Counter[str] = Counter()
    by_slot: Counter[str] = Counter()
    sample_pool: list[str] = []
    for cluster in clusters:
        articles = to_articles(cluster)
        cleaned = [clean.clean(a) for a in articles]
        texts = {s.key: s.text for a in cleaned for s in segment.segment(a)}
        items = detect(articles)
        reported += len(items)
        for item in items:
            by_slot[item.slot] += 1
            reason = obvious_false_alarm(item, texts)
            if reason:
                rejected[reason] += 1
            statements = "\n".join(
                f"    [{source}] {texts.get((source, index), '')}"
                for source, index in item.sentences
            )
            values = "; ".join(f"{v.value} {list(v.sources)}" for v in item.values)
            sample_pool.append(
                f"{cluster['id']} | {item.slot} | {values} | mechanical: {reason or 'ok'}\n"
                f"{statements}\n"
            )
    n = len(clusters)
    print(f"unmodified {name}: {n} clusters")
    print(f"  reported disagreements: {reported} ({reported / n:.2f} per cluster)")
    print(f"  by slot: {dict(sorted(by_slot.items()))}")
    print(
        f"  mechanically rejected: {sum(rejected.values())} "
        f"({sum(rejected.values()) / n:.2f} per cluster) {dict(rejected)}"
    )
    return sample_pool


# --- speed ---------------------------------------------------------------------------------


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def speed(duc: list[dict], sizes: list[int]) -> None:
    print("cross-check share of the whole brief on DUC 2007 main (25 articles per cluster):")
    total = cross = 0.0
    for cluster in duc[:8]:
        articles = to_articles(cluster)
        started = time.perf_counter()
        briefing = brief_articles(articles, BriefOptions(engine="extractive", words=250))
        total += time.perf_counter() - started
        cross += briefing.timings.get("cross-check", 0.0)
    print(
        f"  8 clusters: brief {total:.2f} s, cross-check {cross:.2f} s "
        f"({100 * cross / (total - cross):.1f}% added)"
    )
    print(
        f"{'articles':>10} {'sentences':>10} {'brief s':>9} {'check s':>9} {'check ms/1k sent':>17}"
    )
    for size in sizes:
        articles = synthetic_articles(size)
        briefing = brief_articles(articles, BriefOptions(engine="extractive", words=250))
        check = briefing.timings.get("cross-check", 0.0)
        whole = sum(briefing.timings.values())
        n_sent = briefing.stats.sentences
        print(f"{size:>10} {n_sent:>10} {whole:>9.2f} {check:>9.2f} {1e6 * check / n_sent:>17.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--sample-out", type=Path, default=Path("/tmp/disagreement_sample.txt"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1000, 2000])
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--only-speed", action="store_true")
    parser.add_argument("--skip-planted", action="store_true")
    args = parser.parse_args()
    multinews = load(args.data / "multinews_val250" / "clusters.jsonl")
    duc = load(args.data / "duc2007_main_pyr23" / "clusters.jsonl")
    if args.only_speed:
        speed(duc, args.sizes)
        return
    if not args.skip_planted:
        recall = planted_recall(multinews)
        print("planted disagreements (Multi-News validation sample):")
        for setting in ("copy", "in place"):
            cells = []
            for slot in SLOTS:
                hits, total = recall.get((slot, setting), (0, 0))
                cells.append(f"{slot} {hits}/{total} = {100 * hits / max(1, total):.0f}%")
            print(f"  {setting:>8}: " + ", ".join(cells))
    pool = false_alarms("Multi-News validation sample", multinews)
    pool += false_alarms("DUC 2007 main (25 articles each)", duc)
    update = load(args.data / "duc2007_update" / "clusters.jsonl")
    pool += false_alarms("DUC 2007 update sets", update)
    if args.sample_out:
        sample = random.Random(SEED).sample(pool, min(30, len(pool)))
        args.sample_out.write_text("\n".join(sample), encoding="utf-8")
        print(f"sample of {len(sample)} written to {args.sample_out} (eval text: do not commit)")
    if not args.skip_speed:
        speed(duc, args.sizes)


if __name__ == "__main__":
    main()

"""What a reader of the briefing notices, measured on every dev set with the peers in one run.

One table per dev set (Multi-News sample and DUC 2007 main at 250 words, DUC 2007 update at
100 words) with rows summarize, sumy LexRank, lead and the human references, and columns:

  R-1 / R-2 / R-Lsum  ROUGE F1 x 100 with the project's scorer (summarize.evaluate); the human
                      row scores each reference against the others (DUC only: Multi-News has one)
  restated %          restated words % (../shared/eval/tools/redundancy.py, cosine >= 0.80)
  key facts           auto-pyramid, DUC 2007 main at 250 words only (autopyramid.py; humans
                      leave-one-out)
  cite %              citation completeness (summarize only): of the (briefing sentence, source)
                      pairs where the source has a sentence restating the briefing sentence
                      (all-MiniLM cosine >= 0.80, or a near-duplicate by summarize.dedup), the
                      share the briefing cites
  same figures        cite % over the restating pairs whose figures do not differ (a pair where
                      both sentences give figures and share none, "more than 500 members" /
                      "more than 300 members", is two facts to issue 10, not one to cite)
  weak cites          cited (sentence, source) pairs where no sentence of the source restates
                      or near-copies the briefing sentence: to read by hand (--misses), many
                      are looser but true restatements
  spans ok            every support span the JSON names lies in the cited source's cleaned text
                      and is the sentence it claims (checked mechanically)
  s/cluster           seconds per cluster to produce the summaries

Then the seeds checks (seeds/ at 200 words): restating pairs and restated words %, sources
cited, sentences that open with a dangling reference, relative time words without a date.

The embedding measures run in the measuring venv (/work/.eval-venv, see the tools' README)
as subprocesses; nothing here imports sentence-transformers. Everything is cached under --cache,
per system: summaries (summarize's key includes a hash of the package's source, so any code
change recomputes them), and each measuring tool's answer, keyed by the exact summaries it
scored. A re-run after a code change recomputes summarize's rows only; an interrupted run
resumes where it stopped. --misses FILE writes every restating (briefing sentence, source)
pair the briefing does not cite, for reading.

    python benchmarks/quality.py                 # all sets (about 18 minutes the first time)
    python benchmarks/quality.py --limit 20      # quick look
    python benchmarks/quality.py --sets duc-main --semantic off
    python benchmarks/quality.py --sets duc-main --semantic off --focus-from-topic --no-seeds
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peers import lead, sumy_system

from summarize.attribute import SupportFinder
from summarize.evaluate import Cluster, RougeScorer, load_clusters
from summarize.extractive import ELIGIBLE_KINDS
from summarize.models import Sentence
from summarize.pipeline import BriefOptions, brief_articles

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared"))
TOOLS = SHARED / "eval" / "tools"
EVAL_PYTHON = os.environ.get("EVAL_PYTHON", "/work/.eval-venv/bin/python")
SETS = {
    "multinews": ("multinews_val250", 250),
    "duc-main": ("duc2007_main_pyr23", 250),
    "duc-update": ("duc2007_update", 100),
}
RESTATES = 0.80  # the measuring tools' threshold
_DANGLING = re.compile(
    r"^(?:this time|that (?:trend|move|decision)|it also|but|and|also|however|he|she|it|they|"
    r"this|these|those|the move)\b",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"\b(?:this (?:week|month|year|morning|weekend)|last (?:week|month|night|year)|"
    r"yesterday|today|tonight|tomorrow|(?:on |last )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b(?!\s*\[)",
    re.IGNORECASE,
)


@dataclasses.dataclass
class Run:
    """One system's summaries of one set: one record per cluster, and the seconds it took."""

    system: str
    records: list[dict[str, object]]
    seconds_per_cluster: float


@functools.cache
def source_hash() -> str:
    """Hash of the package's source, taken once: the code the summaries came from."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "summarize").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def ours_options(semantic: str) -> BriefOptions:
    options = BriefOptions(engine="extractive")
    if semantic != "default" and hasattr(options, "semantic"):
        options = dataclasses.replace(options, semantic=semantic)
    return options


def summarize_records(
    clusters: list[Cluster], words: int, options: BriefOptions, focus_from_topic: bool = False
) -> list[dict[str, object]]:
    settings = dataclasses.replace(options, words=words, sentences=None)
    records: list[dict[str, object]] = []
    for cluster in clusters:
        usable = [article for article in cluster.articles if article.text.strip()]
        # The topic as the reader's question, as `summarize eval --focus-from-topic` asks it.
        focus = cluster.topic if focus_from_topic and cluster.topic else None
        briefing = brief_articles(usable, dataclasses.replace(settings, focus=focus))
        records.append(
            {
                "id": cluster.id,
                "summary": "\n".join(sentence.text for sentence in briefing.sentences),
                "sentences": [
                    {
                        "text": s.text,
                        "citations": list(s.citations),
                        "support": [dataclasses.asdict(item) for item in s.support],
                    }
                    for s in briefing.sentences
                ],
                "semantic": briefing.stats.semantic,
            }
        )
    return records


def produce(
    name: str,
    key: str,
    clusters: list[Cluster],
    cache: Path,
    make: Callable[[], list[dict[str, object]]],
) -> Run:
    path = cache / f"{key}.json"
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        return Run(name, stored["records"], stored["seconds_per_cluster"])
    started = time.perf_counter()
    records = make()
    seconds = (time.perf_counter() - started) / max(1, len(clusters))
    for record in records:
        record["system"] = name
    path.write_text(
        json.dumps({"records": records, "seconds_per_cluster": seconds}), encoding="utf-8"
    )
    return Run(name, records, seconds)


def peer_records(clusters: list[Cluster], run: Callable[[Cluster], str]) -> list[dict[str, object]]:
    return [{"id": cluster.id, "summary": run(cluster)} for cluster in clusters]


def rouge(records: list[dict[str, object]], clusters: list[Cluster], words: int) -> list[float]:
    scorer = RougeScorer()
    totals = [0.0, 0.0, 0.0]
    by_id = {str(r["id"]): str(r["summary"]) for r in records}
    for cluster in clusters:
        scores = scorer.score(by_id.get(cluster.id, ""), cluster.references, words)
        for i, metric in enumerate(("rouge1", "rouge2", "rougeLsum")):
            totals[i] += scores[metric]
    return [100 * value / max(1, len(clusters)) for value in totals]


def human_rouge(clusters: list[Cluster], words: int) -> list[float] | None:
    """Each reference against the other references of its cluster (needs two or more)."""
    scorer = RougeScorer()
    totals, count = [0.0, 0.0, 0.0], 0
    for cluster in clusters:
        refs = cluster.references
        if len(refs) < 2:
            continue
        for i, ref in enumerate(refs):
            scores = scorer.score(ref, refs[:i] + refs[i + 1 :], words)
            for j, metric in enumerate(("rouge1", "rouge2", "rougeLsum")):
                totals[j] += scores[metric]
            count += 1
    return [100 * value / count for value in totals] if count else None


def cached_json(cache: Path, key_parts: list[str], make: Callable[[], object]) -> object:
    """`make()`'s JSON answer, stored under a hash of `key_parts` so a re-run reuses it."""
    digest = hashlib.sha1("\0".join(key_parts).encode("utf-8")).hexdigest()[:20]
    path = cache / "tools" / f"{digest}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    answer = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(answer), encoding="utf-8")
    partial.replace(path)  # a run cut off mid-write leaves no half answer behind
    return answer


def eval_tool(cache: Path, script: str, arguments: list[str], inputs: list[Path]) -> dict:
    """One measuring tool's JSON answer, cached by the tool's source, its arguments and the
    bytes of every file it reads (`inputs`)."""
    key = [script, (TOOLS / script).read_text(encoding="utf-8"), *arguments]
    key += [path.read_text(encoding="utf-8") for path in inputs]

    def run() -> object:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "out.json"
            command = [EVAL_PYTHON, str(TOOLS / script), "score", *arguments, "--json", str(out)]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode:
                raise RuntimeError(f"{script} failed: {done.stderr[-2000:]}")
            return json.loads(out.read_text(encoding="utf-8"))

    return cached_json(cache, key, run)  # type: ignore[return-value]


def write_predictions(run: Run, folder: Path) -> Path:
    path = folder / f"{run.system}.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for record in run.records:
            line = {"id": record["id"], "system": run.system, "summary": record["summary"]}
            stream.write(json.dumps(line) + "\n")
    return path


def write_references(data: Path, clusters: list[Cluster], folder: Path) -> Path:
    """The set's clusters cut to the ones measured (--limit), for the tools' human rows."""
    wanted = {cluster.id for cluster in clusters}
    path = folder / "clusters.jsonl"
    with data.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as stream:
        for line in source:
            if line.strip() and json.loads(line)["id"] in wanted:
                stream.write(line)
    return path


def cosines(cache: Path, tasks: list[dict[str, object]]) -> list[dict[str, list[list[float]]]]:
    """For each task and source: [best all-MiniLM cosine, index of that source sentence] for
    each query sentence (benchmarks/eval_cosines.py in the measuring venv), cached."""
    worker = Path(__file__).resolve().parent / "eval_cosines.py"

    def run() -> object:
        with tempfile.TemporaryDirectory() as folder:
            request, answer = Path(folder) / "in.json", Path(folder) / "out.json"
            request.write_text(json.dumps({"tools": str(TOOLS), "tasks": tasks}), encoding="utf-8")
            done = subprocess.run(
                [EVAL_PYTHON, str(worker), str(request), str(answer)],
                capture_output=True,
                text=True,
            )
            if done.returncode:
                raise RuntimeError(f"eval_cosines.py failed: {done.stderr[-2000:]}")
            return json.loads(answer.read_text(encoding="utf-8"))

    key = ["cosines", worker.read_text(encoding="utf-8"), json.dumps(tasks, sort_keys=True)]
    return cached_json(cache, key, run)  # type: ignore[return-value]


@dataclasses.dataclass
class CitationCheck:
    """What the citation check found for one set."""

    restating: int  # (briefing sentence, source) pairs where the source restates the sentence
    cited: int  # of those, the pairs the briefing cites
    citations: int  # every (briefing sentence, cited source) pair
    weak: int  # cited pairs where no sentence of the source restates or near-copies it
    spans: int  # support spans checked
    wrong: int  # spans that are not the cited source's sentence (or a citation with no span)
    misses: list[dict[str, object]]  # each restating pair not cited, with its class
    weak_pairs: list[dict[str, object]]  # the weak citations, to check by hand
    # Restating pairs whose figures differ (both give figures, none in common: "more than
    # 500 members" / "more than 300 members"), and how many of those the briefing cites:
    # issue 10 counts such a pair as two facts, not one fact to cite.
    other_figures: int = 0
    other_figures_cited: int = 0

    @property
    def completeness(self) -> float:
        return 100 * self.cited / self.restating if self.restating else 100.0

    @property
    def same_figures(self) -> tuple[float, int]:
        """Completeness over the restating pairs whose figures do not differ, and their
        number."""
        pairs = self.restating - self.other_figures
        cited = self.cited - self.other_figures_cited
        return (100 * cited / pairs if pairs else 100.0), pairs


def shown_sentence(item: dict, sentences: dict[str, list[Sentence]]) -> Sentence:
    """The source sentence a briefing sentence shows (its support with the same text)."""
    for support in item["support"]:
        source = sentences.get(support["source"], [])
        index = support["sentence_index"]
        if 0 <= index < len(source) and source[index].text == item["text"]:
            return source[index]
    return Sentence("(briefing)", 0, 0, item["text"], 0, len(item["text"]))


def miss_class(
    shown: Sentence, said: Sentence, near: bool, finder: SupportFinder, cosine: float | None
) -> str:
    """Why attribution left a restating source out: the rule of summarize.attribute that
    refused the pair (`SupportFinder.why_not`), or the way the two are split."""
    from summarize.textutil import normalize_text

    mine, theirs = normalize_text(shown.text), normalize_text(said.text)
    if mine and theirs and (mine in theirs or theirs in mine):
        return "split (one sentence holds the other)"
    reason = finder.why_not(shown, said, cosine)
    if not reason:
        return "passes attribution's tests (not chosen: another telling of the source won?)"
    return f"near-duplicate, {reason}" if near else reason


def citation_check(
    records: list[dict[str, object]], clusters: list[Cluster], cache: Path
) -> CitationCheck:
    """Citation completeness, support spans and unsupported citations, checked against
    every sentence of every source (cleaned and split as the product does)."""
    from summarize.clean import clean
    from summarize.dedup import DEFAULT_THRESHOLD, jaccard, shingles
    from summarize.facts import digit_tokens as numbers  # the measure's own figure test, fixed
    from summarize.segment import segment
    from summarize.textutil import normalize_text

    by_id = {cluster.id: cluster for cluster in clusters}
    tasks, contexts = [], []
    spans = wrong = 0
    for record in records:
        cluster = by_id[str(record["id"])]
        cleaned = {a.id: clean(a) for a in cluster.articles if a.text.strip()}
        sentences = {aid: list(segment(c)) for aid, c in cleaned.items()}
        shown = record["sentences"]
        assert isinstance(shown, list)
        for item in shown:
            for support in item["support"]:
                spans += 1
                source = sentences.get(support["source"], [])
                index = support["sentence_index"]
                text = cleaned[support["source"]].text if support["source"] in cleaned else ""
                ok = (
                    support["source"] in item["citations"]
                    and 0 <= index < len(source)
                    and 0 <= support["start"] < support["end"] <= len(text)
                    and text[support["start"] : support["end"]] == source[index].text
                )
                wrong += not ok
            wrong += any(
                source not in {s["source"] for s in item["support"]} for source in item["citations"]
            )
        tasks.append(
            {
                "query": [item["text"] for item in shown],
                "sources": {aid: [s.text for s in ss] for aid, ss in sentences.items()},
            }
        )
        contexts.append((str(record["id"]), shown, sentences, record.get("semantic") == "on"))
    answers = cosines(cache, tasks)
    check = CitationCheck(0, 0, 0, 0, spans, wrong, [], [])
    for (cluster_id, shown, sentences, embedded), best in zip(contexts, answers, strict=True):
        # Attribution's own tests over the product's candidates, to say why a pair was missed.
        finder = SupportFinder(
            [s for ss in sentences.values() for s in ss if s.kind in ELIGIBLE_KINDS]
        )
        for position, item in enumerate(shown):
            keys = normalize_text(item["text"])
            told = shown_sentence(item, sentences)
            own, figures = shingles(item["text"]), numbers(item["text"])

            for aid, source in sentences.items():
                cosine, index = best[aid][position]
                near = [
                    s
                    for s in source
                    if normalize_text(s.text) == keys
                    or (
                        numbers(s.text) == figures
                        and jaccard(own, shingles(s.text)) >= DEFAULT_THRESHOLD
                    )
                ]
                restates = bool(near) or cosine >= RESTATES
                cited = aid in item["citations"]
                check.citations += cited
                if cited and not restates:
                    check.weak += 1
                    check.weak_pairs.append(
                        {
                            "cluster": cluster_id,
                            "source": aid,
                            "shown": item["text"],
                            "said": " / ".join(  # the support sentences cited
                                source[support["sentence_index"]].text
                                for support in item["support"]
                                if support["source"] == aid
                                and 0 <= support["sentence_index"] < len(source)
                            ),
                            "cosine": round(cosine, 3),
                            "class": "cited below the measure's threshold",
                        }
                    )
                if not restates:
                    continue
                check.restating += 1
                check.cited += cited
                said = near[0] if near else source[int(index)]
                theirs = numbers(said.text)
                if figures and theirs and not figures & theirs:
                    check.other_figures += 1
                    check.other_figures_cited += cited
                if not cited:
                    reason = miss_class(
                        told, said, bool(near), finder, cosine if embedded else None
                    )
                    check.misses.append(
                        {
                            "cluster": cluster_id,
                            "source": aid,
                            "shown": item["text"],
                            "said": said.text,
                            "cosine": round(cosine, 3),
                            "class": reason,
                        }
                    )
    return check


def set_table(name: str, args: argparse.Namespace, cache: Path) -> None:
    folder, words = SETS[name]
    data = SHARED / "eval" / folder / "clusters.jsonl"
    clusters = list(load_clusters(data, args.limit))
    limit = f"n{len(clusters)}"
    focused = "-focus" if args.focus_from_topic else ""
    runs = [
        produce(
            "summarize",
            f"{name}-{limit}-summarize-{args.semantic}{focused}-{source_hash()}",
            clusters,
            cache,
            lambda: summarize_records(
                clusters, words, ours_options(args.semantic), args.focus_from_topic
            ),
        ),
        produce(
            "lexrank",
            f"{name}-{limit}-lexrank",
            clusters,
            cache,
            lambda: peer_records(clusters, sumy_system("lexrank", words)),
        ),
        produce(
            "lead", f"{name}-{limit}-lead", clusters, cache, lambda: peer_records(clusters, lead)
        ),
    ]
    humans = "human refs"
    rows: dict[str, dict[str, str]] = {run.system: {} for run in runs}
    rows[humans] = {}
    for run in runs:
        r1, r2, rl = rouge(run.records, clusters, words)
        rows[run.system] |= {"R-1": f"{r1:.2f}", "R-2": f"{r2:.2f}", "R-Lsum": f"{rl:.2f}"}
        rows[run.system]["s/cluster"] = f"{run.seconds_per_cluster:.3f}"
    human_scores = human_rouge(clusters, words)
    if human_scores:
        rows[humans] |= dict(
            zip(("R-1", "R-2", "R-Lsum"), (f"{v:.2f}" for v in human_scores), strict=True)
        )
    classes: dict[str, int] = {}
    if not args.no_embeddings:
        with tempfile.TemporaryDirectory() as tmp:
            references = write_references(data, clusters, Path(tmp))
            size = ["--words", str(words)]
            # One tool call per system: each answer is cached on its own summaries.
            for run in runs:
                predictions = write_predictions(run, Path(tmp))
                answer = eval_tool(cache, "redundancy.py", [str(predictions), *size], [predictions])
                redundancy_row(rows[run.system], answer)
            answer = eval_tool(
                cache, "redundancy.py", ["--data", str(references), "--refs", *size], [references]
            )
            redundancy_row(rows[humans], answer)
            if name == "duc-main":
                pyramids = ["--pyramids", str(SHARED / "eval" / folder / "pyramids"), *size]
                measured = {cluster.id[:5] for cluster in clusters}
                for run in runs:
                    predictions = write_predictions(run, Path(tmp))
                    answer = eval_tool(
                        cache, "autopyramid.py", [*pyramids, str(predictions)], [predictions]
                    )
                    rows[run.system]["key facts"] = key_facts(answer, run.system, measured)
                answer = eval_tool(cache, "autopyramid.py", [*pyramids, "--refs-loo"], [])
                rows[humans]["key facts"] = key_facts(answer, "human-", measured)
        check = citation_check(runs[0].records, clusters, cache)
        rows["summarize"]["cite %"] = f"{check.completeness:.1f} of {check.restating}"
        share, pairs = check.same_figures
        rows["summarize"]["same figures"] = f"{share:.1f} of {pairs}"
        rows["summarize"]["weak cites"] = f"{check.weak}/{check.citations}"
        rows["summarize"]["spans ok"] = f"{check.spans - check.wrong}/{check.spans}"
        if args.misses:
            with open(args.misses, "a", encoding="utf-8") as stream:
                for miss in check.misses + check.weak_pairs:
                    stream.write(json.dumps({"set": name, **miss}) + "\n")
        for miss in check.misses:
            classes[str(miss["class"])] = classes.get(str(miss["class"]), 0) + 1
    semantic = {str(r.get("semantic")) for r in runs[0].records}
    asked = ", summarize with the topic as --focus, the peers generic" if focused else ""
    print(
        f"\n{folder}: {len(clusters)} clusters, {words} words "
        f"(semantic: {', '.join(semantic)}{asked})"
    )
    print(table(rows))
    if classes:
        print(
            "uncited restating pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items()))
        )


def redundancy_row(row: dict[str, str], answer: dict) -> None:
    (system,) = answer["systems"]
    row["restated %"] = f"{system['restated_pct']:.2f}"
    row["pairs"] = f"{system['pairs']:.2f}"


def key_facts(answer: dict, system: str, measured: set[str]) -> str:
    """Mean auto-pyramid score over the topics measured (the tool scores a topic missing
    from the predictions as 0, so a --limit run must not average over all of them)."""
    scores = [
        float(item["auto_pyramid"])
        for item in answer["summaries"]
        if item["system"].startswith(system) and item["topic"] in measured
    ]
    return f"{sum(scores) / len(scores):.3f}" if scores else "-"


def table(rows: dict[str, dict[str, str]]) -> str:
    columns = ["R-1", "R-2", "R-Lsum", "restated %", "pairs", "key facts", "cite %"]
    columns += ["same figures"]
    columns += ["weak cites", "spans ok", "s/cluster"]
    columns = [c for c in columns if any(c in values for values in rows.values())]
    lines = [["system", *columns]]
    lines += [[system, *(values.get(c, "-") for c in columns)] for system, values in rows.items()]
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    text = [
        "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(line))
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(text)


def seeds_checks(args: argparse.Namespace) -> None:
    from summarize.pipeline import brief
    from summarize.render import to_json

    briefing = brief(
        str(ROOT / "seeds"), dataclasses.replace(ours_options(args.semantic), words=200)
    )
    cited = {source for s in briefing.sentences for source in s.citations}
    dangling = [s.text for s in briefing.sentences if _DANGLING.match(s.text)]
    # What the reader sees: the anchored wording ("this week [16–22 Jan 2024]") if any.
    unanchored = [s.text for s in briefing.sentences if _RELATIVE_TIME.search(s.anchored or s.text)]
    print(f"\nseeds/ at 200 words (semantic: {briefing.stats.semantic}):")
    if not args.no_embeddings:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "seeds.json"
            path.write_text(to_json(briefing), encoding="utf-8")
            done = subprocess.run(
                [EVAL_PYTHON, str(TOOLS / "redundancy.py"), "brief", str(path)],
                capture_output=True,
                text=True,
            )
            found = re.search(r"restated words ([\d.]+)%.*?(\d+) restating pairs", done.stdout)
            if found:
                print(f"  restating pairs: {found.group(2)} ({found.group(1)}% of the words)")
            else:
                print(f"  redundancy.py failed: {done.stderr[-500:]}")
    print(f"  sources cited: {len(cited)} of {len(briefing.sources)}")
    several = sum(len(s.citations) > 1 for s in briefing.sentences)
    print(f"  sentences with several citations: {several}")
    print(f"  opening with a dangling reference: {len(dangling)}")
    for text in dangling:
        print(f"    - {text[:100]}")
    print(f"  relative time without a date: {len(unanchored)}")
    for text in unanchored:
        print(f"    - {text[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--limit", type=int, help="first N clusters of each set")
    parser.add_argument(
        "--semantic",
        default="default",
        choices=["default", "auto", "on", "off"],
        help="summarize's --semantic setting (default: the product's default)",
    )
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "summarize-quality"))
    parser.add_argument(
        "--no-embeddings", action="store_true", help="skip the measures that need the eval venv"
    )
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument(
        "--focus-from-topic",
        action="store_true",
        help="summarize briefs each cluster with its topic as the focus (DUC sets: the task's "
        "question); the peers stay generic",
    )
    parser.add_argument(
        "--misses", help="append each uncited restating pair and each weak citation (JSON lines)"
    )
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    source_hash()
    if not args.no_seeds:
        seeds_checks(args)
    for name in args.sets:
        set_table(name, args, cache)


if __name__ == "__main__":
    main()

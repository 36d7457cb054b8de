"""Batch: brief every article set under an input, incrementally and resumably.

A set is a sub-folder of article files, or one line `{"id", "articles": [...]}` of a JSON
Lines file. Each set gets its briefing(s) in the output folder and a row in
`manifest.sqlite` (content hash, options hash, engine, outputs, status, error, seconds).

Safety: outputs are written atomically first, then the manifest row is committed; a run
killed at any moment (SIGKILL included) leaves complete files only, and the next run
re-briefs exactly the sets without a committed row. Unchanged sets are skipped without
touching any file. One bad set is recorded as failed and the job goes on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from summarize.errors import InputError, SummarizeError
from summarize.ingest import walk_articles
from summarize.models import Article
from summarize.output import safe_name, write_atomic
from summarize.pipeline import BriefOptions, brief, brief_articles

MANIFEST = "manifest.sqlite"
FORMATS = ("md", "json", "both")


@dataclass(frozen=True)
class ArticleSet:
    name: str  # as found (folder name or the line's id)
    origin: str  # where it came from, for messages
    folder: str | None = None  # a set that is a folder of files
    records: tuple[dict[str, object], ...] = ()  # a set from a JSON Lines file
    content_hash: str = ""
    focus: str | None = None  # the line's "focus": this set's --focus


@dataclass(frozen=True)
class SetResult:
    name: str
    status: str  # ok | skipped | failed
    outputs: tuple[str, ...] = ()
    engine: str | None = None
    error: str | None = None
    seconds: float = 0.0
    content_hash: str = ""


@dataclass
class BatchReport:
    results: list[SetResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inputs that are not sets at all

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    def summary(self) -> str:
        return (
            f"{self.count('ok')} briefed, {self.count('skipped')} skipped (unchanged), "
            f"{self.count('failed')} failed"
        )


# ------------------------------------------------------------------------------ discovery


def discover_sets(input_path: str | os.PathLike[str]) -> tuple[list[ArticleSet], list[str]]:
    """The article sets under `input_path`, sorted by name, with their content hashes."""
    root = Path(input_path)
    sets: list[ArticleSet] = []
    problems: list[str] = []
    if root.is_file():
        sets.extend(_jsonl_sets(root, problems))
    elif root.is_dir():
        for child in sorted(root.iterdir()):
            if child.name.startswith(".") or (child.is_symlink() and child.is_dir()):
                continue
            if child.is_dir():
                sets.append(_folder_set(child))
            elif child.suffix.lower() in (".jsonl", ".ndjson"):
                sets.extend(_jsonl_sets(child, problems))
    else:
        raise InputError(str(root), "no such file or folder")
    unique: dict[str, ArticleSet] = {}
    for item in sets:
        if item.name in unique:
            problems.append(
                f"{item.origin}: set name '{item.name}' is already used by "
                f"{unique[item.name].origin}; skipped"
            )
        else:
            unique[item.name] = item
    sets = list(unique.values())
    if not sets and not problems:
        raise InputError(
            str(root), "no article sets found", "expected sub-folders of articles or .jsonl files"
        )
    return sets, problems


def _folder_set(folder: Path) -> ArticleSet:
    digest = hashlib.sha256()
    for file in sorted(walk_articles(folder)):
        digest.update(str(file.relative_to(folder)).encode("utf-8") + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError as error:  # hashed as unreadable; briefing will report it
            digest.update(f"unreadable:{error.errno}".encode())
        digest.update(b"\0")
    return ArticleSet(folder.name, str(folder), folder=str(folder), content_hash=digest.hexdigest())


def _jsonl_sets(path: Path, problems: list[str]) -> Iterator[ArticleSet]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: cannot read ({error})")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: malformed JSON line ({error.msg})")
            continue
        articles = record.get("articles") if isinstance(record, dict) else None
        if not isinstance(articles, list):
            problems.append(f"{where}: expected an object with an 'articles' list")
            continue
        name = str(record.get("id") or f"{path.stem}-{number}")
        focus = record.get("focus") if isinstance(record.get("focus"), str) else None
        canonical = json.dumps([articles, focus], sort_keys=True, ensure_ascii=False)
        yield ArticleSet(
            name,
            where,
            records=tuple(a for a in articles if isinstance(a, dict)),
            content_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
            focus=focus or None,
        )


def output_names(sets: list[ArticleSet]) -> dict[str, str]:
    """Safe, distinct file names: sets whose names differ only in unsafe characters get
    a short hash of their real name, so they never overwrite each other."""
    base = {item.name: safe_name(item.name, fallback="set") for item in sets}
    counts: dict[str, int] = {}
    for value in base.values():
        counts[value.lower()] = counts.get(value.lower(), 0) + 1
    return {
        name: value
        if counts[value.lower()] == 1
        else f"{value}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
        for name, value in base.items()
    }


# ------------------------------------------------------------------------------- manifest


class Manifest:
    """One SQLite row per set; committed only after the set's outputs are on disk."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sets (name TEXT PRIMARY KEY, content_hash TEXT,"
            " options_hash TEXT, engine TEXT, outputs TEXT, status TEXT, error TEXT,"
            " seconds REAL)"
        )
        self._db.commit()

    def lookup(self, name: str) -> tuple[str, str, str, list[str]] | None:
        row = self._db.execute(
            "SELECT content_hash, options_hash, status, outputs FROM sets WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], json.loads(row[3] or "[]"))

    def record(self, result: SetResult, options_hash: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO sets VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.name,
                    result.content_hash,
                    options_hash,
                    result.engine,
                    json.dumps(list(result.outputs)),
                    result.status,
                    result.error,
                    round(result.seconds, 3),
                ),
            )

    def close(self) -> None:
        self._db.close()


# ------------------------------------------------------------------------------ the work


@dataclass(frozen=True)
class SetTask:
    article_set: ArticleSet
    output_stem: str
    outdir: str
    formats: tuple[str, ...]
    options: BriefOptions


def brief_set(task: SetTask) -> SetResult:
    """Brief one set and write its outputs atomically. Never raises: failures are results."""
    from summarize.render import render

    started = time.perf_counter()
    item = task.article_set
    options = task.options
    if item.focus:
        options = dataclasses.replace(options, focus=item.focus)
    try:
        if item.folder is not None:
            briefing = brief([item.folder], options)
        else:
            briefing = brief_articles(_records_to_articles(item), options)
        if not briefing.sentences:
            raise InputError(item.origin, "no usable sentence in this set")
        outputs = []
        for fmt in task.formats:
            target = Path(task.outdir) / f"{task.output_stem}.{fmt}"
            write_atomic(target, render(briefing, fmt))
            outputs.append(target.name)
        return SetResult(
            item.name,
            "ok",
            tuple(outputs),
            briefing.engine,
            seconds=time.perf_counter() - started,
            content_hash=item.content_hash,
        )
    except (SummarizeError, OSError, ValueError) as error:
        return SetResult(
            item.name,
            "failed",
            error=str(error),
            seconds=time.perf_counter() - started,
            content_hash=item.content_hash,
        )


def _records_to_articles(item: ArticleSet) -> list[Article]:
    articles = []
    for index, record in enumerate(item.records, start=1):
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        fields = {
            key: str(record[key])
            for key in ("title", "source", "url", "published")
            if isinstance(record.get(key), (str, int, float))
        }
        articles.append(
            Article(
                id=str(record.get("id") or f"{item.name}-{index}"),
                text=text,
                path=f"{item.origin}#{index}",
                **fields,
            )
        )
    if not articles:
        raise InputError(item.origin, "set has no article with text")
    return articles


def options_hash(options: BriefOptions, formats: tuple[str, ...]) -> str:
    from summarize import __version__

    payload = json.dumps(
        {"options": dataclasses.asdict(options), "formats": formats, "version": __version__},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def run_batch(
    input_path: str | os.PathLike[str],
    outdir: str | os.PathLike[str] = "outputs",
    options: BriefOptions | None = None,
    formats: str = "md",
    workers: int = 1,
    force: bool = False,
    executor: str = "local",
    ray_address: str | None = None,
    progress: Callable[[SetResult, int, int], None] | None = None,
) -> BatchReport:
    """Brief every new or changed set under `input_path` into `outdir`."""
    if formats not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {formats!r}")
    options = options or BriefOptions()
    chosen = ("md", "json") if formats == "both" else (formats,)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".*.tmp"):  # left by a run killed mid-write; never an output
        stale.unlink(missing_ok=True)
    sets, problems = discover_sets(input_path)
    report = BatchReport(problems=problems)
    names = output_names(sets)
    digest = options_hash(options, chosen)
    manifest = Manifest(out / MANIFEST)
    try:
        tasks: list[SetTask] = []
        for item in sets:
            previous = manifest.lookup(item.name)
            unchanged = (
                previous is not None
                and previous[:3] == (item.content_hash, digest, "ok")
                and all((out / name).is_file() for name in previous[3])
            )
            if unchanged and not force:
                report.results.append(
                    SetResult(item.name, "skipped", content_hash=item.content_hash)
                )
                continue
            tasks.append(SetTask(item, names[item.name], str(out), chosen, options))
        total = len(sets)
        for done, result in enumerate(report.results, start=1):
            if progress:
                progress(result, done, total)
        for result in _execute(tasks, workers, executor, ray_address):
            manifest.record(result, digest)
            report.results.append(result)
            if progress:
                progress(result, len(report.results), total)
    finally:
        manifest.close()
    order = {item.name: position for position, item in enumerate(sets)}
    report.results.sort(key=lambda result: order.get(result.name, 0))
    return report


def _execute(
    tasks: list[SetTask], workers: int, executor: str, ray_address: str | None
) -> Iterator[SetResult]:
    if not tasks:
        return
    if executor == "ray":
        from summarize.distributed import run_on_ray

        yield from run_on_ray(brief_set, tasks, ray_address)
        return
    if executor != "local":
        raise ValueError(f"executor must be 'local' or 'ray', got {executor!r}")
    if workers <= 1:
        for task in tasks:
            yield brief_set(task)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(brief_set, task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()


__all__ = ["BatchReport", "SetResult", "discover_sets", "run_batch"]

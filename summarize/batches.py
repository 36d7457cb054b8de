"""Batch: brief every article set under an input, incrementally and resumably.

A set is a sub-folder of article files, or one line `{"id", "articles": [...]}` of a JSON
Lines file. Each set gets its briefing(s) in the output folder and a row in
`manifest.sqlite` (content hash, options hash, engine, outputs, status, error, seconds).

Stories that grow: the manifest also keeps which articles (file or record, with its
content hash) a set's last successful run saw, whatever its options (`--no-updates`,
`--force`, another format) were. A set that purely grew since that run (every article it
had is still there, unchanged, and new ones came) gets, next to its full briefing,
`<set>.update.<fmt>`: an update briefing over the new articles only, with the articles
that run saw as history. A set whose old articles were edited or removed gets a full
briefing only (the reader's earlier briefing no longer describes those articles), and an
update file of an earlier growth is removed as stale. A set re-briefed with exactly what
that run saw (forced, re-optioned) gets no update either and keeps the update of its last
growth as it is; `--no-updates` removes it.

Safety: outputs are written atomically first, then the manifest row is committed; a run
killed at any moment (SIGKILL included) leaves complete files only, and the next run
re-briefs exactly the sets without a committed row. Unchanged sets are skipped without
touching any file. Any failure while briefing one set is that set's failure, recorded
with its reason, and the job goes on. Workers exit when the main process dies; SIGTERM
and Ctrl-C stop the job within seconds, keeping every finished set.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from summarize.errors import InputError, SummarizeError
from summarize.history import history_from_articles
from summarize.ingest import (
    JSON_LINES_SUFFIXES,
    JSON_SUFFIXES,
    Limits,
    json_lines,
    open_regular,
    read_articles,
    records_to_articles,
    walk_articles,
)
from summarize.models import Briefing
from summarize.output import (
    MANIFEST,
    UPDATE_SUFFIX,
    briefing_text,
    process_alive,
    refuse_input_overwrite,
    remove_stale_temps,
    unique_names,
    write_atomic,
)
from summarize.patterns import compiled
from summarize.pipeline import BriefOptions, brief, brief_articles, note_skipped_inputs
from summarize.prepare import reusing_preparation
from summarize.sanitize import path_text, single_line

FORMATS = ("md", "json", "html", "both", "all")
# PRAGMA user_version of the manifest; a newer one is refused, an older one migrated in place.
# 1: the sets table. 2: + the seen table (what each set's last successful run saw).
SCHEMA_VERSION = 2
LOCK = ".summarize-batch.lock"
_CHUNK = 2**20
_RECORD_IN_FILE = compiled(r"(\[\d+\]|:\d+)$")  # an article's record in its file
_RECORD_IN_LINE = compiled(r"#(\d+)$")  # an article's record in its batch line
_GRACE_SECONDS = 1.0  # on SIGTERM/Ctrl-C, for results already computed by workers


class BatchInterrupted(SummarizeError):
    """SIGTERM or Ctrl-C: the job stopped; every set finished before it is kept."""

    def __init__(self, report: BatchReport) -> None:
        self.report = report
        super().__init__(
            f"interrupted: {report.count('ok')} set(s) briefed and kept; "
            "run the same command again to finish"
        )


@dataclass(frozen=True)
class ArticleSet:
    name: str  # as found (folder name or the line's id), made printable
    origin: str  # where it came from, for messages
    folder: str | None = None  # a set that is a folder of files
    line: str | None = None  # a set from a JSON Lines file: its line, parsed in the worker
    content_hash: str = ""
    focus: str | None = None  # the line's "focus": this set's --focus
    # What the set holds: (key, content hash) per article file (its path in the folder)
    # or per record of the line (its id, else its content), in reading order.
    members: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SetResult:
    name: str
    status: str  # ok | skipped | failed
    outputs: tuple[str, ...] = ()
    engine: str | None = None
    error: str | None = None
    seconds: float = 0.0
    content_hash: str = ""
    warnings: tuple[str, ...] = ()  # inputs of the set skipped, limits hit
    updated: bool = False  # an update briefing over the set's new articles was written
    seen: tuple[tuple[str, str], ...] = ()  # the set's members this run briefed (when ok)


@dataclass
class BatchReport:
    results: list[SetResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inputs that are not sets at all
    notes: list[str] = field(default_factory=list)  # e.g. a corrupt manifest moved aside

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    def summary(self) -> str:
        updates = sum(1 for result in self.results if result.updated)
        with_updates = f" ({updates} with an update)" if updates else ""
        return (
            f"{self.count('ok')} briefed{with_updates}, {self.count('skipped')} skipped "
            f"(unchanged), {self.count('failed')} failed"
        )


# ------------------------------------------------------------------------------ discovery


def discover_sets(
    input_path: str | os.PathLike[str],
    limits: Limits | None = None,
    outdir: str | os.PathLike[str] | None = None,
) -> tuple[list[ArticleSet], list[str]]:
    """The article sets under `input_path`, sorted by name, with their content hashes.

    Only regular files are read; a .jsonl symlink pointing outside the input, the output
    folder and any batch output folder (it holds a manifest) are not sets.
    """
    limits = limits or Limits()
    root = Path(input_path)
    sets: list[ArticleSet] = []
    problems: list[str] = []
    skip = {os.path.realpath(outdir)} if outdir is not None else set()
    if root.is_dir():
        try:
            children = sorted(os.scandir(root), key=lambda entry: entry.name)
        except OSError as error:
            raise InputError(str(root), f"cannot read folder ({error.strerror})") from None
        real_root = Path(os.path.realpath(root))
        for entry in children:
            child = Path(entry.path)
            if entry.name.startswith(".") or os.path.realpath(child) in skip:
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not (child / MANIFEST).exists():
                        sets.append(_folder_set(child, limits))
                elif entry.name.lower().endswith(tuple(JSON_LINES_SUFFIXES)):
                    if entry.is_symlink() and not Path(os.path.realpath(child)).is_relative_to(
                        real_root
                    ):
                        problems.append(
                            f"{path_text(child)}: symbolic link to a file outside the input "
                            "folder; not read"
                        )
                        continue
                    sets.extend(_jsonl_sets(child, problems, limits))
            except InputError as error:
                problems.append(str(error))
            except OSError as error:
                problems.append(f"{path_text(child)}: cannot read ({error.strerror or error})")
            except Exception as error:  # one unusable input is never the end of the job
                problems.append(f"{path_text(child)}: cannot be read ({_describe(error)})")
    elif root.exists():
        try:
            sets.extend(_jsonl_sets(root, problems, limits))
        except InputError as error:
            problems.append(str(error))
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


def _folder_set(folder: Path, limits: Limits) -> ArticleSet:
    """A folder set, hashed file by file in chunks (never a whole file in memory)."""
    digest = hashlib.sha256()
    problems: list[InputError] = []
    members: list[tuple[str, str]] = []
    for file in walk_articles(folder, problems):
        digest.update(os.fsencode(file.relative_to(folder)) + b"\0")
        own = hashlib.sha256()  # this file's hash: what the seen table keeps
        json_file = file.suffix.lower() in JSON_SUFFIXES
        limit = limits.max_file_bytes if json_file else 4 * limits.max_article_chars
        try:
            with open_regular(file, limit) as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
                    own.update(chunk)
        except InputError as error:  # hashed as such; briefing the set reports it
            digest.update(f"unusable:{error.reason}".encode())
            own.update(f"unusable:{error.reason}".encode())
        digest.update(b"\0")
        members.append((_member_key(folder, file), own.hexdigest()))
    for problem in problems:  # an unreadable sub-folder changes the hash when it recovers
        digest.update(f"problem:{problem}".encode("utf-8", "replace"))
    name = path_text(folder.name)
    return ArticleSet(
        name,
        path_text(folder),
        folder=str(folder),
        content_hash=digest.hexdigest(),
        members=tuple(members),
    )


def _member_key(folder: Path, file: Path) -> str:
    """A file's key in its folder set: its path inside the folder, as printable text."""
    return path_text(file.relative_to(folder).as_posix())


def _record_members(records: list[object]) -> tuple[tuple[str, str], ...]:
    """A line's records as (key, hash): the key is the record's id, or its content when it
    has none (an edited record without an id is then one removed and one added)."""
    members: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for record in records:
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
        content = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
        raw_id = record.get("id") if isinstance(record, dict) else None
        usable = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and raw_id != ""
        key = f"id:{json.dumps(raw_id, ensure_ascii=True)}" if usable else f"content:{content}"
        count = seen[key] = seen.get(key, 0) + 1
        members.append((key if count == 1 else f"{key}#{count}", content))
    return tuple(members)


def _jsonl_sets(path: Path, problems: list[str], limits: Limits) -> Iterator[ArticleSet]:
    errors: list[InputError] = []
    with open_regular(path, limits.max_file_bytes) as stream:
        try:
            for number, where, record in json_lines(
                stream, str(path), limits.max_file_bytes, errors
            ):
                articles = record.get("articles") if isinstance(record, dict) else None
                if not isinstance(record, dict) or not isinstance(articles, list):
                    errors.append(InputError(where, "expected an object with an 'articles' list"))
                    continue
                raw_id = record.get("id")
                name = single_line(raw_id) if raw_id not in (None, "") else None
                focus = record.get("focus") if isinstance(record.get("focus"), str) else None
                # A set's own focus is part of its content (absent: the same hash as before).
                hashed = articles if not focus else [articles, focus]
                canonical = json.dumps(hashed, sort_keys=True, ensure_ascii=False)
                encoded = canonical.encode("utf-8", "surrogatepass")
                yield ArticleSet(
                    name or f"{path_text(path.stem)}-{number}",
                    path_text(where),
                    line=json.dumps(record, ensure_ascii=True),
                    content_hash=hashlib.sha256(encoded).hexdigest(),
                    focus=focus or None,
                    members=_record_members(articles),
                )
        finally:
            problems.extend(str(error) for error in errors)


def output_names(sets: list[ArticleSet]) -> dict[str, str]:
    """Safe, distinct file names, one per set, whatever the set names. A stem ending in
    ".update" is renamed as a collision is: `x.update.md` is the update briefing of set `x`."""
    return unique_names((item.name for item in sets), fallback="set", reserved_suffix=UPDATE_SUFFIX)


# ------------------------------------------------------------------------------- manifest


class Manifest:
    """One SQLite row per set; committed only after the set's outputs are on disk.

    A manifest that is not a readable database of this schema is moved aside (kept, and
    named in `note`) and a new one started; one from a newer version is refused, one from
    an older version is migrated in place (its rows kept).

    The seen table keeps, per set, the articles (key, content hash) of its last successful
    run: what the next run's update is measured against. Only that run is kept (an older
    one would make articles the last run already saw "new" again); its run number goes on
    growing, so a reader of the same schema that orders by it finds the same last run.
    """

    _COLUMNS = ("name", "content_hash", "options_hash", "engine", "outputs", "status", "error")
    _SEEN_COLUMNS = ("name", "run", "key", "hash")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.note: str | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and _is_busy(error):
                raise self._fault(error) from None
            aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                os.replace(path, aside)
            except OSError as move_error:
                raise self._fault(move_error) from None
            self.note = (
                f"{path_text(path)} was unreadable ({error}); kept as {path_text(aside)}, "
                "started a new manifest (sets are briefed again)"
            )
            try:
                self._db = self._open()
            except (sqlite3.Error, OSError) as again:
                raise self._fault(again) from None
        except OSError as error:
            raise self._fault(error) from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise SummarizeError(
                    f"{path_text(self.path)} was written by a newer summarize (manifest "
                    f"schema {version}, this one reads {SCHEMA_VERSION}); upgrade summarize "
                    "or use another output folder"
                )
            db.execute(
                "CREATE TABLE IF NOT EXISTS sets (name TEXT PRIMARY KEY, content_hash TEXT,"
                " options_hash TEXT, engine TEXT, outputs TEXT, status TEXT, error TEXT,"
                " seconds REAL)"
            )
            # Schema 2 (from 1: the table is added, every row kept).
            db.execute(
                "CREATE TABLE IF NOT EXISTS seen (name TEXT NOT NULL, run INTEGER NOT NULL,"
                " key TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (name, run, key))"
            )
            columns = [row[1] for row in db.execute("PRAGMA table_info(sets)")]
            if tuple(columns[: len(self._COLUMNS)]) != self._COLUMNS:
                raise sqlite3.DatabaseError("the sets table has unexpected columns")
            columns = [row[1] for row in db.execute("PRAGMA table_info(seen)")]
            if tuple(columns) != self._SEEN_COLUMNS:
                raise sqlite3.DatabaseError("the seen table has unexpected columns")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database integrity check failed")
            if version < SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _fault(self, error: BaseException) -> SummarizeError:
        return SummarizeError(
            f"cannot use the manifest {path_text(self.path)} ({error}); check that the "
            "output folder is writable and has free space, or choose another -o"
        )

    def lookup(self, name: str) -> tuple[str, str, str, list[str]] | None:
        try:
            row = self._db.execute(
                "SELECT content_hash, options_hash, status, outputs FROM sets WHERE name = ?",
                (name,),
            ).fetchone()
            outputs = json.loads(row[3] or "[]") if row is not None else []
        except (sqlite3.Error, ValueError):
            return None  # an unreadable row: the set is briefed again
        if row is None or not isinstance(outputs, list):
            return None
        return (row[0], row[1], row[2], [str(item) for item in outputs])

    def last_seen(self, name: str) -> dict[str, str] | None:
        """The articles (key -> hash) the set's last successful run saw; None if unknown.

        A manifest of an earlier version may still hold the run before it too: ignored."""
        try:
            rows = self._db.execute(
                "SELECT key, hash FROM seen WHERE name = ? AND run = "
                "(SELECT max(run) FROM seen WHERE name = ?)",
                (name, name),
            ).fetchall()
        except sqlite3.Error:
            return None  # unreadable: no update this time, the full briefing as always
        return {str(key): str(content) for key, content in rows} or None

    def remember(self, name: str, members: tuple[tuple[str, str], ...]) -> None:
        """Keep `members` as what the set's last successful run saw (a set skipped as
        unchanged whose manifest predates the seen table gets its articles this way)."""
        try:
            with self._db:
                self._remember(name, members)
        except sqlite3.Error as error:
            raise self._fault(error) from None

    def _remember(self, name: str, members: tuple[tuple[str, str], ...]) -> None:
        rows = self._db.execute(
            "SELECT run, key, hash FROM seen WHERE name = ? ORDER BY run", (name,)
        ).fetchall()
        latest = max((int(row[0]) for row in rows), default=0)
        if latest and {k: h for run, k, h in rows if run == latest} == dict(members):
            # The same articles as last time; an earlier version also kept the run before.
            self._db.execute("DELETE FROM seen WHERE name = ? AND run < ?", (name, latest))
            return
        self._db.execute("DELETE FROM seen WHERE name = ?", (name,))
        self._db.executemany(
            "INSERT OR REPLACE INTO seen VALUES (?, ?, ?, ?)",
            [(name, latest + 1, key, content) for key, content in members],
        )

    def record(self, result: SetResult, options_hash: str) -> None:
        """The set's row, and for a successful run what it saw, in one transaction."""
        try:
            with self._db:
                if result.status == "ok":
                    self._remember(result.name, result.seen)
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
        except sqlite3.Error as error:
            raise self._fault(error) from None

    def close(self) -> None:
        self._db.close()


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error)
    return "locked" in text or "unable to open" in text or "readonly" in text


# ------------------------------------------------------------------------------ the work


@dataclass(frozen=True)
class UpdatePlan:
    """What the set gained: the keys of its new articles, and of those already read."""

    new: tuple[str, ...]
    history: tuple[str, ...]


def plan_update(
    members: tuple[tuple[str, str], ...], earlier: dict[str, str] | None
) -> UpdatePlan | None:
    """An update when the set purely grew since its last successful run (which saw
    `earlier`): the articles that run saw are the history, the others are new. None when
    nothing is new (a forced or re-optioned run re-briefs what that run saw), and when an
    article was edited or removed: the earlier briefing no longer describes these articles."""
    current = dict(members)
    if not earlier or len(current) <= len(earlier):
        return None
    if any(current.get(key) != content for key, content in earlier.items()):
        return None
    return UpdatePlan(
        new=tuple(key for key, _ in members if key not in earlier),
        history=tuple(key for key, _ in members if key in earlier),
    )


@dataclass(frozen=True)
class SetTask:
    article_set: ArticleSet
    output_stem: str
    outdir: str
    formats: tuple[str, ...]
    options: BriefOptions
    input_root: str = ""
    update: UpdatePlan | None = None
    # The update files the manifest lists for this set: removed when not written again,
    # unless `keep_updates` (the set holds exactly what its last run saw).
    previous_updates: tuple[str, ...] = ()
    keep_updates: bool = False


def brief_set(task: SetTask) -> SetResult:
    """Brief one set and write its outputs atomically. Never raises: any failure (a
    hostile input that breaks a parser included) is that set's failed result.

    A grown set's update briefing re-uses the full briefing's cleaning and splitting of
    every article (history and new ones): it costs only the selection over the new ones."""
    with reusing_preparation():
        return _brief_set(task)


def _brief_set(task: SetTask) -> SetResult:
    started = time.perf_counter()
    item = task.article_set
    options = task.options
    if item.focus:
        options = dataclasses.replace(options, focus=item.focus)
    try:
        if item.folder is not None:
            briefing = brief([item.folder], options)
        else:
            briefing = _brief_line(item, options)
        if not briefing.sentences:
            raise InputError(item.origin, "no usable sentence in this set")
        outputs = _write(task, task.output_stem, briefing)
        warnings = list(briefing.stats.skipped_inputs or ())
        try:
            update = _brief_update(item, task.update, options) if task.update else None
        except Exception as error:  # the set fails (the next run retries), with the reason
            reason = str(error) if isinstance(error, SummarizeError) else _describe(error)
            raise SummarizeError(
                f"the update briefing over the new articles failed ({reason}); "
                "run again, or pass --no-updates"
            ) from error
        if isinstance(update, str):
            warnings.append(update)
        elif update is not None:
            outputs += _write(task, f"{task.output_stem}{UPDATE_SUFFIX}", update)
        # An update of an earlier growth is stale once the set grew again: removed before
        # the row is committed (a kill in between re-briefs the set and decides the same).
        # With nothing new it is still the set's latest update: kept, and listed again.
        for name in task.previous_updates:
            if name in outputs or not name.startswith(f"{task.output_stem}{UPDATE_SUFFIX}."):
                continue
            kept = Path(task.outdir, name)
            if not task.keep_updates:
                kept.unlink(missing_ok=True)
            elif kept.is_file():
                outputs.append(name)
        return SetResult(
            item.name,
            "ok",
            tuple(outputs),
            briefing.engine,
            seconds=time.perf_counter() - started,
            content_hash=item.content_hash,
            warnings=tuple(warnings),
            updated=update is not None and not isinstance(update, str),
            seen=item.members,
        )
    except Exception as error:
        message = str(error) if isinstance(error, SummarizeError) else _describe(error)
        return SetResult(
            item.name,
            "failed",
            error=single_line(message) or type(error).__name__,
            seconds=time.perf_counter() - started,
            content_hash=item.content_hash,
        )


def _write(task: SetTask, stem: str, briefing: Briefing) -> list[str]:
    """Write one briefing in every chosen format, each file atomically."""
    outputs = []
    for fmt in task.formats:
        target = Path(task.outdir) / f"{stem}.{fmt}"
        if task.input_root:
            refuse_input_overwrite(target, [Path(task.input_root)])
        write_atomic(target, briefing_text(briefing, fmt))
        outputs.append(target.name)
    return outputs


def _brief_update(item: ArticleSet, plan: UpdatePlan, options: BriefOptions) -> Briefing | str:
    """The update briefing over the set's new articles, the earlier ones as history (read
    as they are now; their hashes are those of the run compared with). A reason string
    saying what was skipped when there is nothing to brief: the set stays briefed."""
    if item.folder is not None:
        read = read_articles([item.folder], options.limits)
        folder = Path(item.folder)
        files = {path_text(file): _member_key(folder, file) for file in walk_articles(folder)}
        # A file's articles carry its path; a JSON file's records add [n], JSON Lines :n.
        article_keys = [
            files.get(article.path) or files.get(_RECORD_IN_FILE.sub("", article.path))
            for article in read.articles
        ]
    else:
        records = json.loads(item.line or "{}").get("articles") or []
        read = records_to_articles(records, item.origin, item.name, options.limits)
        record_keys = [key for key, _ in item.members]
        positions = [_RECORD_IN_LINE.search(article.path) for article in read.articles]
        article_keys = [
            record_keys[int(found.group(1)) - 1] if found else None for found in positions
        ]
    new_keys, old_keys = set(plan.new), set(plan.history)
    new = [a for a, key in zip(read.articles, article_keys, strict=True) if key in new_keys]
    old = [a for a, key in zip(read.articles, article_keys, strict=True) if key in old_keys]
    if not new:
        return "the update briefing (none of the new articles is usable)"
    if not old:
        return "the update briefing (none of the earlier articles is usable as history)"
    history = history_from_articles(old)
    described = {
        "path": item.origin,
        "kind": "previous batch run",
        "title": "the previous run of this set",
        "articles": list(plan.history),
        "sentences": len(history.sentences),
    }
    history = dataclasses.replace(history, inputs=(described,))
    return brief_articles(new, dataclasses.replace(options, history=history, since=()))


def _describe(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "input nested too deeply"
    if isinstance(error, OSError) and error.strerror:
        where = f"{path_text(error.filename)}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return f"{type(error).__name__}: {error}"


def _brief_line(item: ArticleSet, options: BriefOptions):  # type: ignore[no-untyped-def]
    """A JSON Lines set: its records by the same rule and limits as `summarize brief`."""
    record = json.loads(item.line or "{}")
    read = records_to_articles(record.get("articles") or [], item.origin, item.name, options.limits)
    if not read.articles:
        reasons = "; ".join(error.reason for error in read.skipped[:3])
        raise InputError(item.origin, f"set has no usable article ({reasons or 'empty'})")
    return note_skipped_inputs(brief_articles(read.articles, options), read.skipped)


def options_hash(options: BriefOptions, formats: tuple[str, ...]) -> str:
    """Resolved options (model from $SUMMARIZE_MODEL, prompt contents) + formats + version:
    a changed model or edited prompt makes every set stale."""
    from summarize import __version__

    payload = json.dumps(
        {"options": options.fingerprint(), "formats": formats, "version": __version__},
        sort_keys=True,
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
    updates: bool = True,
) -> BatchReport:
    """Brief every new or changed set under `input_path` into `outdir`; with `updates`, a
    set that gained articles since its last successful run also gets `<set>.update.<fmt>`
    over the new articles only (`--no-updates` turns it off)."""
    if formats not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {formats!r}")
    options = (options or BriefOptions()).resolved()
    # "both" predates the HTML page; it and "all" write every format.
    chosen = {"both": ("md", "json", "html"), "all": ("md", "json", "html")}.get(
        formats, (formats,)
    )
    out = Path(outdir)
    _prepare_outdir(out)
    with _exclusive(out):
        remove_stale_temps(out)  # left by killed runs; a live writer's files are kept
        sets, problems = discover_sets(input_path, options.limits, out)
        report = BatchReport(problems=problems)
        names = output_names(sets)
        digest = options_hash(options, chosen)
        manifest = Manifest(out / MANIFEST)
        if manifest.note:
            report.notes.append(manifest.note)
        root = str(input_path) if Path(input_path).is_dir() else ""
        recorded: dict[str, list[str]] = {}  # each set's outputs as its manifest row lists
        try:
            with _Stop() as stop:
                tasks: list[SetTask] = []
                for item in sets:
                    previous = manifest.lookup(item.name)
                    recorded[item.name] = previous[3] if previous else []
                    unchanged = (
                        previous is not None
                        and tuple(previous[:3]) == (item.content_hash, digest, "ok")
                        and all((out / name).is_file() for name in previous[3])
                    )
                    last_seen = manifest.last_seen(item.name)
                    if unchanged and not force:
                        if last_seen is None:  # a manifest from before the seen table
                            manifest.remember(item.name, item.members)
                        report.results.append(
                            SetResult(item.name, "skipped", content_hash=item.content_hash)
                        )
                        continue
                    stem = names[item.name]
                    previous_updates = tuple(
                        name
                        for name in (previous[3] if previous else ())
                        if name.startswith(f"{stem}{UPDATE_SUFFIX}.")
                    )
                    plan = plan_update(item.members, last_seen) if updates else None
                    # The set holds what its last run saw (a forced or re-optioned run): the
                    # update of its last growth still describes it and stays. An article
                    # edited or removed makes that update stale: removed, as when it grew.
                    same = last_seen is not None and last_seen == dict(item.members)
                    tasks.append(
                        SetTask(
                            item,
                            stem,
                            str(out),
                            chosen,
                            options,
                            root,
                            plan,
                            previous_updates=previous_updates,
                            keep_updates=updates and same,
                        )
                    )
                total = len(sets)
                for done, result in enumerate(report.results, start=1):
                    if progress:
                        progress(result, done, total)
                results = _execute(tasks, workers, executor, ray_address, stop)
                try:
                    for result in results:
                        with stop.recording():
                            manifest.record(result, digest)
                            report.results.append(result)
                        if progress:
                            progress(result, len(report.results), total)
                finally:
                    results.close()  # an interrupted pool is stopped here, not at exit
        except KeyboardInterrupt:
            raise BatchInterrupted(report) from None
        finally:
            manifest.close()
        stale = _stale_outputs(report.results, recorded, out)
        if stale:
            report.notes.append(_stale_note(stale, chosen))
        # The index lists every set in the manifest, after its rows commit. A run without
        # html still refreshes an index an earlier run wrote: it must not go on linking
        # pages this run made stale.
        from summarize.render_html import refresh_index, write_index

        if "html" in chosen:
            write_index(out)
        else:
            refresh_index(out)
    order = {item.name: position for position, item in enumerate(sets)}
    report.results.sort(key=lambda result: order.get(result.name, 0))
    return report


def _stale_outputs(
    results: list[SetResult], recorded: dict[str, list[str]], out: Path
) -> list[str]:
    """Files the manifest listed for a set that this run re-briefed but did not write
    again (another format, a new file name), still on disk: out of date next to the set's
    fresh briefing. Reported, never deleted: a reader may have kept or edited them."""
    return sorted(
        name
        for result in results
        if result.status == "ok"
        for name in recorded.get(result.name, ())
        if name not in result.outputs and (out / name).is_file()
    )


_STALE_SHOWN = 6  # file names a note lists before counting the rest


def _stale_note(stale: list[str], chosen: tuple[str, ...]) -> str:
    shown = ", ".join(stale[:_STALE_SHOWN])
    if len(stale) > _STALE_SHOWN:
        shown += f" and {len(stale) - _STALE_SHOWN} more"
    other_format = any(name.rsplit(".", 1)[-1] not in chosen for name in stale)
    advice = (
        "delete them, or use --format all to keep every format current"
        if other_format
        else "delete them"
    )
    return (
        f"{len(stale)} output file(s) of an earlier run were not written again by this one "
        f"and are out of date next to their set's new briefing: {shown}; left in place "
        f"({advice})"
    )


def _prepare_outdir(out: Path) -> None:
    where = path_text(out)
    if out.exists() and not out.is_dir():
        raise SummarizeError(f"{where}: output folder is a file; choose another -o")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SummarizeError(
            f"{where}: cannot create the output folder ({error.strerror or error}); "
            "choose another -o"
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise SummarizeError(f"{where}: output folder is not writable; choose another -o")


class _exclusive:
    """One batch per output folder at a time (an advisory lock, released on any exit)."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK
        self.handle: int | None = None

    def __enter__(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, stale temps still owner-checked
            return
        try:
            self.handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise SummarizeError(
                f"{path_text(self.path)}: cannot create the lock file "
                f"({error.strerror or error}); check the output folder is writable"
            ) from None
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.handle)
            self.handle = None
            raise SummarizeError(
                f"{path_text(self.path.parent)}: another batch is writing to this output "
                "folder; wait for it to finish or choose another -o"
            ) from None

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            os.close(self.handle)


class _Stop:
    """SIGTERM and Ctrl-C stop the job cleanly within seconds, every finished set kept.

    A signal interrupts whatever is running (a set being briefed is abandoned, its temp
    file removed), except while a finished result is being recorded: then the stop waits
    for the commit, and the executor stops before the next set.
    """

    def __init__(self) -> None:
        self.requested = False
        self._recording = 0
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        self.requested = True
        if not self._recording:
            raise KeyboardInterrupt

    @contextmanager
    def recording(self) -> Iterator[None]:
        self._recording += 1
        try:
            yield
        finally:
            self._recording -= 1


def _execute(
    tasks: list[SetTask], workers: int, executor: str, ray_address: str | None, stop: _Stop
) -> Generator[SetResult, None, None]:
    if not tasks:
        return
    if executor == "ray":
        from summarize.distributed import run_on_ray

        yield from run_on_ray(brief_set, tasks, ray_address, on_error=_failed_task)
        return
    if executor != "local":
        raise ValueError(f"executor must be 'local' or 'ray', got {executor!r}")
    if workers <= 1:
        for task in tasks:
            if stop.requested:
                raise KeyboardInterrupt
            yield brief_set(task)
        return
    # Workers start from a fork server, never by forking this process: a parent that
    # already ran torch (an embedding or seq2seq model) would hand its locked thread pools
    # to forked children, which then hang.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_worker_init,
        initargs=(os.getpid(),),
    )
    finished = False
    try:
        futures = {pool.submit(brief_set, task): task for task in tasks}
        reported: set[object] = set()
        try:
            for future in as_completed(futures):
                reported.add(future)
                yield _outcome(future, futures[future])
                if stop.requested:
                    raise KeyboardInterrupt
        except KeyboardInterrupt:  # keep what the workers already finished, then stop
            for future in futures:
                future.cancel()  # queued sets are not started
            wait(futures, timeout=_GRACE_SECONDS)  # results already on their way arrive
            for future in futures:
                if future.done() and not future.cancelled() and future not in reported:
                    yield _outcome(future, futures[future])
            raise
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted: stop the workers now instead of letting them finish the queue
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=2)


def _outcome(future, task: SetTask) -> SetResult:  # type: ignore[no-untyped-def]
    try:
        return future.result()  # type: ignore[no-any-return]
    except BrokenProcessPool as error:
        return _failed_task(task, error)


def _failed_task(task: SetTask, error: BaseException) -> SetResult:
    reason = (
        "the worker process died (out of memory or killed); run again to retry"
        if isinstance(error, BrokenProcessPool)
        else _describe(error)
    )
    item = task.article_set
    return SetResult(item.name, "failed", error=single_line(reason), content_hash=item.content_hash)


def _worker_init(parent_pid: int) -> None:
    """In each worker: leave Ctrl-C to the main process, and exit as soon as the main
    process is gone (a worker must never outlive its job, holding a model in memory)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the main process's handler
    original_parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != original_parent or not process_alive(parent_pid):
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


__all__ = ["BatchInterrupted", "BatchReport", "SetResult", "discover_sets", "run_batch"]

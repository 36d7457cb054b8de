"""Ingest: turn paths (folders, files, globs) into Articles, with errors that name the file."""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summarize.errors import InputError
from summarize.models import Article

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

STDIN = "-"
_GLOB_CHARS = re.compile(r"[*?\[]")
_HEADLINE_MAX_WORDS = 30


@dataclass(frozen=True)
class Limits:
    """Caps that a news workload never reaches but a pathological input would.

    Hitting one is reported (the input is skipped with the reason), never silent.
    """

    max_article_chars: int = 2_000_000  # ~300,000 words; the longest news story is far less
    max_articles: int = 20_000
    max_total_chars: int = 400_000_000
    max_file_bytes: int = 1_000_000_000  # a JSON Lines file of many articles

    def __post_init__(self) -> None:
        for name in ("max_article_chars", "max_articles", "max_total_chars", "max_file_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)}")


@dataclass
class IngestResult:
    """Articles read, plus the inputs that were skipped and why (one line each)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[InputError]]:
    """Resolve folders (recursively), files and globs into a sorted, de-duplicated file list.

    Symlinked folders are not followed, so a symlink loop cannot make this run forever.
    """
    files: list[Path] = []
    problems: list[InputError] = []
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            found = []
            root = path.resolve()
            for candidate in sorted(walk_articles(path)):
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
                    problems.append(
                        InputError(
                            str(candidate), "symbolic link to a file outside the folder; not read"
                        )
                    )
                else:
                    found.append(candidate)
            if not found:
                problems.append(
                    InputError(
                        text,
                        "folder has no article files",
                        "expected .txt, .md, .html, .json or .jsonl",
                    )
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif _GLOB_CHARS.search(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            matched_files = [m for m in matches if m.is_file() and _is_article_file(m)]
            if not matched_files:
                problems.append(InputError(text, "pattern matches no article file"))
            files.extend(matched_files)
        elif path.is_symlink():
            problems.append(InputError(text, "broken symbolic link"))
        else:
            problems.append(InputError(text, "no such file or folder"))
    unique: dict[str, Path] = {}
    for file in files:
        unique.setdefault(os.path.normpath(file), file)
    return list(unique.values()), problems


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def walk_articles(folder: Path) -> Iterator[Path]:
    """Article files under `folder`, sorted, not following symlinked folders."""
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            candidate = Path(root) / name
            if _is_article_file(candidate) and candidate.is_file():
                yield candidate


def read_articles(
    paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None
) -> IngestResult:
    """Read every article under `paths`. Bad inputs are collected in `skipped`, not raised."""
    limits = limits or Limits()
    paths = [os.fspath(p) for p in paths]
    files, problems = expand_paths(p for p in paths if p != STDIN)
    result = IngestResult(skipped=problems)
    if STDIN in paths:
        try:
            result.articles.extend(_stdin_articles(result.skipped, limits))
        except InputError as error:
            result.skipped.append(error)
    total = sum(len(article.text) for article in result.articles)
    for position, file in enumerate(files):
        if len(result.articles) >= limits.max_articles or total >= limits.max_total_chars:
            which = (
                f"{limits.max_articles} articles"
                if len(result.articles) >= limits.max_articles
                else f"{limits.max_total_chars:,} characters in all"
            )
            result.skipped.append(
                InputError(
                    str(file),
                    f"input limit of {which} reached; this and {len(files) - position - 1} "
                    "more file(s) not read",
                    "raise it with --max-articles / --max-total-chars",
                )
            )
            break
        try:
            for article in read_file(file, skipped=result.skipped, limits=limits):
                if len(article.text) > limits.max_article_chars:
                    result.skipped.append(_too_long(article.path, len(article.text), limits))
                    continue
                result.articles.append(article)
                total += len(article.text)
        except InputError as error:
            result.skipped.append(error)
    _make_ids_unique(result.articles)
    return result


def _stdin_articles(skipped: list[InputError], limits: Limits) -> list[Article]:
    """Standard input ("-"): JSON Lines when it starts with "{", else one plain article."""
    text = sys.stdin.read(limits.max_article_chars + 1)
    if not text.strip():
        raise InputError("<stdin>", "no text on standard input")
    if text.lstrip().startswith("{"):
        return list(_json_articles(Path("stdin.jsonl"), text, skipped))
    return [Article(id="stdin", text=text, path="<stdin>", title=find_headline(text))]


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.1f} MiB" if n_bytes >= 2**20 else f"{n_bytes:,} bytes"


def _too_long(where: str, size: int, limits: Limits) -> InputError:
    return InputError(
        where,
        f"article has {size:,} characters, over the limit of {limits.max_article_chars:,}",
        "raise it with --max-article-chars",
    )


def read_file(
    path: Path, skipped: list[InputError] | None = None, limits: Limits | None = None
) -> list[Article]:
    """Read one file into zero or more Articles (JSON Lines files hold several)."""
    limits = limits or Limits()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(str(path), f"unsupported file type '{suffix or '(none)'}'")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(str(path), f"cannot read file ({error.strerror or error})") from None
    # Checked before reading: a huge file must not be loaded just to be rejected.
    byte_limit = limits.max_file_bytes if suffix in JSON_SUFFIXES else 4 * limits.max_article_chars
    if size > byte_limit:
        raise InputError(
            str(path),
            f"file is {_size(size)}, over the limit of {_size(byte_limit)}",
            "raise it with --max-article-chars",
        )
    text = decode(path)
    if suffix in JSON_SUFFIXES:
        return list(_json_articles(path, text, skipped if skipped is not None else []))
    if not text.strip():
        raise InputError(str(path), "file has only whitespace")
    if suffix in HTML_SUFFIXES:
        from summarize.html import extract_html

        page = extract_html(text, str(path))
        return [
            Article(
                id=path.stem,
                text=page.text,
                path=str(path),
                title=page.title,
                source=page.source,
                url=page.url,
                published=page.published,
            )
        ]
    if suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    return [Article(id=path.stem, text=text, path=str(path), title=find_headline(text))]


def decode(path: Path) -> str:
    """Read a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read file ({error.strerror or error})") from None
    if not data:
        raise InputError(str(path), "empty file (0 bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(str(path), "invalid UTF-16 text") from None
    if _looks_binary(data):
        raise InputError(str(path), "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            str(path),
            "unreadable text encoding (not UTF-8, UTF-16 or Windows-1252)",
            "convert the file to UTF-8",
        ) from None


def _looks_binary(data: bytes) -> bool:
    # A few NUL bytes in text are scraper noise (removed later); many mean a binary format.
    sample = data[:8192]
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return sample.count(b"\x00") > len(sample) // 100 or control > len(sample) // 10


def find_headline(text: str) -> str | None:
    """The title of a plain-text article: its first real line, when that line is a headline."""
    from summarize.clean import noise_category

    for line in text.splitlines()[:12]:
        stripped = line.strip().lstrip("#").strip()
        if not stripped or noise_category(stripped) is not None:
            continue
        n_words = len(stripped.split())
        if n_words <= _HEADLINE_MAX_WORDS and not stripped.endswith((".", ",", ";")):
            return stripped
        return None
    return None


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup but keep its line structure (headings, bullets, paragraphs)."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


_JSON_FIELDS = ("title", "source", "url", "published")


def _json_articles(path: Path, text: str, skipped: list[InputError]) -> Iterator[Article]:
    """Articles from a .json file (object, list, or {"articles": [...]}) or a .jsonl file."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                str(path), f"malformed JSON at line {error.lineno}: {error.msg}"
            ) from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        records = data if isinstance(data, list) else [data]
        for number, record in enumerate(records, start=1):
            where = f"{path}[{number}]" if isinstance(data, list) else str(path)
            yield from _record_article(path, where, record, number, skipped)
        return
    found_line = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found_line = True
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            skipped.append(InputError(where, f"malformed JSON line ({error.msg})"))
            continue
        yield from _record_article(path, where, record, number, skipped)
    if not found_line:
        raise InputError(str(path), "file has only whitespace")


def _record_article(
    path: Path, where: str, record: object, number: int, skipped: list[InputError]
) -> Iterator[Article]:
    if not isinstance(record, dict):
        skipped.append(InputError(where, f"expected a JSON object, got {type(record).__name__}"))
        return
    body = record.get("text")
    if not isinstance(body, str):
        reason = "missing 'text' field" if body is None else "'text' must be a string"
        skipped.append(InputError(where, reason))
        return
    if not body.strip():
        skipped.append(InputError(where, "'text' is empty"))
        return
    fields = {
        name: str(record[name]).strip() or None
        for name in _JSON_FIELDS
        if isinstance(record.get(name), (str, int, float))
    }
    raw_id = record.get("id")
    article_id = (
        str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id) else f"{path.stem}-{number}"
    )
    yield Article(id=article_id, text=body, path=where, **fields)


def _make_ids_unique(articles: list[Article]) -> None:
    """Two files with one stem (a/x.txt, b/x.txt) must not share an id."""
    import dataclasses

    seen: dict[str, int] = {}
    for position, article in enumerate(articles):
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            new_id = f"{article.id}~{count + 1}"
            while new_id in seen:
                count += 1
                new_id = f"{article.id}~{count + 1}"
            seen[new_id] = 1
            articles[position] = dataclasses.replace(article, id=new_id)

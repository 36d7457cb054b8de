"""Ingest: turn paths (folders, files, globs) into Articles, with errors that name the file.

Only regular files are read, every read is bounded by `Limits`, text is made valid Unicode
and metadata single-line here, so no later stage or renderer sees a hostile byte.
"""

from __future__ import annotations

import dataclasses
import glob
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from summarize.errors import InputError, json_error_reason
from summarize.models import Article
from summarize.output import MANIFEST, is_briefing
from summarize.patterns import compiled
from summarize.sanitize import body_text, path_text, single_line

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
# The optional metadata of an article, in JSON records and on `Article` (one list).
METADATA_FIELDS = ("title", "source", "url", "published")

STDIN = "-"
_GLOB_CHARS = compiled(r"[*?\[]")
_HEADLINE_MAX_WORDS = 30
_PROBLEMS_PER_FILE = 20  # malformed lines named one by one; the rest counted


@dataclass(frozen=True)
class Limits:
    """Caps that a news workload never reaches but a pathological input would.

    Counted per article and per character, whatever the articles came from (files, JSON
    records, standard input, batch sets). Hitting one is always reported, never silent.
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


class _Intake:
    """Collects articles under the limits; the first limit hit is reported once."""

    def __init__(self, limits: Limits, result: IngestResult) -> None:
        self.limits = limits
        self.result = result
        self.total = 0
        self.full: str | None = None  # which limit was reached

    def add(self, article: Article) -> bool:
        """Keep `article` if the limits allow; False once they are reached."""
        if self.full:
            return False
        size = len(article.text)
        if size > self.limits.max_article_chars:
            self.result.skipped.append(
                InputError(
                    article.path,
                    f"article has {size:,} characters, over the limit of "
                    f"{self.limits.max_article_chars:,}",
                    "raise it with --max-article-chars",
                )
            )
            return True
        if len(self.result.articles) >= self.limits.max_articles:
            self.full = f"{self.limits.max_articles} articles"
        elif self.total + size > self.limits.max_total_chars:
            self.full = f"{self.limits.max_total_chars:,} characters in all"
        if self.full:
            self.result.skipped.append(
                InputError(
                    article.path,
                    f"input limit of {self.full} reached; this and the rest of the input not read",
                    "raise it with --max-articles / --max-total-chars",
                )
            )
            return False
        self.result.articles.append(article)
        self.total += size
        return True


# ------------------------------------------------------------------------------- finding


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[InputError]]:
    """Resolve folders (recursively), files and globs into a sorted, de-duplicated file list.

    Symlinked folders are not followed, so a symlink loop cannot make this run forever;
    a batch output folder (it holds the manifest) is never read as input.
    """
    files: list[Path] = []
    problems: list[InputError] = []
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            found = []
            known_problems = len(problems)
            root = path.resolve()
            for candidate in walk_articles(path, problems):
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
                    problems.append(
                        InputError(
                            str(candidate), "symbolic link to a file outside the folder; not read"
                        )
                    )
                else:
                    found.append(candidate)
            if (path / MANIFEST).exists():
                problems.append(
                    InputError(text, f"a summarize batch output folder (it holds {MANIFEST})")
                )
            elif not found and len(problems) == known_problems:
                problems.append(
                    InputError(
                        text,
                        "folder has no article files",
                        "expected .txt, .md, .html, .json or .jsonl",
                    )
                )
            files.extend(found)
        elif path.exists():
            files.append(path)  # a file given by name: read_file says if it is unusable
        elif _GLOB_CHARS.search(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            matched_files = [m for m in matches if _is_article_file(m) and m.is_file()]
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


def walk_articles(folder: Path, problems: list[InputError] | None = None) -> Iterator[Path]:
    """Regular article files under `folder`, sorted, not following symlinked folders.

    A folder that cannot be listed is reported in `problems` (never skipped silently);
    hidden entries and batch output folders (they hold the manifest) are passed over.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        if problems is not None:
            problems.append(InputError(str(folder), f"cannot read folder ({_reason(error)})"))
        return
    if any(entry.name == MANIFEST for entry in entries):
        return  # summarize batch's output folder: our own briefings, not articles
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from walk_articles(path, problems)
            elif _is_article_file(path) and entry.is_file():
                yield path
        except OSError as error:
            if problems is not None:
                problems.append(InputError(entry.path, f"cannot read ({_reason(error)})"))


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


# ------------------------------------------------------------------------------- reading


def read_articles(
    paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None
) -> IngestResult:
    """Read every article under `paths`. Bad inputs are collected in `skipped`, not raised:
    any failure while reading one input (even an unexpected one) skips that input only."""
    limits = limits or Limits()
    paths = [os.fspath(p) for p in paths]
    files, problems = expand_paths(p for p in paths if p != STDIN)
    result = IngestResult(skipped=problems)
    intake = _Intake(limits, result)
    if STDIN in paths:
        _guarded("<stdin>", result, lambda: _read_stdin(intake))
    for position, file in enumerate(files):
        if intake.full:
            result.skipped.append(
                InputError(
                    str(file),
                    f"input limit of {intake.full} reached; this and "
                    f"{len(files) - position - 1} more file(s) not read",
                    "raise it with --max-articles / --max-total-chars",
                )
            )
            break
        _guarded(str(file), result, lambda file=file: _read_into(file, intake))
    _make_ids_unique(result.articles)
    return result


def _guarded(where: str, result: IngestResult, read: object) -> None:
    try:
        read()  # type: ignore[operator]
    except InputError as error:
        result.skipped.append(error)
    except Exception as error:  # a parser bug on one hostile file must not stop the run
        result.skipped.append(InputError(where, f"cannot be read ({_describe(error)})"))


def _describe(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return single_line(f"{type(error).__name__}: {error}") or type(error).__name__


def _read_into(path: Path, intake: _Intake) -> None:
    for article in _file_articles(path, intake.result.skipped, intake.limits):
        if not intake.add(article):
            return


def read_file(
    path: Path, skipped: list[InputError] | None = None, limits: Limits | None = None
) -> list[Article]:
    """Read one file into zero or more Articles (JSON Lines files hold several)."""
    return list(_file_articles(path, skipped if skipped is not None else [], limits or Limits()))


def _file_articles(path: Path, skipped: list[InputError], limits: Limits) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(str(path), f"unsupported file type '{suffix or '(none)'}'")
    # Checked before reading: a huge file must not be loaded just to be rejected.
    byte_limit = limits.max_file_bytes if suffix in JSON_SUFFIXES else 4 * limits.max_article_chars
    hint = "raise it with --max-article-chars" if suffix not in JSON_SUFFIXES else None
    if suffix in JSON_LINES_SUFFIXES:
        with open_regular(path, byte_limit, hint) as stream:
            yield from json_lines_articles(stream, str(path), path_text(path.stem), skipped, limits)
        return
    text = decode(path, byte_limit, hint)
    if is_briefing(text):
        raise InputError(str(path), "a briefing written by summarize, not an article; not read")
    if suffix == ".json":
        data = parse_json(text, str(path))
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        records = data if isinstance(data, list) else [data]
        for number, record in enumerate(records, start=1):
            where = f"{path}[{number}]" if isinstance(data, list) else str(path)
            default_id = f"{path_text(path.stem)}-{number}"
            yield from _checked(record_article(record, where, default_id), skipped)
        return
    if not text.strip():
        raise InputError(str(path), "file has only whitespace")
    if suffix in HTML_SUFFIXES:
        from summarize.html import extract_html

        page = extract_html(text, str(path))
        metadata = {**page.metadata, "source": page_source(text, page.metadata)}
        yield make_article(path_text(path.stem), page.text, str(path), metadata)
        return
    if suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    yield make_article(path_text(path.stem), text, str(path), {"title": find_headline(text)})


# The <title> of a page: "Headline | Aegean Post".
_TITLE_OPEN = compiled(r"<title\b[^>]{0,500}>", re.IGNORECASE)
_TITLE_CHARS = 2_000
# What parts a page's headline from its site's name in its <title>: "Headline | Site",
# "Headline - Site", "Headline – Site", "Headline — Site", "Headline :: Site", "· Site".
_SITE_SEPARATOR = compiled(r"\s+(?:[|–—·•»]|-{1,2}|::)\s+")
_DASHES = frozenset(("-", "--", "–", "—"))
# A site's name: a few words in capitals ("Aegean Post", "The New York Times", "BBC News",
# "ABC7 Los Angeles") or a domain ("aegeanpost.gr"); never a clause ("Dow drops 500"), and
# no number stands alone in it ("Dow Drops 5.1 Points").
_SITE_WORD = r"(?:[A-Z][\w.'’&!+-]*|\d+[A-Za-z][\w.'’&!+-]*)"
_SITE_NAME = compiled(
    rf"^(?:{_SITE_WORD}(?: (?:{_SITE_WORD}|of|the|and|&|de|del|la|le|du|des|der|die|el|y|for"
    r"|on|in|at)){0,5}|[\w-]+(?:\.[\w-]+)+)$"
)
_SITE_NAME_CHARS = 50


def page_source(html: str, metadata: Mapping[str, str | None]) -> str | None:
    """The outlet of an HTML page: the extractor's site name (og:site_name, publisher,
    application-name, twitter:site), else the site suffix of the page's <title> ("Headline |
    Aegean Post"); never a piece of the headline. (The extractor falls back on a part of the
    <title> with a dot in it, which is the headline itself in "Quake of magnitude 6.1 hits
    Crete | Aegean Post".)"""
    from summarize.textutil import normalize_text

    headline = normalize_text(metadata.get("title") or "")
    head, separator, suffix = _title_parts(html)
    name = normalize_text(suffix) if suffix else None
    source = metadata.get("source")
    if source:
        found = normalize_text(source)
        # The headline's part of the <title>, or a suffix that the headline runs into or
        # that is no name ("Stocks fall - Dow drops 5.1%"), is no site's name.
        if found not in (headline, normalize_text(head or "")) and not (
            found == name and (headline.endswith(found) or not _is_site_name(source))
        ):
            # A handle ("@AegeanPost": "AegeanPost") reads better as the <title> spells it.
            if name and found.replace(" ", "") == name.replace(" ", ""):
                return suffix
            return source
    if not head or not suffix or not name or not headline or not _is_site_name(suffix):
        return None
    # The headline must not run into the suffix ("Stocks fall - Dow drops 5.1%" over a page
    # headed so); and as headlines hold dashes, a dash parts a site's name only from the
    # headline itself ("Markets Today - Dow Drops Sharply" over a page headed "Stocks fall"
    # is one headline), where a bar ("Crete quake kills seven | Aegean Post") always does.
    head_text = normalize_text(head)
    if headline.endswith(name) or (
        separator in _DASHES
        and not (head_text.startswith(headline) or headline.startswith(head_text))
    ):
        return None
    return suffix


def _title_parts(html: str) -> tuple[str | None, str | None, str | None]:
    """A page's <title> parted at its last site separator: (headline part, separator,
    suffix)."""
    import html as html_lib

    opening = _TITLE_OPEN.search(html)
    if opening is None:
        return None, None, None
    end = html.find("<", opening.end(), opening.end() + _TITLE_CHARS)
    raw = html[opening.end() : end if end >= 0 else opening.end() + _TITLE_CHARS]
    title = " ".join(html_lib.unescape(raw).split())
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return title or None, None, None
    last = separators[-1]
    head, suffix = title[: last.start()].strip(), title[last.end() :].strip()
    return head or None, last.group().strip(), suffix or None


def _is_site_name(text: str) -> bool:
    from summarize.clean import is_section_name

    return (
        len(text) <= _SITE_NAME_CHARS
        and bool(_SITE_NAME.match(text))
        and not any(mark in text for mark in "%$£€")
        and not is_section_name(text)
    )


def _checked(article: Article | InputError, skipped: list[InputError]) -> Iterator[Article]:
    if isinstance(article, InputError):
        skipped.append(article)
    else:
        yield article


def _read_stdin(intake: _Intake) -> None:
    """Standard input ("-"): JSON Lines when it starts with "{", else one plain article."""
    limits = intake.limits
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data = stream.read(2**16)
        if data and _looks_binary(data):  # /dev/zero or a binary file: stop at once
            raise InputError("<stdin>", "binary data on standard input, not text")
        data += stream.read(limits.max_file_bytes + 1 - len(data))
    else:  # a text-only stand-in (tests, embedding applications)
        data = sys.stdin.read(limits.max_file_bytes + 1).encode("utf-8", "surrogatepass")
    if len(data) > limits.max_file_bytes:
        data = data[: limits.max_file_bytes]
        intake.result.skipped.append(
            InputError(
                "<stdin>",
                f"standard input is over the limit of {_size(limits.max_file_bytes)}; "
                "only the first part was read",
            )
        )
    if not data.strip():
        raise InputError("<stdin>", "no text on standard input")
    if data.lstrip()[:1] == b"{":
        articles = json_lines_articles(
            io.BytesIO(data), "<stdin>", "stdin", intake.result.skipped, limits
        )
        for article in articles:
            if not intake.add(article):
                return
        return
    text = decode_bytes(data, "<stdin>")
    intake.add(make_article("stdin", text, "<stdin>", {"title": find_headline(text)}))


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.1f} MiB" if n_bytes >= 2**20 else f"{n_bytes:,} bytes"


def open_regular(path: Path, byte_limit: int, hint: str | None = None) -> BinaryIO:
    """Open a regular file for reading, refusing FIFOs, devices and files over `byte_limit`
    before reading a byte (a FIFO would block forever, /dev/zero never ends)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise InputError(str(path), f"cannot read file ({_reason(error)})") from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or special file"
            raise InputError(str(path), f"not a regular file ({kind}); not read")
        if info.st_size > byte_limit:
            size, limit = _size(info.st_size), _size(byte_limit)
            raise InputError(str(path), f"file is {size}, over the limit of {limit}", hint)
        if hasattr(os, "set_blocking"):  # POSIX; O_NONBLOCK only kept a FIFO from blocking
            os.set_blocking(handle, True)
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def read_bounded(path: Path, byte_limit: int, hint: str | None = None) -> bytes:
    """The bytes of a regular file, never more than `byte_limit` (a growing file is cut
    off and refused, not read on)."""
    with open_regular(path, byte_limit, hint) as stream:
        data = stream.read(byte_limit + 1)
    if len(data) > byte_limit:
        raise InputError(str(path), f"file grew over the limit of {_size(byte_limit)}", hint)
    return data


def decode(path: Path, byte_limit: int | None = None, hint: str | None = None) -> str:
    """Read a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    data = read_bounded(path, byte_limit or Limits().max_file_bytes, hint)
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, where: str) -> str:
    """Text from bytes, made valid Unicode (lone surrogates replaced, no C1 controls)."""
    if not data:
        raise InputError(where, "empty file (0 bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return body_text(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError(where, "invalid UTF-16 text") from None
    if _looks_binary(data):
        raise InputError(where, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return body_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return body_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        raise InputError(
            where,
            "unreadable text encoding (not UTF-8, UTF-16 or Windows-1252)",
            "convert the file to UTF-8",
        ) from None


# Control bytes other than tab, newline, form feed and carriage return.
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    # A few NUL bytes in text are scraper noise (removed later); many mean a binary format.
    sample = data[:8192]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return sample.count(b"\x00") > len(sample) // 100 or control > len(sample) // 10


def find_headline(text: str) -> str | None:
    """The title of a plain-text article: its first real line, when that line is a headline;
    the line after it when the first is the paper's masthead (see _is_masthead)."""
    from summarize.clean import noise_category

    lines = text.splitlines()[:12]
    for position, line in enumerate(lines):
        stripped = _headline_text(line)
        if not stripped or noise_category(stripped) is not None:
            continue
        if not _is_headline(stripped):
            return None
        after = next((_headline_text(rest) for rest in lines[position + 1 :] if rest.strip()), "")
        if (
            _is_masthead(stripped)
            and _is_headline(after)
            and len(after.split()) > len(stripped.split())
            and noise_category(after) is None
        ):
            return single_line(after)
        return single_line(stripped)
    return None


def _headline_text(line: str) -> str:
    return " ".join(line[:2000].split()).lstrip("#").strip()


def _is_headline(line: str) -> bool:
    return 0 < len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith((".", ",", ";"))


# The last word of a newspaper's or news site's name: "Solmere Evening Post", "Varnesh
# Courier", "The Daily Star".
_MASTHEAD_NOUNS = frozenset(
    "post courier times herald tribune gazette journal news chronicle daily star mail"  # noqa: SIM905
    " express telegraph guardian observer standard record sun mirror independent examiner"
    " inquirer enquirer register review bulletin dispatch globe leader press sentinel"
    " monitor echo argus advertiser citizen statesman ledger messenger telegram reporter"
    " weekly online".split()
)
_MASTHEAD = compiled(r"^(?:(?:[A-Z][\w&'’.-]*|the|of|and|&|de|la|le|el)(?: |$)){1,6}$")


def _is_masthead(line: str) -> bool:
    """A paper's name on a line of its own ("Solmere Evening Post"): a few capitalised
    words without a digit or a verb, the last of them a newspaper's ("Post", "Courier")."""
    words = line.split()
    return (
        len(words) <= 6
        and words[0][:1].isupper()
        and words[-1].casefold() in _MASTHEAD_NOUNS
        and not any(character.isdigit() for character in line)
        and bool(_MASTHEAD.match(line))
    )


# ------------------------------------------------------------------------------ Markdown

# Every pattern is linear: each scan stops at the next delimiter of its own kind or a
# newline, so hostile text (an unclosed "`" or "[a](" repeated) costs one pass.
_MD_EMPHASIS = compiled(
    r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|__(?=\S)([^_\n]+?)(?<=\S)__"
    r"|\*(?=\S)([^*\n]+?)(?<=\S)\*|`(?=\S)([^`\n]+?)(?<=\S)`"
)
_MD_HEADING = compiled(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_RULE = compiled(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup but keep its line structure (headings, bullets, paragraphs)."""
    text = _strip_links(text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def _strip_links(text: str) -> str:
    """`[text](url)` -> text and `![alt](src)` -> nothing, in one left-to-right pass."""
    out: list[str] = []
    cursor = 0
    while True:
        middle = text.find("](", cursor)
        if middle < 0:
            break
        close = text.find(")", middle + 2)
        if close < 0:
            break  # no ")" anywhere after: no link can end; stop scanning
        open_ = text.rfind("[", cursor, middle)
        label = text[open_ + 1 : middle] if open_ >= 0 else ""
        if open_ < 0 or "]" in label or (not label and text[open_ - 1 : open_] != "!"):
            out.append(text[cursor : middle + 2])
            cursor = middle + 2
            continue
        image = open_ > 0 and text[open_ - 1] == "!"
        out.append(text[cursor : open_ - 1 if image else open_])
        if not image:
            out.append(label)
        cursor = close + 1
    out.append(text[cursor:])
    return "".join(out)


# ---------------------------------------------------------------------------------- JSON


def parse_json(text: str, where: str) -> object:
    """One JSON document; malformed or absurdly nested JSON is an InputError, not a crash."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            where, f"malformed JSON: {json_error_reason(error)}", "fix the JSON or remove the file"
        ) from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply") from None
    except ValueError as error:  # e.g. an integer of 100,000 digits
        raise InputError(where, f"unusable JSON ({single_line(error)})") from None


def json_lines(
    stream: BinaryIO, where: str, max_line_bytes: int, problems: list[InputError]
) -> Iterator[tuple[int, str, object]]:
    """The one JSON Lines reader: (line number, "where:line", parsed value) per non-blank
    line. Malformed, undecodable or overlong lines go to `problems` (the first few named,
    the rest counted); no line is read past `max_line_bytes`."""
    found_line = False
    bad = 0
    head = stream.read(2)
    if head in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 JSON Lines: re-encoded, bounded above
        stream = io.BytesIO((head + stream.read()).decode("utf-16", "replace").encode("utf-8"))
    else:
        stream = io.BufferedReader(_Prefixed(head, stream))  # type: ignore[arg-type,type-var]
    for number in range(1, sys.maxsize):
        raw = stream.readline(max_line_bytes + 1)
        if not raw:
            break
        here = f"{where}:{number}"
        problem: str | None = None
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, bounded
                raw = stream.readline(2**20)
            problem = f"line is over the limit of {_size(max_line_bytes)}"
        elif not raw.strip():
            continue
        found_line = True
        if problem is None:
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", "replace")
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                problem = f"malformed JSON line ({json_error_reason(error, line=False)})"
            except RecursionError:
                problem = "JSON nested too deeply"
            except ValueError as error:  # e.g. an integer of 100,000 digits
                problem = f"unusable JSON line ({single_line(error)})"
            else:
                yield number, here, value
                continue
        bad += 1
        if bad <= _PROBLEMS_PER_FILE:
            problems.append(InputError(here, problem))
    if bad > _PROBLEMS_PER_FILE:
        problems.append(
            InputError(where, f"{bad - _PROBLEMS_PER_FILE} more unusable line(s) not listed")
        )
    if not found_line:
        raise InputError(where, "file has only whitespace")


class _Prefixed(io.RawIOBase):
    """A raw stream that first returns bytes already read (the BOM sniff) then the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def json_lines_articles(
    stream: BinaryIO, where: str, stem: str, skipped: list[InputError], limits: Limits
) -> Iterator[Article]:
    """Articles from a JSON Lines stream, one record per line."""
    line_limit = 4 * limits.max_article_chars + 2**16
    for number, here, record in json_lines(stream, where, line_limit, skipped):
        yield from _checked(record_article(record, here, f"{stem}-{number}"), skipped)


def record_article(record: object, where: str, default_id: str) -> Article | InputError:
    """The one rule from a JSON record to an Article (files, standard input, batch sets):
    an object with a non-empty string `text`; `id` and metadata optional. A record that
    breaks the rule comes back as the InputError that says why."""
    if not isinstance(record, dict):
        return InputError(where, f"expected a JSON object, got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str):
        reason = "missing 'text' field" if body is None else "'text' must be a string"
        return InputError(where, reason)
    if not body.strip():
        return InputError(where, "'text' is empty")
    metadata = {
        name: record[name]
        for name in METADATA_FIELDS
        if isinstance(record.get(name), (str, int, float)) and not isinstance(record[name], bool)
    }
    raw_id = record.get("id")
    usable_id = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool)
    article_id = single_line(raw_id) if usable_id else None
    return make_article(article_id or default_id, body_text(body), where, metadata)


def make_article(article_id: str, text: str, where: str, metadata: Mapping[str, object]) -> Article:
    """An Article with valid text and one-line, control-free id, path and metadata."""
    fields = {name: single_line(metadata.get(name)) for name in METADATA_FIELDS}
    if fields.get("title"):
        # "UPDATE 2-Death toll rises": the wire's slug is no part of the headline. (Imported
        # here: `import summarize` stays free of the cleaner's patterns.)
        from summarize.clean import strip_wire_prefix

        fields["title"] = strip_wire_prefix(fields["title"])  # type: ignore[arg-type]
    return Article(
        id=single_line(article_id) or "article",
        text=body_text(text),
        path=path_text(where),
        **fields,  # type: ignore[arg-type]
    )


def records_to_articles(
    records: Iterable[object], origin: str, default_stem: str, limits: Limits
) -> IngestResult:
    """A batch set's records as articles, by the same rule and limits as files."""
    result = IngestResult()
    intake = _Intake(limits, result)
    for index, record in enumerate(records, start=1):
        article = record_article(record, f"{origin}#{index}", f"{default_stem}-{index}")
        if isinstance(article, InputError):
            result.skipped.append(article)
        elif not intake.add(article):
            break
    _make_ids_unique(result.articles)
    return result


def _make_ids_unique(articles: list[Article]) -> None:
    """Two files with one stem (a/x.txt, b/x.txt), or two records with one id, must not
    share an id: they would share citations."""
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

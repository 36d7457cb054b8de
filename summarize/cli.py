"""Command line: a thin typer layer over the Python API.

The options that change a briefing are declared once (`_briefing_options`) and shared by
`brief`, `batch` and `eval` through `@with_briefing_options`, which turns them into one
resolved `BriefOptions`. Help is plain text (no markup that could eat `[default: ...]`)
and wraps instead of cutting option names.
"""

from __future__ import annotations

import copy
import functools
import inspect
import sys
import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar, get_args

import typer

from summarize.errors import SummarizeError
from summarize.ingest import Limits
from summarize.options import (
    DEFAULT_DEDUP_THRESHOLD,
    DEFAULT_WORDS,
    DEVICES,
    ENGINES,
    SEMANTIC,
    BriefOptions,
)
from summarize.seq2seq import DEFAULT_MODEL, MODEL_ENV, Seq2SeqOptions

if TYPE_CHECKING:
    from summarize.models import Briefing

app = typer.Typer(
    name="summarize",
    help="Turn many news articles about one event into one briefing in which every "
    "sentence cites the articles it came from. Works offline.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

# CLI choices come from the domain modules, so a new engine or device is one edit there.
Engine = Enum("Engine", {name: name for name in ENGINES}, type=str)  # type: ignore[misc]
Device = Enum("Device", {name: name for name in DEVICES}, type=str)  # type: ignore[misc]
Semantic = Enum("Semantic", {name: name for name in SEMANTIC}, type=str)  # type: ignore[misc]


class OutputFormat(str, Enum):
    md = "md"
    markdown = "markdown"  # the same as md: the word the help uses
    json = "json"
    html = "html"


class BatchFormat(str, Enum):
    md = "md"
    markdown = "markdown"
    json = "json"
    html = "html"
    both = "both"
    all = "all"


def _format_name(chosen: OutputFormat | BatchFormat) -> str:
    return "md" if chosen.value == "markdown" else chosen.value


_FORMAT_WORDS = {"md": "Markdown", "json": "JSON", "html": "HTML"}


def _brief_format(requested: OutputFormat | None, output: Path | None) -> str:
    """The format `brief` writes: --format, else the one the -o name ends in, else md.
    A --format that contradicts the -o extension is refused: a file named x.json holding
    Markdown misleads whoever opens it, and guessing which flag was meant would too."""
    from summarize.output import format_of
    from summarize.sanitize import path_text

    named = format_of(output) if output is not None else None
    if requested is None:
        return named or "md"
    chosen = _format_name(requested)
    if output is None or named is None or named == chosen:
        return chosen
    raise typer.BadParameter(
        f"{requested.value} contradicts -o {path_text(output)}, a {_FORMAT_WORDS[named]} "
        f"file name. Drop --format to write {_FORMAT_WORDS[named]}, or name the file "
        f"{path_text(output.with_suffix('.' + chosen))} to write {_FORMAT_WORDS[chosen]}.",
        param_hint="'--format'",
    )


def _check_batch_outdir(outdir: Path) -> None:
    """batch -o is a folder: a new one named like a briefing file (out.json) is refused,
    since it would become a folder of Markdown files named out.json."""
    from summarize.output import format_of
    from summarize.sanitize import path_text

    named = format_of(outdir)
    if named is None or outdir.exists():  # an existing folder of that name is the user's
        return
    raise typer.BadParameter(
        f"{path_text(outdir)} looks like a {_FORMAT_WORDS[named]} file name, but batch "
        f"writes one file per set into an output folder. Give a folder (-o "
        f"{path_text(outdir.with_suffix(''))}) and --format {named}; to use a folder named "
        f"{path_text(outdir.name)}, create it first.",
        param_hint="'-o' / '--output'",
    )


class Executor(str, Enum):
    local = "local"
    ray = "ray"


def _version(value: bool) -> None:
    if value:
        from summarize import __version__

        typer.echo(f"summarize {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Keep `brief`, `batch`, `eval` and `fetch-model` explicit sub-commands."""


def _examples(*lines: str) -> str:
    # "\b" stops click from re-wrapping the example block.
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


# ------------------------------------------------------------------ shared briefing options


def _briefing_options(
    words: Annotated[
        Optional[int],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Option(
            "--words",
            "-w",
            min=1,
            help="Word budget of the briefing.",
            show_default=f"{DEFAULT_WORDS}, or none with --sentences",
        ),
    ] = None,
    sentences: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--sentences",
            "-s",
            min=1,
            help="Sentence budget instead of (or with) --words.",
            show_default="none",
        ),
    ] = None,
    semantic: Annotated[
        Semantic,
        typer.Option(
            help="Sentence embeddings in grouping restatements: auto uses them when the "
            "semantic extra is installed; the JSON stats say which was used."
        ),
    ] = Semantic.auto,  # type: ignore[attr-defined]
    dedup_threshold: Annotated[
        float,
        typer.Option(
            min=0.05,
            max=1.0,
            help="Similarity (Jaccard of content words and word pairs) at which two "
            "sentences count as the same statement; 1.0 merges exact copies only.",
        ),
    ] = DEFAULT_DEDUP_THRESHOLD,
    engine: Annotated[
        Engine,
        typer.Option(
            help="auto: the seq2seq model when one is available and a GPU is present (or "
            "--allow-cpu-generation), else extractive. abstractive: the model or an error."
        ),
    ] = Engine.auto,  # type: ignore[attr-defined]
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            help="Seq2seq model: a saved transformers folder or a model id in the local "
            "Hugging Face cache.",
            show_default=f"${MODEL_ENV} or {DEFAULT_MODEL}",
        ),
    ] = None,
    device: Annotated[Device, typer.Option(help="Where the model runs.")] = Device.auto,  # type: ignore[attr-defined]
    batch_size: Annotated[
        int, typer.Option(min=1, help="Chunks generated together on the device.")
    ] = Seq2SeqOptions.batch_size,
    prompt: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            help="Prompt template file (see prompts/README.md).",
            dir_okay=False,
            show_default="the model family's template in prompts/",
        ),
    ] = None,
    allow_download: Annotated[
        bool, typer.Option(help="Let a model id be downloaded if it is not cached.")
    ] = False,
    allow_pickle: Annotated[
        bool, typer.Option(help="Allow pickle (.bin) weights; they can run code when loaded.")
    ] = False,
    allow_cpu_generation: Annotated[
        bool, typer.Option(help="Let --engine auto run the model on CPU (slow).")
    ] = False,
    threads: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            min=1, help="CPU threads for the model.", show_default="half the available cores"
        ),
    ] = None,
    keep_unsupported: Annotated[
        bool,
        typer.Option(
            help="Keep generated sentences no source supports, marked, instead of dropping them."
        ),
    ] = False,
    max_article_chars: Annotated[
        int, typer.Option(min=1, help="Skip (and report) longer articles.")
    ] = Limits.max_article_chars,
    max_articles: Annotated[
        int, typer.Option(min=1, help="Read at most this many articles (reported).")
    ] = Limits.max_articles,
    max_total_chars: Annotated[
        int, typer.Option(min=1, help="Stop reading input past this size (reported).")
    ] = Limits.max_total_chars,
    focus: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="A question or topic the briefing should answer.", show_default="none"),
    ] = None,
    disagreements: Annotated[
        bool,
        typer.Option(
            "--disagreements/--no-disagreements",
            help="List where the sources give different figures, dates or names.",
        ),
    ] = True,
    timeline: Annotated[
        bool, typer.Option(help="Add a dated list of the events the sources report.")
    ] = False,
    show_corroboration: Annotated[
        bool, typer.Option(help="Mark sentences that only one source states.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            help="Show why each sentence was chosen (its score parts) and why the strongest "
            "others were not: a table on stderr (brief) and 'explain' in the JSON."
        ),
    ] = False,
) -> BriefOptions:
    if words is None and sentences is None:
        words = DEFAULT_WORDS
    return BriefOptions(
        words=words,
        sentences=sentences,
        dedup_threshold=dedup_threshold,
        semantic=semantic.value,
        engine=engine.value,
        seq2seq=Seq2SeqOptions(
            model=model,
            device=device.value,
            batch_size=batch_size,
            allow_download=allow_download,
            allow_pickle=allow_pickle,
            prompt_file=str(prompt) if prompt else None,
            threads=threads,
        ),
        allow_cpu_generation=allow_cpu_generation,
        keep_unsupported=keep_unsupported,
        limits=Limits(
            max_article_chars=max_article_chars,
            max_articles=max_articles,
            max_total_chars=max_total_chars,
        ),
        focus=focus,
        disagreements=disagreements,
        timeline=timeline,
        show_corroboration=show_corroboration,
        explain=explain,
    ).resolved()


Command = TypeVar("Command", bound=Callable[..., Any])


def with_briefing_options(**defaults: Any) -> Callable[[Command], Command]:
    """Add the shared briefing options to a command; it receives them as `options`.

    `defaults` overrides a shared option's default for this command (eval's 250 words).
    """

    def decorate(command: Command) -> Command:
        own = inspect.signature(command, eval_str=True).parameters
        shared = inspect.signature(_briefing_options, eval_str=True).parameters
        parameters = [p for name, p in own.items() if name != "options"] + [
            _with_default(p, defaults[name]) if name in defaults else p
            for name, p in shared.items()
        ]

        @functools.wraps(command)
        def wrapper(**values: Any) -> Any:
            shared_values = {name: values.pop(name) for name in shared}
            try:
                options = _briefing_options(**shared_values)
            except ValueError as error:
                raise typer.BadParameter(str(error)) from None
            return command(options=options, **values)

        wrapper.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
        return wrapper  # type: ignore[return-value]

    return decorate


def _with_default(parameter: inspect.Parameter, value: Any) -> inspect.Parameter:
    """The parameter with another default, shown as such in --help."""
    base, *metadata = get_args(parameter.annotation)
    shown = [copy.copy(item) for item in metadata]
    for item in shown:
        item.show_default = True  # the value itself, not the shared option's wording
    annotation = tuple([base, *shown])  # X[t] with a tuple t is X[t0, t1, ...]
    return parameter.replace(default=value, annotation=Annotated[annotation])  # type: ignore[valid-type]


def _fail(message: str, verbose: bool) -> typer.Exit:
    if verbose:
        traceback.print_exc()
    _say(f"error: {message}")
    return typer.Exit(code=1)


def _say(message: str) -> None:
    """One message on stderr; nothing from an input (file name, title) can reach the
    terminal as an escape sequence or control character."""
    from summarize.sanitize import for_terminal

    typer.echo(for_terminal(message), err=True)


def _unexpected(error: Exception, verbose: bool) -> typer.Exit:
    """An error the tool did not foresee: one line (a traceback only with --verbose)."""
    return _fail(f"{type(error).__name__}: {error} (rerun with --verbose for details)", verbose)


# ------------------------------------------------------------------------------ commands


@app.command(
    epilog=_examples(
        "summarize brief seeds/",
        "summarize brief seeds/ --words 120 --format json -o briefing.json",
        "summarize brief 'seeds/*.txt' --sentences 3 --verbose",
    )
)
@with_briefing_options()
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Article files, folders or glob patterns (.txt, .md, .html, .json, .jsonl); "
            "'-' reads standard input (plain text, or JSON lines).",
            show_default=False,
        ),
    ],
    options: BriefOptions,
    output_format: Annotated[
        Optional[OutputFormat],  # noqa: UP045 - None: not given, the -o name decides
        typer.Option(
            "--format",
            "-f",
            help="Markdown, JSON, or HTML (one self-contained page to read and check in a "
            "browser). An -o file name ending .md, .json or .html already picks its format; "
            "a --format that contradicts it is an error.",
            show_default="md, or what the -o file name ends in",
        ),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            help="Write the briefing to this file; '-' is standard output. Its extension "
            "(.md, .json, .html) sets the format when --format is not given.",
            dir_okay=False,
            show_default="outputs/<set name>.<md|json|html>",
        ),
    ] = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            help="Title of the briefing.", show_default="the most representative headline"
        ),
    ] = None,
    since: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            help="Update briefing: what was already read, as an earlier briefing's JSON or "
            "a folder/file of articles; repeatable. Only what is new is reported.",
            show_default="none",
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option(help="Fail instead of skipping unreadable inputs.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Do not print the briefing.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="Show every removed boilerplate line, how the engine was chosen, stage "
            "timings and tracebacks; with --format json also write the removed lines.",
        ),
    ] = False,
) -> None:
    """Brief a set of articles about one event, with a citation after every sentence."""
    import dataclasses
    import gc

    from summarize.output import STDOUT, print_stdout, save_briefing
    from summarize.pipeline import brief as run_brief

    # One briefing per process: what start-up built (modules, classes, compiled patterns)
    # lives until exit, so the collector need not walk it again on every full collection.
    gc.freeze()
    fmt = _brief_format(output_format, output)
    if title is not None or since:
        options = dataclasses.replace(options, title=title, since=tuple(since or ()))
    try:
        briefing = run_brief(paths, options)
        if strict and briefing.stats.skipped_inputs:
            raise SummarizeError(briefing.stats.skipped_inputs[0])
        if verbose:
            briefing.stats = dataclasses.replace(
                briefing.stats, removed_lines=briefing.removed_lines
            )
        to_stdout = output is not None and str(output) == STDOUT
        text, written = save_briefing(briefing, fmt, output, paths)
    except SummarizeError as error:
        raise _fail(str(error), verbose) from None
    except OSError as error:
        raise _fail(
            f"{getattr(error, 'filename', '') or ''}: {error.strerror or error}", verbose
        ) from None
    except Exception as error:
        raise _unexpected(error, verbose) from None

    _say(f"engine: {briefing.engine} ({briefing.engine_reason})")
    for warning in briefing.warnings:
        _say(f"warning: {warning}")
    if verbose:
        _report(briefing)
    if briefing.explain is not None:
        from summarize.render import explain_table

        for line in explain_table(briefing.explain):
            _say(line)
    if not quiet and not to_stdout:
        print_stdout(text)
    _say(f"wrote {written}")


@app.command(
    "batch",
    epilog=_examples(
        "summarize batch incoming/ -o outputs/",
        "summarize batch incoming/ --format both --workers 2",
        "summarize batch sets.jsonl -o outputs/ --force",
    ),
)
@with_briefing_options()
def batch_command(
    input_path: Annotated[
        Path,
        typer.Argument(
            help="Folder of article sets (one sub-folder per set), a .jsonl file of sets "
            '({"id", "articles": [...]} per line), or a folder of such files.',
            show_default=False,
        ),
    ],
    options: BriefOptions,
    outdir: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Output folder, one file per set and format; a new one may not be named "
            "like a file (out.json): choose the format with --format.",
        ),
    ] = Path("outputs"),
    workers: Annotated[int, typer.Option(min=1, help="Parallel worker processes.")] = 1,
    output_format: Annotated[
        BatchFormat,
        typer.Option("--format", "-f", help="md, json, html, or both/all (md, json and html)."),
    ] = BatchFormat.md,
    force: Annotated[bool, typer.Option(help="Re-brief every set, changed or not.")] = False,
    updates: Annotated[
        bool,
        typer.Option(
            help="A set that gained articles since its last run also gets <set>.update.<format>: "
            "what the new articles add."
        ),
    ] = True,
    executor: Annotated[
        Executor, typer.Option(help="local processes, or Ray tasks (needs the ray extra).")
    ] = Executor.local,
    ray_address: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Address of an existing Ray cluster.", show_default="start a local Ray"),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Brief every new or changed article set; unchanged sets are skipped, failures recorded."""
    from summarize.batches import BatchInterrupted, run_batch

    _check_batch_outdir(outdir)
    show_bar = sys.stderr.isatty() and not quiet

    def log(result, done: int, total: int) -> None:  # type: ignore[no-untyped-def]
        if show_bar:
            bar.length = total  # known once the sets are discovered
            bar.update(1)
        elif not quiet:
            detail = f": {result.error}" if result.error else ""
            _say(f"[{done}/{total}] {result.status} {result.name}{detail}")

    try:
        with typer.progressbar(
            length=1, label="briefing sets", file=sys.stderr, hidden=not show_bar
        ) as bar:
            report = run_batch(
                input_path,
                outdir,
                options,
                formats=_format_name(output_format),
                workers=workers,
                force=force,
                executor=executor.value,
                ray_address=ray_address,
                progress=log,
                updates=updates,
            )
    except BatchInterrupted as error:  # SIGTERM / Ctrl-C: finished sets are kept
        _say(f"{error.report.summary()} -> {outdir}")
        _say(f"error: {error}")
        raise typer.Exit(code=130) from None
    except SummarizeError as error:
        raise _fail(str(error), False) from None
    except Exception as error:
        raise _unexpected(error, False) from None
    for note in report.notes:
        _say(f"note: {note}")
    for problem in report.problems:
        _say(f"warning: {problem}")
    for result in report.results:
        for warning in result.warnings:
            _say(f"warning: set {result.name}: skipped {warning}")
        # Plain log lines already named each failure; the bar and --quiet did not.
        if result.status == "failed" and (quiet or show_bar):
            _say(f"failed {result.name}: {result.error}")
    from summarize.sanitize import for_terminal

    typer.echo(for_terminal(f"{report.summary()} -> {outdir}"))
    if report.count("failed") or report.problems:
        raise typer.Exit(code=1)


@app.command(
    "fetch-model",
    epilog=_examples("summarize fetch-model facebook/bart-large-cnn"),
)
def fetch_model(
    model: Annotated[
        str, typer.Argument(help="Model id to download into the local Hugging Face cache.")
    ] = DEFAULT_MODEL,
    allow_pickle: Annotated[
        bool,
        typer.Option(help="Accept pickle (.bin) weights when the model has no safetensors."),
    ] = False,
) -> None:
    """Download a seq2seq model once (needs network), so later runs work offline."""
    from summarize.seq2seq import ModelUnavailable, load_model

    try:
        loaded = load_model(
            Seq2SeqOptions(
                model=model, allow_download=True, device="cpu", allow_pickle=allow_pickle
            )
        )
    except ModelUnavailable as error:
        raise _fail(str(error), False) from None
    typer.echo(f"{model}: {loaded.family} model cached; window {loaded.window} tokens")


@app.command(
    "eval",
    epilog=_examples(
        "summarize eval clusters.jsonl",
        "summarize eval clusters.jsonl --words 100 --limit 5 --out predictions.jsonl",
    ),
)
@with_briefing_options(words=250)
def eval_command(
    data: Annotated[
        Path,
        typer.Argument(
            help="Clusters as JSON lines: {id, documents: [{headline, text}], "
            "references: [{text}]}.",
            exists=True,
            dir_okay=False,
            show_default=False,
        ),
    ],
    options: BriefOptions,
    out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help='Write {"id", "system", "summary"} JSON lines here.', dir_okay=False),
    ] = None,
    limit: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(min=1, help="Only the first K clusters.", show_default="all"),
    ] = None,
    focus_from_topic: Annotated[
        bool,
        typer.Option(help="Use each cluster's topic (title and narrative) as the --focus."),
    ] = False,
    update: Annotated[
        bool,
        typer.Option(
            help="Update task: brief each cluster TOPIC-X with the earlier sets of the same "
            "topic (TOPIC-A ... before X) as --since history."
        ),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks.")] = False,
) -> None:
    """Brief every cluster of a benchmark file and score it with ROUGE (needs the eval extra)."""
    from summarize.evaluate import (
        brief_cluster,
        evaluate,
        format_table,
        load_clusters,
        update_histories,
        write_predictions,
    )

    words = options.budget().approximate_words
    try:
        clusters = list(load_clusters(data, limit))
        with typer.progressbar(
            length=len(clusters), label="briefing clusters", file=sys.stderr
        ) as bar:
            report = evaluate(
                clusters,
                brief_cluster(
                    words,
                    options,
                    focus_from_topic=focus_from_topic,
                    history_of=update_histories(clusters) if update else None,
                ),
                words,
                "summarize",
                progress=lambda _: bar.update(1),
            )
        if out:
            write_predictions(out, report)
    except SummarizeError as error:
        raise _fail(str(error), verbose) from None
    for failure in report.failed:
        _say(f"warning: cluster {failure.id} failed and scores 0: {failure.error}")
    typer.echo(f"{data}: {len(report.results)} clusters, {words} words, ROUGE F1 x 100")
    typer.echo(format_table([report]))


def _report(briefing: Briefing) -> None:
    from summarize.textutil import one_line

    for article_id, lines in briefing.removed_lines.items():
        counts = briefing.stats.boilerplate_removed.get(article_id, {})
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        _say(f"cleaned {article_id}: removed {detail}")
        for category, text in lines:
            _say(f"  - {category}: {one_line(text, 100)}")
    for step in briefing.engine_steps:
        _say(f"engine step {step}")
    stats = briefing.stats
    typer.echo(
        f"{stats.articles} articles, {stats.sentences} sentences, "
        f"{stats.duplicates_merged} duplicates merged, {stats.selected} selected, "
        f"{stats.words} words",
        err=True,
    )
    timing = ", ".join(
        f"{stage} {seconds * 1000:.0f} ms" for stage, seconds in briefing.timings.items()
    )
    typer.echo(f"timings: {timing}", err=True)


def main() -> None:
    app()

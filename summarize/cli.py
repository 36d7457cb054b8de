"""Command line: a thin typer layer over the Python API."""

from __future__ import annotations

import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from summarize.dedup import DEFAULT_THRESHOLD
from summarize.errors import SummarizeError
from summarize.ingest import Limits
from summarize.seq2seq import DEFAULT_MODEL, MODEL_ENV, Seq2SeqOptions

app = typer.Typer(
    name="summarize",
    help="Turn many news articles about one event into one briefing in which every "
    "sentence cites the articles it came from. Works offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Keep `brief` (and later commands) as explicit sub-commands."""


class OutputFormat(str, Enum):
    md = "md"
    json = "json"


class Engine(str, Enum):
    auto = "auto"
    extractive = "extractive"
    abstractive = "abstractive"


class BatchFormat(str, Enum):
    md = "md"
    json = "json"
    both = "both"


class Executor(str, Enum):
    local = "local"
    ray = "ray"


class Semantic(str, Enum):
    auto = "auto"
    on = "on"
    off = "off"


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"
    mps = "mps"


def _fail(message: str, verbose: bool) -> typer.Exit:
    if verbose:
        traceback.print_exc()
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=1)


@app.command()
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders or glob patterns (.txt, .md, .html, .json, .jsonl); "
            "'-' reads standard input (plain text, or JSON lines).",
            show_default=False,
        ),
    ],
    words: Annotated[
        Optional[int],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Option("--words", "-w", min=1, help="Word budget of the briefing [default: 200]."),
    ] = None,
    sentences: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--sentences", "-s", min=1, help="Sentence budget instead of (or with) --words."
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Markdown or JSON.")
    ] = OutputFormat.md,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of outputs/<set name>.<md|json>.",
            dir_okay=False,
        ),
    ] = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Title of the briefing [default: the most representative headline]."),
    ] = None,
    dedup_threshold: Annotated[
        float,
        typer.Option(
            min=0.05,
            max=1.0,
            help="Similarity (Jaccard of content words and word pairs) at which two "
            "sentences count as the same statement; 1.0 merges exact copies only.",
        ),
    ] = DEFAULT_THRESHOLD,
    strict: Annotated[
        bool, typer.Option(help="Fail instead of skipping unreadable inputs.")
    ] = False,
    semantic: Annotated[
        Semantic,
        typer.Option(
            help="Sentence embeddings in grouping restatements: auto uses them when the "
            "semantic extra is installed; the JSON stats say which was used."
        ),
    ] = Semantic.auto,
    engine: Annotated[
        Engine,
        typer.Option(
            help="auto: the seq2seq model when one is available and a GPU is present (or "
            "--allow-cpu-generation), else extractive. abstractive: the model or an error."
        ),
    ] = Engine.auto,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            help="Seq2seq model: a saved transformers folder or a model id in the local "
            f"Hugging Face cache [default: ${MODEL_ENV} or {DEFAULT_MODEL}]."
        ),
    ] = None,
    device: Annotated[Device, typer.Option(help="Where the model runs.")] = Device.auto,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Chunks generated together on the device.")
    ] = 4,
    prompt: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="Prompt template file (see prompts/README.md).", dir_okay=False),
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Do not print the briefing.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Show removed boilerplate, stage timings, tracebacks."
        ),
    ] = False,
) -> None:
    """Brief a set of articles about one event, with a citation after every sentence."""
    from summarize.output import set_name, write_atomic
    from summarize.pipeline import BriefOptions
    from summarize.pipeline import brief as run_brief
    from summarize.render import render

    if words is None and sentences is None:
        words = 200
    options = BriefOptions(
        words=words,
        sentences=sentences,
        dedup_threshold=dedup_threshold,
        semantic=semantic.value,
        title=title,
        engine=engine.value,
        seq2seq=Seq2SeqOptions(
            model=model,
            device=device.value,
            batch_size=batch_size,
            allow_download=allow_download,
            allow_pickle=allow_pickle,
            prompt_file=str(prompt) if prompt else None,
        ),
        allow_cpu_generation=allow_cpu_generation,
        keep_unsupported=keep_unsupported,
        limits=Limits(
            max_article_chars=max_article_chars,
            max_articles=max_articles,
            max_total_chars=max_total_chars,
        ),
    )
    try:
        briefing = run_brief(paths, options)
        if strict and briefing.stats.get("skipped_inputs"):
            raise SummarizeError(str(briefing.stats["skipped_inputs"][0]))  # type: ignore[index]
        text = render(briefing, output_format.value)
        target = output or Path("outputs") / f"{set_name(paths)}.{output_format.value}"
        written = write_atomic(target, text)
    except SummarizeError as error:
        raise _fail(str(error), verbose) from None
    except OSError as error:
        raise _fail(
            f"{getattr(error, 'filename', '') or ''}: {error.strerror or error}", verbose
        ) from None

    typer.echo(f"engine: {briefing.engine} ({briefing.engine_reason})", err=True)
    for warning in briefing.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if verbose:
        _report(briefing)
    if not quiet:
        sys.stdout.write(text)
        sys.stdout.flush()
    typer.echo(f"wrote {written}", err=True)


@app.command("batch")
def batch_command(
    input_path: Annotated[
        Path,
        typer.Argument(
            help="Folder of article sets (one sub-folder per set), a .jsonl file of sets "
            '({"id", "articles": [...]} per line), or a folder of such files.',
            show_default=False,
        ),
    ],
    outdir: Annotated[Path, typer.Option("--output", "-o", help="Output folder.")] = Path(
        "outputs"
    ),
    workers: Annotated[int, typer.Option(min=1, help="Parallel worker processes.")] = 1,
    engine: Annotated[Engine, typer.Option(help="As for brief.")] = Engine.auto,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="As for brief."),
    ] = None,
    allow_cpu_generation: Annotated[bool, typer.Option(help="As for brief.")] = False,
    words: Annotated[int, typer.Option("--words", "-w", min=1, help="Word budget.")] = 200,
    output_format: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="md, json or both.")
    ] = BatchFormat.md,
    force: Annotated[bool, typer.Option(help="Re-brief every set, changed or not.")] = False,
    executor: Annotated[
        Executor, typer.Option(help="local processes, or Ray tasks (needs the ray extra).")
    ] = Executor.local,
    ray_address: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Address of an existing Ray cluster [default: start a local Ray]."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Brief every new or changed article set; unchanged sets are skipped, failures recorded."""
    from summarize.batches import run_batch
    from summarize.pipeline import BriefOptions

    options = BriefOptions(
        words=words,
        engine=engine.value,
        seq2seq=Seq2SeqOptions(model=model),
        allow_cpu_generation=allow_cpu_generation,
    )
    show_bar = sys.stderr.isatty() and not quiet

    def log(result, done: int, total: int) -> None:  # type: ignore[no-untyped-def]
        if show_bar:
            bar.length = total  # known once the sets are discovered
            bar.update(1)
        elif not quiet:
            detail = f": {result.error}" if result.error else ""
            typer.echo(f"[{done}/{total}] {result.status} {result.name}{detail}", err=True)

    try:
        with typer.progressbar(
            length=1, label="briefing sets", file=sys.stderr, hidden=not show_bar
        ) as bar:
            report = run_batch(
                input_path,
                outdir,
                options,
                formats=output_format.value,
                workers=workers,
                force=force,
                executor=executor.value,
                ray_address=ray_address,
                progress=log,
            )
    except SummarizeError as error:
        raise _fail(str(error), False) from None
    for problem in report.problems:
        typer.echo(f"warning: {problem}", err=True)
    for result in report.results:
        # Plain log lines already named each failure; the bar and --quiet did not.
        if result.status == "failed" and (quiet or show_bar):
            typer.echo(f"failed {result.name}: {result.error}", err=True)
    typer.echo(f"{report.summary()} -> {outdir}")
    if report.count("failed") or report.problems:
        raise typer.Exit(code=1)


@app.command("fetch-model")
def fetch_model(
    model: Annotated[
        str, typer.Argument(help="Model id to download into the local Hugging Face cache.")
    ] = DEFAULT_MODEL,
) -> None:
    """Download a seq2seq model once (needs network), so later runs work offline."""
    from summarize.seq2seq import ModelUnavailable, load_model

    try:
        loaded = load_model(Seq2SeqOptions(model=model, allow_download=True, device="cpu"))
    except ModelUnavailable as error:
        raise _fail(str(error), False) from None
    typer.echo(f"{model}: {loaded.family} model cached; window {loaded.window} tokens")


@app.command("eval")
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
    words: Annotated[int, typer.Option("--words", "-w", min=1, help="Word budget.")] = 250,
    out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help='Write {"id", "system", "summary"} JSON lines here.', dir_okay=False),
    ] = None,
    limit: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(min=1, help="Only the first K clusters."),
    ] = None,
    engine: Annotated[Engine, typer.Option(help="As for brief.")] = Engine.auto,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="As for brief."),
    ] = None,
    allow_cpu_generation: Annotated[bool, typer.Option(help="As for brief.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks.")] = False,
) -> None:
    """Brief every cluster of a benchmark file and score it with ROUGE (needs the eval extra)."""
    from summarize.evaluate import (
        brief_cluster,
        evaluate,
        format_table,
        load_clusters,
        write_predictions,
    )
    from summarize.pipeline import BriefOptions

    try:
        clusters = list(load_clusters(data, limit))
        with typer.progressbar(
            length=len(clusters), label="briefing clusters", file=sys.stderr
        ) as bar:
            options = BriefOptions(
                engine=engine.value,
                seq2seq=Seq2SeqOptions(model=model),
                allow_cpu_generation=allow_cpu_generation,
            )
            report = evaluate(
                clusters,
                brief_cluster(words, options),
                words,
                "summarize",
                progress=lambda _: bar.update(1),
            )
        if out:
            write_predictions(out, report)
    except SummarizeError as error:
        raise _fail(str(error), verbose) from None
    for failure in report.failed:
        typer.echo(f"warning: cluster {failure.id} failed and scores 0: {failure.error}", err=True)
    typer.echo(f"{data}: {len(report.results)} clusters, {words} words, ROUGE F1 x 100")
    typer.echo(format_table([report]))


def _report(briefing) -> None:  # type: ignore[no-untyped-def]
    removed = briefing.stats.get("boilerplate_removed", {})
    for article_id, counts in removed.items():
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        typer.echo(f"cleaned {article_id}: removed {detail}", err=True)
    stats = briefing.stats
    typer.echo(
        f"{stats['articles']} articles, {stats['sentences']} sentences, "
        f"{stats['duplicates_merged']} duplicates merged, {stats['selected']} selected, "
        f"{stats['words']} words",
        err=True,
    )
    timing = ", ".join(
        f"{stage} {seconds * 1000:.0f} ms" for stage, seconds in briefing.timings.items()
    )
    typer.echo(f"timings: {timing}", err=True)


def main() -> None:
    app()

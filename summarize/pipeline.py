"""The pipeline: read -> prepare (clean, segment, dedup) -> engine -> Briefing.

A thin composition over the stage modules and the engine registry, driven by one
`BriefOptions` resolved at the edge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from summarize import crosscheck, engines, ingest, language
from summarize.disagree import article_dates, told_as_change
from summarize.errors import InputError
from summarize.facts import (
    Quantity,
    anchor_relative,
    extract,
    gives_values,
    mentions_toll,
    read_tolls,
)
from summarize.models import (
    Article,
    Briefing,
    BriefingStats,
    BriefSentence,
    CleanedArticle,
    ExplainedSentence,
    Explanation,
    GenerationStats,
    SourceInfo,
)
from summarize.options import BriefOptions
from summarize.patterns import compiled
from summarize.prepare import Prepared, prepare, timed
from summarize.textutil import content_terms, text_digest

if TYPE_CHECKING:
    from summarize.history import History

__all__ = ["BriefOptions", "brief", "brief_articles"]


def brief(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    options: BriefOptions | None = None,
) -> Briefing:
    """Brief the articles under `paths` (folders, files or globs).

    Unusable inputs are skipped and listed in `Briefing.warnings`; if nothing usable is
    left, raises InputError naming the inputs and why.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    started = time.perf_counter()
    options = (options or BriefOptions()).resolved()
    read = ingest.read_articles(paths, options.limits)
    ingest_seconds = time.perf_counter() - started
    if not read.articles:
        if len(read.skipped) == 1:
            raise read.skipped[0]
        reasons = "; ".join(str(error) for error in read.skipped) or "no input given"
        raise InputError(", ".join(map(str, paths)) or "(none)", f"no readable article ({reasons})")
    briefing = note_skipped_inputs(brief_articles(read.articles, options), read.skipped)
    briefing.timings = {"ingest": ingest_seconds, **briefing.timings}
    return briefing


def note_skipped_inputs(briefing: Briefing, skipped: Sequence[object]) -> Briefing:
    """The inputs the reader skipped, put before the articles a stage skipped: in the
    warnings and in `stats.skipped_inputs`, neither list losing the other."""
    briefing.warnings[:0] = [f"skipped {error}" for error in skipped]
    later = briefing.stats.skipped_inputs or ()
    briefing.stats = dataclasses.replace(
        briefing.stats, skipped_inputs=(*(str(error) for error in skipped), *later)
    )
    return briefing


def brief_articles(articles: Sequence[Article], options: BriefOptions | None = None) -> Briefing:
    """Brief articles already in memory (the Python API behind `brief`, `eval` and `batch`)."""
    options = (options or BriefOptions()).resolved()
    if not articles:
        raise InputError("(input)", "no articles to brief")
    history = options.history
    history_timings: dict[str, float] = {}
    if history is None and options.since:
        from summarize.history import load_history  # only an update briefing reads one

        with timed(history_timings, "history"):
            history = load_history(options.since, options.limits)
    read_again: tuple[str, ...] = ()
    if history is not None:
        # An input with the text of an article read before is not new (the folder of
        # yesterday's articles given again): left out, and said so.
        articles, history = history.leave_out_read(articles)
        read_again = history.read_again
    prepared = prepare(articles, options)
    prepared.timings.update(history_timings)
    if history is not None:
        from summarize.history import judged_with

        # Off the story is judged against the story read so far, not the new articles alone.
        prepared = judged_with(prepared, history)
    # The headline of an article the briefing may quote: not one whose language it skips,
    # nor one off the story (an update with nothing new on it keeps the story's title).
    used = {sentence.article_id for sentence in prepared.candidates}
    headed = [article for article in articles if article.id in used] or list(articles)
    on_story = [article for article in headed if article.id not in prepared.off_story]
    story_title = history.title() if history is not None and not on_story else None
    title = options.title or story_title or _pick_title(on_story or headed, prepared) or "Briefing"
    request = engines.Request(options.budget(), title, options.focus, history)
    run = engines.run(prepared, request, options)
    result = run.result
    # Disagreements, timeline and flags come from the SOURCE sentences, whichever engine ran.
    with timed(prepared.timings, "cross-check"):
        checked = crosscheck.cross_check(
            prepared.cleaned,
            prepared.candidates,
            prepared.groups,
            result.sentences,
            prepared.article_order,
            options.disagreements,
            options.timeline,
            prepared.near_pairs,
            prepared.copy_of,
        )
    # Marked only where the set has articles to weigh instead (`Prepared.unweighed`).
    stubs = {article.id for article in prepared.cleaned if article.is_stub} & prepared.unweighed
    sources = [
        dataclasses.replace(
            _source_info(article),
            # A stub ("By continuing to browse, you agree ...") is listed, marked as one
            # where the set has full articles to tell it from.
            flags=(
                *checked.flags.get(article.id, ()),
                *(("stub",) if article.id in stubs else ()),
                *(("off_story",) if article.id in prepared.off_story else ()),
                *(("opinion",) if article.id in prepared.opinion else ()),
                *_language_flags(article.id, prepared.languages),
            ),
            copy_of=prepared.copy_of.get(article.id),
        )
        for article in prepared.cleaned
    ]
    read_before = history.dates() if history is not None else ()
    dates = article_dates(prepared.cleaned, read_before, prepared.copy_of)
    sources = [
        _dated_source(source, article, dates.get(article.id))
        for source, article in zip(sources, prepared.cleaned, strict=True)
    ]
    shown = _anchor_relative_times(checked.sentences, dates)

    warnings = [f"skipped {reason}" for reason in prepared.skipped] + list(result.warnings)
    if history is not None:
        warnings.extend(history.warnings)  # parts of an earlier briefing's history gone
        if read_again:
            warnings.append(
                f"{len(read_again)} input(s) read before (the same text as an article of the"
                f" history), left out as not new: {', '.join(read_again)}"
            )
    elif len(articles) == 1:  # (an update over one new article is the usual case)
        warnings.append("only one article was given: the briefing summarises a single source")
    warnings.extend(prepared.languages.warnings)
    warnings.extend(prepared.planted)
    paths = {article.id: article.article.path for article in prepared.cleaned}
    warnings.extend(
        f"{paths[article]}: off the story: it {why}; not weighed, and its sentences are used"
        " only where they tell the story"
        for article, why in prepared.off_story.items()
    )
    nothing_new = history is not None and not shown
    if nothing_new:
        off = " or are off the story" if prepared.off_story else ""
        warnings.append(
            f"nothing new: these articles only repeat what the history already says{off}"
        )
    elif not shown:
        warnings.append("no sentence in these articles is usable as a briefing sentence")
    return Briefing(
        title=title,
        engine=run.engine,
        engine_reason=run.reason,
        sentences=shown,
        sources=sources,
        stats=_stats(prepared, shown, result.generation, options, history, nothing_new),
        warnings=warnings,
        timings=prepared.timings | result.timings,
        engine_steps=run.steps,
        removed_lines={a.id: a.removed_lines for a in prepared.cleaned if a.removed_lines},
        source_texts={article.id: article.text for article in prepared.cleaned},
        disagreements=checked.disagreements,
        timeline=checked.timeline,
        show_corroboration=options.show_corroboration,
        explain=(result.explain or _alignment_explanation(run.engine, checked.sentences))
        if options.explain
        else None,
    )


def _alignment_explanation(engine: str, sentences: Sequence[BriefSentence]) -> Explanation:
    """--explain for an engine that writes its own sentences: each is explained by its
    alignment to the sources (support score and the sources that state it)."""
    return Explanation(
        engine=engine,
        method="generated sentences are explained by their alignment: the support score "
        "of the best-matching source sentence, and every source cited",
        sentences=tuple(
            ExplainedSentence(
                number=n,
                text=sentence.text,
                score=sentence.support_score,
                parts=(("support_score", sentence.support_score),),
                sources=sentence.citations,
            )
            for n, sentence in enumerate(sentences, 1)
        ),
    )


def _anchor_relative_times(
    sentences: Sequence[BriefSentence], dates: dict[str, dt.date | None]
) -> list[BriefSentence]:
    """ "this week" -> "this week [16–22 Jan 2024]" by the date of the source the sentence
    is shown from (its best support; of several that tell it in the same words, such as an
    undated wire story and a dated copy of it, the first whose date is known); unchanged
    where that date is unknown."""
    anchored = []
    for sentence in sentences:
        top = max((item.score for item in sentence.support), default=None)
        best = [item.source for item in sentence.support if item.score == top]
        date = next((dates[source] for source in best if dates.get(source)), None)
        text = anchor_relative(sentence.text, date)
        changed = text != sentence.text
        anchored.append(dataclasses.replace(sentence, anchored=text) if changed else sentence)
    return anchored


def _language_flags(article_id: str, languages: language.LanguageReport) -> tuple[str, ...]:
    """("language:fr", "unused") for an article not in English whose sentences were not
    used: the Sources list says so where the reader looks for why it is never cited."""
    code = languages.languages.get(article_id, language.ENGLISH)
    if code == language.ENGLISH:
        return ()
    return (f"language:{code}", *(("unused",) if article_id in languages.unused else ()))


def _dated_source(source: SourceInfo, cleaned: CleanedArticle, date: dt.date | None) -> SourceInfo:
    """`source` with the date its relative days are anchored by, and where that date came
    from, when its metadata gives none: a reader sees the "on Tuesday [11 Nov 2025]" of a
    plain-text article dated by its dateline or date line."""
    if source.published or date is None:
        return source
    found = cleaned.date or ""
    if found.startswith("--"):
        origin = "set" if found[2:] == date.strftime("%m-%d") else "copy"
    elif found[:10] == date.isoformat():
        origin = cleaned.date_from or "text"
    else:
        origin = "copy"
    return dataclasses.replace(source, published=date.isoformat(), published_from=origin)


def _source_info(cleaned: CleanedArticle) -> SourceInfo:
    article = cleaned.article
    return SourceInfo(
        id=article.id,
        title=article.title or _lead_words(cleaned.text) or article.id,
        path=article.path,
        source=article.source,
        url=article.url,
        published=article.published,
        digest=text_digest(article.text),
    )


def _lead_words(text: str, limit: int = 12) -> str:
    """A stand-in title for an untitled article: the opening words of its text."""
    opening = text.split()[: limit + 1]
    return " ".join(opening[:limit]) + ("…" if len(opening) > limit else "")


def _pick_title(articles: Sequence[Article], prepared: Prepared) -> str | None:
    """The headline closest to what the set says: the centre of its articles, each story
    counting once however long it is or however often it was copied (as selection reads
    it). A stub's headline ("Cholera: what you need to know" over a paywall) is not one
    when the set has full articles. Before closeness come two flaws: a figure the other
    stories do not back (`_FigureVotes`), then a live or breaking marker; the headline is
    shown without its marker or wire slug."""
    stubs = prepared.unweighed
    titled = [article for article in articles if article.title]
    full = [article for article in titled if article.id not in stubs]
    titled = full or titled
    if not titled:
        return None
    if len(titled) == 1:
        return _shown_title(titled[0].title or "")
    skip = stubs if full else frozenset()
    scores = _title_closeness(titled, prepared, skip)
    marked = [_marked_live(article.title or "") for article in titled]
    # A headline that opens with a quotation is a feature's, a voice on the story ('"We
    # are not asking for the moon": strikers speak'): one that says what happened first.
    quoted = [_QUOTED_TITLE.match(article.title or "") is not None for article in titled]
    ranked = sorted(range(len(titled)), key=lambda i: (marked[i], quoted[i], -scores[i], i))
    # The first of them whose figures the other stories back (a headline without figures
    # needs no reading of the set's figures: most sets stop at their first headline).
    figures = _FigureVotes(prepared, skip)
    # A toll the set tells as risen since is out of date ("kill 12" beside "toll rises to
    # 15"): the headline of a later count, or of none, is better.
    later: dict[str, float] | None = None
    backed: list[int] = []
    for i in ranked:
        if figures.unbacked(titled[i]):
            continue
        backed.append(i)
        title = titled[i].title or ""
        if mentions_toll(title):
            later = _later_tolls(prepared, skip) if later is None else later
            if _outdated(title, later):
                continue
        return _shown_title(title)
    return _shown_title(titled[(backed or ranked)[0]].title or "")


def _later_tolls(prepared: Prepared, skip: Collection[str]) -> dict[str, float]:
    """The highest value of each kind of toll the set tells as the result of a change
    ("the death toll rose to 15", "bringing the number of dead to 15"), headlines too."""
    texts = [s.text for s in prepared.candidates if s.article_id not in skip]
    texts += [a.title or "" for a in prepared.articles if a.id not in skip]
    later: dict[str, float] = {}
    for text in texts:
        if mentions_toll(text) and told_as_change(text):
            for kind, values in read_tolls(text).items():
                later[kind] = max(later.get(kind, 0.0), *values)
    return later


def _outdated(title: str, later: Mapping[str, float]) -> bool:
    """Whether a headline gives a toll lower than one the set tells as risen to since."""
    return any(
        kind in later and max(values) < later[kind]
        for kind, values in read_tolls(_shown_title(title)).items()
    )


def _title_closeness(
    titled: Sequence[Article], prepared: Prepared, skip: Collection[str]
) -> list[float]:
    """Each headline's TF-IDF similarity to the story's centre (all 0 without one)."""
    model, terms = prepared.tfidf
    if not terms:
        return [0.0] * len(titled)
    import numpy as np

    from summarize.extractive import story_centroid

    centroid = story_centroid(model.rows(terms), prepared.candidates, skip, prepared.copy_of)
    if not np.any(centroid):
        return [0.0] * len(titled)
    rows = model.rows([content_terms(article.title or "") for article in titled])
    return [float(score) for score in rows.dot(centroid)]


# A headline's mark of running or flash coverage ("LIVE:", "Live updates:", "BREAKING:",
# "WATCH:", "[LIVE]"): the page tells one moment of the story, not the story.
_MARKER_WORDS = (
    r"(?:live(?: updates?| blog| coverage)?|breaking(?: news)?|watch|video|developing(?: story)?"
    r"|just in|update[ds]?|latest)"
)
# (A dash or bar must stand apart: "Video-game sales soar" has no marker.)
_TITLE_MARKER = compiled(
    rf"(?i)^\s*(?:\[{_MARKER_WORDS}\]|\({_MARKER_WORDS}\)|{_MARKER_WORDS}(?:\s*:|\s+[|–—-]))\s*"
)
# A liveblog named after its story: "Storm Dara live: death toll reaches 20", "Merger day
# as it happened"; not a verb's "live" ("Where they live: inside the shelters").
_LIVE_TITLE = compiled(
    r"(?i)^(?P<story>[^:|]{1,60}?)(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bthey)(?<!\bto)(?<!\bwho)"
    r" live(?: updates?| blog)?\s*:\s*"
)
_AS_IT_HAPPENED = compiled(r"(?i)\bas it happened\b|\blive updates\b")


def _shown_title(title: str) -> str:
    """The headline without the marks of its page: a wire slug ("UPDATE 2-"), a live or
    breaking marker ("LIVE: Prisoner exchange ..." -> "Prisoner exchange ..."), a
    liveblog's " live" ("Storm Dara live: ..." -> "Storm Dara: ...")."""
    from summarize.clean import strip_wire_prefix

    shown = strip_wire_prefix(title)
    for _ in range(3):  # "BREAKING: LIVE: ..."
        stripped = _TITLE_MARKER.sub("", shown, count=1)
        if stripped == shown or not stripped.strip():
            break
        shown = stripped
    live = _LIVE_TITLE.match(shown)
    if live and shown[live.end() :].strip():
        shown = f"{live.group('story')}: {shown[live.end() :]}"
    return shown


_QUOTED_TITLE = compiled(r"\s*[\"“‘']|\s*``")


def _marked_live(title: str) -> bool:
    """Whether a headline is marked as live or breaking coverage (see _TITLE_MARKER)."""
    from summarize.clean import strip_wire_prefix

    bare = strip_wire_prefix(title)
    return bool(
        _TITLE_MARKER.match(bare) or _LIVE_TITLE.match(bare) or _AS_IT_HAPPENED.search(bare)
    )


# Figures this close that cannot both be true are rival counts of one thing (4.1 million
# customers and 4.3 million people), when they count the same noun or are large; the same
# figure told to another precision is `Quantity.same_count` ("nearly 19,000" / "18,900").
_RIVAL_FIGURE = 0.25
_LARGE_FIGURE = 1000


class _FigureVotes:
    """What each independent story (a family of copies counts once) says of a figure: the
    sentences (and headline) that give it against those that give a rival figure."""

    def __init__(self, prepared: Prepared, skip: Collection[str]) -> None:
        self.family = {
            article.id: prepared.copy_of.get(article.id, article.id)
            for article in prepared.articles
        }
        self._prepared = prepared
        self._skip = skip
        self._said: dict[str, list[tuple[Quantity, ...]]] | None = None

    def said(self) -> dict[str, list[tuple[Quantity, ...]]]:
        """Family -> the figures of each of its sentences and headlines (read once, when a
        headline gives a figure)."""
        if self._said is None:
            said: dict[str, list[tuple[Quantity, ...]]] = {}
            texts = [
                (sentence.article_id, sentence.text) for sentence in self._prepared.candidates
            ] + [(article.id, article.title or "") for article in self._prepared.articles]
            for article_id, text in texts:
                if article_id in self._skip or not gives_values(text):
                    continue
                quantities = extract(text).quantities
                family = self.family.get(article_id, article_id)
                said.setdefault(family, []).append(tuple(quantities))
            self._said = said
        return self._said

    def unbacked(self, article: Article) -> bool:
        """Whether the headline of `article` gives a figure that fewer than two stories
        give (its own included) or that as many stories give otherwise."""
        quantities = extract(_shown_title(article.title or "")).quantities
        if not quantities:
            return False
        said = self.said()
        own = self.family.get(article.id, article.id)
        if len(said) < 2:
            return False  # one story: nothing to weigh its figures against
        for figure in quantities:
            backing, against = 1, 0  # its own story gives it
            for family, sentences in said.items():
                if family == own:
                    continue
                agree = sum(1 for q in sentences if any(figure.same_count(p) for p in q))
                rival = sum(1 for q in sentences if any(_rival_figure(figure, p) for p in q))
                backing += agree > rival
                against += rival > agree
            if backing < 2 or backing <= against:
                return True
        return False


def _rival_figure(a: Quantity, b: Quantity) -> bool:
    largest = max(abs(a.value), abs(b.value))
    return (
        a.unit == b.unit
        and not a.compatible(b)
        and abs(a.value - b.value) <= _RIVAL_FIGURE * largest
        and ((a.noun and a.noun == b.noun) or largest >= _LARGE_FIGURE)
    )


def _stats(
    prepared: Prepared,
    brief_sentences: Sequence[BriefSentence],
    generation: GenerationStats | None,
    options: BriefOptions,
    history: History | None,
    nothing_new: bool,
) -> BriefingStats:
    """The briefing's figures, and which mode ran (general, focus, update) with what."""
    candidate_count = sum(len(group.members) for group in prepared.groups)
    updated = {source for sentence in brief_sentences for source in sentence.updates}
    return BriefingStats(
        articles=len(prepared.cleaned),
        sentences=len(prepared.sentences),
        candidate_sentences=candidate_count,
        groups=len(prepared.groups),
        duplicates_merged=candidate_count - len(prepared.groups),
        multi_source_groups=sum(1 for g in prepared.groups if g.corroboration > 1),
        copies=len(prepared.copy_of),
        semantic=prepared.semantic,
        selected=len(brief_sentences),
        words=sum(len(s.text.split()) for s in brief_sentences),
        corroboration=tuple(s.corroboration or len(s.citations) for s in brief_sentences),
        boilerplate_removed={
            article.id: article.removed for article in prepared.cleaned if article.removed
        },
        boilerplate_removed_total=sum(sum(a.removed.values()) for a in prepared.cleaned),
        languages={article.id: article.language for article in prepared.cleaned},
        stubs={a.id: a.stub_reason for a in prepared.cleaned if a.is_stub},
        generation=generation,
        mode="update" if history is not None else "focus" if options.focus else "general",
        focus=options.focus or None,
        history=history.describe() if history is not None else None,
        nothing_new=nothing_new if history is not None else None,
        updated_sources=tuple(source for source in history.sources if source.id in updated)
        if history is not None
        else None,
        skipped_inputs=tuple(prepared.skipped) if prepared.skipped else None,
    )

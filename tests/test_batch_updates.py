"""Batch updates: a set that gained articles gets `<set>.update.<fmt>` over the new ones."""

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarize
from summarize import prepare
from summarize.batches import (
    SCHEMA_VERSION,
    ArticleSet,
    BatchInterrupted,
    SetResult,
    output_names,
    plan_update,
)
from summarize.cli import app
from summarize.errors import SummarizeError
from summarize.pipeline import BriefOptions
from tests.conftest import STORY, write_articles

EXTRACTIVE = BriefOptions(engine="extractive", words=60)
EARLIER = {name: STORY[name] for name in ("alpha.txt", "beta.txt")}
# The new article: two new facts, one repeated sentence, and a figure that rose (300 -> 450).
DELTA = (
    "Levee Breaks in Eastwick\n\n"
    "A levee near the old mill broke on Wednesday and two residents of Eastwick drowned.\n\n"
    "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents "
    "from their homes.\n\n"
    "Heavy rain flooded the river town of Eastwick this week, forcing 450 residents "
    "from their homes.\n\n"
    "The army sent forty soldiers with sandbags to protect the hospital on the east bank.\n"
)
# A later article with nothing the others said: the second growth of the story.
LATER = (
    "Eastwick Bridge Reopens\n\n"
    "Engineers reopened the north bridge of Eastwick on Friday after finding no damage.\n\n"
    "The school board said classes would resume on Monday in every building but one.\n"
)


def make_sets(root: Path) -> Path:
    write_articles(
        root / "quiet", {n: t.replace("Eastwick", "Westford") for n, t in EARLIER.items()}
    )
    write_articles(root / "story", EARLIER)
    return root


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def update_says(out: Path, stem: str = "story") -> tuple[str, list[str]]:
    """What a reader of `<stem>.update.md` sees: the line under the title, and the files
    of its sources (the articles it reports as new)."""
    lines = (out / f"{stem}.update.md").read_text().splitlines()
    sources = lines[lines.index("## Sources") + 1 :]
    sources = sources[: next((i for i, line in enumerate(sources) if line.startswith("## ")), None)]
    files = [Path(line.rsplit("`", 2)[1]).name for line in sources if line[:1].isdigit()]
    return lines[2].strip("_"), files


def since_last_run(earlier: int) -> str:
    """The update's header for one new article over `earlier` articles already read."""
    return (
        f"Update: what 1 new article adds to {earlier} read earlier "
        "(since the previous run of this set)"
    )


def test_a_set_that_gains_an_article_gets_an_update_over_it_alone(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE, formats="all")
    quiet_before = {k: v for k, v in snapshot(out).items() if k.startswith("quiet")}
    (root / "story" / "delta.txt").write_text(DELTA)

    report = summarize.batch(root, out, options=EXTRACTIVE, formats="all")

    assert report.summary() == "1 briefed (1 with an update), 1 skipped (unchanged), 0 failed"
    assert {k: v for k, v in snapshot(out).items() if k.startswith("quiet")} == quiet_before
    update = json.loads((out / "story.update.json").read_text())
    assert update["stats"]["mode"] == "update"
    assert [source["id"] for source in update["sources"]] == ["delta"]
    (named,) = update["stats"]["history"]["inputs"]
    assert named["articles"] == ["alpha.txt", "beta.txt"]
    assert update["stats"]["history"]["sources"] == ["alpha", "beta"]
    texts = [sentence["text"] for sentence in update["sentences"]]
    assert any("levee" in text for text in texts)
    assert not any("forcing 300" in text for text in texts)  # already read: not repeated
    for sentence in update["sentences"]:
        assert sentence["citations"] == ["delta"]
        assert set(sentence.get("updates", ())) <= {"alpha", "beta"}
    risen = next(s for s in update["sentences"] if "450" in s["text"])
    assert risen["updates"]  # the earlier source of the figure it revises is named
    markdown = (out / "story.update.md").read_text()
    assert "levee" in markdown and "Earlier sources updated" in markdown
    said = "Update: what 1 new article adds to 2 read earlier (since the previous run of this set)"
    assert markdown.splitlines()[2] == f"_{said}_"  # the line under the title
    assert said in (out / "story.update.html").read_text()
    assert "Update:" not in (out / "story.md").read_text()  # the full briefing is no update
    rows = {
        row.split('<code class="set">')[1].split("<")[0]: row
        for row in (out / "index.html").read_text().split("<tr>")
        if '<code class="set">' in row
    }
    assert '<a href="./story.update.html">update</a>' in rows["story"]
    assert '<a href="./story.html">' in rows["story"] and "update</a>" not in rows["quiet"]
    # The full briefing still covers every article of the set.
    full = json.loads((out / "story.json").read_text())
    assert [source["id"] for source in full["sources"]] == ["alpha", "beta", "delta"]

    settled = snapshot(out)
    again = summarize.batch(root, out, options=EXTRACTIVE, formats="all")
    assert again.count("skipped") == 2 and snapshot(out) == settled
    # A forced run has nothing new to report: no update written, the last one left as it is
    # (and still linked from the index).
    forced = summarize.batch(root, out, options=EXTRACTIVE, formats="all", force=True)
    assert forced.summary() == "2 briefed, 0 skipped (unchanged), 0 failed"
    for fmt in ("md", "json", "html"):
        assert snapshot(out)[f"story.update.{fmt}"] == settled[f"story.update.{fmt}"]
    assert '<a href="./story.update.html">update</a>' in (out / "index.html").read_text()


def test_a_grown_set_cleans_and_splits_each_article_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE, formats="json")
    (root / "story" / "delta.txt").write_text(DELTA)
    cleaned: list[str] = []
    split: list[str] = []
    clean, segment = prepare.clean_stage.clean, prepare.segment.segment
    monkeypatch.setattr(prepare.clean_stage, "clean", lambda a: cleaned.append(a.id) or clean(a))
    monkeypatch.setattr(prepare.segment, "segment", lambda c: split.append(c.id) or segment(c))

    report = summarize.batch(root, out, options=EXTRACTIVE, formats="json")

    assert report.summary() == "1 briefed (1 with an update), 1 skipped (unchanged), 0 failed"
    # The full briefing and the update (history alpha, beta; new delta) share the work.
    assert sorted(cleaned) == sorted(split) == ["alpha", "beta", "delta"]
    # Outside a batch task nothing is kept: a second briefing cleans again.
    summarize.brief([root / "story"], EXTRACTIVE)
    assert sorted(cleaned) == ["alpha", "alpha", "beta", "beta", "delta", "delta"]


def test_no_updates_writes_no_update_file(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    command = ["batch", str(root), "-o", str(out), "--engine", "extractive", "-q"]
    assert CliRunner().invoke(app, command).exit_code == 0
    (root / "story" / "delta.txt").write_text(DELTA)
    result = CliRunner().invoke(app, [*command, "--no-updates"])
    assert result.exit_code == 0 and "1 briefed, 1 skipped" in result.stdout
    assert not list(out.glob("*.update.*"))
    assert "delta" in (out / "story.md").read_text()


def test_edited_or_removed_old_articles_give_a_full_briefing_only(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    assert (out / "story.update.md").is_file()

    # An old article edited (and one added): the earlier briefing no longer describes the
    # set, so a fresh full briefing only, and the update of the last run is removed.
    with (root / "story" / "alpha.txt").open("a") as stream:
        stream.write("\nThe mayor later corrected the count of residents who left.\n")
    (root / "story" / "gamma.txt").write_text(STORY["gamma.txt"])
    report = summarize.batch(root, out, options=EXTRACTIVE)
    assert report.summary() == "1 briefed, 1 skipped (unchanged), 0 failed"
    assert not (out / "story.update.md").exists()
    assert "gamma" in (out / "story.md").read_text()
    db = sqlite3.connect(out / "manifest.sqlite")
    (outputs,) = db.execute("SELECT outputs FROM sets WHERE name = 'story'").fetchone()
    db.close()
    assert json.loads(outputs) == ["story.md"]

    # An old article removed and one added: full briefing only.
    (root / "story" / "beta.txt").unlink()
    (root / "story" / "epsilon.txt").write_text(DELTA.replace("forty", "sixty"))
    summarize.batch(root, out, options=EXTRACTIVE)
    assert not list(out.glob("*.update.*"))


def test_jsonl_sets_that_gain_records_get_updates_too(tmp_path: Path) -> None:
    path, out = tmp_path / "sets.jsonl", tmp_path / "out"
    # Records without an id are known by their content; "b" is known by its id.
    earlier = [{"text": EARLIER["alpha.txt"]}, {"id": "b", "text": EARLIER["beta.txt"]}]

    def write(lines: dict[str, list[dict[str, str]]]) -> None:
        rows = [{"id": name, "articles": articles} for name, articles in lines.items()]
        path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")

    write({"other": earlier[:1], "story": earlier})
    summarize.batch(path, out, options=EXTRACTIVE, formats="json")
    other_before = snapshot(out)["other.json"]
    write({"other": earlier[:1], "story": [*earlier, {"id": "d", "text": DELTA}]})
    report = summarize.batch(path, out, options=EXTRACTIVE, formats="json")
    assert [(r.name, r.status, r.updated) for r in report.results] == [
        ("other", "skipped", False),
        ("story", "ok", True),
    ]
    assert snapshot(out)["other.json"] == other_before
    update = json.loads((out / "story.update.json").read_text())
    assert [source["id"] for source in update["sources"]] == ["d"]
    assert update["stats"]["history"]["sources"] == ["story-1", "b"]
    assert all(sentence["citations"] == ["d"] for sentence in update["sentences"])


def test_a_schema_1_manifest_is_upgraded_and_still_skips_unchanged_sets(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    # What the previous version wrote: the sets table only, user_version 1.
    db = sqlite3.connect(out / "manifest.sqlite")
    db.execute("DROP TABLE seen")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    briefings = {k: v for k, v in snapshot(out).items() if k.endswith(".md")}

    report = summarize.batch(root, out, options=EXTRACTIVE)

    assert report.count("skipped") == 2
    assert {k: v for k, v in snapshot(out).items() if k.endswith(".md")} == briefings
    db = sqlite3.connect(out / "manifest.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert db.execute("SELECT count(*) FROM sets").fetchone()[0] == 2  # old rows kept
    db.close()
    # The skipped sets' articles were remembered: the next article gives an update.
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    assert (out / "story.update.md").is_file()


def test_a_newer_manifest_is_refused(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    out.mkdir()
    db = sqlite3.connect(out / "manifest.sqlite")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(SummarizeError, match="newer summarize"):
        summarize.batch(root, out, options=EXTRACTIVE)


def test_plan_update_only_for_a_set_that_purely_grew() -> None:
    earlier = {"a": "1", "b": "2"}
    grown = (("a", "1"), ("c", "3"), ("b", "2"))
    plan = plan_update(grown, earlier)
    assert plan is not None and plan.new == ("c",) and plan.history == ("a", "b")
    assert plan_update(grown, None) is None  # never briefed: nothing to compare with
    assert plan_update((("a", "1"), ("b", "9"), ("c", "3")), earlier) is None  # edited
    assert plan_update((("a", "1"), ("c", "3")), earlier) is None  # removed one
    assert plan_update((("a", "1"), ("b", "2")), earlier) is None  # unchanged
    assert plan_update(grown, dict(grown)) is None  # re-briefing what the last run saw


def test_a_set_named_like_an_update_file_gets_its_own_name() -> None:
    sets = [ArticleSet(name, name) for name in ("x", "x.update", "Y.UPDATE", "x.update-set")]
    names = output_names(sets)
    assert names["x"] == "x" and names["x.update-set"] == "x.update-set"
    for name in ("x.update", "Y.UPDATE"):  # renamed as a collision is: the name and a hash
        assert names[name].startswith(f"{name}-") and len(names[name]) == len(name) + 9
    assert len({stem.lower() for stem in names.values()}) == 4


def test_a_run_killed_before_its_rows_commit_writes_the_same_update_again(
    tmp_path: Path,
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    committed = (out / "manifest.sqlite").read_bytes()
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    written = (out / "story.update.md").read_bytes()
    # As if killed after the files were written and before the manifest committed them.
    (out / "manifest.sqlite").write_bytes(committed)
    report = summarize.batch(root, out, options=EXTRACTIVE)
    assert [(r.name, r.status, r.updated) for r in report.results] == [
        ("quiet", "skipped", False),
        ("story", "ok", True),
    ]
    assert (out / "story.update.md").read_bytes() == written
    assert summarize.batch(root, out, options=EXTRACTIVE).count("skipped") == 2


def test_articles_of_a_feed_file_in_a_folder_set_are_history_too(tmp_path: Path) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    feed = [{"id": "a", "text": EARLIER["alpha.txt"]}, {"id": "b", "text": EARLIER["beta.txt"]}]
    (root / "story").mkdir(parents=True)
    (root / "story" / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in feed) + "\n")
    summarize.batch(root, out, options=EXTRACTIVE, formats="json")
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE, formats="json")
    update = json.loads((out / "story.update.json").read_text())
    assert [source["id"] for source in update["sources"]] == ["delta"]
    assert update["stats"]["history"]["sources"] == ["a", "b"]


def test_a_new_article_that_is_unusable_gives_no_update_and_says_so(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "blank.txt").write_text("   \n")
    report = summarize.batch(root, out, options=EXTRACTIVE)
    story = next(result for result in report.results if result.name == "story")
    assert story.status == "ok" and not story.updated
    assert "the update briefing (none of the new articles is usable)" in story.warnings
    assert not list(out.glob("*.update.*"))


def test_a_run_with_no_updates_is_the_run_the_next_update_follows(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE, updates=False)  # it briefs delta, no update

    # That run saw delta: forced, reformatted or re-worded, the set has nothing new.
    for report in (
        summarize.batch(root, out, options=EXTRACTIVE, force=True),
        summarize.batch(root, out, options=EXTRACTIVE, formats="json"),
        summarize.batch(root, out, options=BriefOptions(engine="extractive", words=40)),
    ):
        assert report.summary() == "2 briefed, 0 skipped (unchanged), 0 failed"
        assert not list(out.glob("*.update.*"))

    (root / "story" / "later.txt").write_text(LATER)
    report = summarize.batch(root, out, options=BriefOptions(engine="extractive", words=40))
    assert report.summary() == "1 briefed (1 with an update), 1 skipped (unchanged), 0 failed"
    assert update_says(out) == (since_last_run(3), ["later.txt"])


def test_a_forced_or_reformatted_run_after_an_update_keeps_it_and_adds_none(
    tmp_path: Path,
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    assert update_says(out) == (since_last_run(2), ["delta.txt"])
    written = snapshot(out)["story.update.md"]

    forced = summarize.batch(root, out, options=EXTRACTIVE, force=True)
    reformatted = summarize.batch(root, out, options=EXTRACTIVE, formats="json")

    for report in (forced, reformatted):
        assert report.summary() == "2 briefed, 0 skipped (unchanged), 0 failed"
    assert not (out / "story.update.json").exists()
    assert snapshot(out)["story.update.md"] == written  # the last growth's update, untouched
    # It is still the set's: a run with nothing to do skips the set and touches no file ...
    settled = snapshot(out)
    assert summarize.batch(root, out, options=EXTRACTIVE, formats="json").count("skipped") == 2
    assert snapshot(out) == settled
    # ... and --no-updates, re-briefing the set, removes it.
    summarize.batch(root, out, options=EXTRACTIVE, formats="json", force=True, updates=False)
    assert not list(out.glob("*.update.*"))


def test_a_set_that_grows_twice_gets_an_update_over_each_runs_new_article(
    tmp_path: Path,
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    assert update_says(out) == (since_last_run(2), ["delta.txt"])

    (root / "story" / "later.txt").write_text(LATER)
    report = summarize.batch(root, out, options=EXTRACTIVE)

    assert report.summary() == "1 briefed (1 with an update), 1 skipped (unchanged), 0 failed"
    assert update_says(out) == (since_last_run(3), ["later.txt"])
    # The manifest keeps what the last run saw, in the same schema (an older reader's).
    db = sqlite3.connect(out / "manifest.sqlite")
    rows = db.execute("SELECT run, key FROM seen WHERE name = 'story'").fetchall()
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()
    assert sorted(key for _, key in rows) == ["alpha.txt", "beta.txt", "delta.txt", "later.txt"]
    assert len({run for run, _ in rows}) == 1


def test_an_edited_or_removed_article_is_never_new(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE)
    written = snapshot(out)["story.update.md"]

    # delta edited in place, then beta removed: each run re-briefs the set, with no update.
    with (root / "story" / "delta.txt").open("a") as stream:
        stream.write("\nThe river fell back below its banks on Friday evening.\n")
    edited = summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "beta.txt").unlink()
    removed = summarize.batch(root, out, options=EXTRACTIVE)

    for report in (edited, removed):
        assert report.summary() == "1 briefed, 1 skipped (unchanged), 0 failed"
    assert written and "story.update.md" not in snapshot(out)  # stale next to an edited set
    # The next article is the only new one; the history is what the last run saw.
    (root / "story" / "later.txt").write_text(LATER)
    summarize.batch(root, out, options=EXTRACTIVE)
    assert update_says(out) == (since_last_run(2), ["later.txt"])


def test_an_interrupted_run_resumes_against_the_last_run_that_finished_the_set(
    tmp_path: Path,
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)

    def stop_after_quiet(result: SetResult, done: int, total: int) -> None:
        if result.status == "ok":
            raise KeyboardInterrupt  # as Ctrl-C after "quiet" is committed, before "story"

    with pytest.raises(BatchInterrupted):
        summarize.batch(root, out, options=EXTRACTIVE, force=True, progress=stop_after_quiet)
    assert not list(out.glob("*.update.*"))
    resumed = summarize.batch(root, out, options=EXTRACTIVE)
    assert resumed.summary() == "1 briefed (1 with an update), 1 skipped (unchanged), 0 failed"
    assert update_says(out) == (since_last_run(2), ["delta.txt"])

    # Killed after writing the next update, before its row committed: the resumed (here
    # forced) run compares with the last committed run again, not with the files on disk.
    committed = (out / "manifest.sqlite").read_bytes()
    (root / "story" / "later.txt").write_text(LATER)
    summarize.batch(root, out, options=EXTRACTIVE)
    (out / "manifest.sqlite").write_bytes(committed)
    again = summarize.batch(root, out, options=EXTRACTIVE, force=True)
    assert again.summary() == "2 briefed (1 with an update), 0 skipped (unchanged), 0 failed"
    assert update_says(out) == (since_last_run(3), ["later.txt"])


def test_a_manifest_that_kept_the_run_before_the_last_reports_nothing_seen_as_new(
    tmp_path: Path,
) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    (root / "story" / "delta.txt").write_text(DELTA)
    summarize.batch(root, out, options=EXTRACTIVE, updates=False)
    # What the previous version kept after these runs: the run before the last one too.
    db = sqlite3.connect(out / "manifest.sqlite")
    with db:
        db.execute(
            "INSERT INTO seen SELECT name, run - 1, key, hash FROM seen"
            " WHERE name = 'story' AND key != 'delta.txt'"
        )
    db.close()

    report = summarize.batch(root, out, options=EXTRACTIVE, force=True)

    assert report.summary() == "2 briefed, 0 skipped (unchanged), 0 failed"
    assert not list(out.glob("*.update.*"))
    db = sqlite3.connect(out / "manifest.sqlite")
    runs = db.execute("SELECT DISTINCT run FROM seen WHERE name = 'story'").fetchall()
    db.close()
    assert len(runs) == 1  # the run before is dropped: an older reader finds only the last


# An article about something else saved into the set (probe 17 D5).
OFF_STORY = (
    "Kellin Orchestra Names New Conductor\n\n"
    "The Kellin Symphony Orchestra announced on Wednesday that conductor Pavel Ruzic will "
    "lead its autumn season.\n\n"
    "Ruzic, 52, previously worked with ensembles in Vienna and Prague.\n\n"
    "Tickets for the opening concert, a programme of Dvorak and Janacek, go on sale next "
    "month.\n"
)


def test_an_article_off_the_story_added_to_a_set_is_no_update(tmp_path: Path) -> None:
    root, out = make_sets(tmp_path / "in"), tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE, formats="all")
    (root / "story" / "zz_concert.txt").write_text(OFF_STORY)
    summarize.batch(root, out, options=EXTRACTIVE, formats="all")
    update = json.loads((out / "story.update.json").read_text())
    # Judged against the articles read before, as the full briefing judges it.
    full = json.loads((out / "story.json").read_text())
    for briefing in (update, full):
        (concert,) = [s for s in briefing["sources"] if s["id"] == "zz_concert"]
        assert "off_story" in concert["flags"]
        assert any("zz_concert.txt: off the story" in w for w in briefing["warnings"])
    assert update["sentences"] == [] and update["stats"]["nothing_new"] is True
    # Titled after the story read, not the concert.
    assert update["title"] == "Flood Hits River Town"
    assert (out / "story.update.md").read_text().startswith("# Flood Hits River Town\n")

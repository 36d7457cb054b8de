import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarize
from summarize.batches import discover_sets, output_names
from summarize.cli import app
from summarize.output import BRIEFING_MARKER
from summarize.pipeline import BriefOptions
from tests.conftest import STORY, write_articles

EXTRACTIVE = BriefOptions(engine="extractive", words=60)


def make_sets(root: Path, count: int = 3) -> Path:
    for index in range(count):
        articles = {name: text.replace("Eastwick", f"Town{index}") for name, text in STORY.items()}
        write_articles(root / f"set{index:02d}", articles)
    return root


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def test_bad_set_is_recorded_and_the_rest_is_briefed(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 2)
    (root / "broken").mkdir()
    (root / "broken" / "a.txt").write_bytes(b"")
    report = summarize.batch(root, tmp_path / "out", options=EXTRACTIVE, formats="both")
    assert report.summary() == "2 briefed, 0 skipped (unchanged), 1 failed"
    failed = next(r for r in report.results if r.status == "failed")
    assert failed.name == "broken" and "empty file" in (failed.error or "")
    data = json.loads((tmp_path / "out" / "set00.json").read_text())
    assert data["sentences"] and (tmp_path / "out" / "set01.md").is_file()


def test_second_run_does_no_work_and_changes_no_file(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in")
    out = tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    before = snapshot(out)
    report = summarize.batch(root, out, options=EXTRACTIVE)
    assert report.count("skipped") == 3 and report.count("ok") == 0
    assert snapshot(out) == before


def test_changed_article_rebriefs_only_its_set_and_force_redoes_all(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in")
    out = tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    with (root / "set01" / "alpha.txt").open("a") as stream:
        stream.write("\nA second bridge was closed on Tuesday after cracks were found in it.\n")
    report = summarize.batch(root, out, options=EXTRACTIVE)
    assert [(r.name, r.status) for r in report.results] == [
        ("set00", "skipped"),
        ("set01", "ok"),
        ("set02", "skipped"),
    ]
    assert summarize.batch(root, out, options=EXTRACTIVE, force=True).count("ok") == 3
    changed_options = BriefOptions(engine="extractive", words=40)
    assert summarize.batch(root, out, options=changed_options).count("ok") == 3


def test_jsonl_sets_and_unsafe_names(tmp_path: Path) -> None:
    lines = [
        {"id": "../../escape", "articles": [{"text": STORY["alpha.txt"]}]},
        {"id": "a/b", "articles": [{"text": STORY["beta.txt"]}]},
        {"id": "a?b", "articles": [{"text": STORY["gamma.txt"]}]},
    ]
    path = tmp_path / "sets.jsonl"
    duplicate = {"id": "a/b", "articles": [{"text": STORY["alpha.txt"]}]}
    path.write_text("\n".join(json.dumps(line) for line in [*lines, duplicate]) + "\n{broken\n")
    out = tmp_path / "out"
    report = summarize.batch(path, out, options=EXTRACTIVE)
    assert report.count("ok") == 3
    assert len(report.problems) == 2
    assert "sets.jsonl:5: malformed JSON line" in report.problems[0]
    assert "sets.jsonl:4: set name 'a/b' is already used by" in report.problems[1]
    files = sorted(p.name for p in out.iterdir() if p.suffix == ".md")
    assert len(files) == 3 and "escape.md" in files
    assert all((out / name).resolve().parent == out.resolve() for name in files)
    assert not (tmp_path.parent / "escape.md").exists()
    names = output_names(discover_sets(path)[0])
    assert names["a/b"] != names["a?b"]


def test_workers_give_the_same_outputs(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 4)
    summarize.batch(root, tmp_path / "one", options=EXTRACTIVE, workers=1)
    summarize.batch(root, tmp_path / "two", options=EXTRACTIVE, workers=2)
    for name in ("set00.md", "set03.md"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_killed_run_resumes_without_losing_or_corrupting_briefings(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 40)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "summarize",
        "batch",
        str(root),
        "-o",
        str(out),
        "--engine",
        "extractive",
        "-q",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not (out.is_dir() and any(out.glob("*.md"))):
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list(out.glob("*.md")))
    assert done_before < 40, "the job finished before it could be killed"
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "0 failed" in result.stdout
    outputs = sorted(out.glob("*.md"))
    assert len(outputs) == 40
    assert list(out.glob(".*.tmp")) == []  # half-written temp files of the killed run are gone
    for path in outputs:
        text = path.read_text()
        # Complete: the Sources list, then the marker that ends every briefing.
        assert text.startswith("# ") and text.endswith(f"`\n{BRIEFING_MARKER}\n")
    again = subprocess.run(command, capture_output=True, text=True, check=False)
    assert again.stdout.startswith("0 briefed, 40 skipped")


def test_cli_summary_line_and_exit_code(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 1)
    (root / "empty").mkdir()
    (root / "empty" / "x.txt").write_text(" ")
    result = CliRunner().invoke(
        app, ["batch", str(root), "-o", str(tmp_path / "out"), "--engine", "extractive"]
    )
    assert result.exit_code == 1
    assert "1 briefed, 0 skipped (unchanged), 1 failed" in result.stdout
    assert "failed empty" in result.stderr


def test_ray_executor_matches_local(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install -e '.[ray]')")
    root = make_sets(tmp_path / "in", 2)
    try:
        ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)
    except Exception as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"Ray cannot start on this machine: {error}")
    try:
        report = summarize.batch(root, tmp_path / "ray", options=EXTRACTIVE, executor="ray")
    finally:
        ray.shutdown()
    summarize.batch(root, tmp_path / "local", options=EXTRACTIVE)
    assert report.count("ok") == 2
    for name in ("set00.md", "set01.md"):
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    again = summarize.batch(root, tmp_path / "ray", options=EXTRACTIVE)
    assert again.count("skipped") == 2


def test_batch_and_brief_read_records_by_one_rule(tmp_path: Path) -> None:
    from summarize.ingest import read_articles

    records = [
        {"id": "a", "text": STORY["alpha.txt"], "title": "Flood\nHits"},
        {"title": "no text"},
        {"text": ["not", "a", "string"]},
        {"text": "   "},
        "not an object",
        {"id": "b", "text": STORY["beta.txt"]},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    sets = tmp_path / "sets.jsonl"
    sets.write_text(json.dumps({"id": "s", "articles": records}) + "\n")
    read = read_articles([feed])
    report = summarize.batch(sets, tmp_path / "out", options=EXTRACTIVE, formats="json")
    (result,) = report.results
    assert result.status == "ok"
    reasons = [str(error).split(": ", 1)[1] for error in read.skipped]
    assert [w.split(": ", 1)[1] for w in result.warnings] == reasons
    assert reasons == [
        "missing 'text' field",
        "'text' must be a string",
        "'text' is empty",
        "expected a JSON object, got str",
    ]
    data = json.loads((tmp_path / "out" / "s.json").read_text())
    assert [s["id"] for s in data["sources"]] == [a.id for a in read.articles] == ["a", "b"]
    assert data["sources"][0]["title"] == read.articles[0].title == "Flood Hits"


def test_a_jsonl_set_carries_its_own_focus(tmp_path: Path) -> None:
    texts = [{"text": text} for text in STORY.values()]
    path = tmp_path / "sets.jsonl"
    lines = [
        {"id": "plain", "articles": texts},
        {"id": "aimed", "articles": texts, "focus": "bridges"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    sets, _ = discover_sets(path)
    assert [s.focus for s in sets] == [None, "bridges"]
    out = tmp_path / "out"
    summarize.batch(path, out, options=EXTRACTIVE, formats="json")
    assert json.loads((out / "aimed.json").read_text())["stats"]["focus"] == "bridges"
    assert json.loads((out / "plain.json").read_text())["stats"]["mode"] == "general"


def test_a_jsonl_set_reports_articles_skipped_when_read_and_when_prepared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarize import clean as clean_module

    real_clean = clean_module.clean

    def fragile(article):  # type: ignore[no-untyped-def]
        if "fragile" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real_clean(article)

    monkeypatch.setattr(clean_module, "clean", fragile)
    articles = [{"text": text} for text in STORY.values()]
    articles += [{"title": "no text at all"}, {"text": "A fragile page that cannot be cleaned."}]
    path = tmp_path / "sets.jsonl"
    path.write_text(json.dumps({"id": "story", "articles": articles}) + "\n")
    out = tmp_path / "out"
    summarize.batch(path, out, options=EXTRACTIVE, formats="json", workers=1)
    skipped = json.loads((out / "story.json").read_text())["stats"]["skipped_inputs"]
    assert len(skipped) == 2
    assert "could not be cleaned (RecursionError" in skipped[1]


def test_markdown_briefing_of_a_set_names_its_skipped_inputs(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 1)
    (root / "set00" / "empty.txt").write_bytes(b"")
    (root / "set00" / "blob.txt").write_bytes(bytes(range(256)) * 8)
    summarize.batch(root, tmp_path / "out", options=EXTRACTIVE)
    markdown = (tmp_path / "out" / "set00.md").read_text()
    not_read = markdown.split("\n## Not read\n\n", 1)[1].removesuffix(f"{BRIEFING_MARKER}\n")
    assert [line.rsplit("/", 1)[-1] for line in not_read.splitlines()] == [
        "blob.txt: binary file, not text",
        "empty.txt: empty file (0 bytes)",
    ]


def test_outputs_left_by_a_format_change_are_reported_and_kept(tmp_path: Path) -> None:
    root = make_sets(tmp_path / "in", 2)
    out = tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE, formats="all")
    (out / "set00.txt").write_text("my own notes\n")  # never written by summarize
    (out / "set01.json").unlink()  # deleted by the user: nothing to report
    before = {name: (out / name).read_bytes() for name in ("set00.json", "set01.html")}
    report = summarize.batch(root, out, options=EXTRACTIVE, formats="md")
    assert report.notes == [
        "3 output file(s) of an earlier run were not written again by this one and are out "
        "of date next to their set's new briefing: set00.html, set00.json, set01.html; left "
        "in place (delete them, or use --format all to keep every format current)"
    ]
    assert before == {name: (out / name).read_bytes() for name in before}  # nothing lost
    # The index an earlier run wrote no longer links the pages this run left stale.
    assert "set00.html" not in (out / "index.html").read_text()
    quiet = snapshot(out)
    again = summarize.batch(root, out, options=EXTRACTIVE, formats="md")
    assert again.notes == [] and snapshot(out) == quiet  # told once; a re-run writes nothing


def test_a_briefing_renamed_by_a_new_set_leaves_its_old_file_reported(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write_articles(root / "a b", STORY)
    out = tmp_path / "out"
    summarize.batch(root, out, options=EXTRACTIVE)
    write_articles(root / "a-b", STORY)  # the same safe name: both sets get a hashed one
    report = summarize.batch(root, out, options=EXTRACTIVE, force=True)
    assert report.count("ok") == 2 and (out / "a-b.md").is_file()
    assert report.notes == [
        "1 output file(s) of an earlier run were not written again by this one and are out "
        "of date next to their set's new briefing: a-b.md; left in place (delete them)"
    ]

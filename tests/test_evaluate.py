import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize.cli import app
from summarize.errors import InputError
from summarize.evaluate import RougeScorer, load_clusters, truncate_words

pytest.importorskip("rouge_score", reason="the eval extra (rouge-score) is not installed")

REFERENCE = "Heavy rain flooded Eastwick on Monday. Three hundred residents left their homes."
CLUSTERS = [
    {
        "id": "flood",
        "documents": [
            {
                "doc_id": "d1",
                "headline": "Flood",
                "text": "Heavy rain flooded the town of Eastwick on Monday. Three hundred residents left their homes as water rose.",
            },
            {
                "doc_id": "d2",
                "text": "Rescue crews used boats in Eastwick after heavy rain flooded streets on Monday.",
            },
        ],
        "references": [{"annotator": "A", "text": REFERENCE}],
    },
    {
        "id": "empty",
        "documents": [{"doc_id": "x", "text": "   "}],
        "references": [{"text": REFERENCE}],
    },
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "clusters.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in CLUSTERS) + "\n")
    return path


def test_truncate_keeps_lines_and_budget() -> None:
    assert truncate_words("a b c\nd e f", 4) == "a b c\nd"


def test_scorer_identical_summary_is_perfect_and_budget_cuts() -> None:
    scorer = RougeScorer()
    perfect = scorer.score(REFERENCE, [REFERENCE], budget=50)
    assert perfect["rouge1"] == pytest.approx(1.0)
    cut = scorer.score(REFERENCE, [REFERENCE], budget=3)
    assert cut["rouge2"] == pytest.approx(1.0)  # both sides cut to "Heavy rain flooded"


def test_eval_command_scores_reports_failures_and_writes_predictions(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", str(data), "--words", "30", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "cluster empty failed and scores 0" in result.stderr
    assert "summarize" in result.stdout and "R-2" in result.stdout
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["flood", "empty"]
    assert lines[0]["system"] == "summarize"
    assert "Eastwick" in lines[0]["summary"]


def test_limit_and_loader(data: Path) -> None:
    (cluster,) = load_clusters(data, limit=1)
    assert cluster.articles[0].title == "Flood"
    assert cluster.references == [REFERENCE]


def test_loader_counts_clusters_not_lines_and_names_the_line_of_a_bad_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clusters.jsonl"
    lines = [json.dumps(CLUSTERS[0]), "", json.dumps(CLUSTERS[1]), "{not json", "[1, 2]"]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    assert [c.id for c in load_clusters(path, limit=2)] == ["flood", "empty"]
    with pytest.raises(InputError, match=r"clusters\.jsonl:4: malformed JSON line"):
        list(load_clusters(path))
    path.write_text(json.dumps(CLUSTERS[0]) + "\n" + lines[4] + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"clusters\.jsonl:2: not a cluster record"):
        list(load_clusters(path))


def test_update_sets_get_the_earlier_sets_of_their_topic_as_history() -> None:
    from summarize.evaluate import Cluster, update_histories, update_set
    from tests.conftest import build_article

    def cluster(cluster_id: str) -> Cluster:
        return Cluster(cluster_id, [build_article("Some text here.", id=cluster_id)], [])

    clusters = [cluster("T1-A"), cluster("T1-B"), cluster("T1-C"), cluster("T2-A")]
    histories = update_histories(clusters)
    assert [a.id for a in histories["T1-C"]] == ["T1-A", "T1-B"]
    assert [a.id for a in histories["T1-B"]] == ["T1-A"]
    assert histories["T1-A"] == [] and histories["T2-A"] == []
    assert update_set("T7") is None and update_set("T7-b") == ("T7", "B")


def test_a_cluster_topic_becomes_one_focus_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from summarize.evaluate import load_clusters

    record = {
        "id": "T1",
        "topic": {"title": "Flood relief", "narrative": "Describe the aid given."},
        "documents": [{"text": "Aid arrived."}],
        "references": [],
    }
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (loaded,) = load_clusters(path)
    assert loaded.topic == "Flood relief. Describe the aid given."

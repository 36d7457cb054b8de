import json

from summarize.models import BriefingStats, GenerationStats, SourceInfo

GENERATION = GenerationStats(
    model="tiny-bart",
    model_family="bart",
    device="cpu",
    window_tokens=1024,
    input_tokens=900,
    model_input_tokens=600,
    input_share=0.6667,
    sentences_left_out=4,
    windows_per_round=(2, 1),
    generation_rounds=2,
    generations=3,
    generated_tokens=120,
    input_cut_to_fit=True,
    threads=None,
    generated_sentences=5,
    unsupported=1,
    unsupported_kept=False,
)


def test_stats_leave_out_what_is_absent_and_write_model_figures_inline() -> None:
    stats = BriefingStats(articles=2, selected=1, corroboration=(2,), generation=GENERATION)
    record = stats.to_dict()
    keys = list(record)
    # The model's figures sit between the per-article maps and the mode, as their own keys.
    assert keys[keys.index("stubs") + 1 : keys.index("mode")] == list(GENERATION.__annotations__)
    assert record["windows_per_round"] == [2, 1] and record["threads"] is None
    for absent in ("generation", "focus", "history", "nothing_new", "updated_sources"):
        assert absent not in record
    assert "skipped_inputs" not in record and "removed_lines" not in record
    assert "model" not in BriefingStats().to_dict()


def test_stats_dict_is_what_json_reads_back() -> None:
    stats = BriefingStats(
        articles=1,
        boilerplate_removed={"a": {"byline": 2}},
        languages={"a": "en"},
        stubs={"a": "under 40 words"},
        mode="update",
        history={"inputs": [{"path": "day1.json", "kind": "briefing", "sentences": 3}]},
        nothing_new=False,
        updated_sources=(SourceInfo("old", "Old report", "day1/old.txt", url=None),),
        skipped_inputs=("in/c.txt: empty file",),
        removed_lines={"a": (("byline", "By Jane Doe"),)},
    )
    record = stats.to_dict()
    assert json.loads(json.dumps(record)) == record
    # An earlier source is written without its empty fields; removed lines as records.
    assert record["updated_sources"] == [
        {"id": "old", "title": "Old report", "path": "day1/old.txt"}
    ]
    assert record["removed_lines"] == {"a": [{"category": "byline", "text": "By Jane Doe"}]}
    assert list(record)[-4:] == [
        "nothing_new",
        "updated_sources",
        "skipped_inputs",
        "removed_lines",
    ]

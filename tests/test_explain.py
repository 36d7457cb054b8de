"""--explain: score parts and the reasons candidates were passed over, from the selection."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarize import engines
from summarize.cli import app
from summarize.engines import EngineResult
from summarize.models import Article, BriefSentence, Support
from summarize.pipeline import BriefOptions, brief_articles
from summarize.render import to_json, to_markdown
from tests.conftest import write_articles

runner = CliRunner()

LEAD = "Heavy rain flooded the river town of Eastwick on Monday, forcing 300 residents from their homes."
# Nearly the same fact in other words, with another count: grouping never merges
# sentences whose figures differ, but it is close enough to restate the lead.
PARAPHRASE = (
    "Heavy rain swamped Eastwick on Monday, and 280 residents of the river town "
    "had to leave their homes."
)
# Close enough to the lead to merge with it: cited, not shown.
CLOSE_COPY = (
    "Heavy downpours swamped Eastwick, a river town, on Monday and forced 300 of its "
    "residents out of their homes."
)


def paraphrase_set(second_lead: str = PARAPHRASE) -> dict[str, str]:
    return {
        "north.txt": (
            f"{LEAD}\n\n"
            "The mayor, Jane Porter, said the water rose faster than in any storm since 1998.\n\n"
            "Emergency crews used boats to reach families trapped on upper floors.\n"
        ),
        "south.txt": (
            f"{second_lead}\n\n"
            "Volunteers opened the high school gym as a shelter with cots and hot meals.\n\n"
            "Forecasters expect the river to crest on Tuesday evening before slowly falling.\n"
        ),
    }


# The third sentence of north leans on a weak predecessor ("It also ..."); 40 words leave
# no room for the pair, and the other sentences do not all fit.
LEANING_SET = {
    "north": (
        f"{LEAD}\n\n"
        "A farmer on the hill road watched his sheep from the roof of a barn for several hours."
        "\n\nIt also cut power to the river town of Eastwick and closed the main bridge on "
        "Monday.\n\nEmergency crews used boats to reach families trapped on upper floors."
    ),
    "south": (
        f"{LEAD}\n\n"
        "Volunteers opened the high school gym as a shelter with cots and hot meals.\n\n"
        "Forecasters expect the river to crest on Tuesday evening before slowly falling."
    ),
}


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def explained_json(folder: Path, *extra: str) -> dict:
    result = runner.invoke(
        app, ["brief", str(folder), "-f", "json", "-o", "b.json", "-q", "--explain", *extra]
    )
    assert result.exit_code == 0, result.output
    return json.loads(Path("b.json").read_text())


def test_explain_lists_a_restatement_as_why_a_paraphrase_was_not_selected(
    tmp_path: Path,
) -> None:
    folder = write_articles(tmp_path / "flood", paraphrase_set())
    result = runner.invoke(app, ["brief", str(folder), "-w", "60", "-q", "--explain"])
    assert result.exit_code == 0, result.output
    assert "restates sentence 1" in result.stderr
    assert "Heavy rain swamped Eastwick" in result.stderr

    data = explained_json(folder, "-w", "60")
    shown = [s["text"] for s in data["sentences"]]
    assert shown[0] == LEAD and PARAPHRASE not in shown
    passed = {item["text"]: item for item in data["explain"]["not_selected"]}
    assert passed[PARAPHRASE]["reason"] == "restates"
    assert passed[PARAPHRASE]["restates"] == 1
    assert passed[PARAPHRASE]["sources"] == ["south"]


def test_explain_says_a_merged_paraphrase_is_cited_not_shown(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "flood", paraphrase_set(CLOSE_COPY))
    result = runner.invoke(app, ["brief", str(folder), "-w", "60", "-q", "--explain"])
    assert result.exit_code == 0, result.output
    assert "merged, cited not shown: south#0" in result.stderr

    first = explained_json(folder, "-w", "60")["explain"]["sentences"][0]
    assert first["text"] == LEAD and first["sources"] == ["north", "south"]
    assert first["merged"] == [{"source": "south", "sentence_index": 0, "text": CLOSE_COPY}]


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_explain_never_changes_the_briefing(tmp_path: Path, fmt: str) -> None:
    folder = write_articles(tmp_path / "flood", paraphrase_set())
    plain = runner.invoke(app, ["brief", str(folder), "-f", fmt, "-o", f"plain.{fmt}"])
    explained = runner.invoke(
        app, ["brief", str(folder), "-f", fmt, "-o", f"explained.{fmt}", "--explain"]
    )
    assert plain.exit_code == explained.exit_code == 0
    before = Path(f"plain.{fmt}").read_bytes()
    after = Path(f"explained.{fmt}").read_bytes()
    if fmt == "md":
        assert after == before
        assert plain.stdout == explained.stdout
    else:
        data = json.loads(after)
        assert "explain" in data and "explain" not in json.loads(before)
        del data["explain"]
        assert (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode() == before
    assert "not selected" in explained.stderr and "not selected" not in plain.stderr


def test_budget_and_cannot_stand_alone_reasons() -> None:
    articles = [
        Article(id=name, text=text, path=f"{name}.txt", published="2024-05-06")
        for name, text in LEANING_SET.items()
    ]
    briefing = brief_articles(articles, BriefOptions(words=40, explain=True))
    assert briefing.explain is not None
    reasons = {item.text.split()[0]: item for item in briefing.explain.passed}
    leaning = reasons["It"]
    assert leaning.reason == "cannot_stand_alone"
    assert "north#1" in leaning.detail and "not selected" in leaning.detail
    over_budget = [item for item in briefing.explain.passed if "did not fit" in item.detail]
    assert over_budget, [item.detail for item in briefing.explain.passed]
    words_used = briefing.word_count
    for item in over_budget:
        assert len(item.text.split()) > 40 - words_used  # it really did not fit
    # Same selection with and without --explain.
    plain = brief_articles(articles, BriefOptions(words=40))
    assert to_markdown(plain) == to_markdown(briefing)


def test_parts_sum_to_the_score_shown(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "flood", paraphrase_set())
    explain = explained_json(folder, "--focus", "shelter for residents")["explain"]
    rows = explain["sentences"] + explain["not_selected"]
    assert rows and "focus" in explain["sentences"][0]["parts"]
    for row in rows:
        assert sum(row["parts"].values()) == pytest.approx(row["score"], abs=1e-9)
    result = runner.invoke(app, ["brief", str(folder), "-q", "--explain"])
    assert "centrality" in result.stderr and "corroboration" in result.stderr


def test_explain_of_generated_sentences_is_their_alignment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Generated:
        name = "abstractive"

        def __init__(self, options: BriefOptions) -> None: ...

        def unavailable(self) -> None:
            return None

        def ready(self) -> str:
            return "a test generator"

        def condense(self, prepared: object, request: object) -> EngineResult:
            support = (Support("north", 0, 0, len(LEAD), 0.8),)
            return EngineResult([BriefSentence("Rain forced 300 out.", ("north",), support, 0.8)])

    monkeypatch.setattr(engines, "create", lambda name, options: Generated(options))
    articles = [
        Article(id=name.removesuffix(".txt"), text=text, path=name)
        for name, text in paraphrase_set().items()
    ]
    briefing = brief_articles(articles, BriefOptions(engine="abstractive", explain=True))
    data = json.loads(to_json(briefing))["explain"]
    assert "alignment" in data["method"]
    assert data["sentences"] == [
        {
            "sentence": 1,
            "text": "Rain forced 300 out.",
            "score": 0.8,
            "parts": {"support_score": 0.8},
            "sources": ["north"],
            "merged": [],
        }
    ]


PUZZLES = "The crossword and the weekend puzzles are on page twelve of the print edition."


def test_a_stubs_off_story_sentence_and_a_second_telling_by_its_figures_are_explained() -> None:
    story = (
        "Cholera has killed 11 people and sickened 205 in the Marenga district, the health "
        "ministry said. Schools in the district stayed closed on Friday for a week. "
        "Volunteers handed out bottled water at the central market in Lubanzi. The regional "
        "governor visited the main hospital on Friday afternoon."
    )
    retold = (
        "The outbreak has now caused 205 suspected cases and 11 deaths, according to the WHO. "
        "Doctors in Lubanzi asked for more oral rehydration salts and clean water. Aid "
        "workers said the camps outside the town needed latrines before the rains."
    )
    articles = [
        Article(id="wire", text=story, path="wire.txt"),
        Article(id="who", text=retold, path="who.txt"),
        Article(id="puzzles", text=PUZZLES, path="puzzles.txt"),  # a stub, off the story
    ]
    briefing = brief_articles(articles, BriefOptions(engine="extractive", words=400, explain=True))
    assert briefing.explain is not None
    reasons = {item.text: item for item in briefing.explain.passed}
    stub = reasons[PUZZLES]
    assert stub.reason == "stub_off_story" and "only stub articles give it" in stub.detail
    # One of the two tellings of the figures is shown, the other explained.
    second = next(item for text, item in reasons.items() if "205" in text)
    assert second.reason == "restates" and "gives its figures" in second.detail

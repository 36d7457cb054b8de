from summarize.clean import clean
from summarize.copies import containment, find_copies, word_shingles
from summarize.dedup import deduplicate
from summarize.pipeline import brief_articles
from summarize.render import to_markdown
from tests.conftest import build_article, build_sentence

WIRE = (
    "Flood waters rose overnight along the Brenner river, and the town council of Eastwick "
    "ordered 300 families to leave their homes before dawn on Monday.\n\n"
    "The regional weather office said two more days of heavy rain were expected, and the "
    "army sent four boats and a field kitchen to the school that now serves as a shelter.\n\n"
    "Farmers upstream said the dikes built after the last great flood had held so far, but "
    "engineers warned that the soil behind them was soaked and could give way."
)
OTHER = (
    "Volunteers in the neighbouring village of Westbury filled sandbags through the night "
    "while the mayor asked the province for emergency money to repair the pumping station.\n\n"
    "The town council of Eastwick ordered 300 families to leave their homes before dawn on "
    "Monday, the mayor of Westbury said.\n\n"
    "Shops in Westbury stayed open so that residents could buy food and candles."
)


def test_a_republished_wire_story_is_a_copy_of_the_first_and_other_reports_are_not() -> None:
    edited = WIRE.replace("before dawn on Monday", "early on Monday") + "\n\nSubscribe today."
    articles = [
        clean(build_article(WIRE, "wire")),
        clean(build_article(OTHER, "local")),
        clean(build_article(edited, "reprint")),
    ]
    assert find_copies(articles) == {"reprint": "wire"}


def test_containment_measures_the_shorter_text_inside_the_longer() -> None:
    short = word_shingles("one two three four five six seven")
    long = word_shingles("zero one two three four five six seven eight nine")
    assert containment(short, long) == 1.0
    assert containment(short, word_shingles("something else entirely, said in other words")) == 0.0


def test_a_copy_does_not_double_corroboration() -> None:
    sentences = [
        build_sentence("The council ordered 300 families to leave their homes on Monday.", "wire"),
        build_sentence(
            "The council ordered 300 families to leave their homes on Monday.", "reprint"
        ),
        build_sentence("The council ordered 300 families to leave their homes on Monday.", "local"),
    ]
    alone = deduplicate(sentences[:2], copy_of={"reprint": "wire"})
    assert alone[0].article_ids == ("wire", "reprint")  # both still cited
    assert alone[0].corroboration == 1
    assert deduplicate(sentences, copy_of={"reprint": "wire"})[0].corroboration == 2


def test_briefing_lists_and_marks_the_copy() -> None:
    articles = [
        build_article(WIRE, "wire", title="Floods in Eastwick"),
        build_article(OTHER, "local", title="Westbury fills sandbags"),
        build_article(WIRE, "reprint", title="Eastwick evacuated"),
    ]
    briefing = brief_articles(articles)
    assert [source.copy_of for source in briefing.sources] == [None, None, "wire"]
    assert briefing.stats.copies == 1
    assert "Eastwick evacuated** `reprint.txt` (copy of [1])" in to_markdown(briefing)
    cited = {source for sentence in briefing.sentences for source in sentence.citations}
    assert "reprint" in cited


def test_a_fact_only_copies_of_one_story_give_is_shown_as_single_source() -> None:
    edited = WIRE.replace("before dawn on Monday", "early on Monday")
    articles = [
        build_article(WIRE, "wire", title="Floods in Eastwick"),
        build_article(OTHER, "local", title="Westbury fills sandbags"),
        build_article(edited, "reprint", title="Eastwick evacuated"),
        build_article(WIRE + "\n\nRead more local news.", "saved", title="Floods"),
    ]
    briefing = brief_articles(articles)
    by_text = {sentence.text: sentence for sentence in briefing.sentences}
    army = next(s for text, s in by_text.items() if "field kitchen" in text)
    assert set(army.citations) == {"wire", "reprint", "saved"}  # every copy still cited
    assert army.corroboration == 1  # but one story
    index = briefing.sentences.index(army)
    assert briefing.stats.corroboration[index] == 1
    shown = to_markdown(briefing, show_corroboration=True)
    line = next(line for line in shown.split("field kitchen", 1)[1:])
    assert line.split("[4]", 1)[1].lstrip().startswith("_(single source)_")


def test_the_original_is_the_same_whatever_order_the_files_come_in() -> None:
    local = (
        "\n\nIn Westbury, the parish hall opened its doors to families from the flooded "
        "streets, and volunteers served soup until midnight."
    )
    republished = build_article(WIRE + local, "reprint")
    for articles in (
        [build_article(WIRE, "wire"), republished],
        [republished, build_article(WIRE, "wire")],
    ):
        # The one the other adds a paragraph to is the original.
        assert find_copies([clean(a) for a in articles]) == {"reprint": "wire"}
    earlier = build_article(WIRE + local, "first", published="2024-03-04")
    later = build_article(WIRE, "second", published="2024-03-05")
    for articles in ([earlier, later], [later, earlier]):
        # Dated, the earlier is the original, whatever the other adds.
        assert find_copies([clean(a) for a in articles]) == {"second": "first"}

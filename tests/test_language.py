from summarize import language
from summarize.pipeline import brief_articles
from tests.conftest import build_article

FRENCH = (
    "Le conseil municipal a adopté mardi le nouveau budget de la ville après un long débat. "
    "Les élus de l'opposition ont voté contre, car ils jugent que les impôts sont trop "
    "élevés pour les familles et que la bibliothèque perd des heures d'ouverture."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag den neuen Haushalt nach einer langen Debatte beschlossen. "
    "Die Opposition stimmte dagegen, weil die Steuern für die Familien zu hoch sind und die "
    "Bibliothek nicht mehr so lange geöffnet ist wie bisher."
)
ENGLISH = (
    "The council approved the new city budget on Tuesday after a long debate. Opposition "
    "members voted against it because they say taxes are too high for families and the "
    "library loses opening hours."
)
RUSSIAN = (
    "Городской совет во вторник принял новый бюджет после долгих дебатов. Оппозиция "
    "голосовала против, потому что налоги для семей слишком высоки и библиотека теперь "
    "будет открыта меньше, чем раньше, и это не всем нравится."
)


def test_languages_are_told_apart_without_a_model() -> None:
    assert language.detect(ENGLISH) == "en"
    assert language.detect(FRENCH) == "fr"
    assert language.detect(GERMAN) == "de"
    assert language.detect(RUSSIAN) == "ru"
    assert language.detect("Σήμερα το συμβούλιο ψήφισε τον νέο προϋπολογισμό της πόλης.") == "el"
    assert language.detect("市议会周二通过了新的城市预算。") == "zh"
    # Too short to tell, or a list with few function words: English, never a guess.
    assert language.detect("Budget passes") == "en"


def test_every_profiled_language_has_shipped_punkt_parameters() -> None:
    import punkt

    shipped = set(punkt.available_languages())
    for code in language._STOPWORDS:
        assert language.punkt_language(code) in shipped


def test_english_first_policy_names_each_foreign_article_and_says_why() -> None:
    mixed = language.report({"a": "en", "b": "fr"})
    assert mixed.unused == {"b"}
    (warning,) = mixed.warnings
    assert "article b is in French (fr)" in warning
    assert "French Punkt parameters" in warning and "not used" in warning
    alone = language.report({"b": "fr", "c": "de"})
    assert alone.unused == frozenset()
    assert all("were used" in line for line in alone.warnings)


def two_english_and_one_french() -> list:  # type: ignore[type-arg]
    return [
        build_article(ENGLISH, id="en1"),
        build_article(ENGLISH.replace("Tuesday", "Monday"), id="en2"),
        build_article(FRENCH, id="fr1"),
    ]


def test_a_french_article_is_reported_in_warnings_and_stats() -> None:
    briefing = brief_articles(two_english_and_one_french())
    assert briefing.stats.languages == {"en1": "en", "en2": "en", "fr1": "fr"}
    assert any("article fr1 is in French (fr)" in line for line in briefing.warnings)
    assert all("conseil" not in sentence.text for sentence in briefing.sentences)
    assert all("fr1" not in sentence.citations for sentence in briefing.sentences)


def test_the_sources_list_says_which_article_is_in_another_language_and_unused() -> None:
    from summarize.render import to_dict, to_markdown

    briefing = brief_articles(two_english_and_one_french())
    lines = {source["id"]: source["flags"] for source in to_dict(briefing)["sources"]}
    assert {"language:fr", "unused"} <= set(lines["fr1"])
    assert not any(flag.startswith("language:") for flag in lines["en1"])
    french = next(line for line in to_markdown(briefing).splitlines() if "fr1" in line)
    assert "_(in French; not quoted" in french
    # Alone, it is used: the list names its language only.
    alone = brief_articles([build_article(FRENCH, id="fr1")])
    assert "_(in French)_" in to_markdown(alone)

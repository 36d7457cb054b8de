import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize import segment as segment_module
from summarize.clean import clean
from summarize.models import BlockKind
from summarize.segment import MAX_SENTENCE_WORDS, segment, sentence_spans
from tests.conftest import build_article


def test_punkt_knows_abbreviations_without_any_download() -> None:
    text = "Dr. Smith met Mr. Jones in the U.S. capital on Jan. 5. They agreed on a plan."
    pieces = [text[a:b] for a, b in sentence_spans(text)]
    assert pieces == [
        "Dr. Smith met Mr. Jones in the U.S. capital on Jan. 5.",
        "They agreed on a plan.",
    ]


def test_sentences_keep_article_paragraph_position_and_span() -> None:
    cleaned = clean(
        build_article("First one here. Second one here.\n\nNew Section\n\nThird one here.", id="x")
    )
    sentences = segment(cleaned)
    assert [(s.index, s.paragraph, s.kind) for s in sentences] == [
        (0, 0, BlockKind.PARAGRAPH),
        (1, 0, BlockKind.PARAGRAPH),
        (2, 1, BlockKind.HEADING),
        (3, 2, BlockKind.PARAGRAPH),
    ]
    for sentence in sentences:
        assert sentence.article_id == "x"
        assert cleaned.text[sentence.start : sentence.end] == sentence.text


def test_text_without_punctuation_is_cut_into_bounded_pieces() -> None:
    text = " ".join(f"word{i}" for i in range(1000))
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(len(text[a:b].split()) <= MAX_SENTENCE_WORDS for a, b in spans)
    assert " ".join(text[a:b] for a, b in spans) == text


def pieces(text: str, language: str = "english") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


def test_a_quotation_split_by_punkt_is_one_unit_again() -> None:
    text = '"The plan will not work. It is far too late," she said. Officials disagreed.'
    assert pieces(text) == [
        '"The plan will not work. It is far too late," she said.',
        "Officials disagreed.",
    ]
    curly = "“We will fight. We will win,” he said. Nobody answered."
    assert pieces(curly)[0] == "“We will fight. We will win,” he said."


def test_a_quotation_that_does_not_close_nearby_is_left_in_sentences() -> None:
    text = '"The plan will not work. ' + "It goes on and on. " * 30 + "End."
    assert pieces(text)[0] == '"The plan will not work.'


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Lake Orrin covers nearly 4,000 square miles (10,400 sq. km) now. It is a park.",
            "Lake Orrin covers nearly 4,000 square miles (10,400 sq. km) now.",
        ),
        (
            "The deal (signed by Gov. Brown and Sen. Lee) passed. Shares rose.",
            "The deal (signed by Gov. Brown and Sen. Lee) passed.",
        ),
        (
            "Rates rose [see the Fed. report] in March. Markets fell.",
            "Rates rose [see the Fed. report] in March.",
        ),
    ],
)
def test_a_parenthesis_split_by_punkt_is_one_unit_again(text: str, first: str) -> None:
    assert pieces(text)[0] == first
    assert "".join(pieces(text)).replace(" ", "") == text.replace(" ", "")


def test_unbalanced_brackets_do_not_swallow_the_text() -> None:
    # A list marker "1)" closes nothing and an unclosed "(" past reach joins nothing.
    assert pieces("1) Prices rose. 2) Wages fell.") == ["1) Prices rose.", "2) Wages fell."]
    text = "A smile :( was all. " + "It goes on and on. " * 30
    assert pieces(text)[0] == "A smile :( was all."


def test_sentences_glued_without_a_space_are_split() -> None:
    text = 'The mayor said.The report comes out Monday. "We won."The crowd cheered.'
    assert pieces(text) == [
        "The mayor said.",
        "The report comes out Monday.",
        '"We won."',
        "The crowd cheered.",
    ]
    # Abbreviations and domain names are not glued sentences.
    assert len(pieces("Shares of Amazon.com rose in the U.S. on Monday.")) == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # After a figure: a capital follows, so it is no decimal.
        (
            "Councillors backed it by 27 votes to 14.The line opens in 2027.",
            "Councillors backed it by 27 votes to 14.",
        ),
        ("The fund holds $4.2 million.Critics want it spent.", "The fund holds $4.2 million."),
        # Before the one-letter words "A" and "I".
        (
            "A review would last at least 12 weeks.A petition has 9,000 names.",
            "A review would last at least 12 weeks.",
        ),
        ("He said it was over.I will stay, she said.", "He said it was over."),
        # After a quotation or a bracket that closes before the mark.
        (
            'The MP called the report "a wake-up call".The hospital must improve.',
            'The MP called the report "a wake-up call".',
        ),
        ("She called it “a disgrace”.The vote is on Monday.", "She called it “a disgrace”."),
        ("Prices rose (by 4%).The central bank acted.", "Prices rose (by 4%)."),
    ],
)
def test_sentences_glued_after_a_figure_or_before_a_one_letter_word_are_split(
    text: str, first: str
) -> None:
    assert pieces(text)[0] == first and len(pieces(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Growth was 2.5 percent on the year.",
        "See e.g.A list of names.",
        "The U.S.A team won.",
        'He works for "U.S.".That is all.',
    ],
)
def test_decimals_and_initials_are_not_glued_sentences(text: str) -> None:
    assert pieces(text) == [text]


def test_headline_line_inside_the_body_is_not_a_sentence() -> None:
    text = (
        "The council approved the new budget on Tuesday after a long debate.\n\n"
        "The cost of the new bridge hits a record high\n\n"
        "Builders said prices rose sharply this year."
    )
    sentences = segment(clean(build_article(text)))
    assert [s.kind for s in sentences] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]


def test_a_french_article_is_split_with_french_parameters() -> None:
    text = (
        "Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au "
        "conseil des ministres avant la fin du mois. Le texte vient de la présidence, "
        "tél. Fournier, et il ne sera pas modifié selon les syndicats."
    )
    cleaned = clean(build_article(text))
    assert cleaned.language == "fr"
    # "tél." is an abbreviation in French Punkt parameters, not in English ones.
    assert [s.text[:15] for s in segment(cleaned)] == ["Le gouvernement", "Le texte vient "]
    assert len(sentence_spans(text, "english")) == 3


def test_a_paragraph_punkt_gives_up_on_is_still_split(monkeypatch: pytest.MonkeyPatch) -> None:
    # NLTK bounds a Punkt regex by a wall-clock timeout: a huge paragraph on a busy machine
    # can raise TimeoutError. The briefing must not fail for it.
    from summarize import segment as segment_module

    class GivesUp:
        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            raise TimeoutError("regex took too long")

    monkeypatch.setattr(segment_module, "punkt_tokenizer", lambda language="english": GivesUp())
    text = "The river rose on Monday. Crews closed the bridge! Schools stay shut."
    pieces = [text[a:b] for a, b in segment_module.sentence_spans(text)]
    assert pieces == ["The river rose on Monday.", "Crews closed the bridge!", "Schools stay shut."]


def test_a_huge_paragraph_is_read_in_pieces_and_keeps_every_sentence() -> None:
    from summarize.segment import sentence_spans

    text = "Flood waters rose in the town of Eastwick. " * 3000  # 130,000 characters
    spans = sentence_spans(text)
    assert len(spans) == 3000
    assert all(text[a:b] == "Flood waters rose in the town of Eastwick." for a, b in spans)


@given(
    st.lists(
        st.sampled_from(
            ["said.The", 'over."The', "end.”The", "a.B", "ab.", "Cd", "”", "“", '"', ".", "?", " "]
        ),
        max_size=12,
    ).map("".join),
    st.integers(0, 6),
)
def test_glued_sentences_are_split_wherever_the_full_pattern_matches(text: str, cut: int) -> None:
    # The cheap pre-check in front of the glued-sentence pattern never hides a boundary.
    spans = [(0, min(cut, len(text))), (min(cut, len(text)), len(text))]
    expected = []
    for start, end in spans:
        for match in segment_module._GLUED.finditer(text, start, end):
            expected.append((start, match.start()))
            start = match.start()
        expected.append((start, end))
    assert segment_module._split_glued(text, spans) == expected


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    text = (
        "Gov. Tina Kotek declared an emergency on Tuesday. Lt. Gov. Ann Ray and Sgt. Ben "
        "Cole of the state police toured the burn area. Capt. Lee said crews held the line."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Gov. Tina Kotek declared an emergency on Tuesday.",
        "Lt. Gov. Ann Ray and Sgt. Ben Cole of the state police toured the burn area.",
        "Capt. Lee said crews held the line.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            '"Investors like it," said Gil Luria, an analyst at D.A. Davidson. Shares rose.',
            '"Investors like it," said Gil Luria, an analyst at D.A. Davidson.',
        ),
        (
            "The deal was advised by bankers at J.P. Morgan and others. Shares rose.",
            "The deal was advised by bankers at J.P. Morgan and others.",
        ),
    ],
)
def test_initials_inside_a_name_do_not_end_the_sentence(text: str, first: str) -> None:
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [first, "Shares rose."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The clinic was to open at 8 a.m. No one was injured in the blast.",
            "The clinic was to open at 8 a.m.",
        ),
        (
            "The mourners returned at 3:30 p.m. Sen. Kennedy then went on to Hyannis Port.",
            "The mourners returned at 3:30 p.m.",
        ),
        (
            "The Mercedes hit the Hummer at 11:21 p.m. As it pulled over, the car sped away.",
            "The Mercedes hit the Hummer at 11:21 p.m.",
        ),
        (
            'Polls closed at 8 p.m. "It was calm," an observer said of the count.',
            "Polls closed at 8 p.m.",
        ),
        # Punkt's abbreviations for states (Ill., Ore., Wash.) are words in lower case.
        (
            "A shift of 61 workers was extracting ore. Rescuers brought 43 miners up.",
            "A shift of 61 workers was extracting ore.",
        ),
        ("He fell seriously ill. Doctors said he would recover.", "He fell seriously ill."),
    ],
)
def test_a_sentence_that_ends_in_a_time_or_a_word_punkt_took_for_an_abbreviation_ends(
    text: str, first: str
) -> None:
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [first, text[len(first) + 1 :]]


@pytest.mark.parametrize(
    "text",
    [
        "The blast happened at 9 p.m. Monday in the north of the country.",
        "Polls close at 8 p.m. EST and counting starts at once.",
        "Polls close at 8 p.m. local time and counting starts at once.",
        "Polls close at 8 p.m. GMT and counting starts at once.",
        "Polls close at 8 p.m. Eastern and counting starts at once.",
        "Polls close at 8 p.m. Moscow time and counting starts at once.",
        "Polls close at 7 p.m. Central European Time on Sunday.",
        "The service starts at 11 p.m. Christmas Eve in the square.",
        "Polls close at 8 p.m. Aug. 6 in most of the states.",
        "They took the 5:30 p.m. Delta flight to Atlanta on Friday.",
        "The Salem, Ore. Police Department said the car was found.",
    ],
)
def test_a_time_or_state_that_a_name_goes_on_does_not_end_the_sentence(text: str) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Punkt ends the sentence at "a.m." before a zone in capitals: the zone stays.
        (
            "Its shares fell 3.5% to $38.20 in trading at 11 a.m. ET.",
            ["Its shares fell 3.5% to $38.20 in trading at 11 a.m. ET."],
        ),
        (
            "Polls open at 9 a.m. ET and close at 8 p.m. PT. Results follow.",
            ["Polls open at 9 a.m. ET and close at 8 p.m. PT.", "Results follow."],
        ),
        (
            "The blast came at 4:10 a.m. UTC. Rescuers arrived within the hour.",
            ["The blast came at 4:10 a.m. UTC.", "Rescuers arrived within the hour."],
        ),
        (
            "Trading halted at 2:15 p.m. EDT. ET Holdings fell 4% on the news.",
            ["Trading halted at 2:15 p.m. EDT.", "ET Holdings fell 4% on the news."],
        ),
        # A piece that opens with a plain lower-case word goes on the sentence before it.
        (
            "The ruling will be read at 11 a.m. ET. on Thursday, a spokeswoman said. It is final.",
            [
                "The ruling will be read at 11 a.m. ET. on Thursday, a spokeswoman said.",
                "It is final.",
            ],
        ),
        (
            "He works for the U.S. government. iPhone sales rose in May.",
            ["He works for the U.S. government.", "iPhone sales rose in May."],
        ),
        # A wire editor's initials under a story are no words going on.
        (
            "Spain backed the euro as a national currency. rr/sof",
            ["Spain backed the euro as a national currency.", "rr/sof"],
        ),
    ],
)
def test_a_time_zone_after_a_clock_time_stays_with_its_sentence(
    text: str, sentences: list[str]
) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    "second",
    ["ETF flows rose later.", "AT&T said the outage was over.", "PTI reported it.", "Rain fell."],
)
def test_a_sentence_after_a_time_that_opens_with_no_time_zone_stays_apart(second: str) -> None:
    text = "The shop shut at 11 p.m. " + second
    cut = len("The shop shut at 11 p.m.")
    spans = segment_module._join_time_zones(text, [(0, cut), (cut + 1, len(text))])
    assert spans == [(0, cut), (cut + 1, len(text))]
    # Nor does a zone after a period that ends no clock time join.
    text = "The shop shut at the end of March. ET Holdings fell."
    cut = text.index(" ET")
    spans = segment_module._join_time_zones(text, [(0, cut), (cut + 1, len(text))])
    assert spans == [(0, cut), (cut + 1, len(text))]


def test_the_mine_blast_paragraph_is_two_sentences() -> None:
    text = (
        "Halvern Mining said the blast happened at about 11:40 p.m. on the 480-metre level, "
        "where a shift of 61 workers was extracting ore. Rescuers brought 43 miners to the "
        "surface overnight, and six were still missing."
    )
    sentences = [s.text for s in segment(clean(build_article(text)))]
    assert sentences == [text[: text.index(" Rescuers")], text[text.index("Rescuers") :]]


@given(
    st.lists(
        st.sampled_from(
            [
                *(" 9 p.m.", " 9a.m.", " ore.", " ill.", " Wash.", " wash.", " the 5", " Rain"),
                *(" “No", " Monday", " Aug. 6", " Eastern", " Moscow time", " EST", " x", " ", "."),
            ]
        ),
        max_size=12,
    ).map("".join),
    st.integers(0, 12),
)
def test_time_and_word_ends_are_split_wherever_the_full_pattern_matches(
    text: str, cut: int
) -> None:
    # The cheap pre-check in front of the abbreviation-end pattern never hides a boundary.
    spans = [(0, min(cut, len(text))), (min(cut, len(text)), len(text))]
    gated = segment_module._split_after_abbreviations(text, spans)
    hint = segment_module._ABBREVIATION_HINT
    try:
        segment_module._ABBREVIATION_HINT = re.compile("")  # every search finds it
        assert gated == segment_module._split_after_abbreviations(text, spans)
    finally:
        segment_module._ABBREVIATION_HINT = hint


_PUNKT_TEXTS = [
    "Gov. Tina Kotek spoke on Monday. The U.S. Army left at 3.5 p.m. on Jan. 4. Then...",
    "\u201cWe will rebuild,\u201d she said. \u201cNot now!\u201d He left... The vote was 5-4.",
    'Mr. J. R. Smith (the mayor) said: "It is over." -- Officials disagreed; 1,200 left.',
    "Prices rose 2.5%. Dr. No\u00ebl Dupont, 41, said \u00ab\u00e7a suffit\u00bb. End.",
    "She finished 5. Smith was 6. A. Jones won. Gate B. Opened at 9. Rain fell.",
]


@pytest.mark.parametrize("text", _PUNKT_TEXTS)
def test_punkt_on_the_standard_re_finds_the_sentences_nltk_finds(text: str) -> None:
    from summarize.nltk_modules import load

    ours = segment_module.punkt_tokenizer()
    stock = load("nltk.tokenize.punkt").PunktSentenceTokenizer(ours._params)
    assert isinstance(ours._lang_vars.period_context_re(), re.Pattern)
    assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))


def test_a_punkt_shaped_otherwise_keeps_its_own_classes() -> None:
    import types

    class Vars:  # no pattern attributes at all
        pass

    class Token:
        pass

    shaped_otherwise = types.ModuleType("punkt_elsewhere")
    shaped_otherwise.PunktLanguageVars = Vars  # type: ignore[attr-defined]
    shaped_otherwise.PunktToken = Token  # type: ignore[attr-defined]
    assert segment_module._on_standard_re.__wrapped__(shaped_otherwise) == (Vars, Token)

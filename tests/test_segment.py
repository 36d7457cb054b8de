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

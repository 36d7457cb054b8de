from summarize.clean import clean
from summarize.models import BlockKind
from summarize.segment import MAX_SENTENCE_WORDS, chunk_sentences, segment, sentence_spans
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


def test_chunks_respect_budget_never_split_sentences_or_mix_articles() -> None:
    articles = [
        clean(build_article("One two three four. Five six seven. Eight nine.", id="a")),
        clean(build_article("Ten eleven twelve thirteen fourteen. Fifteen.", id="b")),
    ]
    sentences = [s for article in articles for s in segment(article)]
    chunks = chunk_sentences(sentences, max_tokens=7)
    assert [c.n_tokens for c in chunks] == [7, 2, 6]
    assert all(len({s.article_id for s in c.sentences}) == 1 for c in chunks)
    assert [s for c in chunks for s in c.sentences] == sentences


def test_overlong_sentence_becomes_its_own_chunk() -> None:
    sentences = segment(clean(build_article("Short one. " + "long " * 20 + "end.", id="a")))
    chunks = chunk_sentences(sentences, max_tokens=5)
    assert [len(c.sentences) for c in chunks] == [1, 1]
    assert chunks[1].n_tokens == 21

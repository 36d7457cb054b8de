import numpy as np
import pytest

from summarize import semantic
from summarize.dedup import deduplicate
from summarize.errors import InputError
from tests.conftest import build_sentence

PARAPHRASES = [
    build_sentence("The army evacuated three hundred villagers as the dam gave way.", "a"),
    build_sentence("Soldiers moved hundreds of residents out when the reservoir wall broke.", "b"),
    build_sentence("Ticket prices for the summer festival went up again this year.", "c"),
]


def test_off_never_uses_embeddings_and_on_without_the_extra_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert semantic.use_embeddings("off") is False
    monkeypatch.setattr(semantic, "available", lambda: False)
    assert semantic.use_embeddings("auto") is False
    with pytest.raises(InputError, match=r"summarize\[semantic\]"):
        semantic.use_embeddings("on")
    with pytest.raises(ValueError, match="auto, on, off"):
        semantic.use_embeddings("sometimes")


def test_close_embeddings_join_paraphrases_that_share_few_words() -> None:
    assert len(deduplicate(PARAPHRASES)) == 3  # too few shared words for the lexical signals
    vectors = np.array([[1.0, 0.0, 0.0], [0.9, np.sqrt(1 - 0.81), 0.0], [0.0, 0.0, 1.0]])
    groups = deduplicate(PARAPHRASES, embeddings=vectors)
    assert [group.article_ids for group in groups] == [("a", "b"), ("c",)]


@pytest.mark.skipif(not semantic.available(), reason="the semantic extra is not installed")
def test_the_shipped_model_embeds_offline_and_sees_the_paraphrase() -> None:
    vectors = semantic.embed([s.text for s in PARAPHRASES])
    assert vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]

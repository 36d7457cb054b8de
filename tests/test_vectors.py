import os
import subprocess
import sys

import pytest

from summarize.vectors import TfidfModel

TEXTS = [
    "Heavy rain flooded the river town of Eastwick on Monday.",
    "Rescue crews used boats in Eastwick after the river rose.",
]


def test_columns_follow_first_occurrence_not_the_hash_seed() -> None:
    model, terms = TfidfModel.from_texts(TEXTS)
    first_seen = list(dict.fromkeys(term for sentence in terms for term in sentence))
    assert list(model.vocabulary) == first_seen


def test_vocabulary_is_the_same_under_another_hash_seed() -> None:
    code = (
        "from summarize.vectors import TfidfModel;"
        f"print(list(TfidfModel.from_texts({TEXTS!r})[0].vocabulary))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


def test_rows_of_the_fitted_texts_are_built_once_and_cannot_be_changed_in_place() -> None:
    model, terms = TfidfModel.from_texts(["Floods closed the river road.", "The road reopened."])
    shared = model.rows(terms)
    assert model.rows(terms) is shared  # title, scoring and attribution share one build
    fresh = model.rows([list(t) for t in terms])  # other lists: built anew, the same values
    assert fresh is not shared
    assert (fresh.data == shared.data).all() and (fresh.indices == shared.indices).all()
    with pytest.raises(ValueError):
        shared.data[0] = 0.0

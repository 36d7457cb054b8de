import os
import subprocess
import sys

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

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: the test process has long imported NLTK itself.
_SCRIPT = """
import json, sys
from summarize.nltk_modules import load
from summarize.segment import punkt_tokenizer, sentence_spans
from summarize.textutil import stem

text = 'Dr. Smith met Mr. Jones on Jan. 5 in the U.S. capital. "No." They left! Did they?'
sentence_spans(text)  # the pipeline's splitter, as a briefing calls it
ours = [list(span) for span in punkt_tokenizer().span_tokenize(text)]
ours_stems = [stem(word) for word in ("running", "generously", "ponies", "agreed")]
light = "nltk" not in sys.modules  # the pipeline ran without importing the package

import nltk  # what a library user may do next
from nltk.stem.porter import PorterStemmer
from nltk.tokenize.punkt import PunktSentenceTokenizer

real = PunktSentenceTokenizer(punkt_tokenizer()._params)
load.cache_clear()
print(json.dumps({
    "light": light,
    "complete": all(hasattr(nltk, name) for name in ("word_tokenize", "corpus", "stem", "pos_tag")),
    "ours": ours,
    "real": [list(span) for span in real.span_tokenize(text)],
    "ours_stems": ours_stems,
    "real_stems": [PorterStemmer().stem(w) for w in ("running", "generously", "ponies", "agreed")],
    "real_used_once_imported": load("nltk.stem.porter") is sys.modules["nltk.stem.porter"],
}))
"""


def test_pipeline_loads_punkt_and_porter_without_nltk_init_and_nltk_stays_whole() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout)
    assert found["light"]
    assert found["complete"]  # a later `import nltk` is the real, complete package
    assert found["ours"] == found["real"]  # the same Punkt code and parameters
    assert len(found["ours"]) == 4
    assert found["ours_stems"] == found["real_stems"] == ["run", "gener", "poni", "agre"]
    assert found["real_used_once_imported"]

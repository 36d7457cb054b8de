"""How many briefing sentences still open with a wire dateline or carry page furniture?

Reads the predictions that `summarize eval --out` writes (one `{"id", "summary"}` per line,
one sentence per line) and counts, with patterns written independently of the cleaner's
(so the cleaner is not graded by its own rules), the sentences that open with a wire
dateline ("WASHINGTON (AP) --", "LIMA, May 9 (Xinhua) --", "BERLIN (AP) _") and those
with a marker of web furniture (archive crawl notes, embed notices, prompts, captions):

    python -m summarize eval ../shared/eval/duc2007_main_pyr23/clusters.jsonl --words 250 \\
        --out /tmp/duc.jsonl
    python benchmarks/furniture_check.py /tmp/duc.jsonl
"""

from __future__ import annotations

import argparse
import json
import re

_DATELINE = re.compile(
    r"^(?:\(?[A-Z][A-Za-z.'’-]*(?: [A-Za-z.'’-]+){0,4}\)?"
    r"(?:, [A-Za-z. ]{2,25}?(?: \d{1,2})?)?)?\s?"
    r"(?:\((?:AP|Reuters|AFP|Xinhua|CNN|UPI|dpa|[A-Z][A-Za-z]{1,15})\)\s?)?(?:--|_|—|–|-)\s"
)
_WIRE_MARK = re.compile(r"[A-Z]{3,}|\((?:AP|Reuters|AFP|Xinhua|CNN)\)")
_FURNITURE = re.compile(
    r"(?i)wayback machine|internet archive|\bcrawls?\b|tweet with a location|javascript"
    r"|cookie|subscribe|newsletter|image copyright|story highlights|advertisement"
    r"|click here|sign up|getty images|photo:|\(photo|continue reading"
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("predictions", nargs="+", help="JSON lines from summarize eval --out")
    parser.add_argument("--show", action="store_true", help="print the sentences counted")
    args = parser.parse_args()
    print(f"{'file':<48} {'sentences':>9} {'dateline':>9} {'%':>5} {'furniture':>9}")
    for path in args.predictions:
        total = datelined = furnished = 0
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                for sentence in json.loads(line)["summary"].splitlines():
                    total += 1
                    opening = _DATELINE.match(sentence)
                    if opening and _WIRE_MARK.search(opening.group(0)):
                        datelined += 1
                        if args.show:
                            print("  dateline:", sentence[:100])
                    if _FURNITURE.search(sentence):
                        furnished += 1
                        if args.show:
                            print("  furniture:", sentence[:100])
        share = 100 * datelined / max(total, 1)
        print(f"{path[-48:]:<48} {total:>9} {datelined:>9} {share:>5.1f} {furnished:>9}")


if __name__ == "__main__":
    main()

"""Screenshots of the seeds briefing page (desktop and phone, plain, tooltip open, after a
click) for a reviewer to look at, and the page's size for real and large article sets.

    python benchmarks/html_screenshots.py [--out outputs/html-screenshots] [--large 1000]

Needs the system Chromium (apt-get install -y chromium). The PNGs are never committed. Size
figures use the 25-article DUC 2007 clusters in ../shared/eval when present (read at run
time, nothing of them written) and synthetic sets of seed sentences for large sets.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package

from summarize.headless import Browser, Page
from summarize.models import Article
from summarize.pipeline import BriefOptions, brief, brief_articles
from summarize.render import to_json, to_markdown
from summarize.render_html import to_html

REPO = Path(__file__).resolve().parent.parent
DUC = REPO.parent / "shared" / "eval" / "duc2007_main_pyr23" / "clusters.jsonl"
OPTIONS = BriefOptions(engine="extractive", words=250)
VIEWS = {"desktop": (1280, 900, False), "phone": (390, 844, True)}


def screenshots(page_file: Path, out: Path) -> list[Path]:
    written = []
    browser = Browser()
    try:
        for view, (width, height, mobile) in VIEWS.items():
            page: Page = browser.page(width, height, mobile)
            page.goto(page_file.as_uri())
            written.append(page.screenshot(out / f"seeds-{view}.png"))
            # A tooltip as a reader hovering the second marker sees it.
            page.evaluate("document.querySelectorAll('a.cite')[1].scrollIntoView({block:'center'})")
            box = page.evaluate(
                "(function(){var r=document.querySelectorAll('a.cite')[1]"
                ".getBoundingClientRect();return [r.x+r.width/2,r.y+r.height/2];})()"
            )
            assert isinstance(box, list)
            page.mouse("mouseMoved", box[0], box[1])
            written.append(page.screenshot(out / f"seeds-{view}-tooltip.png", full_page=False))
            page.mouse("mouseMoved", 1, 1)
            page.click(box[0], box[1])
            time.sleep(0.2)
            page.mouse("mouseMoved", 1, 1)
            written.append(page.screenshot(out / f"seeds-{view}-clicked.png", full_page=False))
            browser.send("Target.closeTarget", {"targetId": page.target})
    finally:
        browser.close()
    return written


def duc_articles() -> list[list[Article]]:
    if not DUC.is_file():
        return []
    clusters = []
    for line in DUC.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        clusters.append(
            [
                Article(
                    id=str(doc["doc_id"]),
                    text=doc["text"],
                    path=f"{cluster['id']}/{doc['doc_id']}",
                    title=doc.get("headline") or None,
                    published=doc.get("date") or None,
                )
                for doc in cluster["documents"]
            ]
        )
    return clusters


def sizes(articles: list[Article]) -> tuple[int, int, int, int, int]:
    briefing = brief_articles(articles, OPTIONS)
    text_chars = sum(len(text) for text in briefing.source_texts.values())
    return (
        len(articles),
        text_chars,
        len(to_html(briefing).encode("utf-8")),
        len(to_markdown(briefing).encode("utf-8")),
        len(to_json(briefing).encode("utf-8")),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "outputs" / "html-screenshots")
    parser.add_argument("--large", type=int, nargs="*", default=[200, 1000])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    page_file = args.out / "seeds.html"
    page_file.write_text(to_html(brief([str(REPO / "seeds")], OPTIONS)), encoding="utf-8")
    for path in screenshots(page_file, args.out):
        print(f"wrote {path}")

    header = ("set", "articles", "text chars", "html bytes", "md bytes", "json bytes")
    print("\n" + " | ".join(header))
    print(" | ".join("---" for _ in header))
    clusters = duc_articles()
    if clusters:
        rows = [sizes(cluster) for cluster in clusters]
        largest = max(rows, key=lambda row: row[2])
        median = [int(statistics.median(row[i] for row in rows)) for i in range(5)]
        print(" | ".join(map(str, ["DUC 2007 median of 23", *median])))
        print(" | ".join(map(str, ["DUC 2007 largest page", *largest])))
    else:
        print(f"(no DUC data at {DUC}: skipped)")
    from scaling import synthetic_articles

    for count in args.large:
        print(" | ".join(map(str, [f"synthetic {count}", *sizes(synthetic_articles(count))])))


if __name__ == "__main__":
    main()

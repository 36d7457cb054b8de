"""The HTML page in a real headless Chromium: what a reader sees, hovers, tabs to and clicks."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarize.headless import Browser, Page, find_browser
from summarize.render_html import to_html
from tests.test_render_html import build_hostile_briefing, build_html_briefing

pytestmark = pytest.mark.skipif(
    find_browser() is None,
    reason="no Chromium on this machine (apt-get install -y chromium; .ci/run installs it)",
)

# WCAG contrast ratio of an element's computed text colour on its computed background.
CONTRAST = """
(function(el){
  function rgb(s){return s.match(/[\\d.]+/g).slice(0,3).map(Number);}
  function lum(c){c=c.map(function(v){v/=255;
    return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4);});
    return 0.2126*c[0]+0.7152*c[1]+0.0722*c[2];}
  var s=getComputedStyle(el),a=lum(rgb(s.color)),b=lum(rgb(s.backgroundColor));
  return (Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
})(%s)
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    instance = Browser()
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("pages")
    plain, hostile = folder / "plain.html", folder / "hostile.html"
    plain.write_text(to_html(build_html_briefing()), encoding="utf-8")
    hostile.write_text(to_html(build_hostile_briefing()), encoding="utf-8")
    return {"plain": plain.as_uri(), "hostile": hostile.as_uri(), "folder": str(folder)}


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    tab = browser.page(width=1000, height=700)
    yield tab
    browser.send("Target.closeTarget", {"targetId": tab.target})


def center(page: Page, selector: str) -> tuple[float, float]:
    box = page.evaluate(
        f"(function(){{var r=document.querySelector({json.dumps(selector)})"
        ".getBoundingClientRect();return [r.x+r.width/2,r.y+r.height/2];})()"
    )
    assert isinstance(box, list)
    return box[0], box[1]


def visible(page: Page, selector: str) -> bool:
    return bool(
        page.evaluate(
            f"(function(){{var e=document.querySelector({json.dumps(selector)});"
            "var r=e.getBoundingClientRect();"
            "return getComputedStyle(e).display!=='none'&&r.width>0&&r.height>0;})()"
        )
    )


def text_of(page: Page, selector: str) -> str:
    return str(page.evaluate(f"document.querySelector({json.dumps(selector)}).innerText"))


def test_hovering_a_marker_shows_the_supporting_sentence(page: Page, pages: dict) -> None:
    page.goto(pages["plain"])
    tip = "#tip1-2"
    assert not visible(page, tip)
    page.mouse("mouseMoved", *center(page, 'a[aria-describedby="tip1-2"]'))
    assert visible(page, tip)
    shown = text_of(page, tip)
    assert "Officials said water rose fast. Schools closed on Monday." in shown
    assert "[2] Beta report" in shown and "2024-01-03" in shown and "news.test" in shown
    assert text_of(page, f"{tip} mark") == "water rose fast."
    page.mouse("mouseMoved", 5, 5)
    assert not visible(page, tip)


def test_keyboard_focus_shows_the_tooltip_and_escape_hides_it(page: Page, pages: dict) -> None:
    page.goto(pages["plain"])
    for _ in range(12):  # past the section links to the first marker
        page.key("Tab", 9)
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation marker is reachable with Tab")
    tip = str(page.evaluate("document.activeElement.getAttribute('aria-describedby')"))
    assert visible(page, f"#{tip}") and "Water rose fast." in text_of(page, f"#{tip} mark")
    page.key("Escape", 27)
    assert not visible(page, f"#{tip}")


def test_clicking_a_marker_scrolls_to_the_highlighted_passage(
    browser: Browser, pages: dict
) -> None:
    page = browser.page(width=1000, height=260)  # the Sources panel starts below the fold
    try:
        page.goto(pages["plain"])
        assert not page.evaluate("document.querySelector('#src2 details').open")
        page.evaluate("document.querySelector('a[href=\"#m2-2\"]').scrollIntoView()")
        before = page.evaluate("scrollY")
        page.click(*center(page, 'a[href="#m2-2"]'))
        state = page.evaluate(
            "(function(){var m=document.getElementById('m2-2'),r=m.getBoundingClientRect();"
            "return {open:m.closest('details').open,active:m.classList.contains('active'),"
            "top:r.top,bottom:r.bottom,h:innerHeight,y:scrollY,hash:location.hash,"
            "bg:getComputedStyle(m).backgroundColor,focus:document.activeElement===m};})()"
        )
        assert isinstance(state, dict)
        assert state["open"] and state["active"] and state["focus"]
        assert state["y"] > before and state["top"] >= 0 and state["bottom"] <= state["h"]
        assert state["hash"] == "#m2-2"
        assert text_of(page, "#m2-2") == "Schools closed on Monday."
        others = page.evaluate("getComputedStyle(document.getElementById('m2-1')).backgroundColor")
        assert state["bg"] != others  # the clicked passage stands out from the other marks
    finally:
        browser.send("Target.closeTarget", {"targetId": page.target})


def test_markup_planted_in_a_source_is_shown_as_text_and_never_runs(
    page: Page, pages: dict
) -> None:
    page.goto(pages["hostile"])
    page.evaluate("document.querySelectorAll('details').forEach(function(d){d.open=true;})")
    page.mouse("mouseMoved", *center(page, 'a[aria-describedby="tip3-3"]'))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
    title = text_of(page, "#src3 .src-title")
    assert title == '<script>window.__pwned = "title"</script>'
    assert "onerror=\"window.__pwned = 'text'\"" in text_of(page, "#src3 .src-text")
    assert '<script>window.__pwned = "title"</script>' in text_of(page, "#tip3-3")
    assert page.evaluate("document.querySelector('#src3 a[href^=\"javascript\"]')") is None


def test_the_page_makes_no_network_request(browser: Browser, page: Page, pages: dict) -> None:
    page.goto(pages["hostile"])
    page.evaluate("document.querySelectorAll('details').forEach(function(d){d.open=true;})")
    # Even markup added after load cannot fetch: the CSP forbids every remote load.
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend',"
        '\'<img src="http://127.0.0.1:9/planted.png"><link rel=stylesheet '
        'href="http://127.0.0.1:9/x.css">\');'
        "fetch('http://127.0.0.1:9/api').catch(function(){});"
        "new Promise(function(r){setTimeout(r,300);})"
    )
    assert page.requests() == [pages["hostile"]]
    assert "http://127.0.0.1:9/planted.png" in page.requests(blocked=True)
    # The same markup in a page without our policy is seen making the request: the check
    # above can fail.
    control = Path(pages["folder"]) / "control.html"
    control.write_text('<img src="http://127.0.0.1:9/planted.png">', encoding="utf-8")
    other = browser.page()
    try:
        other.goto(control.as_uri())
        assert "http://127.0.0.1:9/planted.png" in other.requests()
    finally:
        browser.send("Target.closeTarget", {"targetId": other.target})


def test_accessibility_smoke(page: Page, pages: dict) -> None:
    page.goto(pages["plain"])
    landmarks = page.evaluate(
        "[document.documentElement.lang,document.querySelectorAll('main').length,"
        "document.querySelectorAll('header[role=banner]').length,"
        "document.querySelectorAll('footer[role=contentinfo]').length,"
        "document.querySelectorAll('nav[aria-label]').length,"
        "document.querySelectorAll('h1').length]"
    )
    assert landmarks == ["en", 1, 1, 1, 1, 1]
    markers = page.evaluate(
        "Array.from(document.querySelectorAll('a.cite')).map(function(a){"
        "var tip=document.getElementById(a.getAttribute('aria-describedby'));"
        "return [a.tabIndex, !!a.getAttribute('aria-label'), !!tip && tip.getAttribute('role')];})"
    )
    assert markers == [[0, True, "tooltip"]] * 3
    page.evaluate("document.querySelectorAll('details').forEach(function(d){d.open=true;})")
    page.evaluate("document.getElementById('m2-2').classList.add('active')")
    for selector in ("#m2-1", "#m2-2", "#tip1-2 mark", "main p", ".tip-src", ".corr"):
        ratio = page.evaluate(CONTRAST % f"document.querySelector({json.dumps(selector)})")
        if selector in (".tip-src", ".corr", "main p"):  # on the page's white, not a mark
            ratio = page.evaluate(
                CONTRAST.replace("s.backgroundColor", "'rgb(255,255,255)'")
                % f"document.querySelector({json.dumps(selector)})"
            )
        assert isinstance(ratio, (int, float)) and ratio >= 4.5, (selector, ratio)


def test_on_a_phone_the_tooltip_fits_the_screen(browser: Browser, pages: dict) -> None:
    page = browser.page(width=390, height=800, mobile=True)
    try:
        page.goto(pages["plain"])
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.mouse("mouseMoved", *center(page, 'a[aria-describedby="tip1-2"]'))
        box = page.evaluate(
            "(function(){var r=document.getElementById('tip1-2').getBoundingClientRect();"
            "return [r.left,r.right,r.top,r.bottom];})()"
        )
        assert isinstance(box, list)
        assert box[0] >= 0 and box[1] <= 390 and box[2] >= 0 and box[3] <= 800
    finally:
        browser.send("Target.closeTarget", {"targetId": page.target})

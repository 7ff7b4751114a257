"""At 320 px no page scrolls sideways (wide tables scroll inside their own region), no
request leaves the site; screenshots at 360 px and 1280 px of every kind of page."""
import pytest

from sitekit import KIND_PAGES, SCREENSHOTS, STATS, Site, _page, stat_add

OVERFLOW_JS = """
const root = document.documentElement;
const cw = root.clientWidth;
// Overflow inside a scrolling or clipping box does not widen the page, except for
// absolutely positioned elements, which escape any box that is not their containing block.
const clipped = el => { if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false; };
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
const offenders = [];
if (root.scrollWidth > cw) {
    for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.right > cw + 0.5 && !clipped(el)) offenders.push(name(el) + ' to ' + Math.round(r.right) + 'px');
        if (offenders.length >= 6) break;
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode()) && offenders.length < 10;) {
        if (!n.textContent.trim() || !n.parentElement || clipped(n.parentElement)) continue;
        const range = document.createRange(); range.selectNodeContents(n);
        if ([...range.getClientRects()].some(r => r.right > cw + 0.5))
            offenders.push('text ' + JSON.stringify(n.textContent.trim().slice(0, 40)) + ' in ' + name(n.parentElement));
    }
}
const origin = location.origin;
const foreign = performance.getEntriesByType('resource').map(e => e.name)
    .filter(n => !n.startsWith(origin + '/') && !n.startsWith('data:'));
const regions = [...document.querySelectorAll('table')].map(t => {
    let a = t.parentElement;
    while (a && a.getAttribute('role') !== 'region') a = a.parentElement;
    return a ? getComputedStyle(a).overflowX : 'none';
}).filter(o => o !== 'auto' && o !== 'scroll');
return {sw: root.scrollWidth, cw, offenders, foreign, regions};
"""


def _all_pages():
    # Collected at import time from the site the run script built; the conftest fixture
    # checks the same folder. Without SITE_QUALITY_SITE, only the sample pages are used.
    import os
    from pathlib import Path

    from sitekit import SAMPLE_PAGES

    given = os.environ.get("SITE_QUALITY_SITE")
    if not given or not Path(given, "index.html").is_file():
        return SAMPLE_PAGES
    site = Site(Path(given))
    pages = [_page("page", Site.url_path(f)) for f in site.html_files() if f != "404.html"]
    pages.append(_page("404", "deze-pagina-bestaat-niet/"))
    return pages


@pytest.mark.parametrize("page", _all_pages(), ids=lambda p: p.path or "/")
def test_no_sideways_scrolling_at_320px(browser, page):
    browser.open(page, width=320, height=640)
    r = browser.js(OVERFLOW_JS)
    stat_add("reflow_pages")
    stat_add("foreign_requests", len(r["foreign"]))
    problems = []
    if r["sw"] > r["cw"]:
        stat_add("reflow_failures")
        problems.append(f"scrollWidth {r['sw']} > clientWidth {r['cw']}; too wide: {r['offenders']}")
    if r["regions"]:
        problems.append(f"tables whose scroll region does not scroll (overflow-x {r['regions']})")
    if r["foreign"]:
        problems.append(f"requests leaving the site: {r['foreign'][:5]}")
    assert not problems, f"/{page.path} at 320 px: " + "; ".join(problems)


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("page", KIND_PAGES, ids=lambda p: p.kind)
def test_screenshot(browser, page, width):
    browser.open(page, width=width, height=800 if width < 600 else 900)
    path = SCREENSHOTS / f"{page.kind}-{width}.png"
    browser.screenshot(path)
    stat_add("screenshots")
    assert path.stat().st_size > 1000

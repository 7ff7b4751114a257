"""Read on a phone (issue 14): at 360×800 the contents and "op deze pagina" are one tap from
the top of every page kind and nothing scrolls sideways, closed or open; at 1280 px the
sidebars show as before; every page of a document is titled page – document – region.
Screenshots of each page kind at 360 px with its menus open go to test-output/screenshots/
(the closed pages at 360 and 1280 px are made by test_layout.py)."""
import pytest

from sitekit import KIND_PAGES, SCREENSHOTS, SAMPLE_PAGES, stat_add

MENUS_JS = """
const out = [];
for (const d of document.querySelectorAll('details.zijbalk')) {
    const s = d.querySelector(':scope > summary');
    const r = s.getBoundingClientRect();
    out.push({name: s.textContent.trim(), top: r.top + scrollY, bottom: r.bottom + scrollY,
              open: d.open, inNav: !!d.closest('nav.document-inhoud')});
}
return out;
"""

WIDE_JS = """
const root = document.documentElement;
return {sw: root.scrollWidth, cw: root.clientWidth};
"""


def _menus(browser):
    return browser.js(MENUS_JS)


@pytest.mark.parametrize("page", KIND_PAGES, ids=lambda p: p.kind)
def test_contents_one_tap_from_the_top_at_360(browser, page):
    browser.open(page, width=360, height=800)
    menus = _menus(browser)
    if not menus:
        az = browser.js("const n = document.querySelector('nav.a-z'); return n ? n.getBoundingClientRect().top + scrollY : null")
        if az is not None:
            # The glossary's contents are its A–Z list.
            assert az <= 800 - 44, f"/{page.path}: the A–Z list starts at {az:.0f} px, below the first screen"
            return
        # A page of two screens or less needs no menu; a longer one does.
        height = browser.js("return document.documentElement.scrollHeight")
        assert height <= 1600, f"/{page.path}: {height} px tall at 360 px, without contents or 'op deze pagina'"
        return
    first = menus[0]
    assert first["bottom"] <= 800, f"/{page.path}: the first menu ends at {first['bottom']:.0f} px, below the first screen"
    assert not any(m["open"] for m in menus), f"/{page.path}: a menu starts open on a phone"
    for m in menus:
        if m["inNav"]:
            assert "Inhoud" in m["name"] or "Menu" in m["name"], f"/{page.path}: contents control named {m['name']!r}"
    # Open each with a tap: its links show, nothing scrolls sideways.
    for summary in browser.driver.find_elements("css selector", "details.zijbalk > summary"):
        summary.click()
    opened = _menus(browser)
    assert all(m["open"] for m in opened), f"/{page.path}: a tap did not open {opened}"
    shown = browser.js("return [...document.querySelectorAll('details.zijbalk a')].filter(a => a.getClientRects().length).length")
    assert shown > 0, f"/{page.path}: the open menus show no links"
    r = browser.js(WIDE_JS)
    assert r["sw"] <= r["cw"], f"/{page.path}: scrolls sideways with the menus open ({r['sw']} > {r['cw']})"
    browser.screenshot(SCREENSHOTS / f"{page.kind}-360-menu.png", max_height=4000)
    stat_add("screenshots")


@pytest.mark.parametrize("page", KIND_PAGES, ids=lambda p: p.kind)
def test_sidebars_open_at_1280(browser, page):
    browser.open(page, width=1280, height=900)
    visible = browser.js("""
        return [...document.querySelectorAll('details.zijbalk')].map(d =>
            [...d.querySelectorAll('a')].some(a => a.getClientRects().length > 0));""")
    assert all(visible), f"/{page.path}: a sidebar's links are hidden at 1280 px"


# A gemeente's page belongs to no one region or document (a gemeente may be in two regions).
@pytest.mark.parametrize("page", [p for p in SAMPLE_PAGES if p.path.count("/") >= 2 and p.kind != "404"
                                  and not p.path.startswith(("hervormingsagenda/", "gemeenten/"))], ids=lambda p: p.id)
def test_title_names_document_and_region(browser, page):
    browser.open(page, width=1280)
    region_slug, document_slug = page.path.split("/")[:2]
    title = browser.driver.title
    if document_slug in {"begrippen", "overlegvormen"}:
        browser.open(region_slug + "/")
        region = browser.js("return document.querySelector('h1').textContent.trim()")
        assert title.endswith(" – " + region), f"/{page.path}: {title!r} does not name {region!r}"
        return
    browser.open(f"{region_slug}/{document_slug}/")
    document = browser.js("return document.querySelector('h1').textContent.trim()")
    browser.open(region_slug + "/")
    region = browser.js("return document.querySelector('h1').textContent.trim()")
    assert title.endswith(f"{document} – {region}"), f"/{page.path}: {title!r} does not name {document!r} and {region!r}"

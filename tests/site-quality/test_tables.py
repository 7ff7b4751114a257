"""Tables a phone can read (issue 14): at 360 px every per-maatregel table shows every opgave
without sideways scrolling, one block per opgave headed by its number and title; at 1280 px
the headers carry the opgave titles; the matrix keeps its header row and first column in
view while its region scrolls."""
import pytest

from sitekit import SAMPLE_PAGES, SCREENSHOTS, stat_add

AGENDA_PAGES = [p for p in SAMPLE_PAGES if p.kind == "document-hervormingsagenda"]
MATRIX_PAGES = [p for p in SAMPLE_PAGES if p.kind == "hervormingsagenda-matrix"]

TABLES_JS = """
return [...document.querySelectorAll('table.maatregel-tabel')].map(t => {
    const region = t.closest('.tabel-scroll');
    const heads = [...t.querySelectorAll('thead th')].map(th => th.textContent.trim());
    const blocks = [...t.querySelectorAll('tbody td')].map(td => {
        const kop = td.querySelector('.kolom-kop');
        const r = td.getBoundingClientRect();
        return {kop: kop && kop.getClientRects().length ? kop.textContent.trim() : null,
                left: r.left, right: r.right};
    });
    return {caption: t.caption ? t.caption.textContent.trim() : '', heads,
            sw: region.scrollWidth, cw: region.clientWidth, blocks,
            regionRight: region.getBoundingClientRect().right};
});
"""


@pytest.mark.parametrize("page", AGENDA_PAGES, ids=lambda p: p.path)
def test_maatregel_tables_stack_on_a_phone(browser, page):
    browser.open(page, width=360, height=800)
    tables = browser.js(TABLES_JS)
    assert tables, f"/{page.path}: no maatregel tables"
    for t in tables:
        assert t["sw"] <= t["cw"] + 1, f"/{page.path}: {t['caption']!r} scrolls sideways at 360 px ({t['sw']} > {t['cw']})"
        assert len(t["blocks"]) == len(t["heads"]), f"/{page.path}: {t['caption']!r}: a block per column"
        for head, block in zip(t["heads"], t["blocks"]):
            # The block's heading is the column's number and its whole title.
            assert block["kop"] and block["kop"].split()[:2] == head.split()[:2], \
                f"/{page.path}: {t['caption']!r}: block headed {block['kop']!r}, column {head!r}"
            assert block["right"] <= t["regionRight"] + 1, f"/{page.path}: {t['caption']!r}: {head!r} is cut"
    browser.screenshot(SCREENSHOTS / f"tabellen-{page.path.split('/')[0]}-360.png", max_height=3000)
    stat_add("screenshots")


@pytest.mark.parametrize("page", AGENDA_PAGES, ids=lambda p: p.path)
def test_maatregel_table_headers_carry_the_titles_on_a_wide_screen(browser, page):
    browser.open(page, width=1280, height=900)
    tables = browser.js(TABLES_JS)
    for t in tables:
        for head, block in zip(t["heads"], t["blocks"]):
            assert block["kop"] is None, f"/{page.path}: the stacked heading shows at 1280 px"
            # "Opgave 1" and then at least one word of the title.
            assert len(head.split()) > 2, f"/{page.path}: {t['caption']!r}: header {head!r} has no title"


STICKY_JS = """
const region = document.querySelector('.tabel-scroll:has(> .matrix)');
const head = region.querySelector('thead th:nth-child(2)');
const first = region.querySelector('tbody tr:nth-child(20) th');
const before = head.getBoundingClientRect().top;
region.scrollTop = 600;
region.scrollLeft = 400;
const after = head.getBoundingClientRect().top;
return {scrolled: region.scrollTop, before, after, regionTop: region.getBoundingClientRect().top,
        firstLeft: first.getBoundingClientRect().left, regionLeft: region.getBoundingClientRect().left};
"""


@pytest.mark.parametrize("page", MATRIX_PAGES, ids=lambda p: p.path)
def test_the_matrix_keeps_its_headers_in_view(browser, page):
    browser.open(page, width=360, height=800)
    r = browser.js(STICKY_JS)
    assert r["scrolled"] > 0, f"/{page.path}: the matrix region does not scroll down"
    # Scrolled down, the header row sits at the top of the region (above it only the caption
    # was, which scrolls away).
    assert abs(r["after"] - r["regionTop"]) < 3, f"/{page.path}: the header row moved out of view ({r})"
    assert abs(r["firstLeft"] - r["regionLeft"]) < 3, f"/{page.path}: the first column moved out of view ({r})"

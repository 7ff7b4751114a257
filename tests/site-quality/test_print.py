"""Print: each document's volledig page holds every chapter and bijlage in order; with
print media emulated, navigation is hidden, every chapter starts on a new page, external
links show their target after them and footnotes are kept; the print rendering is saved
as a PDF. Every page of a document links to its volledig page."""
import re

import pytest

from sitekit import OUTPUT, PAGE_KINDS, STATS, _page, parse_file, resolve, stat_add

VOLLEDIG = [_page("volledig", p) for p in PAGE_KINDS["volledig"]]

PRINT_JS = """
const main = document.querySelector('main');
const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const name = el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') +
    (el.getAttribute('aria-label') ? '[' + el.getAttribute('aria-label') + ']' : '');
const navShown = [...document.querySelectorAll('header, footer, nav, aside, .skiplink')]
    .filter(el => !main.contains(el) && shown(el)).map(name);
const chapters = [...main.querySelectorAll('section.hoofdstuk')].map(s => ({
    id: s.id, breakBefore: getComputedStyle(s).breakBefore, shown: shown(s)}));
const external = [...main.querySelectorAll('a[href]')]
    .filter(a => /^https?:/.test(a.href) && new URL(a.href).origin !== location.origin && shown(a))
    .map(a => ({href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content}));
const notes = [...main.querySelectorAll('.voetnoten li[id]')].map(li => ({id: li.id, shown: shown(li)}));
const refs = [...main.querySelectorAll('a[href^="#"]')]
    .filter(a => { const t = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
                   return t && t.closest('.voetnoten') && !a.closest('.voetnoten'); })
    .map(a => ({href: a.getAttribute('href'), shown: shown(a)}));
return {navShown, chapters, external, notes, refs};
"""


def _doc_dir(page):
    return page.path[: -len("volledig/")]


def _expected_chapters(site, page):
    """Chapter and bijlage slugs in the order of the document's own contents list."""
    doc = _doc_dir(page)
    parsed = parse_file(site.root / doc / "index.html")
    base = site.url(doc)
    slugs = []
    for ref in parsed.refs:
        if ref.tag != "a" or ref.attr != "href" or "inhoudsopgave" not in ref.within:
            continue
        url = resolve(site.url(doc), ref.value)
        if not url.startswith(base):
            continue
        rest = url[len(base):].strip("/")
        if rest and "/" not in rest and "#" not in rest and rest not in ("volledig", "hervormingsagenda"):
            if rest not in slugs:
                slugs.append(rest)
    return slugs


def _footnotes_on_pages(site, page, chapter_ids):
    doc = _doc_dir(page)
    total = 0
    for cid in chapter_ids:
        f = site.root / doc / cid / "index.html"
        if f.is_file():
            total += len(re.findall(r'<li id="voetnoot-[^"]+"', f.read_text("utf-8")))
    return total


@pytest.mark.parametrize("page", VOLLEDIG, ids=lambda p: p.path)
def test_volledig_prints_whole_document(site, browser, page):
    browser.open(page, width=1280, media="print")
    r = browser.js(PRINT_JS)
    stat_add("print_pages")
    stat_add("print_chapters", len(r["chapters"]))
    stat_add("print_external_links", len(r["external"]))
    stat_add("print_footnotes", len(r["notes"]))
    problems = []
    if r["navShown"]:
        problems.append(f"navigation printed: {r['navShown']}")
    ids = [c["id"] for c in r["chapters"]]
    expected = _expected_chapters(site, page)
    if ids != expected:
        problems.append(f"chapters {ids} are not the document's contents in order {expected}")
    for c in r["chapters"]:
        if c["breakBefore"] != "page":
            problems.append(f"chapter #{c['id']} has break-before {c['breakBefore']!r}, not 'page'")
        if not c["shown"]:
            problems.append(f"chapter #{c['id']} is not printed")
    for a in r["external"]:
        if a["href"] not in a["after"]:
            problems.append(f"external link {a['href']} prints no target (::after {a['after'][:80]!r})")
    hidden = [n["id"] for n in r["notes"] if not n["shown"]]
    if hidden:
        problems.append(f"footnotes not printed: {hidden}")
    hidden_refs = [a["href"] for a in r["refs"] if not a["shown"]]
    if hidden_refs:
        problems.append(f"footnote references not printed: {hidden_refs[:10]}")
    on_pages = _footnotes_on_pages(site, page, ids)
    if len(r["notes"]) != on_pages:
        problems.append(f"{len(r['notes'])} footnotes on the volledig page, {on_pages} on its chapter pages")
    if problems:
        stat_add("print_failures", len(problems))
    assert not problems, f"/{page.path} printed:\n" + "\n".join(problems)


@pytest.mark.parametrize("page", VOLLEDIG, ids=lambda p: p.path)
def test_volledig_print_to_pdf(browser, page):
    browser.open(page, width=1280)
    chapters = browser.js("return document.querySelectorAll('main section.hoofdstuk').length")
    name = "volledig-" + _doc_dir(page).strip("/").replace("/", "-") + ".pdf"
    data = browser.print_to_pdf(OUTPUT / name)
    stat_add("pdfs")
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    STATS.setdefault("pdf_pages", {})[name] = pages
    assert pages >= chapters, f"{name}: {pages} pages for {chapters} chapters that each start a page"


def test_every_document_page_links_to_volledig(site):
    problems = []
    for page in VOLLEDIG:
        doc = _doc_dir(page)
        target = site.url(page.path)
        for f in sorted((site.root / doc).rglob("*.html")):
            rel = f.relative_to(site.root).as_posix()
            parsed = parse_file(f)
            url = site.url(site.url_path(rel))
            if not any(r.tag == "a" and resolve(url, r.value) == target for r in parsed.refs):
                problems.append(f"{rel} has no link to its volledig page")
    assert not problems, "\n".join(problems[:40])


COVER_JS = """
const cover = document.querySelector('main header.omslag');
if (!cover) return null;
const text = el => el ? el.textContent.replace(/\\s+/g, ' ').trim() : '';
const dd = label => { const dt = [...cover.querySelectorAll('dt')].find(d => text(d) === label);
                      return dt && !dt.hidden ? text(dt.nextElementSibling) : null; };
const contents = document.querySelector('main nav.volledig-inhoud');
const targets = contents ? [...contents.querySelectorAll('a[href^="#"]')]
    .map(a => !!document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))) : [];
// Characters per line of the long paragraphs of the text: a paragraph's length over its
// number of line boxes.
const measures = [...document.querySelectorAll('main section.hoofdstuk p')]
    .filter(p => !p.closest('table') && p.innerText.length > 400).slice(0, 40).map(p => {
        const range = document.createRange(); range.selectNodeContents(p);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        return p.innerText.replace(/\\s+/g, ' ').length / Math.max(1, tops.size);
    });
const printedBefore = dd('Afgedrukt op');
window.dispatchEvent(new Event('beforeprint'));
return {region: text(cover.querySelector('.omslag-regio')), title: text(cover.querySelector('h1')),
        status: text(cover.querySelector('.document-status')), soort: dd('Soort'), adres: dd('Op internet'),
        printedBefore, printed: dd('Afgedrukt op'),
        breakAfter: getComputedStyle(cover).breakAfter,
        contentsShown: !!contents && contents.getClientRects().length > 0, targets, measures};
"""


@pytest.mark.parametrize("page", VOLLEDIG, ids=lambda p: p.path)
def test_volledig_prints_a_cover_contents_and_a_readable_measure(site, browser, page):
    region_slug, document_slug = page.path.split("/")[:2]
    browser.open(f"{region_slug}/", width=1280)
    region = browser.js("return document.querySelector('h1').textContent.trim()")
    browser.open(f"{region_slug}/{document_slug}/", width=1280)
    title = browser.js("return document.querySelector('h1').textContent.trim()")
    browser.open(page, width=1280, media="print")
    r = browser.js(COVER_JS)
    assert r, f"/{page.path}: no cover"
    problems = []
    if r["region"] != region or r["title"] != title:
        problems.append(f"cover names {r['title']!r} of {r['region']!r}, not {title!r} of {region!r}")
    if not r["status"] or not r["soort"] or r["soort"] not in r["status"]:
        problems.append(f"cover status line {r['status']!r} does not give the soort {r['soort']!r}")
    if r["adres"] != site.url(page.path):
        problems.append(f"cover address {r['adres']!r}, not {site.url(page.path)!r}")
    # The day it was printed: filled in when the browser prints (assets/afdrukken.js).
    today = browser.js("return new Date().toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'})")
    if r["printedBefore"] is not None or r["printed"] != today:
        problems.append(f"cover print date {r['printed']!r} (before printing {r['printedBefore']!r}), not {today!r}")
    if r["breakAfter"] != "page":
        problems.append(f"cover is not a page of its own (break-after {r['breakAfter']!r})")
    if not r["contentsShown"] or not r["targets"] or not all(r["targets"]):
        problems.append("contents not printed, or an entry leads nowhere")
    if not r["measures"]:
        problems.append("no long paragraph to measure")
    wide = [round(m) for m in r["measures"] if m > 85]
    if wide:
        problems.append(f"lines of about {wide} characters (a readable measure is about 70)")
    STATS.setdefault("print_measure", {})[page.path] = round(sum(r["measures"]) / max(1, len(r["measures"])))
    assert not problems, f"/{page.path} printed:\n" + "\n".join(problems)


# A4 less the page margins of `@page` (16 mm each side of 210 mm: 178 mm), the width print
# lays an upright page out in, in CSS pixels; and a turned page (`@page breed`, 297 mm less
# 18 mm each side), where a table of nine columns or more is printed.
PRINT_WIDTH = round(178 / 25.4 * 96)
LANDSCAPE_WIDTH = round(261 / 25.4 * 96)

TABLES_FIT_JS = """
const main = document.querySelector('main');
const upright = main.getBoundingClientRect().width;
return [...main.querySelectorAll('table')].map(t => {
    const turned = getComputedStyle(t.closest('.tabel-scroll') || t).page === 'breed';
    return {id: t.id || (t.caption ? t.caption.textContent.trim().slice(0, 60) : ''), turned,
            width: Math.round(t.getBoundingClientRect().width), room: Math.round(turned ? arguments[0] : upright)};
}).filter(t => t.width > t.room + 1);
"""


@pytest.mark.parametrize("page", VOLLEDIG, ids=lambda p: p.path)
def test_every_table_fits_the_printed_page(browser, page):
    """A table wider than the paper makes the browser print the whole document smaller."""
    browser.open(page, width=PRINT_WIDTH, media="print")
    wide = browser.js(TABLES_FIT_JS, LANDSCAPE_WIDTH)
    stat_add("print_tables_checked")
    assert not wide, f"/{page.path}: tables wider than the printed page: {wide[:5]}"


def test_a_wide_table_prints_on_a_turned_page(browser):
    """The budget over the years (twelve columns) gets a landscape page of its own."""
    browser.open("rijk-van-nijmegen/regioprogramma-2023-2028/hervormingsagenda-jeugd-2023-2028/", width=1280)
    data = browser.print_to_pdf(OUTPUT / "print-breed-tabel.pdf")
    boxes = re.findall(rb"/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    turned = [b for b in boxes if float(b[0]) > float(b[1])]
    upright = [b for b in boxes if float(b[0]) < float(b[1])]
    assert turned and upright, f"pages: {len(upright)} upright, {len(turned)} turned"

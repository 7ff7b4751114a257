"""Search (zoeken/): queries typed into the header's box and loaded as zoeken/?q=, over HTTP
and from file:// (a downloaded copy opened in a browser with default settings, where fetch()
of local files is refused). The first results must be what the query names: an entity by
its number, a gremium by its abbreviation, a gemeente by its name; a word typed without its
diacritics and a word in another form must find their pages. Titles and snippets are text:
markup in a title shows as markup, never as HTML. The result page passes axe, does not
scroll sideways at 320 px, and is screenshotted at 360 and 1280 px."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from sitekit import REPO, SCREENSHOTS, WCAG_TAGS, stat_add

RESULTS_JS = """
const list = document.getElementById('zoekresultaten');
return {query: list.getAttribute('data-gezocht'),
        status: document.getElementById('zoekstatus').textContent,
        live: document.getElementById('zoekstatus').getAttribute('aria-live'),
        items: [...list.querySelectorAll(':scope > li')].map(li => {
            const a = li.querySelector('a');
            return {title: a.textContent, href: a.getAttribute('href'), url: a.href,
                    place: (li.querySelector('.zoekresultaat-plaats') || {}).textContent || '',
                    marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
                    elements: [...li.querySelectorAll('*')].map(e => e.tagName.toLowerCase())};
        })};
"""


def wait_for_results(driver, query: str) -> dict:
    """The results once the list shows them for `query` (zoeken.js marks the list). Polled
    from the page that started the search too (the header box navigates to the search
    page), which has no status line yet: that counts as not ready, not as an error."""
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "const l = document.getElementById('zoekresultaten');"
            "return l && l.getAttribute('data-gezocht') === arguments[0];", query)
        or "niet laden" in d.execute_script(
            "const s = document.getElementById('zoekstatus'); return s ? s.textContent : '';"))
    result = driver.execute_script(RESULTS_JS)
    assert result["query"] == query, f"the index did not load: {result['status']}"
    return result


def search_url(base: str, query: str, offline: bool) -> str:
    return base + ("zoeken/index.html" if offline else "zoeken/") + "?q=" + quote(query)


def first(result: dict, n: int = 3) -> list[str]:
    return [item["title"] for item in result["items"][:n]]


# The bundled content's entities, abbreviations and gemeenten, and what must come first.
EXPECTED_FIRST = [
    # A bare number: the Hervormingsagenda's maatregel, then the documents' entities numbered so.
    ("1.3", lambda r: r["items"][0]["title"].startswith("Maatregel 1.3")
        and any(i["title"].startswith("Actielijn 1.3") for i in r["items"][:6])),
    ("maatregel 1.3", lambda r: r["items"][0]["title"].startswith("Maatregel 1.3")
        and "hervormingsagenda/maatregel-1-3/" in r["items"][0]["href"]),
    ("actielijn 4.1", lambda r: r["items"][0]["title"].startswith("Actielijn 4.1")
        and "rijk-van-nijmegen/regioprogramma-2023-2028/actielijn-4-1/" in r["items"][0]["href"]),
    ("opgave 2", lambda r: r["items"][0]["title"].startswith("Opgave 2")),
    # Three documents have a bijlage 2 ("10.2 Bijlage 2 …" where the source printed it so).
    ("bijlage 2", lambda r: all("Bijlage 2 " in t for t in first(r, 3))),
    # Gremia by abbreviation: every region's RET before anything that merely mentions it.
    ("RET", lambda r: r["items"][0]["title"].endswith("(RET)") and "gremium" in r["items"][0]["place"]),
    ("RPO Zorg", lambda r: "(RPO Zorg)" in r["items"][0]["title"] and "gremium" in r["items"][0]["place"]),
    # A gemeente: its own page.
    ("Wageningen", lambda r: r["items"][0]["title"] == "Wageningen" and r["items"][0]["place"].startswith("gemeente")
        and "gemeenten/wageningen/" in r["items"][0]["href"]),
]


@pytest.fixture(params=["http", "file"])
def mode(request, site):
    """Over HTTP (the site's own address) and from file:// (the built folder itself)."""
    return request.param


def base(site, mode: str) -> str:
    return site.base_url if mode == "http" else site.root.as_uri() + "/"


@pytest.mark.parametrize("query,check", EXPECTED_FIRST, ids=[q for q, _ in EXPECTED_FIRST])
def test_a_query_naming_a_thing_puts_it_first(browser, site, mode, query, check):
    browser.driver.get(search_url(base(site, mode), query, mode == "file"))
    result = wait_for_results(browser.driver, query)
    assert result["items"], f"no results for {query!r}: {result['status']}"
    assert check(result), f"{query!r} ({mode}): first results {first(result, 5)} {[i['place'] for i in result['items'][:3]]}"
    # The first link leads to a page that exists.
    href = result["items"][0]["url"]
    if mode == "file":
        assert Path(href.split("#")[0].replace("file://", "")).is_file(), href
    else:
        target, problem = site.file_for(href.split("#")[0])
        assert target, f"{href}: {problem}"
    stat_add("search_queries")


def test_a_word_without_its_diacritics(browser, site, mode):
    # "coördinator" is written with its diaeresis in the bundled content.
    browser.driver.get(search_url(base(site, mode), "coordinator", mode == "file"))
    result = wait_for_results(browser.driver, "coordinator")
    assert result["items"], result["status"]
    marks = [m for i in result["items"] for m in i["marks"]]
    assert any("coördinator" in m.lower() for m in marks), f"no marked 'coördinator' in the snippets: {marks[:10]}"


def all_results(driver, query: str) -> list[dict]:
    """Every result of `query`, pressing "Toon meer resultaten" until the list has them all."""
    result = wait_for_results(driver, query)
    while driver.find_elements(By.CSS_SELECTOR, "button.zoek-meer"):
        count = len(driver.find_elements(By.CSS_SELECTOR, "#zoekresultaten > li"))
        driver.find_element(By.CSS_SELECTOR, "button.zoek-meer").click()
        WebDriverWait(driver, 30).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "#zoekresultaten > li")) > count)
        result = driver.execute_script(RESULTS_JS)
    return result["items"]


def test_another_form_of_a_word_and_a_prefix(browser, site, mode):
    # The plural finds the singular's pages, its form marked; the prefix a reader is still
    # typing finds every one of those pages too, each result marking a word it begins.
    browser.driver.get(search_url(base(site, mode), "jeugdbeschermingsketens", mode == "file"))
    plural = wait_for_results(browser.driver, "jeugdbeschermingsketens")
    marks = {m.lower() for i in plural["items"] for m in i["marks"]}
    assert "jeugdbeschermingsketen" in marks, f"marked {sorted(marks)[:12]}"
    browser.driver.get(search_url(base(site, mode), "jeugdbescherm", mode == "file"))
    prefix = all_results(browser.driver, "jeugdbescherm")
    missing = {i["href"] for i in plural["items"]} - {i["href"] for i in prefix}
    assert not missing, f"the prefix does not find {missing}"
    for item in prefix[:10]:
        marked = [m.lower() for m in item["marks"]]
        assert any(m.startswith("jeugdbescherm") for m in marked) or "jeugdbescherm" in item["title"].lower(), item


def test_a_word_found_nowhere_says_what_was_searched_instead(browser, site, mode):
    # "jeugdhlp" is in no plan; the nearest word it begins with is searched, and the status
    # line says so instead of counting the results as the typed word's.
    browser.driver.get(search_url(base(site, mode), "jeugdhlp", mode == "file"))
    result = wait_for_results(browser.driver, "jeugdhlp")
    assert result["items"], result["status"]
    assert "niet gevonden zoals getypt; gezocht op “jeugd”" in result["status"], result["status"]
    # A word that is there says nothing of the kind.
    browser.driver.get(search_url(base(site, mode), "jeugdhulp", mode == "file"))
    plain = wait_for_results(browser.driver, "jeugdhulp")
    assert "gezocht op" not in plain["status"], plain["status"]


def test_the_plans_own_text_ranks_above_their_verantwoording(browser, site, mode):
    # A verantwoording page (the editors' corrections) came second for "Rheden" and held
    # four of the first ten places for "4.1"; the plans' own pages come first now.
    for query in ["Rheden", "4.1"]:
        browser.driver.get(search_url(base(site, mode), query, mode == "file"))
        items = wait_for_results(browser.driver, query)["items"]
        kinds = [i["place"].split(" · ")[0] for i in items]
        assert "verantwoording" in kinds, (query, kinds)
        first = kinds.index("verantwoording")
        assert all(k == "verantwoording" for k in kinds[first:]) or first >= 5, (query, kinds)


def test_more_results_come_from_the_text_chunks(browser, site, mode):
    # The first ten come from the cards in the query's shard, the next ten from the text
    # chunks: both show a title, a link and the word marked in a snippet (or in the title).
    browser.driver.get(search_url(base(site, mode), "jeugdhulp", mode == "file"))
    result = wait_for_results(browser.driver, "jeugdhulp")
    assert len(result["items"]) == 10, result["status"]
    browser.driver.find_element(By.CSS_SELECTOR, "button.zoek-meer").click()
    WebDriverWait(browser.driver, 30).until(
        lambda d: d.execute_script("return document.querySelectorAll('#zoekresultaten > li').length") == 20)
    items = browser.driver.execute_script(RESULTS_JS)["items"]
    for item in items:
        assert item["title"] and item["href"], item
        marked = [m.lower() for m in item["marks"]]
        assert any(m.startswith("jeugdhulp") for m in marked) or "jeugdhulp" in item["title"].lower(), \
            f"{item['title']}: marked {marked}"
    assert len({i["href"] for i in items}) == 20


def test_typing_in_the_header_box_leads_to_the_results(browser, site):
    browser.open("rijk-van-nijmegen/regioprogramma-2023-2028/inleiding/")
    body = browser.driver.find_element(By.TAG_NAME, "body")
    body.click()
    # "/" focuses the box.
    ActionChains(browser.driver).send_keys("/").perform()
    active = browser.js("return document.activeElement.id")
    assert active == "zoekveld", f"'/' focused {active!r}"
    ActionChains(browser.driver).send_keys("actielijn 4.1", Keys.ENTER).perform()
    result = wait_for_results(browser.driver, "actielijn 4.1")
    assert browser.driver.current_url.split("?")[0].endswith("/zoeken/")
    assert result["items"][0]["title"].startswith("Actielijn 4.1")
    assert result["live"] == "polite" and "resultaten" in result["status"]
    # On the search page itself, typing narrows as the reader types.
    box = browser.driver.find_element(By.ID, "zoekterm")
    box.clear()
    box.send_keys("RET")
    result = wait_for_results(browser.driver, "RET")
    assert result["items"][0]["title"].endswith("(RET)")
    assert "q=RET" in browser.driver.current_url


def test_results_narrowed_to_one_region(browser, site):
    browser.driver.get(search_url(site.base_url, "RET", False) + "&regio=rivierenland")
    result = wait_for_results(browser.driver, "RET")
    assert result["items"] and all("Rivierenland" in i["place"] for i in result["items"]), \
        [i["place"] for i in result["items"][:5]]
    selected = browser.js("return document.getElementById('zoekregio').selectedOptions[0].textContent")
    assert selected == "Rivierenland"


def test_markup_in_a_query_or_title_is_text(browser, site, tmp_path):
    # A small site whose chapter title holds markup, built with the same binary.
    content = tmp_path / "content"
    shutil.copytree(REPO / "docs" / "voorbeeld", content)
    chapter = content / "regio-voorbeeld" / "regiovisie-2023" / "01-visie.md"
    text = chapter.read_text("utf-8")
    chapter.write_text(text.replace("titel: Onze visie op jeugdhulp", 'titel: "Onze <b>vette</b> visie <img src=x onerror=alert(1)>"', 1), "utf-8")
    out = tmp_path / "site"
    subprocess.run([str(REPO / ".build" / "debug" / "plansite"), "build", "--content", str(content), "--output", str(out)],
                   check=True, cwd=tmp_path, stdout=subprocess.DEVNULL)
    browser.driver.get((out / "zoeken" / "index.html").as_uri() + "?q=" + quote("vette visie"))
    result = wait_for_results(browser.driver, "vette visie")
    assert result["items"], result["status"]
    top = result["items"][0]
    assert top["title"] == "1 Onze <b>vette</b> visie <img src=x onerror=alert(1)>", top["title"]
    assert "b" not in top["elements"] and "img" not in top["elements"], top["elements"]
    # The query is shown as text in the status too.
    browser.driver.get((out / "zoeken" / "index.html").as_uri() + "?q=" + quote("<img src=x>"))
    result = wait_for_results(browser.driver, "<img src=x>")
    assert browser.js("return document.querySelectorAll('main img').length") == 0


def test_without_javascript_the_page_says_so(site):
    page = (site.root / "zoeken" / "index.html").read_text("utf-8")
    assert "Zoeken werkt alleen met JavaScript" in page
    assert page.count('<li><a href="../') >= 5  # every document's contents


@pytest.mark.parametrize("width", [320, 360, 1280])
def test_result_page_layout_and_accessibility(browser, site, width):
    browser.open("zoeken/?q=" + quote("jeugdhulp"), width=width, height=800 if width < 600 else 900)
    wait_for_results(browser.driver, "jeugdhulp")
    sideways = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert sideways <= 0, f"the result page scrolls sideways by {sideways}px at {width}px"
    if width == 1280:
        violations = browser.axe(WCAG_TAGS)
        assert not violations, violations
    if width != 320:
        path = SCREENSHOTS / f"zoeken-resultaten-{width}.png"
        browser.screenshot(path)
        stat_add("screenshots")


def test_results_narrowed_to_one_document(browser, site):
    browser.driver.get(search_url(site.base_url, "jeugdhulp", False) + "&document=rivierenland/regiovisie-2023")
    result = wait_for_results(browser.driver, "jeugdhulp")
    assert result["items"] and all(i["place"].endswith("Regiovisie jeugdhulp Rivierenland") for i in result["items"]), \
        [i["place"] for i in result["items"][:5]]
    selected = browser.js("return document.getElementById('zoekdocument').selectedOptions[0].textContent")
    assert selected.startswith("Regiovisie jeugdhulp Rivierenland")

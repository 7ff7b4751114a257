"""Who decides, one tap from where readers land: from an actielijn's "Wie werkt hieraan" to
the gremium's own page, every `werkt-aan` target page linking to its gremium's page, and
the gremium, actielijn and overlegvormen pages valid, accessible and not sideways on phones.
Screenshots of the three at 360 and 1280 px go to test-output/screenshots/gremia-*."""
import re
from urllib.parse import urlsplit

import pytest

from sitekit import SCREENSHOTS, WCAG_TAGS, parse_file, resolve, stat_add

ACTIELIJN = "rijk-van-nijmegen/regioprogramma-2023-2028/actielijn-1-5/"
GREMIUM = "centraal-gelderland/overlegvormen/rao-jeugd/"
PAGES = {
    "gremium": GREMIUM,
    "actielijn": ACTIELIJN,
    "overlegvormen": "centraal-gelderland/overlegvormen/",
}
GREMIUM_PATH = re.compile(r"^[a-z0-9-]+/overlegvormen/[a-z0-9-]+/$")


def _path(site, url: str) -> str:
    return urlsplit(url).path[len(urlsplit(site.base_url).path):]


def test_one_tap_from_an_actielijn_to_the_gremium_working_on_it(browser, site):
    browser.open(ACTIELIJN, width=360, height=800)
    links = browser.js("return [...document.querySelectorAll('section.wie-werkt li > a:first-child')]"
                       ".map(a => [a.href, a.textContent])")
    assert links, f"/{ACTIELIJN} has no gremium under 'Wie werkt hieraan'"
    href, name = links[0]
    browser.driver.find_element("css selector", "section.wie-werkt li > a").click()
    assert GREMIUM_PATH.match(_path(site, browser.driver.current_url)), browser.driver.current_url
    assert browser.driver.current_url == href
    h1 = browser.js("return document.querySelector('h1').textContent")
    assert name in h1


def test_every_werkt_aan_target_page_links_to_the_gremiums_page(site):
    """Read from the gremium pages: each "Werkt aan" link's page links back."""
    gremium_files = [f for f in site.html_files() if GREMIUM_PATH.match(site.url_path(f))]
    assert len(gremium_files) > 100
    checked, missing = 0, []
    for f in gremium_files:
        page_url = site.url(site.url_path(f))
        text = (site.root / f).read_text("utf-8")
        werkt = text.split('<h2 id="werkt-aan">', 1)[1].split("<h2", 1)[0]
        for target in re.findall(r'href="([^"]+)"', werkt):
            target_url = resolve(page_url, target).split("#")[0]
            target_file, problem = site.file_for(target_url)
            assert target_file is not None, f"{f}: {target} {problem}"
            back = {resolve(target_url, r.value).split("#")[0]
                    for r in parse_file(target_file).refs if r.tag == "a" and r.attr == "href"}
            checked += 1
            if page_url not in back:
                missing.append(f"{_path(site, target_url)} does not link to {site.url_path(f)}")
    stat_add("werkt_aan_backlinks", checked)
    assert checked >= 40
    assert not missing, "\n".join(missing[:20])


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("kind", list(PAGES))
def test_axe_sideways_and_screenshot(browser, kind, width):
    path = PAGES[kind]
    browser.open(path, width=width, height=800 if width < 600 else 900)
    violations = browser.axe(WCAG_TAGS)
    assert not violations, f"axe on /{path} at {width} px: " + "; ".join(
        f"{v['id']}: {[n['target'] for n in v['nodes'][:3]]}" for v in violations)
    sizes = browser.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"/{path} scrolls sideways at {width} px: {sizes}"
    shot = SCREENSHOTS / f"gremia-{kind}-{width}.png"
    browser.screenshot(shot)
    assert shot.stat().st_size > 1000


@pytest.mark.parametrize("kind", list(PAGES))
def test_nothing_sideways_at_320px(browser, kind):
    browser.open(PAGES[kind], width=320, height=640)
    sizes = browser.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"/{PAGES[kind]} scrolls sideways at 320 px: {sizes}"


def test_the_diagram_boxes_link_to_gremium_pages(site):
    page = "centraal-gelderland/overlegvormen/"
    refs = [r for r in parse_file(site.root / (page + "index.html")).refs if r.tag == "a" and "diagram" in r.within]
    assert refs, "the diagram has no links"
    for r in refs:
        assert GREMIUM_PATH.match(_path(site, resolve(site.url(page), r.value))), r.value

"""Keyboard: the first Tab focuses a visible skip link; activating it moves focus to main,
and the next Tab continues from there."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from sitekit import KIND_PAGES, stat_add

ACTIVE_JS = """
const el = document.activeElement;
const r = el.getBoundingClientRect();
const main = document.querySelector('main');
return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className || '',
        href: el.getAttribute('href'), text: (el.textContent || '').trim().slice(0, 60),
        visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 &&
                 r.top < innerHeight && r.left < innerWidth,
        inMain: !!main && main.contains(el),
        afterMain: !!main && !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
        mainId: main ? main.id : null};
"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("page", KIND_PAGES, ids=lambda p: p.kind)
def test_skip_link_is_first_and_moves_focus_to_main(browser, page, width):
    browser.open(page, width=width, height=800)
    stat_add("keyboard_pages")
    ok = False
    try:
        keys = ActionChains(browser.driver)
        keys.send_keys(Keys.TAB).perform()
        first = browser.js(ACTIVE_JS)
        assert first["tag"] == "a" and first["href"], f"first Tab focused {first}, not a link"
        assert first["href"].startswith("#"), f"first focusable element is not a skip link: {first}"
        target = first["href"][1:]
        assert target == first["mainId"], f"skip link points to #{target}, main is #{first['mainId']}"
        assert first["visible"], f"the focused skip link is not visible: {first}"
        ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
        after = browser.js(ACTIVE_JS)
        assert after["tag"] == "main", f"after activating the skip link, focus is on {after}"
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        nxt = browser.js(ACTIVE_JS)
        assert nxt["inMain"] or nxt["afterMain"], f"the Tab after the skip link went back to {nxt}"
        ok = True
    finally:
        if not ok:
            stat_add("keyboard_failures")

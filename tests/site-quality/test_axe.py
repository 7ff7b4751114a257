"""axe-core (WCAG 2.0/2.1 A and AA rules) in headless Chromium on pages of every kind."""
import re

import pytest

from sitekit import KIND_PAGES, PAGE_KINDS, SAMPLE_PAGES, STATS, WCAG_TAGS, axe_source, stat_add


def test_every_sample_page_exists(site):
    missing = [p.id for p in SAMPLE_PAGES if not (site.root / p.file).is_file()]
    assert not missing, f"sample pages missing from the output (URL scheme changed?): {missing}"


def _report(violations) -> str:
    out = []
    for v in violations:
        out.append(f"- {v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s)")
        for n in v["nodes"][:5]:
            summary = " ".join(n["summary"].split())
            out.append(f"    {n['target']}: {summary[:300]}")
    return "\n".join(out)


@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=lambda p: p.id)
def test_axe_desktop(browser, page):
    browser.open(page, width=1280)
    violations = browser.axe(WCAG_TAGS)
    _record(violations)
    assert not violations, f"axe-core on /{page.path} at 1280 px:\n{_report(violations)}"


@pytest.mark.parametrize("page", KIND_PAGES, ids=lambda p: p.id)
def test_axe_phone(browser, page):
    browser.open(page, width=360, height=740)
    violations = browser.axe(WCAG_TAGS)
    _record(violations)
    assert not violations, f"axe-core on /{page.path} at 360 px:\n{_report(violations)}"


def _record(violations):
    if "axe_version" not in STATS:
        m = re.search(r"axe v([0-9.]+)", axe_source()[:200])
        STATS["axe_version"] = m.group(1) if m else "?"
        STATS["axe_kinds"] = len(PAGE_KINDS)
    stat_add("axe_pages")
    stat_add("axe_violations", sum(len(v["nodes"]) for v in violations))

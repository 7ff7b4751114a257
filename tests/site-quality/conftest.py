"""Fixtures of the site-quality suite.

The site under test is the folder named by SITE_QUALITY_SITE (tests/site-quality/run builds
the bundled content/ into a temporary folder and sets it); without it, the suite builds
content/ itself with .build/debug/plansite.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import sitekit
from sitekit import REPO, STATS, Browser, Site, SiteServer


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    given = os.environ.get("SITE_QUALITY_SITE")
    if given:
        root = Path(given)
    else:
        root = tmp_path_factory.mktemp("site") / "site"
        binary = REPO / ".build" / "debug" / "plansite"
        subprocess.run([str(binary), "build", "--content", str(REPO / "content"),
                        "--output", str(root)], check=True, cwd=REPO)
    if not (root / "index.html").is_file():
        pytest.exit(f"site-quality: no built site in {root}", returncode=2)
    return Site(root)


@pytest.fixture(scope="session")
def server(site, tmp_path_factory):
    srv = SiteServer(site, tmp_path_factory.mktemp("tls"))
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def browser(site, server):
    b = Browser(site, server.port)
    yield b
    b.quit()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not STATS:
        return
    s = STATS.get
    lines = []
    if "axe_pages" in STATS:
        lines.append(f"axe-core {s('axe_version', '?')} ({', '.join(sitekit.WCAG_TAGS)}): "
                     f"{s('axe_pages')} page loads of {s('axe_kinds', '?')} kinds, "
                     f"{s('axe_violations', 0)} violations")
    if "vnu_files" in STATS:
        lines.append(f"Nu Html Checker: {s('vnu_files')} HTML files and {s('vnu_other', 0)} SVG, "
                     f"{s('vnu_errors', 0)} errors")
    if "links_pages" in STATS:
        lines.append(f"links: {s('links_pages')} pages, {s('links_internal')} internal links "
                     f"({s('links_anchors')} with an anchor), {s('links_external')} external "
                     f"not followed, {s('links_broken', 0)} broken; sitemap: "
                     f"{s('sitemap_urls', '?')} urls, {s('sitemap_problems', 0)} problems")
    if "tables" in STATS:
        lines.append(f"tables: {s('tables')} on {s('table_pages')} pages, "
                     f"{s('tables_without_region', 0)} outside a labelled, focusable scroll region")
    if "reflow_pages" in STATS:
        lines.append(f"320 px: {s('reflow_pages')} pages, {s('reflow_failures', 0)} scroll sideways, "
                     f"{s('foreign_requests', 0)} requests leaving the site")
    if "keyboard_pages" in STATS:
        lines.append(f"keyboard: {s('keyboard_pages')} page loads, "
                     f"{s('keyboard_failures', 0)} where the skip link failed")
    if "print_pages" in STATS:
        lines.append(f"print: {s('print_pages')} volledig pages, {s('print_chapters', 0)} chapters, "
                     f"{s('print_external_links', 0)} external links, {s('print_footnotes', 0)} "
                     f"footnotes, {s('print_failures', 0)} failures; PDFs: {s('pdfs', 0)}")
    if "screenshots" in STATS:
        lines.append(f"screenshots: {s('screenshots')} in test-output/screenshots/")
    terminalreporter.section("site-quality numbers")
    for line in lines:
        terminalreporter.write_line(line)

"""Every internal link and anchor of the output, followed over the parsed HTML; the
sitemap and robots.txt; every table in a labelled, focusable scroll region."""
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

from sitekit import STATS, parse_file, resolve

SKIP_SCHEMES = ("mailto", "tel", "data", "javascript")


def test_every_internal_link_and_anchor_resolves(site):
    files = site.html_files()
    broken, internal, anchors, external = [], 0, 0, 0
    for rel in files:
        page = parse_file(site.root / rel)
        page_url = site.url(site.url_path(rel))
        for ref in page.refs:
            value = ref.value.strip()
            where = f"{rel}:{ref.line} <{ref.tag} {ref.attr}=\"{ref.value}\">"
            if value == "" or value == "#":
                broken.append(f"{where}: empty link")
                continue
            scheme = urlsplit(value).scheme.lower()
            if scheme in SKIP_SCHEMES:
                continue
            url = resolve(page_url, value, page.base_href)
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(site.base_url).netloc:
                external += 1
                continue
            internal += 1
            target, problem = site.file_for(url)
            if target is None:
                broken.append(f"{where}: {problem}")
                continue
            if parts.fragment:
                anchors += 1
                fragment = unquote(parts.fragment)
                if target.suffix == ".html" and fragment not in parse_file(target).ids:
                    shown = target.relative_to(site.root).as_posix()
                    broken.append(f"{where}: no id \"{fragment}\" in {shown}")
    STATS.update(links_pages=len(files), links_internal=internal, links_anchors=anchors,
                 links_external=external, links_broken=len(broken))
    assert internal > len(files)
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken[:80])


def test_sitemap_lists_every_page_with_lastmod(site):
    robots = (site.root / "robots.txt").read_text("utf-8")
    assert re.search(r"^Sitemap: " + re.escape(site.base_url) + r"sitemap\.xml$", robots, re.M), \
        "robots.txt does not name the sitemap"
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ET.parse(site.root / "sitemap.xml")
    problems, listed = [], set()
    urls = tree.getroot().findall("s:url", ns)
    for u in urls:
        loc = (u.findtext("s:loc", default="", namespaces=ns) or "").strip()
        lastmod = (u.findtext("s:lastmod", default="", namespaces=ns) or "").strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?", lastmod):
            problems.append(f"{loc}: lastmod {lastmod!r}")
        target, problem = site.file_for(loc)
        if target is None:
            problems.append(f"{loc}: {problem}")
        else:
            listed.add(target.relative_to(site.root).as_posix())
    for rel in site.html_files():
        if rel != "404.html" and rel not in listed:
            problems.append(f"{rel} is not in sitemap.xml")
    if "404.html" in listed:
        problems.append("404.html is listed in sitemap.xml")
    STATS.update(sitemap_urls=len(urls), sitemap_problems=len(problems))
    assert not problems, "\n".join(problems[:50])


def test_every_table_sits_in_a_labelled_focusable_scroll_region(site):
    problems, tables, pages = [], 0, 0
    for rel in site.html_files():
        page = parse_file(site.root / rel)
        if page.tables:
            pages += 1
        for t in page.tables:
            tables += 1
            region = t["region"]
            where = f"{rel}:{t['line']}"
            if region is None:
                problems.append(f"{where}: table not inside an element with role=region")
                continue
            if region.get("tabindex") != "0":
                problems.append(f"{where}: its scroll region is not focusable (tabindex=0)")
            label = region.get("aria-label", "").strip()
            labelledby = region.get("aria-labelledby", "").strip()
            if not label and not labelledby:
                problems.append(f"{where}: its scroll region has no aria-label(ledby)")
            for ident in labelledby.split():
                if ident not in page.ids:
                    problems.append(f"{where}: aria-labelledby names a missing id {ident!r}")
    STATS.update(tables=tables, table_pages=pages, tables_without_region=len(problems))
    assert not problems, "\n".join(problems[:50])

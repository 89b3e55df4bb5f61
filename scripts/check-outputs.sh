#!/usr/bin/env bash
# The checks of Vita's outputs that need tools beyond Swift; `make test` runs it after `swift test`.
#  1. cv/resume.json of the bundled example validates against the official JSON Resume schema.
#  2. The official sample survives a round trip: vita import jsonresume → vita build → valid resume.json.
#  3. vita build --pdf prints the bundled example's CV and cover letters with headless Chromium; the PDF's text holds
#     every section heading and highlight of the HTML in the HTML's order, on a reasonable number of pages, and
#     pdfinfo shows its title, author and Tagged: yes; --docx writes each CV as a Word file that python-docx reads
#     back with the same headings and highlights (scripts/check_cv_docx.py).
#  4. applications/calendar.ics of the bundled example reads back with the icalendar package.
# Installs what is missing: jsonschema and icalendar from PyPI, chromium and poppler-utils from Debian.
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
command -v chromium-headless-shell >/dev/null || command -v chromium >/dev/null \
  || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
  || [ -n "${VITA_CHROMIUM:-}" ] || missing+=(chromium-headless-shell)
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
  --docx --timings
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

echo "== PDF metadata and Word files: each CV's title, author and tags; its cv.docx against its HTML"
python3 -c "import docx" 2>/dev/null || python3 -m pip install --quiet python-docx 2>/dev/null \
  || python3 -m pip install --quiet --break-system-packages python-docx
for folder in "$work"/example/public/cv "$work"/example/applications/*/; do
  [ -f "$folder/cv.pdf" ] || continue
  info=$(pdfinfo "$folder/cv.pdf")
  for field in "Title: *Rina Wijaya — " "Author: *Rina Wijaya" "Tagged: *yes"; do
    grep -q "^$field" <<<"$info" || { echo "error: $folder/cv.pdf: pdfinfo has no '$field'" >&2; exit 1; }
  done
  python3 "$root/scripts/check_cv_docx.py" "$folder/index.html" "$folder/cv.docx"
done

echo "== PDF: each cover letter on one page, its paragraphs in order"
for folder in "$work"/example/applications/*/; do
  [ -f "$folder/letter.pdf" ] || continue
  python3 - "$folder/letter.txt" "$folder/letter.pdf" <<'PY'
import re, subprocess, sys
text, pdf = sys.argv[1], sys.argv[2]
pages = int(re.search(r"^Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout, re.M).group(1))
# Words only: the PDF lays the data diri out as a list where the text has "Nama: …".
words = lambda text: " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
printed = words(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
# The data diri ("Nama: …" lines) is laid out in columns, read in another order: left out.
is_fields = lambda block: all(": " in line for line in block.strip().split("\n")[1:]) and "\n" in block.strip()
blocks = [words(block) for block in open(text, encoding="utf-8").read().split("\n\n")
          if block.strip() and not is_fields(block)]
position, problems = 0, []
for block in blocks:
    found = printed.find(block[:60], position)
    if found < 0:
        problems.append(f"not in the PDF, in order: {block[:60]}")
    else:
        position = found
if pages != 1:
    problems.append(f"the letter has {pages} pages; expected 1")
if problems:
    sys.exit(f"{pdf}:\n  " + "\n  ".join(problems))
print(f"PDF letter on 1 page, {len(blocks)} blocks in order: {pdf}")
PY
done

echo "== iCalendar: the applications' calendar.ics read back by the icalendar package"
python3 -c "import icalendar" 2>/dev/null || python3 -m pip install --quiet icalendar 2>/dev/null \
  || python3 -m pip install --quiet --break-system-packages icalendar
VITA_TODAY=2026-06-15 "$vita" build --source "$root" --output "$work/dated/public" --applications "$work/dated/applications" >/dev/null
python3 - "$work/dated/applications/calendar.ics" <<'PY'
import sys, icalendar
data = open(sys.argv[1], "rb").read()
calendar = icalendar.Calendar.from_ical(data)
events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
expected = {"acme-junior-data-analyst-interview@vita", "maju-digital-frontend-intern-deadline@vita"}
assert set(events) == expected, f"events {sorted(events)}, expected {sorted(expected)}"
interview = events["acme-junior-data-analyst-interview@vita"]
assert interview.decoded("DTSTART").isoformat() == "2026-06-18T10:00:00", interview.decoded("DTSTART")
deadline = events["maju-digital-frontend-intern-deadline@vita"]
assert deadline.decoded("DTSTART").isoformat() == "2026-06-25", deadline.decoded("DTSTART")
assert str(interview["DESCRIPTION"]) == "Dewi Lestari, Talent Acquisition"
assert all(len(line) <= 75 for line in data.split(b"\r\n")), "a line of more than 75 octets"
print(f"valid iCalendar (icalendar {icalendar.__version__}): {len(events)} events: {sys.argv[1]}")
PY

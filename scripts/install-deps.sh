#!/usr/bin/env bash
# Installs the Debian packages Vita needs to build and test, when they are missing;
# `eval` installs what eval/run.py needs: PyYAML (from Debian) and rank-bm25 (from PyPI).
# Usage: scripts/install-deps.sh [build|test|eval]
set -euo pipefail

mode="${1:-build}"
case "$mode" in build | test | eval) ;; *) echo "usage: $0 [build|test|eval]" >&2; exit 64 ;; esac

# libmimalloc-dev: vita allocates through mimalloc on Linux (see Package.swift).
# libxml2-dev: `vita job add` reads job pages with libxml2's HTML parser.
# zlib1g-dev: ZIPFoundation inflates LinkedIn's export archive with zlib (`vita import linkedin`).
# qpdf: `vita build --pdf` writes each PDF's author, subject and keywords with it.
# binutils: objdump, with which scripts/build-release.sh checks the release binary.
want=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev libxml2-dev zlib1g-dev qpdf binutils)
if [ "$mode" = test ]; then
  # curl: `vita check --external` and `vita job add URL` ask other sites through it, and tests check that they do.
  # chromium-headless-shell: `vita build --pdf` prints with it (chromium also serves, more slowly);
  # chromium: the browser checks drive it through chromium-driver; poppler-utils (pdfinfo, pdftotext):
  # the PDF tests print and read back; pandoc: `--docx` writes Word files with it (the tests read them
  # back with python-docx, from PyPI, below).
  want+=(cmark-gfm curl chromium-headless-shell chromium poppler-utils pandoc)
fi
missing=()
if [ "$mode" = eval ]; then
  # Asked of Debian only when the python3 on the PATH cannot import them (it may be a pyenv or venv one).
  command -v python3 >/dev/null || missing+=(python3)
  python3 -c "import yaml" 2>/dev/null || missing+=(python3-yaml)
  python3 -c "import rank_bm25" 2>/dev/null || python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
fi

for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

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

if [ "$mode" = test ] && ! python3 -c "import docx" 2>/dev/null; then
  # The Word files' test reads them back with python-docx (into the python3 on the PATH, as below).
  echo "Installing python-docx from PyPI"
  python3 -m pip install --quiet python-docx 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages python-docx
fi

if [ "$mode" = eval ] && ! python3 -c "import rank_bm25" 2>/dev/null; then
  # The BM25 baseline of eval/run.py. A Debian python3 refuses a plain pip install (PEP 668):
  # then it goes into that python3 with --break-system-packages, as the only user of it.
  echo "Installing rank-bm25 from PyPI"
  python3 -m pip install --quiet rank-bm25 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages rank-bm25
fi

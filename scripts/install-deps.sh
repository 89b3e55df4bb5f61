#!/usr/bin/env bash
# Installs the Debian packages Vita needs to build and test, when they are missing.
# Usage: scripts/install-deps.sh [build|test]
set -euo pipefail

# libmimalloc-dev: vita allocates through mimalloc on Linux (see Package.swift).
want=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev)
if [ "${1:-build}" = test ]; then
  # curl: `vita check --external` asks other sites through it, and a test checks that it does.
  want+=(cmark-gfm curl)
fi

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: run as root or install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

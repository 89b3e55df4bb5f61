#!/usr/bin/env bash
# Builds the bundled example into a temporary folder, serves it on 127.0.0.1 for a moment and runs
# Debian's linkchecker over it: fails on any broken link, including the canonical and sitemap
# addresses (the build's base URL is the local server's).
# Usage: scripts/linkcheck-example.sh [path/to/vita]   (default: .build/debug/vita)
set -euo pipefail
cd "$(dirname "$0")/.."
vita="${1:-.build/debug/vita}"

if ! command -v linkchecker >/dev/null; then
  echo "Installing linkchecker"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends linkchecker >/dev/null
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$vita" build --source . --output "$work/public" --applications "$work/applications" \
  --base-url "http://127.0.0.1:$port/"

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/public" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done

# linkchecker drops root privileges on its own; it only needs the network here.
linkchecker --no-status --no-warnings --recursion-level=10 "http://127.0.0.1:$port/" \
  "http://127.0.0.1:$port/sitemap.xml"
echo "linkchecker: no broken links in the bundled example"

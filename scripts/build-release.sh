#!/usr/bin/env bash
# Builds the release binary (`make release`), then checks that its modules agree on the size of
# every class (scripts/check-allocation-sizes.py). An incremental build can leave a module compiled
# against an older layout of VitaCore's classes; then every module but VitaCore is compiled again.
# The check runs once per binary: .build/release/vita.checked records the binary it passed.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
binary=.build/release/vita
stamp=$binary.checked
build() { $SWIFT build -c release --product vita --static-swift-stdlib; }
build
[ -f "$stamp" ] && [ "$stamp" -nt "$binary" ] && exit 0
if ! scripts/check-allocation-sizes.py "$binary"; then
  echo "Compiling every module but VitaCore again: an incremental build left one with an old layout"
  find Sources -name '*.swift' -not -path 'Sources/VitaCore/*' -exec touch {} +
  build
  scripts/check-allocation-sizes.py "$binary"
fi
touch "$stamp"

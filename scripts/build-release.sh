#!/usr/bin/env bash
# Builds the release binary (`make release`). An incremental release build can leave a module
# compiled against an older layout of VitaCore's types: a class allocated too small (`vita tailor`
# wrote past the end of its `Tailor`), a struct read with old offsets (`vita tailor --explain`
# crashed after a field was added to `PostingAnalysis.Line`). So when a VitaCore source is newer
# than the binary, every module that imports VitaCore is compiled again with it. The binary is then
# checked for modules that disagree on the size of a class (scripts/check-allocation-sizes.py),
# which catches the class case should the first step miss it; on a failure every module but
# VitaCore is compiled again. The check runs once per binary: .build/release/vita.checked records
# the binary it passed.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
binary=.build/release/vita
stamp=$binary.checked
build() { $SWIFT build -c release --product vita --static-swift-stdlib; }
recompileDependents() { find Sources -name '*.swift' -not -path 'Sources/VitaCore/*' -exec touch {} +; }
if [ -f "$binary" ] && [ -n "$(find Sources/VitaCore -name '*.swift' -newer "$binary" -print -quit)" ]; then
  recompileDependents
fi
build
[ -f "$stamp" ] && [ "$stamp" -nt "$binary" ] && exit 0
if ! scripts/check-allocation-sizes.py "$binary"; then
  echo "Compiling every module but VitaCore again: an incremental build left one with an old layout"
  recompileDependents
  build
  scripts/check-allocation-sizes.py "$binary"
fi
touch "$stamp"

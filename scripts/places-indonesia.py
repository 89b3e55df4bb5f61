#!/usr/bin/env python3
"""Writes data/language/places-indonesia.txt: Indonesia's regencies, cities and districts
(kabupaten, kota, kecamatan), so that a posting's "Serdang Bedagai", "Cibitung" or "Balongan" is
never taken for a tool. GeoNames' towns of 15,000 people (places-geonames.txt) leave most of them
out, and postings name them for placements, plants and ports.

Reads db/wilayah.sql of https://github.com/cahyadsn/wilayah (MIT, Cahya DSN), the codes and names
of Kepmendagri No 300.2.2-2138 Tahun 2025. A name that is also an ordinary word
(data/language/common-*.txt), a term of data/vocabulary/ or already a place is left out, as in
scripts/places-geonames.py, and so is a one-word name that is an Indonesian root word in the word
list of the Sastrawi stemmer (PyPI `sastrawi`, MIT: Sastrawi/Stemmer/data/kata-dasar.txt), since
"Sawit", "Tambak" and "Jati" are districts and also what plantation, fishery and forestry postings
ask about. A one-word district (not a regency) is also left out when it is such a word with an
affix ("Menjalin", "Karangan", "Pangkalan"): a place's name is folded like any word, so it would
hide the verb or noun wherever a posting writes it. Run from the repository's root with the paths of that wilayah.sql and kata-dasar.txt;
the data file is committed, so building Vita never needs them.
"""

import re
import sys

import importlib.util

_spec = importlib.util.spec_from_file_location("places_geonames", "scripts/places-geonames.py")
geonames = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(geonames)

ROW = re.compile(r"^\('([0-9.]+)','([^']*(?:''[^']*)*)'\)")
PREFIXES = ("Kabupaten ", "Kab. ", "Kota Administrasi ", "Kota ")


PREFIXES_ID = [
    ("meng", "k"), ("meny", "s"), ("mem", "p"), ("men", "t"), ("me", ""), ("ber", ""), ("be", ""),
    ("ter", ""), ("di", ""), ("peng", "k"), ("peny", "s"), ("pem", "p"), ("pen", "t"), ("pe", ""),
    ("ke", ""), ("se", ""),
]


def affixed_root(word, roots):
    """Whether `word` is an Indonesian root of `roots` with a common prefix or suffix."""
    stems = [word] + [word[: -len(suffix)] for suffix in ("kan", "an", "i", "nya") if word.endswith(suffix)]
    for stem in stems:
        if stem != word and stem in roots and len(stem) >= 3:
            return True
        for prefix, initial in PREFIXES_ID:
            if stem.startswith(prefix):
                rest = stem[len(prefix):]
                if any(len(root) >= 3 and root in roots for root in {rest, initial + rest}):
                    return True
    return False


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: scripts/places-indonesia.py PATH/TO/wilayah.sql PATH/TO/kata-dasar.txt")
    with open(sys.argv[2], encoding="utf-8") as file:
        roots = {line.strip().lower() for line in file if line.strip()}
    excluded = (
        geonames.folded_lines("data/language/common-*.txt")
        | geonames.folded_lines("data/language/stopwords-*.txt")
        | geonames.folded_lines("data/vocabulary/*.tsv")
        | geonames.folded_lines("data/language/places.txt")
        | geonames.folded_lines("data/language/places-geonames.txt")
    )
    names = set()
    with open(sys.argv[1], encoding="utf-8") as file:
        for line in file:
            match = ROW.match(line)
            if not match or match.group(1).count(".") not in (1, 2):
                continue
            name = match.group(2).replace("''", "'").strip()
            for prefix in PREFIXES:
                if name.startswith(prefix):
                    name = name[len(prefix):]
            name = " ".join(word[:1].upper() + word[1:] for word in name.split())
            folded = name.lower()
            if not geonames.is_usable(name, excluded, shortest=4):
                continue
            if " " not in folded and folded in roots:
                continue
            if " " not in folded and match.group(1).count(".") == 2 and affixed_root(folded, roots):
                continue
            names.add(name)
    geonames.write(
        [
            "Regencies, cities and districts of Indonesia (kabupaten, kota, kecamatan), one per line, as",
            "places.txt: never a tool's name. Written by scripts/places-indonesia.py from db/wilayah.sql of",
            "https://github.com/cahyadsn/wilayah (MIT License, copyright Cahya DSN), the codes and names of",
            "Kepmendagri No 300.2.2-2138 Tahun 2025; names that are ordinary words or terms of",
            "data/vocabulary/ are left out, and so are one-word names that are Indonesian root words (the",
            "Sastrawi stemmer's kata-dasar.txt, MIT) and those already in places.txt or places-geonames.txt.",
        ],
        names,
    )


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes data/language/spelling-variants.tsv: British spellings and their American forms.

Reads SCOWL's word lists as Debian's `scowl` package installs them (/usr/share/dict/scowl).
A British-only word is paired with the one word that a regular spelling change makes of it
(colour → color, centre → center, catalogue → catalog, licence → license, travelled →
traveled, paediatric → pediatric, enrolment → enrollment), when that word is an American or a
common English spelling. A word with no such partner, or with two, is left out.

Run it after `apt-get install scowl`; the data file is committed, so building Vita never needs it.
Usage: scripts/spelling-variants.py [SCOWL_DIR] > data/language/spelling-variants.tsv
"""

import glob
import re
import sys

MAX_LEVEL = 60  # SCOWL's size levels: 10 the commonest words … 95 the rarest

# British → American changes, as (British part, American part).
CHANGES = [
    ("our", "or"),
    ("tre", "ter"), ("bre", "ber"), ("tres", "ters"), ("bres", "bers"), ("tred", "tered"), ("tring", "tering"),
    ("ise", "ize"), ("ises", "izes"), ("ised", "ized"), ("ising", "izing"),
    ("isation", "ization"), ("isations", "izations"), ("iser", "izer"), ("isers", "izers"),
    ("yse", "yze"), ("yses", "yzes"), ("ysed", "yzed"), ("ysing", "yzing"), ("yser", "yzer"),
    ("ogue", "og"), ("ogues", "ogs"), ("ence", "ense"), ("ences", "enses"),
    ("llor", "lor"), ("llors", "lors"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
    ("l", "ll"), ("ls", "lls"), ("lment", "llment"), ("lments", "llments"),
    ("eing", "ing"), ("ement", "ment"), ("ements", "ments"),
]
# ae and oe before a consonant: anaemia → anemia, oedema → edema (not Latin plurals: formulae).
DIGRAPH = re.compile("(ae|oe)(?=[bcdfghjklmnpqrstvwxz])")
# British words whose regular change gives a different word: haem ≠ hem, prise ≠ prize.
NOT_VARIANTS = {"haem", "prise", "prises", "prised", "prising", "mantoes", "matres", "oecus"}


def words(directory, name):
    found = set()
    for path in glob.glob(f"{directory}/{name}.*"):
        if int(path.rsplit(".", 1)[1]) <= MAX_LEVEL:
            with open(path, encoding="latin-1") as file:
                found.update(w for w in (line.strip() for line in file) if w.isalpha() and w.islower())
    return found


def changed(word, changes):
    for british, american in changes:
        for match in re.finditer(re.escape(british), word):
            yield word[: match.start()] + american + word[match.end():]


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/scowl"
    british = words(directory, "british-words")
    american = words(directory, "american-words")
    common = words(directory, "english-words")
    if not british or not american:
        sys.exit(f"no SCOWL word lists in {directory}: apt-get install scowl")
    spellings = american | common
    pairs = {}
    for word in sorted(british - NOT_VARIANTS):
        partners = {c for c in changed(word, CHANGES) if c in spellings}
        if not partners:  # two changes: colourise → colorize
            partners = {c2 for c in changed(word, CHANGES) for c2 in changed(c, CHANGES) if c2 in american}
        partners |= {word[: m.start()] + "e" + word[m.end():] for m in DIGRAPH.finditer(word)} & spellings
        partners.discard(word)
        if len(partners) == 1:
            pairs[word] = partners.pop()
    print("# British spellings and their American forms, which the English stemmer reads alike: colour")
    print("# and color, centre and center, licence and license. Format: British<TAB>American, folded.")
    print("# Written by scripts/spelling-variants.py from SCOWL's word lists (Debian's `scowl` package,")
    print("# 2020.12.07; http://wordlist.aspell.net/), sizes up to 60: a British-only word paired with the")
    print("# one word a regular spelling change makes of it. SCOWL is Copyright 2000-2011 Kevin Atkinson:")
    print("# \"Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,")
    print("# the output created from the scripts, and its documentation for any purpose is hereby granted")
    print("# without fee, provided that the above copyright notice appears in all copies and that both that")
    print("# copyright notice and this permission notice appear in supporting documentation.\"")
    for word, partner in pairs.items():
        print(f"{word}\t{partner}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks a printed CV: every section heading and highlight of its HTML is in the PDF's text, in order.

Usage: scripts/check_cv_pdf.py CV.html CV.pdf [MAX_PAGES]
The text comes from pdftotext (reading order, then -layout), as an ATS would copy it; spaces and
line breaks are ignored, so that wrapped lines still match. Each heading must also be whole words
in the reading-order text: an ATS finds "Relevant Experience", not "RELEVANT EXP ERI ENC E" (what a
hinted font's letter spacing gave). The page count (pdfinfo) must be between 1 and MAX_PAGES (4 by
default).
"""
import html.parser
import re
import subprocess
import sys
import unicodedata


class CVText(html.parser.HTMLParser):
    """Collects, in document order, the text of the CV's h2 headings and of its entries' list items."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items = []  # (kind, text)
        self.stack = []
        self.current = None
        self.in_cv = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article" and "cv" in classes:
            self.in_cv = True
        if not self.in_cv:
            return
        if tag == "h2":
            self.current = ["heading", ""]
        elif tag == "li" and any("cv-entry" in element for element in self.stack):
            self.current = ["highlight", ""]
        self.stack.append(" ".join(classes))

    def handle_endtag(self, tag):
        if not self.in_cv:
            return
        if self.stack:
            self.stack.pop()
        if tag == "article":
            self.in_cv = False
        if self.current and ((tag == "h2" and self.current[0] == "heading") or
                             (tag == "li" and self.current[0] == "highlight")):
            self.items.append((self.current[0], self.current[1].strip()))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current[1] += data


def squeeze(text):
    """The text as compared: NFKC (ligatures split), no whitespace at all, case folded (a heading the
    stylesheet prints in capitals is the same words to an ATS), hyphens left out (pdftotext joins a
    word broken at a line's end, "best-" + "selling", into "bestselling")."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", unicodedata.normalize("NFKC", text)).casefold()


def pdf_text(pdf, layout):
    command = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def words(text):
    """The text as an ATS tokenises it: NFKC, case folded, every run of whitespace one space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def check_headings(items, text):
    """Every heading's words, spaced as in the HTML, in the text: none split or run together."""
    haystack = f" {words(text)} "
    return [f"heading '{expected}' is not whole words in the PDF text (an ATS would not find it)"
            for kind, expected in items if kind == "heading" and f" {words(expected)} " not in haystack]


def check_order(items, text, mode):
    haystack = squeeze(text)
    position = 0
    problems = []
    for kind, expected in items:
        needle = squeeze(expected)
        found = haystack.find(needle, position)
        if found < 0:
            where = "elsewhere, out of order" if needle in haystack else "nowhere"
            problems.append(f"[{mode}] {kind} '{expected}' is {where} in the PDF text")
        else:
            position = found + len(needle)
    return problems


def main(html_path, pdf_path, max_pages):
    parser = CVText()
    with open(html_path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    items = parser.items
    headings = sum(1 for kind, _ in items if kind == "heading")
    highlights = len(items) - headings
    if headings == 0 or highlights == 0:
        print(f"error: found {headings} headings and {highlights} highlights in {html_path}", file=sys.stderr)
        return 1
    problems = []
    for layout in (False, True):
        found = check_order(items, pdf_text(pdf_path, layout), "-layout" if layout else "reading order")
        # One item out of place pushes every later one out of order; the first few tell the story.
        problems += found[:3] + ([f"... and {len(found) - 3} more"] if len(found) > 3 else [])
    problems += check_headings(items, pdf_text(pdf_path, False))
    info = subprocess.run(["pdfinfo", pdf_path], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1).strip()
    if not 1 <= pages <= max_pages:
        problems.append(f"the PDF has {pages} pages; expected 1 to {max_pages}")
    for problem in problems:
        print(f"{pdf_path}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"PDF text matches the HTML: {headings} headings and {highlights} highlights in order; "
          f"{pages} pages, {size}: {pdf_path}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 4))

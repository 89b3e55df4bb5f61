#!/usr/bin/env python3
"""Checks a CV's Word file as an ATS would read it, with python-docx.

Usage: scripts/check_cv_docx.py CV.html CV.docx
Every section heading and highlight of the HTML is in the document, in order (the same parser as
check_cv_pdf.py); each heading uses a Heading style and each highlight is a list paragraph (Word
numbering); there is no table and no text box; the contact details (the HTML's mailto: and tel:
links) are in the body, and every header and footer is empty.
"""
import os
import re
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_cv_pdf import CVText, squeeze  # noqa: E402


def main(html_path, docx_path):
    html = open(html_path, encoding="utf-8").read()
    parser = CVText()
    parser.feed(html)
    items = parser.items
    document = docx.Document(docx_path)
    paragraphs = [(p.style.name, p._p.pPr is not None and p._p.pPr.numPr is not None, squeeze(p.text))
                  for p in document.paragraphs]
    problems = []
    position = 0
    for kind, expected in items:
        needle = squeeze(expected)
        found = next((i for i in range(position, len(paragraphs)) if paragraphs[i][2] == needle), None)
        if found is None:
            problems.append(f"{kind} '{expected}' is not a paragraph of its own, in order")
            continue
        style, listed, _ = paragraphs[found]
        if kind == "heading" and not style.startswith("Heading"):
            problems.append(f"heading '{expected}' has the style '{style}', not a Heading style")
        if kind == "highlight" and not listed:
            problems.append(f"highlight '{expected}' is not a list paragraph")
        position = found + 1
    if document.tables:
        problems.append(f"{len(document.tables)} tables")
    body = document.element.body.xml
    if "txbxContent" in body or "<w:pict" in body:
        problems.append("a text box")
    for section in document.sections:
        for part in (section.header, section.footer):
            if any(p.text.strip() for p in part.paragraphs):
                problems.append("text in a header or footer")
    text = squeeze(" ".join(p.text for p in document.paragraphs))
    for contact in re.findall(r'href="(?:mailto|tel):[^"]*">([^<]+)<', html):
        if squeeze(contact) not in text:
            problems.append(f"the contact '{contact}' is not in the body")
    for problem in problems[:5]:
        print(f"{docx_path}: {problem}", file=sys.stderr)
    if problems:
        return 1
    headings = sum(1 for kind, _ in items if kind == "heading")
    print(f"Word file matches the HTML: {headings} headings and {len(items) - headings} highlights in order, "
          f"Heading styles and list paragraphs, no table, contact in the body: {docx_path}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2]))

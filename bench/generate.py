#!/usr/bin/env python3
"""Generates a synthetic Vita site and the equivalent Hugo site from the same Markdown.

usage: generate.py EXPERIENCES POSTINGS OUT

OUT/vita  a Vita site: vita.yml, content/experiences/*.md, content/jobs/*.md
OUT/hugo  a Hugo site with the same experience files (one page each) and one page per
          posting that lists the experiences sharing one of its keywords
OUT/markdown  the experience bodies alone, for timing the cmark-gfm tool
Deterministic: the same arguments give the same files.
"""
import os
import random
import sys

KINDS = ["job", "internship", "freelance", "part-time", "project", "volunteer", "organization",
         "competition", "course", "bootcamp", "certification", "education"]
SKILLS = ["SQL", "Python", "Tableau", "Excel", "Power BI", "pandas", "R", "statistics", "JavaScript",
          "React", "TypeScript", "Node.js", "Git", "Docker", "Kubernetes", "AWS", "Figma", "HTML", "CSS",
          "Java", "Kotlin", "Swift", "C++", "Go", "machine learning", "data analysis", "project management",
          "public speaking", "teamwork", "Google Analytics", "SEO", "copywriting", "Scrum", "CI/CD",
          "PostgreSQL", "MongoDB", "REST API", "Linux", "Photoshop", "Canva"]
VERBS = ["Built", "Led", "Designed", "Analysed", "Increased", "Reduced", "Created", "Implemented",
         "Organised", "Automated", "Launched", "Improved"]
OBJECTS = ["a dashboard", "an onboarding flow", "a data pipeline", "a training programme",
           "a fundraising campaign", "a mobile app", "a reporting process", "a community event"]
CITIES = ["Jakarta", "Bandung", "Yogyakarta", "Surabaya", "Medan", "Makassar", "Denpasar"]
WORDS = ("the team worked with partners across the city to deliver results on time and under budget "
         "while learning new tools and sharing what worked with others every week").split()


def paragraph(rng, sentences):
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def experience(rng, number):
    kind = KINDS[number % len(KINDS)]
    year = 2015 + number % 11
    month = 1 + number % 12
    skills = rng.sample(SKILLS, 4)
    highlights = []
    for _ in range(3):
        highlights.append(f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} with {rng.choice(skills)} that "
                          f"saved {rng.randint(2, 40)} hours a month for {rng.randint(3, 300)} people")
    lines = ["---", f"title: {rng.choice(VERBS)} {rng.choice(OBJECTS)} {number}", f"kind: {kind}"]
    if kind not in ("project", "course"):
        lines.append(f"organization: Organisation {number % 97}")
    lines += [f"location: {rng.choice(CITIES)}, Indonesia", f"start: {year}-{month:02d}"]
    if number % 5:
        lines.append(f"end: {min(year + 1, 2025)}-{month:02d}")
    lines += [f"hours: {rng.randint(10, 900)}", "skills: [" + ", ".join(skills) + "]", "highlights:"]
    lines += [f"  - {h}" for h in highlights]
    lines += ["links:", f"  - {{label: Demo, url: https://example.com/{number}}}"]
    if number % 10 == 0:
        lines.append("featured: true")
    lines.append("---")
    body = [paragraph(rng, 4), "",
            "| Metric | Before | After |", "|---|--:|--:|",
            f"| Hours a week | {rng.randint(5, 20)} | {rng.randint(1, 5)} |",
            f"| People reached | {rng.randint(10, 90)} | {rng.randint(100, 900)} |", "",
            "What I did:", "",
            f"- Worked with **{skills[0]}** and {skills[1]}",
            f"- Shared the results in a ~~monthly~~ weekly review",
            f"- Wrote the notes at https://example.com/notes/{number}", "",
            paragraph(rng, 3), ""]
    return "\n".join(lines) + "\n" + "\n".join(body)


def posting(rng, number):
    keywords = rng.sample(SKILLS, 3)
    must = rng.sample(keywords, 1)
    body = (f"We are looking for a junior analyst who knows {', '.join(rng.sample(SKILLS, 5))}. "
            f"You will work on {rng.choice(OBJECTS)} and {rng.choice(OBJECTS)} with our team in "
            f"{rng.choice(CITIES)}.\n\nRequirements:\n\n- {keywords[0]}\n- {keywords[1]}\n- {keywords[2]}\n"
            f"- Good communication and teamwork\n")
    front = ["---", f"title: Junior Analyst {number}", f"company: Company {number}",
             "keywords: [" + ", ".join(keywords) + "]", "must_have: [" + ", ".join(must) + "]", "---"]
    return "\n".join(front) + "\n" + body, keywords


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


HUGO_CONFIG = """baseURL = "https://bench.example.com/"
title = "Bench"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
taskList = true
typographer = true
"""

HUGO_SINGLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><p>{{ .Params.organization }} {{ .Params.location }} {{ .Params.start }}</p>
<ul>{{ range .Params.highlights }}<li>{{ . | markdownify }}</li>{{ end }}</ul>
{{ .Content }}
<ul>{{ range .Params.skills }}<li>{{ . }}</li>{{ end }}</ul></body></html>
"""

HUGO_JOB = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ .Content }}
{{ $keywords := .Params.keywords }}
<ol>{{ range where site.RegularPages "Section" "experiences" }}{{ if intersect .Params.skills $keywords }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ range .Params.highlights }}{{ . }} {{ end }}</li>{{ end }}{{ end }}</ol>
</body></html>
"""

HUGO_LIST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    count, jobs, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(42)
    vita, hugo = os.path.join(out, "vita"), os.path.join(out, "hugo")
    write(os.path.join(vita, "vita.yml"),
          "title: Bench\nbase_url: https://bench.example.com/\nperson:\n  name: Bench Person\n"
          "  email: bench@example.com\n")
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    write(os.path.join(hugo, "layouts/_default/single.html"), HUGO_SINGLE)
    write(os.path.join(hugo, "layouts/_default/list.html"), HUGO_LIST)
    write(os.path.join(hugo, "layouts/jobs/single.html"), HUGO_JOB)
    write(os.path.join(hugo, "layouts/index.html"), HUGO_LIST)
    for number in range(count):
        text = experience(rng, number)
        name = f"experience-{number:06d}.md"
        write(os.path.join(vita, "content/experiences", name), text)
        write(os.path.join(hugo, "content/experiences", name), text)
        write(os.path.join(out, "markdown", name), text.split("\n---\n", 1)[1])
    for number in range(jobs):
        text, _ = posting(rng, number)
        name = f"posting-{number:04d}.md"
        write(os.path.join(vita, "content/jobs", name), text)
        write(os.path.join(hugo, "content/jobs", name), text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The inputs under the size limits that once took minutes (issue 24), each at two sizes.

usage: families.py VITA WORK [RUNS]

For every family, a site of one experience (and one posting where the family is a posting's or
tailoring's) is built with `vita build` at a size and at twice that size; the line gives the median
wall time of RUNS runs (3 by default) at each and their ratio. Linear growth shows as a ratio near
2 (a little more or less on a busy machine); the quadratic cases these replaced showed 3 to 4.
A family whose files Vita refuses (a Markdown construct over its limit) is timed to the refusal:
the limit is found in one pass over the bytes, so quickly that starting Vita is most of the time
(the ratio then stays near 1); before the limits, 1.28 MB of `a <?` took 110 s.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HEAD = "---\ntitle: Hostile\nkind: project\nstart: 2024-01\n"
CONFIG = "title: Bench\nbase_url: https://bench.example/\nperson:\n  name: Rina Wijaya\n  headline: Student\n"
POSTING_HEAD = "---\ntitle: Data Analyst\ncompany: Acme\nlanguage: en\n"
POSTING_BODY = "---\n## Requirements\n\n- SQL and Python\n- Dashboards in Tableau\n"


def block_list(key, items):
    return key + ":\n" + "".join(f"  - {item}\n" for item in items)


# name, the smaller size, what that size counts, and a function from a size to (experience, posting or None).
FAMILIES = [
    ("Markdown `a <?`", 320_000, "openers", lambda n: (HEAD + "---\n" + "a <?" * n, None)),
    ("Markdown `a <!A `", 213_000, "openers", lambda n: (HEAD + "---\n" + "a <!A " * n, None)),
    ("Markdown `<![CDATA[`", 116_000, "openers", lambda n: (HEAD + "---\n" + "x <![CDATA[" * n, None)),
    ("Markdown closed `<?x?>`", 75_000, "instructions", lambda n: (HEAD + "---\n" + "a <?x?> " * n, None)),
    (
        "Markdown table",
        500,
        "columns",
        lambda n: (HEAD + "---\n|" + "a|" * n + "\n|" + "-|" * n + "\n" + ("|" + "1|" * n + "\n") * 20, None),
    ),
    (
        "YAML one-line flow sequence",
        50_000,
        "skills",
        lambda n: (HEAD + "skills: [" + ", ".join(f"s{i}" for i in range(n)) + "]\n---\n", None),
    ),
    (
        "distinct skills, tailored",
        50_000,
        "skills",
        lambda n: (HEAD + block_list("skills", (f"s{i}" for i in range(n))) + "---\n", POSTING_HEAD + POSTING_BODY),
    ),
    (
        "skills sharing a first word, tailored",
        20_000,
        "skills",
        lambda n: (
            HEAD + block_list("skills", (f"data s{i}" for i in range(n))) + "---\n",
            POSTING_HEAD + POSTING_BODY,
        ),
    ),
    (
        "unknown names on one duty line, tailored",
        10_000,
        "names",
        lambda n: (
            HEAD + "skills: [SQL, Python]\n---\nBody.\n",
            POSTING_HEAD
            + "---\n## Responsibilities\n\n- Follow the rules of "
            + ", ".join(f"Zq{i:06d}Tool" for i in range(n))
            + "\n",
        ),
    ),
    (
        "one name repeated on a requirement line, tailored",
        20_000,
        "repeats",
        lambda n: (
            HEAD + "skills: [SQL, Python]\n---\nBody.\n",
            POSTING_HEAD + "---\n## Requirements\n\n- Memiliki SIM " + " SIM ".join("A/C" for _ in range(n)) + "\n",
        ),
    ),
    (
        "short sentences in one paragraph, tailored",
        50_000,
        "sentences",
        lambda n: (HEAD + "skills: [SQL, Python]\n---\nBody.\n", POSTING_HEAD + "---\n" + "Ab. " * n + "\n"),
    ),
    (
        "posting keywords, tailored",
        100_000,
        "keywords",
        lambda n: (
            HEAD + "skills: [SQL, Python]\n---\nBody.\n",
            POSTING_HEAD + block_list("keywords", (f"k{i}" for i in range(n))) + POSTING_BODY,
        ),
    ),
]


def site(work, experience, posting):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work + "/content/experiences")
    with open(work + "/vita.yml", "w") as f:
        f.write(CONFIG)
    with open(work + "/content/experiences/hostile.md", "w") as f:
        f.write(experience)
    if posting is not None:
        os.makedirs(work + "/content/jobs")
        with open(work + "/content/jobs/acme-data-analyst.md", "w") as f:
            f.write(posting)


def build(vita, work):
    out = work + "-out"
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    result = subprocess.run(
        [vita, "build", "--source", work, "--output", out + "/public", "--applications", out + "/applications"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seconds = time.perf_counter() - start
    shutil.rmtree(out, ignore_errors=True)
    codes = re.findall(r"error: .*\[([a-z0-9-]+)\]$", result.stderr, re.MULTILINE)
    outcome = "builds" if result.returncode == 0 else (codes[0] if codes else "fails")
    return seconds, outcome


def main():
    vita, work = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print(f"slow families at two sizes, vita build; median of {runs} runs")
    print(f"{'family':40} {'size':>18} {'wall s':>8} {'size × 2':>10} {'wall s':>8} {'ratio':>6}  outcome")
    for name, size, unit, make in FAMILIES:
        times, outcomes = [], []
        for n in (size, size * 2):
            experience, posting = make(n)
            site(work + "/family", experience, posting)
            measured = [build(vita, work + "/family") for _ in range(runs)]
            times.append(statistics.median(m[0] for m in measured))
            outcomes.append(measured[0][1])
        shutil.rmtree(work + "/family", ignore_errors=True)
        ratio = times[1] / times[0] if times[0] > 0 else float("nan")
        print(
            f"{name:40} {size:>11,} {unit:<6} {times[0]:>8.2f} {size * 2:>10,} {times[1]:>8.2f} {ratio:>6.2f}  "
            + " / ".join(dict.fromkeys(outcomes))
        )


if __name__ == "__main__":
    main()

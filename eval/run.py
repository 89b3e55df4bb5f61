#!/usr/bin/env python3
# Vita's tailoring against a plain BM25 baseline on the labelled personas under eval/.
# What each number means: eval/README.md. Usage:
#   python3 eval/run.py [--eval-dir DIR] [--vita PATH] [--json FILE] [--check] [--targets]
# VITA (or --vita) names the binary; .build/release/vita by default.
# Exit status: 0; 1 when --check or --targets finds a shortfall; 2 when the data, a report or a
# `vita build` cannot be used.

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("en", "id")
TOLERANCE = 1e-9
RELEVANT = 2  # P@3: an experience graded 2 or 3 is relevant
CUTOFF_NDCG = 5
CUTOFF_P = 3
TARGET_RECALL = 0.75
TARGET_PRECISION = 0.8
TARGET_OUT_OF_FIELD = 40
BUILD_TIMEOUT = 600
SHOW_PAIRS = 10  # cross-field pairs sharing a first entry listed per language; --json has them all
FIELD_WIDTH = 32  # the per-posting table shortens longer fields


class EvalError(Exception):
    """Data, a report or a build that cannot be used; the message names the file or the persona."""


# ---------------------------------------------------------------------------------------------
# Metrics (eval/test_metrics.py checks them against hand-computed values)


def dcg(grades_in_order: list[int]) -> float:
    # gain 2^grade - 1, discount 1/log2(i+1) for position i counted from 1
    return sum((2**g - 1) / math.log2(i + 1) for i, g in enumerate(grades_in_order, start=1))


def ndcg_at(ranking: list[str], grades: dict[str, int], k: int = CUTOFF_NDCG) -> float | None:
    """nDCG@k of `ranking` (slugs, best first); the ideal is the top k of all the posting's grades.
    Unknown slugs grade 0; a slug listed twice counts once. None when no experience has a grade
    above 0 (the ideal DCG is 0 and nDCG is undefined)."""
    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    if ideal <= 0:
        return None
    return dcg([grades.get(s, 0) for s in dedupe(ranking)[:k]]) / ideal


def precision_at(ranking: list[str], grades: dict[str, int], k: int = CUTOFF_P) -> float:
    """Share of the first k entries graded >= 2, always divided by k (a shorter list is not excused)."""
    return sum(1 for s in dedupe(ranking)[:k] if grades.get(s, 0) >= RELEVANT) / k


def dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x in seen or seen.add(x))]


def contains_either(a: str, b: str) -> bool:
    """The matching rule for missing terms: either contains the other, case folded."""
    a, b = a.strip().casefold(), b.strip().casefold()
    if not a or not b:
        return False
    return a in b or b in a


# ---------------------------------------------------------------------------------------------
# BM25 baseline: BM25Okapi (rank_bm25 defaults k1=1.5, b=0.75, epsilon=0.25) over each experience
# file's raw text, the posting file's raw text as the query, \w+ tokens of the lower-cased text
# minus NLTK's English stop list (eval/stopwords-en.txt).

TOKEN = re.compile(r"\w+")  # str patterns are Unicode-aware in Python 3


def load_stopwords(path: Path = HERE / "stopwords-en.txt") -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def tokenize(text: str, stopwords: frozenset[str]) -> list[str]:
    return [t for t in TOKEN.findall(text.lower()) if t not in stopwords]


def bm25_ranking(documents: dict[str, str], query: str, stopwords: frozenset[str]) -> tuple[list[str], dict[str, float]]:
    """Every document's slug, by BM25 score descending, ties by slug."""
    from rank_bm25 import BM25Okapi

    slugs = sorted(documents)
    model = BM25Okapi([tokenize(documents[s], stopwords) for s in slugs], k1=1.5, b=0.75, epsilon=0.25)
    scores = {s: float(x) for s, x in zip(slugs, model.get_scores(tokenize(query, stopwords)))}
    return sorted(slugs, key=lambda s: (-scores[s], s)), scores


# ---------------------------------------------------------------------------------------------
# Reading a persona


def front_matter(text: str) -> dict:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].rstrip() != "---":
        return {}
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:end]))
            except yaml.YAMLError:
                match = re.search(r"^slug:\s*['\"]?([a-z0-9-]+)", "\n".join(lines[1:end]), re.M)
                return {"slug": match.group(1)} if match else {}
            return data if isinstance(data, dict) else {}
    return {}


def slug_of(path: Path, text: str) -> str:
    if path.suffix == ".md":
        value = front_matter(text).get("slug")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return path.stem


def read_files(folder: Path, suffixes: tuple[str, ...]) -> dict[str, tuple[Path, str]]:
    # the files Vita reads: the folder's own files (not sub-folders), hidden ones skipped
    found: dict[str, tuple[Path, str]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.suffix in suffixes:
            text = path.read_text(encoding="utf-8", errors="replace")
            found[slug_of(path, text)] = (path, text)
    return found


@dataclass
class Posting:
    persona: str
    language: str
    job: str
    field: str
    out_of_field: bool
    grades: dict[str, int]
    lacking: list[str]
    score: float = 0.0
    selected: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    bm25: list[str] = field(default_factory=list)
    vita_ndcg: float | None = None
    bm25_ndcg: float | None = None
    vita_p3: float = 0.0
    bm25_p3: float = 0.0
    lacking_found: list[bool] = field(default_factory=list)
    missing_right: list[bool] = field(default_factory=list)


def load_labels(persona_dir: Path) -> dict:
    path = persona_dir / "labels.yml"
    try:
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise EvalError(f"{path}: cannot be read: {error}")
    if not isinstance(labels, dict) or not isinstance(labels.get("postings"), dict) or not labels["postings"]:
        raise EvalError(f"{path}: needs a `postings:` mapping of job slugs")
    language = str(labels.get("language", "")).strip()
    if language not in LANGUAGES:
        raise EvalError(f"{path}: `language:` must be one of {', '.join(LANGUAGES)}, not '{language}'")
    for job, entry in labels["postings"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("grades"), dict):
            raise EvalError(f"{path}: posting '{job}' needs `grades:`")
        for slug, grade in entry["grades"].items():
            if not isinstance(grade, int) or isinstance(grade, bool) or not 0 <= grade <= 3:
                raise EvalError(f"{path}: posting '{job}': grade of '{slug}' must be 0, 1, 2 or 3, not {grade!r}")
        if not isinstance(entry.get("lacking", []) or [], list):
            raise EvalError(f"{path}: posting '{job}': `lacking:` must be a list")
    return labels


def run_vita(vita: str, persona: str, site: Path, work: Path) -> Path:
    apps = work / "apps"
    command = [vita, "build", "--source", str(site), "--output", str(work / "public"), "--applications", str(apps)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    except OSError as error:
        raise EvalError(f"persona '{persona}': cannot run {vita}: {error}")
    except subprocess.TimeoutExpired:
        raise EvalError(f"persona '{persona}': `vita build` took over {BUILD_TIMEOUT} s")
    if done.returncode != 0:
        output = (done.stderr.strip() or done.stdout.strip() or "(no output)").replace("\n", "\n    ")
        raise EvalError(f"persona '{persona}': `vita build` failed (exit {done.returncode}):\n    {output}")
    return apps


def read_report(path: Path, persona: str) -> dict:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EvalError(f"persona '{persona}': {path.parent.name}/report.json cannot be read: {error}")
    for key, kind in (("score", (int, float)), ("missing", list), ("selected", list)):
        if not isinstance(report.get(key), kind) or isinstance(report.get(key), bool):
            raise EvalError(f"persona '{persona}': {path.parent.name}/report.json has no usable `{key}`")
    return report


def evaluate_persona(persona_dir: Path, vita: str, stopwords: frozenset[str], warnings: list[str]) -> list[Posting]:
    persona = persona_dir.name
    labels = load_labels(persona_dir)
    site = persona_dir / "site"
    experiences = {s: text for s, (_, text) in read_files(site / "content" / "experiences", (".md",)).items()}
    jobs = read_files(site / "content" / "jobs", (".md", ".json"))
    if not experiences:
        raise EvalError(f"persona '{persona}': {site}/content/experiences holds no .md file")

    work = Path(tempfile.mkdtemp(prefix=f"vita-eval-{persona}-"))
    try:
        apps = run_vita(vita, persona, site, work)
        postings = []
        for job, entry in labels["postings"].items():
            job = str(job)
            if job not in jobs:
                raise EvalError(f"persona '{persona}': labels.yml names job '{job}', which is not in {site}/content/jobs")
            grades = {str(s): g for s, g in entry["grades"].items()}
            for slug in sorted(set(grades) - set(experiences)):
                warnings.append(f"{persona}/{job}: graded '{slug}' is not an experience of the site")
            for slug in sorted(set(experiences) - set(grades)):
                warnings.append(f"{persona}/{job}: experience '{slug}' has no grade (counted as 0)")
            report = read_report(apps / job / "report.json", persona)
            p = Posting(
                persona=persona, language=labels["language"], job=job,
                field=str(entry.get("field", "")).strip(), out_of_field=bool(entry.get("out_of_field", False)),
                grades=grades, lacking=[str(x) for x in entry.get("lacking") or [] if str(x).strip()],
                score=float(report["score"]), selected=[str(x) for x in report["selected"]],
                missing=[str(x) for x in report["missing"]],
            )
            if len(dedupe(p.selected)) != len(p.selected):
                warnings.append(f"{persona}/{job}: report.selected lists an experience twice (counted once)")
            p.bm25, _ = bm25_ranking(experiences, jobs[job][1], stopwords)
            p.vita_ndcg, p.bm25_ndcg = ndcg_at(p.selected, grades), ndcg_at(p.bm25, grades)
            p.vita_p3, p.bm25_p3 = precision_at(p.selected, grades), precision_at(p.bm25, grades)
            p.lacking_found = [any(contains_either(m, l) for m in p.missing) for l in p.lacking]
            p.missing_right = [any(contains_either(m, l) for l in p.lacking) for m in p.missing]
            postings.append(p)
        for job in sorted(set(jobs) - {str(j) for j in labels["postings"]}):
            warnings.append(f"{persona}: job '{job}' has no labels (left out)")
        return postings
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Aggregates


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def summarise(postings: list[Posting]) -> dict:
    ndcg_pairs = [(p.vita_ndcg, p.bm25_ndcg) for p in postings if p.vita_ndcg is not None]
    lacking = [x for p in postings for x in p.lacking_found]
    missing = [x for p in postings for x in p.missing_right]

    out_of_field = []
    for persona, group in itertools.groupby(sorted(postings, key=lambda p: p.persona), key=lambda p: p.persona):
        group = list(group)
        in_field = [p.score for p in group if not p.out_of_field]
        for p in group:
            if p.out_of_field:
                below = all(p.score < s for s in in_field)
                out_of_field.append({
                    "persona": persona, "job": p.job, "score": p.score,
                    "in_field_min": min(in_field) if in_field else None, "below_every_in_field": below,
                    "at_most_40": p.score <= TARGET_OUT_OF_FIELD,
                })

    shared_first = []
    for persona, group in itertools.groupby(sorted(postings, key=lambda p: p.persona), key=lambda p: p.persona):
        for a, b in itertools.combinations(list(group), 2):
            if a.field.casefold() != b.field.casefold() and a.selected and b.selected and a.selected[0] == b.selected[0]:
                shared_first.append({"persona": persona, "jobs": [a.job, b.job], "fields": [a.field, b.field],
                                     "first": a.selected[0]})
    cross_field_pairs = sum(
        1 for _, g in itertools.groupby(sorted(postings, key=lambda p: p.persona), key=lambda p: p.persona)
        for a, b in itertools.combinations(list(g), 2) if a.field.casefold() != b.field.casefold())

    return {
        "personas": len({p.persona for p in postings}),
        "postings": len(postings),
        "ndcg5": {"vita": mean([v for v, _ in ndcg_pairs]), "bm25": mean([b for _, b in ndcg_pairs]),
                  "postings": len(ndcg_pairs)},
        "p3": {"vita": mean([p.vita_p3 for p in postings]), "bm25": mean([p.bm25_p3 for p in postings]),
               "postings": len(postings)},
        "recall": {"micro": ratio(sum(lacking), len(lacking)), "found": sum(lacking), "lacking": len(lacking),
                   "macro": mean([sum(p.lacking_found) / len(p.lacking) for p in postings if p.lacking])},
        "precision": {"micro": ratio(sum(missing), len(missing)), "right": sum(missing), "missing": len(missing),
                      "macro": mean([sum(p.missing_right) / len(p.missing) for p in postings if p.missing])},
        "out_of_field": out_of_field,
        "shared_first_entry": {"pairs": len(shared_first), "cross_field_pairs": cross_field_pairs,
                               "examples": shared_first},
    }


def targets(language: str, s: dict) -> list[dict]:
    """Each target as {name, ok (True/False/None for not applicable), detail, gate: 'check'|'targets'}."""
    out = []

    def add(name, ok, detail, gate):
        out.append({"language": language, "name": name, "ok": ok, "detail": detail, "gate": gate})

    for metric, label in (("ndcg5", "nDCG@5"), ("p3", "P@3")):
        vita, bm25 = s[metric]["vita"], s[metric]["bm25"]
        ok = None if vita is None else vita >= bm25 - TOLERANCE
        add(f"Vita {label} >= BM25 {label}", ok, f"{fmt(vita)} vs {fmt(bm25)}", "check")
    r, p = s["recall"], s["precision"]
    add(f"recall of lacking >= {TARGET_RECALL}", None if r["micro"] is None else r["micro"] >= TARGET_RECALL,
        f"{fmt(r['micro'])} ({r['found']}/{r['lacking']})", "targets")
    add(f"precision of missing >= {TARGET_PRECISION}",
        None if p["micro"] is None else p["micro"] >= TARGET_PRECISION,
        f"{fmt(p['micro'])} ({p['right']}/{p['missing']})", "targets")
    oof = s["out_of_field"]
    add(f"out-of-field score <= {TARGET_OUT_OF_FIELD}", all(o["at_most_40"] for o in oof) if oof else None,
        ", ".join(f"{o['job']} {o['score']:g}" for o in oof) or "no out-of-field posting", "targets")
    add("out-of-field score below every in-field score",
        all(o["below_every_in_field"] for o in oof) if oof else None,
        ", ".join(f"{o['persona']}: {o['score']:g} < {fmt(o['in_field_min'], 0)}" for o in oof)
        or "no out-of-field posting", "targets")
    shared = s["shared_first_entry"]
    add("no first CV entry shared across fields", shared["pairs"] == 0 if shared["cross_field_pairs"] else None,
        f"{shared['pairs']} of {shared['cross_field_pairs']} cross-field pair(s) share it", "targets")
    return out


# ---------------------------------------------------------------------------------------------
# Output


def fmt(value, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and digits == 0:
        return f"{value:g}"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths))) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if i in right else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), rule, *[line(r) for r in rows]])


def report_text(by_language: dict[str, dict], postings: list[Posting], checks: list[dict]) -> str:
    parts = []
    for language in LANGUAGES:
        s = by_language.get(language)
        parts.append(f"## {language}")
        if s is None:
            parts.append(f"No persona with language: {language}.\n")
            continue
        parts.append(f"{s['personas']} persona(s), {s['postings']} posting(s)\n")
        n, p3 = s["ndcg5"], s["p3"]
        parts.append(table(["ranking", "Vita", "BM25", "postings"], [
            ["mean nDCG@5", fmt(n["vita"]), fmt(n["bm25"]), str(n["postings"])],
            ["mean P@3", fmt(p3["vita"]), fmt(p3["bm25"]), str(p3["postings"])],
        ], right={1, 2, 3}))
        r, pr = s["recall"], s["precision"]
        parts.append("")
        parts.append(table(["missing terms", "micro", "macro", "count"], [
            ["recall of lacking", fmt(r["micro"]), fmt(r["macro"]), f"{r['found']}/{r['lacking']} found"],
            ["precision of missing", fmt(pr["micro"]), fmt(pr["macro"]), f"{pr['right']}/{pr['missing']} right"],
        ], right={1, 2, 3}))
        parts.append("")
        if s["out_of_field"]:
            parts.append(table(["out-of-field", "job", "score", "in-field min", "below all"], [
                [o["persona"], o["job"], f"{o['score']:g}", fmt(o["in_field_min"], 0),
                 "yes" if o["below_every_in_field"] else "NO"] for o in s["out_of_field"]
            ], right={2, 3}))
        else:
            parts.append("No out-of-field posting.")
        sh = s["shared_first_entry"]
        parts.append(f"\nFirst CV entry shared by postings of different fields: {sh['pairs']} of "
                     f"{sh['cross_field_pairs']} pair(s)")
        for e in sh["examples"][:SHOW_PAIRS]:
            parts.append(f"  {e['persona']}: {e['jobs'][0]} ({e['fields'][0]}) and {e['jobs'][1]} "
                         f"({e['fields'][1]}) both open with {e['first']}")
        if sh["pairs"] > SHOW_PAIRS:
            parts.append(f"  ... and {sh['pairs'] - SHOW_PAIRS} more (every pair is in --json)")
        parts.append("")

    parts.append("## Per posting\n")
    parts.append(table(
        ["persona", "lang", "job", "field", "Vita nDCG@5", "BM25 nDCG@5", "Vita P@3", "BM25 P@3", "score", "missing"],
        [[p.persona, p.language, p.job + (" (out of field)" if p.out_of_field else ""), shorten(p.field, FIELD_WIDTH),
          fmt(p.vita_ndcg), fmt(p.bm25_ndcg), fmt(p.vita_p3), fmt(p.bm25_p3), f"{p.score:g}", str(len(p.missing))]
         for p in sorted(postings, key=lambda p: (p.language, p.persona, p.job))],
        right={4, 5, 6, 7, 8, 9}))
    parts.append("\nnDCG@5 is n/a where every experience is graded 0; such postings are left out of its mean.\n")

    parts.append("## Targets\n")
    parts.append(table(["lang", "target", "result", "detail", "fails"], [
        [c["language"], c["name"], {True: "PASS", False: "FAIL", None: "n/a"}[c["ok"]], c["detail"],
         "--check, --targets" if c["gate"] == "check" else "--targets"] for c in checks
    ]))
    return "\n".join(parts)


def posting_json(p: Posting) -> dict:
    return {
        "persona": p.persona, "language": p.language, "job": p.job, "field": p.field,
        "out_of_field": p.out_of_field, "score": p.score,
        "vita": {"ndcg5": p.vita_ndcg, "p3": p.vita_p3, "selected": p.selected},
        "bm25": {"ndcg5": p.bm25_ndcg, "p3": p.bm25_p3, "ranking": p.bm25},
        "missing": [{"term": m, "matches_lacking": ok} for m, ok in zip(p.missing, p.missing_right)],
        "lacking": [{"term": l, "found": ok} for l, ok in zip(p.lacking, p.lacking_found)],
    }


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vita's tailoring against a BM25 baseline on eval/<persona>/.")
    parser.add_argument("--eval-dir", type=Path, default=HERE, help="folder of personas (default: %(default)s)")
    parser.add_argument("--vita", default=os.environ.get("VITA") or str(ROOT / ".build/release/vita"),
                        help="the vita binary (default: $VITA, else .build/release/vita)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every number to FILE as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when Vita's mean nDCG@5 or P@3 is below BM25's")
    parser.add_argument("--targets", action="store_true", help="exit 1 when any target, BM25's included, fails")
    args = parser.parse_args(argv)

    try:
        import rank_bm25  # noqa: F401
    except ImportError:
        print("error: rank_bm25 is not installed; run scripts/install-deps.sh eval (or pip install rank-bm25)",
              file=sys.stderr)
        return 2
    vita = args.vita
    if not (os.path.isfile(vita) and os.access(vita, os.X_OK)) and shutil.which(vita) is None:
        print(f"error: no vita binary at {vita}; run `make release` or set VITA", file=sys.stderr)
        return 2

    persona_dirs = sorted(d for d in args.eval_dir.iterdir() if d.is_dir() and (d / "labels.yml").is_file()) \
        if args.eval_dir.is_dir() else []
    if not persona_dirs:
        print(f"error: no persona under {args.eval_dir} (a folder with labels.yml and site/)", file=sys.stderr)
        return 2

    stopwords = load_stopwords()
    postings: list[Posting] = []
    warnings: list[str] = []
    errors: list[str] = []
    for d in persona_dirs:
        try:
            postings.extend(evaluate_persona(d, vita, stopwords, warnings))
        except EvalError as error:
            errors.append(str(error))
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        return 2

    by_language = {}
    for language in LANGUAGES:
        group = [p for p in postings if p.language == language]
        if group:
            by_language[language] = summarise(group)
    checks = [c for language, s in by_language.items() for c in targets(language, s)]

    print(f"# Vita vs BM25 on {len(persona_dirs)} persona(s) in {args.eval_dir}\n")
    print(report_text(by_language, postings, checks))

    if args.json:
        args.json.write_text(json.dumps({
            "vita": vita,
            "eval_dir": str(args.eval_dir),
            "bm25": {"implementation": "rank_bm25.BM25Okapi", "k1": 1.5, "b": 0.75, "epsilon": 0.25,
                     "tokens": r"\w+ of the lower-cased text", "stopwords": "eval/stopwords-en.txt (NLTK, 179)"},
            "languages": by_language,
            "postings": [posting_json(p) for p in postings],
            "targets": checks,
            "warnings": warnings,
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    gates = {"check"} | ({"targets"} if args.targets else set())
    failed = [c for c in checks if c["ok"] is False and c["gate"] in gates] if (args.check or args.targets) else []
    if failed:
        print("\nFell short:", file=sys.stderr)
        for c in failed:
            print(f"  [{c['language']}] {c['name']}: {c['detail']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Score `juxta inspect --json` on a probe set of saved articles.

A probe set is a folder with `sources/<outlet>/<file>` and, per file,
`truth/<name>.json`:

    {"source": "sources/<outlet>/<file>", "title": "...", "writers": [...],
     "date": "YYYY-MM-DD" | null, "truncated": bool, "language": "xx",
     "paragraphs": ["...", ...]}

Each file is read with `$JX inspect --json <source>` (run in the set's
folder) and scored: paragraph-F1 (exact paragraphs, in-body headings
included, after whitespace collapsing and NFC; a dateline read as
metadata counts as the start of the first paragraph, as printed, when
that matches better), and whether the title,
writers, date, cut-off flag and language are right. A file juxta refuses
scores 0.

    JX=target/release/juxta python3 benches/score_probe.py SET_DIR [-v]
"""
import collections
import json
import os
import subprocess
import sys
import unicodedata


def norm(s):
    """A paragraph as compared: NFC, no soft hyphens or zero-width spaces,
    white space collapsed, and a table row's cells set apart by spaces
    (juxta writes them set apart by " | ", truth files by spaces)."""
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00ad", "").replace("\u200b", "").replace(" | ", " ")
    return " ".join(s.split())


def loose(s):
    """A title or name compared without case or closing punctuation."""
    return norm(s).casefold().strip(" .:;,!?\"'«»“”‘’")


def f1(pred, truth):
    p = collections.Counter(norm(x) for x in pred if norm(x))
    t = collections.Counter(norm(x) for x in truth if norm(x))
    hit = sum((p & t).values())
    if not p or not t or not hit:
        return 0.0, hit
    prec, rec = hit / sum(p.values()), hit / sum(t.values())
    return 2 * prec * rec / (prec + rec), hit


def read(jx, root, source):
    r = subprocess.run([jx, "inspect", "--json", source], cwd=root,
                       capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or not r.stdout.strip():
        return None, r.stderr.strip().splitlines()[-1:] or ["(no output)"]
    docs = json.loads(r.stdout)
    return (docs[0] if isinstance(docs, list) else docs), []


def score_one(jx, root, truth, verbose):
    doc, err = read(jx, root, truth["source"])
    row = {"file": truth["source"], "f1": 0.0, "title": False, "writers": False,
           "date": False, "truncated": False, "language": False}
    if doc is None:
        row["refused"] = err[0]
        return row, None
    paras = [p["text"] for p in doc.get("paragraphs", [])]
    row["f1"], hit = f1(paras, truth["paragraphs"])
    # A dateline juxta reads as metadata ("MOSCOW, July 6. /TASS/.") is
    # part of the first paragraph as printed: compared both ways.
    line = (doc.get("dateline") or "").strip()
    if line and paras:
        joined = [line + " " + paras[0]] + paras[1:]
        alt, alt_hit = f1(joined, truth["paragraphs"])
        if alt > row["f1"]:
            row["f1"], hit, paras = alt, alt_hit, joined
            doc["paragraphs"] = [{"text": t} for t in joined]
    row["title"] = loose(doc.get("title")) == loose(truth.get("title"))
    got_w = sorted(loose(a) for a in doc.get("authors") or [])
    row["writers"] = got_w == sorted(loose(a) for a in truth.get("writers") or [])
    row["date"] = (doc.get("date") or None) == (truth.get("date") or None)
    row["truncated"] = bool(doc.get("truncated")) == bool(truth.get("truncated"))
    lang = truth.get("language")
    row["language"] = lang is None or doc.get("language") == lang
    row["counts"] = (len(paras), len(truth["paragraphs"]), hit)
    return row, doc


def show(row, doc, truth):
    print(f"   title    {doc.get('title')!r}\n      want  {truth.get('title')!r}")
    print(f"   writers  {doc.get('authors')!r}  want {truth.get('writers')!r}")
    print(f"   date     {doc.get('date')!r}  want {truth.get('date')!r}; "
          f"truncated {doc.get('truncated', False)} want {truth.get('truncated')}; "
          f"language {doc.get('language')} want {truth.get('language')}")
    want = {norm(x) for x in truth["paragraphs"]}
    got = [norm(p["text"]) for p in doc.get("paragraphs", [])]
    for g in got:
        if g not in want:
            print(f"   + {g[:150]}")
    for w in truth["paragraphs"]:
        if norm(w) not in set(got):
            print(f"   - {norm(w)[:150]}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    root = args[0]
    jx = os.path.abspath(os.environ.get("JX", "target/release/juxta"))
    names = sorted(os.listdir(os.path.join(root, "truth")))
    rows = []
    for name in names:
        if not name.endswith(".json"):
            continue
        with open(os.path.join(root, "truth", name), encoding="utf-8") as f:
            truth = json.load(f)
        row, doc = score_one(jx, root, truth, verbose)
        rows.append(row)
        flags = "".join(c if row[k] else "." for c, k in
                        (("T", "title"), ("W", "writers"), ("D", "date"),
                         ("C", "truncated"), ("L", "language")))
        extra = row.get("refused") or "paragraphs %d of %d, %d right" % row["counts"]
        print(f"{row['f1']:.2f} {flags} {truth['source']}  ({extra})")
        if verbose and doc is not None:
            show(row, doc, truth)
    n = len(rows) or 1
    total = {k: sum(1 for r in rows if r[k]) for k in
             ("title", "writers", "date", "truncated", "language")}
    print(f"mean paragraph-F1 {sum(r['f1'] for r in rows) / n:.3f} over {len(rows)} files; "
          + ", ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()

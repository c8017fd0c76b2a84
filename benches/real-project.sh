#!/usr/bin/env bash
# Writes a juxta project of real articles (issue 19's check on real
# material): every page of the public article-extraction benchmark whose
# true body mentions "Trump" (22 pages from 19 outlets, November 2019), as
# the saved HTML pages, one folder per outlet (by the page's domain), with a
# theme on Washington that month. The articles are the outlets' copyright:
# the project is written outside the repository, never committed. The
# repository's report-templates/ are copied in.
#
#   benches/real-project.sh ../shared/benchmarks/article-extraction /tmp/real
#   cd /tmp/real && juxta build
set -euo pipefail
bench=${1:?usage: benches/real-project.sh ARTICLE-EXTRACTION-DIR OUT-DIR}
out=${2:?usage: benches/real-project.sh ARTICLE-EXTRACTION-DIR OUT-DIR}
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then
  echo "error: $out exists and is not empty" >&2
  exit 1
fi
mkdir -p "$out"
cp -r "$(dirname "$0")/../report-templates" "$out/"
python3 - "$bench" "$out" <<'PY'
import gzip, json, os, re, sys

bench, out = sys.argv[1], sys.argv[2]
truth = json.load(open(os.path.join(bench, "ground-truth.json")))
outlets = {}
for pid, page in sorted(truth.items()):
    if "trump" not in page["articleBody"].lower():
        continue
    host = re.match(r"https?://(?:www\.)?([^/]+)/", page["url"]).group(1)
    oid = re.sub(r"[^a-z0-9]+", "-", host.rsplit(".", 1)[0].lower()).strip("-")
    outlets.setdefault(oid, host)
    folder = os.path.join(out, "sources", oid)
    os.makedirs(folder, exist_ok=True)
    with gzip.open(os.path.join(bench, "html", pid + ".html.gz")) as f:
        html = f.read()
    with open(os.path.join(folder, pid[:12] + ".html"), "wb") as f:
        f.write(html)

lines = [
    "# Real articles (public article-extraction benchmark), built by benches/real-project.sh.",
    "[project]",
    'title = "Washington, November 2019"',
    'default-theme = "washington"',
    "",
]
for oid, host in sorted(outlets.items()):
    lines += [f"[outlets.{oid}]", f'name = "{host}"', f'domains = ["{host}"]', ""]
lines += [
    "[themes.washington]",
    'title = "Impeachment and the trade war"',
    'question = "How do the outlets cover the impeachment inquiry and the trade war with China?"',
    "scope = 'Trump OR \"White House\" OR Washington OR Congress OR Democrats OR Republicans'",
    'template = "side-by-side"',
    "",
]
facets = [
    ("impeachment", "The impeachment inquiry",
     'impeachment OR impeach OR inquiry OR Sondland OR Volker OR Yovanovitch OR Schiff OR testimony OR testified OR hearings OR whistleblower'),
    ("trade", "The trade war with China",
     'tariff OR tariffs OR "trade war" OR "trade deal" OR "trade talks" OR Beijing OR China OR Chinese'),
    ("elections", "Elections and the 2020 campaign",
     'election OR elections OR campaign OR voters OR polls OR governor OR primary OR candidate'),
    ("abroad", "Troops and diplomacy abroad",
     'Taliban OR Afghanistan OR Israel OR settlements OR Syria OR troops OR soldiers OR Pompeo'),
]
for fid, title, query in facets:
    lines += ["[[themes.washington.facets]]", f'id = "{fid}"', f'title = "{title}"', f"query = '{query}'", ""]
open(os.path.join(out, "juxta.toml"), "w").write("\n".join(lines))
print(f"wrote {sum(len(fs) for _, _, fs in os.walk(os.path.join(out, 'sources')))} articles from {len(outlets)} outlets into {out}")
PY

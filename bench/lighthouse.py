"""Lighthouse on the built site, served with gzip as a static host serves it: is it fast on a phone?

Builds the site (strict) into a temporary folder, serves it with gzip on 127.0.0.1 (under the path of
SITE_URL, if it has one) and runs Lighthouse (npm, pinned in package.json) with Debian's Chromium on
one page of each type: the home page, the algorithm page, a long page and a notebook in English, and
the algorithm page in es, pt and ru (accents and Cyrillic change fonts and layout). Each page gets
three mobile runs (Lighthouse's default: simulated slow 4G, 4x CPU slowdown; the median is reported)
and one desktop run, all four categories. Exits non-zero if a page misses a target:

    mobile Performance >= 95, desktop 100; TBT <= 100 ms, LCP <= 2.0 s, CLS <= 0.02 (mobile and desktop);
    Accessibility, Best Practices and SEO 100.

    .venv/bin/python bench/lighthouse.py                  # about 12 minutes (2 cores)
    SITE_URL=https://example.org/backprop/ .venv/bin/python bench/lighthouse.py --every-language
    .venv/bin/python bench/lighthouse.py --site site      # an existing build (served at its root)

SITE_URL is passed to the build (mkdocs.yml reads it), so a public-looking address gives the head
tags, canonical links and sitemaps a published site has. --every-language measures one page of each
type in every language (16 pages, about 25 minutes). CPU-bound metrics (TBT) grow on a busy machine:
Lighthouse's simulation slows down the CPU it finds (4x), so run it on an otherwise idle one. The CPU
column is Lighthouse's benchmark of the machine during the runs (benchmarkIndex; a 2024 desktop
scores about 1000-2500): at a few hundred, TBT and Performance say more about the machine than about
the site, and Lighthouse prints a warning, repeated at the end.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from local_server import GzipHandler, serving  # noqa: E402  (the server the tests use, with gzip)

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")

# One page of each type; the algorithm page is also measured in the other languages.
HOME, ALGORITHM, LONG, NOTEBOOK = "", "backpropagation/", "delta-rule/", "notebooks/training/"
# The pages with an explorer (hooks/explorers.py): a chart and its data in the page, a script that redraws it.
EXPLORER, NOTEBOOK_EXPLORER = "vanishing-gradients/", "notebooks/learning-rate/"
TYPES = (HOME, ALGORITHM, LONG, NOTEBOOK, EXPLORER, NOTEBOOK_EXPLORER)
PAGES = [*TYPES, "es/" + ALGORITHM, "pt/" + ALGORITHM, "ru/" + ALGORITHM]
EVERY_LANGUAGE = [lang + page for lang in ("", "es/", "pt/", "ru/") for page in TYPES]

# (label, value from a Lighthouse report, passes?)
COLUMNS = {
    "Perf": lambda r: round(r["categories"]["performance"]["score"] * 100),
    "A11y": lambda r: round(r["categories"]["accessibility"]["score"] * 100),
    "BP": lambda r: round(r["categories"]["best-practices"]["score"] * 100),
    "SEO": lambda r: round(r["categories"]["seo"]["score"] * 100),
    "TBT": lambda r: r["audits"]["total-blocking-time"]["numericValue"],
    "LCP": lambda r: r["audits"]["largest-contentful-paint"]["numericValue"],
    "CLS": lambda r: r["audits"]["cumulative-layout-shift"]["numericValue"],
    # Lighthouse's measure of this machine's CPU (a desktop of 2024: ~1000-2500); not a target.
    "CPU": lambda r: r["environment"]["benchmarkIndex"],
}
TARGETS = {
    "mobile": {"Perf": 95, "A11y": 100, "BP": 100, "SEO": 100, "TBT": -100, "LCP": -2000, "CLS": -0.02},
    "desktop": {"Perf": 100, "A11y": 100, "BP": 100, "SEO": 100, "TBT": -100, "LCP": -2000, "CLS": -0.02},
}  # positive: at least; negative: at most


def misses(form, values):
    """The columns of one row that miss their target."""
    return [column for column, target in TARGETS[form].items()
            if (values[column] < target if target > 0 else values[column] > -target)]


def build(site_dir, site_url):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if site_url:
        env["SITE_URL"] = site_url
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def lighthouse(url, form, report):
    """One Lighthouse run of url, mobile or desktop; the JSON report (lhr)."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
               f"--only-categories={','.join(CATEGORIES)}", "--chrome-flags=--headless=new --no-sandbox"]
    if form == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, env=dict(os.environ, CHROME_PATH=CHROME), check=True)
    return json.loads(Path(report).read_text(encoding="utf-8"))


def row(page, form, values, bad):
    cells = " ".join(f"{values[c]:>4}" for c in ("Perf", "A11y", "BP", "SEO"))
    metrics = f"{values['TBT']:7.0f} ms {values['LCP'] / 1000:5.2f} s {values['CLS']:6.3f} {values['CPU']:6.0f}"
    return f"/{page:28} {form:8} {cells} {metrics}  {'MISSES ' + ', '.join(bad) if bad else 'ok'}"


def measure(base, pages, runs, workdir):
    failures, warnings = 0, set()
    print(f"{'page':29} {'form':8} Perf A11y   BP  SEO     TBT        LCP    CLS    CPU", flush=True)
    for page in pages:
        for form, count in (("mobile", runs), ("desktop", 1)):
            reports = [lighthouse(base + page, form, workdir / "report.json") for _ in range(count)]
            # The median of each figure over the runs (Lighthouse's own advice for variance).
            values = {column: statistics.median(value(r) for r in reports) for column, value in COLUMNS.items()}
            for r in reports:
                if r.get("runtimeError"):
                    sys.exit(f"Lighthouse failed on {base + page}: {r['runtimeError']}")
                warnings.update(r.get("runWarnings", []))
            bad = misses(form, values)
            failures += bool(bad)
            print(row(page, form, values, bad), flush=True)
    for warning in sorted(warnings):  # a slow or busy CPU, above all: TBT grows with it
        print(f"Lighthouse: {warning}")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--every-language", action="store_true", help="every page type in every language")
    parser.add_argument("--runs", type=int, default=3, help="mobile runs per page (median), default 3")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run `npm ci --ignore-scripts` (make build does).")
    site_url = os.environ.get("SITE_URL", "")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.site:
            root, prefix = args.site, "/"
        else:
            # Served under the path of SITE_URL (/backprop/ for a GitHub Pages project site), as published.
            root, prefix = tmp / "root", (urlparse(site_url).path or "/") if site_url else "/"
            build(root / prefix.strip("/"), site_url)
        with serving(root, GzipHandler) as port:
            base = f"http://127.0.0.1:{port}{prefix}"
            print(f"Lighthouse {subprocess.run([str(LIGHTHOUSE), '--version'], capture_output=True, text=True).stdout.strip()}"
                  f" on {base} (built for {site_url or 'the default site_url'}); mobile: median of {args.runs}")
            failures = measure(base, EVERY_LANGUAGE if args.every_language else PAGES, args.runs, tmp)
    print(f"{failures} page/form(s) below target" if failures else "every page meets every target")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make bench`: run every benchmark, print and write bench/results.json.

Each entry: name, value, unit, baseline (the bare-library or physical figure measured in this run),
ratio (value / baseline), target (as text), ok.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench import (bank_bench, law_bench, proctor_bench, province_bench, relay_bench, report_bench, server_bench,
                   station_bench, study_bench)

BENCHES = {"station": station_bench, "server": server_bench, "relay": relay_bench, "bank": bank_bench,
           "report": report_bench, "study": study_bench, "proctor": proctor_bench, "law": law_bench,
           "province": province_bench}


def figure(name: str) -> str:
    """What an entry measures: its name without the run's own details in brackets (a burst's median, a
    province run's CPU seconds), which change at every run."""
    return re.sub(r"\s*\([^()]*\)", "", name).strip()


def main() -> int:
    """All benchmarks; or only those named (`python -m bench.run_all proctor study`), whose figures then
    replace their old entries in results.json and leave the others as they were."""
    chosen = sys.argv[1:] or list(BENCHES)
    unknown = [n for n in chosen if n not in BENCHES]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; known: {', '.join(BENCHES)}")
        return 2
    results = [r for name in chosen for r in BENCHES[name].run()]
    out = Path(__file__).with_name("results.json")
    if sys.argv[1:] and out.exists():
        fresh = {figure(r["name"]) for r in results}
        kept: dict[str, dict] = {}   # one entry per figure (the file had gathered one per run of a subset)
        for r in json.loads(out.read_text(encoding="utf-8")):
            if figure(r["name"]) not in fresh:
                kept[figure(r["name"])] = r
        results = [*kept.values(), *results]
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    for r in results:
        ratio = f" ratio {r['ratio']:.2f}" if r["ratio"] is not None else ""
        print(f"{'ok ' if r['ok'] else 'MISS'} {r['name']}: {r['value']:.2f} {r['unit']} "
              f"(baseline {r['baseline']:.2f}){ratio}; target {r['target']}")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

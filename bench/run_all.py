"""`make bench`: run every benchmark, print and write bench/results.json.

Each entry: name, value, unit, baseline (the bare-library or physical figure measured in this run),
ratio (value / baseline), target (as text), ok.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from bench import bank_bench, relay_bench, report_bench, server_bench, station_bench, study_bench


def main() -> int:
    results = (station_bench.run() + server_bench.run() + relay_bench.run() + bank_bench.run()
               + report_bench.run() + study_bench.run())
    out = Path(__file__).with_name("results.json")
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    for r in results:
        ratio = f" ratio {r['ratio']:.2f}" if r["ratio"] is not None else ""
        print(f"{'ok ' if r['ok'] else 'MISS'} {r['name']}: {r['value']:.2f} {r['unit']} "
              f"(baseline {r['baseline']:.2f}){ratio}; target {r['target']}")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

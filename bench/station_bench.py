"""Station benchmarks (targets from ARCHITECTURE.md and the exam-station issue)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import json

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.fixtures import LEARNER, START_CODE, make_station  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAVES = 1000


def entry(name: str, value: float, unit: str, baseline: float, target: str, ok: bool,
          ratio: float | None = None) -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "baseline": round(baseline, 3),
            "ratio": None if ratio is None else round(ratio, 3), "target": target, "ok": bool(ok)}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class _BareCommit:
    """A bare SQLite commit of one ~300-byte row, WAL + synchronous=FULL: the physical floor."""

    def __init__(self, folder: Path):
        self.con = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=FULL")
        self.con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, blob BLOB)")
        self.payload = os.urandom(300)

    def __call__(self) -> None:
        self.con.execute("BEGIN")
        self.con.execute("INSERT INTO t (blob) VALUES (?)", (self.payload,))
        self.con.execute("COMMIT")


def bench_answer_save(work: Path) -> list[dict]:
    """Bare commits and answer saves alternate, so both meet the same disk (its latency drifts a lot)."""
    from desktop.station import Station
    station = Station.open(make_station(work / "save"))
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    attempt = station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))
    qids = [i.question_id for i in attempt.paper.items]
    bare_commit = _BareCommit(work / "save")
    bare, ours = [], []
    for n in range(SAVES):
        t = time.perf_counter()
        bare_commit()
        bare.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        attempt.save_answer(qids[n % len(qids)], ("A", "C") if n % 3 else ("B",))
        ours.append((time.perf_counter() - t) * 1000)
    bare_commit.con.close()
    station.close()
    p99, bare99 = pct(ours, 99), pct(bare, 99)
    return [entry("answer save p50", pct(ours, 50), "ms", pct(bare, 50), "informative", True,
                  pct(ours, 50) / pct(bare, 50)),
            entry(f"answer save p99 (encrypt + durable commit, {SAVES} saves)", p99, "ms", bare99, "ratio <= 3",
                  p99 / bare99 <= 3, p99 / bare99)]


def _time_to_shown(args: list[str], runs: int = 5) -> tuple[float, float | None]:
    """Median ms from spawning the process to its window being shown, and to READY when it reports it."""
    shown, ready = [], []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "bench.probe", *args], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                shown.append((time.perf_counter() - t) * 1000)
            elif line.startswith("READY"):
                ready.append((time.perf_counter() - t) * 1000)
        if proc.wait(120) != 0 or len(shown) < _ + 1:
            raise RuntimeError(f"probe {args} failed: {proc.stderr.read()[-2000:]}")
    return statistics.median(shown), (statistics.median(ready) if ready else None)


def bench_cold_start(work: Path) -> list[dict]:
    folder = make_station(work / "start")
    bare, _ = _time_to_shown(["bare-window"])
    ours, ready = _time_to_shown(["station", str(folder)])
    assert ready is not None
    return [entry("cold start to login window (median of 5)", ours, "ms", bare, "ratio <= 2.5",
                  ours / bare <= 2.5, ours / bare),
            entry("cold start until login works (database and services loaded)", ready, "ms", bare,
                  "informative", True, ready / bare)]


def bench_open_exam(work: Path) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from desktop.controller import StationController
    from desktop.station import Station
    from examcore.crypto import aead
    app = QApplication.instance() or QApplication([])
    template = make_station(work / "open")
    kdf_times, open_times, bare_times = [], [], []
    for rep in range(5):
        folder = work / f"open-{rep}"
        shutil.copytree(template, folder)
        station = Station.open(folder)
        learner = station.accounts.login(*LEARNER).learner
        pkg = station.library.listings(LEARNER[0])[0].package_id
        parsed = station.library.load(pkg)
        t = time.perf_counter()
        key = parsed.unwrap_with_start_code(START_CODE)  # the deliberately slow argon2id step
        kdf_times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()  # bare library: decrypt, decompress, parse the same body
        json.loads(zlib.decompress(aead.decrypt(key, parsed.body, parsed.header.body_aad)))
        bare_times.append((time.perf_counter() - t) * 1000)
        controller = StationController(station)
        t = time.perf_counter()
        unlocked_pkg = station.library.load(pkg)  # re-verify the signature and body hash, as the station does
        from desktop.services.attempts import Unlocked
        unlocked = Unlocked(unlocked_pkg.header, key, unlocked_pkg.open_body(key))
        attempt = station.attempts.begin(learner, unlocked)  # draws the 50-item paper, writes the attempt
        controller.open_exam(attempt)
        app.processEvents()  # question 1 on screen
        open_times.append((time.perf_counter() - t) * 1000)
        assert controller.exam.question_view.option_buttons
        controller.exam._finish()
        controller.exam.close()
        controller.main.close()
        station.close()
    opened, bare, kdf = statistics.median(open_times), statistics.median(bare_times), statistics.median(kdf_times)
    return [entry("open exam: 2,000-item package, 50-item paper, question 1 shown (KDF excluded)", opened, "ms",
                  bare, "<= 150 ms", opened <= 150, opened / bare),
            entry("start-code KDF (argon2id 64 MiB, t=3, p=2), reported apart", kdf, "ms", kdf,
                  "informative (slow on purpose)", True, 1.0)]


def _probe_rss(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "bench.probe", *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RSS ")), None)
    if line is None:
        raise RuntimeError(f"probe {args} failed: {out.stderr[-2000:]}")
    return float(line.split()[1])


def bench_rss(work: Path) -> list[dict]:
    folder = make_station(work / "rss")
    bare = _probe_rss(["bare-rss"])
    ours = _probe_rss(["exam-rss", str(folder)])
    return [entry("station RSS during an exam (2,000-item package, all 50 answered)", ours, "MB", bare,
                  "<= 250 MB", ours <= 250, ours / bare)]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="xuefa-bench-") as tmp:
        work = Path(tmp)
        return bench_answer_save(work) + bench_open_exam(work) + bench_cold_start(work) + bench_rss(work)

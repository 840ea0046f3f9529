"""The law library at the size of the national laws (issue 22): 1,000 statutes of ~49 articles each imported
from plain-text files (parse, store, index), then a fixed list of searches as learners type them (two words,
one- and two-character terms, article references with and without the law's name, phrases), p50 and p99,
beside a bare FTS5 phrase query on the same database. Targets: import <= 10 s, search p99 <= 50 ms."""
from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.station_bench import entry

LAWS, ARTICLES = 1000, 49
IMPORT_TARGET_S, SEARCH_TARGET_MS = 10.0, 50.0
CHARS = "国家工作人员应当依法履行职责公开透明保障公民法人和其他组织合法权益行政机关监督检查程序登记许可处罚"
QUERIES = ["执法 公开", "登记 负责人", "宪法", "公开", "法", "第五条", "示范法规17第三条之一", "第一百二十条",
           "行政机关监督检查", "保障公民法人", "许可 处罚 程序", "序言", "合法权益", "依法履行职责 监督",
           "示范法规999", "组织", "检查程序", "第四十九条", "示范法规500 登记", "人员应当依法"]


def _statute(n: int, rng: random.Random) -> str:
    lines = [f"示范法规{n}", "", "序言", "", "".join(rng.choice(CHARS) for _ in range(80)) + "。", ""]
    article = 0
    for chapter in range(1, 8):
        lines += [f"第{_zh(chapter)}章　{''.join(rng.choice(CHARS) for _ in range(4))}", ""]
        for _ in range(7):
            article += 1
            body = "，".join("".join(rng.choice(CHARS) for _ in range(rng.randrange(6, 20))) for _ in range(4))
            lines.append(f"第{_zh(article)}条　{body}。")
            if article % 10 == 3:
                lines.append(f"第{_zh(article)}条之一　" + "".join(rng.choice(CHARS) for _ in range(30)) + "。")
    return "\n".join(lines[:]) + "\n"


def _zh(n: int) -> str:
    from examcore.study.statutes import chinese_numeral
    return chinese_numeral(n)


def run() -> list[dict]:
    from desktop.services.law_library import LawLibrary
    from desktop.store.db import open_database
    rng = random.Random(22)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for n in range(LAWS):
            path = folder / f"law{n}.txt"
            path.write_text(_statute(n, rng), encoding="utf-8")
            files.append(path)
        sessions = open_database(folder / "station.sqlite3")
        library = LawLibrary(sessions)
        t = time.perf_counter()
        articles = sum(len(got[0].articles) for got in library.import_files(files)   # as a folder of laws is
                       if isinstance(got, tuple))
        import_s = time.perf_counter() - t
        times = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                library.search(q)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p50, p99 = statistics.median(times), times[int(len(times) * 0.99) - 1]
        floor = sqlite3.connect(folder / "floor.sqlite3")   # the floor: every line into a bare trigram index
        t = time.perf_counter()
        with floor:
            floor.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='trigram')")
            floor.executemany("INSERT INTO f(text) VALUES (?)",
                              ((line,) for p in files for line in p.read_text(encoding="utf-8").splitlines() if line))
        floor_s = time.perf_counter() - t
        floor.close()
        bare = sqlite3.connect(folder / "station.sqlite3")
        bare_times = []
        for _ in range(5):
            for q in ("行政机关监督检查", "保障公民法人", "合法权益", "检查程序"):
                t = time.perf_counter()
                bare.execute("SELECT rowid FROM law_fts WHERE law_fts MATCH ? ORDER BY rank LIMIT 50",
                             (f'"{q}"',)).fetchall()
                bare_times.append((time.perf_counter() - t) * 1000)
        bare.close()
        sessions.kw["bind"].dispose()
    bare_p50 = statistics.median(bare_times)
    return [
        entry(f"law library import, {LAWS} statutes ({articles} articles)", import_s, "s", floor_s,
              f"<= {IMPORT_TARGET_S:.0f} s", import_s <= IMPORT_TARGET_S, import_s / floor_s),
        entry("law library search, p50 over the query list", p50, "ms", bare_p50, "(p99 is the target)", True,
              p50 / bare_p50),
        entry("law library search, p99 over the query list", p99, "ms", bare_p50,
              f"<= {SEARCH_TARGET_MS:.0f} ms", p99 <= SEARCH_TARGET_MS, p99 / bare_p50),
    ]


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))

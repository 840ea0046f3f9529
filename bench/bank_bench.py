"""Import of a 50,000-question Excel bank (`xuefa-server import-questions`' path: read, check, store in one
transaction), beside the bare calamine read of the same file."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from bench.station_bench import entry

QUESTIONS = 50_000
TARGET_S = 15.0


def write_bank(path: Path, n: int) -> None:
    from openpyxl import Workbook
    rng = random.Random(3)
    text = "国家工作人员应当依法履行职责，自觉接受监督，维护宪法和法律的尊严与权威"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("题库")
    ws.append(["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分类", "难度", "解析"])
    for i in range(n):
        stem = f"{i}. {text[:rng.randrange(15, len(text))]}，下列说法正确的是（　）。"
        options = [text[:rng.randrange(6, 25)] + k for k in "ABCD"]
        kind = i % 10
        if kind < 5:
            ws.append(["单选", stem, *options, rng.choice("ABCD"), "宪法", rng.randint(1, 5), text])
        elif kind < 8:
            ws.append(["多选", stem, *options, "".join(sorted(rng.sample("ABCD", 2))), "行政法", 3, text])
        else:
            ws.append(["判断", stem, "", "", "", "", rng.choice("对错"), "民法", 2, ""])
    wb.save(path)


def run() -> list[dict]:
    from python_calamine import CalamineWorkbook

    from examcore.banks import read_bank
    from examcore.clock import utc_naive
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.keys import create_keys
    from sync_server.question_bank import import_questions
    with tempfile.TemporaryDirectory(prefix="xuefa-bank-bench-") as tmp:
        work = Path(tmp)
        path = work / "bank.xlsx"
        write_bank(path, QUESTIONS)
        t = time.perf_counter()  # the bare library: calamine reads every cell of the sheet
        rows = len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False))
        bare = time.perf_counter() - t
        create_keys(work / "server", "bench")
        ctx = ServerContext.open(Config(work / "server"))
        t = time.perf_counter()
        report = read_bank(path, "bench")
        with ctx.sessions.begin() as s:
            done = import_questions(s, [report], "bench", "bench", utc_naive(ctx.clock.now()))
        elapsed = time.perf_counter() - t
        ctx.close()
    assert rows == QUESTIONS + 1 and done.added == QUESTIONS and not done.problems, (rows, done.added)
    return [entry(f"import of a {QUESTIONS:,}-question Excel bank (read, check, store with history, SQLite)",
                  elapsed, "s", bare, f"<= {TARGET_S:.0f} s", elapsed <= TARGET_S, elapsed / bare)]


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))

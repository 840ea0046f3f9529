"""Import of a 50,000-question Excel bank and of a 50,000-question Word bank (`xuefa-server import-questions`'
path: read, check, store in one transaction), beside the bare library read of the same file (calamine
reading every cell; python-docx opening the document and walking its paragraphs); peak memory reported."""
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


def write_word_bank(path: Path, n: int) -> None:
    """A Word bank in the office layout, its document.xml written directly (python-docx takes minutes to
    add 250,000 paragraphs one by one)."""
    import zipfile
    from xml.sax.saxutils import escape

    import docx
    rng = random.Random(5)
    text = "国家工作人员应当依法履行职责，自觉接受监督，维护宪法和法律的尊严与权威"
    lines = ["一、单项选择题"]
    for i in range(n):
        lines += [f"{i + 1}. {i}{text[:rng.randrange(10, len(text))]}，下列说法正确的是（ ）。",
                  f"A. {text[:rng.randrange(4, 12)]}甲    B. {text[:rng.randrange(4, 12)]}乙",
                  f"C. {text[:rng.randrange(4, 12)]}丙    D. {text[:rng.randrange(4, 12)]}丁",
                  f"答案：{rng.choice('ABCD')}", f"解析：{text}"]
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in lines)
    docx.Document().save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    document = parts["word/document.xml"].decode("utf-8")
    head, _, rest = document.partition("<w:body>")
    parts["word/document.xml"] = (head + "<w:body>" + body + rest[rest.index("<w:sectPr"):]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _import(path: Path, work: Path) -> tuple[float, int, int]:
    """Seconds to read and store the file into a fresh server, questions added, problems."""
    from examcore.banks import read_bank
    from examcore.clock import utc_naive
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.keys import create_keys
    from sync_server.exams.question_bank import import_questions
    create_keys(work, "bench")
    ctx = ServerContext.open(Config(work))
    t = time.perf_counter()
    report = read_bank(path, "bench")
    with ctx.sessions.begin() as s:
        done = import_questions(s, [report], "bench", "bench", utc_naive(ctx.clock.now()))
    elapsed = time.perf_counter() - t
    ctx.close()
    return elapsed, done.added, len(done.problems)


def run_word() -> dict:
    import zipfile
    import xml.etree.ElementTree as ET
    with tempfile.TemporaryDirectory(prefix="xuefa-word-bench-") as tmp:
        work = Path(tmp)
        path = work / "bank.docx"
        write_word_bank(path, QUESTIONS)
        t = time.perf_counter()  # the bare parse: stream document.xml and count the paragraphs with text
        paragraphs = 0
        with zipfile.ZipFile(path) as z, z.open("word/document.xml") as part:
            for _, element in ET.iterparse(part):
                if element.tag.endswith("}p"):
                    paragraphs += any(t.text for t in element.iter() if t.tag.endswith("}t"))
                    element.clear()
        bare = time.perf_counter() - t
        elapsed, added, problems = _import(path, work / "server")
    assert paragraphs == 5 * QUESTIONS + 1 and added == QUESTIONS and not problems, (paragraphs, added, problems)
    return entry(f"import of a {QUESTIONS:,}-question Word bank (read, check, store with history, SQLite)",
                 elapsed, "s", bare, f"<= {TARGET_S:.0f} s", elapsed <= TARGET_S, elapsed / bare)


def run() -> list[dict]:
    from python_calamine import CalamineWorkbook

    from examcore.banks import read_bank
    from examcore.clock import utc_naive
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.keys import create_keys
    from sync_server.exams.question_bank import import_questions
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
    import resource  # peak resident memory, kB on Linux: after the Excel import, then after both
    excel = entry(f"import of a {QUESTIONS:,}-question Excel bank (read, check, store with history, SQLite)",
                  elapsed, "s", bare, f"<= {TARGET_S:.0f} s", elapsed <= TARGET_S, elapsed / bare)
    after_excel = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    word = run_word()
    after_word = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [excel, word,
            entry("peak memory after the Excel import", after_excel, "MB", 0, "reported", True),
            entry("peak memory after the Word import too", after_word, "MB", 0, "reported", True)]


if __name__ == "__main__":
    import json
    print(json.dumps(run(), ensure_ascii=False, indent=1))

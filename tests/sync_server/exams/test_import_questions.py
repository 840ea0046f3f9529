"""`xuefa-server import-questions`: several formats in one transaction, a report naming every problem,
nothing imported while there are problems unless --accept-valid (exit code 2 then), and a changed question
listed and left alone unless --update, which keeps the change as a new version."""
from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from examcore.banks import read_bank
from sync_server.models import BankQuestion, QuestionVersion
from tests.examcore.test_gift import SAMPLE as GIFT
from tests.examcore.test_moodle_xml import SAMPLE as MOODLE
from tests.server_cli import server_cli as cli

ROOT = Path(__file__).resolve().parents[3]


def count(server, model) -> int:
    with server.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_all_or_nothing_then_valid_ones_then_a_new_version(server, server_config, tmp_path):
    folder = server_config.instance_dir
    (tmp_path / "a.gift").write_text(GIFT, encoding="utf-8")
    (tmp_path / "b.xml").write_bytes(MOODLE)  # has two bad items, a duplicate and two skipped kinds
    refused = cli(folder, "import-questions", tmp_path / "a.gift", tmp_path / "b.xml", "--bank", "示范题库")
    assert refused.returncode == 1 and "nothing was imported" in refused.stderr
    assert "b.xml, item 8: a single-choice question needs exactly one right answer" in refused.stdout
    assert "skipped: b.xml, item 6 “配对”: matching question" in refused.stdout
    assert count(server, BankQuestion) == 0
    taken = cli(folder, "import-questions", tmp_path / "a.gift", tmp_path / "b.xml", "--bank", "示范题库",
                "--accept-valid")
    assert taken.returncode == 2, taken.stderr  # imported, but something was refused
    assert "3 problem(s): the questions they name were not imported" in taken.stderr
    # the two files share two stems (根本法 true/false, the essay) with the same content: stored once
    assert count(server, BankQuestion) == count(server, QuestionVersion) == 13
    assert "13 added, 0 changed" in taken.stdout
    again = cli(folder, "import-questions", tmp_path / "a.gift", "--bank", "示范题库")
    assert "0 added, 0 changed (new version), 10 unchanged" in again.stdout
    (tmp_path / "a.gift").write_text(GIFT.replace("####宪法具有最高的法律效力。", "####宪法是根本法。"), encoding="utf-8")
    listed = cli(folder, "import-questions", tmp_path / "a.gift", "--bank", "示范题库")
    assert listed.returncode == 1 and "1 question(s) already in bank 示范题库 would change" in listed.stderr
    assert "would change: q" in listed.stdout and \
        "): explanation '宪法具有最高的法律效力。' → '宪法是根本法。'" in listed.stdout, listed.stdout   # (before → after)
    assert re.search(r"would change: q\w+ \('[^']*', a\.gift, line \d+\): explanation", listed.stdout), listed.stdout
    assert count(server, QuestionVersion) == 13
    edited = cli(folder, "import-questions", tmp_path / "a.gift", "--bank", "示范题库", "--update")
    assert edited.returncode == 0, edited.stderr
    assert "0 added, 1 changed (new version), 9 unchanged" in edited.stdout
    with server.sessions() as s:
        row = s.scalars(select(BankQuestion).where(BankQuestion.version == 2)).one()
        versions = s.scalars(select(QuestionVersion).where(QuestionVersion.question_id == row.question_id)
                             .order_by(QuestionVersion.version)).all()
    assert json.loads(row.data)["explanation"] == "宪法是根本法。"
    assert [json.loads(v.data)["explanation"] for v in versions] == ["宪法具有最高的法律效力。", "宪法是根本法。"]

    # the bank written out (Excel: every field) and read back into it: the very same questions, no change
    exported = cli(folder, "questions", "export", tmp_path / "bank.xlsx", "--bank", "示范题库")
    assert exported.returncode == 0 and "13 question(s) of 示范题库 written" in exported.stdout, exported.stderr
    back = cli(folder, "import-questions", tmp_path / "bank.xlsx", "--bank", "示范题库")
    assert back.returncode == 0 and "0 added, 0 changed (new version), 13 unchanged" in back.stdout, back.stdout
    gift = cli(folder, "questions", "export", tmp_path / "bank.gift", "--bank", "示范题库")
    assert gift.returncode == 0 and "not in the file: GIFT keeps no difficulty" in gift.stdout, gift.stderr
    assert "$CATEGORY:" in (tmp_path / "bank.gift").read_text(encoding="utf-8")


def test_an_unknown_file_type_is_named(server_config, tmp_path):
    (tmp_path / "bank.pdf").write_bytes(b"%PDF")
    (tmp_path / "bank.docx").write_bytes(b"PK")
    out = cli(server_config.instance_dir, "import-questions", tmp_path / "bank.pdf", tmp_path / "bank.docx",
              "--bank", "b")
    assert out.returncode == 1 and "unknown bank file type '.pdf'" in out.stdout
    assert "bank.docx: not a Word document (.docx)" in out.stdout


def test_one_bad_file_is_reported_beside_the_others_and_gives_nothing(server, server_config, tmp_path):
    """Each file of one command is checked and reported whatever the others hold: a refused file (a stray
    byte in UTF-8) names its line and byte, nothing is stored without --accept-valid, and with it the good
    files are stored, nothing of the refused one, and the exit code still says something was refused."""
    cases = ROOT / "tests" / "data" / "importers"
    files = [cases / "angle.gift", cases / "utf8-onebad.gift", cases / "moodle-gbk.xml", cases / "multi-sheet.xlsx"]
    strict = cli(server_config.instance_dir, "import-questions", *files, "--bank", "示范题库")
    assert strict.returncode == 1 and count(server, BankQuestion) == 0
    assert "angle.gift: 2 question(s) read, 0 problem(s)" in strict.stdout
    assert "utf8-onebad.gift: REFUSED, 1 problem(s)" in strict.stdout
    assert "problem: utf8-onebad.gift, line 5: byte 0xA9 at byte offset" in strict.stdout
    assert "moodle-gbk.xml: 1 question(s) read" in strict.stdout
    assert "note: multi-sheet.xlsx, sheet 判断题: read: 2 question(s)" in strict.stdout
    taken = cli(server_config.instance_dir, "import-questions", *files, "--bank", "示范题库", "--accept-valid")
    assert taken.returncode == 2 and "refused whole: utf8-onebad.gift" in taken.stderr
    assert "6 added" in taken.stdout and count(server, BankQuestion) == 6
    again = cli(server_config.instance_dir, "import-questions", *files[:1], "--bank", "示范题库")
    assert again.returncode == 0 and "0 added, 0 changed (new version), 2 unchanged" in again.stdout
    empty = cli(server_config.instance_dir, "import-questions", cases / "empty.gift", "--bank", "示范题库")
    assert empty.returncode == 1 and "empty.gift: the file holds no questions" in empty.stdout


def test_a_declared_id_is_kept_in_its_bank_and_another_bank_never_changes(server, server_config, tmp_path):
    """编号 is an id the file declares: kept as written in the first bank that uses it; another bank that
    numbers its questions the same way gets its own ids; a changed question under the same 编号 in the same
    bank is listed and needs --update."""
    from openpyxl import Workbook

    def sheet(name, *rows):
        wb = Workbook()
        wb.active.append(["编号", "题型", "题干", "答案"])
        for row in rows:
            wb.active.append(list(row))
        wb.save(tmp_path / name)
        return tmp_path / name
    folder = server_config.instance_dir
    assert cli(folder, "import-questions", sheet("a.xlsx", ["K1", "判断", "甲。", "对"]), "--bank", "甲").returncode == 0
    assert cli(folder, "import-questions", sheet("b.xlsx", ["K1", "判断", "乙。", "错"]), "--bank", "乙").returncode == 0
    with server.sessions() as s:
        rows = {r.bank: (r.question_id, json.loads(r.data)["stem"]) for r in s.scalars(select(BankQuestion))}
    assert rows["甲"] == ("K1", "甲。") and rows["乙"][0] != "K1" and rows["乙"][1] == "乙。"
    changed = cli(folder, "import-questions", sheet("c.xlsx", ["K1", "判断", "甲改。", "对"]), "--bank", "甲")
    assert changed.returncode == 1 and "would change: K1" in changed.stdout and "stem" in changed.stdout
    assert cli(folder, "import-questions", tmp_path / "c.xlsx", "--bank", "甲", "--update").returncode == 0
    with server.sessions() as s:
        assert json.loads(s.get(BankQuestion, "K1").data)["stem"] == "甲改。"


def test_a_corrected_answer_key_changes_the_question_it_answers(server, server_config, tmp_path):
    """The same stem and options imported again with another answer is the key corrected: listed as a change
    needing --update, then a new version of the one question; never a second question beside the wrong one.
    Two files of one command that disagree on the key are refused (issue 16, second outside helper)."""
    folder = server_config.instance_dir
    for name, answer in (("wrong.txt", "B"), ("right.txt", "A")):
        (tmp_path / name).write_text(f"一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法  B. 刑法\n答案：{answer}\n",
                                     encoding="utf-8")
    assert cli(folder, "import-questions", tmp_path / "wrong.txt", "--bank", "题库").returncode == 0
    corrected = cli(folder, "import-questions", tmp_path / "right.txt", "--bank", "题库")
    assert corrected.returncode == 1 and "): answer" in corrected.stdout, corrected.stdout
    assert cli(folder, "import-questions", tmp_path / "right.txt", "--bank", "题库", "--update").returncode == 0
    with server.sessions() as s:
        [row] = s.scalars(select(BankQuestion).where(BankQuestion.bank == "题库"))
        assert json.loads(row.data)["answer"] == ["A"] and row.version == 2
    both = cli(folder, "import-questions", tmp_path / "wrong.txt", tmp_path / "right.txt", "--bank", "新库")
    assert both.returncode == 1 and "with another answer: keep the right one" in both.stdout


def test_an_administrator_reads_every_problem_in_chinese(server, server_config, tmp_path):
    """In Chinese (the default) every line the import prints is Chinese: the place (文件，工作表，第 N 行，列 X)
    and the reason, in every reader, and a change it would make names the fields in Chinese too (issue 16:
    messages a clerk can act on). Text quoted from the file, file names and format names stay as written."""
    cases = ROOT / "tests" / "data" / "importers"
    files = sorted(p for p in cases.iterdir() if p.suffix != ".md")
    (tmp_path / "bad.json").write_text('{"bank": "b", "questions": [{"type": "单选", "stem": "宪法是（ ）。", '
                                       '"options": {"A": "根本法", "C": "普通法"}, "answer": "A"}]}',
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_text("一、单项选择题\n1. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n答案：B\n",
                                      encoding="utf-8")
    said = cli(server_config.instance_dir, "import-questions", *files, tmp_path / "bad.json", tmp_path / "bad.txt",
               "--bank", "示范题库", env={"XUEFA_LANG": "zh_CN"})
    lines = [line.strip() for line in said.stdout.splitlines() if line.startswith("  ")]
    assert len(lines) > 15 and any("第 5 行：字节偏移" in line for line in lines), said.stdout
    english = re.compile(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b")
    for line in lines:
        own_words = re.sub(r"'[^']*'|\"[^\"]*\"|\S+\.(?:gift|xlsx|json|xml|txt)", "", line)
        assert not english.search(own_words), line
    assert "选项键" in said.stdout and "有空缺" in said.stdout, said.stdout
    assert "第 6 行：第 2 行的试题有第二个答案行" in said.stdout
    cli(server_config.instance_dir, "import-questions", cases / "xianfa.xlsx", "--bank", "示范题库")
    book = openpyxl.load_workbook(cases / "xianfa.xlsx")
    book.active.cell(row=2, column=[c.value for c in book.active[1]].index("答案") + 1).value = "B"
    book.save(tmp_path / "xianfa.xlsx")
    change = cli(server_config.instance_dir, "import-questions", tmp_path / "xianfa.xlsx", "--bank", "示范题库",
                 env={"XUEFA_LANG": "zh_CN"})
    assert change.returncode == 1 and "xianfa.xlsx，第 2 行）：答案 'A' → 'B'" in change.stdout, change.stdout


def test_the_admin_window_shows_the_servers_report_in_its_own_language(monkeypatch):
    """The admin API sends each problem in English and in parts; the import dialog shows the parts in the
    window's language. Only a template the window knows is filled in: a server cannot make it format
    anything else (a made-up template falls back to the English line)."""
    from desktop.ui.admin.question_import import _said
    from examcore.banks import read_bank
    from examcore.cli_text import words_said
    from sync_server.exams.question_bank import BankImport, Change
    cases = ROOT / "tests" / "data" / "importers"
    done = BankImport([read_bank(cases / "mixed-valid.xlsx", "b"), read_bank(cases / "utf8-onebad.gift", "b")])
    done.changes.append(Change("q1", "xianfa.xlsx", 2, ("answer",), "宪法是（ ）。"))
    done.changes.append(Change("q2", "bank.docx", 7, ("stem",), "宪法是（ ）。", "paragraph"))
    sent = json.loads(json.dumps(done.to_dict()))   # as it crosses the network
    monkeypatch.setenv("XUEFA_LANG", "en")
    assert _said(sent, "problems") == sent["problems"]
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    assert _said(sent, "problems") == ["mixed-valid.xlsx，第 3 行，列 答案：答案 D 不是选项",
                                       "utf8-onebad.gift，第 5 行：字节偏移 151 处的字节 0xA9 不是有效的 UTF-8（文件其余"
                                       "部分是 UTF-8，所以不按其他编码读取）；请把文件另存为 UTF-8"]
    assert _said(sent, "changes") == ["q1（'宪法是（ ）。'，xianfa.xlsx，第 2 行）：答案",
                                      "q2（'宪法是（ ）。'，bank.docx，第 7 段）：题干"]
    assert _said({"problems": ["x"], "details": {"problems": [{"bad": 1}]}}, "problems") == ["x"]
    hostile = {"template": "{value.__class__.__mro__}", "params": {"value": "a"}}
    assert words_said("the English line", hostile) == "the English line"
    assert words_said("no unit C9", {"template": "the name is empty", "params": {"x": object.__name__}}) == "姓名为空"


def test_a_format_without_pictures_leaves_pictured_questions_out_and_imports_back_unchanged(server, server_config,
                                                                                          tmp_path):
    """Excel, GIFT and text hold no pictures: a question that shows one (a figure, an option that is a
    picture) is left out by name, never written without it, so the file imports back to the same bank with
    nothing added (a picture-less copy) and nothing refused (an empty option); JSON keeps it (issue 16)."""
    import base64

    from tests.factories import FIGURE_PNG
    picture = {"name": "sign.png", "data": base64.b64encode(FIGURE_PNG).decode()}
    bank = {"questions": [
        {"type": "单选", "stem": "哪个是禁止通行标志？", "answer": "A",
         "options": [{"key": "A", "text": "", "pictures": [picture]}, {"key": "B", "text": "限速标志"}]},
        {"type": "判断", "stem": "宪法是国家的根本法。", "answer": "对"}]}
    (tmp_path / "pics.json").write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    folder = server_config.instance_dir
    assert cli(folder, "import-questions", tmp_path / "pics.json", "--bank", "图").returncode == 0
    for suffix in (".xlsx", ".gift", ".txt"):
        out = tmp_path / f"bank{suffix}"
        done = cli(folder, "questions", "export", out, "--bank", "图")
        assert done.returncode == 0 and "1 question(s) of 图 written" in done.stdout, done.stdout + done.stderr
        assert "left out: 1 question(s) that show pictures" in done.stdout, done.stdout
        back = cli(folder, "import-questions", out, "--bank", "图")
        assert back.returncode == 0 and "0 added, 0 changed (new version), 1 unchanged" in back.stdout, \
            (suffix, back.stdout, back.stderr)
    assert count(server, BankQuestion) == 2
    kept = cli(folder, "questions", "export", tmp_path / "all.json", "--bank", "图")
    assert "2 question(s) of 图 written" in kept.stdout and "left out" not in kept.stdout
    [plain] = [q["id"] for q in json.loads((tmp_path / "all.json").read_text("utf-8"))["questions"]
               if not q.get("options")]
    assert cli(folder, "questions", "retire", plain).returncode == 0   # only the pictured one is left
    (tmp_path / "none.xlsx").unlink(missing_ok=True)
    refused = cli(folder, "questions", "export", tmp_path / "none.xlsx", "--bank", "图")
    assert refused.returncode == 1 and "every question of 图 in use shows pictures" in refused.stderr
    assert not (tmp_path / "none.xlsx").exists()


def test_a_format_that_cannot_say_a_field_leaves_the_banks_own(server, server_config, tmp_path):
    """GIFT has no place for difficulty or points, Word and text none for tags (they write category,
    difficulty and points as 知识点：, 难度：, 分值： lines, and read them back in a bank of their own):
    a bank exported there and imported back is unchanged, never offered as a change that would clear them
    (found by an outside tester: --update wiped every category, difficulty, points and tags), nor one whose
    option had spaces around it in the JSON (no layout writes them: they are not kept)."""
    bank = {"questions": [{"type": "单选", "stem": "我国的根本法是（ ）。", "options": [" 宪法 ", "刑法"], "answer": "A",
                           "category": "宪法/总则", "difficulty": 5, "points": 4, "tags": ["重点"]},
                          {"type": "判断", "stem": "宪法是国家的根本法。", "answer": "对", "category": "宪法",
                           "difficulty": 1, "points": 2, "tags": ["基础", "必考"]},
                          # GIFT's essay {} has no reference answer: the bank keeps its own
                          {"type": "简答", "stem": "简述法治政府的基本要求。", "answer": "职能科学、权责法定"}]}
    (tmp_path / "meta.json").write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    folder = server_config.instance_dir
    assert cli(folder, "import-questions", tmp_path / "meta.json", "--bank", "元").returncode == 0
    for suffix in (".docx", ".txt", ".gift"):
        out = tmp_path / f"meta{suffix}"
        written = cli(folder, "questions", "export", out, "--bank", "元")
        assert written.returncode == 0
        if suffix != ".gift":   # the office layout writes them below the explanation; only tags are not kept
            assert "not in the file: this layout keeps no tags" in written.stdout, written.stdout
            fresh = read_bank(out, "新")
            assert [(q.category, q.difficulty, q.points) for q in fresh.questions] == [
                ("宪法/总则", 5, 4), ("宪法", 1, 2), ("", 3, None)], suffix
        back = cli(folder, "import-questions", out, "--bank", "元")
        assert back.returncode == 0 and "0 added, 0 changed (new version), 3 unchanged" in back.stdout, \
            (suffix, back.stdout, back.stderr)


def test_a_question_whose_text_the_office_layout_would_misread_is_left_out_by_name(server_config, tmp_path):
    """A stem holding a numbered list (1. 2. on their own lines, as an HTML <ol> is now read) or an option
    whose text starts with another option's letter would come back from .docx or .txt as other questions:
    left out and named, and what is written imports back unchanged; .json keeps every question."""
    bank = {"questions": [
        {"type": "单选", "stem": "下列说法：\n1. 宪法是根本法\n2. 法律高于宪法\n正确的是（ ）", "options": ["1", "2"], "answer": "A"},
        {"type": "单选", "stem": "下列哪项正确（ ）", "options": ["B. 之外的都对", "都不对"], "answer": "B"},
        {"type": "单选", "stem": "我国的根本法是（ ）。", "options": ["宪法", "刑法"], "answer": "A",
         "explanation": "宪法具有最高法律效力。\n参见宪法序言。"},
        {"type": "判断", "stem": "宪法是国家的根本法。", "answer": "对"}]}
    (tmp_path / "list.json").write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    folder = server_config.instance_dir
    assert cli(folder, "import-questions", tmp_path / "list.json", "--bank", "列").returncode == 0
    for suffix in (".txt", ".docx"):
        out = tmp_path / f"list{suffix}"
        done = cli(folder, "questions", "export", out, "--bank", "列")
        assert done.returncode == 0 and "2 question(s) of 列 written" in done.stdout, done.stdout + done.stderr
        assert "left out: 2 question(s) whose text holds lines this layout reads as its own" in done.stdout
        back = cli(folder, "import-questions", out, "--bank", "列")
        assert back.returncode == 0 and "0 added, 0 changed (new version), 2 unchanged" in back.stdout, \
            (suffix, back.stdout, back.stderr)


def test_the_same_question_in_two_files_of_one_command_is_stored_once_and_said(server_config, tmp_path):
    """Found by an outside tester: two copies of a bank (one saved with a BOM) read 12 and added 6 with no
    word about the other 6."""
    text = "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8-sig")
    done = cli(server_config.instance_dir, "import-questions", tmp_path / "a.txt", tmp_path / "b.txt", "--bank", "双")
    assert done.returncode == 0 and "1 added" in done.stdout, done.stdout + done.stderr
    assert "b.txt, line 2: the same question as in a.txt: imported once" in done.stdout, done.stdout


def test_control_characters_are_refused_and_a_bank_that_holds_them_still_exports(server, server_config, tmp_path):
    """ESC and BEL in a stem (an Excel cell's _x001B_, JSON's \\u001b) were imported, and the bank's .xlsx and
    .docx export then ended in a traceback (an outside tester, 2026-12-04): refused by field on import; a
    question stored before that is left out of those exports by name."""
    import datetime

    from examcore.clock import utc_naive
    bank = {"questions": [{"type": "单选", "stem": "控制\u001b[31m红色\u0007（ ）。", "options": ["甲", "乙"], "answer": "A"},
                          {"type": "判断", "stem": "宪法是根本法。", "answer": "对", "explanation": "见\u0000序言"}]}
    (tmp_path / "ctl.json").write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    folder = server_config.instance_dir
    refused = cli(folder, "import-questions", tmp_path / "ctl.json", "--bank", "控")
    assert refused.returncode == 1, refused.stdout
    assert "stem holds invisible character(s) U+0007, U+001B" in refused.stdout, refused.stdout
    assert "explanation holds invisible character(s) U+0000" in refused.stdout, refused.stdout
    good = {"questions": [{"type": "判断", "stem": "宪法是根本法。", "answer": "对"},
                          {"type": "判断", "stem": "法律高于宪法。", "answer": "错"}]}
    (tmp_path / "good.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    assert cli(folder, "import-questions", tmp_path / "good.json", "--bank", "控").returncode == 0
    with server.sessions.begin() as s:   # as a bank imported before the check holds it
        row = s.scalars(select(BankQuestion).where(BankQuestion.bank == "控")).first()
        data = json.loads(row.data)
        data["stem"] = "宪法\u001b是根本法。"
        row.data, row.updated_at = json.dumps(data, ensure_ascii=False), utc_naive(datetime.datetime.now())
        kept = row.question_id
    for suffix in (".xlsx", ".docx"):
        out = cli(folder, "questions", "export", tmp_path / f"o{suffix}", "--bank", "控")
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
        assert f"left out: 1 question(s) whose text holds control characters (ESC, NUL …)" in out.stdout, out.stdout
        assert kept in out.stdout and "1 question(s) of 控 written" in out.stdout


def test_one_question_in_two_files_with_and_without_a_declared_id_is_imported_once(server_config, tmp_path):
    """The bank's JSON export (ids declared) beside a file of the same question without one: refused as "also
    in withid.json with another answer", the answers being the same; a difference is named by its field."""
    (tmp_path / "withid.json").write_text('{"questions":[{"id":"K-1","type":"判断","stem":"宪法是根本法。","answer":"对"}]}',
                                          encoding="utf-8")
    (tmp_path / "noid.json").write_text('{"questions":[{"type":"判断","stem":"宪法是根本法。","answer":"对"}]}',
                                        encoding="utf-8")
    (tmp_path / "f1.gift").write_text("::x:: 宪法是根本法。{T}\n", encoding="utf-8")
    folder = server_config.instance_dir
    done = cli(folder, "import-questions", tmp_path / "withid.json", tmp_path / "noid.json", "--bank", "同")
    assert done.returncode == 0 and "noid.json, item 1: the same question as in withid.json: imported once" in \
        done.stdout and "1 added" in done.stdout, done.stdout + done.stderr
    apart = cli(folder, "import-questions", tmp_path / "f1.gift", tmp_path / "noid.json", "--bank", "异")
    assert apart.returncode == 1 and "is also in f1.gift with other content (tags)" in apart.stdout, apart.stdout

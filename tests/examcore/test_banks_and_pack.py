"""Bank files and the xuefa-pack tool, used as an admin would: real files, a real process."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from openpyxl import Workbook

from examcore.banks import BankImportError, load_bank
from examcore.banks.excel_bank import TEMPLATE_HEADERS, write_template
from examcore.package import parse_package
from examcore.questions import QuestionType as T


def _sheet(path, headers, *rows):
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_the_template_loads_as_two_questions(tmp_path):
    write_template(tmp_path / "t.xlsx")
    bank = load_bank(tmp_path / "t.xlsx")
    assert [(q.type, q.answer) for q in bank.questions] == [(T.SINGLE, ("A",)), (T.TRUE_FALSE, ("T",))]


def test_excel_answers_in_common_spellings(tmp_path):
    h = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分类"]
    path = _sheet(tmp_path / "b.xlsx", h,
                  ["多选题", "多选", "a", "b", "c", "d", "Ａ、Ｃ", "宪法"],
                  [None] * 8,  # blank row in the middle
                  ["判断题", "判断1", None, None, None, None, "√", "宪法"],
                  ["判断", "判断2", None, None, None, None, "错误", "宪法"],
                  ["填空", "填空____和____", None, None, None, None, "宪法|根本法；法律", "宪法"],
                  ["简答", "简答", None, None, None, None, "", "宪法"])
    qs = load_bank(path).questions
    assert [q.answer for q in qs] == [("A", "C"), ("T",), ("F",), ("宪法|根本法", "法律"), ()]


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_imported(tmp_path):
    h = ["题型", "题干", "选项A", "选项B", "答案"]
    path = _sheet(tmp_path / "bad.xlsx", h,
                  ["单选", "好题", "a", "b", "A"],
                  ["单选", "两个答案", "a", "b", "AB"],
                  ["论述", "未知题型", None, None, "x"],
                  ["判断", "判断", None, None, "也许"],
                  ["单选", "好题", "a", "b", "A"])
    with pytest.raises(BankImportError) as err:
        load_bank(path)
    text = [str(p) for p in err.value.problems]
    assert text == [
        "bad.xlsx, row 3: a single-choice question needs exactly one right answer, has 2",
        "bad.xlsx, row 4, column 题型: unknown question type '论述' (单选, 多选, 判断, 填空 or 简答; single, multiple, true_false, fill_in or short_answer)",
        "bad.xlsx, row 5, column 答案: answer '也许' is not true/false (对/错, √/×, T/F …)",
        "bad.xlsx, row 6, column 题干: the same question as row 2",
    ]


def test_unknown_headers_name_what_was_found_and_expected(tmp_path):
    path = _sheet(tmp_path / "h.xlsx", ["Question", "Kind", "Key"], ["a", "b", "c"])
    with pytest.raises(BankImportError, match="missing column.*题型, 题干, 答案; found: Question, Kind, Key"):
        load_bank(path)


def test_files_that_are_not_banks(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"this is not a workbook")
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "x.txt").write_text("", encoding="utf-8")
    for name in ("x.xlsx", "x.json", "x.txt"):
        with pytest.raises(BankImportError):
            load_bank(tmp_path / name)


def test_json_bank(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"bank": "demo", "questions": [
        {"type": "单选", "stem": "题1", "options": ["甲", "乙"], "answer": "B"},
        {"type": "multiple", "stem": "题2", "options": {"A": "甲", "B": "乙", "C": "都对"},
         "answer": ["A", "B"], "fixed_options": ["C"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    qs = load_bank(path).questions
    assert qs[0].answer == ("B",) and qs[1].options[2].fixed


def _run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "examcore.packtool", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_pack_tool_builds_a_package_that_opens_with_the_printed_code(tmp_path):
    assert _run("new-issuer", tmp_path / "issuer.key", "--name", "省普法办", cwd=tmp_path).returncode == 0
    assert _run("new-recipient", tmp_path / "centre.key", "--name", "考试中心", cwd=tmp_path).returncode == 0
    rows = [["单选", f"单选{n}", "甲", "乙", "丙", "丁", "C"] for n in range(6)]
    rows += [["判断", f"判断{n}", None, None, None, None, "对"] for n in range(4)]
    bank = _sheet(tmp_path / "bank.xlsx", ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案"], *rows)
    exam = tmp_path / "exam.json"
    exam.write_text(json.dumps({
        "exam_id": "e1", "title": "测试考试", "duration_minutes": 30, "pass_mark": 6,
        "window_start": "2026-09-25T08:00:00+08:00", "window_end": "2026-10-08T18:00:00+08:00",
        "papers": {"general": [{"type": "单选", "count": 4, "points": 2}, {"type": "判断", "count": 2, "points": 1}]},
    }), encoding="utf-8")
    r = _run("build", bank, "--exam", exam, "--issuer-key", tmp_path / "issuer.key", "--recipient",
             tmp_path / "centre.key.pub", "--out", tmp_path / "e1.xfp", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    code = next(line.split(": ")[1] for line in r.stdout.splitlines() if line.startswith("start code"))
    parsed = parse_package((tmp_path / "e1.xfp").read_bytes(), None)
    assert len(parsed.open_body(parsed.unwrap_with_start_code(code)).questions) == 10
    # a pool too small for the paper is refused with the reason and writes nothing
    exam.write_text(exam.read_text().replace('"count": 4', '"count": 40'), encoding="utf-8")
    r = _run("build", bank, "--exam", exam, "--issuer-key", tmp_path / "issuer.key", "--recipient",
             tmp_path / "centre.key.pub", "--out", tmp_path / "e2.xfp", cwd=tmp_path)
    assert r.returncode != 0 and "needs 40 single-choice question(s)" in r.stderr
    assert not (tmp_path / "e2.xfp").exists()
    # keys are never overwritten
    r = _run("new-issuer", tmp_path / "issuer.key", "--name", "x", cwd=tmp_path)
    assert r.returncode != 0 and "refusing to overwrite" in r.stderr


def test_template_headers_are_all_understood():
    from examcore.banks.excel_bank import HEADERS
    assert all(h in HEADERS for h in TEMPLATE_HEADERS)


def test_more_options_than_a_to_h_is_an_error_not_a_silent_cut(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"bank": "b", "questions": [
        {"type": "单选", "stem": "九个选项", "options": [str(n) for n in range(9)], "answer": "A"}]}), encoding="utf-8")
    with pytest.raises(BankImportError, match="9 options; at most 8"):
        load_bank(path)


def test_common_chinese_excel_layouts_title_row_merged_groups_one_cell_options(tmp_path):
    """A bank as units keep it: a title row merged across the sheet, other header spellings, 题型 and 分类
    merged down over their group, blank rows, full-width letters, options in one cell, 易/中/难."""
    from openpyxl import Workbook

    from examcore.banks.excel_bank import load_excel_bank
    from examcore.questions import QuestionType
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年度学法考试题库（示范）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "试题类型", "试题内容", "选项", "正确选项", "难易程度", "知识点分类", "答案解析"])
    ws.append([1, "单项选择题", "我国的根本大法是", "A.宪法 B.刑法 C.民法典", "Ａ", "易", "宪法", "根本法"])
    ws.append([2, None, "国家的一切权力属于", "A、人民\nB、政府\nC、法院", "a", "中", None, ""])
    ws.append([None] * 8)
    ws.append([3, "多选", "属于公民基本权利的有", "A.选举权 B.受教育权 C.依法纳税", "Ａ，Ｂ", "难", "公民权利", ""])
    ws.append([4, "判断题", "宪法是国家的根本法。", None, "√", 3, None, ""])
    ws.merge_cells("B3:B4")  # 题型 merged over the first group
    ws.merge_cells("G3:G4")  # and 分类
    ws.merge_cells("G6:G7")
    wb.save(tmp_path / "common.xlsx")
    bank = load_excel_bank(tmp_path / "common.xlsx")
    by = {q.stem: q for q in bank.questions}
    assert len(bank.questions) == 4
    root = by["我国的根本大法是"]
    assert root.type is QuestionType.SINGLE and root.answer == ("A",) and root.difficulty == 1
    assert [o.text for o in root.options] == ["宪法", "刑法", "民法典"] and root.explanation == "根本法"
    power = by["国家的一切权力属于"]  # type and category from the merged cells above
    assert power.type is QuestionType.SINGLE and power.category == "宪法" and power.answer == ("A",)
    assert [o.text for o in power.options] == ["人民", "政府", "法院"] and power.difficulty == 3
    rights = by["属于公民基本权利的有"]
    assert rights.type is QuestionType.MULTIPLE and rights.answer == ("A", "B") and rights.difficulty == 5
    assert by["宪法是国家的根本法。"].category == "公民权利" and by["宪法是国家的根本法。"].answer == ("T",)


def test_an_empty_type_outside_a_merged_range_is_still_an_error(tmp_path):
    from openpyxl import Workbook

    from examcore.banks.common import BankImportError
    from examcore.banks.excel_bank import load_excel_bank
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "答案"])
    ws.append(["判断", "第一题", "对"])
    ws.append([None, "第二题", "错"])  # not merged: nobody said it is a 判断 too
    wb.save(tmp_path / "gap.xlsx")
    with pytest.raises(BankImportError) as err:
        load_excel_bank(tmp_path / "gap.xlsx")
    assert [str(p) for p in err.value.problems] == ["gap.xlsx, row 3, column 题型: the question type is empty (单选, 多选, 判断, 填空 or 简答; single, multiple, true_false, fill_in or short_answer)"]


def test_headers_as_people_type_them_error_cells_and_option_gaps_are_named(tmp_path):
    from examcore.banks import read_bank
    path = _sheet(tmp_path / "e.xlsx", ["题 型", "题干", "选项Ａ", "选项 B", "选项C", "正确答案："],
                  ["单选", "题一？", "甲", None, "丙", "C"],
                  ["单选", "题二？", "甲", "乙", "丙", "#N/A"],
                  ["单选", "题三？", "甲", "乙", "丙", "B"])
    report = read_bank(path, "b")
    assert [q.stem for q in report.questions] == ["题三？"]
    assert [str(p) for p in report.problems] == [
        "e.xlsx, row 2, column 选项 B: option B is empty while a later option is filled",
        "e.xlsx, row 3, column 正确答案：: the cell holds the error #N/A (a formula that failed); put the value itself"]


def test_a_two_row_header_with_options_merged_over_letters(tmp_path):
    from examcore.banks import read_bank
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "选项", None, None, "答案", "备注"])
    ws.append([None, None, "A", "B", "C", None, None])
    ws.merge_cells("C1:E1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("G1:G2")
    ws.append(["单选", "我国的根本法是（ ）。", "宪法", "刑法", "民法典", "A", "2021年真题"])
    wb.save(tmp_path / "two.xlsx")
    report = read_bank(tmp_path / "two.xlsx", "b")
    assert report.problems == []
    assert [([o.text for o in q.options], q.answer) for q in report.questions] == [(["宪法", "刑法", "民法典"], ("A",))]
    # a column of the upper row that is not read is said, as with a one-row header (issue 16)
    assert any("row 1: column(s) not read: 备注" in str(n) for n in report.notes), [str(n) for n in report.notes]


@pytest.mark.parametrize("names", [["A选项", "B选项", "C选项"], ["选项一", "选项二", "选项三"], ["选项1", "选项2", "选项3"]])
def test_option_columns_as_other_systems_name_them(tmp_path, names):
    from examcore.banks import read_bank
    path = _sheet(tmp_path / "o.xlsx", ["题型", "题干", *names, "答案"], ["单选", "我国的根本法是（ ）", "宪法", "刑法", "民法典", "A"])
    report = read_bank(path, "b")
    assert [(o.key, o.text) for o in report.questions[0].options] == [("A", "宪法"), ("B", "刑法"), ("C", "民法典")]
    assert not report.problems and not [n for n in report.notes if "not read" in str(n)]

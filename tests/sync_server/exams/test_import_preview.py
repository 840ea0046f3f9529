"""The preview of a question import shows every question as read before anything is stored (issue 16: an
administrator sees what the reader made of a file): `import-questions --preview` lists them with the right
options marked and stores nothing; the admin API's dry run sends them and the import window lists them in
its second tab."""
from __future__ import annotations

import json

from sqlalchemy import func, select

from sync_server.models import BankQuestion
from tests.server_cli import server_cli as cli
from tests.sync_server.test_malformed_input import Api

BANK = ("一、填空题\n1. 我国的根本法是（宪法）。\n二、选择题\n2. 国家的一切权力属于（ ）。A. 人民 B. 政府\n答案：A\n"
        "3. 下列属于法律的是（ ）\nA. 宪法 B. 刑法 C. 规章\n答案：AB\n解析：宪法和刑法是法律。\n")


def stored(server) -> int:
    with server.sessions() as s:
        return s.scalar(select(func.count()).select_from(BankQuestion))


def test_the_command_line_preview_lists_every_question_as_read_and_stores_nothing(server, server_config, tmp_path):
    (tmp_path / "bank.txt").write_text(BANK, encoding="utf-8")
    seen = cli(server_config.instance_dir, "import-questions", tmp_path / "bank.txt", "--bank", "宪法", "--preview",
               env={"XUEFA_LANG": "zh_CN"})
    assert seen.returncode == 0, seen.stdout + seen.stderr
    assert "bank.txt，第 2 行 · 填空 · 我国的根本法是（ ）。" in seen.stdout
    assert "  ✓ A. 人民\n    B. 政府\n" in seen.stdout
    assert "  ✓ A. 宪法\n  ✓ B. 刑法\n    C. 规章\n" in seen.stdout
    assert "宪法和刑法是法律。" in seen.stdout and "括号中的文字" in seen.stdout   # the note on the bracket answers
    assert stored(server) == 0
    (tmp_path / "bad.txt").write_text(BANK + "4. 没有答案的题（ ）\nA. 甲 B. 乙\n", encoding="utf-8")
    refused = cli(server_config.instance_dir, "import-questions", tmp_path / "bad.txt", "--bank", "宪法",
                  "--preview")
    assert refused.returncode == 1 and "line 10: no answer" in refused.stdout and "--accept-valid" in refused.stderr
    assert stored(server) == 0


def test_the_import_window_lists_the_questions_the_dry_run_read(server_config, qtbot, monkeypatch):
    from desktop.ui.admin.question_import import QuestionImportDialog
    api = Api(server_config)
    try:
        answer = api.client.post("/api/v1/admin/questions/import?bank=b&dry_run=1", headers=api.admin,
                                 data={"file": [(__import__("io").BytesIO(BANK.encode()), "bank.txt")]},
                                 content_type="multipart/form-data")
        sent = json.loads(answer.data)
    finally:
        api.close()
    assert answer.status_code == 200 and sent["read"]["total"] == 3
    monkeypatch.setenv("XUEFA_LANG", "en")
    dialog = QuestionImportDialog(None, [], "b")   # no client: the preview's answer is handed to it
    qtbot.addWidget(dialog)
    dialog._previewed(sent)
    table = dialog.read_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0] == ["bank.txt, line 2", "Fill in the blank", "我国的根本法是（ ）。", "宪法"]
    assert rows[2][2].splitlines() == ["下列属于法律的是（ ）", "✓ A. 宪法", "✓ B. 刑法", "    C. 规章",
                                       "Explanation: 宪法和刑法是法律。"]
    assert rows[2][3] == "AB" and dialog.tabs.tabText(1) == "Questions as read (3)"


def test_a_stem_corrected_in_the_file_and_imported_again_is_said_beside_the_one_it_corrects(server, server_config,
                                                                                           tmp_path):
    (tmp_path / "a.txt").write_text("一、单项选择题\n1. 我国的根本法是中华人民共和国先法（ ）。\nA. 对 B. 错\n答案：A\n"
                                    "2. 国家的一切权力属于人民（ ）。\nA. 对 B. 错\n答案：A\n", encoding="utf-8")
    assert cli(server_config.instance_dir, "import-questions", tmp_path / "a.txt", "--bank", "b").returncode == 0
    (tmp_path / "b.txt").write_text("一、单项选择题\n1. 我国的根本法是中华人民共和国宪法（ ）。\nA. 对 B. 错\n答案：A\n"
                                    "2. 国家的一切权力属于政府（ ）。\nA. 对 B. 错\n答案：B\n", encoding="utf-8")
    again = cli(server_config.instance_dir, "import-questions", tmp_path / "b.txt", "--bank", "b")
    assert again.returncode == 0 and stored(server) == 4, again.stdout
    notes = [line for line in again.stdout.splitlines() if "retire" in line]
    assert len(notes) == 1 and "b.txt, line 2" in notes[0] and "先法" in notes[0], again.stdout


def test_questions_worded_alike_but_for_punctuation_or_blank_form_are_said_in_one_import_and_against_the_bank(
        server, server_config, tmp_path):
    (tmp_path / "a.txt").write_text("一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n答案：A\n"
                                    "2. 我国的根本法是____\nA. 宪法 B. 刑法\n答案：B\n", encoding="utf-8")
    first = cli(server_config.instance_dir, "import-questions", tmp_path / "a.txt", "--bank", "b")
    assert first.returncode == 0 and stored(server) == 2, first.stdout
    assert "a.txt, line 5: worded like the question at line 2 of a.txt" in first.stdout, first.stdout
    (tmp_path / "b.txt").write_text("一、单项选择题\n1. 我国的根本法是（　　）\nA. 宪法 B. 民法\n答案：B\n", encoding="utf-8")
    again = cli(server_config.instance_dir, "import-questions", tmp_path / "b.txt", "--bank", "b", "--preview")
    assert "b.txt, line 2: worded like question" in again.stdout, again.stdout


def test_the_preview_of_a_workbook_of_several_sheets_names_each_questions_sheet(server_config, tmp_path):
    """x.xlsx，第 8 行 in a workbook of three sheets: row 8 of which? (an outside tester, 2026-12-04)"""
    import openpyxl

    from examcore.banks import read_bank
    from sync_server.exams.question_bank import BankImport
    wb = openpyxl.Workbook()
    wb.active.title = "单选题"
    wb.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    wb.active.append(["单选", "我国的根本法是（ ）。", "宪法", "刑法", "A"])
    sheet = wb.create_sheet("判断题")
    for row in (["题型", "题干", "答案"], ["判断", "宪法是国家的根本法。", "对"]):
        sheet.append(row)
    wb.save(tmp_path / "x.xlsx")
    seen = cli(server_config.instance_dir, "import-questions", tmp_path / "x.xlsx", "--bank", "宪法", "--preview",
               env={"XUEFA_LANG": "zh_CN"})
    assert seen.returncode == 0, seen.stdout + seen.stderr
    assert "x.xlsx，工作表 单选题，第 2 行 · 单选 · 我国的根本法是（ ）。" in seen.stdout, seen.stdout
    assert "x.xlsx，工作表 判断题，第 2 行 · 判断 · 宪法是国家的根本法。" in seen.stdout, seen.stdout
    read = BankImport([read_bank(tmp_path / "x.xlsx", "宪法")]).as_read()
    assert [q["sheet"] for q in read["questions"]] == ["单选题", "判断题"]


def test_a_file_with_no_valid_question_is_not_offered_accept_valid(server_config, tmp_path):
    """Every question refused (or the file refused whole): "or run again with --accept-valid" would import
    nothing, and the preview said --accept-valid would add 0 (an outside tester, 2026-12-04)."""
    (tmp_path / "none.txt").write_text("一、单项选择题\n1. 甲（ ）\nA. 宪法\nB. 刑法\n", encoding="utf-8")
    for extra in ((), ("--preview",)):
        said = cli(server_config.instance_dir, "import-questions", tmp_path / "none.txt", "--bank", "宪法", *extra)
        assert said.returncode == 1 and "no question was read without one" in said.stderr, said.stderr
        assert "--accept-valid" not in said.stderr + said.stdout, said.stdout

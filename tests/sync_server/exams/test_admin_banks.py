"""Question banks in the desktop admin UI against a real server: the top provincial admin browses a bank,
corrects a question (a bad correction is refused with the reason, a good one becomes version 2 with the
admin's name in its history), retires it from future packages and takes it back."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.admin.admin_window import AdminWindow
from examcore.clock import utc_naive
from sync_server.admins import create_admin
from sync_server.directory.service import put_unit
from tests.desktop.ui_helpers import when_modal
from tests.examcore.test_gift import SAMPLE as GIFT
from tests.sync_server.exams.test_import_questions import cli

PASSWORD = "Province-admin-2026"


def _bank_keeper_logged_in(qtbot, server, live_server) -> AdminWindow:
    """The server's top provincial administrator, logged in to the admin window."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "某省", "province", None, now)
        create_admin(s, "sheng", PASSWORD, "provincial_admin", "P", now, must_change_password=False)
    window = AdminWindow(live_server)
    qtbot.addWidget(window)
    window.user_edit.setText("sheng")
    window.password_edit.setText(PASSWORD)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 1, timeout=15_000)
    return window


def test_the_bank_keeper_corrects_retires_and_restores_a_question(qtbot, server, server_config, live_server,
                                                                   tmp_path):
    (tmp_path / "a.gift").write_text(GIFT, encoding="utf-8")
    assert cli(server_config.instance_dir, "import-questions", tmp_path / "a.gift", "--bank", "示范题库").returncode == 0
    window = _bank_keeper_logged_in(qtbot, server, live_server)
    banks = window.banks
    qtbot.waitUntil(lambda: banks.table.rowCount() == 10, timeout=15_000)
    assert banks.bank_combo.currentText() == "示范题库 (10 questions, 0 retired)"
    word = banks.questions[0]["stem"][:4]                       # search by words of the stem (Chinese)
    banks.search_edit.setText(word)
    banks.refresh()
    qtbot.waitUntil(lambda: 0 < banks.table.rowCount() < 10, timeout=15_000)
    assert all(word in q["stem"] or word in str(q) for q in banks.questions)
    banks.search_edit.clear()
    banks.refresh()
    qtbot.waitUntil(lambda: banks.table.rowCount() == 10, timeout=15_000)
    row = next(r for r, q in enumerate(banks.questions) if q["type"] == "single")
    question = banks.questions[row]
    banks.table.selectRow(row)
    banks.open_editor()
    editor = banks.editor
    other = next(o["key"] for o in question["options"] if o["key"] not in question["answer"])
    editor.answer_edit.setText(f"{question['answer'][0]},{other}")        # two right answers to a single choice
    editor.save()
    qtbot.waitUntil(lambda: "exactly one right answer" in editor.error_label.text(), timeout=15_000)
    editor.answer_edit.setText(other)
    editor.stem_edit.setPlainText(question["stem"] + "（修订）")
    editor.note_edit.setText("原答案有误")
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: any(q["id"] == question["id"] and q["version"] == 2 for q in banks.questions),
                    timeout=15_000)
    fixed = next(q for q in banks.questions if q["id"] == question["id"])
    assert fixed["answer"] == [other] and fixed["stem"].endswith("（修订）")

    # retire: out of the list (and of packages built from now on); back among the retired; taken back
    row = next(r for r, q in enumerate(banks.questions) if q["id"] == question["id"])
    banks.table.selectRow(row)
    said: list[str] = []
    def cancel(box) -> None:
        said.append(box.text())
        box.cancel_button.click()
    when_modal(cancel)   # asked first, naming the question; Cancel changes nothing
    qtbot.mouseClick(banks.retire_button, Qt.MouseButton.LeftButton)
    qtbot.wait(500)
    assert banks.table.rowCount() == 10 and question["id"] in said[0]
    banks.table.selectRow(row)
    when_modal(lambda box: box.act_button.click())
    qtbot.mouseClick(banks.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banks.table.rowCount() == 9, timeout=15_000)
    banks.retired_box.setChecked(True)
    qtbot.waitUntil(lambda: [q["id"] for q in banks.questions] == [question["id"]], timeout=15_000)
    assert banks.retire_button.text() == "Take back"
    banks.table.selectRow(0)
    qtbot.mouseClick(banks.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banks.table.rowCount() == 0, timeout=15_000)
    banks.retired_box.setChecked(False)
    qtbot.waitUntil(lambda: banks.table.rowCount() == 10, timeout=15_000)

    # a new exam from the bank: an impossible paper is refused with the reason; a possible one is built
    from examcore.package import parse_package
    singles = sum(1 for q in banks.questions if q["type"] == "single")
    qtbot.mouseClick(banks.new_exam_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(banks, "builder", None) is not None and banks.builder.isVisible(), timeout=15_000)
    builder = banks.builder
    assert builder.height() <= 768 - 40 and builder.minimumSizeHint().width() <= 1366   # a small screen, taskbar
    builder.exam_id_edit.setText("exam-2027")
    builder.title_edit.setText("2027年度学法考试")
    builder.set_section("single", singles + 5, 10)          # more than the bank holds
    builder.pass_spin.setValue(10)
    builder.points_spin.setValue(50)
    builder.build()
    qtbot.waitUntil(lambda: builder.error_label.text().startswith("Not built"), timeout=30_000)
    assert f"needs {singles + 5} single-choice question(s), the bank has {singles}" in builder.error_label.text()
    builder.set_section("single", singles, 10)
    builder.focus_spin.setValue(5)
    builder.focus_mode.setCurrentIndex(builder.focus_mode.findData("warn"))
    builder.pc_checks["vm"].setCurrentIndex(builder.pc_checks["vm"].findData("enforce"))
    builder.programs_edit.setText("ToDesk, 向日葵")
    assert builder.total_label.text() == f"Total: {singles * 10} points"
    builder.leader_paper_box.setChecked(True)      # leaders sit a paper of their own: empty is refused
    assert builder.leader_sections.isVisibleTo(builder)
    builder.build()
    assert builder.error_label.text().startswith("Give the leaders' paper")
    builder.set_section("single", 2, 10, leaders=True)
    assert builder.leader_total_label.text() == "Leaders' paper, total: 20 points"
    builder.build()
    qtbot.waitUntil(lambda: getattr(banks, "built_dialog", None) is not None, timeout=30_000)
    shown = banks.built_dialog
    shown.save(tmp_path / "exam-2027.xfp")
    package = parse_package((tmp_path / "exam-2027.xfp").read_bytes(), None)
    assert package.header.title == "2027年度学法考试" and package.header.package_id == shown.answer["package_id"]
    content = package.open_body(package.unwrap_with_start_code(shown.answer["start_code"]))
    assert content.exam.eligibility.min_study_points == 50 and content.exam.pass_mark == 10
    assert (content.exam.lockdown.max_focus_losses, content.exam.lockdown.focus_mode.value) == (5, "warn")
    assert content.exam.lockdown.vm_mode.value == "enforce" and content.exam.lockdown.screens_mode.value == "enforce"
    assert content.exam.lockdown.programs == ("ToDesk", "向日葵")
    leaders = content.exam.blueprints["leader"].sections
    assert [(x.type.value, x.count, x.points) for x in leaders] == [("single", 2, 10)]
    assert content.exam.variant_for(True) == "leader" and content.exam.variant_for(False) == "general"
    assert "exam-2027" in [e["exam_id"] for e in window.client.exams()]   # on the server, for the stations

    history = window.client.question_history(question["id"])
    assert [(v["version"], v["changed_by"]) for v in history][-1] == (2, "sheng")
    assert history[-1]["note"] == "原答案有误" and history[0]["question"]["answer"] == question["answer"]
    window.close()


def test_the_bank_keeper_imports_files_from_the_admin_window_after_a_preview(qtbot, server, live_server):
    """题库 → 导入…: the preview names every problem and stores nothing; the import stores what it showed;
    the same file again changes nothing."""
    from pathlib import Path

    from sqlalchemy import func, select

    from sync_server.models import BankQuestion
    cases = Path(__file__).resolve().parents[2] / "data" / "importers"   # copied from shared/cases/importers
    window = _bank_keeper_logged_in(qtbot, server, live_server)
    banks = window.banks
    qtbot.waitUntil(lambda: "Import" in banks.status_label.text(), timeout=15_000)   # no bank yet: says how
    qtbot.mouseClick(banks.import_button, Qt.MouseButton.LeftButton)
    dialog = banks.importer
    dialog.bank_combo.setCurrentText("宪法题库")
    dialog.set_files([cases / "xianfa.xlsx", cases / "mixed-valid.xlsx"])

    def stored() -> int:
        with server.sessions() as s:
            return s.scalar(select(func.count()).select_from(BankQuestion))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    shown = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert any("mixed-valid.xlsx" in t and "row 3" in t for t in shown), shown   # the problem, where and why
    assert not dialog.import_button.isEnabled() and "Nothing will be imported" in dialog.summary_label.text()
    # the preview counts what the valid questions would add, not 0 (found by an outside tester)
    assert "would add 3" in dialog.summary_label.text() and "import the 3 valid question(s)" in \
        dialog.summary_label.text(), dialog.summary_label.text()
    assert stored() == 0
    dialog.accept_valid_box.setChecked(True)        # leave the bad row out
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15_000)
    assert "would add 3" in dialog.summary_label.text() and stored() == 0
    with qtbot.waitSignal(dialog.imported, timeout=15_000):
        dialog.confirm_import(ask=False)
    assert stored() == 3 and "3 added" in dialog.summary_label.text()
    qtbot.waitUntil(lambda: banks.bank_combo.currentData() == "宪法题库" and banks.table.rowCount() == 3,
                    timeout=15_000)
    dialog.set_files([cases / "gone.xlsx"])         # a file no longer there: said in words, nothing stored
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be read" in dialog.summary_label.text(), timeout=15_000)
    assert "gone.xlsx" in dialog.summary_label.text() and stored() == 3
    dialog.set_files([cases / "xianfa.xlsx"])       # the same file again: nothing to do
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    assert "leave 2 unchanged" in dialog.summary_label.text() and not dialog.import_button.isEnabled()

"""The admin window's USB road (desktop/ui/admin/sync_page.py): a receipt file the upstream wrote names the
results it refused and why (issue 20, round 91: only "confirmed" was told and the others stayed unexplained)."""
from __future__ import annotations

from desktop.ui.admin.sync_page import SyncPage
from examcore import api_messages as m


class _NoServer:
    username, role = "zhongxin", "centre_admin"


def test_the_upstreams_refusals_in_a_receipt_file_are_told_in_the_window(qtbot, monkeypatch):
    page = SyncPage(_NoServer())
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "load", lambda: None)   # (the page's refresh asks the server; none here)
    answer = m.ReceiptsImported.model_validate({   # as the server answers and the client reads it
        "confirmed": 1, "unmatched": 0, "already": 0, "study": 0,
        "refused": [{"result_id": "fa169506-8e78-4e65", "reason": "unknown_package", "detail": "no package"}]})
    page._receipts_imported(answer.model_dump())
    text = page.usb_label.text()
    assert "1 result(s) confirmed" in text and "1 refused by the upstream" in text and "fa169506" in text
    assert "the upstream does not hold the exam of this result" in text, text
    kept = m.ReceiptsImported.model_validate({"confirmed": 0, "unmatched": 0, "already": 0, "study": 1,
                                              "not_taken": [{"learner_no": "110101002", "kind": "reset"}]})
    page._receipts_imported(kept.model_dump())
    assert "did not take the password reset or change of learner(s) 110101002" in page.usb_label.text()
    older = m.ReceiptsImported.model_validate({"confirmed": 2, "unmatched": 0, "already": 0, "study": 0})
    page._receipts_imported(older.model_dump())   # an older server's answer names none
    assert "refused" not in page.usb_label.text()

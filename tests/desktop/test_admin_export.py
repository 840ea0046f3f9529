"""Saving a report over one still open in Excel, WPS or a PDF reader (issue 23): Windows refuses to replace
it ("拒绝访问"). The clerk reads what to do, nothing half-written is left beside it, and the old file stays."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.services.admin_export import why_not_saved, write_pdf_table, write_table

HEADERS, ROWS = ["单位", "应考", "通过"], [["甲市司法局", 12, 11], ["乙市司法局", 8, 8]]


@pytest.fixture
def open_elsewhere(monkeypatch):
    """Replacing a file fails as it does on Windows while another program holds it open."""
    def refused(self_or_src, *args, **kwargs):
        raise PermissionError(13, "Access is denied")
    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.setattr(Path, "replace", refused)


@pytest.mark.parametrize("writer, name", [(write_table, "报表.xlsx"), (write_pdf_table, "报表.pdf")])
def test_a_report_open_in_another_program_is_named_and_nothing_is_left_beside_it(qtbot, tmp_path, writer, name,
                                                                                  open_elsewhere):
    target = tmp_path / name
    target.write_bytes(b"the report saved yesterday")
    with pytest.raises(PermissionError) as refused:
        writer(target, "2026年度学法考试", HEADERS, ROWS)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]   # no .part left
    assert target.read_bytes() == b"the report saved yesterday"
    assert "open in another program" in why_not_saved(refused.value)


def test_other_failures_keep_the_systems_words():
    assert why_not_saved(FileNotFoundError(2, "No such file or directory")) == "No such file or directory"

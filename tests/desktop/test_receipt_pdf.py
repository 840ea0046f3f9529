"""The learner's receipt on paper (issue 19 Deliver 3): an A4 page whose text is about 11 pt whatever text
size the learner chose on screen, the Chinese font embedded, checked by measuring the words' boxes
(pdftotext -bbox) and rendering the page (pdftoppm)."""
from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import install_translations
from desktop.services.preferences import FONT_SIZES
from desktop.ui.exam.receipt import ReceiptData, save_receipt_pdf
from desktop.ui.theme import apply_theme

RECEIPT = ReceiptData("f6f7b635-1234-4d2a-9e3b-0123456789ab", "9f" * 32, datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc),
                      "2026年度国家工作人员学法用法考试", "1101010010001", "王小明", "88", "passed")


@pytest.mark.parametrize("size", [FONT_SIZES[0], FONT_SIZES[-1]])
def test_the_receipt_pdf_is_a4_with_text_people_can_read(qapp, tmp_path, size):
    translators = install_translations(QApplication.instance(), "zh_CN")
    apply_theme(QApplication.instance(), size, False)   # the learner's A+ does not reach the paper
    try:
        pdf = tmp_path / "receipt.pdf"
        save_receipt_pdf(RECEIPT, pdf)
    finally:
        apply_theme(QApplication.instance(), FONT_SIZES[1], False)
        for t in translators:
            QApplication.instance().removeTranslator(t)
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', boxes)
    assert page and abs(float(page.group(1)) - 595) < 2 and abs(float(page.group(2)) - 842) < 2   # A4 in points
    words = [(float(y0), float(y1), w) for y0, y1, w in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', boxes)]
    assert any("王小明" in w for _, _, w in words) and any(RECEIPT.result_id in w for _, _, w in words), boxes[:500]
    heights = sorted(y1 - y0 for y0, y1, _ in words)
    body = heights[len(heights) // 2]   # the usual word: 11 pt text is a box of about 11-16 pt
    assert 9 <= body <= 18 and heights[-1] <= 30, heights
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts   # every font embedded
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))   # the page renders (a person can look at it in tmp_path)


def test_the_paper_font_keeps_ideographs_apart_from_radicals(qapp):
    """Noto Sans CJK draws 小 and the radical ⼩ with one glyph, and Qt's PDF text then read 王⼩明 (a name
    that no search finds); the paper's font is asked, not assumed. This machine's fonts come from
    build_scripts/ensure_desktop_runtime.sh: Noto Sans CJK and Droid Sans Fallback."""
    from PySide6.QtGui import QFontDatabase

    from desktop.paper_font import keeps_ideographs_apart, paper_chinese_family
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    checked = 0
    for family, apart in (("Noto Sans CJK SC", False), ("Droid Sans Fallback", True)):
        if family in chinese:
            assert keeps_ideographs_apart(family) is apart, family
            checked += 1
    assert checked, chinese
    family = paper_chinese_family()   # the ensure script installs a TrueType Chinese font when none is there
    assert family is not None and keeps_ideographs_apart(family)

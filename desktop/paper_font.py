"""The Chinese font of what the station puts on paper or in a PDF (the learner's receipt, the start-code slip,
the admin's exported tables).

Qt writes a PDF's text layer (its ToUnicode map) from the font's own character table, taking the lowest
code point drawn with a glyph. Noto Sans CJK, the usual Chinese font of a Linux desktop, draws 小 (U+5C0F)
and the Kangxi radical ⼩ (U+2F29) with one glyph, so a receipt whose page read 王小明 held the text
王⼩明: a search for the learner's name or a copy of the exam's title found nothing. The same happens with
any font built that way (wkhtmltopdf #4414 has it for Meiryo). So the paper's Chinese comes from a font that
draws ideographs with glyphs of their own, found by asking each font; the screen keeps its font.
"""
from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

# tried first: fonts Debian, UOS and Kylin ship that draw ideographs apart from radicals (tested); then every
# other font that can show Simplified Chinese, in the system's order
PREFERRED = ("Droid Sans Fallback", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN")
# ideograph, then the Kangxi radical that looks the same (U+2F00 一, U+2F08 人, U+2F2F 工, U+2F29 小, U+2F64 用)
IDEOGRAPH_AND_RADICAL = "一⼀人⼈工⼯小⼩用⽤"


def keeps_ideographs_apart(family: str) -> bool:
    """Whether ``family`` draws each test ideograph with a glyph no Kangxi radical shares (a PDF written with
    it then reads as the text that was written)."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return False
    glyphs = raw.glyphIndexesForString(IDEOGRAPH_AND_RADICAL)
    ideographs, radicals = glyphs[0::2], glyphs[1::2]
    return all(ideographs) and not any(i == r for i, r in zip(ideographs, radicals))


@functools.cache
def paper_chinese_family() -> str | None:
    """The first installed font that keeps ideographs apart; None if none does (Qt's choice stands, and a
    PDF's text may then hold radicals where the page shows ideographs). Needs a QGuiApplication."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    ordered = [f for f in PREFERRED if f in chinese] + [f for f in chinese if f not in PREFERRED]
    return next((f for f in ordered if keeps_ideographs_apart(f)), None)


def paper_font(base: QFont) -> QFont:
    """``base`` for paper: its own family for Latin letters and digits, then the paper's Chinese font."""
    font = QFont(base)
    family = paper_chinese_family()
    if family is not None:
        font.setFamilies([base.family(), family])
    return font

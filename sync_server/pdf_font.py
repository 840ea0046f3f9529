"""The Chinese font of the server's PDFs (account slips, sitting reports), embedded in the file.

ReportLab's built-in STSong-Light is a CID font the PDF only names: a PC without that font (Windows
without Adobe's Asian font pack, many Linux desktops) shows boxes on the learner's account slip (issue
19). A TrueType font is embedded instead, as the subset of glyphs used. ReportLab embeds TrueType
outlines only, so Noto CJK (CFF outlines in .otf/.ttc) cannot serve; the fonts below can. IT can name
another with XUEFA_PDF_FONT=path (a .ttf, or a .ttc whose first font has Chinese).
"""
from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

NAME = "XuefaChinese"
FALLBACK = "STSong-Light"   # named, not embedded: used only when no TrueType Chinese font is found
CANDIDATES = (
    # Debian/Ubuntu/UOS/Kylin packages: fonts-droid-fallback, fonts-wqy-microhei, fonts-wqy-zenhei,
    # fonts-arphic-uming
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    # Windows: 黑体, 微软雅黑, 宋体
    r"C:\Windows\Fonts\simhei.ttf",
    r"C:\Windows\Fonts\msyh.ttc",
    r"C:\Windows\Fonts\simsun.ttc",
)


def truetype_font_file() -> Path | None:
    """The first TrueType Chinese font file present: XUEFA_PDF_FONT, then CANDIDATES; None if none is."""
    for name in (os.environ.get("XUEFA_PDF_FONT", ""), *CANDIDATES):
        if name and Path(name).is_file():
            return Path(name)
    return None


@functools.cache
def chinese_font() -> str:
    """Register the PDFs' Chinese font with ReportLab once and return its name: the embedded TrueType
    font, or (logged as a warning) the named STSong-Light when no usable file is found."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont
    for name in (os.environ.get("XUEFA_PDF_FONT", ""), *CANDIDATES):
        if not name or not Path(name).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(NAME, name, subfontIndex=0))
        except (TTFError, OSError, ValueError) as exc:   # CFF outlines, a damaged file, no permission
            log.warning("%s cannot be embedded in PDFs (%s); trying the next font", name, exc)
            continue
        if not pdfmetrics.getFont(NAME).face.charToGlyph.get(ord("学")):
            log.warning("%s has no Chinese characters; trying the next font", name)
            continue
        return NAME
    log.warning("no TrueType Chinese font found (install fonts-droid-fallback or fonts-wqy-microhei, or set "
                "XUEFA_PDF_FONT): PDFs name %s, which a PC without it shows as boxes", FALLBACK)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FALLBACK

"""Words of Qt's own dialogs that Qt's Chinese catalogue (qtbase_zh_CN) lacks in the form the dialog asks
for: QFileDialog asks for "&Look in:" and "Files of &type:", the catalogue has "Look in:" and "Files of
type:", so a Chinese file dialog showed them in English (issue 19 item 8). Translated in xuefa_zh_CN.ts
under Qt's own context, which Qt looks up in every installed catalogue; marked here so lupdate keeps them."""
from __future__ import annotations

from desktop.translation_marks import QT_TRANSLATE_NOOP

FILE_DIALOG = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

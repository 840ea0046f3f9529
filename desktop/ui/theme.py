"""The look: a calm default and a high-contrast theme, both at the learner's chosen font size."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_QSS = """
QPushButton { padding: 0.35em 1.1em; }
QPushButton#primary { background: #1d5fae; color: white; font-weight: bold; border-radius: 4px; }
QPushButton#primary:disabled { background: #a9bcd6; color: #f2f5f9; }
QPushButton#danger { background: #b3261e; color: white; font-weight: bold; border-radius: 4px; }
QLabel#title { font-size: %(title)dpt; font-weight: bold; }
QLabel#error { color: #b3261e; }
QLabel#notice { color: #8a5300; }
QLabel#hint { color: #4a4a4a; }
QLabel#timer { font-size: %(timer)dpt; font-weight: bold; }
QLabel#timer[urgent="true"] { color: #b3261e; }
QLabel#saved { color: #1b6e20; }
QLabel#unsaved { color: white; background: #b3261e; font-weight: bold; padding: 0.3em; }
QToolButton[state="answered"] { background: #9fc6f2; }
QToolButton[state="flagged"] { background: #ffd88a; }
QToolButton[current="true"] { border: 3px solid #1d5fae; font-weight: bold; }
QRadioButton::indicator, QCheckBox::indicator { width: %(mark)dpx; height: %(mark)dpx; }
QPushButton { border: 1px solid #8c8c8c; border-radius: 4px; background: #f4f4f4; }
QPushButton:hover { background: #e8eef7; }
QPushButton:checked { background: #ffd88a; }
QPushButton:disabled { color: #9a9a9a; }
QPushButton:focus, QToolButton:focus { border: 3px solid #1a1a1a; }
QPushButton#danger:focus, QPushButton#primary:focus { border: 3px solid #1a1a1a; }
QRadioButton, QCheckBox { border: 2px solid transparent; border-radius: 4px; padding: 2px 6px; }   /* no jump on focus */
QRadioButton:focus, QCheckBox:focus { background: #ffe680; border: 2px solid #1a1a1a; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTableWidget:focus, QListWidget:focus, QComboBox:focus,
QSpinBox:focus, QTreeWidget:focus { border: 2px solid #1d5fae; }
/* every tab drawn alike, with the same border width in every state: a focus frame of its own width on one
   tab made that tab's text touch its edges (the selected 法规库 looked cut off) */
QTabBar::tab { background: #e6e6e6; border: 2px solid #b4b4b4; border-bottom: none; padding: 6px 18px;
    margin-right: 3px; border-top-left-radius: 5px; border-top-right-radius: 5px; }
QTabBar::tab:selected { background: #ffffff; border-top: 4px solid #1d5fae; }
QTabBar::tab:!selected { margin-top: 3px; }
QTabBar::tab:hover { background: #e8eef7; }
QTabBar::tab:focus { border-color: #1a1a1a; }
QTabBar::tab:selected:focus { border-top: 4px solid #1a1a1a; }
QListWidget#hits { alternate-background-color: #edf2f8; }   /* every other hit shaded: where one ends */
"""

HIGH_CONTRAST_QSS = """
QWidget { background: black; color: white; }
QLineEdit, QPlainTextEdit, QTableWidget { background: black; color: yellow; border: 2px solid white; }
QPushButton, QToolButton { background: black; color: yellow; border: 2px solid yellow; }
QPushButton#primary, QPushButton#danger { background: yellow; color: black; }
QPushButton:disabled, QPushButton#primary:disabled { background: black; color: #808080; border-color: #808080; }
QRadioButton, QCheckBox { color: white; }
QLabel#error, QLabel#timer[urgent="true"] { color: #ff6060; }
QLabel#saved { color: #7dff7d; }
QToolButton[state="answered"] { background: #003a7a; }
QToolButton[state="flagged"] { background: #7a4f00; }
QToolButton[current="true"] { border: 3px solid white; }
QLabel#notice { color: #ffb347; }
QLabel#hint { color: #d0d0d0; }
QRadioButton::indicator, QCheckBox::indicator { border: 2px solid yellow; background: black; }
QRadioButton::indicator { border-radius: %(radius)dpx; }
QPushButton:focus, QToolButton:focus, QPushButton#primary:focus, QPushButton#danger:focus,
QLineEdit:focus, QPlainTextEdit:focus, QTableWidget:focus { border: 4px solid #00e5ff; }
QRadioButton:focus, QCheckBox:focus { background: black; color: #00e5ff; border: 3px solid #00e5ff; }
QComboBox:focus, QSpinBox:focus, QTreeWidget:focus, QListWidget:focus, QTextEdit:focus { border: 3px solid #00e5ff; }
QPushButton:checked { background: yellow; color: black; }
QTabBar::tab { background: black; color: yellow; border-color: yellow; }
QTabBar::tab:selected { background: yellow; color: black; border-top-color: yellow; }
QTabBar::tab:focus, QTabBar::tab:selected:focus { border-color: #00e5ff; }
QListWidget#hits { alternate-background-color: #262626; }
QRadioButton::indicator:checked, QCheckBox::indicator:checked { background: yellow; border: 4px solid black;
    outline: 2px solid yellow; }
"""


def apply_theme(app: QApplication, font_size: int, high_contrast: bool) -> None:
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    mark = round(font_size * 1.6)  # option circles and boxes grow with the text
    sizes = {"title": round(font_size * 1.4), "timer": round(font_size * 1.5), "mark": mark,
             "radius": mark // 2 + 2}  # QSS has no working em
    app.setStyleSheet(BASE_QSS % sizes + (HIGH_CONTRAST_QSS % sizes if high_contrast else ""))
    app.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)
    palette = app.palette()   # links in rich text (a law's article from an explanation) follow the theme
    palette.setColor(QPalette.ColorRole.Link, QColor("#00e5ff" if high_contrast else "#1d5fae"))
    app.setPalette(palette)


HIGH_CONTRAST_PROPERTY = "xuefa_high_contrast"
# colours written into rich text (a review, an article): (normal, high contrast), each readable on its ground
COLOURS = {"right": ("#1b6e20", "#7dff7d"), "partial": ("#8a5a00", "#ffb347"), "pending": ("#444444", "#d0d0d0"),
           "wrong": ("#b00020", "#ff6060"), "muted": ("#555555", "#d0d0d0")}


def colour(kind: str) -> str:
    """The colour of ``kind`` (COLOURS) in the theme the application shows now."""
    app = QApplication.instance()
    return COLOURS[kind][1 if app is not None and app.property(HIGH_CONTRAST_PROPERTY) else 0]

"""What the Word and text reader (office_text.read_office_lines) took in a way a person should check, said once
each as a note at the end of its report: answers read from colour, underlining, bold or brackets, points given
from a heading, numbers Word draws, page furniture left out, and the like (issue 16: nothing changed unseen).
Each list holds the line (or paragraph) numbers of the questions concerned, in file order."""
from __future__ import annotations

from dataclasses import dataclass, field

from examcore.banks.common import ImportReport, RowProblem
from examcore.banks.office_forms import numbers_listed, omitted_note
from examcore.cli_text import Words

TITLE_NOTES = 5         # lines above the first question said one by one; the rest are counted


@dataclass
class Readings:
    """The readings to say, gathered while a file is read."""
    titles: int = 0   # lines above the first question read as a title
    page_marks: list[int] = field(default_factory=list)   # 第 1 页 共 2 页, — 2 —, 3: the page's furniture, left out
    word_numbered: list[int] = field(default_factory=list)   # stems Word numbers itself, read as numbered in order
    by_colour: list[int] = field(default_factory=list)   # questions whose answer is their coloured options
    by_underline: list[int] = field(default_factory=list)   # questions whose answer is their underlined options
    by_bold: list[int] = field(default_factory=list)   # questions whose answer is their bold options
    from_underline: list[int] = field(default_factory=list)  # fill-ins whose answers were their underlined words
    decimal_read: list[int] = field(default_factory=list)   # numbered right before a quantity (1.5倍…: 1, 5倍…)
    ids_left_out: list[int] = field(default_factory=list)   # questions whose bank id (题库编号1024：) was left out
    # a heading's (or shared stem's) line -> the questions given its points per question; or that its 1.5分/题
    # could not be given
    points_given: dict[int, list[int]] = field(default_factory=dict)
    points_not_whole: dict[int, list[int]] = field(default_factory=dict)
    blanks_apart: list[int] = field(default_factory=list)    # fill-ins whose answers were apart by ， or spaces
    one_blank_comma: list[int] = field(default_factory=list)   # one-blank fill-ins whose answer holds ， or a space
    from_brackets: list[int] = field(default_factory=list)   # fill-ins whose answers were read from their brackets
    coloured_apart: list[int] = field(default_factory=list)   # coloured options that are not the answer written
    bold_apart: list[int] = field(default_factory=list)   # options in bold that are not the answer written
    answers_omitted: list[int] = field(default_factory=list)   # short answers whose reference answer is 略
    terms_defined: list[int] = field(default_factory=list)   # questions under 名词解释 written term：definition


def say_readings(report: ImportReport, said: Readings, file: str, unit: str) -> None:
    """Each reading in ``said`` as one note of ``report`` (unit: what the numbers count, line or paragraph)."""
    if said.titles > TITLE_NOTES:
        report.notes.append(RowProblem(file, None, None, Words(
            "{count:,} more lines above the first question read as a title", count=said.titles - TITLE_NOTES)))
    if said.page_marks:   # left out, and said where (the note's place is the first; all are listed)
        report.notes.append(RowProblem(file, said.page_marks[0], None, Words(
            "left out: page numbers and running heads (a bare number, 第 N 页, — N —, a title line again), "
            "at {shown}", shown=numbers_listed(said.page_marks)), unit=unit))
    if said.word_numbered:   # said: the numbers are Word's, not the text's; an answer key goes by them
        listed = numbers_listed(said.word_numbered)
        report.notes.append(RowProblem(file, None, None, Words(
            "paragraph(s) {shown}: stems numbered by Word's automatic numbering, read as questions 1, 2, 3 … of "
            "their section, as Word shows them", shown=listed)))
    if said.by_colour:   # said, so a colour that meant something else is caught in the preview
        listed = numbers_listed(said.by_colour)
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} question(s) with no 答案 line were read from the options written in colour "
            "(标红) or highlighted, at paragraph(s) {shown}: check them in the preview", count=len(said.by_colour),
            shown=listed)))
    if said.by_underline:   # said, so underlining that only stressed a word is caught in the preview
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} question(s) with no 答案 line were read from their underlined options, at "
            "paragraph(s) {shown}: check them in the preview", count=len(said.by_underline),
            shown=numbers_listed(said.by_underline))))
    if said.by_bold:   # said, so bold that only stressed a word is caught in the preview
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} question(s) with no 答案 line were read from their options in bold, at "
            "paragraph(s) {shown}: check them in the preview", count=len(said.by_bold), shown=numbers_listed(said.by_bold))))
    if said.from_underline:   # said, so underlining that only stressed a word is caught in the preview
        listed = numbers_listed(said.from_underline)
        report.notes.append(RowProblem(file, None, None, Words(
            "the answers of {count} fill-in question(s) with no 答案 line were read from their underlined words "
            "(as in 我国的根本法是宪法 with 宪法 underlined), at paragraph(s) {shown}: check them in the preview",
            count=len(said.from_underline), shown=listed)))
    if said.decimal_read:
        report.notes.append(RowProblem(file, said.decimal_read[0], None, Words(
            "{count} question(s) numbered right before a figure (1.5倍…) were read as question 1 with the stem 5倍…, "
            "at {shown}: if the figure belongs to the stem, put a space after the question's number (1. 1.5倍…)",
            count=len(said.decimal_read), shown=numbers_listed(said.decimal_read)), unit=unit))
    if said.ids_left_out:   # said: the id is not kept (a question's id here is made from its content, Deliver 1)
        report.notes.append(RowProblem(file, said.ids_left_out[0], None, Words(
            "the bank's own ids written before {count} stem(s) (题库编号…, 试题编号…) were left out of them, at "
            "{shown}; Xuefa gives each question its own id from its content, so two questions with one such id "
            "are two questions", count=len(said.ids_left_out), shown=numbers_listed(said.ids_left_out)), unit=unit))
    for heading_line, lines_given in said.points_given.items():
        report.notes.append(RowProblem(file, heading_line, None, Words(
            "the points per question written on this line given to the {count} question(s) it heads with none of "
            "their own (at {shown}); an exam may still set others", count=len(lines_given),
            shown=numbers_listed(lines_given)), unit=unit))
    for heading_line, lines_given in said.points_not_whole.items():
        report.notes.append(RowProblem(file, heading_line, None, Words(
            "the points per question written on this line are not whole, so the {count} question(s) it heads keep "
            "no points (set them when the exam is put together)", count=len(lines_given)), unit=unit))
    if said.blanks_apart:   # said: ， may also stand inside one blank's answer
        report.notes.append(RowProblem(file, said.blanks_apart[0], None, Words(
            "{count} fill-in question(s), at {shown}: their answers were written apart by ， or spaces, as many as "
            "their blanks, and were read one a blank; check them in the preview (； between blanks is never in doubt)",
            count=len(said.blanks_apart), shown=numbers_listed(said.blanks_apart)), unit=unit))
    if said.one_blank_comma:   # said: the words after ， may be its reason, which a learner would have to type
        report.notes.append(RowProblem(file, said.one_blank_comma[0], None, Words(
            "{count} fill-in question(s) of one blank, at {shown}: the answer holds ， or a space and was taken whole as "
            "what a learner must write; if the words after it are a reason, put them on a 解析： line (or after 。)",
            count=len(said.one_blank_comma), shown=numbers_listed(said.one_blank_comma)), unit=unit))
    if said.from_brackets:   # said, so a bracket that held the stem's own words is caught in the preview
        report.notes.append(RowProblem(file, said.from_brackets[0], None, Words(
            "{count} fill-in question(s) with no 答案 line, at {shown}: their answers were read from the words in "
            "their brackets (as in 我国的根本法是（宪法）); check them in the preview", count=len(said.from_brackets),
            shown=numbers_listed(said.from_brackets)), unit=unit))
    if said.coloured_apart:   # the answer written was taken; a colour marking another option may mean a wrong one
        listed = numbers_listed(said.coloured_apart)
        report.notes.append(RowProblem(file, None, None, Words(
            "{count} question(s) have options written in colour (标红) that are not the answer written on their "
            "答案 line, at paragraph(s) {shown}: the answer line was taken; check them in the preview",
            count=len(said.coloured_apart), shown=listed)))
    if said.bold_apart:   # the answer written was taken; bold on another option may mean a wrong one
        report.notes.append(RowProblem(file, None, None, Words(
            "{count} question(s) have options in bold that are not the answer written on their 答案 line, at "
            "paragraph(s) {shown}: the answer line was taken; check them in the preview",
            count=len(said.bold_apart), shown=numbers_listed(said.bold_apart))))
    if said.answers_omitted:
        report.notes.append(RowProblem(file, said.answers_omitted[0], None, omitted_note(said.answers_omitted), unit=unit))
    if said.terms_defined:
        report.notes.append(RowProblem(file, said.terms_defined[0], None, Words(
            "{count} question(s) under 名词解释 written as term：definition, at {shown}: the term read as the question "
            "and its definition as the reference answer; check them in the preview", count=len(said.terms_defined),
            shown=numbers_listed(said.terms_defined)), unit=unit))

"""What every bank format shares: reading the Chinese and English type names and answer spellings."""
from __future__ import annotations

import bisect
import functools
import hashlib
import io
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field, replace

from examcore.banks.answer_said import other_answer_said, other_words_said
from examcore.cli_text import Joined, Words, cli_tr, said, words_said
from examcore.questions import FALSE, NOT_A_PICTURE, TRUE, Option, Picture, Question, QuestionType

log = logging.getLogger(__name__)

TYPE_NAMES = {
    # (and the traditional characters' names, as banks from Hong Kong, Macao or Taiwan sources write them)
    QuestionType.SINGLE: ("单选", "单选题", "单项选择", "单项选择题", "single", "single_choice", "single_answer",
                          "單選", "單選題", "單項選擇", "單項選擇題"),
    # 不定项选择: one or more of the options are right, marked as a multiple choice
    QuestionType.MULTIPLE: ("多选", "多选题", "多项选择", "多项选择题", "不定项选择", "不定项选择题", "不定项", "multiple",
                            "multiple_choice", "multiple_answer", "multiple_answers", "multiple_response",
                            "多選", "多選題", "多項選擇", "多項選擇題", "不定項選擇", "不定項選擇題"),
    QuestionType.TRUE_FALSE: ("判断", "判断题", "是非题", "判断正误", "判断正误题", "是非判断题", "true_false", "truefalse",
                              "tf", "true_or_false", "judgment", "judgement", "判斷", "判斷題", "是非題", "判斷正誤題"),
    QuestionType.FILL_IN: ("填空", "填空题", "fill_in", "fill", "填空題", "fill_in_the_blank", "fill_in_the_blanks",
                           "blank", "blanks", "completion"),
    QuestionType.SHORT_ANSWER: ("简答", "简答题", "问答", "问答题", "论述题", "名词解释", "主观题", "short_answer", "essay",
                                "簡答", "簡答題", "問答題", "論述題", "名詞解釋"),
}
_TYPE_BY_NAME = {name.casefold(): t for t, names in TYPE_NAMES.items() for name in names}
TRUE_WORDS = {"对", "正确", "是", "√", "✓", "✔", "t", "true", "y", "yes"}
FALSE_WORDS = {"错", "错误", "否", "不正确", "不对", "×", "✗", "✘", "✕", "✖", "╳", "x", "f", "false", "n", "no"}
OPTION_KEYS = "ABCDEFGH"


# Limits on what one file may hold (issue 16, Why 9): a bank file is read whole into memory, so a small
# file that unpacks or expands to gigabytes is refused before it is read, and every refusal is named.
MAX_FILE_BYTES = 64 * 1024 * 1024        # a bank file as it lies on disk
MAX_PART_BYTES = 160 * 1024 * 1024       # one part of a zip unpacked (a 50,000-question sheet is ~71 MB)
MAX_UNPACKED_BYTES = 320 * 1024 * 1024   # all parts of one zip unpacked
MAX_SHEET_CELLS = 4_000_000              # rows x columns of one sheet's used area (50,000 questions x 20 = 1M)
MAX_ITEMS = 100_000                      # questions in one file
MAX_STEM_CHARS = 10_000
MAX_OPTION_CHARS = 2_000
MAX_TEXT_CHARS = 20_000                  # explanation, reference answer


@dataclass(frozen=True)
class RowProblem:
    file: str
    row: int | None     # 1-based spreadsheet row, line of a text file, or item number in a list
    column: str | None  # the header name as written in the file (or the item kind)
    message: str
    sheet: str | None = None  # the workbook sheet, when the file has sheets
    unit: str = "row"         # what ``row`` counts: "row", "line", "item" or "paragraph"
    name: str | None = None   # the item's own name in the file: a Moodle question's name, a QTI item's part

    def said(self) -> str:
        """The problem in the user's language, for the command line (``str`` is the English, for logs and
        the API)."""
        parts = [self.file]
        if isinstance(self.sheet, Words):   # a place of its own kind: a Word document's "table 2"
            parts.append(said(self.sheet))
        elif self.sheet:
            parts.append(cli_tr("sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            where = said(place(self.unit, self.row))
            parts.append(cli_tr("{place} “{name}”").format(place=where, name=self.name) if self.name else where)
        elif self.name:
            parts.append(cli_tr("“{name}”").format(name=self.name))
        if self.column:
            parts.append(cli_tr("column {column}").format(column=self.column))
        return cli_tr("{where}: {message}").format(where=cli_tr(", ").join(parts), message=said(self.message))

    def to_dict(self) -> dict:
        """The problem for the admin API: ``text`` in English and its parts, so that the admin window shows
        it in its own language (``from_dict(...).said()``)."""
        message = self.message.to_dict() if isinstance(self.message, Words) else None
        return {"text": str(self), "file": self.file, "row": self.row, "column": self.column, "sheet": self.sheet,
                "unit": self.unit, "name": self.name, "message": str(self.message), "words": message}

    @staticmethod
    def said_of(sent: object, text: str) -> str:
        """A problem the API sent (``to_dict``) in this side's language; ``text`` (its English line) when
        the parts are not there or not as expected."""
        if not isinstance(sent, dict) or not isinstance(sent.get("file"), str) or \
                not isinstance(sent.get("message"), str):
            return text
        row, column, sheet, name = sent.get("row"), sent.get("column"), sent.get("sheet"), sent.get("name")
        return RowProblem(sent["file"], row if isinstance(row, int) else None,
                          column if isinstance(column, str) else None,
                          words_said(sent["message"], sent.get("words")),
                          sheet if isinstance(sheet, str) else None, str(sent.get("unit", "row")),
                          name if isinstance(name, str) else None).said()

    def __str__(self) -> str:
        where = self.file
        if self.sheet:
            where += f", {self.sheet}" if isinstance(self.sheet, Words) else f", sheet {self.sheet}"
        if self.row is not None:
            where += f", {self.unit} {self.row}"
        if self.name:
            where += f" “{self.name}”"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


def change_said(question_id: str, stem: str, file: str, row: int | None, fields: list[str] | tuple[str, ...],
                unit: str | None = None, values: dict[str, tuple[str, str]] | None = None) -> str:
    """A question an import changes (or would), in the user's language: id, the start of its stem, where
    in the file (``unit``: what ``row`` counts, as RowProblem.unit; None from an older server, which did
    not say), and the fields that differ (``Question.to_dict`` keys), each with its value before and after
    where ``values`` gives them (shown_value's short forms; an older server sends none)."""
    names = {"type": cli_tr("type"), "stem": cli_tr("stem"), "options": cli_tr("options"),
             "answer": cli_tr("answer"), "category": cli_tr("category"), "difficulty": cli_tr("difficulty"),
             "tags": cli_tr("tags"), "explanation": cli_tr("explanation"), "points": cli_tr("points")}
    where = file if row is None else cli_tr("{file}, row/line {row}").format(file=file, row=row) if unit is None \
        else cli_tr(", ").join((file, said(place(unit, row))))
    values = values or {}
    shown = [names.get(f, f) if f not in values else cli_tr("{field} {before} → {after}").format(
        field=names.get(f, f), before=values[f][0], after=values[f][1]) for f in fields]
    return cli_tr("{qid} ({stem}, {where}): {fields}").format(
        qid=question_id, stem=repr(stem[:30]), where=where, fields=cli_tr("; ").join(shown))


SHOWN_CHARS = 24   # characters of a changed text shown before and after (the rest is "…")


def shown_value(value: object, field: str = "") -> str:
    """A field's value (Question.to_dict's) as a change shows it: answer ["A", "C"] as AC, a true/false
    answer as √ or ×, the type by its name (单选 …), options as A.甲 B.乙, a text cut to SHOWN_CHARS
    characters, nothing as "-"."""
    if value is None or value == "" or value == []:
        return "-"
    if field == "type" and value in {t.value for t in QuestionType}:
        return said(QuestionType(value).word)
    if field == "answer" and value in ([TRUE], [FALSE]):
        return "√" if value == [TRUE] else "×"
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        value = " ".join(f"{v.get('key', '')}.{v.get('text', '')}" for v in value)
    elif isinstance(value, list):
        value = "".join(map(str, value)) if all(len(str(v)) == 1 for v in value) else "；".join(map(str, value))
    text = " ".join(str(value).split())
    return repr(text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…")


def place(unit: str, number: int) -> Words:
    """Where in a file: "row 3" of a sheet, "line 3" of a text file, "item 3" of a list, "paragraph 3" of a
    Word document."""
    if unit == "line":
        return Words("line {line}", line=number)
    if unit == "item":
        return Words("item {number}", number=number)
    if unit == "paragraph":
        return Words("paragraph {line}", line=number)
    return Words("row {row}", row=number)


def json_kind(value: object) -> str:
    """What a JSON value is, in words ("a list", "a text" …) for a message that says what was found."""
    if isinstance(value, bool):
        return Words("a true/false value")
    return {int: Words("a number"), float: Words("a number"), list: Words("a list"), dict: Words("an object"),
            str: Words("a text"), type(None): Words("null")}.get(type(value), Words("something else"))


def reason_of(exc: BaseException) -> str:
    """An exception's message, kept as ``Words`` when it was raised with them (``str(exc)`` is English)."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)


@dataclass
class ImportReport:
    """What one file gave: the questions, what is wrong (nothing is imported unless the administrator
    takes the valid ones; a problem without a row refuses the whole file), what was skipped as a kind this
    product does not have, and notes (said, not refused: an encoding guessed, the sheets read).
    ``rows`` says where each question stands (parallel to ``questions``; None where unknown)."""

    file: str
    questions: list[Question] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    rows: list[int | None] = field(default_factory=list)
    sheets: list[str | None] = field(default_factory=list)   # parallel too: a workbook of several sheets' names
    declared: dict[str, str] = field(default_factory=dict)  # question id -> the id the file declares for it
    asked: dict[str, str] = field(default_factory=dict)   # question id -> its asked_key (folded once)
    # the fields this format has no place for: a question already in the bank keeps its own (a Word export
    # imported back must not clear every category, difficulty, points and tags)
    uncarried: frozenset[str] = frozenset()
    # question id -> what its format has no place for, where that is more than the file's (GIFT's essay {}
    # has no reference answer: one imported back keeps the bank's, never offered as a change that clears it)
    uncarried_of: dict[str, frozenset[str]] = field(default_factory=dict)
    unit: str = "row"   # what its numbers count (RowProblem.unit): "row", "line", "item" or "paragraph"

    def row_of(self, index: int) -> int | None:
        return self.rows[index] if index < len(self.rows) else None

    def sheet_of(self, index: int) -> str | None:
        """The sheet of question ``index`` in a workbook of several sheets (a Word document's table, as
        ``Words``); None otherwise."""
        return self.sheets[index] if index < len(self.sheets) else None

    def unit_of(self, index: int) -> str:
        """What ``row_of(index)`` counts: the report's unit, or "row" for a question of a Word document's table."""
        return "row" if isinstance(self.sheet_of(index), Words) else self.unit

    def refuse(self, message: str, **where) -> "ImportReport":
        """Refuse the whole file: nothing of it is stored, whatever --accept-valid says."""
        self.questions.clear()
        self.rows.clear()
        self.sheets.clear()
        self.problems.insert(0, RowProblem(self.file, where.pop("row", None), where.pop("column", None), message,
                                           **where))
        return self

    @property
    def refused(self) -> bool:
        """True when nothing of the file can be taken."""
        return bool(self.problems) and not self.questions


class BankImportError(ValueError):
    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        head = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(Words("{count} problem(s), nothing imported: {head}{more}",
                               count=len(problems), head=head, more=more))


class FileRefused(Exception):
    """Raised inside a reader when the whole file must be refused (too big, too many items)."""


# NFKC reads x² as x2 and H₂O as H2O: the same width, but not the same meaning. Kept apart before it folds.
_RAISED = str.maketrans({**{ch: f"^{d}" for d, ch in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")},
                         **{ch: f"_{d}" for d, ch in enumerate("₀₁₂₃₄₅₆₇₈₉")}})


_RAISED_CHARS = re.compile("[%s]" % "".join(map(chr, _RAISED)))


def _identity_text(text: str) -> str:
    """A text as content_key compares it: NFKC-folded, raised digits kept apart, and spacing left out
    except one space between two words of a spaced script ("the rapist" is not "therapist"; "第 5 条" is
    "第5条", as Chinese is read without spaces)."""
    if _RAISED_CHARS.search(text):   # rare; translating costs more than looking (bench.bank_bench)
        text = text.translate(_RAISED)
    words = unicodedata.normalize("NFKC", text).split()
    if len(words) < 2:
        return "".join(words)
    out = [words[0]]
    for word in words[1:]:   # a letter or digit of a script written with spaces (Latin, Greek …: below U+2E80)
        last, first = out[-1][-1], word[0]
        if last < "\u2e80" and first < "\u2e80" and last.isalnum() and first.isalnum():
            out.append(" ")
        out.append(word)
    return "".join(out)


def content_key(q: Question) -> str:
    """What makes two questions the same question: type, stem, options and answers, read as a person
    reads them (whitespace and full/half-width forms aside, options in any order). Category, difficulty,
    tags, points and explanation are not part of it: changing them changes the question, not its identity."""
    return question_keys(q)[0]


def question_keys(q: Question) -> tuple[str, str]:
    """(content_key, asked_key) of a question, its texts folded once."""
    stem = _identity_text(q.stem)
    if q.type.has_options:   # an option's pictures are part of what it says
        texts = {o.key: _identity_text(o.text) + ("\x00" + ",".join(p.digest for p in o.pictures) if o.pictures else "")
                 for o in q.options}
        options = sorted(texts.values())
        answers = sorted(texts.get(a, "\x00" + a) for a in q.answer)
    else:
        options, answers = [], [_identity_text(a) for a in q.answer]
    # json.dumps([type, stem, options, answers, *figures]) and the same without answers, the long part
    # written once; figures only when there are some: the keys questions always had
    head = _KEY_JSON.encode([q.type.value, stem, options])[:-1]
    figures = ", " + _KEY_JSON.encode([p.digest for p in q.pictures]) if q.pictures else ""
    return (f"{head}, {_KEY_JSON.encode(answers)}{figures}]", f"{head}{figures}]")


# json.dumps(…, ensure_ascii=False) as one encoder: dumps makes a new one each call when given options
_KEY_JSON = json.JSONEncoder(ensure_ascii=False)


def asked_key(q: Question) -> str:
    """What a question asks, its answer aside (type, stem, options as content_key reads them): two questions
    alike in this and apart in their answers are one question with a disputed key, never two."""
    return question_keys(q)[1]


def content_id(bank: str, q: Question, key: str | None = None) -> str:
    """A question's id from its content within its bank: the same question in the same bank always gets it,
    a different question (even with the same stem) or another bank never does. key: content_key(q) when
    the caller has it."""
    key = content_key(q) if key is None else key
    return "q" + hashlib.sha256(f"{bank}\x00content\x00{key}".encode()).hexdigest()[:16]


def declared_id(bank: str, declared: str) -> str:
    """The id of a question whose file declares one (an 编号/试题ID column, a JSON "id"), within its bank:
    two banks that both number their questions 1..N never meet. (A server stores the declared id as it is
    written when no other bank holds it, see sync_server.exams.question_bank; this one otherwise.)"""
    return "q" + hashlib.sha256(f"{bank}\x00id\x00{declared.strip()}".encode()).hexdigest()[:16]


# how text_files.raised writes raised or lowered text that Unicode has no marks for: ^(甲), _(n+1)
_MARKED = re.compile(r"[\^_]\((?:[^()]|\([^()]*\))*\)")


class QuestionSink:
    """Collects one file's questions for a report: gives each its id (the declared one or its content's,
    within the bank), refuses a second copy of the same question in the file, and stops at MAX_ITEMS.

    keep_declared: use a declared id as it is written (the pack tool and study files, whose ids are theirs);
    a server's bank scopes it to the bank instead."""

    def __init__(self, report: ImportReport, bank: str, keep_declared: bool = False) -> None:
        self.report, self.bank, self.keep_declared = report, bank, keep_declared
        self._ids: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._asked: dict[str, str] = {}
        self._asked_first: dict[str, tuple[int, int | None]] = {}   # as asked -> (its append count, row)
        self._appended = 0               # questions appended so far (withdrawn ones too)
        self._withdrawn: list[int] = []  # append counts of the questions withdrawn, in order
        self._picture_bytes = 0

    def add(self, q: Question, where: str, row: int | None, declared: str = "", sheet: str | None = None) -> str | None:
        """Take q (its id is replaced); or return why not ("the same question as row 3"). ``sheet``: the
        sheet it stands on, in a workbook of several."""
        if len(self.report.questions) >= MAX_ITEMS:
            raise FileRefused(Words("more than {MAX_ITEMS:,} questions in one file; split it", MAX_ITEMS=MAX_ITEMS))
        # each question keeps its own copy of its pictures: one picture used by many questions counts each time
        self._picture_bytes += sum(len(p.data) for p in q.pictures) + sum(len(p.data) for o in q.options
                                                                          for p in o.pictures)
        if self._picture_bytes > MAX_PICTURE_BYTES_PER_FILE:
            raise FileRefused(Words("the pictures of this file's questions come to more than {most} MB (each question "
                                    "keeps its own copy): split the file, or use smaller pictures",
                                    most=MAX_PICTURE_BYTES_PER_FILE >> 20))
        declared = declared.strip()
        key, asked = question_keys(q)
        qid = (declared if self.keep_declared else declared_id(self.bank, declared)) if declared \
            else content_id(self.bank, q, key)
        if qid in self._ids:
            return Words("id {declared!r} is also used by {value}",
                         declared=declared, value=self._ids[qid]) if declared \
                else Words("the same question as {value}", value=self._ids[qid])
        if key in self._keys:
            return Words("the same question as {value}", value=self._keys[key])
        if asked in self._asked:   # neither is kept: which answer is right cannot be told
            first = self._asked_first.pop(asked, None)
            if first is not None:   # the first one withdrawn (its place found without a search: a file of many)
                appended = first[0]
                at = appended - bisect.bisect_left(self._withdrawn, appended)
                del self.report.questions[at]
                del self.report.rows[at]
                if at < len(self.report.sheets):
                    del self.report.sheets[at]
                bisect.insort(self._withdrawn, appended)
                self.report.problems.append(RowProblem(self.report.file, first[1], None, Words(
                    "the same question as {value} with another answer: neither is kept; keep the right one",
                    value=where), unit=self.report.unit))
            return Words("the same question as {value} with another answer: keep the right one",
                         value=self._asked[asked])
        self._ids[qid] = self._keys[key] = self._asked[asked] = where
        self._asked_first[asked] = (self._appended, row)
        self._appended += 1
        if declared:
            self.report.declared[qid] = declared
        self.report.asked[qid] = asked
        self.report.questions.append(replace(q, id=qid))
        self.report.rows.append(row)
        self.report.sheets.append(sheet)
        if q.type is QuestionType.FILL_IN and any(
                "|" not in a and _ALTERNATIVES_AS_ONE.fullmatch(a.strip()) for a in q.answer):
            self.report.notes.append(RowProblem(self.report.file, row, None, Words(   # 60/六十: said, in every format
                "the fill-in answer {answer!r} may hold alternatives written as one (60/六十, 18或十八, 全称（简称）); "
                "it is taken whole, as written, so only that whole text is marked right: write alternatives as "
                "60|六十", answer="；".join(q.answer)[:40]), unit=self.report.unit))
        texts = (q.stem, *(o.text for o in q.options), *q.answer)
        if any("^(" in t or "_(" in t for t in texts):   # rare: looked for only then
            marked = [m.group(0) for t in texts for m in _MARKED.finditer(t)]
            if marked:   # said, so that whoever keeps the bank sees how the station will show it
                self.report.notes.append(RowProblem(self.report.file, row, None, Words(
                    "shown as {items}: raised or lowered text that has no character of its own (^(…) raised, "
                    "_(…) lowered); type it so if it is meant, or write it out in words", items=", ".join(marked)),
                    unit=self.report.unit))
        return None


# 1 (easy) … 5 (hard), as the template's 难度 column counts; the words Chinese bank templates use
DIFFICULTY_WORDS = {"易": 1, "容易": 1, "简单": 1, "低": 1, "低难度": 1, "较易": 2, "较低": 2, "偏易": 2,
                    "较低难度": 2, "中": 3, "中等": 3, "一般": 3, "适中": 3, "中难度": 3, "中等难度": 3, "较难": 4,
                    "较高": 4, "偏难": 4, "较高难度": 4, "难": 5, "困难": 5, "高": 5, "高难度": 5}


def parse_difficulty(value: object) -> int | None:
    """1–5 from a number or a word (低难度 -> 1, 中难度 -> 3, 高难度 -> 5); empty is 3; None when unreadable."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return value if 1 <= value <= 5 else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return 3
    if text in DIFFICULTY_WORDS:
        return DIFFICULTY_WORDS[text]
    stars = text.replace("☆", "").replace("*", "★")
    if stars and set(stars) == {"★"} and len(stars) <= 5:   # ★★☆☆☆: two of five
        return len(stars)
    grade = re.fullmatch(r"([一二三四五1-5])\s*[级星档]", text)   # 一级 … 五级, 3星
    if grade:
        return "一二三四五".index(grade.group(1)) + 1 if grade.group(1) in "一二三四五" else int(grade.group(1))
    return int(text) if text.isdigit() and 1 <= int(text) <= 5 else None


def parse_type(text: str) -> QuestionType | None:
    """A question type by its name: 单选, 單選題, single, "Single Choice", "True/False", "Short answer question"
    (English names with spaces, / or - read as _; "Multiple Choice" alone is not read: in English it is as
    often one right answer as several)."""
    name = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    found = _TYPE_BY_NAME.get(name)
    if found is None and name.isascii():
        spelled = re.sub(r"_questions?$", "", re.sub(r"[\s/\-]+", "_", name))
        found = _TYPE_BY_NAME.get(spelled) if spelled != "multiple_choice" else None
    return found


def parse_choice_answer(text: str) -> tuple[str, ...]:
    """"B", "A,B", "ABD", "Ａ、Ｃ", "A和C" → option keys; () when the answer holds anything but option letters
    and separators ("A and C" would otherwise name D too, "选B" or "I" a guess)."""
    folded = unicodedata.normalize("NFKC", str(text)).upper().strip()
    if folded[:1] + folded[-1:] in ("()", "[]", "【】"):   # (C), 【AB】: the letters as a paper brackets them
        folded = folded[1:-1].strip()
    if not _CHOICE_ANSWER.fullmatch(folded):
        return ()
    letters = re.findall(r"[A-H]", folded)
    if len(letters) != len(set(letters)):   # AA, ABB: a slip (which letter was meant?), never read as A
        return ()
    return tuple(sorted(letters))


_CHOICE_ANSWER = re.compile(r"[A-H](?:[\s,;/|+&、和与及]*[A-H])*")


def parse_true_false(text: str) -> str | None:
    word = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    if word in TRUE_WORDS:
        return TRUE
    if word in FALSE_WORDS:
        return FALSE
    return None


MAX_PICTURE_SIDE = 6000            # pixels on either side
MIN_PICTURE_SIDE = 4               # below it on either side a picture shows nothing (an option would look empty)
MAX_PICTURE_BYTES_PER_FILE = 64 << 20   # all the questions' pictures of one file: what one exam package may hold
MAX_PICTURE_PIXELS = 16_000_000    # in all: 64 MB once decoded at the station; a phone photo has 12 million


def picture_problem(picture: Picture) -> Words | None:
    """Why a question's picture cannot be kept: not a PNG, JPEG or GIF image that decodes whole, smaller than
    MIN_PICTURE_SIDE or larger than MAX_PICTURE_SIDE / MAX_PICTURE_PIXELS (checked before it is decoded);
    None when it can."""
    from PIL import Image, UnidentifiedImageError
    name = picture.name or picture.digest[:12]
    try:
        with Image.open(io.BytesIO(picture.data), formats=["PNG", "JPEG", "GIF"]) as image:   # no other decoder
            width, height = image.size
            if image.format not in ("PNG", "JPEG", "GIF"):
                return Words("picture {name} is not a PNG, JPEG or GIF image (save it as PNG)", name=name)
            if width < MIN_PICTURE_SIDE or height < MIN_PICTURE_SIDE:   # a spacer or a tracking dot: shows nothing
                return Words("picture {name} is {width}×{height} pixels: too small to show anything (remove it, or "
                             "put in the figure meant)", name=name, width=width, height=height)
            if width > MAX_PICTURE_SIDE or height > MAX_PICTURE_SIDE or width * height > MAX_PICTURE_PIXELS:
                return Words("picture {name} is {width}×{height} pixels; at most {side} on a side and {millions} "
                             "million in all (save it smaller)", name=name, width=width, height=height,
                             side=MAX_PICTURE_SIDE, millions=MAX_PICTURE_PIXELS // 1_000_000)
            image.load()
    except Image.DecompressionBombError:   # Pillow's own guard, far above ours: refused before it is drawn
        return Words("picture {name} has more than {millions} million pixels (save it smaller)", name=name,
                     millions=MAX_PICTURE_PIXELS // 1_000_000)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        log.info("picture %s cannot be read: %s", name, exc)
        return Words("picture {name} cannot be read as a PNG, JPEG or GIF image: save it again as PNG", name=name)
    return None


def separator_problem(accepted: list[str]) -> Words | None:
    """Why accepted answers read from a format that lists them apart (GIFT, Moodle, QTI) cannot be kept: one
    holding ; ； or |, which Xuefa's answer text uses between blanks and alternatives ("A|B" would become
    two answers, A or B); None when none does."""
    odd = next((t for t in accepted if re.search(r"[;；|]", t)), None)
    if odd is None:
        return None
    return Words("the accepted answer {value!r} holds ; or |, which Xuefa uses between blanks and alternatives: "
                 "it cannot be kept as written", value=odd)


def parse_fill_in_answer(text: str) -> tuple[str, ...]:
    """Blanks separated by ";" or "；"; alternatives within a blank by "|"."""
    return tuple(part.strip() for part in re.split(r"[;；]", str(text)) if part.strip())


# where a fill-in's answer goes: ____, （ ）, ( ) (and the GIFT/Moodle readers' BLANK, which is （　）)
# ＿＿ full width, _ _ _ spaced, { } and ｛ ｝ as some offices write a blank (GIFT's own {} is read before this)
BLANK_PATTERN = re.compile(r"_{2,}|＿{2,}|_(?: _){2,}|（[\s\u3000]*）|\([\s\u3000]*\)|\{[\s\u3000]*\}|｛[\s\u3000]*｝")


def marks_note(worth: list[float]) -> str | None:
    """A note for a multiple-answer question whose source file gives its answers their own marks (Moodle's
    and GIFT's fractions, ``worth`` in percent per option, A first): unequal shares, or marks taken off a
    wrong choice. Xuefa marks it by the exam's rule, so what is not kept is said, never dropped silently;
    None for equal shares and nothing taken off (the form Xuefa's own export writes). Rounded to 1/100 %:
    Moodle writes thirds as 33.33333 and 33.33334."""
    if len({round(w, 2) for w in worth if w > 0}) <= 1 and not any(w < 0 for w in worth):
        return None
    return Words("Moodle's marks per answer ({items}) are not kept: the exam's rule for multiple-answer questions "
                 "applies (all right answers and no wrong one; part marks only where the exam allows them, never "
                 "taken off)", items=", ".join(f"{OPTION_KEYS[n]} {w:g}%" for n, w in enumerate(worth) if w))


def count_blanks(stem: str) -> int:
    return len(BLANK_PATTERN.findall(stem))


# the format characters (Unicode category Cf) as one character class: searched once per text, not looked
# up a character at a time (50,000 questions' text)
_FORMAT_CHARS = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
                           "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
                           "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                           "\U000e0020-\U000e007f]")


# and the control characters (Unicode Cc but tab and line breaks: ESC, BEL, NUL …) and lone surrogates: shown
# as nothing or as garbage, and no Excel or Word file can hold them (the export of such a bank failed)
_UNSHOWN_CHARS = re.compile(_FORMAT_CHARS.pattern[:-1] + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _invisible(text: str) -> str:
    """The format characters (Unicode Cf: zero-width spaces, U+FEFF, bidirectional marks and overrides) and
    control characters (ESC, NUL …) a text holds, named; "" when none. A bank's text never needs them."""
    found = sorted(set(_UNSHOWN_CHARS.findall(text)))
    return ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".strip() for ch in found)


def unshown_characters(q: Question) -> str:
    """The characters of ``q``'s texts that are never shown (_invisible), named; "" when none."""
    return _invisible("".join((q.stem, q.explanation, q.category, *(o.text for o in q.options), *q.answer, *q.tags)))


# an explanation's label: 【解析】, 解析：, 答案解析： (before its words, in a key's line or a 解析 cell)
EXPLANATION_LABEL = re.compile(r"【\s{0,3}(?:答案解析|试题解析|解析)\s{0,3}】|(?:答案解析|试题解析|解析)\s{0,3}[:：]")
# an option's own letter at its start (A.宪法 under 选项A); not the first letter of an abbreviation (D.C., B.J.)
_OWN_LETTER = re.compile(r"^\s*([A-HＡ-Ｈ])\s*[.．、:：)）](?![A-Za-zＡ-Ｚａ-ｚ][.．])\s*")
_NAMES_AN_OPTION = re.compile(r"(?<![A-Za-z0-9])[A-H](?![A-Za-z0-9])")   # A和B都是, 选项C
# an option's text that starts by naming options: B、C都对, D两项, D项, D均正确, B和C
_NAMES_OPTIONS_FIRST = re.compile(r"\s*[A-HＡ-Ｈ]\s*(?:[.．、:：)）]|[两三四五项都均和与及,，])")
_ABOVE = re.compile(r"以上|上述|前述")                                      # 以上都不是, 上述说法都对


@functools.cache
def _folding_letters() -> frozenset[str]:
    """The characters that NFKC turns into, or joins to, a Latin letter or digit (Ａ, Ⓑ, ㎆, ①, a combining
    mark …): a text without any reads the same folded or not, so it is searched as it is (folding every
    option costs a 50,000-question import seconds; bench.bank_bench). Built once, in about 0.2 s."""
    return frozenset(ch for ch in map(chr, range(0x80, 0x20000)) if not 0xD800 <= ord(ch) < 0xE000 and (
        unicodedata.category(ch).startswith("M") or (
            unicodedata.decomposition(ch) and _ALNUM.search(unicodedata.normalize("NFKC", ch)))))


_ALNUM = re.compile("[A-Za-z0-9]")


def _options_as_shown(options: list[tuple[str, str]], fixed_keys: set[str]
                      ) -> tuple[list[tuple[str, str]], set[str], Words | None]:
    """Options as the station may show them, which shuffles and relabels them: a letter each option cell
    starts with (A.宪法 under 选项A, as many fill them) is left out when every option has its own, and one
    that has another's (B.刑法 under 选项A) is refused; an option that points at others by letter (A和B都是)
    keeps every option in place, and one that points at those above (以上都不是) keeps its own place
    (found by an outside tester: shown as "A. B.刑法", and 以上都不是 moved to the top)."""
    marked = [(k, _OWN_LETTER.match(t)) for k, t in options if t.strip()]
    if marked and all(m is not None for _, m in marked):
        strays = [k for k, m in marked if m is not None and unicodedata.normalize("NFKC", m.group(1)) != k]
        if strays:
            return options, fixed_keys, Words("option {key} begins with another option's letter: the options are in "
                                              "the wrong columns, or their letters do not match", key=strays[0])
        # not where what follows names options itself (A、B、C都对 under 选项A: B、C都对 changed its meaning; C、D两项
        # under 选项C: D两项)
        options = [(k, t if _NAMES_OPTIONS_FIRST.match(_OWN_LETTER.sub("", t, count=1))
                    else _OWN_LETTER.sub("", t, count=1)) for k, t in options]
    else:   # some lettered, some not: a letter left in one option's text (D.行政法 beside 宪法, 刑法) is shown
        stray = next((k for k, m in marked if m is not None and unicodedata.normalize("NFKC", m.group(1)) == k
                      and not _NAMES_OPTIONS_FIRST.match(_OWN_LETTER.sub("", dict(options)[k], count=1))), None)
        if stray is not None:   # after its letter, and after another letter once the options are shuffled
            return options, fixed_keys, Words("option {key} begins with its own letter ({key}.) and the others do "
                                              "not: the learner would see it after the letter the station gives "
                                              "it; delete it from the option's text", key=stray)
    fixed = set(fixed_keys)
    if any(_NAMES_AN_OPTION.search(t if _folding_letters().isdisjoint(t) else unicodedata.normalize("NFKC", t))
           for _, t in options):
        fixed |= {k for k, _ in options}
    fixed |= {k for k, t in options if _ABOVE.search(t)}
    return options, fixed, None


_MARK_ENDS = set("√✓✔★☆←✅☑☜☚●◎▲△◆*＊👈-）)]】。.案确对")   # how an option that _OPTION_MARK finds ends (most are passed over at once)
# an answer's or explanation's label with its value, inside a stem or an option: 答案：A, 【答案】A, 【解析】…
_ANSWER_LABEL = re.compile(r"(?:【\s*(?:正确|参考|标准)?答案\s*】|(?:正确|参考|标准)?答案\s*[:：](?=\s*(?:[A-HＡ-Ｈ]{1,8}"
                           r"(?![A-Za-z\u4e00-\u9fff])|[√×✓✗对错]|正确|错误))|【\s*(?:答案)?解析\s*】|(?:答案|试题)?解析\s*[:：])"
                           r"\s*\S{1,10}")   # (请选出正确答案：我国的… is a stem's own words)


# what marks an option as the right one, or gives its points, at the end of its text: √, （正确）, （2分）
_OPTION_MARK = re.compile(r"(?:[√✓✔★☆←✅☑☜☚●◎▲△◆*＊👈]|(?:‹--|<--|←)\s*(?:正确答案|答案|正确|对)?|\((?i:correct)\)|"
                          r"[（(\[【]\s*(?:正确|对|是|√|✓|✔|正确答案|标准答案|参考答案|正确选项|答案|选这个|选此项|选此|"
                          r"\d{1,3}(?:[.．]\d)?\s*分)\s*[)）\]】])\s*[。.]?\s*$")
# a true/false statement's answer written after it (…。（×）, …。√), or a choice's letters ending its stem (（ A ）。)
_STATEMENT_MARK_WORDS = r"(?:√|×|✓|✗|✔|✘|对|错|正确|错误)"
_STATEMENT_MARKED = re.compile(rf"(?:[。？！?!]\s*[（(]\s*{_STATEMENT_MARK_WORDS}\s*[)）]|[（(]\s*{_STATEMENT_MARK_WORDS}\s*[)）]\s*"
                               rf"[。.]?\s*$|[。？！?!]\s*[√×✓✗✔✘]\s*$)")
_LETTERS_ENDING = re.compile(r"[（(]\s*[A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}\s*[)）]\s*[。.？?]?\s*$")
# a fill-in's answer that may be alternatives written as one: 60/六十, 18或十八, 全国人民代表大会常务委员会（全国人大常委会）
_ALTERNATIVES_AS_ONE = re.compile(r"[^/／\s]+\s*[/／]\s*[^/／\s]+|[^或\s]{1,10}或(?:者)?[^或\s]{1,10}|"
                                  r"[^（）()]{2,}[（(][^（）()]{2,}[)）]")
HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}   # full-width ASCII, as typed
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def half_width(text: str) -> str:
    """``text`` with full-width ASCII and the ideographic space as typed (Ａ → A, ５ → 5); translated only when
    it holds some (str.translate with a table looks up every character: a 50,000-question import's seconds)."""
    return text.translate(HALF_WIDTH) if _FULL_WIDTH.search(text) else text
# a remark or tag ending a stem or an option (60日（易错）, …【2023年真题】): the learner would read it as the text
_REMARK_TAG = re.compile(r"[（(【\[]\s*(?:\d{4}\s*年\s*)?(?:易错题?|易混题?|真题|重点|必考|高频|常考|新增|难题|考点|"
                         r"热点|送分题?)\s*[)）】\]]\s*[。.]?\s*$")


def build_question(*, qid: str, qtype: QuestionType, stem: str, options: list[tuple[str, str]],
                   answer_text: str, category: str, difficulty: int, tags: tuple[str, ...],
                   explanation: str, fixed_keys: set[str], points: int | None = None,
                   images: tuple[str, ...] = (), pictures: tuple[Picture, ...] = (),
                   missing: tuple[str, ...] = (), option_pictures: dict[str, tuple[Picture, ...]] | None = None
                   ) -> tuple[Question | None, list[str]]:
    """One question from already-split fields, or the list of what is wrong with it (each message starts
    with the field it is about where there is one: "answer …", "stem …", "options …").

    pictures: the figures shown with the stem (kept, and shown below it at the station); option_pictures:
    each option's pictures (an option may be a picture alone, with no text); images: what
    the question shows that cannot be kept (a picture in an option or the explanation, a formula, audio);
    missing: pictures it shows that the file does not hold (linked, outside the package, damaged). Either
    is named so the question is refused rather than imported without it. Each picture is decoded
    (Pillow) and its size checked, so a station never meets one it cannot draw."""
    problems: list[str] = []
    answer: tuple[str, ...]
    if len(stem) > MAX_STEM_CHARS:
        return None, [Words("stem of {count:,} characters; at most {MAX_STEM_CHARS:,}",
                            count=len(stem), MAX_STEM_CHARS=MAX_STEM_CHARS)]
    long = [k for k, t in options if len(t) > MAX_OPTION_CHARS]
    if long:
        return None, [Words("options {items} longer than {MAX_OPTION_CHARS:,} characters",
                            items=', '.join(long), MAX_OPTION_CHARS=MAX_OPTION_CHARS)]
    if len(explanation) > MAX_TEXT_CHARS or len(str(answer_text)) > MAX_TEXT_CHARS:
        return None, [Words("explanation or answer longer than {MAX_TEXT_CHARS:,} characters",
                            MAX_TEXT_CHARS=MAX_TEXT_CHARS)]
    strange = sorted(k for k in fixed_keys if re.fullmatch(r"[A-Z]", k) and k not in {key for key, _ in options})
    if strange:   # 固定选项 Z, or fixed_options ["Z"]: which option stays in place cannot be told
        return None, [Words("the options to keep in place name {keys}, which this question has no option of "
                            "(its options: {options})", keys=", ".join(strange),
                            options=", ".join(k for k, _ in options) or "—")]
    options, fixed_keys, lettered = _options_as_shown(options, fixed_keys)
    if lettered:
        return None, [lettered]
    labelled = next(((key, m.group(0)) for key, t in (("", stem), *options)
                     if ("答案" in t or "解析" in t) and (m := _ANSWER_LABEL.search(t))), None)
    if labelled is not None:   # 国务院是（ ）。答案：A in a cell: the learner would read the answer
        problems.append(Words("{where} holds {label!r}: an answer or explanation written into it would be shown "
                              "to the learner; give it in its own place (the 答案 or 解析 column, or line)",
                              where=Words("option {key}", key=labelled[0]) if labelled[0] else Words("stem"),
                              label=labelled[1].strip()))
    marked = next(((k, m.group(0).strip()) for k, t in options if t[-1:] in _MARK_ENDS and
                   (m := _OPTION_MARK.search(t))), None)
    if marked is not None and qtype.has_options:   # A. 宪法√, C. 5（正确）: the learner would see which is right
        problems.append(Words("option {key} ends with {mark}: a mark of the right option, or points? The learner "
                              "would see it; delete it (the answer has its own place: the 答案 line or column; points "
                              "go with the stem or in 分值)", key=marked[0], mark=marked[1]))
    unread = next((k for k, t in (("", stem), *options, ("", explanation)) if "\ufffd" in t), None)
    if unread is not None:   # a character no one could read (a symbol font's, a damaged byte): never stored so
        problems.append(Words("{where} holds a character that could not be read (\ufffd): type the character itself",
                              where=Words("option {key}", key=unread) if unread else Words("the stem or explanation")))
    shown_answer = (_STATEMENT_MARKED.search(stem) if qtype is QuestionType.TRUE_FALSE else
                    _LETTERS_ENDING.search(stem) if qtype.has_options and stem.rstrip(" 。.？?")[-1:] in "）)" else None)
    if shown_answer is not None:   # 行政法规的效力高于法律。（×）, 我国的根本大法是（ A ）。 in a cell: the answer shown
        problems.append(Words("the stem holds its answer {said}: the learner would see it; write the blank as （ ） "
                              "and give the answer in its own place (the 答案 column, or line)",
                              said=shown_answer.group(0).strip()))
    tagged = next(((k, m.group(0).strip()) for k, t in (("", stem), *options) if t[-1:] in "）)】]。." and
                   (m := _REMARK_TAG.search(t))), None)
    if tagged is not None:   # 60日（易错）, …【2023年真题】: a remark the learner would read as the text
        problems.append(Words("{where} ends with {tag}: a remark or a tag? The learner would see it; move it into the "
                              "explanation (解析), or delete it", where=Words("option {key}", key=tagged[0]) if tagged[0]
                              else Words("the stem"), tag=tagged[1]))
    checked = str(answer_text)
    # (正确 | 错误 as options A | B, answered B: checked as B and as 错误, round 143)
    as_mark = next((t for k, t in options if k == unicodedata.normalize("NFKC", checked).strip().upper()), checked) \
        if qtype is QuestionType.TRUE_FALSE and options else checked
    if explanation and (qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) and (
            other_answer_said(checked, explanation) or other_words_said(checked, options, explanation) or
            as_mark != checked and other_answer_said(as_mark, explanation))
            or qtype is QuestionType.FILL_IN and other_words_said(checked, [], explanation)):
        # 答案：B with 解析：本题D。 (or 原答案有误，应为D): which is right cannot be told (round 141: stored B, exit 0)
        problems.append(Words("explanation says another answer than {answer} (or that answer wrong): correct the answer "
                              "or the explanation", answer=str(answer_text).strip()[:10]))
    if _UNSHOWN_CHARS.search(stem) or _UNSHOWN_CHARS.search(str(answer_text)) or any(
            _UNSHOWN_CHARS.search(t) for _, t in options) or _UNSHOWN_CHARS.search(explanation) or \
            _UNSHOWN_CHARS.search(category) or any(_UNSHOWN_CHARS.search(t) for t in tags):
        # rare: named field by field only then
        for where, text in ((Words("stem"), stem), *((Words("option {key}", key=k), t) for k, t in options),
                            (Words("answer"), str(answer_text)), (Words("explanation"), explanation),
                            (Words("category"), category), *((Words("tag"), t) for t in tags)):
            hidden = _invisible(text)
            if hidden:   # two questions that look alike would be two; a right-to-left mark reorders what is shown
                problems.append(Words("{where} holds invisible character(s) {hidden}: delete them (retype the text)",
                                      where=where, hidden=hidden))
    if missing:
        problems.append(Words("picture {items} is not in the file (a linked picture, one outside the package, or "
                              "damaged): put the picture itself into the file", items=', '.join(missing)))
    option_pictures = option_pictures or {}
    every = tuple(pictures) + tuple(p for k, _ in options for p in option_pictures.get(k, ()))
    problems += [p for p in map(picture_problem, every) if p is not None]
    struck = [i for i in images if getattr(i, "template", "") == "struck-through text “{text}”"]
    if struck:   # crossed out in Word: the author's deletion, or a wrong option shown as wrong?
        problems.append(Words("{items}: the station cannot show text crossed out, and whether it was meant to be "
                              "deleted cannot be told; delete it, or remove the strike-through (开始 → 删除线)",
                              items=Joined(dict.fromkeys(struck))))
        images = tuple(i for i in images if i not in struck)
    if images:
        problems.append(Words("{items} cannot be kept: a question holds text, and PNG, JPEG or GIF pictures with its "
                              "stem or on an option's own line (not in answers or explanations); no tables of several "
                              "columns, formulas, charts, drawn shapes, audio or video. The question is refused rather "
                              "than imported without it: write it as text, or save it as a picture and put that in",
                              items=Joined(dict.fromkeys(images))))
    if qtype is QuestionType.TRUE_FALSE and options:
        # a common template writes 正确/错误 in the option columns and a letter as the answer
        words = {k: parse_true_false(t) for k, t in options}
        odd = [f"{k} {t!r}" for k, t in options if words[k] is None]
        if odd:
            problems.append(Words("options of a true/false question can only be 正确/错误 (对/错), found {items}",
                                  items=', '.join(odd)))
        elif parse_true_false(answer_text) is None and parse_choice_answer(answer_text):
            letters = parse_choice_answer(answer_text)
            if len(letters) != 1 or letters[0] not in words:
                problems.append(Words("answer {answer_text!r}: a true/false question needs one of the options {items}",
                                      answer_text=answer_text, items=', '.join(words)))
            else:
                answer_text = words[letters[0]] or ""
        options = []
    empty_answer = not str(answer_text).strip() and qtype is not QuestionType.SHORT_ANSWER
    if empty_answer:   # named as such, not as "'' is not option letters"
        problems.append(Words("answer is empty: give the right answer in its own place (the 答案 column or line; an "
                              "answer in the stem's brackets is read from text and Word banks only)"))
    if qtype.has_options:
        answer = parse_choice_answer(answer_text)
        folded = unicodedata.normalize("NFKC", str(answer_text)).upper()
        twice = [k for k in "ABCDEFGH" if folded.count(k) > 1]   # A;A;B: named as such, not as "not letters"
        if not answer and not empty_answer and twice and _CHOICE_ANSWER.fullmatch(folded.strip(" ()[]【】")):
            problems.append(Words("answer {answer_text!r} names option {key} twice: which was meant? Give each "
                                  "letter once", answer_text=answer_text, key=", ".join(twice)))
        elif not answer and not empty_answer:
            problems.append(Words("answer {answer_text!r} is not option letters (A–H: A, AC or A,C)",
                                  answer_text=answer_text))
        empty = [k for k, t in options if not str(t).strip() and not option_pictures.get(k)]
        if empty:
            problems.append(Words("option {items} is empty", items=', '.join(empty)))
        texts: dict[str, str] = {}
        for k, t in options:   # two options alike: a learner cannot tell which one the key means
            shows = option_pictures.get(k)
            same = " ".join(half_width(str(t)).split()) + (   # (5 and ５ read alike; 10³ is no 103)
                "".join("\x00" + p.digest for p in shows) if shows else "")
            if same and same in texts and not same.split("\x00")[0]:
                problems.append(Words("options {texts} and {k} show the same picture", texts=texts[same], k=k))
            elif same and same in texts:
                problems.append(Words("options {texts} and {k} are the same ({same!r})",
                                      texts=texts[same], k=k, same=same.split("\x00")[0][:30]))
            texts.setdefault(same, k)
    elif qtype is QuestionType.TRUE_FALSE:
        tf = parse_true_false(answer_text)
        answer = (tf,) if tf else ()
        if not tf and not problems:
            problems.append(Words("answer {answer_text!r} is not true/false (对/错, √/×, T/F …)",
                                  answer_text=answer_text))
    elif qtype is QuestionType.FILL_IN:
        answer = parse_fill_in_answer(answer_text)
        blanks = count_blanks(stem)
        if any("\n" in blank.strip() for blank in answer):   # 15 / 注：也可填“15个工作日”。: one blank's answer on
            # several lines, a remark or an alternative among them (round 133: stored whole as the blank's answer,
            # which no learner's typed answer matches); never a line a blank (警告 / 罚款 as two blanks' answers: a
            # remark line, （顺序可颠倒）, would be a blank's too, round 134)
            problems.append(Words(
                "answer {text!r} runs over several lines for one blank: write each blank's answer on one line "
                "(blanks apart with ；, alternatives for one blank with |), and a remark in 解析",
                text=next(b for b in answer if "\n" in b.strip()).strip().replace("\n", " / ")[:40]))
        elif blanks == 0:
            problems.append(Words("stem has no blank (____ or （ ）) for the fill-in answer to go in"))
        elif answer and blanks != len(answer):
            problems.append(Words(
                "answer gives {count} blank(s) but the stem has {blanks} (separate the blanks' answers "
                "with ；, alternatives for one blank with |)",
                count=len(answer), blanks=blanks))
    else:
        answer = (str(answer_text).strip(),) if str(answer_text).strip() else ()
    # an option's spaces around it are not shown, and no layout writes them back: kept, an export imported
    # back would change every such question (issue 16)
    q = Question(qid, qtype, stem.strip(), tuple(Option(k, t.strip(), k in fixed_keys,
                                                        tuple(option_pictures.get(k, ()))) for k, t in options),
                 answer, category.strip(), difficulty, tags, explanation.strip(), points, tuple(pictures))
    answer_reported = any(p.startswith("answer") for p in problems)  # parsing already said what is wrong
    problems += [p for p in q.problems() if not (answer_reported and "answer" in p)
                 and getattr(p, "template", "") != NOT_A_PICTURE]   # picture_problem said it, by decoding it
    return (None if problems else q), problems


def problem_column(message: str) -> str | None:
    """The field a build_question message is about ("answer", "stem", "options"), for naming the column."""
    head = message.split(" ", 1)[0]
    if head in ("answer", "stem", "options"):
        return head
    return "stem" if message == Words("empty stem") else None

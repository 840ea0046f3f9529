"""What every bank format shares: reading the Chinese and English type names and answer spellings."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from examcore.questions import FALSE, TRUE, Option, Question, QuestionType

TYPE_NAMES = {
    QuestionType.SINGLE: ("单选", "单选题", "单项选择", "单项选择题", "single", "single_choice"),
    QuestionType.MULTIPLE: ("多选", "多选题", "多项选择", "多项选择题", "multiple", "multiple_choice"),
    QuestionType.TRUE_FALSE: ("判断", "判断题", "是非题", "true_false", "truefalse", "tf"),
    QuestionType.FILL_IN: ("填空", "填空题", "fill_in", "fill"),
    QuestionType.SHORT_ANSWER: ("简答", "简答题", "问答题", "short_answer", "essay"),
}
_TYPE_BY_NAME = {name.casefold(): t for t, names in TYPE_NAMES.items() for name in names}
TRUE_WORDS = {"对", "正确", "是", "√", "✓", "t", "true", "y", "yes"}
FALSE_WORDS = {"错", "错误", "否", "×", "✗", "x", "f", "false", "n", "no"}
OPTION_KEYS = "ABCDEFGH"


@dataclass(frozen=True)
class RowProblem:
    file: str
    row: int | None     # 1-based spreadsheet row, or item number in a JSON list
    column: str | None  # the header name as written in the file
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    """What one file gave: the questions, what is wrong (nothing is imported unless the administrator
    takes the valid ones), and what was skipped as a kind this product does not have."""

    file: str
    questions: list[Question] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)


class BankImportError(ValueError):
    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        head = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"{len(problems)} problem(s), nothing imported: {head}{more}")


def parse_type(text: str) -> QuestionType | None:
    return _TYPE_BY_NAME.get(unicodedata.normalize("NFKC", str(text)).strip().casefold())


def parse_choice_answer(text: str) -> tuple[str, ...]:
    """"B", "A,B", "ABD", "Ａ、Ｃ" → option keys."""
    folded = unicodedata.normalize("NFKC", str(text)).upper()
    return tuple(sorted(set(re.findall(r"[A-H]", folded))))


def parse_true_false(text: str) -> str | None:
    word = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    if word in TRUE_WORDS:
        return TRUE
    if word in FALSE_WORDS:
        return FALSE
    return None


def parse_fill_in_answer(text: str) -> tuple[str, ...]:
    """Blanks separated by ";" or "；"; alternatives within a blank by "|"."""
    return tuple(part.strip() for part in re.split(r"[;；]", str(text)) if part.strip())


def stable_id(bank: str, stem: str) -> str:
    """An id from the bank and stem, so re-importing the same question lands on the same id."""
    return "q" + hashlib.sha256(f"{bank}\x00{stem.strip()}".encode()).hexdigest()[:12]


def build_question(*, qid: str, qtype: QuestionType, stem: str, options: list[tuple[str, str]],
                   answer_text: str, category: str, difficulty: int, tags: tuple[str, ...],
                   explanation: str, fixed_keys: set[str]) -> tuple[Question | None, list[str]]:
    """One question from already-split fields, or the list of what is wrong with it."""
    problems: list[str] = []
    answer: tuple[str, ...]
    if qtype.has_options:
        answer = parse_choice_answer(answer_text)
        if not answer:
            problems.append(f"answer {answer_text!r} names no option letter")
    elif qtype is QuestionType.TRUE_FALSE:
        tf = parse_true_false(answer_text)
        answer = (tf,) if tf else ()
        if not tf:
            problems.append(f"answer {answer_text!r} is not true/false (对/错, √/×, T/F …)")
    elif qtype is QuestionType.FILL_IN:
        answer = parse_fill_in_answer(answer_text)
    else:
        answer = (str(answer_text).strip(),) if str(answer_text).strip() else ()
    q = Question(qid, qtype, stem.strip(), tuple(Option(k, t, k in fixed_keys) for k, t in options),
                 answer, category.strip(), difficulty, tags, explanation.strip())
    answer_reported = bool(problems)  # parsing already said what is wrong with the answer
    problems += [p for p in q.problems() if not (answer_reported and "answer" in p)]
    return (None if problems else q), problems

"""An answer key (参考答案) of a Word or text bank as written: its entries (1.A 2.B, 1-5：ABCDA, 一、ABCDA,
3. 依法治国, 1. A 【解析】…), read into answers by section and number for office_text.read_office_lines, which
gives them to the questions waiting for them. Every line of a key that is no entry is said, and the
questions it names are refused with it (issue 16: nothing lost or changed unseen)."""
from __future__ import annotations

import re

from examcore.banks.common import EXPLANATION_LABEL
from examcore.cli_text import Words


# an entry followed by its explanation's label, where it starts: 1.A解析：… 2.A解析：… on one line
ENTRY_EXPLAINED = re.compile(r"(?:^|(?<=[\s。；;！？!?]))(\d{1,5}\s*[.、．:：]?\s*(?:[A-HＡ-Ｈ]{1,8}|[√×对错]))\s{0,3}"
                              rf"(?:{EXPLANATION_LABEL.pattern})")
# 1. A 【解析】宪法是… / 1. A 解析：…: a key's entry and then its question's explanation
ENTRY_AFTER = re.compile(r"(?:^|[\s。；;])\d{1,5}\s*[.、．:：]\s*(?:[A-HＡ-Ｈ]{1,8}|[√×对错])(?:\s|$)")   # …。 2.B 3.A


def entry_and_explanation(text: str) -> tuple[str, str] | None:
    """``1. A 【解析】宪法是…`` as ("1. A", "宪法是…"); ("", …) for the label alone; None without an explanation
    after its label. (Found by a plain search: a pattern taking the text before it lazily tried a long run of
    spaces from each of its places.)"""
    label = EXPLANATION_LABEL.search(text) if "解析" in text else None
    if label is None or not text[label.end():].strip():
        return None
    return text[:label.start()].strip(), text[label.end():].strip()


# 2、（1）… or 2、1．A 2．B … in a key: a section's label, its entries after it
# (with 、 only: 2．（1）合法行政（2）… is question 2's answer in points)
ARABIC_KEY_LABEL = re.compile(r"(\d{1,2})\s*、\s*(?=[（(]\s*[1１]\s*[)）])|(\d{1,2})\s*、\s*(?=[1１]\s*[.．]\s*\S)")
LEFT_MARKS = re.compile(r"[\s（()）【】\[\]，,、;；。.:：]*")   # what is left of a key line once its entries are taken
# 1.A 2.B, 5.AB, 5.A,B / 5.A、B / 5.A B (a multiple choice's letters apart), 3.√, 4.对
KEY_ENTRY = re.compile(r"(\d{1,5})\s*[.、．:：)）\-－—–]?\s*([A-HＡ-Ｈa-h](?:[,，、 ]?[A-HＡ-Ｈa-h]){0,7}|√|×|✓|✔|✗|✘|✕|✖|╳|"
                        r"(?:对|错|正确|错误)(?![\u4e00-\u9fff]))")   # 对 alone, not 对行政处罚… (a written answer)


def next_point(answer: str, text: str) -> bool:
    """``text`` starts with the next point of a reference answer whose points are numbered in brackets
    ("（1）合法行政；" given, "（2）合理行政；" below it), or with its first point below an answer that announces
    them (``答：``, ``…如下：``): the same answer, not the key entry of question 1 or 2."""
    point = re.match(r"\s*[（(](\d{1,2})[)）]", text)
    if point is not None and int(point.group(1)) == 1:
        # 1. 答： / 1. …的规则如下： with （1）… on the line below: the points start there (an outside round:
        # refused as question 1 answered twice, though a paper's key is often so)
        return not answer.strip() or answer.rstrip().endswith(("：", ":"))
    return point is not None and int(point.group(1)) > 1 and re.search(
        rf"[（(]{int(point.group(1)) - 1}[)）]", answer) is not None


def written_entries(first: int, rest: str) -> list[tuple[int, str]]:
    """Fill-in answers of a key, from the first one's number and the text after it: "宪法 2. 国务院" is two when
    the numbers inside go on one by one (2. after 1.); otherwise the whole text is the first one's."""
    rest = rest.strip()
    # 1.（1）人民主权原则；（2）基本人权原则: numbers in brackets that start again at （1） (or ①) are one answer's
    # points (or a fill-in's blanks), not the next questions' entries
    points = _POINTS_FROM_ONE.search(rest) is not None
    for pattern in ((_NEXT_ENTRY_PLAIN,) if points else (_NEXT_ENTRY, _NEXT_ENTRY_BRACKETED)):   # (（2） glued to
        # an answer only when nothing else fits:
        marks = list(pattern.finditer(rest))              # 2.全国人大常委会（2）全国人民代表大会 is one entry's)
        numbers = [int(m.group(1) or m.group(2) or m.group(3)) for m in marks]
        if numbers and all(b > a for a, b in zip([first, *numbers], numbers)):
            break   # (numbers going up, gaps allowed: 1.宪法  3.方略 when 2 has its own answer)
    else:
        return [(first, rest)]
    starts = [0, *(m.end() for m in marks)]
    ends = [m.start() for m in marks] + [len(rest)]
    return [(n, rest[a:b].strip().rstrip("，,；;、。").strip()) for n, a, b in zip([first, *numbers], starts, ends)]


# the next entry's number inside a key line of written answers: 1.宪法 2.国务院, 1.宪法，2.国务院, （1）宪法 （2）国务院,
# 1、18；2、60, 1.宪法。2.国务院。, （1）18（2）60 (after 、 a digit is the answer; after . it may be a decimal: 2.5)
_NEXT_ENTRY = re.compile(r"(?:(?<!\s)\s+(\d{1,5})\s*[.、．]|[，,；;、。]\s*(\d{1,5})\s*(?:、|[.．](?!\d))|"
                         r"(?:(?<!\s)\s+|[，,；;、。]\s*)[（(](\d{1,5})[)）])\s*")   # ((?<!\s): a run of spaces tried
# from its first only, not from each of 20,000, which took seconds)
_NEXT_ENTRY_BRACKETED = re.compile(r"()()[（(](\d{1,5})[)）]\s*")   # （1）18（2）60: nothing between
_NEXT_ENTRY_PLAIN = re.compile(r"(?:(?<!\s)\s+(\d{1,5})\s*[.、．]|[，,；;、。]\s*(\d{1,5})\s*(?:、|[.．](?!\d)))()\s*")
_POINTS_FROM_ONE = re.compile(r"[（(]\s*1\s*[)）]|①")


# 1-5：ABCDA, 6～10 √×√√×, 1-5：A B C D A, 1-10：ABCDA BCDAB, 1-3：AB、C、ABD: an answer per question of the range
RANGE_ANSWER = "[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ对错]+"
# 一、ABCDA BCDAB: a section's answers in order, with no question numbers (each letter one answer; with
# separators, each group one: 二、AB、C、ABD)
BARE_RUN = re.compile(rf"\s*{RANGE_ANSWER}(?:[ \t,，、;；]+{RANGE_ANSWER})*\s*[。.]?\s*")
KEY_RANGE = re.compile(rf"(\d{{1,5}})\s*[-－—–~～至到]\s*(\d{{1,5}})\s*[.、．:：]?\s*"
                        rf"({RANGE_ANSWER}(?:[ \t,，、;；]+{RANGE_ANSWER})*)")


def key_ranges(text: str) -> tuple[str, list[str], set[int]]:
    """``text`` with each range written out (1-3：ABC -> 1.A 2.B 3.C), the ranges whose answers do not match
    their questions' count, as written, and the numbers given one letter each from letters written together
    (1-4：ABCD, 1-4：AB CD: in a multiple-choice section they may be fewer questions' letters). Answers spaced one per
    question (1-3：AB C D) may be a multiple choice's letters; letters in groups (1-10：ABCDA BCDAB) are one per
    question."""
    wrong: list[str] = []
    grouped: set[int] = set()

    def out(m: re.Match[str]) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        written = re.split(r"[ \t,，、;；]+", m.group(3).strip())
        count = last - first + 1
        if len("".join(written)) == count:
            answers = list("".join(written))
            if len(written) != count:   # (A B C D, spaced one a question, is no doubt)
                grouped.update(range(first, last + 1))
        elif len(written) == count:
            answers = written
        else:
            answers = []
        if not answers or last < first:
            given = len("".join(written)) if len(written) == 1 else len(written)
            wrong.append(Words("{range} gives {given} answer(s) for the {count} questions of its range",
                               range=m.group(0).strip(), given=given, count=max(count, 0)))
            return " "   # read as nothing, never as an answer to its last number
        return " ".join(f"{first + n}.{a}" for n, a in enumerate(answers))
    return KEY_RANGE.sub(out, text), wrong, grouped


REFERENCE_LABEL = re.compile(r"^\s*答\s*[:：]\s*")

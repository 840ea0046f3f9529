"""Questions written in the office layout (a section per type, numbered stems, 答案： lines) as lines, a
.txt or a Word document, and whether a question written so reads back as itself."""
from __future__ import annotations

import re
from pathlib import Path

from examcore.banks.office_forms import INLINE, INLINE_X, NUMERAL
from examcore.banks.office_text import read_text_bank
from examcore.questions import Picture, Question, QuestionType


DIFFICULTY_NAMES = {1: "易", 2: "较易", 3: "中", 4: "较难", 5: "难"}   # common.DIFFICULTY_WORDS reads them back
SECTION_NAMES = {QuestionType.SINGLE: "单项选择题", QuestionType.MULTIPLE: "多项选择题", QuestionType.TRUE_FALSE: "判断题",
                 QuestionType.FILL_IN: "填空题", QuestionType.SHORT_ANSWER: "简答题"}


def office_lines(questions: list[Question], pictures: bool = False) -> list:
    """The questions in the office layout office_text reads: a section per type (一、单项选择题 …, in that
    order), numbered stems, one option a line (A. …), 答案： and 解析： lines. Kept: type, stem, options,
    answers (√/× for true/false, blanks apart by ；, alternatives by |), explanation, and below it 难度：
    (when not 中), 知识点： (the category) and 分值：N分. Not kept by the layout: tags. A line of a stem,
    option or explanation that itself looks like a numbered stem, an option or an 答案： line would be read
    back as one: such text needs another format (JSON or Excel). pictures: each question's pictures follow its stem (a Word document holds them;
    plain text does not)."""
    lines: list = []
    sections = [t for t in SECTION_NAMES if any(q.type is t for q in questions)]
    for numeral, qtype in zip(NUMERAL, sections):
        lines.append(f"{numeral}、{SECTION_NAMES[qtype]}")
        for n, q in enumerate((q for q in questions if q.type is qtype), start=1):
            # a Word document holds the stem's pictures in the stem's own paragraph: no doubt whose they are
            lines.append((f"{n}. {q.stem}", q.pictures) if pictures and q.pictures else f"{n}. {q.stem}")
            lines += [(f"{o.key}. {o.text}", o.pictures) if pictures and o.pictures else f"{o.key}. {o.text}"
                      for o in q.options]
            if q.type is QuestionType.TRUE_FALSE:
                answer = "√" if q.answer == ("T",) else "×"
            elif q.type.has_options:
                answer = "".join(q.answer)
            else:
                answer = "；".join(q.answer)
            if answer or q.type is QuestionType.SHORT_ANSWER:   # 答案： alone: a short answer with no reference
                lines.append(f"答案：{answer}")                    # answer says so (its neighbours' read on)
            if q.explanation:
                lines.append(f"解析：{q.explanation}")
            # below the explanation, as banks that keep them write them; the reader takes them back
            if q.difficulty != 3:
                lines.append(f"难度：{DIFFICULTY_NAMES[q.difficulty]}")
            if q.category:
                lines.append(f"知识点：{q.category}")
            if q.points is not None:
                lines.append(f"分值：{q.points}分")
    return lines


# what in a question's text the office layout could read as its own marks: a line break, a letter with a
# mark after it (an option), an answer or explanation label, a section numeral; a question without any is
# written and read back as itself, and only the others are tried
# what may read back as something else: checked by reading the question back (an answer in the stem's brackets
# too: 宪法规定（ × ）是错误的说法 with the answer 对 came back refused)
_RISKY = re.compile(r"\n|[A-Ha-hＡ-Ｈａ-ｈ]\s*[.．、:：)）]|。\s*\S|[，,]\s*(?:因为|理由|依据|根据)|答案|解析|[一二三四五六七八九十]\s*[、.．]|^\s*[(（]?\d|"
                    # a prefix the reader takes as no words of the stem: 【单选题】, （本题2分）, 题库编号1024： (round 87)
                    r"^\s*[【\[［〔（(]|^\s*(?:题库|试题|题目)\s*(?:编号|ID|id)|共用|"
                    r"[：:，,、]\s*$|"   # 解析：见下： would take the 难度：/知识点： line below it as its own words
                    # a bracket ending the stem, whatever pair (<(a]: an answer in brackets to the reader, a
                    # hypothesis example; read back to tell)
                    r"[（(［\[〔﹙【][^（(［\[〔﹙【]{0,24}[）)］\]〕﹚】]\s*[。.？?]?\s*$|"
                    + INLINE.pattern + "|" + INLINE_X.pattern)


# a stem that is all an answer could be (a, AB, √, 对): as a numbered line below a lone 答案： it is a key's entry
_ANSWER_LIKE = re.compile(r"\s*(?:[A-Ha-hＡ-Ｈａ-ｈ]{1,8}|[√×✓✗✔✘]|对|错|正确|错误)\s*")


def reads_back(q: Question) -> bool:
    """Whether ``q`` written in the office layout (office_lines) reads back as itself: its content and
    explanation. One that would not (a stem with a numbered list, an option whose text starts "B.") is
    left out of a .docx or .txt export by name, never written to come back as other questions."""
    from examcore.banks.common import content_key
    if _ANSWER_LIKE.fullmatch(q.stem):   # 2. a below the 答案： of a short answer with none: read as that key's
        return False                     # entry for question 2 (read alone it comes back; among others not)
    texts = [q.stem, q.explanation, q.category, *(o.text for o in q.options), *q.answer, "；".join(q.answer)]
    if len(q.category) <= 90 and not any(_RISKY.search(t) for t in texts):   # (as written)
        return True
    back = read_text_bank("\n".join(office_lines([q])), "check", "check")
    if len(back.questions) != 1 or back.problems:
        return False
    got = back.questions[0]
    return content_key(got) == content_key(q) and (got.explanation, got.category, got.difficulty, got.points) == (
        q.explanation.strip(), q.category, q.difficulty, q.points)


def write_docx_bank(questions: list[Question], path: Path) -> None:
    """The office layout (office_lines) as a Word document, a paragraph a line, each picture in its own
    paragraph below its stem, at most 15 cm wide (python-docx)."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from docx.text.paragraph import Paragraph
    document = docx.Document()
    body = document._body   # python-docx inserts each paragraph before the section properties by scanning the
    sections = body._element.sectPr   # body (a 4,000-question export took 7 s, 50,000 never ended): they are
    if sections is not None:          # appended here, and the section properties put back after them
        body._element.remove(sections)

    def add_paragraph(text: str = "") -> Paragraph:
        element = body._element.makeelement(qn("w:p"), {})
        body._element.append(element)
        paragraph = Paragraph(element, body)
        if text:
            paragraph.add_run(text)
        return paragraph
    def fit(shape) -> None:   # noqa: ANN001 - python-docx's InlineShape
        if shape.width > Cm(15):
            shape.height, shape.width = int(shape.height * Cm(15) / shape.width), Cm(15)
    for line in office_lines(questions, pictures=True):
        if isinstance(line, Picture):
            fit(add_paragraph().add_run().add_picture(io.BytesIO(line.data)))
            continue
        if isinstance(line, tuple):   # a stem or an option, and its pictures, in its own paragraph
            text, shown = line
            *before, last = text.split("\n")   # a stem of several lines: the pictures go with its last one
            for part in before:
                add_paragraph(part)
            paragraph = add_paragraph(last)
            for picture in shown:
                fit(paragraph.add_run().add_picture(io.BytesIO(picture.data)))
            continue
        for part in line.split("\n"):
            add_paragraph(part)
    if sections is not None:
        body._element.append(sections)
    document.save(str(path))

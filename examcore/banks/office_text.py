"""Banks in the layouts that circulate in Chinese offices, read line by line: a plain-text (.txt) file's lines
or a Word document's paragraphs (word_docx turns a .docx into lines; office_prepass breaks up lines first).

    一、单项选择题（每题2分）
    1. 我国的根本法是（ ）。
    A. 宪法    B. 刑法
    C、民法典  Ｄ．行政法
    答案：A
    解析：宪法是国家的根本法。
    （2）国家的一切权力属于（ A ）。      <- the answer may stand in the brackets
    二、判断题
    1、宪法是国家的根本法。（ √ ）
    参考答案                               <- or an answer key at the end, by section and number
    一、1.A 2.B
    二、1.√

A section heading (一、单项选择题 …, or a line that is only a type name) sets the type of the questions
under it; stems are numbered ``1.`` ``1、`` ``（1）``; options stand on their own lines or several on one
line (``A.`` ``A、`` ``Ａ．``); ``答案：`` and ``解析：`` lines, or an answer key at the end; blanks as ``（ ）``
and ``____``. A question whose paragraphs hold an image is refused by name (banks cannot keep images yet).
Every problem names the file, the line (paragraph in a .docx) and what was expected.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from examcore.banks.common import (BLANK_PATTERN, MAX_ITEMS, MAX_TEXT_CHARS, OPTION_KEYS, FileRefused, ImportReport,
                                   QuestionSink, RowProblem, build_question, parse_choice_answer, parse_difficulty,
                                   parse_type, place)
from examcore.banks.excel_bank import TICKED, _split_options, ticked_options
from examcore.banks.office_drafts import Draft, Material, is_short
from examcore.banks.office_forms import (ANSWER, ANSWER_SENTENCE, ANY_TYPE_NAME, CAPTION, EXPLAIN, HEADING_LONGEST,
                                         HEADING_WITH_INSTRUCTIONS, INLINE, INLINE_X, KEY_HEADING, KEY_OPENING,
                                         MAX_LINES, META_WORDS, NUMBERED, NUMERAL, ONLY_ONE, OPTION, SAYS_MULTIPLE,
                                         TWO_OR_MORE, TYPE_ALONE, TYPE_AS_SUBJECT, KeyPart, answer_omitted,
                                         as_usual_marks, asks_about_a_table, chinese_number, heading_remarks,
                                         heading_says_more, heading_type, key_parts, numbers_listed,
                                         refuse_what_it_lacks, term_and_definition, without_remarks)
from examcore.banks.office_key import (MARKS_IN_WORDS, ANSWER_ENTRY, ARABIC_KEY_LABEL, BARE_RUN, KEY_ENTRY, KEY_RANGE, AnswerKey,
                                      entries_only, entry_and_explanation, is_correction, key_ranges, next_point,
                                      numbered_on, written_entries)
from examcore.banks.office_notes import TITLE_NOTES, Readings, say_readings
from examcore.banks.stem_marks import CHOICE_ONLY
from examcore.banks.instructions import NOT_FACTS, assessed_only, instructions_only, plain_instructions
from examcore.banks.office_prepass import (grid_keys, labelled_questions, lines_apart, lone_numerals_joined,
                                           margin_marks_moved, typed_numbers_joined, wrapped_headings_joined,
                                           wrapped_key_ranges_joined)
from examcore.cli_text import Words
from examcore.questions import Picture, QuestionType


# kinds whose question is one statement: a numbered paragraph after one starts the next (no list inside it)
_ONE_STATEMENT = (QuestionType.TRUE_FALSE, QuestionType.FILL_IN)
# 考点： 法律依据： 【难度】： and a bracketed label without its colon (【考点】…, 〔分析〕…)
_LABEL = re.compile(r"^\s*(?:[【\[〔]?[\u4e00-\u9fff]{2,6}[】\]〕]?\s*[:：]|[【〔][\u4e00-\u9fff]{2,6}[】〕])")
# what is left ending a choice's or true/false stem after its answer was read that still looks like an answer
_ANSWERISH_END = re.compile(r"[（(［\[〔﹙【]\s*(?:答\s*[:：]\s*|选\s*)?(?:[A-HＡ-Ｈa-hａ-ｈ](?:\s*[、,，；;./／．]?\s*[A-HＡ-Ｈa-hａ-ｈ]){0,7}"
                            r"\s*[.．]?\s*(?:项|[\u4e00-\u9fff]{1,6})?|[√×✓✔✗✘✕✖╳☑✅vV]{1,2}|[对错是否](?:\s*[√×])?|正确|错误|"
                            r"[TFＴＦtf])\s*[。.]?\s*[）)］\]〕﹚】]\s*[。.？?]?\s*$")
# a true/false mark in the brackets that end a statement (its answer; one inside the sentence is its own text)
_MARK_ANY = re.compile(r"[（(]\s*(√|×|✓|✔|✗|✘|✕|✖|╳|对|错|正确|错误)\s*[）)]")
# an answer's letters written inside the blank's line (国家主席任期____C____年。)
_UNDERSCORED = re.compile(r"(?<!_)_{2,}(?!_)\s*([A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}|√|×)\s*_{2,}")   # (a run
# of underscores tried from its first only: from each of 60,000 took minutes)
WIDEST_SPACE = 64   # spaces in a row a line keeps (a blank drawn with spaces is far shorter)
_WIDE_SPACE = re.compile(rf"[^\S\n]{{{WIDEST_SPACE + 1},}}")
# "1. 18", "1、国务院": a numbered answer, not a number with a decimal point (3.14)
_NUMBERED_ANSWER = re.compile(r"^\s*(\d{1,5})\s*(?:[、．)）]|\.(?!\d))\s*\S")


# a page's number as a PDF or Word copy prints it: 第 1 页 共 2 页, 共2页 第1页, — 2 —, - 2 -, Page 2 of 5, 2 / 5,
# ·3·, P3, 〔3〕
_PAGE_MARK = re.compile(r"第\s*\d{1,4}\s*页\s*[，,/]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|"
                        r"[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|\d{1,4}|(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?|"
                        r"\d{1,4}\s*[/／]\s*\d{1,4}|[·•‧・]\s*\d{1,4}\s*[·•‧・]|[Pp]\.?\s*\d{1,4}|〔\s*\d{1,4}\s*〕")
# a running head and the page number on one line (学法用法考试题库      第 1 页), or the other way round
_DIGIT = re.compile(r"\d")
_FRACTION = re.compile(r"\d{1,4}\s*[/／]\s*\d{1,4}")   # 2/3: a page of three, or two thirds (答案： then 2/3: its answer)
_HEAD_AND_PAGE = re.compile(rf"(?P<head>\S.*?)(?:\s{{2,}}|\t)(?:{_PAGE_MARK.pattern})|"
                            rf"(?:{_PAGE_MARK.pattern})(?:\s{{2,}}|\t)(?P<tail>\S.*)")


# a section heading of a kind Xuefa has not (五、计算题, 六、案例分析题): numbered with a Chinese numeral, naming
# one of these kinds; any other heading (一、选择题, 不定项选择题) leaves the type to be told by the answers
_OTHER_KINDS = "计算|案例|材料|连线|匹配|配伍|B1?型|排序|综合|作图|操作|听力|论证"   # (B型题, 配伍题: options shared)
_OTHER_SECTION = re.compile(rf"^\s*(?:[{NUMERAL}]+\s*[、.．]|第[{NUMERAL}\d]+部分|[（(][{NUMERAL}]+[)）])\s*"
                            rf"([^\s（(：:，,。]{{0,6}}(?:{_OTHER_KINDS})[^\s（(：:，,。]{{0,4}}题)"
                            r"\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")


# a section heading that names no one type (一、选择题, 二、客观题): a section whose questions' answers tell their
# type (one letter: single choice; several: multiple), as questions under no heading are told
_UNTYPED_SECTION = re.compile(rf"^\s*(?:[{NUMERAL}]+\s*[、.．]|第[{NUMERAL}\d]+部分|[（(][{NUMERAL}]+[)）])\s*"
                              r"(?:[^\s（(：:，,。、]{0,8}选择题|选择|客观题|单选、多选题|单、多选题)\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")
# any other line shaped as a section heading (三、法条理解题): glued into the stem above it, it would change the
# question; said instead
_SECTION_LIKE = re.compile(rf"^\s*(?:[{NUMERAL}]+\s*[、.．]|第[{NUMERAL}\d]+部分)\s*"
                           r"[^\s（(：:，,。、]{1,10}题\s*(?:[（(][^（）()]*[）)])?\s*[:：]?\s*$")


def _other_section(text: str) -> re.Match[str] | None:
    """五、计算题, 七、案例分析题 (a kind Xuefa has not, or whose questions tell their type), also with its
    instructions after a colon or a space (七、案例分析题：本大题共2小题，每小题10分; an outside round: the heading
    had been refused as saying more than instructions)."""
    found = _OTHER_SECTION.match(text)
    if found is not None or len(text) > HEADING_WITH_INSTRUCTIONS or "题" not in text[:16]:
        return found
    parts = _HEADING_AND_REST.match(text)
    return _OTHER_SECTION.match(parts.group(1)) if parts and instructions_only(parts.group(2)) else None


# a heading's name and what follows it after a colon, a space or its bracket (七、案例分析题：…, 四、案例分析题（每小题5分）…)
_HEADING_AND_REST = re.compile(rf"^(\s*[{NUMERAL}]+\s*[、.．]\s*[^\s（(：:，,。]{{1,12}}题(?:\s*[（(][^（）()]*[）)])?)"
                               r"\s*(?:[：:]|\s|(?<=[）)]))\s*(\S.*)$")


def _untyped_section(text: str) -> re.Match[str] | None:
    """二、选择题, a section naming no one type, with its remark after a space, a colon or in 【】 too
    (一、选择题：每题只有1个正确答案 had been a title, an outside round)."""
    found = _UNTYPED_SECTION.match(text)
    if found is not None or len(text) > HEADING_LONGEST or "选择" not in text[:16]:   # (every line passes here)
        return found
    return _UNTYPED_SECTION.match(without_remarks(" ".join(text.split())))


_UPWARD = re.compile(r"[如见据依由从]上图|上图(?:所示|中|为|是|的)")
_DOWNWARD = re.compile(r"[如见据依由从]下图|下图(?:所示|中|为|是|的)|如图|图中|图示")


# an option's line as some write it, which is not read as one: A 人民 (no mark), a. 人民 (a small letter)
_UNMARKED_OPTION = re.compile(r"^\s*(?:[A-HＡ-Ｈ]\s+\S|[a-h]\s*[.．、:：)）]\s*\S)")
_UNMARKED_INLINE = re.compile(r"(?<=[。？?）)])\s*[AＡ]\s+\S+\s+[BＢ]\s+\S.*")   # …（ ）。 A 人民 B 政协 on the stem's line
_META = re.compile(rf"^\s*(?:[【\[〔]{META_WORDS}[】\]〕]\s*[:：]?|{META_WORDS}\s*[:：])\s*(\S.{{0,99}}?)\s*$")


_DECIMAL_START = re.compile(r"^\s*\d{1,5}[.．]\d")   # 3.5万元: a decimal, where a question's number may stand
_ENDED = re.compile(r"[。？！?!；;：:）)」”\"…]\s*$")     # a line that ends a sentence (or a stem's bracket)
# a stem's line cut in a word (…《行政处罚法》第 / 4、5项规定…, …、 / …，), as long as a page's width: whatever
# number the line below starts with, it may be the rest (an outside round: question 3 was stored cut at 第,
# the key's answer with it). (A term ends in 与, 和, 及: 赠与, 公众参与; a short line is whole: a round after)
_CUT_IN_A_WORD = re.compile(r"^[^\n]{14,}(?:第|[《、，,])\s*$")


# what signs a bank off below its last question: （完）, a date, who compiled it (XX市司法局法治宣传科 编)
# (a date: 2024年5月, 2024.5.1, 2024-05; round 133: 2024.5.1 below a key was read as its entry for question 2024)
_DATE = (r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|"
         r"[.．/\-]\d{1,2}(?:[.．/\-]\d{1,2})?)")
_SIGNED = (rf"[（(]?\s*(?:全卷|全文|本卷|试卷)?\s*完\s*[）)]?|[（(]?\s*{_DATE}\s*[）)]?|"
           rf"\S.{{1,30}}?(?:局|科|办|处|委员会|中心|部|院|所|室|组)\s*{_DATE}\s*(?:编|制|印|编印)?|"   # (命题组 2024年5月)
           r"\S.{1,30}?(?:\s编|(?:局|科|办|处|委员会|中心|部|院|所|室|组)\s*编|\s*(?:编印|汇编|印发|编制|命题|出题|翻印|供稿))|"
           r".{0,20}仅供参考.{0,6}")
_OFFICE = r"\S.{1,30}?(?:办|办公室|局|科|处|委员会|中心|厅|司法所|委|宣传部)"
_DATED = re.compile(rf"(?:[^\d\s].{{0,30}}?\s*)?[（(]?\s*{_DATE}\s*[）)]?\s*(?:编|制|印|编印)?")   # (命题组 2024.5.1)
_SIGN_OFF = re.compile(f"{_SIGNED}|{_OFFICE}")   # (完, a date, who made it, 仅供参考; or an office's name alone)
_SIGNED_SURELY = re.compile(_SIGNED)   # an office's name alone may be a reference answer's last line


# a line naming a question or correcting an answer (第3题, 应为, 更正): never a sign-off, a title or a remark left out
# (注：第3题答案应为D，其余以上答案仅供参考。 had been the file's sign-off, the correction lost, exit 0: round 126)
_NAMES_A_QUESTION = re.compile(rf"第\s*[\d{NUMERAL}]{{1,4}}\s*小?题|应为|应是|改为|更正|勘误|订正")


def _signed_off(texts: list[str], lines: list[tuple[int, str, list[str]]]) -> set[int]:
    """The lines at the end of a file that sign it off (_SIGN_OFF), read from the last one up: at most three,
    and only where a question's own form (a number, an option, an answer label) does not stand."""
    found: set[int] = set()
    for i in range(len(texts) - 1, -1, -1):
        if not texts[i] and not lines[i][2]:
            continue
        if len(found) >= 3 or lines[i][2] or not _SIGN_OFF.fullmatch(texts[i]) or (
                not _DATED.fullmatch(texts[i]) and (   # (2024.5.1 is a date, no number's mark)
                    _structural(texts[i]) or _NAMES_A_QUESTION.search(texts[i]) or
                    re.search(r"\d\s*[.、．]|^[一二三四五六七八九十]+\s*[、.．]", texts[i]))):   # (a key's line, 四、1. 宪法 …)
            break
        found.add(i)
    above = next((texts[i] for i in range(min(found, default=len(texts)) - 1, -1, -1) if texts[i]), "")
    if found and not re.search(r"[。？！?!）)]\s*$|^[（(].*[)）]$", above):
        return set()   # the line above does not end (…依次为：, …，): these carry it on, never a sign-off
    return found


# a section's instructions below its heading: a bracketed remark, 说明：…, or the paper's scoring line
_INSTRUCTION = re.compile(r"\s*(?:[（(][^（）()]{2,200}[)）][。.]?|(?:说明|注意|注|要求|提示|答题要求|答题说明|考生须知|考生注意|"
                          r"作答要求|作答说明)\s*[:：].{1,200}|"
                          r"得\s*分\s*[:：]?\s*_*\s*(?:评\s*卷\s*人\s*[:：]?\s*_*)?|"
                          # 正确的打“√”，错误的打“×”。, 每小题2分，共4分。, 本大题共2小题…在每小题列出的四个备选项中…: the
                          # section's rules written without brackets (an outside round: they refused the whole paper)
                          r"(?=[^（）()]{0,200}?(?:打\s*[“\"‘']?\s*[√✓×✗]|每小?题\s*\d{1,3}(?:\.\d)?\s*分|"
                          r"(?:本大题|本部分|本题型)共\s*\d{1,3}\s*小?题|备选项中))(?![^\n]*[（(]\s*[)）])[^？?\n]{2,200})\s*")


# what an unnumbered question asks (an essay written under its heading), never a section's instructions
_ASKS_AN_ESSAY = re.compile(r"论述|谈谈|简述|试述|阐述|请结合|写一篇|为题|结合[^。]{0,30}?(?:谈|论|说明|分析)|说明理由|为什么|如何理解|什么是")


# a line that belongs to no stem or option: a label (考点：, 出处：, 注：, 【来源】), a remark in brackets alone, a
# paper's scoring line, or a heading of a part or of a kind not read (第二部分 民法典, B卷, PART 2)
_PART_LIKE = re.compile(r"\s*(?:第[一二三四五六七八九十\d]{1,3}\s*(?:部分|单元|章|篇|卷|编)|PART\s*\d|[A-FＡ-Ｆ]\s*卷\s*$)", re.I)


# labels of what a bank adds about a question (not a speaker's name: 张三说：… is a stem's own line)
_REMARK_LABEL = re.compile(r"\s*[【\[〔]?(?:考点|出处|来源|题目来源|试题来源|依据|法律依据|法条依据|法条链接|相关法条|备注|点评|评析|"
                           r"分析|注释|注|提示|链接|参考)[】\]〕]?\s*[:：]|\s*[【〔][\u4e00-\u9fff]{2,6}[】〕]")


def _stray(text: str) -> bool:
    return bool(_REMARK_LABEL.match(text) or _INSTRUCTION.fullmatch(text) or
                _PART_LIKE.match(text) or (len(text) <= 20 and ANY_TYPE_NAME.search(text.casefold()) and
                                           not BLANK_PATTERN.search(text)))


def _take_as_point(current: Draft, text: str, n: int) -> None:
    """Line ``text``, numbered ``n``, is the next point of the numbered list in ``current``'s explanation (or
    reference answer), not a question."""
    if current.in_explanation:
        current.explanation.append(text)
    else:
        current.answer = f"{current.answer}\n{text}".strip()
    current.list_next = n + 1


def _next_papers_title(current: Draft, text: str, after: str) -> bool:
    """``text``, between a question that has its answer and a section heading (``after``), is the title of the
    next paper or part (2024年试卷 above 一、单项选择题): short, no sentence, no option, label or heading. The
    answer may be in the stem's brackets (宪法是根本法。（√）, 首都是（ A ）。) and the stem ended."""
    if len(text) > 30 or (heading_type(after) is None and _untyped_section(after) is None):
        return False   # (most lines: asked first, before the searches below)
    answered = current.answer is not None or bool(current.stem) and bool(
        _MARK_ANY.search(current.stem[-1]) or INLINE.search(" ".join(current.stem))) and \
        bool(_ENDED.search(_last_text(current)))
    return answered and not current.in_answer and \
        (not current.in_explanation or bool(_ENDED.search(_last_text(current)))) and len(text) <= 30 and \
        not NUMBERED.match(text) and not OPTION.match(text) and not _UNMARKED_OPTION.match(text) and \
        heading_type(text) is None and not _other_section(text) and not _untyped_section(text) and \
        not re.search(r"[。？！?!；;：:，,]\s*$", text) and not _LABEL.match(text) and not EXPLAIN.match(text) and \
        not ANSWER.match(text) and not _META.match(text) and \
        (heading_type(after) is not None or _untyped_section(after) is not None)


# 第二章 民法典, 第三编 合同, 第一部分 宪法: a part of the bank named, its name the category of its questions
_CHAPTER = re.compile(r"\s*第\s*[一二三四五六七八九十百\d]{1,4}\s*(?:章|编|部分|节)\s*[、.．:：]?\s*(?!.*(?:题|答案|练习|测试|试卷))"
                      r"(\S.{0,28})$")   # (第一部分 必答题, 第二章 练习题: a paper's parts, not a topic)


# （每小题2分）, （共10分）, (2分/题) after a topic's title: about its questions' points, not part of its name
_TOPIC_POINTS = re.compile(r"(?:\s*[（(]|\s+(?=每))\s*(?![^（()）]*(?:其中|第\s*\d+\s*题|除))"   # (其中第5题3分: one apart)
                           r"((?:本部分|本节|本章)?\s*(?:每|共|(?=\d))[^（()）]{0,24}?(?:\d|[一二两三四五六七八九十])\s*分"
                           r"(?!之|钟|别|配|析|类)[^（()）]{0,12})[)）]?\s*$")   # (（二）刑法 每小题4分: no bracket)


# （一）宪法, (二) 行政法: a topic's title inside a section (a short name, no sentence, no type), never under a
# case heading; the name of a law or a field (…法, …条例, …知识), or a word of four characters at most: （一）张三醉酒驾驶
# 机动车被查获, （一）网吧接纳未成年人 are a case's facts (an outside round: stored as categories, the stems
# without them)
_TOPIC = re.compile(r"\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*"
                    r"([^\s，,。；;：:？?（()）、]{2,24}(?:[（(](?:[一二三四五六七八九十\d]{1,3}|\d{4}年(?:修正|修订|修订版)?)[)）])?)"
                    r"\s*")   # (（一）行政许可法（2019年修正）: the revision's year is the name's)
_A_TOPIC = re.compile(r"(?!.*(?:违反|违背|执行|适用|涉嫌|侵犯|侵害|拒|未|被|将|向|对|泄露|拖欠|擅自|实施|构成))"
                      r"(?!.*(?:简述|论述|试述|试析|阐述|谈谈|如何|怎样|什么|哪些|为何|为什么|是否))"   # a question asks
                      r"(?:.{1,4}|.{2,22}(?:法|法律|法规|条例|规定|规则|办法|准则|编|篇|章|知识|常识|部分|制度|原则|纪律|党规|理论|"
                      r"思想|精神|权利|义务|责任|职权|职责|职能|程序|体系|机构|法治|公开|保密|安全|保护|司法解释|》|修正案[（(][^）)]+[）)]|"
                      r"[（(]\d{4}年(?:修正|修订|修订版)?[)）]))")


def _topic_title(text: str) -> str | None:
    """The topic's name where the line is a topic's title (（一）宪法), never a section's (（三）判断题)."""
    topic = _TOPIC.fullmatch(text)
    name = topic.group(1).strip() if topic is not None else ""
    return name if name and _A_TOPIC.fullmatch(name) and re.match(NOT_FACTS, name) and \
        not ANY_TYPE_NAME.search(name.casefold()) else None


# （一）宪法、刑法 / （一）民法典 总则编 above a numbered question: shaped like a topic's title, yet not read as one
_TOPIC_SHAPED = re.compile(r"\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*" + NOT_FACTS +
                           r"(?!.*(?:违反|违背|涉嫌|侵犯|侵害|拒|未|被|将|向|对|泄露|拖欠|擅自|实施|构成))"
                           r"[^。？！?!；;：:（()）]{2,20}(?:[（(][^（()）]{1,30}[)）]){0,2}\s*")   # (no party, no act)


def _not_a_topic(file: str, number: int, text: str, n: int, unit: str) -> RowProblem:
    """A line shaped like a topic's title right above question ``n`` that the reader does not take for one:
    said as that (round 90: "neither a numbered question nor the section's instructions … put it under a
    案例分析题 heading" led the clerk astray)."""
    return RowProblem(file, number, None, Words(
        "{text!r} above question {n} looks like a topic's title but is not read as one: a topic's title names a law "
        "or a field (…法, …条例, …制度, …职权) or has four characters at most, and its points are written per "
        "question (（每小题2分）); write it so, or give each question a 知识点： line and delete this line",
        text=text[:30], n=n), unit=unit)


def _says_more(file: str, number: int, heading: str, said: str, unit: str) -> RowProblem:
    """A section heading that says more than its instructions (一、单项选择题（张三向区政府申请…）, 四、案例分析题：
    张三…): refused by name, with what it says, never dropped with the heading."""
    return RowProblem(file, number, None, Words(
        "the section heading {text!r} says more than the section's instructions: {said!r}. If it is the case or "
        "material of the questions below, put it on a line of its own below the heading (under 案例分析题, or "
        "saying which questions it serves: 阅读下列材料，回答1-2题); else delete it", text=heading[:20],
        said=said[:40]), unit=unit)


def _instructions_end_here(after: str) -> bool:
    """Below a case heading, an instruction-like line (not bracketed nor labelled) is the section's instructions
    only when a question, a heading or more instructions follow it; followed by a case's lines it is the case's
    first line (考试规定考生须用2B铅笔
    填涂答题卡… then 考试结束后，该考生申请人工阅卷…: an outside round found the first line dropped, the case
    stored cut)."""
    return not after or bool(NUMBERED.match(after)) or heading_type(after) is not None or \
        bool(_other_section(after)) or instructions_only(after)


def _numbered_by_chinese_numerals(texts: list[str], i: int, known: dict[int, str], block: int) -> str:
    """How the section of line ``i`` (section ``block``) numbers its questions: "yes" when by （一）（二）… only:
    from its heading to the next, no line is numbered 1. or （1） and its （一）-lines count 1, 2, 3 … with none
    again; "broken" when its first line is （一）… with no 1. right below it (so not a topic above numbered
    questions) but the numerals repeat or skip, lines numbered 1. 2. stand among them, or answers below
    答案/参考答案 are numbered （一）（二） too (outside rounds 81 to 85); else "no". ``known``: the answer by
    section, each section read once (a section of thousands of such lines stays linear)."""
    if block in known:
        return known[block]
    first = i
    while first > 0 and not _a_heading(texts[first - 1].strip()):
        first -= 1
    marks: list[int] = []
    said: list[str] = []
    answered_so = False   # 答案： or 参考答案 with （一）… right below it: answers numbered as the questions are
    lines_after = (t for t in (t.strip() for t in texts[first:]) if t)
    text = next(lines_after, None)
    while text is not None:
        following = next(lines_after, None)
        if said and _a_heading(text):
            break
        if said and KEY_HEADING.match(text) and not (
                (label := _BARE_ANSWER_LABEL.fullmatch(text)) is not None and label.group(1) is None) \
                and not (following is not None and _CASE_NUMBER_MARK.match(following)):
            break   # 参考答案 then 三、 1. …: the paper's key, not the section's (round 85)
        if (cn := _CASE_NUMBER_MARK.match(text)) is not None:
            marks.append(chinese_number(cn.group(0).strip(" （()）")))
            answered_so = answered_so or bool(said) and bool(KEY_HEADING.match(said[-1]))
        said.append(text)
        text = following
    # (a key's 1. A 2. A lines are no numbered lines of the section: outside round 83)
    numbered = any(NUMBERED.match(t) and not _is_key_line(t) for t in said)
    leads = bool(said) and _CASE_NUMBER_MARK.match(said[0]) is not None and not (
        len(said) > 1 and NUMBERED.match(said[1]))
    counted = bool(marks) and marks == list(range(1, len(marks) + 1))
    known[block] = "yes" if counted and not numbered and not answered_so else \
        "broken" if leads and marks[:1] == [1] and (numbered or len(marks) >= 2 or answered_so) else "no"
    return known[block]


def _a_heading(text: str) -> bool:
    return heading_type(text) is not None or bool(_other_section(text)) or bool(_untyped_section(text))


def _chapter_of(text: str, before: str) -> str:
    """The category a title line gives the questions below it: a chapter's name, else the one before."""
    m = _CHAPTER.match(text)
    return m.group(1).strip() if m else before


def _chapter_note(text: str) -> str:
    return Words("{text!r} read as a chapter's title: {name} is the category of the questions below it (a 知识点： "
                 "line of their own wins)", text=text[:30], name=_chapter_of(text, ""))


# 2 全国人大…, 2。全国人大…: a question's number with a space or a full stop where its mark goes
_UNMARKED_NUMBER = re.compile(r"(\d{1,4})(?:\s+|\s*[。，,]\s*)(?![\d%％年月日])(\S.*)")


def _all_with_options(texts: list[str], start: int) -> bool:
    """The section from ``start`` to the next heading has numbered questions, each with options A. and B.
    below it and no written answer (答：…): choice questions under a case's heading (二、案例分析题). An
    ordering or matching section (排序题, 连线题) is never one: its answer is an order, not a set of options."""
    questions, letters = 0, ""
    for text in texts[start:]:
        if heading_type(text) is not None or _other_section(text) or _untyped_section(text):
            break
        if NUMBERED.match(text):
            if questions and not letters.startswith("AB"):
                return False
            questions, letters = questions + 1, ""
        elif OPTION.match(text):   # A．… B．… on one line: each of its letters (a paper's usual layout)
            letters += "".join(re.findall(r"(?:^|(?<=\s))([A-H])\s*[.、:)]", unicodedata.normalize("NFKC", text.strip())))
        elif _WRITTEN_ANSWER.match(text):   # 答：有效。… : a case question answered in words
            return False
    return questions > 0 and letters.startswith("AB")


_WRITTEN_ANSWER = re.compile(r"\s*[【\[〔]?(?:答|参考答案|答案要点|参考要点|分析)[】\]〕]?\s*[:：]")
_CASE_KINDS = re.compile(r"案例|材料|综合")   # headings whose questions may be choices; 排序, 连线, 计算 … never


def _a_term(d: Draft) -> bool:
    """A short answer that is a term alone so far (名词解释: “三重一大”制度), one short line with no punctuation."""
    return d.qtype is QuestionType.SHORT_ANSWER and d.answer is None and not d.in_explanation and \
        len(d.stem) == 1 and len(d.stem[0]) <= 24 and not re.search(r"[，,。；;：:？?（(、]", d.stem[0])


def _last_text(d: Draft) -> str:
    """The last line of what was read of a question so far: its answer, explanation, last option or stem."""
    if d.in_answer and d.answer:
        return d.answer[d.answer.rfind("\n") + 1:]   # (never the whole answer split at each line)
    if d.in_explanation and d.explanation:
        return d.explanation[-1]
    if d.answer:
        return d.answer
    return d.options[-1][1] if d.options else (d.stem[-1] if d.stem else "")


def _numbered_below(lines: list[tuple[int, str, list[str]]], i: int) -> bool:
    """A numbered question follows line ``i`` in its section (before the next heading or answer key)."""
    for j in range(i + 1, len(lines)):
        text = lines[j][1].strip()
        if not text:
            continue
        if heading_type(text) is not None or _other_section(text) or KEY_HEADING.match(text):
            return False
        if NUMBERED.match(as_usual_marks(text)):
            return True
    return False


def _introduces_material(lines: list[tuple[int, str, list[str]]], i: int) -> bool:
    """Lines from ``i`` that end, before the next question, with 根据上述材料，回答1-2题。: facts above the
    questions they name, in an ordinary section ((一)某市2023年受理…件。 then that line, or both on one)."""
    for j in range(i, min(i + 12, len(lines))):
        text = lines[j][1].strip()
        if j > i and (NUMBERED.match(text) or heading_type(text) is not None or _other_section(text) or
                      ANSWER.match(text) or OPTION.match(text)):
            return False
        if "题" in text and _MATERIAL_UP_RANGE.search(text):
            return True
    return False


def _next_question(lines: list[tuple[int, str, list[str]]], i: int) -> str:
    """The next numbered line after line i, past section headings; "" when text of another kind comes
    first."""
    for j in range(i + 1, len(lines)):   # (no slice: a document of many pictures would copy it each time)
        text = lines[j][1].strip()
        if not text:
            continue
        if NUMBERED.match(text):
            return text
        if heading_type(text) is None and not _other_section(text) and not CAPTION.match(text) and \
                not _untyped_section(text):
            return ""   # (a figure's caption goes with its figure: it does not stand between)
    return ""


def _point_or_question(lines: list[tuple[int, str, list[str]]], i: int, n: int) -> str | None:
    """Line i, numbered n, below an explanation whose numbered list has reached n - 1: "question" when options
    or an answer line follow it, "point" when the numbered lines below it go on n + 1, n + 2 … and then n
    stands again (question n, below the list's last point); None when neither can be told."""
    if re.search(r"[；;，,、]\s*$", lines[i][1]):
        return "point"   # 2.严格执法； ends as a list's point does, never as a question
    following = n + 1   # (1. 2. 3. under 包括： then 2. 简述…: the list went past 2, so its 2. was a point)
    for j in range(i + 1, min(i + 30, len(lines))):
        text = lines[j][1].strip()
        if not text:
            continue
        if OPTION.match(text) or ANSWER.match(text):   # (below n + 1's line instead: n's own cannot be told)
            return "question" if following == n + 1 else None
        if heading_type(text) is not None or KEY_HEADING.match(text):
            return None   # (the numbers below a heading or a key are another run's)
        numbered = NUMBERED.match(text)
        if numbered:
            at = int(numbered.group(1) or numbered.group(2))
            if at == n:
                return "point"
            if at != following:
                return None
            following += 1
    return None


def _last_in_its_section(lines: list[tuple[int, str, list[str]]], i: int) -> bool:
    """Nothing but a section heading, an answer key's heading or the end of the paper follows line ``i``."""
    for j in range(i + 1, len(lines)):
        text = lines[j][1].strip()
        if text:
            return heading_type(text) is not None or bool(KEY_HEADING.match(text)) or _other_section(text) is not None
    return True


def _asks(text: str) -> bool:
    """``text`` asks something, as a question's stem does: 简述…, …？, a blank, （ ）."""
    return bool(_ASKING.match(text) or re.search(r"[？?]\s*$", text) or BLANK_PATTERN.search(text) or
                INLINE.search(text))


# an appendix's title after an answer key (附：常用期限对照, 附表, 附录一 相关法条): never one naming answers or questions
# (附：答案更正, 附：第3题解析), which may correct the key
_APPENDIX = re.compile(r"\s*附(?:录|件|表)?\s*[一二三四五六七八九十\d]?\s*[:：、.．]?\s*"
                       r"(?:(?!更正|勘误|订正|修正|纠错|答案|题|应|改)[^\d])*")
# a section's name of no kind Xuefa reads (补充题, 附加题), perhaps with its points: 三、补充题（10分）
_UNREAD_KIND = re.compile(r"[\u4e00-\u9fff]{1,8}题\s*(?:[（(][^（()）]{0,20}[)）])?\s*[:：]?")


# a line of a reference answer that is an answer key's entry: 2. 答：…, or 四、1. 答：… with its section's label
# (its section's numeral and its number taken)
_ENTRY_INSIDE = re.compile(r"(?m)^\s*(?:([一二三四五六七八九十]{1,3})\s*、\s*)?(\d{1,4})(?:\s*[.、．]\s*答\s*[:：]|[ \t\u3000]+(?=\S))")
# (or 1 依据…: a key's entries numbered with no mark, round 115: the whole key stored as the last answer, exit 0)


def _points_below(texts: list[str], at: int) -> int:
    """The highest of the numbers 1. 2. … that start the lines below line ``at``, as long as they go up."""
    highest = 0
    for j in range(at + 1, min(at + 60, len(texts))):
        if not texts[j] or _topic_title(texts[j]):
            continue
        entry = NUMBERED.match(texts[j])
        if entry is None or int(entry.group(1) or entry.group(2)) != highest + 1:
            break
        highest += 1
    return highest


def read_office_lines(lines: list[tuple[int, str, list[str]]], file: str, bank: str,
                      unit: str = "line", pictures: dict[str, Picture] | None = None,
                      auto_numbered: frozenset[int] = frozenset(),
                      labelled: dict[int, str] | None = None,
                      coloured: dict[int, list[tuple[str, str]]] | None = None,
                      underlined: dict[int, list[tuple[str, str]]] | None = None,
                      bold: dict[int, list[tuple[str, str]]] | None = None,
                      key_cells: dict[int, tuple[int, int]] | None = None,
                      unread_key_numbers: dict[int, list[int]] | None = None) -> ImportReport:
    """lines: (line or paragraph number, text, images shown in it) in document order; unit: what the number
    counts, for the problems; pictures: the image files the document holds, by the names ``lines`` use;
    labelled: paragraph -> the number Word draws in front of it (word_numbering), already at the start of its
    text; auto_numbered: the paragraphs Word numbers itself (its list numbering), whose numbers are not in their
    text: one inside a question refuses it by name rather than importing it without the number shown;
    coloured: paragraph -> (line, mask) of its lines with coloured characters (mask "1" per coloured one): a
    choice question with no answer given whose options are partly written in colour (or highlighted) takes
    the coloured ones as its answer, as many circulated banks mark it (标红), and the report says so;
    underlined: paragraph -> (line, mask) of its lines with underlined words: a fill-in with no answer given
    and no blank takes its underlined words as its blanks' answers (said too); an option underlined, or bold
    (``bold``, the same form), with no answer given and no colour, is the answer, as a coloured one is;
    key_cells: paragraph -> (the cell's first paragraph, the entry's number) of an answer key table's cells
    (word_docx): in the key, each cell is its entry whole, its paragraphs its answer as written whatever their
    words (from a 解析 paragraph on, its explanation); number 0: a 题号 | 答案 table not read as a key (refusing
    what it would answer); -1: a table's letters (or a range's) as one key line; unread_key_numbers: such a table
    not read (its first paragraph) -> the question numbers its 题号 column names.

    An image on the stem's lines (a figure below a question, "如图所示") is kept as the question's picture;
    one on an option, answer or explanation line, or one the document does not hold, refuses the question
    by name."""
    return _PaperReader(lines, file, bank, unit=unit, pictures=pictures, auto_numbered=auto_numbered,
                        labelled=labelled, coloured=coloured, underlined=underlined, bold=bold,
                        key_cells=key_cells, unread_key_numbers=unread_key_numbers).read()


class _PaperReader:
    """The reading of one Word or text paper, line by line (read_office_lines): what has been read so far
    (sections, questions drafted, the answer key, materials, pictures), and the reading of each line."""

    def __init__(self, lines: list[tuple[int, str, list[str]]], file: str, bank: str,
                 unit: str = "line", pictures: dict[str, Picture] | None = None,
                 auto_numbered: frozenset[int] = frozenset(),
                 labelled: dict[int, str] | None = None,
                 coloured: dict[int, list[tuple[str, str]]] | None = None,
                 underlined: dict[int, list[tuple[str, str]]] | None = None,
                 bold: dict[int, list[tuple[str, str]]] | None = None,
                 key_cells: dict[int, tuple[int, int]] | None = None,
                 unread_key_numbers: dict[int, list[int]] | None = None) -> None:
        self.lines = lines
        self.file = file
        self.bank = bank
        self.unit = unit
        self.pictures = pictures or {}
        self.auto_numbered = auto_numbered
        self.labelled = labelled or {}
        self.coloured = coloured or {}
        self.underlined = underlined or {}
        self.bold = bold or {}
        self.key_cells = key_cells or {}
        self.unread_key_numbers = unread_key_numbers or {}
        self.cells_taken: set[int] = set()   # key table cells (their first paragraphs) read whole as entries
        self._last_key_heading: int | None = None   # (last_key_heading)
        self._raw_lines: dict[int, str] | None = None   # (_entry_written_so: each line as written, by its number)
        if len(self.lines) > MAX_LINES:
            raise FileRefused(Words("more than {count:,} lines (paragraphs): a bank of at most {items:,} questions never "
                                    "needs so many; split the file", count=MAX_LINES, items=MAX_ITEMS))
        wide = [n for n, raw, _ in self.lines if len(raw) > WIDEST_SPACE and _WIDE_SPACE.search(raw) and
                n not in self.coloured and n not in self.underlined and n not in self.bold]   # (most lines: the length alone)
        if wide:   # thousands of spaces in a line: every search that starts with "spaces, then …" tried each of them
            spaced = set(wide)
            self.lines = [(n, _WIDE_SPACE.sub(lambda m: m.group(0)[:WIDEST_SPACE], raw) if n in spaced else raw, images)
                          for n, raw, images in self.lines]   # (said below, once the report is made)
        # the headings the paper numbers 1、 2、 (1、单选题, read as 一、 below): its key may name their sections so
        self.arabic_heading_lines = {n for n, raw, _ in self.lines if raw.lstrip()[:1].isdigit() and
                                     heading_type(as_usual_marks(f"一、{re.sub(r'^[0-9]+[、.．]', '', raw.strip())}")) is not None}
        self.lines = lines_apart(wrapped_key_ranges_joined(grid_keys(typed_numbers_joined(margin_marks_moved(
            labelled_questions(wrapped_headings_joined(lone_numerals_joined(self.lines))))))),
            {**self.coloured, **self.underlined, **self.bold})
        self.readings = Readings()   # what was read in ways to check in the preview, said once each at the end
        self.report = ImportReport(self.file, uncarried=frozenset({"category", "difficulty", "points", "tags"}), unit=self.unit)
        if wide:
            self.report.notes.append(RowProblem(self.file, wide[0], None, Words(
                "runs of more than {count} spaces shortened to {count} (nothing but spaces taken out), at {where}",
                count=WIDEST_SPACE, where=numbers_listed(wide)), unit=self.unit))
        self.drafts: list[Draft] = []
        self.section = 0
        self.qtype: QuestionType | None = None
        self.in_key = False
        self.key_section = 0
        self.current: Draft | None = None
        self.chapter = ""   # 第二章 民法典 above a part's sections: the category of the questions below it
        self.topic_name, self.topic_block, self.topic_number = "", -1, 0   # （二）刑法 inside section ``topic_block``: its questions'
        # category below the chapter's (宪法/国家机构); ``topic_number``: the last （N） topic's N, so （三） follows （二）
        self.topic_points: tuple[str, int] | None = None   # the topic's points per question (（一）宪法（每小题2分）) and its line
        self.topic_refused: tuple[int, int] | None = None   # a topic-shaped line not read as one: its line, its section
        self.topic_names: set[str] = set()   # the topics' names read among the questions (a key may repeat them)
        self.key_topic = (0, 0, 0)   # the key's last topic label: (its key's opening, the key's section, its （N）)
        self.carried: list[str] = []   # a picture above the next question, whose stem says 如上图
        self.material: Material | None = None   # the material standing above the questions that follow
        self.materials: list[Material] = []
        self.skipped_blocks: set[int] = set()   # sections of a kind Xuefa has not whose skipping is said
        self.cased = False   # the section is of cases (二、案例选择题): a line of its own above a question is its material
        self.skipped_numbers: set[tuple[int, int]] = set()   # (section, number) of questions of kinds Xuefa has not
        self.block = 0                 # section headings read so far
        self.block_points: dict[int, tuple[str, int]] = {}   # a section's points per question from its heading, and its line
        self.last_mark: dict[int, tuple[int, bool]] = {}   # section -> the last （N） line's N, and whether it was a topic
        self.past_its_section: set[int] = set()   # lines of materials naming a question under the next heading (said there)
        self.numerals_broken: dict[int, int] = {}   # sections whose （一）（二） numbering repeats or skips: the line it is said at
        self.chinese_numbered: dict[int, str] = {}   # section -> how its questions are numbered (_numbered_by_chinese_numerals)
        self.restarted_at: dict[int, int] = {}   # index in drafts of a question numbered from 1 again below a topic: its line
        self.skipping = ""             # the name of a section of a kind Xuefa has not (计算题): its questions are skipped
        self.skipped_style: bool | None = None   # whether that section's questions are numbered in brackets （1）
        self.placed: set[int] = set()  # lines whose pictures went to a question (or were refused with it)
        self.doubtful = False          # the next question may own a picture that could not be placed
        self.following = [""] * len(self.lines)   # the next line with text after each line (found once, backwards)
        for i in range(len(self.lines) - 2, -1, -1):
            after = self.lines[i + 1][1].strip()
            self.following[i] = after or self.following[i + 1]
        self.a_is_true: set[int] = set()   # true/false sections whose heading says A is right and B wrong
        self.two_or_more: set[int] = set()   # sections whose heading says each question has two or more right answers
        self.section_types: dict[int, QuestionType] = {}   # the question sections read so far: a key may name them by type
        self.draft_at: dict[tuple[int, int], Draft] = {}   # (section, number) -> its question, as read so far
        self.drafts_numbered: dict[int, list[Draft]] = {}  # number -> the questions of that number, in any section
        self.options_shared: tuple[int, int, set[int]] | None = None   # （1-2题共用备选答案）: its line, section, questions
        self.options_unnamed: list[tuple[int, int]] = []   # such marks naming no question by number: line, section
        self.key_lines: list[int] = []                      # where answer keys start
        self.answer_key = AnswerKey(self.drafts, self.draft_at, self.drafts_numbered, self.section_types, self.report, self.file, self.unit)
        self.arabic_headed: set[int] = set()   # sections whose heading the paper numbered 1、 2、 (read as 一、 二、)
        self.labels_read: dict[int, bool] = {}   # the key's first line -> whether its 1、 2、 lines name sections
        self.tables_seen: list[tuple[int, int]] = []   # (block, line) of each table of data met
        self.term_sections: set[int] = set()   # sections headed 名词解释
        self.captioned = ""          # where the picture of the line before went: "carried", "current" or "refused"
        self.carried_caption: list[str] = []   # the caption of a carried picture: it goes with it, below the stem
        self.title_lines: set[str] = set()   # the lines above the first question, which a copy repeats on each page
        self.texts = [as_usual_marks(raw.strip()) for _number, raw, _images in self.lines]
        self.furniture = _running_heads([t if not images else "" for t, (_n, _r, images) in zip(self.texts, self.lines)])
        self.repeated = self.furniture.repeated
        self.paged_file = any(_PAGE_MARK.fullmatch(t) for t in self.texts if t)   # a copy of pages: its title may repeat as a head
        self.signed_off = _signed_off(self.texts, self.lines)   # XX市司法局 编 / 2024年3月 / （完） below the last question

    def drafts_here(self, block_of: int) -> bool:
        """Whether a question of the section ``block_of`` has been read already."""
        return bool(self.drafts) and self.drafts[-1].block == block_of

    def next_text(self, i: int) -> str:
        return self.following[i]

    def next_past_topics(self, i: int) -> str:
        """The next line with text below line i that is no topic's title (（一）宪法 heading a key's entries)."""
        for j in range(i + 1, min(i + 40, len(self.lines))):
            text = self.lines[j][1].strip()
            if text and not _topic_title(text):
                return text
        return ""

    def key_ends_at(self, parts: list[KeyPart], after: str) -> bool:
        """A label alone (二、判断题) ends the key when the line ``after`` it is that section's first question,
        not its key: a question line, or a numbered one whose text is no letter or mark a key of a choice or
        true/false section gives (4. 判一); never a line answering a question still waiting."""
        if len(parts) != 1 or not parts[0].labelled or \
                self.answer_key.awaited(self.answer_key.labelled_section(parts[0]), after):
            return False
        # 三、附加题 or 二、简答题, then 1. 谈谈…的理解, in a paper with no section of that numeral (nor of that type):
        # no label of the key's, but a section of questions after it (its lines had been refused as the key's, with
        # messages about numbers)
        unlabelled = bool(parts[0].section) and NUMBERED.match(after) is not None and not any(
            d.section == parts[0].section or parts[0].qtype is not None and d.qtype is parts[0].qtype for d in self.drafts)
        if parts[0].rest.strip():   # 三、补充题 then 1. 首都是____。: a section of a kind the key does not name, its
            # questions below (round 118: glued to the last short answer's reference answer, the questions lost)
            return parts[0].qtype is None and _UNREAD_KIND.fullmatch(parts[0].rest.strip()) is not None and (
                _is_question_line(after) or unlabelled)
        return _is_question_line(after) or unlabelled or (
            parts[0].qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) and
            NUMBERED.match(after) is not None and not _is_key_line(after))

    def key_follows(self, i: int) -> bool:
        """An answer key's lines follow line i: a key line, perhaps after a label of its own (一、单项选择题)."""
        labelled = 0   # the section a label alone names (四、简答题): its awaited questions' numbers are entries
        for j in range(i + 1, min(i + 40, len(self.lines))):
            text = self.lines[j][1].strip()
            if not text or _topic_title(text):   # (参考答案 / （一）宪法 / 1.答：…: the key's labels as the paper's)
                continue
            if self.lines[j][0] in self.key_cells:   # a Word table of the key's entries (word_docx)
                return True
            parts = key_parts(text)
            if not (len(parts) == 1 and parts[0].labelled and not parts[0].rest.strip()):
                return _is_key_line(text) or bool(labelled and self.answer_key.awaited(labelled, text))
            labelled = self.answer_key.labelled_section(parts[0])
        return False

    def entry_follows(self, i: int) -> bool:
        """参考答案 then 1. 答：… where question 1 of the paper waits for its answer: the key, even under a section of
        a kind Xuefa has not (round 110: read as the skipped 案例分析题's answer, the short answers above stored
        without theirs, exit 0)."""
        after = as_usual_marks(self.next_past_topics(i))   # (第1题答案：A as 1. 答案：A)
        return ANSWER_ENTRY.match(after) is not None and self.answer_key.awaited(0, after)

    def last_key_heading(self) -> int:
        """The index of the paper's last line that may head an answer key (参考答案, 答案： alone), -1 for none; read
        once."""
        if self._last_key_heading is None:
            self._last_key_heading = next((j for j in range(len(self.texts) - 1, -1, -1)
                                           if KEY_HEADING.match(self.texts[j])), -1)
        return self._last_key_heading

    def entry_of_one_waiting(self, i: int) -> bool:
        """参考答案 below the last question, then 2. … where question 2 (above, or the last one itself) waits for its
        answer (question 1 has its own): the key, never the last question's answer in points from 2 (outside round
        115: refused as a doubt between the two; a reference answer's points start at 1)."""
        entry = NUMBERED.match(self.next_past_topics(i))
        n = int(entry.group(1) or entry.group(2)) if entry is not None else 0
        if n < 2 or self.current is None:
            return False
        block = self.current.block
        if n == self.current.number:   # the last question's own number: 参考答案 / 2. … below question 2 (stored as its
            # answer "2. …", round 120), unless the lines below go on past the paper (2. …， / 3. … with no question 3:
            # its answer's lines as written, never cut at 3.)
            below = [NUMBERED.match(self.lines[j][1].strip()) for j in range(i + 1, min(i + 40, len(self.lines)))]
            after = [int(m.group(1) or m.group(2)) for m in below if m is not None][1:2]
            if after and not any(d.block == block for d in self.drafts_numbered.get(after[0], [])) or any(
                    d.answer is None for d in self.drafts if d.block == block and d is not self.current):
                return False   # (only where every question above has its own answer: a key of the last alone)
        return any(d.number == n and d.answer is None and not d.broken and d.block == block
                   for d in self.drafts_numbered.get(n, []))

    def choices_answered_below(self, i: int) -> bool:
        """参考答案 below the last question while choice or true/false questions above wait for their answers, and a
        line below is one's entry alone (1. A, 2、×): the key of them all, never the last question's answer (round
        141: 参考答案 / 3. …分为三个阶段。 / 1、申请； … / 1. A / 2. C went whole into short answer 3's answer)."""
        for j in range(i + 1, min(i + 200, len(self.texts))):   # (bounded: a key's choices stand near its top; a
            # paper labelling each question's 参考答案 meets the next label a few lines down)
            if KEY_HEADING.match(self.texts[j]):
                return False   # (参考答案 again further down: their key is that one)
            n = self._entry_number(self.texts[j])
            if n and entries_only(self.texts[j]) and any(
                    d.answer is None and not d.broken and d.qtype in (
                        QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) and
                    not (d.coloured or d.underlined or d.bold) and not INLINE.search(" ".join(d.stem))
                    for d in self.drafts_numbered.get(n, [])):
                return True
        return False

    def keys_waiting_questions(self, current: Draft, after: str, heading: str, at: int) -> bool:
        """参考答案 then 1. 宪法 below a fill-in or choice question while the question before waits for its
        answer too: the key of them all (a fill-in's key: the answers are words), not the last one's answer;
        below short answers only after 参考答案 or 标准答案 alone (答案： then 1. … is a reference answer's points)."""
        entry = NUMBERED.match(after)
        before_waits = len(self.drafts) > 1 and self.drafts[-2].answer is None and self.drafts[-2].block == current.block and \
            not INLINE.search(" ".join(self.drafts[-2].stem)) and not INLINE_X.search("\n".join(self.drafts[-2].stem))
        if entry is None and before_waits and BARE_RUN.fullmatch(after) and not is_short(current) and \
                current.qtype is not QuestionType.MULTIPLE:   # (ABD below a multiple choice is its answer)
            return True   # 参考答案 then ABCDA: the answers of the questions above, in their order
        if entry is None or not before_waits:
            return False
        n = int(entry.group(1) or entry.group(2))
        if is_short(current):   # 参考答案 alone, then 1. …: the key of them all; 答案： then 1. …: its points
            lowest = min(d.number for d in self.drafts if d.block == current.block)
            return _KEY_WORD_ALONE.fullmatch(heading) is not None and n in (1, lowest) and \
                current.number > n and not any(d.block == current.block and d.answer is not None for d in self.drafts) \
                and _points_below(self.texts, at) <= current.number
            # (10. 11. numbered on through the paper: 参考答案 / 10. 答：… is the key too; it had gone whole into
            # question 11's answer)
            # (not where the questions above have answers of their own: 参考答案： is then each one's label, and
            # below the last its own points; nor with more points than questions: the last one's points)
        return n <= current.number

    def section_waits(self, section: int) -> bool:
        """Section ``section`` has a question still waiting for its answer (a key's 七、略 or 七、1.… is its label)."""
        return any(d.section == section and d.answer is None and (section, d.number) not in self.answer_key.answers
                   and d.number not in self.answer_key.loose for d in self.drafts)

    def reads_as_answers_of(self, section: int, rest: str) -> bool:
        """``rest`` (after a key's 三、) could be fill-in section ``section``'s answers in turn: as many short words as
        its questions, no sentence's end (宪法；国务院, not 行政拘留。 or 程序正当；高效便民。)."""
        words = [w for w in re.split(r"[\s;；,，、]+", rest.strip()) if w]
        return self.section_types.get(section) is QuestionType.FILL_IN and not re.search(r"[。.！!？?]\s*$", rest) and \
            len(words) == sum(1 for d in self.drafts if d.section == section) and all(len(w) <= 12 for w in words)

    def has_section(self, section: int) -> bool:
        return any(d.section == section for d in self.drafts)

    def named_so(self, section: int) -> bool:
        """A key's 2、 names section 2 surely: the paper numbered its headings so, or its questions are answered
        by letters or marks (2、1．AB … cannot be question 2's answer). Under 二、简答题 it may be question 2's
        answer in points (2、1．合法行政；2．合理行政。): a key whose labels name only such sections is not read
        as sections."""
        found = [d for d in self.drafts if d.section == section]
        return bool(found) and (section in self.arabic_headed or not all(is_short(d) for d in found))

    def numbered_in_brackets(self, section: int) -> bool:   # the section's questions are numbered （1）（2）…
        found = [d for d in self.drafts if d.section == section]
        return bool(found) and all(d.bracketed for d in found)

    def arabic_key_follows(self, at: int) -> bool:
        """The heading at ``at`` (参考答案, 参考答案与评分标准) has below it a key whose lines 1、（1）… 2、（1）… name
        the paper's sections (arabic_labels_sections): a key, not the last question's answer."""
        below = next((j for j in range(at + 1, min(at + 5, len(self.texts))) if self.texts[j]), None)
        return below is not None and ARABIC_KEY_LABEL.match(self.texts[below]) is not None and \
            self.arabic_labels_sections(below)

    def arabic_labels_sections(self, at: int) -> bool:
        """The key line ``at`` stands in labels its parts as the paper's sections (1、（1）… 2、（1）…, or 1、1．A 2．B):
        each such line names a section of the paper, one whose questions are numbered （1）（2） when its entries
        are, no section twice, and no line of the key labels one 一、 (then 2、（1）合法行政（2）… is question 2's
        answer in points)."""
        start = at
        while start > 0 and not (KEY_HEADING.match(self.texts[start]) or KEY_OPENING.match(self.texts[start])):
            start -= 1
        if start not in self.labels_read:
            labels = [m for t in self.texts[start:] if (m := ARABIC_KEY_LABEL.match(t))]
            named = [int(m.group(1) or m.group(2)) for m in labels]
            self.labels_read[start] = bool(named) and len(set(named)) == len(named) and \
                all(self.numbered_in_brackets(int(m.group(1))) if m.group(1) else self.has_section(int(m.group(2)))
                    for m in labels) and any(self.named_so(int(m.group(1) or m.group(2))) for m in labels) and \
                not any(re.match(rf"\s*[{NUMERAL}]+\s*[、.．]", t) for t in self.texts[start:])
        return self.labels_read[start]

    def opens_key(self, rest: str, current: Draft | None) -> bool:
        """What follows 答案： on its line is an answer key, not the question's answer: several answers
        (1.A 2.B, 1-5 ABCDA, 1.18 2.3 3.2018), or a numbered one below a fill-in or choice question, whose
        own answer is never written with a number ("参考答案：1. 18"), unless the numbers are its blanks'
        (答案：（1）全国人大常委会；（2）全国人民代表大会 below a fill-in of two blanks)."""
        if len(rest.strip()) <= 1:   # 答案：A, 答案：√: one answer (most lines), never a key (asked first: its cost)
            return False
        if current is not None and not current.options and current.answer is None and \
                _numbered_blanks(rest) != rest and \
                len(_numbered_blanks(rest).split("；")) == len(BLANK_PATTERN.findall(" ".join(current.stem))):
            return False
        if _is_key_line(rest) and _several_answers(rest):
            return True
        if _PART_ONE.match(rest) and (self.skipping or current is not None and current.answer is None and
                                      any(_PART_ONE.match(line) for line in current.stem)):
            # 参考答案：（1）不合法。（2）… below a question asked in parts （1）…（2）… (or in a section skipped, a case
            # question's): its answer's parts, not a key (a key of letters, （1）A（2）B, was taken above)
            return False
        spans = KEY_RANGE.match(rest.strip())
        if spans is not None and int(spans.group(2)) > int(spans.group(1)):
            return True   # 1-4 √×√: a range of several questions (its count wrong, said by the key's reading)
        labelled = key_parts(rest)[0]
        if labelled.labelled and BARE_RUN.fullmatch(labelled.rest):   # 参考答案：一、ABCDA
            return True
        if current is not None and BARE_RUN.fullmatch(rest) and current.qtype in (
                QuestionType.SINGLE, QuestionType.TRUE_FALSE):
            # 答案：ADCBAB below the last of six single-choice questions with no answers: their key, in order, one
            # letter a question (a multiple choice's letters cannot be told apart so)
            given = len(re.findall(r"[A-HＡ-Ｈa-h√×✓✔✗✘✕✖╳XxＸ对错]", rest))
            # counted only for a run of two or more: a question's own 答案：A would walk every draft (quadratic)
            return given > 1 and given == sum(1 for d in self.drafts if d.block == current.block and d.answer is None)
        first = NUMBERED.match(rest)
        if first and len(written_entries(int(first.group(1) or first.group(2)), first.group(3))) > 1:
            return current is None or not is_short(current)
        return bool(_NUMBERED_ANSWER.match(rest)) and current is not None and not is_short(current)

    def read(self) -> ImportReport:
        """Every line (``_line``), then what the paper as a whole tells and the questions (``_finish``)."""
        for i, (number, raw, images) in enumerate(self.lines):
            if self._line(i, number, raw, images):
                break   # (a second paper in the file: said, and not read)
        return self._finish()

    def _key_inside_an_answer(self) -> None:
        """A short answer's reference answer holding lines ``N. 答：…`` for questions of its section that have no
        answer: the answer key read as that question's own answer (参考答案 below the last question, the key's layout
        not recognised; round 107: stored with the whole key, exit 0). Whichever way the key was missed, both are
        refused, never stored with another's answer."""
        waiting = {(d.section, d.number): d for d in self.drafts if d.answer is None}
        for d in self.drafts:
            if d.broken or not d.answer or not is_short(d):
                continue
            named = sorted({(chinese_number(label) if label else d.section, int(n))
                            for label, n in _ENTRY_INSIDE.findall(d.answer)} & set(waiting) - {(d.section, d.number)})
            if not named:
                continue
            self.report.problems.append(RowProblem(self.file, d.line, None, Words(
                "question {n}'s reference answer holds lines numbered as answers of question(s) {named} (N. 答：…), "
                "which have none: the answer key read as question {n}'s own answer? Head the key with 参考答案 on a "
                "line of its own, below the last question's own answer if it has one", n=d.number,
                named=", ".join(str(m) for _, m in named[:10])), unit=self.unit))
            for other in [d, *(waiting[key] for key in named)]:
                other.broken = True

    def _finish(self) -> ImportReport:
        """What the paper as a whole tells (the answer key against the questions, shared materials, numbers
        twice or skipped, pictures of no question), then each question drafted built or refused."""
        stray = sorted({n for n, _, images in self.lines if any(not isinstance(i, Words) for i in images)} - self.placed)
        for n in stray:   # a title's, a heading's or the answer key's picture: never dropped without a word
            self.report.problems.append(RowProblem(self.file, n, None, Words(
                "a picture on a title, a heading or the answer key belongs to no question: move it below the stem of "
                "its question, or delete it"), unit=self.unit))
        # a number twice in one section: a numbered list inside a question (1. 2. or （1）（2）) read as questions,
        # or a slip; which answer of a key goes with which cannot be told, so none of them is taken
        for d in self.drafts:   # a section numbered （一）（二） that goes wrong: nothing of it is kept (said once, at its start)
            if d.block in self.numerals_broken and not d.broken:
                d.broken, d.refused_at = True, self.numerals_broken[d.block]
        drafts_by_block: dict[int, list[Draft]] = {}   # (each material looks at the questions up to the next one only:
        for d in self.drafts:                                 # linear in the file, however many materials it holds)
            drafts_by_block.setdefault(d.block, []).append(d)
        for k, shared in enumerate(self.materials):   # （1-2题共用题干） then 1、甲… 2、乙… 1.问… 2.问…: facts numbered as questions
            if shared.first is None or shared.refused:
                continue
            nxt = self.materials[k + 1] if k + 1 < len(self.materials) and self.materials[k + 1].block == shared.block else None
            block_drafts = drafts_by_block.get(shared.block, [])
            lines_of = [d.line for d in block_drafts]
            its_section = block_drafts[bisect.bisect_right(lines_of, shared.line):
                                       bisect.bisect_left(lines_of, nxt.line) if nxt is not None else len(block_drafts)]
            in_its_section = {d.number for d in its_section}
            for d in drafts_by_block.get(shared.block + 1, []) if nxt is None else []:
                # （2-3题共用题干） above question 2, question 3 under the next heading (round 83)
                if d.number not in in_its_section and \
                        shared.first <= d.number <= (shared.last or 0) and not d.broken:
                    d.broken = True
                    self.past_its_section.add(shared.line)
                    self.report.problems.append(RowProblem(self.file, d.line, None, Words(
                        "question {n} is named by the material at {where} but stands under the next section heading, "
                        "where the material does not reach: put the questions a material serves in one section, or "
                        "write its facts into this question's stem", n=d.number, where=place(self.unit, shared.line)),
                        unit=self.unit))
            named_below = [d for d in its_section if shared.first <= d.number <= (shared.last or 0) and not d.listed]
            counted_numbers = Counter(d.number for d in named_below)
            twice = sorted(n for n, times in counted_numbers.items() if times > 1)
            if twice:
                shared.refused = True
                self.report.problems.append(RowProblem(self.file, shared.line, None, Words(
                    "below the material for questions {first}-{last}, question number {n} stands twice: its facts "
                    "numbered like its questions (1、 2、)? Number the facts ① ② …, or write them without numbers",
                    first=shared.first, last=shared.last, n=twice[0]), unit=self.unit))
                for d in named_below:
                    d.listed = d.broken = True
                    d.refused_at = shared.line
        for mark_line, mark_block in self.options_unnamed:   # its questions: those below it with no options of their own
            for d in (d for d in self.drafts if d.block == mark_block and d.line > mark_line):
                if d.options:
                    break
                d.broken, d.refused_at = True, mark_line
        self.answer_key.refuse_run_on()
        for first in sorted(self.restarted_at):   # numbered from 1 again below a topic: said at the topic, all refused
            for d in self.drafts[first:]:
                if d.block != self.drafts[first].block:
                    break
                d.listed = d.broken = True
                d.refused_at = self.restarted_at[first]
        _lists_inside(self.drafts, self.report, self.unit)
        _answers_given_together(self.drafts, self.report, self.file, self.unit)
        self._key_inside_an_answer()   # (after it: its message says more where both would speak)
        numbers = Counter((d.block, d.number) for d in self.drafts if not d.listed)
        for d in self.drafts:
            if numbers[(d.block, d.number)] > 1 and not d.broken and not d.listed:
                self.report.problems.append(RowProblem(self.file, d.line, None, Words(
                    "question number {n} stands more than once in its section: a numbered list inside a question "
                    "(1. 2. or （1）（2）) reads as questions; number its points ① ② …, or correct the numbers",
                    n=d.number), unit=self.unit))
                d.broken = True
        self.answer_key.checked(self.skipped_numbers)
        if self.block:   # 注意事项： 1. 本试卷共… above the first heading: instructions, not questions (no options, no answer)
            told = [d for d in self.drafts if d.block == 0 and not d.options and d.answer is None and not d.broken and
                    not d.figures and not INLINE.search(" ".join(d.stem)) and not INLINE_X.search(" ".join(d.stem))
                    and ((d.section, d.number) not in self.answer_key.answers and d.number not in self.answer_key.loose or
                         any(e.block > 0 and e.number == d.number for e in self.drafts_numbered.get(d.number, [])))]
            for d in told:
                self.report.notes.append(RowProblem(self.file, d.line, None, Words(
                    "{text!r} above the first section heading, with no options and no answer: read as instructions, "
                    "not a question", text=" ".join(d.stem)[:30]), unit=self.unit))
            instructions = {id(d) for d in told}
            self.drafts = [d for d in self.drafts if id(d) not in instructions]
        sink = QuestionSink(self.report, self.bank)
        waiting = Counter(d.number for d in self.drafts if d.answer is None)   # numbers a key must tell apart
        unread_key = sorted(p.row for p in self.report.problems if p.row is not None and self.key_lines and p.row >= self.key_lines[0])
        keyed_numbers: dict[int, set[int]] = {}   # section -> the question numbers its key entries answer
        for section_of, n in self.answer_key.answers:
            keyed_numbers.setdefault(section_of, set()).add(n)
        loosely_keyed = {d.section for d in self.drafts if d.number in self.answer_key.loose}   # sections a key of no section answers
        gaps = [(d, e) for d, e in zip(self.drafts, self.drafts[1:]) if d.block == e.block and e.number > d.number + 1]
        for earlier, later in gaps[:10]:   # 1、 2、 4、: a question whose number was lost went into the one before
            self.report.notes.append(RowProblem(self.file, later.line, None, Words(
                "question {n} follows question {m}: the numbers between are missing (a question whose number was "
                "lost is read into the one before it: check question {m})", n=later.number, m=earlier.number), unit=self.unit))
        _fewer_options(self.drafts, self.report, self.unit)
        _named_and_left_out(self.drafts, self.report, self.file, self.unit, self.key_lines[0] if self.key_lines else None)
        answered_blocks = {d.block for d in self.drafts if d.answer and d.qtype is QuestionType.SHORT_ANSWER}
        answered_above: dict[int, Draft] = {}   # block -> the nearest question above with an answer (or asking)
        paper = _PaperFacts(self.report, self.file, self.unit, self.readings, sink, self.answer_key, self.pictures, self.underlined, self.tables_seen,
                           self.block_points, waiting, answered_above, answered_blocks, keyed_numbers, loosely_keyed,
                           unread_key, self.key_lines, self.term_sections, self.two_or_more, self.a_is_true)
        prior: Draft | None = None   # (kept as the loop goes: a search back from each took minutes on 12,000 points)
        for d in self.drafts:
            if prior is not None and (prior.answer or _ASKING.match(" ".join(prior.stem))):
                answered_above[prior.block] = prior
            prior = d
            if not d.broken:
                _build_question(d, paper)
        say_readings(self.report, self.readings, self.file, self.unit)
        _say_materials(self.report, self.materials, self.past_its_section, self.file, self.unit)
        return self.report

    def _line(self, i: int, number: int, raw: str, images: list[str]) -> bool:
        """One line of the paper (``i``: its index in ``self.lines``; ``number``: its line or paragraph
        number); True: read no further."""
        text = self.texts[i]
        if not text and not images:
            return False
        if number in self.key_cells and (done := self._key_cell_line(i, number, text)) is not None:
            return done
        mark_before = self.last_mark.get(self.block)
        if text[:1] in "（(" and (said_mark := _CASE_NUMBER_MARK.match(text)) is not None:   # （二）…: which came before
            self.last_mark[self.block] = (chinese_number(said_mark.group(0).strip(" （()）")), False)
        if (done := self._set_apart(i, number, text, images)) is not None:
            return done
        caption_line = bool(images) and bool(CAPTION.match(text))   # a picture with its caption beside it
        done, text = self._answer_key(i, number, text)
        if self.in_key and self.key_cells.get(number, (0, 0))[1] < 0:   # a key table's letters, as one line
            self.answer_key.read_table_line()
        if done is not None:
            return done
        if (done := self._heading(i, number, text, images)) is not None:
            return done
        text, numbered = self._question_number(i, number, text)
        if (done := self._numbered_line(i, number, text, images, numbered)) is not None:
            return done
        if (done := self._shared_options(number, text, images)) is not None:
            return done
        if (done := self._topic(i, number, text, images, mark_before)) is not None:
            return done
        if (done := self._material(i, number, text, images)) is not None:
            return done
        if (done := self._outside_questions(i, number, text, images, caption_line)) is not None:
            return done
        return self._in_question(i, number, raw, text, images, caption_line)

    def _key_cell_line(self, i: int, number: int, text: str) -> bool | None:
        """A line of an answer key laid out as a Word table (word_docx): at a cell's first paragraph (n. …) in the
        key, the whole cell is entry n (AnswerKey.take_cell): its paragraphs its answer as written, whatever they say
        (参考答案, 二、论述题 or a number inside it had cut the answer, exit 0: outside rounds 115, 116), 解析 below
        them its explanation; the cell's other lines are taken with it (False). A cell whose first paragraph says
        解析 itself, or a table met outside the key, is read line by line (None), and a further paragraph whose
        entry was not read as that question's refuses it, named."""
        cell, n = self.key_cells[number]
        if n < 0:   # a table of letters (or a range's), one key line: read as a text key's
            return None
        if not n:   # a 题号 | 答案 table not read as one (word_docx marks it): said here, so that every question
            # left without an answer is refused with it (round 120: a 注： row in it, the table was read as a key's
            # heading and the short answers stored without theirs, exit 0)
            if not self.in_key:
                return None   # (参考答案 above it not read as the key's: the table refuses the question it is in)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "the answer key's table here ({text}) could not be read: each row one question number (or a range, "
                "1-5 | ABCDA) and its own answer cell below a 题号 | 答案 header; a row of other words (注：, 合计, the "
                "header again), an answer cell merged over several rows, a range's written answers, a 题型 naming no "
                "section or a column correcting the answers (更正, 备注：答案应为…) stop it. Correct the table, or write "
                "the key as lines (1. … 2. …)",
                text=text.strip()[:30]), unit=self.unit))
            answered = {m for s, m in self.answer_key.answers if not self.key_section or s == self.key_section} & \
                set(self.unread_key_numbers.get(cell, ()))   # (of its part: 二、's table names no question of 一、)
            if answered:   # 参考答案 / 1. 告知 / 2. 申请 then this table naming 1 and 2 again: which answer is right
                # cannot be told (round 123: stored with the lines above under --accept-valid, unnamed)
                self.answer_key.doubted.append((self.key_section, tuple(sorted(answered))))
            return False
        if cell in self.cells_taken:
            return False
        if cell == number and self.in_key and "解析" not in text:
            paragraphs = [(number, re.sub(rf"^\s*{n}\.\s?", "", text, count=1))]
            for j in range(i + 1, len(self.lines)):
                if self.key_cells.get(self.lines[j][0], (0, 0))[0] != cell:
                    break
                if self.texts[j]:   # (as written: a line's marks made usual had turned 第三题的情形… into 3. 的情形…,
                    # exit 0, round 130)
                    paragraphs.append((self.lines[j][0], self.lines[j][1].strip()))
            self.answer_key.take_cell(n, paragraphs, self.key_section)
            self.cells_taken.add(cell)
            return False
        if cell == number:
            return None
        last = self.answer_key.last_entry[-1] if self.in_key and self.answer_key.last_entry else None
        if last is not None and last[1] == n and last in self.answer_key.answers:
            return None   # (below a first paragraph read line by line: as a key's line below its entry)
        self.report.problems.append(RowProblem(self.file, number, None, Words(
            "{text!r}: a further line of the answer key table's cell for question {n}, whose entry above was not "
            "read as that question's: check the table's row (its number, and one answer a cell)",
            text=text.strip()[:30], n=n), unit=self.unit))
        if self.in_key:
            self.answer_key.doubted.append((self.key_section, (n,)))
            return False
        for d in [*([self.current] if self.current is not None else []), *self.drafts_numbered.get(n, [])]:
            if d is self.current or d.answer is None:   # (the key was not read as one here: the questions that
                d.broken = True   # wait for an entry n, and the one the line went into)
        return False

    def _set_apart(self, i: int, number: int, text: str, images: list[str]) -> bool | None:
        """Lines that are no question's words: the file's sign-off, a page number or running head, a line repeated
        inside several questions, the caption below a picture (each said, or refusing the question it stands in).
        False: the line was so; None: read on."""
        if i in self.signed_off and self.current is not None and is_short(self.current) and (self.current.in_answer or self.current.answer) \
                and not self.current.in_explanation and not _SIGNED_SURELY.fullmatch(text):
            # 国家市场监督管理总局 below a reference answer: its last line, or who made the file? (an outside tester)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below the reference answer of the last question: the answer's last line, or the file's "
                "sign-off (who made it)? Join it to the answer's line above if it is the answer's, or delete it",
                text=text[:30]), unit=self.unit))
            self.current.broken = True
            return False
        if i in self.signed_off:
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} after the last question read as the file's sign-off (who made it, when, 完), not as part "
                "of the question above it: left out", text=text[:30]), unit=self.unit))
            return False
        if not images and self.current is not None and (text.isdigit() and len(text) <= 4 or _FRACTION.fullmatch(text)) and \
                (self.current.answer and (self.current.in_answer or is_short(self.current)) or self.current.in_explanation) and \
                not _ENDED.search(_last_text(self.current)):
            # …合并执行最长为 / 20: the sentence's own number, or a page's? It cannot be told
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} alone below a line that does not end (the answer or explanation of question {n}): a page "
                "number, or the text's own number? Join it to the line above, or delete it", text=text,
                n=self.current.number), unit=self.unit))
            self.current.broken = True
            return False
        if not images and (_PAGE_MARK.fullmatch(text) and not (self.current is not None and self.current.in_answer and
                                                                not self.current.answer and (text.isdigit() or
                                                                                             _FRACTION.fullmatch(text)))
                           or (self.drafts and self.paged_file and text in self.title_lines and i in self.furniture.beside)
                           or i in self.furniture.rows):
            self.readings.page_marks.append(number)   # (a title repeated below the questions: a page's running head)
            return False
        if not images and text in self.repeated and self.current is not None and not self.current.in_answer and \
                not self.current.in_explanation and not (_topic_title(text) and NUMBERED.match(self.next_text(i)) and (
                    self.current.options or self._stem_ended_before_the_next(self.current, self.next_text(i)))):
            # (（二）行政法 between two questions under each of several sections: the same topics, not a running head;
            # round 109)
            # the same line inside several questions (a running head with no page number beside it, or a
            # line copied in): glued to a stem or option it would change what the question says
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} stands {count} times in the file, here inside the question of {where}: a page's running "
                "head? Delete it there (or, if it belongs to the question, word the questions apart)",
                text=text[:30], count=self.repeated[text], where=place(self.unit, self.current.line)), unit=self.unit))
            self.current.broken = True
            return False
        last, self.captioned = self.captioned, ""
        if last and not images and CAPTION.match(text):   # the caption below a picture: where the picture went
            self.placed.add(number)
            if last == "carried":
                self.carried_caption.append(text)
            elif last == "current" and self.current is not None:
                self.current.stem.append(text)
            return False   # (refused: with the question the picture refused)
        return None

    def _answer_key(self, i: int, number: int, text: str) -> tuple[bool | None, str]:
        """The answer key's lines: a line that opens a key (参考答案, 答案：1.A 2.B …, a key's own heading) or a line of the
        key (read into its entries), and where the key ends (the next section's heading or questions; a second paper
        in the file: True, read no further). Returns what the line's reading returns (None: read on) and its text as
        the key reads it (答案：1.A 2.B as 1.A 2.B)."""
        opened = KEY_OPENING.match(text)
        if opened and self.opens_key(opened.group(1), self.current):
            run_of = self.current.section if self.current is not None and BARE_RUN.fullmatch(opened.group(1)) else 0
            self.in_key, self.key_section, self.current, text = True, run_of, None, opened.group(1)   # 参考答案：1.A 2.B 3.C
            # (答案：ADCBAB below its section's last question: that section's, whatever other keys wait)
            self.key_lines.append(number)
        elif KEY_HEADING.match(text) and not (self.skipping and self.current is None and _BARE_ANSWER_LABEL.fullmatch(text) and
                                              not self.key_follows(i) and not self.entry_follows(i)):
            # (答案： below a skipped section's question, its answer's lines below: that question's, skipped with
            # it; they had been refused as key entries, outside round 82)
            if self.current is not None and self.current.answer is None and not self._heading_opens_key(i, text):
                # (参考答案 then 二、简答题: the paper's key, round 84; 参考答案 / （一）宪法 / 1.答：…: the key of them all,
                # round 107: the whole key had gone into the last question's answer)
                later_key = self.last_key_heading() > i
                waiting_above = [d for d in self.drafts[:-1] if d.answer is None and not d.broken and (
                    d.block == self.current.block or not later_key and d.qtype in (QuestionType.FILL_IN,
                                                                                   QuestionType.SHORT_ANSWER)) and
                                 not INLINE.search(" ".join(d.stem))] if is_short(self.current) else []
                # (a fill-in or short answer in any section where no other key stands below: 一、1. ____ / 二、2. 简述… /
                # 参考答案 / 1. 宪法 / 2. … had gone whole into question 2's reference answer, question 1 refused alone;
                # with a key below, 一、1.A 2.B, the choices' answers are there: round 121; a choice or true/false
                # statement answered by its mark (√ after it, an option in red) is no question waiting: round 122)
                entry_below = NUMBERED.match(self.next_text(i))
                if waiting_above and entry_below is not None and \
                        int(entry_below.group(1) or entry_below.group(2)) == waiting_above[0].number and \
                        _KEY_WORD_ALONE.fullmatch(text):
                    # 参考答案 / 1. … below the last short answer while question 1 above waits for its answer too
                    # (its entry 1.): the last one's points, or the key of both? (round 100: the whole key went into
                    # question 3's reference answer, exit 0)
                    self.report.problems.append(RowProblem(self.file, number, None, Words(
                        "{text!r} below question {n}, while question(s) {waiting} above have no reference answer "
                        "either: question {n}'s own answer, or the answer key of them all? Give each question its own "
                        "答： line, or head the key with its section (一、1. … 2. …)", text=text.strip()[:20],
                        n=self.current.number, waiting=", ".join(str(d.number) for d in waiting_above[:10])), unit=self.unit))
                    for d in [*waiting_above, self.current]:
                        d.broken = True
                self.current.answer, self.current.in_answer = "", True   # 答案： with the answer on the lines below
                return False, text
            self.in_key, self.key_section, self.current = True, 0, None
            self.key_lines.append(number)
            return False, text
        if not self.in_key and self.drafts and NUMBERED.match(text) and not _is_question_line(text) and _is_key_line(text) and \
                _several_answers(text) and _numbers_go_up(text) and not OPTION.match(self.next_text(i)) and \
                not ANSWER.match(self.next_text(i)):
            # (the cheap test first: most lines are questions; 1. a0a, or 1. a9a with its 答案：√ below, is a
            # statement)
            # 1．√ 2．× (or 1．A 2．B) where a question would stand: an answer key with no 参考答案 above it, whose
            # line read as a question made one up ("√ 2．（ ）")
            self.in_key, self.key_section, self.current = True, 0, None
            self.key_lines.append(number)
            if self.section and not any(d.section == self.section for d in self.drafts):
                self.key_section = self.section   # under 二、判断题 again: that section's key
        restarted = _section_heading_number(text) if self.key_lines and self.drafts and heading_type(text) in (
            QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE) else 0
        if restarted and any(d.section == restarted for d in self.drafts) and _is_question_line(self.next_text(i)) and \
                not _is_key_line(self.next_text(i)):   # (a choice's or true/false key entry is never a sentence)
            # 一、判断题 again, its questions below, after an answer key: a second paper in the file, whose
            # sections and key would be taken for the first one's (its 1. answered by both keys)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: section {n} starts again below an answer key: a second paper in the same file? Lines "
                "from here on are not read: import each paper, with its own key, as a file of its own",
                text=text[:30], n=text.strip()[:1]), unit=self.unit))
            return True, text
        arabic = ARABIC_KEY_LABEL.match(text) if self.in_key and text[:1].isdigit() else None
        labelled_as = int(arabic.group(1) or arabic.group(2)) if arabic is not None else 0
        if arabic is not None and 0 < labelled_as <= 10 and self.arabic_labels_sections(i):
            # 2、（1）依法治国。（2）… (or 2、1．AB 2．C) in the key of a paper whose sections are 1、 2、 …: section 2's
            # entries, as 二、 would say (read as question 2's answer, or garbage from 1、（1）A（2）B)
            text = f"{NUMERAL[labelled_as - 1] if labelled_as < 10 else '十'}、{text[arabic.end():]}"
        if self.in_key and self._key_topic_label(i, text):
            # （一）宪法 inside a key, its entries below: the topics' labels as the paper has them, the entries numbered
            # as its questions are (round 107: read as section 1's label, the key's entries below as questions)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} in the answer key read as a topic's label above its entries", text=text[:30]), unit=self.unit))
            return False, text
        if self.in_key and self.answer_key.from_table() and _DATED.fullmatch(text) and \
                re.search(r"月|\d[.．/\-]\d{1,2}[.．/\-]\d", text):
            # 2024.5.1 (命题组 2024年5月) below a key table, whose row no line goes on with: the key's date (round 133:
            # read as its entry for question 2024, refusing the last part); below a text key's short answer it may
            # be the answer's last line (施行日期 / 2021.7.15: round 134)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} below the answer key's table read as its date: not stored", text=text.strip()[:30]),
                unit=self.unit))
            return True, text
        if self.in_key and self.answer_key.answers and _APPENDIX.fullmatch(text) and \
                not self._entries_to_come(i):
            # 附：常用期限对照 below the key, a table or lines below it: an appendix, no entries (round 129: its table's
            # rows were read as lines of the key, refusing the key's last part as corrected); never with entries still
            # to come (附：相关法条 inside a short answer's entry mid-key ended the key, round 132)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} after the answer key: read as an appendix; it and the lines below it are not read",
                text=text.strip()[:30]), unit=self.unit))
            if self.answer_key.last_entry and not self.answer_key.from_table() and \
                    any(is_short(d) for d in self.answer_key.last_asked()):
                # (below a text key's last short answer it may be that answer's last lines: refused by name, never
                # stored cut; round 132)
                self._refuse_last_answer(number, Words(
                    "{text!r} below question {n}'s reference answer: the answer's own lines, or an appendix after the "
                    "key? An appendix is not imported: delete it from the file; if the lines are the answer's, write "
                    "them without 附：",
                    text=text.strip()[:30], n=self.answer_key.last_entry[-1][1]))
            return True, text
        parts = key_parts(text) if self.in_key else []
        # 第2题 A in a key of such lines, question 2 still waiting: its entry, not a correction of it (round 142)
        named_entry = self.in_key and self.lines[i][1].lstrip()[:1] == "第" and self._waits_for_entry(text) and \
            entries_only(re.sub(r"^(\s*\d{1,5}\s*[.、．]\s*)(?:参考)?答案\s*[:：]\s*", r"\1", text))   # (第2题答案：C too)
        if self.in_key and self.key_ends_at(parts, self.next_text(i)):
            self.in_key = False
        elif self.in_key and any(_is_question_in_key(part.rest) and not self.answer_key.awaited(
                part.section if part.labelled else self.key_section, part.rest) for part in parts) and not (
                self.answer_key.last_entry and (
                    next_point(self.answer_key.answers.get(self.answer_key.last_entry[-1], ""), text) or
                    self.answer_key.point_skipped(text, self.key_section) is not None or
                    self.answer_key.points_go_on(text, self.key_section))) and \
                not self.answer_key.runs_on_past_the_paper(text, number, self.key_section):
            # (（3）物业服务企业…应当依法承 below an entry's （1）…（2）…: its next point a PDF copy wrapped, never
            # a question; the key had ended there, an outside round, and with --accept-valid the answer was
            # stored without it)
            if is_correction(self.lines[i][1].strip()) and not named_entry:   # (as written: 第3题答案有误 reads 3. 答案有误
                # as usual marks)
                self.answer_key.refuse_correction(self.lines[i][1].strip(), number, self.key_section)
                return False, text
            if self._answer_line_or_question(i, number, text):
                return False, text
            self.in_key = False   # questions go on after a key that stood between them
        elif self.in_key and (again := NUMBERED.match(text)) and OPTION.match(self.next_text(i)) and \
                int(again.group(1) or again.group(2)) in {n for _, n in self.answer_key.answers} | set(self.answer_key.loose):
            # 1. 民法典何时施行（ ）。 then A. … below a key that answered its number: a second paper, its own key
            # further down; its questions would be read as this key's entries
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below the answer key, with options, numbered as a question the key has answered: a "
                "second paper in the same file? Lines from here on are not read: import each paper, with its own "
                "key, as a file of its own", text=text[:30]), unit=self.unit))
            return True, text
        elif self.in_key and heading_type(self.next_text(i)) is not None and len(text) <= 30 and \
                not re.search(r"[。？！?!；;：:]\s*$", text) and not NUMBERED.match(text) and \
                not BARE_RUN.fullmatch(text) and not _is_key_line(text) and not _NAMES_A_QUESTION.search(text) and \
                not (len(parts) == 1 and parts[0].labelled):
            # 试卷（二） above 一、单项选择题: the next paper's title (refused with its first question); never a numbered
            # line, the key's last entry (2.五 above 二、判断题); said (注：以上答案仅供参考 between two sections' key
            # tables had gone unsaid, outside round 121)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} in the answer key, above a section's heading: read as a title or a remark, not stored",
                text=text.strip()[:30]), unit=self.unit))
            return False, text
        elif self.in_key and self.answer_key.last_entry and not named_entry and is_correction(self.lines[i][1].strip()):
            # 单选3应为B, 注：单选题第3题正确答案：D as written (not split at a type's word as the key's label): refused
            # with the questions it names (round 131: read as the 单选 part's line 3应为B, question 3 kept)
            self.answer_key.refuse_correction(self.lines[i][1].strip(), number, self.key_section)
            return False, text
        elif self.in_key:
            last_answer = self.answer_key.answers.get(self.answer_key.last_entry[-1], "") if self.answer_key.last_entry else ""
            raw = self.lines[i][1].strip()
            if raw[:1].isdigit() and re.match(r"\d{1,2}\s*[)）](?!\d)", raw) and self.answer_key.last_entry and \
                    not self._entry_written_so(r"\s*\d{1,5}\s*[)）]") and (
                    self.answer_key.points_start_below(raw, self.key_section) or next_point(last_answer, raw)):
                # 1）申请； below 3. …三个阶段。 in a key of 1. 2. entries: a point as written (its marks made usual, 1.
                # 申请；, it had read as question 1's entry again, round 141)
                text, parts = raw, [KeyPart(False, 0, None, raw)]
            if len(parts) == 1 and parts[0].labelled and parts[0].qtype is not None and not parts[0].section and \
                    re.match(r"[\d一二三四五六七八九十两]{0,3}(?![\d一二三四五六七八九十两题])[\u4e00-\u9fff]", parts[0].rest) and \
                    not re.search(r"[:：\s题]", text[:len(text) - len(parts[0].rest)]) and not is_correction(text) and \
                    self.answer_key.last_entry and any(is_short(d) for d in self.answer_key.last_asked()):
                # 判断3年为诉讼时效。 below a short answer's entry: a sentence starting with a type's word, glued to a
                # count (3年, 二者) or to words (判断是否需要先复议, 选择复议还是诉讼), no label of the key's (rounds
                # 129-131, older: read as the 判断 part's label, the short answer stored without its line, the
                # message naming true/false question 3)
                parts = [KeyPart(False, 0, None, text)]
            point_next = bool(parts) and parts[0].labelled and (parts[0].qtype is None or (
                # 三、判断权力合法性的法治原则；: a point whose words start with a type's name (round 113: read as
                # section 三's label, the answer cut under --accept-valid, unnamed)
                re.match(r"[\u4e00-\u9fff]", parts[0].rest) is not None and not MARKS_IN_WORDS.fullmatch(parts[0].rest) and
                not re.search(r"[题:：]\s*$", text[:len(text) - len(parts[0].rest)]))) \
                and bool(self.answer_key.last_entry) and next_point(last_answer, text)
            if parts and parts[0].labelled and not point_next and bool(self.answer_key.last_entry) and \
                    re.match(r"\s*\d", parts[0].rest) and numbered_on(last_answer, text) and \
                    any(is_short(d) for d in self.answer_key.last_asked()) and \
                    not self.section_waits(self.answer_key.labelled_section(parts[0])):
                # …三、忠于人民； / 四、1、遵守纪律；2、保守秘密。 where section 四 waits for nothing: the answer's point 四
                # with points of its own, or section 四's entries? (round 113: read as entries, the answer stored cut
                # and unnamed under --accept-valid) the question above is refused by name; the line is read as
                # neither (read as section 四's entries, the key's section had moved to 四: question 8's own entry
                # below ended the key, its lines refused again as questions)
                self._point_or_sections_answers(number, text)
                return False, text
            if point_next and self.section_waits(named := self.answer_key.labelled_section(parts[0])) and \
                    named not in {d.section for d in self.answer_key.last_asked()} and \
                    self.reads_as_answers_of(named, parts[0].rest):
                # …二、权责法定。 / 三、宪法；国务院 where section 三's questions wait for their answers: the answer's
                # point 三, or section 三's key? (round 112: glued on as a point, exit 0) the question above is
                # refused, the line read as the section's label
                self._point_or_sections_answers(number, text)
            elif point_next:
                parts = [KeyPart(False, 0, None, text)]   # （三）法治原则 below …（二）基本人权原则: the answer's next
                # point, not section 3's label (an outside round: the point was dropped unsaid)
            elif len(parts) == 1 and parts[0].labelled and parts[0].qtype is None and parts[0].rest.strip() and \
                    not NUMBERED.match(parts[0].rest) and not KEY_ENTRY.search(parts[0].rest) and \
                    not BARE_RUN.fullmatch(parts[0].rest.strip()) and (
                        not self.has_section(self.answer_key.labelled_section(parts[0])) or
                        bool(self.answer_key.last_entry) and any(is_short(d) for d in self.answer_key.last_asked()) and
                        not self.section_waits(self.answer_key.labelled_section(parts[0]))):
                parts = [KeyPart(False, 0, None, text)]   # （二）宪法； below a short answer's entry, or where the paper
                # has no section 2: no section's label, its words as written (read as going on with the answer above,
                # it had been stored without （二）, exit 0: an outside round)
                if _topic_title(text) and self.answer_key.last_entry:
                    # …（一）合法行政；（二）合理行政； / （四）刑法: a line of the answer, or a topic's label out of place?
                    # (round 110: stored as the answer's line) that question is refused
                    self._refuse_last_answer(number, Words(
                        "{text!r} in the answer key below question {n}'s reference answer: a line of that answer, or "
                        "a topic's label out of place? Number the answer's points in order, and put a topic's label "
                        "above the entries of its questions", text=text.strip()[:30], n=self.answer_key.last_entry[-1][1]))
            for part in parts:
                if part.labelled:   # 三、 （三） 判断题： …: the key of the third section, or of the 判断 one
                    self.key_section = self.answer_key.labelled_section(part) or self.key_section + 1
                self.answer_key.read(part.rest, number, self.key_section)
            return False, text
        return None, text

    def _heading_opens_key(self, i: int, text: str) -> bool:
        """A key's heading ``text`` (参考答案, 答案：) at line i below a question still waiting for its answer opens the
        paper's key, not that question's answer on the lines below: a key's lines follow (1.A 2.B, 二、…, a section's
        label), entries of questions waiting above (1. 宪法 while 1 waits, 2. … for a question above, 1. A for a
        waiting choice: round 141), or 第1题答案：A where question 1 waits (round 143)."""
        assert self.current is not None
        after = self.next_past_topics(i)
        return self.key_follows(i) or self.keys_waiting_questions(self.current, after, text, i) or \
            self.arabic_key_follows(i) or _a_heading(self.next_text(i)) or self.entry_of_one_waiting(i) or \
            self.choices_answered_below(i) or (_KEY_WORD_ALONE.fullmatch(text) is not None and self.entry_follows(i)
                                                and self.current.number != self._entry_number(as_usual_marks(after)))

    @staticmethod
    def _entry_number(text: str) -> int:
        """The number ``text`` starts with as a numbered line, 0 for none."""
        numbered = NUMBERED.match(text)
        return int(numbered.group(1) or numbered.group(2)) if numbered is not None else 0

    def _waits_for_entry(self, text: str) -> bool:
        """``text``'s number is a question of the key's part that waits for its answer and has no entry yet."""
        n = self._entry_number(text)
        return n > 0 and self.answer_key.awaited(self.key_section, text) and \
            (max(self.key_section, 1), n) not in self.answer_key.answers

    def _entry_written_so(self, pattern: str) -> bool:
        """The key's last entry's line, as written (its marks not made usual), starts with ``pattern``."""
        entries = self.answer_key.entries.get(self.answer_key.last_entry[-1], [])
        if not entries:
            return False
        if self._raw_lines is None:
            self._raw_lines = {number: raw for number, raw, _ in self.lines}
        return re.match(pattern, self._raw_lines.get(entries[-1][0], "")) is not None

    def _entries_to_come(self, i: int) -> bool:
        """A line within the next forty below line i is the key's entry for a question it has not answered yet."""
        for j in range(i + 1, min(i + 40, len(self.texts))):
            numbered = NUMBERED.match(self.texts[j])
            if numbered is not None and self.answer_key.awaited(self.key_section, self.texts[j]) and \
                    (max(self.key_section, 1), int(numbered.group(1) or numbered.group(2))) not in self.answer_key.answers:
                return True
        return False

    def _answer_line_or_question(self, i: int, number: int, text: str) -> bool:
        """A numbered line below a short answer's entry that reads as a question after the key (第3题所述情形应为例外。):
        where the line below answers a question the key still waits for (2. 答：…), or its number is out of its
        section's order (第5题 after question 2), it may as well be a line of the answer above, which would be cut:
        that question is refused by name (the key had ended there, the question stored with its answer cut, and
        the key's later entries read as questions). True when the key goes on (the line read as neither)."""
        numbered = NUMBERED.match(text)
        if numbered is None or not self.answer_key.last_entry or \
                not any(is_short(d) for d in self.answer_key.last_asked()):
            return False
        after = self.next_text(i)
        answers_next = NUMBERED.match(after) is not None and self.answer_key.awaited(self.key_section, after)
        numbers = {d.number for d in self.drafts if d.section == self.section}
        n = int(numbered.group(1) or numbered.group(2))
        answered = n in self.answer_key.loose or any(m == n for _, m in self.answer_key.answers)
        if not answers_next and not (answered and numbers and (n != max(numbers) + 1 or not _asks(numbered.group(3)))) and \
                (not numbers or n <= max(numbers) + 1):
            return False   # (the next question of the paper, after a key that stood between questions; or the entry
            # of a question above whose number was lost or stands twice, refused as such; never a number the key
            # has answered, unless next in order and asking: 3. 举行。 below the last short answer's points, round 131)
        self._refuse_last_answer(number, Words(
            "{text!r} below question {n}'s reference answer reads as a question, out of the paper's order: a line of "
            "that answer, or a question after the key? Start the answer's line otherwise than with a question's "
            "number, or put the question where it belongs", text=text.strip()[:30], n=self.answer_key.last_entry[-1][1]))
        return answers_next

    def _refuse_last_answer(self, number: int, said: Words) -> None:
        """The question of the key's last entry refused by name (``said`` at line ``number``): a line below its entry
        may be its answer's or not, and either reading would store something changed."""
        self.answer_key.doubted.append((self.key_section, (self.answer_key.last_entry[-1][1],)))
        self.report.problems.append(RowProblem(self.file, number, None, said, unit=self.unit))

    def _point_or_sections_answers(self, number: int, text: str) -> None:
        """A key line below a short answer's points that may be its next point or the next section's answers: the
        question above is refused by name (rounds 112, 113: each reading had stored a changed answer unnamed)."""
        self._refuse_last_answer(number, Words(
            "{text!r} in the answer key below question {n}'s reference answer: its next point, or the "
            "answers of section {s}? Number the answer's points otherwise (1、 2、 …), or write the section's "
            "entries with their numbers ({s}、1. … 2. …)", text=text.strip()[:30], n=self.answer_key.last_entry[-1][1],
            s=text.strip()[:1]))

    def _key_topic_label(self, i: int, text: str) -> bool:
        """A topic's title in a key above entries (参考答案 / （一）宪法 / 1.答：…): one of the paper's topics by name, or
        numbered on from the key's last label since the key (or its section's label) opened, （一） only right below
        it. Never a reference answer's point (1.答：包括： / （一）人民主权原则): an answer leading into a list, or a
        （N） the key's labels did not lead to."""
        name = _topic_title(text)
        if not name:
            return False
        after = self.next_past_topics(i)
        if not (_is_key_line(after) or self.answer_key.awaited(self.key_section, after)):
            return False
        last = self.answer_key.answers.get(self.answer_key.last_entry[-1], "") if self.answer_key.last_entry else ""
        point_next = bool(last) and next_point(last, text)
        if point_next and name not in self.topic_names:
            return False   # 1. 答： / （一）基本原则 / 1、… / （二）具体要求: the answer's next point (round 108: the key's
            # own （一）行政法 label above made it read as the next label)
        if point_next:
            # 3. 答：…以下部门： / （一）宪法 / （二）行政法 where the paper's topics are 宪法, 行政法: the answer's next
            # point, or the key's label of a topic? Which cannot be told (round 109: read as labels, the answer
            # stored with its first point only, exit 0): that question is refused, the line read as a label
            asked = self.answer_key.last_entry[-1]
            self.answer_key.doubted.append((self.key_section, (asked[1],)))
            self.report.problems.append(RowProblem(self.file, self.lines[i][0], None, Words(
                "{text!r} in the answer key: the next point of question {n}'s reference answer, or the label of "
                "the paper's topic {name}? Number the answer's points otherwise (1、 2、 …), or put the topic's label "
                "above a question's entry only", text=text.strip()[:30], n=asked[1], name=name), unit=self.unit))
        labels = self.key_labels_above(i)
        numeral = chinese_number(text.strip()[1:text.strip().index(name)].strip(" （()）"))
        follows = numeral > 1 and self.key_topic == (len(self.key_lines), self.key_section, numeral - 1)
        if labels is None and re.search(r"[:：，,、；;]\s*$", last):
            if not (name in self.topic_names and follows):
                return False
            # 2.答：主要有以下特征： / （二）刑法 / 3.答：…: the key's next label, as the paper's topics and its labels
            # say, under an answer that announces points it does not give: that question is refused, never stored
            # with the label as its point (round 107's neighbour)
            asked = self.answer_key.last_entry[-1]
            self.answer_key.doubted.append((self.key_section, (asked[1],)))
            self.report.problems.append(RowProblem(self.file, self.lines[i][0], None, Words(
                "{text!r} in the answer key below question {n}'s reference answer, which ends announcing its points "
                "({end!r}): the key's label of a topic, and question {n}'s points missing? Write them below its "
                "entry", text=text.strip()[:30], n=asked[1], end=last.strip()[-12:]), unit=self.unit))
        elif not (name in self.topic_names or (labels is not None and numeral == labels + 1) or follows):
            return False
        self.key_topic = (len(self.key_lines), self.key_section, numeral)
        entry = NUMBERED.match(after)
        below = int(entry.group(1) or entry.group(2)) if entry is not None else 0
        read = [n for (section, n) in self.answer_key.entries if section == self.key_section] + list(self.answer_key.loose)
        if below and read and below <= max(read):
            # （一）宪法 / 1.答：… / （二）刑法 / 1.答：…: the key numbered from 1 again under each topic, which entry is
            # whose cannot be told (question 2 had been stored with question 3's answer): refused from there on
            highest = max([d.number for d in self.drafts if not self.key_section or d.section == self.key_section], default=0)
            self.answer_key.doubted.append((self.key_section, tuple(range(below, max(highest, max(read)) + 1))))
            self.report.problems.append(RowProblem(self.file, self.lines[i][0], None, Words(
                "the answer key's entries below {text!r} are numbered from {n} again: number them on as the "
                "questions are ({m}. …)", text=text.strip()[:30], n=below, m=max(read) + 1), unit=self.unit))
        return True

    def key_labels_above(self, i: int) -> int | None:
        """How many topic labels stand between line i and the key's opening (or its section's label) with no entry
        between; None: an entry stands between."""
        labels = 0
        for j in range(i - 1, -1, -1):
            number, text = self.lines[j][0], self.lines[j][1].strip()
            if not text:
                continue
            if _topic_title(text):
                labels += 1
                continue
            parts = key_parts(text)
            if number in self.key_lines or (len(parts) == 1 and parts[0].labelled and not parts[0].rest.strip()):
                return labels
            return None
        return None

    def _heading(self, i: int, number: int, text: str, images: list[str]) -> bool | None:
        """Section headings (一、单项选择题, 二、选择题 whose questions' answers tell single or multiple, 五、计算题 of a kind Xuefa has
        not, skipped by name) and the next paper's title above one: the section, its kind and its points per
        question as its heading says them. False: the line was one; None: read on."""
        if self.current is not None and not images and _next_papers_title(self.current, text, self.next_text(i)):
            # 2024年试卷 between question 2's answer and 一、单项选择题: the next paper's title, not question 2's words
            self.chapter = _chapter_of(text, self.chapter)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} above a section heading read as a title, not as part of the question above it",
                text=text[:30]) if _CHAPTER.match(text) is None else _chapter_note(text), unit=self.unit))
            self.current = None
            self.placed.add(number)
            return False
        heading = heading_type(text) if not NUMBERED.match(text) else None
        other = _other_section(text) if heading is None and not NUMBERED.match(text) else None
        if other is not None and "选择" in other.group(1):
            other = None   # 二、案例选择题, 综合选择题: choice questions, their answers telling single or multiple
        if heading is not None or other is not None or _untyped_section(text):
            self.cased = bool(re.search(r"案例|材料|案情", text)) and not NUMBERED.match(text)
            if said := heading_says_more(text):   # the heading would drop it: a case's facts, never lost unsaid
                self.report.problems.append(_says_more(self.file, number, text, said, self.unit))
            elif wordy := next((r for r in heading_remarks(text) if not plain_instructions(r)), ""):
                # instructions read by their words alone (请用黑色墨水笔作答): left out, said as for a line below
                # the heading (round 39: a heading's remark was dropped with no word)
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{text!r} in the section heading read as the section's instructions, not a question",
                    text=wordy[:80]), unit=self.unit))
        if heading is None and other is None and _untyped_section(text):   # 二、选择题
            written = re.match(rf"^\s*(?:第|[（(])?([{NUMERAL}]+)", text)
            self.section = (chinese_number(written.group(1)) if written else 0) or self.section + 1
            self.qtype, self.current, self.skipping = None, None, ""
            if SAYS_MULTIPLE.search(text) or TWO_OR_MORE.search(text):   # 二、选择题（多选）, 二、双项选择题
                self.qtype = self.section_types[self.section] = QuestionType.MULTIPLE
                if TWO_OR_MORE.search(text) or "双项" in text:
                    self.two_or_more.add(self.section)
            elif ONLY_ONE.search(text):   # 二、选择题（每题只有一个正确答案）: an answer of two letters is refused
                self.qtype = self.section_types[self.section] = QuestionType.SINGLE
            self.block += 1
            return False
        if other is not None:   # 五、计算题: a section of a kind Xuefa has not; its questions are skipped by name
            written = re.match(rf"^\s*(?:第|[（(])?([{NUMERAL}]+)", text)
            self.section = (chinese_number(written.group(1)) if written else 0) or self.section + 1
            self.qtype, self.current, self.skipping, self.skipped_style = None, None, other.group(1), None
            if _CASE_KINDS.search(other.group(1)) and _all_with_options(self.texts, i + 1):   # 二、案例分析题: choices
                self.skipping = ""                      # questions, their answers telling single or multiple
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "every question under {name} has options (A. B. …): read as choice questions, single or multiple "
                    "by their answers", name=other.group(1)), unit=self.unit))
            self.block += 1
            return False
        if heading is not None:   # 三、判断题 is section 3 (an answer key says 三、), even after 一、 alone
            written = re.match(rf"^\s*(?:([{NUMERAL}]+)\s*[、.．]|[（(]([{NUMERAL}]+)[)）])", text)
            self.section = (chinese_number(written.group(1) or written.group(2)) if written else 0) or self.section + 1
            if "名词解释" in text:   # its questions may be written term：definition
                self.term_sections.add(self.section)
            if number in self.arabic_heading_lines:   # 2、简答题 as written: a key may name it 2、 too
                self.arabic_headed.add(self.section)
            self.qtype, self.current, self.skipping = heading, None, ""
            self.section_types[self.section] = heading
            if heading is QuestionType.MULTIPLE and TWO_OR_MORE.search(text):
                self.two_or_more.add(self.section)
            if heading is QuestionType.TRUE_FALSE and _A_IS_TRUE.search(text):
                self.a_is_true.add(self.section)   # 三、判断题（A表示正确，B表示错误）: 答案：A is true
            self.block += 1
            said_each = next((m for r in heading_remarks(text) if (m := _POINTS_EACH.search(r))), None)
            if said_each is not None:   # 一、单选题（2分/题）, （每小题2分，共20分）: each question's points (round 81)
                self.block_points[self.block] = (said_each.group(1) or said_each.group(2), number)
            return False
        if _SECTION_LIKE.match(text) and re.match(rf"\s*[{NUMERAL}]+\s*[、.．]", text) and not images and \
                not ANY_TYPE_NAME.search(text.casefold()) and not self.skipping and not self.cased and not self.in_key \
                and not re.search(r"问题\s*[:：]?\s*$", text) and NUMBERED.match(self.next_text(i)) is not None:
            # 三、附加题, 三、法条理解题 with a numbered question below it: a section's heading naming no type Xuefa reads.
            # Its questions had been read as lines of the question above it (refused as its numbered points, or that
            # question with them): a section of its own, each question told by its answers as under no heading (a
            # choice by its letters, any other refused as naming no type). Never 一、存在的问题 (an answer's or a
            # case's point: round 122 found them ending the question, stored cut), nor a part's title above a
            # heading (一、必答题 / （一）单项选择题: read as a title, as before). Said as a note: a question below it
            # that cannot be read is refused with its own message (the heading had made a file whose every question
            # read fail, outside rounds 125-126)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r}: a section heading naming no question type Xuefa reads (单项选择题, 多项选择题, 判断题, 填空题, "
                "简答题); its questions are read as under no heading (a choice by its answer's letters, any other "
                "refused). Name its type in the heading (三、简答题)", text=text[:30]), unit=self.unit))
            written = re.match(rf"^\s*(?:第)?([{NUMERAL}]+)", text)
            self.section = (chinese_number(written.group(1)) if written else 0) or self.section + 1
            self.qtype, self.current, self.skipping = None, None, ""
            self.block += 1
            self.placed.add(number)
            return False
        return None

    def _question_number(self, i: int, number: int, text: str) -> tuple[str, re.Match[str] | None]:
        """The question number the line starts with, as read: a number whose mark was lost (2 全国人大…), （二） for the next
        question of a section numbered so, the number Word draws (its list numbering) where a question starts; None
        where the line's number is not a question's (a shared stem's 1、2题共用题干, a material's 2.5万元, a statement Word
        numbers inside a stem). Returns the line's text as read and its number's match."""
        mark_lost = _UNMARKED_NUMBER.match(text) if text[:1].isdigit() else None
        if mark_lost is not None and self.current is not None and int(mark_lost.group(1)) == self.current.number + 1 and \
                not self.current.in_answer and (self.current.answer is not None or self.current.options) and \
                (BLANK_PATTERN.search(mark_lost.group(2)) or OPTION.match(self.next_text(i))):
            # 2 全国人大每届任期（ ）年。 below question 1's answer, options below it: question 2, its mark lost
            text = f"{mark_lost.group(1)}. {mark_lost.group(2)}"
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{said!r} read as question {n}, whose number has no mark after it (write {n}. or {n}、)",
                said=self.texts[i][:30], n=int(mark_lost.group(1))), unit=self.unit))
        by_numeral = False   # （二）… starting the next question of a section numbered （一）（二）, whatever the one above holds
        if self.qtype is QuestionType.SHORT_ANSWER and not self.cased and not self.skipping and not self.in_key and text[:1] in "（(" and \
                (cn := _CASE_NUMBER_MARK.match(text)) is not None and len(text) > cn.end() and \
                chinese_number(cn.group(0).strip(" （()）")) == (self.current.number + 1 if self.current is not None and
                                                                 self.current.block == self.block else 1) and \
                (numbered_so := _numbered_by_chinese_numerals(self.texts, i, self.chinese_numbered, self.block)) != "no" and \
                (self.current is None or self.current.block != self.block or self.current.answer is not None or numbered_so == "yes"):
            # 二、简答题 then （一）简述…。 答案：… （二）…: its questions numbered in Chinese numerals (an outside round:
            # each was refused as facts below the heading)
            if numbered_so == "broken":   # said once, at its first: the lines' own refusals name no cause
                if self.block not in self.numerals_broken:
                    self.numerals_broken[self.block] = number
                    self.report.problems.append(RowProblem(self.file, number, None, Words(
                        "the questions of this section seem numbered （一）（二）…, but the numerals below repeat or "
                        "skip, lines numbered 1. 2. stand among them, or answers below 答案/参考答案 are numbered "
                        "（一）（二） too (an answer's own points, or a key at the end?): number the questions 1. 2. …, "
                        "and an answer's points ① ② …"), unit=self.unit))
            elif self.section not in self.term_sections and re.fullmatch(r"[^\s，,。？?！!：:；;、]{1,8}", text[cn.end():].strip()):
                # （二）刑法 among 简答 questions numbered （一）（三）: a topic's title, never a question (round 87); the
                # section's numbers cannot be told apart from it: nothing of it is kept, said here
                if self.block not in self.numerals_broken:
                    self.numerals_broken[self.block] = number
                    self.report.problems.append(RowProblem(self.file, number, None, Words(
                        "{text!r} among questions numbered （一）（二）…: a topic's title? It cannot be told from the "
                        "questions' own numbers: number the questions 1. 2. … (a title （一）刑法 above them is then a "
                        "topic), or delete it", text=text[:30]), unit=self.unit))
            else:
                text = f"{chinese_number(cn.group(0).strip(' （()）'))}. {text[cn.end():]}"
                by_numeral = True   # (（二） below （一）'s stem or 解析 with no 答案 line: the next question, round 84)
            if numbered_so == "yes" and text.startswith("1. "):
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{said!r}: the questions of this section are numbered （一）（二）…, read as 1. 2. …",
                    said=self.texts[i][:30]), unit=self.unit))
        numbered = NUMBERED.match(text)
        if numbered is not None and "共用" in text and re.match(rf"\s*{_SHARED_STEM}", text):
            numbered = None   # 1、2题共用题干：: a shared stem's mark naming questions 1 and 2 (round 84), not question 1
        if numbered is not None and self.current is None and self.material is not None and self.material.block == self.block and \
                self.material.first is not None and not self.material.used and not self.material.refused and \
                re.match(r"\s*\d{1,5}[.．]\d", text) and (
                    int(numbered.group(1) or numbered.group(2)) != self.material.first or
                    (next_numbered := NUMBERED.match(self.next_text(i))) is not None and
                    int(next_numbered.group(1) or next_numbered.group(2)) == self.material.first):
            # 2.5万元借款… right below （1-2题共用题干）, or 1.2万元… with 1.该合同… below it: the material's text; but
            # 1.3个月后…？ with its 答案 below is question 1 (round 84: a quantity's unit had been taken as the sign)
            numbered = None
        label = self.labelled.get(number)
        starts = self.current is None or by_numeral or (not self.current.in_answer and (self.current.options or self.current.answer is not None or
                                                                self.current.qtype in _ONE_STATEMENT or (
            # 名词解释 and 简答 waiting for a key at the end: a whole term or sentence above, not a list's lead
            # (简述下列原则：), and a number as its question's, not （1）: the next question (an outside round:
            # every such question of a Word-numbered paper had been refused)
            self.current.qtype is QuestionType.SHORT_ANSWER and not self.current.in_explanation and bool(self.current.stem) and
            not re.search(r"[:：]\s*$", self.current.stem[-1]) and not (label or "").lstrip().startswith(("（", "(")))) and (
            not self.current.in_explanation or OPTION.match(self.next_text(i)) or ANSWER.match(self.next_text(i))))
        if label is not None and NUMBERED.match(label + " ") and not starts and text.startswith(label) and \
                not (self.current is not None and (self.current.in_answer or self.current.in_explanation)):
            # 1. 2. or （1） that Word draws inside a question's stem (its statements): read as question numbers
            # they would split the question; refused below, as a typed one is not. (A reference answer's or an
            # explanation's points are read as typed ones are, the numbers kept.)
            text, numbered = text[len(label):].strip(), None
            self.auto_numbered = self.auto_numbered | {number}
        if numbered is None and number in self.auto_numbered and (self.qtype is not None or self.skipping) and starts:
            # a stem Word numbers itself (its list numbering) where a question starts: the number Word shows
            # is the next one; inside a question (statements ① ② of a stem, points of an explanation) it is
            # refused below, its numbers being part of what the question says
            text = f"{self.current.number + 1 if self.current is not None and self.current.block == self.block else 1}. {text}"
            numbered = NUMBERED.match(text)
            self.readings.word_numbered.append(number)
        return text, numbered

    def _numbered_line(self, i: int, number: int, text: str, images: list[str], numbered: re.Match[str] | None) -> bool | None:
        """A numbered line: a question of a section skipped (said), the rest of a line wrapped at a number (refused:
        which it is cannot be told), a stem's statements or an explanation's points numbered the other way, or the
        next question (drafted, with its material, topic and section). False: the line was one; None: read on (a
        line with no question number)."""
        if numbered and self.skipping and self.skipped_style is not None and (numbered.group(2) is not None) != self.skipped_style:
            self.placed.add(number)   # 4、 案例… then （1）（2）: its sub-questions and points, not questions of their own
            return False
        if numbered and self.skipping:
            self.skipped_style = numbered.group(2) is not None
            self.skipped_numbers.add((max(self.section, 1), int(numbered.group(1) or numbered.group(2))))
            self.skipped_blocks.add(self.block)
            self.report.skipped.append(RowProblem(self.file, number, None, Words(
                "a question of the section {name}, which is not a kind this product has (单选, 多选, 判断, 填空, "
                "简答)", name=self.skipping), unit=self.unit))
            self.current = None
            self.placed.add(number)
            return False
        if numbered:
            n = int(numbered.group(1) or numbered.group(2))
            unended = self.current is not None and not _ENDED.search(_last_text(self.current))
            if self.current is not None and unended and _DECIMAL_START.match(text) and \
                    not _a_term(self.current) and \
                    not (self.current.options and not self.current.in_answer and not self.current.in_explanation):
                # (a term is whole: 1．“三重一大”制度 / 2．12345政务服务便民热线 are two terms, an outside round)
                # (below an option the next question stands: 3.18周岁… after D. 六 is question 3)
                # 某公司违法所得为 / 3.5万元，…: a line wrapped at a decimal (a PDF copy), not question 3
                wrapped: str | None = Words(
                    "{text!r} below question {n}: the rest of a line wrapped at a decimal number, or question {k}? "
                    "It cannot be told: join the lines (or write {k}. with a space before its text)",
                    text=text[:30], n=self.current.number, k=n)
            elif self.current is not None and unended and (n > self.current.number + 1 or (
                        _CUT_IN_A_WORD.search(_last_text(self.current)) and not self.current.in_explanation)) and \
                    self.current.block == self.block and not self.current.broken and not self.current.in_answer and not (
                        numbered.group(2) is not None and not self.current.bracketed and self.current.list_next == n and
                        not self.current.options and not self.current.in_explanation) and (
                        self.current.in_explanation or (not self.current.options and self.current.answer is None) or (
                            self.current.options and self.current.answer is None and not self.current.in_answer and
                            _CUT_IN_A_WORD.search(_last_text(self.current)))):
                # (an option's line cut at 、 or 第 too: A．…第一款第1、 / 2、3项规定的行为  B．…, an outside round)
                # 1. 简述拨打 / 110、120等紧急电话…: a line wrapped at a number, where question 110 cannot be
                wrapped = Words("{text!r} below question {m}, whose line does not end: the rest of a wrapped line, "
                                "or question {n}? It cannot be told: join the lines (or number the questions in order)",
                                text=text[:30], m=self.current.number, n=n)
            else:
                wrapped = None
            if wrapped is not None and self.current is not None:
                self.report.problems.append(RowProblem(self.file, number, None, wrapped, unit=self.unit))
                self.current.broken = True
                self.placed.add(number)
                return False
            if self.current is not None and numbered.group(2) is not None and not self.current.bracketed and \
                    not self.current.options and self.current.answer is None and not self.current.in_explanation and (
                        self.current.list_next == n or (n == 1 and self.current.list_next is None and
                                                        self.current.qtype not in _ONE_STATEMENT)):
                # 1. 下列说法正确的有几项（ ） then （1）… （2）…: the stem's statements, numbered the other way
                self.current.stem.append(text)
                self.current.list_next = n + 1
                self.placed.add(number)
                return False
            if self.current is not None and numbered.group(2) is not None and not self.current.bracketed and \
                    self.current.list_next == n and self.current.options and n > 1 and not self.current.in_explanation:
                # 1. 案例… （1）…（ ） A. … （2）…（ ） A. …: sub-questions, a kind Xuefa has not
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "{text!r}: a second sub-question of question {m} (a case with sub-questions, 案例分析)? Xuefa has "
                    "no such kind: write each sub-question as a question of its own, with the case in its stem",
                    text=text[:30], m=self.current.number), unit=self.unit))
                self.current.broken = True
                self.current.list_next = n + 1
                self.placed.add(number)
                return False
            if self.current is not None and (self.current.in_explanation or self.current.in_answer) and (
                    n <= self.current.number or (self.current.list_next == n and n != self.current.number + 1) or
                    (numbered.group(2) is not None) != self.current.bracketed and (n == 1 or self.current.list_next == n)):
                # (（1）（2） points under stems numbered 1. 2., or 1. 2. under （1）（2）: another list's numbers)
                # a numbered list in the explanation (or a reference answer): 1. 2. after question 5's 解析
                _take_as_point(self.current, text, n)
                self.placed.add(number)
                return False
            cut = self.current is not None and self.current.list_next == n == self.current.number + 1
            read_as = _point_or_question(self.lines, i, n) if cut else None
            if cut and read_as is None and self.current is not None and is_short(self.current) and \
                    (self.current.in_answer or self.current.answer) and _last_in_its_section(self.lines, i) and \
                    not _asks(numbered.group(3)):
                read_as = "point"   # 答案： / 1. … / 2. … / 3. 依法纳税。 ending the paper (or its section): the last
                # question's last point, no question of its own (round 101: refused as either)
            if read_as == "point" and self.current is not None:   # 解析：1. … 2. … then 2. 全国人大… with its options
                _take_as_point(self.current, text, n)
                self.placed.add(number)
                return False
            cut = cut and read_as is None   # (told "question": options or an answer line below it)
            if cut and self.current is not None:   # both refused: the one above may go on, this one may be its point
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "{text!r}: the next point of the numbered list in the explanation above, or question {n}? It "
                    "cannot be told: number the list's points ① ② …", text=text[:30], n=n), unit=self.unit))
                self.report.problems.append(RowProblem(self.file, self.current.line, None, Words(
                    "question {m}: its explanation's numbered list goes on into the number of the question below "
                    "it ({n}), which cannot be told apart: number the list's points ① ② …", m=self.current.number, n=n),
                    unit=self.unit))
                self.current.broken = True
            if re.match(r"\s*\d{1,5}[.．]\d", text) and re.match(r"\d[\d.．]*\s*(?:万|亿|千|百|元|%|％|倍)", numbered.group(3)):
                self.readings.decimal_read.append(number)   # 1.5倍工资…: question 1, 5倍工资…? said (round 85)
            self._draft(number, numbered, images, cut)
            return False
        return None

    def _draft(self, number: int, numbered: re.Match[str], images: list[str], cut: bool) -> None:
        """The next question, drafted from its numbered line (``cut``: refused already, its number may be a point of
        the list above): with the pictures carried to it, its section's topic and points, the material it goes with
        (checked against the questions the material names), refused with shared options or a topic's title not read."""
        self.current = Draft(number, self.qtype, max(self.section, 1), int(numbered.group(1) or numbered.group(2)),
                         [numbered.group(3), *self.carried_caption], figures=self.carried + list(images),
                         broken=self.doubtful or cut,
                         block=self.block, bracketed=numbered.group(2) is not None,
                         category="/".join(c for c in (self.chapter, self.topic_name if self.topic_block == self.block else "") if c)
                         or None, topic_points=self.topic_points if self.topic_block == self.block else None)
        if self.options_shared is not None and self.options_shared[1] == self.block and self.current.number in self.options_shared[2]:
            self.current.broken, self.current.refused_at = True, self.options_shared[0]   # refused with the shared options
        if self.topic_refused is not None and self.topic_refused[1] == self.block:   # below a topic's title not read: refused
            self.current.broken, self.current.refused_at = True, self.topic_refused[0]   # (never the topic above's category)
        self.placed.add(number)
        self.carried, self.carried_caption, self.doubtful = [], [], False
        if self.material is not None and self.material.block == self.block and (self.material.first is None or (
                self.material.first <= self.current.number <= (self.material.last or 0))):
            self.current.material = self.material
            self.material.used.append(self.current.line)
            if self.material.refused and not self.current.broken:   # said at the material's line
                self.current.broken, self.current.refused_at = True, self.material.line
            if self.material.first is None and not self.material.cased:   # which questions are its cannot be told
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "question {n} goes with the material at {where}? That material names no questions: say "
                    "which questions it is for (回答1-3题), and put other questions above it or under a heading "
                    "of their own", n=self.current.number, where=place(self.unit, self.material.line)), unit=self.unit))
                self.current.broken = True
        elif self.material is not None and self.material.block == self.block and self.material.first is not None and (
                not self.material.used and not self.material.refused):
            # 回答第1～2题 above questions 26 and 27: the numbers it names are none of those below it, so the
            # questions below may be its and were kept without it (an outside round); refused, said
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "question {n} stands below the material at {where}, which names questions {first}-{last}: is "
                "it one of them? Correct the numbers the material names (回答26-27题) or the question's",
                n=self.current.number, where=place(self.unit, self.material.line), first=self.material.first,
                last=self.material.last), unit=self.unit))
            self.current.broken = True
        self.drafts.append(self.current)
        self.draft_at[(self.current.section, self.current.number)] = self.current
        self.drafts_numbered.setdefault(self.current.number, []).append(self.current)

    def _shared_options(self, number: int, text: str, images: list[str]) -> bool | None:
        """Options shared by several questions (（1-3题共用备选答案）), a kind Xuefa has not: refused, with the questions it
        names. False: the line was one; None: read on."""
        if (self.section or self.drafts) and not images and "共用" in text and _SHARED_OPTIONS.search(text) and (
                self.current is None or _named_questions(text, _SHARED_OPTIONS) or
                re.match(r"\s*[（(【\[]?\s*(?:以下|下列|下面)", text)):
            # （1-3题共用备选答案）, 以下1-2题共用下列选项：: options shared by several questions (a B-type group),
            # which Xuefa has not; the options below it and the questions it names are refused with it (they had
            # been refused one by one as lines of no question, and as questions with no options; below a question's
            # answer, as a line of that question: round 90, which then lost it too)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: options shared by several questions are not a kind Xuefa has; write the options "
                "under each question", text=text[:30]), unit=self.unit))
            self.options_shared, self.current = (number, self.block, _named_questions(text, _SHARED_OPTIONS)), None
            if not self.options_shared[2]:   # 以下两题共用…: the questions below it with no options of their own
                self.options_unnamed.append((number, self.block))
            self.placed.add(number)
            return False
        return None

    def _topic(self, i: int, number: int, text: str, images: list[str], mark_before: tuple[int, bool] | None) -> bool | None:
        """A topic's title inside a section (（一）宪法, 第一部分 宪法) above numbered questions: the category of the questions
        below it, and its points per question; its questions numbered from 1 again are refused, said here. False:
        the line was one; None: read on."""
        topic_remark = _TOPIC_POINTS.search(text) if self.section and text[:1] in "（(第" and "分" in text else None
        titled = text[:topic_remark.start()] if topic_remark is not None else text   # （一）宪法（每小题2分）: 宪法
        topic = (_TOPIC.fullmatch(titled) if text[:1] in "（(" else _CHAPTER.fullmatch(titled) if text[:1] == "第" else
                 None) if self.section and not self.cased and not images else None
        numeral = chinese_number(text[:topic.start(1)].strip(" （()）")) \
            if topic is not None and text[:1] in "（(" else None
        if topic is not None and (self.current is None or self.current.answer is not None or bool(self.current.options) or
                                  self._stem_ended_before_the_next(self.current, self.next_text(i))) and \
                not (self.current is not None and self.current.in_explanation and (
                    not self.current.explanation or re.search(r"[:：，,、；;]\s*$", self.current.explanation[-1]))) and \
                not (self.current is not None and not self.current.in_explanation and self.current.answer and
                     re.search(r"[:：，,、；;]\s*$", self.current.answer)) and \
                (numeral is None or self.topic_block != self.block or numeral == self.topic_number + 1) and \
                not (numeral is not None and mark_before is not None and mark_before == (numeral - 1, False)) and \
                (NUMBERED.match(self.next_text(i)) or _MATERIAL_LABEL.match(self.next_text(i))) and \
                not ANY_TYPE_NAME.search(topic.group(1).casefold()) and \
                _A_TOPIC.fullmatch(topic.group(1).strip()) and re.match(NOT_FACTS, topic.group(1)):
            # （一）宪法 / 第一部分 宪法 above numbered questions (or their material) inside a typed section: a topic,
            # the category of the questions below it (outside rounds: refused, the second one with advice to move it
            # into 解析), to the section's end; never an explanation's own points (解析：依据有二： （一）宪法 …, an
            # explanation leading into a list: ：，、；), and the next topic of a section numbered on from the one
            # before (rounds 81 and 85: 解析：参见宪法序言 with no full stop, then （二）刑法, is a topic again)
            self.topic_name, self.topic_block, self.topic_number = topic.group(1).strip(), self.block, numeral or self.topic_number
            self.topic_refused = None
            self.topic_names.add(self.topic_name)
            each = _POINTS_EACH.search(topic_remark.group(1)) if topic_remark is not None else None
            self.topic_points = ((each.group(1) or each.group(2)), number) if each is not None else None
            if topic_remark is not None and each is None:   # （一）宪法（共10分）: the topic's total, which no question keeps
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{said!r} after the topic's title is left out: a question keeps its own points, not a topic's "
                    "total; write them per question (每小题2分) if they should be kept",
                    said=topic_remark.group(0).strip()), unit=self.unit))
            if numeral is not None:
                self.last_mark[self.block] = (numeral, True)
            first_below = NUMBERED.match(self.next_text(i))
            below_number = int(first_below.group(1) or first_below.group(2)) if first_below else 0   # 1. or （1）
            numbered_above = [d.number for d in self.drafts if d.block == self.block]
            if below_number and numbered_above and below_number <= max(numbered_above):
                # （二）刑法 then 1. again: which answer of a key is whose, and which question a material names,
                # could not be told; said once here, not as a numbered list inside the question above
                self.restarted_at[len(self.drafts)] = number
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "the questions below the topic {text!r} are numbered from {n} again: number them on through "
                    "the section ({m}. {m1}. …), or give each topic a section heading of its own (一、单选题 …)",
                    text=text[:30], n=below_number, m=max(numbered_above) + 1,
                    m1=max(numbered_above) + 2), unit=self.unit))
            self.current = None if self.current is None or self.current.answer is not None else self.current
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} read as a topic's title: {name} is the category of the questions below it (a 知识点： "
                "line of their own wins)", text=text[:30],
                name="/".join(c for c in (self.chapter, self.topic_name) if c)), unit=self.unit))
            self.placed.add(number)
            return False
        return None

    @staticmethod
    def _stem_ended_before_the_next(current: Draft, below: str) -> bool:
        """A question whose answer is in a key (no answer, no options of its own yet), its stem ended (。？), and
        the question numbered next below: a topic's title between them is a title, not the stem's words (an
        outside round: （二）刑法 between two short answers refused as a remark)."""
        after = NUMBERED.match(below)
        return after is not None and int(after.group(1) or after.group(2)) == current.number + 1 and \
            not current.in_answer and not current.in_explanation and bool(current.stem) and \
            re.search(r"(?:[。？！?!]|[（(]\s*[)）])\s*$", current.stem[-1]) is not None   # (…的根本法。（ ）: round 111)

    def _material(self, i: int, number: int, text: str, images: list[str]) -> bool | None:
        """The material of the questions below (材料：…, 阅读下列材料，回答1-2题, a case under 案例 headings, a shared stem
        （1-2题共用题干）), put before each of their stems; the questions it names, checked against those above and other
        materials. False: the line was one; None: read on."""
        ended = self.current is None or self.current.answer is not None or self.current.in_explanation or (
            bool(self.current.options) and not self.current.in_answer)   # (a question with its answer in a key below)
        if not self.skipping and not images and text and ended and ((_MAY_BE_MATERIAL.search(text) and
                                                                     _MATERIAL_LABEL.match(text)) or (
                self.cased and (self.current is None and not (
                    self.material is not None and self.material.block == self.block and not self.material.used) or
                    _CASE_NUMBER.match(text)) and not OPTION.match(text) and not _is_key_line(text) and
                not (instructions_only(text) and not assessed_only(text) and (
                    bool(_INSTRUCTION.fullmatch(text)) or _instructions_end_here(self.next_text(i))))) or (
                (self.current is None or (self.current.answer is not None and not self.current.in_explanation) or
                 bool(_CASE_NUMBER.match(text) or _MATERIAL_UP_RANGE.search(text))) and
                not ANSWER.match(text) and not NUMBERED.match(text) and not OPTION.match(text) and
                not EXPLAIN.match(text) and _introduces_material(self.lines, i) and heading_type(text) is None and
                not _is_key_line(text))):   # (the cheap tests first: most lines are answers or questions)
            # 材料：…, （一）阅读下列案例，回答1-2题。: the material of the questions below, put before each stem
            named_here = _named_questions(text)
            written_range = (min(named_here), max(named_here)) if named_here else None
            if self.current is None and self.material is not None and self.material.block == self.block and not self.material.used:
                # 阅读下列材料，回答1-2题。 then 材料：…: the same material's text, under its label
                self.material.text.append(_MATERIAL_OPENS.sub("", text, count=1))
                if written_range and self.material.first is None:
                    self.material.first, self.material.last = written_range
                self.placed.add(number)
                return False
            shared_mark = re.match(rf"\s*{_SHARED_STEM}", text)
            remark = _SHARED_POINTS.match(text, shared_mark.end()) if shared_mark is not None else None
            if remark is not None:   # （1~2题共用题干）（每题2分）…: about the named questions' points, not facts
                text = text[:remark.start()] + text[remark.end():]
            each = _POINTS_EACH.search(shared_mark.group(0)) if shared_mark is not None else None
            each = each or (_POINTS_EACH.search(remark.group(1)) or
                            re.fullmatch(r"\s*(\d{1,3}(?:[.．]\d)?)\s*分\s*", remark.group(1)) if remark else None)
            if remark is not None and each is None:   # （本题组共4分）: the group's total, which no question keeps
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{said!r} after the shared stem's mark is left out: a question keeps its own points, not a "
                    "group's total; write them per question (每题2分) if they should be kept", said=remark.group(0).strip()),
                    unit=self.unit))
            self.material = Material(number, self.block, [_MATERIAL_OPENS.sub("", text, count=1)] if
                                 _MATERIAL_OPENS.match(text) else [text], cased=self.cased,
                                 points=(each.group(1) or each.group(2)) if each else None)
            named_apart = sorted(set(range(written_range[0], written_range[1] + 1)) - named_here) if written_range else []
            if written_range and named_apart:   # 回答1、3题: question 2 stands between them
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "the material names questions {first} and {last} but not {gaps} between them: material goes "
                    "before the questions in a row below it; number the questions it serves one after another, or "
                    "write its facts into each one's stem", first=written_range[0], last=written_range[1],
                    gaps="、".join(map(str, named_apart))), unit=self.unit))
                self.material.refused = True
            if written_range:
                self.material.first, self.material.last = written_range
                above = [d for n in range(self.material.first, min(self.material.last, self.material.first + 100) + 1)
                         for d in self.drafts_numbered.get(n, []) if d.block == self.block]   # (a range is a few questions)
                named_before = self.materials[-1] if self.materials and self.materials[-1].block == self.block and \
                    self.materials[-1].first is not None and (self.materials[-1].first or 0) <= self.material.last and \
                    self.material.first <= (self.materials[-1].last or 0) else None   # (the one above it: never all of them)
                if named_before is not None and not above:   # 回答1-3题, then 回答3-4题: question 3 is whose?
                    self.report.problems.append(RowProblem(self.file, number, None, Words(
                        "material for questions {first}-{last}, though the material at {where} names some of them "
                        "too: which questions go with which material cannot be told; correct the numbers they name",
                        first=self.material.first, last=self.material.last, where=place(self.unit, named_before.line)), unit=self.unit))
                    self.material.refused = True
                if above:   # 回答3-4题 below question 3 (the material above named it too?): which is whose?
                    self.report.problems.append(RowProblem(self.file, number, None, Words(
                        "material for questions {first}-{last} below question {n}, which it names too: which "
                        "questions go with which material cannot be told; correct the numbers it names",
                        first=self.material.first, last=self.material.last, n=above[0].number), unit=self.unit))
                    for d in above:
                        d.broken = True
                    self.material.refused = True
            self.materials.append(self.material)
            self.current = None
            self.placed.add(number)
            return False
        return None

    def _outside_questions(self, i: int, number: int, text: str, images: list[str], caption_line: bool) -> bool | None:
        """Lines where no question is being read (or a table of data below one): the material's next lines, what stands
        under a section skipped, a table of data (refusing the questions that go with it), a picture above a
        question, a title or a section's instructions (noted), and lines that are none of these (refused by name).
        False: the line was one; None: a line of the question being read."""
        if self.material is not None and self.current is None and not self.skipping and self.material.block == self.block and \
                not self.material.used and text and not images:   # the material's next lines, up to the first question
            self.material.text.append(text)
            written_range = _named_range(text)
            if written_range and self.material.first is None:   # …根据以上材料回答2-3题。 at its end
                self.material.first, self.material.last = written_range
            self.placed.add(number)
            return False
        if self.current is None and self.skipping:   # the rest of a skipped question (its options, its answer)
            self.placed.add(number)
            if text and self.block not in self.skipped_blocks and not _INSTRUCTION.fullmatch(text):
                # 二、案例分析题 then a case with no number: what it holds is said skipped, never lost unsaid
                self.skipped_blocks.add(self.block)
                self.report.skipped.append(RowProblem(self.file, number, None, Words(
                    "{text!r}: text under the section {name}, which is not a kind this product has (单选, 多选, 判断, "
                    "填空, 简答); skipped with the section", text=text[:30], name=self.skipping), unit=self.unit))
            return False
        tabled = _a_table(images)
        if tabled:
            self.tables_seen.append((self.block, number))   # (a later question asking about 上表 is refused with it)
        if tabled and (self.current is None or self.current.answer is not None or self.current.options) and not self.skipping and \
                (self.section or self.drafts):
            # (below a question's options or answer it is not that question's: the one below it asks about it)
            # a table of data in no question (material's, or above the question that asks about it): a question
            # keeps text only, so what goes with it is left out (its cells had been glued into stems, figures
            # dropped as page numbers)
            self.placed.add(number)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "a table of data ({text}) in no question: a question keeps text only, so the question below it "
                "and those that ask about it are left out; write what they need from it into their stems as text, "
                "or delete it", text=text[:30]), unit=self.unit))
            if self.material is not None and self.material.block == self.block and not self.material.used:
                self.material.refused = True   # the material it is in: the questions it goes with
            self.doubtful, self.current = True, None   # the question below may be its owner: never imported without it
            return False
        if self.current is None and (not text or caption_line):   # a picture above a section's first question
            self.placed.add(number)
            if _UPWARD.search(_next_question(self.lines, i)):   # whose stem says 如上图
                self.carried += images
                self.carried_caption += [text] if text else []
                self.captioned = "carried"
                return False
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "a picture above the first question of its section: put it below the stem of its question"),
                unit=self.unit))
            self.doubtful = True   # the question below may be its owner: never imported without it
            return False
        if self.current is None:  # a title or instructions above the questions
            if (self.section or self.drafts) and instructions_only(text) and (_numbered_below(self.lines, i) or (
                    _INSTRUCTION.fullmatch(text) and not _ASKS_AN_ESSAY.search(text))):
                # （每小题2分…）, 说明：…, 得分：____ under a heading (要求：结合工作实际，论述… with no numbered
                # question below it in its section is a question, never the section's instructions: it had been
                # dropped with a note, an outside round; 答题要求：观点明确，论述充分 above numbered ones is theirs)
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{text!r} below a section heading read as the section's instructions, not a question",
                    text=text[:80]), unit=self.unit))   # (whole: what was left out is seen)
                said_each = _POINTS_EACH.search(text)
                if said_each is not None and self.block not in self.block_points and not self.drafts_here(self.block):
                    # （每小题2分，共4分） below the heading: each question's points, as on the heading (round 84)
                    self.block_points[self.block] = (said_each.group(1) or said_each.group(2), number)
                if self.qtype is QuestionType.TRUE_FALSE and _A_IS_TRUE.search(text) and not self.drafts_here(self.block):
                    self.a_is_true.add(self.section)   # （A表示正确，B表示错误） below 三、判断题
                if TWO_OR_MORE.search(text) and self.qtype in (QuestionType.MULTIPLE, None) and not self.drafts_here(self.block):
                    # （每题有两个或两个以上正确答案） below 二、多项选择题, or below 二、选择题: its questions are multiple
                    self.qtype = self.section_types[self.section] = QuestionType.MULTIPLE
                    self.two_or_more.add(self.section)
            elif self.options_shared is not None and self.options_shared[1] == self.block and (
                    not self.drafts or self.drafts[-1].line < self.options_shared[0]):
                self.placed.add(number)   # the shared options (and stem) below it: refused with it
            elif self.section and _TOPIC_SHAPED.fullmatch(text) and (headed := NUMBERED.match(self.next_text(i))):
                self.report.problems.append(_not_a_topic(self.file, number, text, int(headed.group(1) or headed.group(2)), self.unit))
                self.topic_refused = (number, self.block)
            elif (self.section or self.drafts) and len(text) >= 4 and not ANSWER.match(text):
                # 说明：李四因不服县公安局作出的罚款决定…: facts, or rules not written as instructions (outside
                # rounds: the clerk was told only what it is not)
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "{text!r} below a section heading is neither a numbered question nor only the section's "
                    "instructions: if it is the case or material of the questions below, put it under a 案例分析题 "
                    "heading or say which questions it serves (阅读下列材料，回答1-2题); if it is a question, number "
                    "it (1. 1、); if it only tells how to answer, delete it", text=text[:30]), unit=self.unit))
            elif self.section or self.drafts:
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "{text!r} is not a numbered question (1. 1、 （1）) nor a section heading",
                    text=text[:30]), unit=self.unit))
            elif (after_name := _HEADING_AND_REST.match(text)) is not None and len(after_name.group(2)) >= 2:
                # 四、案例分析题：张三向区政府申请公开信息… : a heading that goes on with a case's facts, never a title
                # to leave out (its facts had been dropped with a note, an outside round)
                self.report.problems.append(_says_more(self.file, number, text, after_name.group(2), self.unit))
            else:
                self.readings.titles += 1
                self.title_lines.add(text)
                self.chapter = _chapter_of(text, self.chapter)
                if _CHAPTER.match(text):
                    self.report.notes.append(RowProblem(self.file, number, None, _chapter_note(text), unit=self.unit))
                elif self.readings.titles <= TITLE_NOTES:   # a file of nothing but such lines is said in one note, below
                    self.report.notes.append(RowProblem(self.file, number, None, Words(
                        "{text!r} read as a title, not a question", text=text[:30]), unit=self.unit))
            return False
        return None

    def _in_question(self, i: int, number: int, raw: str, text: str, images: list[str], caption_line: bool) -> bool:
        """A line of the question being read (self.current): its picture, a Word-numbered line (refused), 难度/知识点/分值,
        its answer and explanation (and their points), its options, or its stem's next words; lines that are none of
        these (remarks, a question that lost its number, a stray heading) refuse it by name. Always False (the line
        is read)."""
        assert self.current is not None   # (_line reads the lines above or outside a question first)
        if not text or caption_line:   # a paragraph that only shows a picture: the stem's figure, until options
            return self._picture_in_question(i, number, text, images)
        if number in self.auto_numbered:   # ① ② or 1. 2. that Word draws: the learner would never see them
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} is numbered by Word's automatic numbering, which is not part of the text: the number "
                "would be lost, so the question of {where} is not imported; select the list, turn the numbering off "
                "(开始 → 编号 → 无) and type the numbers", text=text[:30], where=place(self.unit, self.current.line)), unit=self.unit))
            self.current.broken = True
            self.placed.add(number)
            return False
        for part in (self._meta_line, self._answer_or_explanation_line, self._option_line_or_mark,
                     self._line_below_answer_or_options):
            if (done := part(i, number, raw, text, images)) is not None:
                return done
        return self._stem_or_remark_line(i, number, text, images)

    def _kept(self, number: int, images: list[str]) -> bool:
        """A line read into the question, or refused with it, other than its stem's: the pictures on it go with the
        question's; False (read on)."""
        assert self.current is not None
        self.current.images += images   # on an option, answer or explanation line
        self.placed.add(number)
        return False

    def _meta_line(self, i: int, number: int, raw: str, text: str, images: list[str]) -> bool | None:
        """难度：易, 知识点：宪法, 分值：2 below a question: its difficulty, category or points, as an Excel bank has them;
        None when the line is none (or an answer or explanation ending in a colon leads into it)."""
        assert self.current is not None
        meta = _META.match(text) if not ((self.current.in_explanation or self.current.in_answer) and
                                         re.search(r"[：:，,、]\s*$", _last_text(self.current))) else None
        if meta is None:
            return None
        name, value = meta.group(1) or meta.group(2), meta.group(3)
        if name in ("分值", "分数"):
            self.current.points = value
        elif "难" in name:
            level = parse_difficulty(value)
            if level is None:
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "{text!r}: a difficulty is 易, 较易, 中, 较难, 难 or 1–5", text=text[:30]), unit=self.unit))
                self.current.broken = True
            self.current.difficulty = level
        else:
            self.current.category = value[:100]
        self.placed.add(number)
        return False

    def _answer_or_explanation_line(self, i: int, number: int, raw: str, text: str, images: list[str]) -> bool | None:
        """答案：/解析： lines and the lines of an answer or explanation being read (or a question that lost its number
        found inside an explanation, refused); None when the line is none of these."""
        assert self.current is not None
        answer_line = ANSWER.match(text)
        explain = EXPLAIN.match(text)
        if self.current.in_explanation and self.current.answer is not None and ANSWER_SENTENCE.match(text):
            self.current.explanation.append(text)   # 正确答案是A，其余选项均为部门法。: the explanation's own sentence
            self.placed.add(number)
            return False
        if self.current.in_explanation and (self.current.answer is not None or bool(
                self.current.stem and _MARK_ANY.search(self.current.stem[-1]))) and (
                answer_line or explain or _MARKED_STATEMENT.search(text) or (
                BLANK_PATTERN.search(text) and re.match(r"\s*[AＡ]\s*[.．、:：)）]", self.next_text(i)))):
            # 答案： or 解析： again, or a stem with its blank and options A. B. below, inside an explanation: a
            # question whose number was lost (2，… for 2、…) would go into it whole
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} inside the explanation of question {n}: a question without its number above it? Number "
                "it (1. 1、 （1）)", text=text[:30], n=self.current.number), unit=self.unit))
            self.current.broken = True
            return False
        if answer_line and (not self.current.in_explanation or self.current.answer is None):   # (解析 first, then 答案)
            if (done := self._answer_line(i, number, text, answer_line)) is not None:
                return done
        elif self.current.in_answer and not explain:
            if len(self.current.answer or "") <= MAX_TEXT_CHARS:   # (past the most an answer may hold: refused at build)
                self.current.answer = f"{self.current.answer}\n{text}".strip()
        elif explain:
            self.current.in_answer = False
            self.current.in_explanation = True
            self.current.explanation.append(explain.group(1))
            if re.match(r"\s*1\s*[.、．]\s*\S", explain.group(1)):
                self.current.list_next = 2   # 解析：1.宪法是根本法； with 2. … below: its list goes on there
        elif self.current.in_explanation and not images and (_META_REMARK.match(text) or _BRACKET_ALONE.fullmatch(text) or (
                len(text) <= 12 and self.current.explanation and re.search(r"[。？！?!]\s*$", self.current.explanation[-1]) and
                not _ENDED.search(text) and not _STATEMENT_MARK.match(text))):
            # 考点：…, 出处：…, 【来源】…, 易错题, （2022年真题） below an explanation: a remark or a tag, which
            # glued into the explanation would be shown as its words
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below the explanation of question {n}: a remark or a tag (考点：, 出处：, 易错题)? Xuefa "
                "keeps no such field: write it into the 解析 line's text, or delete it", text=text[:30],
                n=self.current.number), unit=self.unit))
            self.current.broken = True
        elif self.current.in_explanation and self.cased and not images and len(self.current.explanation) >= 1 and \
                NUMBERED.match(self.next_text(i)) and not NUMBERED.match(text):
            # in a section of cases, a line between an explanation and the next question: the explanation's last
            # words, or the facts that question goes with? Either way round, one of them would be changed
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} between the explanation of question {n} and the next question, in a section of cases: the "
                "explanation's last words, or facts the next question goes with? It cannot be told: join it to the "
                "解析 line, or give the facts a case's number of their own (（三）…) or 材料：", text=text[:30],
                n=self.current.number), unit=self.unit))
            self.current.broken = self.doubtful = True   # (both: the question below may go with the line)
        elif self.current.in_explanation:
            if not images and (question_below := NUMBERED.match(self.next_text(i))) is not None and (
                    self.current.explanation and _ENDED.search(self.current.explanation[-1]) and len(text) >= 12 or
                    re.search(r"[，,：:]\s*$", text)):
                # 解析：宪法是根本法。 then 甲公司与乙公司签订…。 then 2.甲公司可以主张（ ）: the explanation's last words,
                # or the facts of question 2? Kept where it stands, said (outside round 86); so is a lead-in ending
                # in ， right above question 2 (根据《行政处罚法》的规定，), whatever the explanation ends with (round 90)
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{text!r} below the explanation of question {n}, right above question {m}, read as the "
                    "explanation's last words: if it is the facts question {m} goes with, put it in that question's "
                    "stem, or above it as 材料：…", text=text[:30], n=self.current.number,
                    m=int(question_below.group(1) or question_below.group(2))), unit=self.unit))
            self.current.explanation.append(text)
        else:
            return None
        return self._kept(number, images)

    def _option_line_or_mark(self, i: int, number: int, raw: str, text: str, images: list[str]) -> bool | None:
        """An option's line (A. 宪法), one a PDF copy wrapped, or an option marked before its letter (refused); None
        when the line is none of these."""
        assert self.current is not None
        if text.lstrip()[:1] in _MARK_FIRST and (marked_letter := _MARKED_LETTER.match(text)) and not images:
            # *C. 五, ★B、刑法: the right option marked before its letter, as some banks do; the mark is not read
            # (the learner would see it), so the answer would be lost or wrong
            letter = unicodedata.normalize("NFKC", marked_letter.group(1))
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: a mark before option {key}'s letter (the right option?) is not read; write the option as "
                "{key}. and its text, and the answer on a line of its own (答案：{key})", text=text[:30], key=letter),
                unit=self.unit))
            self.current.broken = True
        elif self.current.options and self.unit != "paragraph" and not self.current.in_answer and self.current.answer is None and \
                (wrap := _option_wrapped(text, self.current.options[-1], self.texts[i - 1] if i else "")) is not None:
            # A．…  B．机关、单位对所产生的国家秘密事项，应当 / 按照…确定密级  C．个人…: a PDF copy wrapped option B,
            # and its line holds option C whole (an outside round: refused, the question lost)
            option_end, options_after = wrap
            wrapped_key = self.current.options[-1][0]
            self.current.options[-1] = (wrapped_key, self.current.options[-1][1] + "\n" + option_end)
            self.current.options += options_after
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} read as the rest of option {key}'s text (a remark there belongs in 解析)",
                text=option_end[:30], key=wrapped_key), unit=self.unit))
        elif OPTION.match(text):
            return self._option_line(number, raw, text, images)
        else:
            return None
        return self._kept(number, images)

    def _line_below_answer_or_options(self, i: int, number: int, raw: str, text: str, images: list[str]) -> bool | None:
        """A line below a question's answer or its options: a short answer's reference answer going on, an option's
        wrapped words, an essay's requirement, or a remark, a tag or another question's start (refused by name);
        None when the line is none of these."""
        assert self.current is not None
        if is_short(self.current) and self.current.answer and not self.current.in_explanation and not images and \
                not _LABEL.match(text) and not _stray(text) and not _ASKING.match(text) and \
                len(self.current.answer) <= MAX_TEXT_CHARS:
            # 答：法治是…。 then 一是坚持…； 二是…: a short answer's reference answer goes on below its 答 line
            self.current.answer = f"{self.current.answer}\n{text}"
            if re.search(r"[，,：:]\s*$", text) and (lead_below := NUMBERED.match(self.next_text(i))) is not None:
                # 根据宪法规定， right above question 2: the answer's last words, or question 2's lead? said (round 92)
                self.report.notes.append(RowProblem(self.file, number, None, Words(
                    "{text!r} below the reference answer of question {n}, right above question {m}, read as the "
                    "answer's last words: if it is the start of question {m}'s stem, put it after the number",
                    text=text[:30], n=self.current.number, m=int(lead_below.group(1) or lead_below.group(2))), unit=self.unit))
        elif self.current.answer is not None and (lead_of := NUMBERED.match(self.next_text(i))) is not None and \
                re.search(r"[，,：:]\s*$", text) and not _LABEL.match(text) and not ANSWER.match(text):
            # 根据《行政处罚法》的规定， right above question 2: its stem's start, the number put on the wrong line
            # (round 86: refused as question 1's, which --accept-valid then dropped)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} ends with {mark} right above question {n}: the start of its stem? Put it after the number "
                "({n}. {text}…), or delete it", text=text[:30], mark=text.rstrip()[-1],
                n=int(lead_of.group(1) or lead_of.group(2))), unit=self.unit))
            self.doubtful = True   # the question below is refused with it, the one above kept
        elif self.current.answer is not None and self.section and _TOPIC_SHAPED.fullmatch(text) and \
                (below_topic := NUMBERED.match(self.next_text(i))) is not None:
            self.report.problems.append(_not_a_topic(self.file, number, text, int(below_topic.group(1) or below_topic.group(2)),
                                                     self.unit))
            self.topic_refused = (number, self.block)
        elif self.current.answer is not None or (self.current.options and _LABEL.match(text)):
            # 考点：…, 法律依据：… below the options or the answer: not the option's text, nor the stem's
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} is not part of the question: below the options only 答案：, 解析：, 难度：, 知识点： and 分值： "
                "lines are read; move it into 解析, or delete it",
                text=text[:30]) if self.current.options else Words(
                "{text!r} is not part of the question: below its answer only 解析：, 难度：, 知识点： and 分值： lines are "
                "read; move it into 解析, or delete it", text=text[:30]), unit=self.unit))
            self.current.broken = True
        elif self.current.options and (_starts_with_letter(text, self.current.options[-1][0]) or BLANK_PATTERN.search(text)
                                       or self.unit == "paragraph" or re.search(r"(?:^|\s)[A-HＡ-Ｈ]\s*[.．、:：)）]", text)):
            # D。行政法 (the next option, mistyped), a stem with its blank (a question that lost its number), or in
            # Word a paragraph of its own (a line Word wraps is one paragraph): not the option's text
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below option {key} is neither the next option (its letter and a mark: {next}.) nor an "
                "answer line: a question without its number, a mistyped option, or a remark for 解析?",
                text=text[:30], key=self.current.options[-1][0], next=_after(self.current.options[-1][0])), unit=self.unit))
            self.current.broken = True
        elif self.current.options and self.unit != "paragraph" and i and not self.current.in_answer and self.current.answer is None and \
                self.current.options[-1][0] < "H" and len(text) <= 40 and \
                re.search(rf"(?:^|\s){_after(self.current.options[-1][0])}\s*[.．、]\s*$", self.texts[i - 1]):
            # …C．劳动和社会保障权益　D． / 财产权益: a PDF copy left option D's letter at the line's end (an outside
            # round: refused as the rest of option C, the question lost)
            next_key = _after(self.current.options[-1][0])
            self.current.options += [(next_key, text)]
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} read as option {key}'s text, its letter left at the end of the line above",
                text=text[:30], key=next_key), unit=self.unit))
        elif self.current.qtype is QuestionType.SHORT_ANSWER and not self.current.options and self.current.answer is None and \
                not self.current.in_answer and re.match(r"\s*(?:答题)?要求\s*[:：]\s*\S", text):
            # 2．论述如何推进信访工作法治化。 then 要求：观点明确，字数不少于800字。: what the essay must do, part of what
            # it asks (an outside round: refused, the essay lost)
            self.current.stem.append(text)
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "{text!r} below question {n} read as part of its stem (what the answer must do)", text=text[:30],
                n=self.current.number), unit=self.unit))
        elif _stray(text):
            # 考点：…, 出处：…, 注：…, （2021年新增）, 得分 评卷人, 第二部分 民法典 below a stem or an option: not its
            # text (the learner would read it), nor a line Xuefa reads
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} is not part of the question: below a question only 答案：, 解析：, 难度：, 知识点： and 分值： "
                "lines are read (a part or section heading only as 一、单项选择题 …); move it into 解析, or delete it",
                text=text[:30]), unit=self.unit))
            self.current.broken = True
        elif self.current.options and (_wrapped_width(self.current.options[-1][1], self.texts[i - 1] if i else "")
                                       < WRAPPED_SHORTEST or _ENDED.search(self.current.options[-1][1])):
            # D. 行政法 then 本题考查…: a line too short to have been wrapped, or one that has ended, goes on with
            # no next words; a remark glued to the option would be shown to the learner as part of it
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below option {key}, whose line is too short to have been wrapped (or has ended): a remark "
                "(it belongs in 解析), or the rest of the option? Join it to the option's line, or move it into 解析",
                text=text[:30], key=self.current.options[-1][0]), unit=self.unit))
            self.current.broken = True
        elif self.current.options:
            self.current.options[-1] = (self.current.options[-1][0], self.current.options[-1][1] + "\n" + text)
            self.report.notes.append(RowProblem(self.file, number, None, Words(   # a wrapped option, or a remark?
                "{text!r} read as the rest of option {key}'s text (a remark there belongs in 解析)",
                text=text[:30], key=self.current.options[-1][0]), unit=self.unit))
        else:
            return None
        return self._kept(number, images)

    def _stem_or_remark_line(self, i: int, number: int, text: str, images: list[str]) -> bool:
        """A line below a stem with no options or answer yet: its answer mark or blank alone, the stem's next words,
        or a question that lost its number, a bullet for a letter, a heading or a remark (refused by name)."""
        assert self.current is not None
        if self.current.qtype in (QuestionType.TRUE_FALSE, None) and not self.current.options and self.current.answer is None \
                and (_MARK_ANY.fullmatch(text) or re.fullmatch(r"[（(][\s\u3000]*[)）]", text)) and \
                not INLINE.search(" ".join(self.current.stem)) and bool(_STEM_ENDED.search(self.current.stem[-1])):
            # 2. 公民在法律面前一律平等。 then （√） alone below it (wrapped at the page's edge): its answer; or its
            # blank （ ） alone, the answer in a key (an outside round: refused, the question lost)
            self.current.stem[-1] = f"{self.current.stem[-1]}{text}"
        elif INLINE.search(text) and INLINE.search(" ".join(self.current.stem)) or (
                self.current.qtype is QuestionType.TRUE_FALSE and bool(_STEM_ENDED.search(self.current.stem[-1]))
                and text.endswith(("。", "？", "！", "）", ")")) and not CAPTION.match(text) and
                not _SECTION_LIKE.match(text) and not _STATEMENT_MARK.match(text)) or (
                self.current.qtype is QuestionType.FILL_IN and self.current.stem[-1].rstrip().endswith(("。", "？", "！")) and
                BLANK_PATTERN.search(self.current.stem[-1]) is not None and BLANK_PATTERN.search(text) is not None) or (
                self.current.qtype in (QuestionType.SHORT_ANSWER, None) and _ASKING.match(text)
                and self.current.stem[-1].rstrip().endswith(("。", "？", "?"))):
            # 2. 甲。（√） then 乙。（×）: a question without its number would be glued to the one above it
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below question {n}, which is a whole statement already: a question without its number? "
                "Number it, or join the lines", text=text[:30], n=self.current.number), unit=self.unit))
            self.current.broken = True
        elif _BULLET.match(text) and not self.current.options and self.current.answer is None and not images and \
                self.current.qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE) and not OPTION.match(_after_bullets(self.texts, i)):
            # 1. 我国的根本法是（ ）。 then • 宪法 / • 刑法 / 答案：A: options with bullets for letters (a statement
            # list with bullets above options A. B. stays the stem's: the branch below)
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: an option marked with a bullet (•) has no letter: options are read as A. B. C. …; write "
                "A. before the first, B. before the next …", text=text[:30]), unit=self.unit))
            self.current.broken = True
        elif _SECTION_LIKE.match(text) and not images:
            # 三、法条理解题 below a question: a heading naming no type Xuefa reads, not the stem's next words
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below question {n}: a section heading? It names no question type Xuefa reads (单项选择题, "
                "多项选择题, 判断题, 填空题, 简答题); name one of them, or delete the line if it belongs to no section",
                text=text[:30], n=self.current.number), unit=self.unit))
            self.current.broken = True
        elif not images and self.current.stem and _STEM_ENDED.search(self.current.stem[-1]) and not _ENDED.search(text) and \
                not _STATEMENT_MARK.match(text) and not BLANK_PATTERN.search(text) and not CAPTION.match(text) and \
                not _UNMARKED_OPTION.match(text) and not _TRUE_FALSE_WORD.fullmatch(text) and \
                not _table_row_below(self.current.stem, text):
            # 易错题, 2023年真题, 本题考查… below a stem that has ended (its 。, its blank or answer bracket): a
            # remark or a tag, never the stem's next words
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r} below question {n}, whose stem has ended: a remark or a tag (易错题, 2023年真题)? It belongs "
                "in 解析, or delete it; if it is the stem's own text, end it with its punctuation (。)",
                text=text[:30], n=self.current.number), unit=self.unit))
            self.current.broken = True
        else:
            self.current.stem.append(text)
            self.current.figures += images
            self.placed.add(number)
            return False
        return self._kept(number, images)

    def _picture_in_question(self, i: int, number: int, text: str, images: list[str]) -> bool:
        """A paragraph that only shows a picture (perhaps with its caption) inside a question: the stem's figure until
        the options, below them a picture the question is refused with; between two questions, the one whose stem
        says 如上图 or 如下图 (neither or both: refused, said). Always False."""
        assert self.current is not None
        self.placed.add(number)
        below = self.current.options or self.current.answer is not None or self.current.in_explanation
        if _next_question(self.lines, i):   # between two questions: 如上图 below it, or 如下图 above?
            upward = bool(_UPWARD.search(_next_question(self.lines, i)))
            downward = not below and bool(_DOWNWARD.search("".join(self.current.stem)))
            if upward and not downward:
                self.carried += images
                self.carried_caption += [text] if text else []
                self.captioned = "carried"
            elif downward and not upward:
                self.current.figures.extend(images)
                self.current.stem += [text] if text else []
                self.captioned = "current"
            else:
                self.report.problems.append(RowProblem(self.file, number, None, Words(
                    "a picture between two questions: which one it belongs to cannot be told; put it right "
                    "below the stem that says 如下图, or say 如上图 in the stem below it"), unit=self.unit))
                self.current.broken, self.doubtful = True, True
                self.captioned = "refused"
            return False
        (self.current.images if below else self.current.figures).extend(images)
        if text and not below:
            self.current.stem.append(text)   # the caption beside its figure (below the options: refused with it)
        self.captioned = "refused" if below else "current"
        return False

    def _option_line(self, number: int, raw: str, text: str, images: list[str]) -> bool:
        """A line of options (A. …, A．… B．… on one line, A. with its picture): the question's next options, in order; a
        line that skips a letter or hides one, or pictures on a line of several options, refuses the question.
        Always False (the line is read)."""
        assert self.current is not None
        start = self.current.options[-1][0] if self.current.options else ""
        split = _split_options(text, after=start)
        lone = re.fullmatch(r"\s*([A-HＡ-Ｈ])\s*[.．、:：)）]?\s*", text) if images and not split else None
        if lone is not None:   # "A." and a picture: an option that is a picture
            letter = unicodedata.normalize("NFKC", lone.group(1))
            expected = OPTION_KEYS.index(start) + 1 if start else 0
            if expected < len(OPTION_KEYS) and letter == OPTION_KEYS[expected]:
                split = [(letter, "")]
        if split and images and len(split) == 1:   # the option's own line: its picture
            self.current.option_figures.setdefault(split[0][0], []).extend(images)
            self.placed.add(number)
            images = []
        if any(not isinstance(f, Words) for f in images) and \
                len(re.findall(r"[A-HＡ-Ｈ]\s*[.．、:：)）]", text)) >= 2:   # A. [picture] B. [picture]
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "pictures on a line of several options: which picture is whose cannot be told; put each option on "
                "its own line (A. and its picture)"), unit=self.unit))
            self.current.broken = True
            self.placed.add(number)
            return False
        if not split:
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: options must go on in order after {value} (A. B. C. …)",
                text=text[:30], value=start or Words("the stem")), unit=self.unit))
            self.current.broken = True
            return False
        keys = [start, *(k for k, _ in split)] if start else [k for k, _ in split]
        skipped = next((_after(a) for a, b in zip(keys, keys[1:]) if b != _after(a)), "") or \
            ("A" if not start and split and split[0][0] != "A" else "")
        hidden_letter = _next_letter_inside(split) or skipped or next(   # C.  D. 军队: C empty, or lost
            (k for k, t in split if not t.strip() and not images and not self.current.option_figures.get(k)), "")
        if hidden_letter:   # C. 民法典 D。行政法: D's mark mistyped, D would be part of C
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "{text!r}: option {key} seems to be written here without its mark; write {key}. and its text",
                text=text[:40], key=hidden_letter), unit=self.unit))
            self.current.broken = True
            return False
        self.current.options += split
        self.current.coloured |= _coloured_options(split, raw, self.coloured.get(number, ()))
        self.current.underlined |= _coloured_options(split, raw, self.underlined.get(number, ()))
        self.current.bold |= _coloured_options(split, raw, self.bold.get(number, ()))
        self.current.images += images   # (on an option line: refused when the question is built)
        self.placed.add(number)
        return False

    def _answer_line(self, i: int, number: int, text: str, answer_line: re.Match[str]) -> bool | None:
        """The question's answer line (答案：A, 答案：A 解析：…, 答：1. … 2. …): its answer, the explanation or points written
        after it on the line, and whether its reference answer's points go on below. False: a second answer line
        (refused); None: read on."""
        assert self.current is not None
        self.current.in_explanation = False
        if self.current.answer:   # 答案：A, then 正确答案：B: which one? never the last one silently
            self.report.problems.append(RowProblem(self.file, number, None, Words(
                "a second answer line ({text!r}) for the question of {where}: keep one",
                text=text[:20], where=place(self.unit, self.current.line)), unit=self.unit))
            self.current.broken = True
            return False
        answer_text, explained = _answer_and_explanation(answer_line.group(1).strip())
        if not explained.strip() and (self.current.qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE,
                                                             QuestionType.TRUE_FALSE) or self.current.options or (
                self.current.qtype is None and not BLANK_PATTERN.search(" ".join(self.current.stem)))):
            answer_text, explained = _answer_then_reason(answer_text)
        elif not explained.strip() and not self.current.options and (self.current.qtype is QuestionType.FILL_IN or (
                self.current.qtype is None and BLANK_PATTERN.search(" ".join(self.current.stem)))):
            answer_text, explained = _fill_answer_then_reason(_numbered_blanks(answer_text))
        if explained and not _EXPLAIN_INSIDE.search(answer_line.group(1)):
            # 答案：正确。宪法具有… / 答案：宪法。宪法是…: the reason after the answer is its explanation
            self.report.notes.append(RowProblem(self.file, number, None, Words(
                "the words after the answer {answer!r} read as its explanation (解析)",
                answer=answer_text), unit=self.unit))
        scored_here = re.search(r"\s*[（(](\d{1,3})(?:[.．]0)?\s*分[)）]\s*$", answer_text)
        if scored_here and answer_text[:scored_here.start()].strip():   # 答案：B（2分）: the question's points
            self.current.points, answer_text = scored_here.group(1), answer_text[:scored_here.start()]
        self.current.answer, self.current.in_answer, self.current.answer_at = answer_text.strip(), False, number
        points = [int(p) for p in re.findall(r"[（(](\d{1,2})[)）]", self.current.answer)]
        if is_short(self.current) and not self.current.bracketed and points and points == list(range(1, len(points) + 1)):
            # 答案：（1）合法行政； with （2）… on the lines below: the reference answer's points, not questions
            self.current.in_answer, self.current.list_next = True, len(points) + 1
        points_at = [int(p) for p in re.findall(r"(?:^|[\s；;。])(\d{1,2})\s*[.、．]\s*(?=\D)", self.current.answer)]
        next_numbered = NUMBERED.match(self.next_text(i))
        if is_short(self.current) and points_at and points_at == list(range(1, len(points_at) + 1)) and (
                len(points_at) >= 2 or (self.current.answer.lstrip().startswith("1") and next_numbered is not None and
                                      int(next_numbered.group(1) or next_numbered.group(2)) == 2)):
            # (答：1.科学立法； with 2.严格执法； on the next line: its one point so far, the list goes on)
            # 答：1. 合法行政；2. 合理行政； with 3. … on the line below: its points go on there
            self.current.in_answer, self.current.list_next = True, len(points_at) + 1
        elif is_short(self.current) and self.current.answer.endswith(("：", ":")) and next_numbered is not None and \
                int(next_numbered.group(1) or next_numbered.group(2)) == 1:
            # 答：依法行政是指…其基本要求包括： with 1. 合法行政； below: the answer's points begin there
            self.current.in_answer, self.current.list_next = True, 1
        if explained.strip():   # 答案：A 解析：… on one line
            self.current.in_explanation = True
            self.current.explanation.append(explained.strip())
        return None


@dataclass
class _PaperFacts:
    """What reading the whole paper leaves for building each of its questions (_build_question): where problems
    and readings go, the answer key, the Word file's pictures and underlining, the tables met, the headings'
    points, which numbers a key must tell apart (``waiting``), the nearest answered question above per block, the
    sections' kinds from their headings."""
    report: ImportReport
    file: str
    unit: str
    readings: Readings
    sink: QuestionSink
    answer_key: AnswerKey
    pictures: dict[str, Picture]
    underlined: dict[int, list[tuple[str, str]]]
    tables_seen: list[tuple[int, int]]
    block_points: dict[int, tuple[str, int]]
    waiting: Counter[int]
    answered_above: dict[int, Draft]
    answered_blocks: set[int]
    keyed_numbers: dict[int, set[int]]
    loosely_keyed: set[int]
    unread_key: list[int]
    key_lines: list[int]
    term_sections: set[int]
    two_or_more: set[int]
    a_is_true: set[int]


def _stem_type_and_points(d: Draft, stem: str, paper: _PaperFacts, problem: Callable[[str], None]
                          ) -> tuple[str, QuestionType | None, int | None] | None:
    """What stands around a drafted question's stem that is not its words: a fill-in's { } blanks, the type it
    says (单选题（2分） on a line above it, 【多选题】), the bank's id of it, a bank's labels, its points (（10分）, 2、1分 …,
    分值：2分 below it, or its shared stem's, topic's or heading's 每题2分). Returns (the stem without them, the type
    it says, its points); None when the question is refused (said through ``problem``)."""
    readings = paper.readings
    if not d.options and d.qtype in (QuestionType.FILL_IN, None):   # a fill-in's { } as some write a blank,
        # shown as the brackets the others are (a short answer's {} are its own words)
        stem = _BRACE_BLANK.sub("（ ）", stem)
    first_line, _, below_first = stem.partition("\n")
    typed_line = _TYPE_LINE.fullmatch(first_line) if below_first.strip() else None
    if typed_line is not None:   # 单选题（2分） on a line above its stem (a page number between undid the join)
        worth = _LINE_POINTS.fullmatch(typed_line.group(2) or "（0分）")
        if worth is None:
            problem(Words("{said} above the stem: its type and points? Points are whole numbers written （3分）",
                          said=first_line.strip()[:20]))
            return None
        stem = f"【{typed_line.group(1)}】" + (f"（{worth.group(1)}分）" if typed_line.group(2) else "") + below_first
    glued = _GLUED_TYPE.match(stem)
    if glued is not None:   # 单选我国的根本法是…: a type word no stem begins with, glued on (第1题单选我国…)
        problem(Words("the stem begins with the type word {said}: write it as 【{said}】 before the stem, or "
                      "delete it", said=glued.group(1)))
        return None
    bank_id = _BANK_ID_BEFORE_STEM.match(stem)
    if bank_id is not None:   # 题库编号1024：…, 【试题编号：A-17】…: the bank's own id of it, not its words
        stem = stem[bank_id.end():]
        readings.ids_left_out.append(d.line)
    bare_points = re.match(r"\s*(?:本题|每题|每小题)?\s*(\d{1,3}(?:[.．]\d)?)\s*分\s+(?=\S)", stem)
    if bare_points is not None:   # 2、1分 公民有劳动的权利。: its points before the stem, without brackets
        stem = f"（{bare_points.group(1)}分）{stem[bare_points.end():]}"
    scored = _POINTS.search(stem)   # 1. 简述…（10分）: the question's points, not its words
    if scored and re.match(r"\s*[。.]", stem[scored.end():]) and \
            not re.search(r"[。？?！!）)_]\s*$", stem[:scored.start()]):
        scored = None   # 一次记（12分）。: inside the sentence, before its full stop, it is the statement's own
    stated = _TYPE_TAG.match(stem)
    stated_type = parse_type(stated.group(1)) if stated else None
    if scored and scored.start() > 0 and (stated_type or d.qtype) in _ONE_STATEMENT and \
            not re.search(r"[。？?！!）)_]\s*$", stem[:scored.start()]):
        problem(Words("{said} ending the statement without a full stop before it: its points, or its own words "
                      "(一次记12分)? Write points after the full stop (…。（2分）), or the words without brackets",
                      said=scored.group(0).strip()))
        return None
    own_points = None
    if scored:
        given_points = re.sub(r"[.．]0$", "", scored.group(1) or scored.group(2))   # （2.0分） is 2
        if "." in given_points or "．" in given_points:
            problem(Words("{said}: points are whole numbers here; give the question whole points (or set them "
                          "when the exam is put together)", said=scored.group(0).strip()))
            return None
        own_points, stem = int(given_points), (stem[:scored.start()] + stem[scored.end():]).strip()
    if d.points is not None and own_points is None:   # 分值：2分 below it
        whole = re.fullmatch(r"(\d{1,3})(?:\.0)?\s*分?", unicodedata.normalize("NFKC", d.points).strip())
        if whole is None:
            problem(Words("分值 {said}: points are whole numbers here (分值：2分)", said=d.points[:20]))
            return None
        own_points = int(whole.group(1))
    given_at = (d.material.points, d.material.line) if d.material is not None and d.material.points else \
        d.topic_points or paper.block_points.get(d.block)   # the nearest says: a shared stem's, a topic's, a heading's
    if own_points is None and given_at is not None:   # none of its own: its shared stem's or heading's 每题2分
        per_question, heading_line = given_at
        per_question = re.sub(r"[.．]0$", "", per_question)   # 每题2.0分 is 2
        if per_question[:1] in "一二两三四五六七八九十":   # 每小题两分 (round 85)
            per_question = str(chinese_number(per_question.replace("两", "二")) or "")
        if per_question.isdigit():
            own_points = int(per_question)
            readings.points_given.setdefault(heading_line, []).append(d.line)
        else:
            readings.points_not_whole.setdefault(heading_line, []).append(d.line)
    tag = _TYPE_TAG.match(stem)   # 2.【多选题】下列…: the question says its own type, as exported banks do
    tagged = parse_type(tag.group(1)) if tag else None
    if tag is not None and tagged is None and CHOICE_ONLY.fullmatch(tag.group(1)):
        stem = stem[tag.end():].strip()   # 【选择题】: a choice, single or multiple as its answer or section says
    if tagged is not None and tag is not None:
        stem = stem[tag.end():].strip()
        lead = re.match(r"[（(]\s*(\d{1,3}(?:[.．]\d)?)\s*分\s*[)）]\s*", stem)
        if lead is not None and own_points is None:   # 【单选题】（2分）首都是…: its points, after its type
            given_points = re.sub(r"[.．]0$", "", lead.group(1))
            if not given_points.isdigit():   # 判断题（1.5分）：…
                problem(Words("{said}: points are whole numbers here; give the question whole points (or set "
                              "them when the exam is put together)", said=lead.group(0).strip()))
                return None
            own_points, stem = int(given_points), stem[lead.end():].strip()
    labels_before = _LABEL_BEFORE_STEM.match(stem) if tag is not None else None
    if labels_before is not None:   # 【单选题】（难度：易）【知识点：宪法】…: a bank's labels, not the stem's words
        stem = stem[labels_before.end():].strip()
        # （难度：易）（2分）…, 【难度：易】【分值：1】…: its points after its labels (a round after: 【分值：1】 stayed)
        lead = re.match(r"[（(【\[]\s*(?:分值\s*[:：]\s*(\d{1,3})\s*分?|(\d{1,3})\s*分)\s*[)）】\]]\s*", stem)
        if lead is not None and own_points is None:
            own_points, stem = int(lead.group(1) or lead.group(2)), stem[lead.end():].strip()
    counted = _COUNT_BEFORE_STEM.match(stem) if tag is not None else None
    if counted is not None:   # 6、单选题 共1题 下列…: a section's count copied onto its question
        problem(Words("{said} before the stem: a section's count? Write it in the section heading "
                      "(一、单项选择题（共10题）) or delete it", said=counted.group(0).strip()))
        return None
    return stem, tagged, own_points


def _build_question(d: Draft, paper: _PaperFacts) -> None:
    """The question ``d`` drafted as read, built with what the whole paper said of it (its key's answer, a
    heading's points, colours) and given to ``paper.sink``; or refused with its problem in ``paper.report``."""
    report, file, unit, readings = paper.report, paper.file, paper.unit, paper.readings

    def problem(message: str) -> None:
        report.problems.append(RowProblem(file, d.line, None, message, unit=unit))
    underlined_answer = ""
    if d.qtype is QuestionType.FILL_IN and not d.options and d.line in paper.underlined and \
            not any(BLANK_PATTERN.search(s) for s in d.stem):
        blanked, words = _underlined_blanks(d.stem[0], paper.underlined[d.line])
        given_here = d.answer if d.answer is not None else paper.answer_key.answers.get((d.section, d.number))
        if given_here is None or [w.strip() for w in re.split(r"[；;]", given_here)] == words:
            # no answer given (the underlined words are it), or the answer given is those words: blanks
            d.stem[0], underlined_answer = blanked, "" if given_here is not None else "；".join(words)
    underlined_letter = ""
    if d.options and d.line in paper.underlined:   # 我国的根本法是<u> A </u>。: the answer on the blank's line
        blanked, words = _underlined_blanks(d.stem[0], paper.underlined[d.line])
        if len(words) == 1 and re.fullmatch(r"[A-HＡ-Ｈ]{1,8}", words[0]):
            d.stem[0], underlined_letter = blanked, unicodedata.normalize("NFKC", words[0])
    # (a stem's lines keep their breaks: joining the lines that stop between Chinese characters joined a
    # stem's deliberate statements too, 甲规定… / 乙规定…, which an outside round found)
    stem = "\n".join(s for s in d.stem if s.strip())
    # (a table of another section's question above it too: 如上表所示 in a later section, an outside round)
    table_above = next((n for _, n in reversed(paper.tables_seen) if n < d.line), None) if paper.tables_seen else None
    own_table = _a_table([*d.images, *d.figures])
    if table_above is not None and not own_table and asks_about_a_table(stem, above_only=True):
        # 3. 上表中…, 2. 根据表1，… below a table of data (in a question above, or in none): stored without it
        problem(Words("question {n} asks about the table at {where}, which a question cannot keep: write what "
                      "it needs from the table into its stem as text", n=d.number, where=place(unit, table_above)))
        return
    glued_next = _NEXT_ON_ITS_LINE.match(stem.partition("\n")[0]) if is_short(d) and not d.options else None
    if glued_next is not None and int(glued_next.group(2) or glued_next.group(3)) == d.number + 1:
        # 1. 法治  2. 宪法: two terms on one line were one question, 人权 of "2. 宪法 3. 人权" lost unsaid
        problem(Words("question {n}'s line holds the next question too ({said}): put each question on its own "
                      "line", n=d.number, said=stem.partition("\n")[0].strip()[:30]))
        return
    stem_read = _stem_type_and_points(d, stem, paper, problem)
    if stem_read is None:
        return
    stem, tagged, own_points = stem_read
    said_type = tagged or d.qtype   # 2.【判断题】… under 一、单项选择题: the question's own type wins
    answer = d.answer if d.answer is not None else paper.answer_key.answers.get((d.section, d.number))
    from_key = paper.answer_key.explained.get((d.section, d.number), "") if d.answer is None else ""
    if answer is None and paper.waiting[d.number] == 1:   # numbered straight through (21.AB): the number says it
        answer, from_key = paper.answer_key.loose.get(d.number), paper.answer_key.loose_explained.get(d.number, "")
    if d.answer is None and answer is not None and not from_key:
        if d.options or d.qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
            answer, from_key = _answer_then_reason(answer)   # 一、1.A。宪法是国家的根本法。: the key's reason (round
            # 97: refused as "not option letters")
        elif d.qtype is QuestionType.FILL_IN or (d.qtype is None and BLANK_PATTERN.search(" ".join(d.stem))):
            # 1.社会主义制度。见宪法第1条。: a fill-in's answer, then its reason, as on its 答案 line (round 99: the
            # reason was stored as part of the accepted answer)
            split, reason = _fill_answer_then_reason(_numbered_blanks(answer))
            answer, from_key = (split, reason) if reason else (answer, "")
        if from_key:
            entry = paper.answer_key.entries.get((d.section, d.number)) or [(d.line, "", False)]
            report.notes.append(RowProblem(file, entry[-1][0], None, Words(
                "the words after the answer {answer!r} read as its explanation (解析)", answer=answer), unit=unit))
    if from_key and not d.explanation:   # 1. A 【解析】… in the key: its explanation (its own 解析 wins)
        d.explanation = [from_key]
    ticked = ticked_options(d.options)
    if ticked and len(ticked) < len(d.options) and (answer is None or re.sub(
            r"[^A-H]", "", unicodedata.normalize("NFKC", answer).upper()) == "".join(ticked)):
        # A. 丙 ✓ / B. 北京（✓）: the tick marks the right option, never the learner's to see
        d.options = [(k, TICKED.sub("", t).strip()) for k, t in d.options]
        report.notes.append(RowProblem(file, d.line, None, Words(
            "the ✓ marking option(s) {items} read as the answer, and left out of the option's text",
            items=", ".join(ticked)), unit=unit))
        answer = answer if answer is not None else "".join(ticked)
    if answer is None and d.coloured and len(d.coloured) < len(d.options):   # 标红: marked, not all alike
        answer = "".join(sorted(d.coloured))
        readings.by_colour.append(d.line)
    elif answer is None and not d.coloured and d.underlined and len(d.underlined) < len(d.options):
        answer = "".join(sorted(d.underlined))   # the right option underlined, as 标红 is coloured
        readings.by_underline.append(d.line)
    elif answer is None and not d.coloured and not d.underlined and d.bold and len(d.bold) < len(d.options):
        answer = "".join(sorted(d.bold))   # the right option in bold (加粗)
        readings.by_bold.append(d.line)
    elif answer is not None and d.coloured and len(d.coloured) < len(d.options) and \
            parse_choice_answer(_plain_choice(unicodedata.normalize("NFKC", answer))) and \
            not _same_answer(_plain_choice(answer), "".join(sorted(d.coloured))):
        # 标红 B, and 答案：A: the answer written is taken (colour may mark other things), and said
        readings.coloured_apart.append(d.line)
    elif answer is not None and not d.coloured and not d.underlined and d.bold and len(d.bold) < len(d.options) \
            and parse_choice_answer(_plain_choice(unicodedata.normalize("NFKC", answer))) and \
            not _same_answer(_plain_choice(answer), "".join(sorted(d.bold))):
        readings.bold_apart.append(d.line)   # B in bold, and 答案：A: the answer written is taken, and said
    keyed_answer = paper.answer_key.answers.get((d.section, d.number))
    if keyed_answer is None and paper.waiting[d.number] == 1 and d.answer is None:
        # (a key naming no section answers the one question of that number that waits for an answer, not
        # one with its own 答案 line: 二、简答题 （一）… 答案：… and 参考答案 1. A 2. A, round 83)
        keyed_answer = paper.answer_key.loose.get(d.number)
    if d.answer is not None and keyed_answer is not None and not _same_answer(d.answer, keyed_answer):
        problem(Words("the answer key at the end gives question {n} the answer {key}, its own 答案 line {answer}: "
                      "keep the right one", n=d.number, key=keyed_answer, answer=d.answer))
        return
    if underlined_letter and answer is not None and not _same_answer(answer, underlined_letter):
        problem(Words("the answer written on the blank ({said}) and the answer given ({answer}) differ",
                      said=underlined_letter, answer=answer))
        return
    answer = underlined_letter if answer is None and underlined_letter else answer
    underscored = _UNDERSCORED.search(stem) if d.options or said_type is QuestionType.TRUE_FALSE else None
    if underscored is not None:   # 国家主席任期____C____年。: the answer written on the blank's line
        said = re.sub(r"[\s、,，]+", "", unicodedata.normalize("NFKC", underscored.group(1)))
        if answer is not None and not _same_answer(unicodedata.normalize("NFKC", answer), said):
            problem(Words("the answer written on the blank ({said}) and the answer given ({answer}) differ",
                          said=said, answer=answer))
            return
        stem = stem[:underscored.start()] + "（ ）" + stem[underscored.end():]
        answer = said if answer is None else answer
    inline = INLINE.search(stem)
    if inline is not None and inline.group(1) and not re.fullmatch(
            r"[A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}", inline.group(1)):
        # 画（√）表示同意…（√）: only a mark after the statement's end (or ending it) answers it
        inline = next((m for m in reversed(list(_MARK_ANY.finditer(stem)))
                       if m.start() == 0 or stem[m.start() - 1].isspace() or
                       _sentence_ends_before(stem, m.start(), "。？！?!.") or
                       re.fullmatch(r"\s*[。.]?\s*(?:[（(]\s*\d{1,3}\s*分\s*[)）])?\s*", stem[m.end():])), None)
    marks_after_ends = [m for m in _MARK_ANY.finditer(stem) if _sentence_ends_before(stem, m.start())] \
        if not d.options and said_type in (QuestionType.TRUE_FALSE, None) else []
    if len(marks_after_ends) >= 2:
        # 1. 宪法是根本法。（√） 行政法规高于法律。（×）: two statements, each with its answer: one lost its number
        problem(Words("two statements, each with its answer ({first}, {second}), in one question: a question "
                      "without its number? Number it on a line of its own",
                      first=marks_after_ends[0].group(0), second=marks_after_ends[1].group(0)))
        return
    if inline is None and said_type in (QuestionType.TRUE_FALSE, None) and not d.options:
        inline = INLINE_X.search(stem)
        if inline is not None and answer is not None and \
                unicodedata.normalize("NFKC", next(g for g in inline.groups() if g)).upper() in ("Y", "N"):
            inline = None   # 力的单位是牛顿（N）。 with 答案：√: a symbol of the statement's, its answer given apart
    said = re.sub(r"(?<=[A-H])[\s、,，]+(?=[A-H])", "",   # （ A、B、D ）: the letters, as an answer line's
                  unicodedata.normalize("NFKC", next(g for g in inline.groups() if g))) if inline else ""
    mark = bool(inline) and not re.fullmatch(r"[A-H]+", said)   # √ × 对 错: a true/false question's answer
    if mark and said_type not in (QuestionType.TRUE_FALSE, None):
        inline = None   # 公民（对）国家机关… in a fill-in is the stem's own word
    given = unicodedata.normalize("NFKC", answer).replace(" ", "") if answer is not None else None
    if inline and given is not None and not _same_answer(given, said) and (mark or (
            d.options and not BLANK_PATTERN.search(stem) and stem.rstrip().endswith(
                (inline.group(0), inline.group(0) + "。", inline.group(0) + "？")))):
        # （ √ ） beside 答案：错; 单一（ B ）。 ending a choice question beside the key's A
        problem(Words("the answer in the brackets ({said}) and the answer given ({answer}) differ",
                      said=said, answer=answer))
        return
    if inline and not mark and not BLANK_PATTERN.search(stem) and \
            re.match(r"[级类照型区股档字证牌超轮栋座幢号]", stem[inline.end():inline.end() + 1]):
        # 被评为（A）级纳税信用, 持有（C）照驾驶证: the answer in the brackets, or the stem's own words (A级)?
        # (任期（ C ）年: a blank's answer before its unit, as banks write it)
        problem(Words("{said} inside the stem, followed by its words: the answer in brackets, or the stem's own "
                      "text (A级)? It cannot be told: write the stem's blank as （ ） with the answer on an 答案： "
                      "line, or the words without brackets", said=inline.group(0).strip()))
        return
    if inline and not BLANK_PATTERN.search(stem) and (given is None or _same_answer(given, said)):
        # the answer written in the stem's brackets: never left where a learner sees it. A bracketed
        # letter beside an empty blank, or apart from the answer given, is the stem's own text
        # (被评为（A）级…正确的是（ ）, 维生素（C）)
        after_mark = _EXPLAIN_INSIDE.sub("", stem[inline.end():].strip(), count=1).strip()
        if after_mark and (mark or re.match(r"[。.]?\s*[\u4e00-\u9fff《“]", after_mark)) and \
                not CAPTION.match(after_mark) and not _POINTS.fullmatch(after_mark) and \
                not _TAG_WORDS.search(after_mark) and (
                re.search(r"[。？！?!]\s*$", stem[:inline.start()]) or (
                    not mark and re.match(r"[。.]\s*\S", stem[inline.end():].strip()))):
            # …设定刑罚。（×）应为只有法律…: the reason after the answer, which the learner would read
            if mark:   # (…。（×）2018年后仍为五年, ——应为…, （应为…）: whatever follows is the reason)
                d.explanation.insert(0, after_mark.lstrip("。.:：—-－ "))
                stem = stem[:inline.end()]
                report.notes.append(RowProblem(file, d.line, None, Words(
                    "the words after the answer {answer!r} read as its explanation (解析)", answer=said),
                    unit=unit))
            else:
                problem(Words("{text!r} after the answer in the stem's brackets ({said}): the answer's reason? "
                              "The learner would read it: move it into a 解析： line", text=after_mark.lstrip("。. ")[:20],
                              said=said))
                return
        stem = stem[:inline.start()] + "（ ）" + stem[inline.end():]
        answer = said if answer is None else answer
    if answer is None and underlined_answer:   # 我国的根本法是<u>宪法</u>。
        answer = underlined_answer
        readings.from_underline.append(d.line)
    if answer is None and said_type is QuestionType.FILL_IN and not d.options and \
            not BLANK_PATTERN.search(stem):
        # 我国的根本法是（宪法）。: a fill-in with its answers in its brackets, as circulated banks write them
        filled = list(_FILLED_BLANK.finditer(stem))
        noted = next((m.group(1) for m in filled if _BRACKET_NOTE.search(m.group(1))), None)
        if noted is not None:
            problem(Words("（{said}） in a fill-in with its answers in its brackets: a note or the answer? It cannot "
                          "be told; write the blanks as （ ） and the answers on an 答案： line", said=noted[:20]))
            return
        if filled:
            answer = "；".join(m.group(1).strip() for m in filled)
            stem = _FILLED_BLANK.sub("（ ）", stem)
            readings.from_brackets.append(d.line)
    elif answer is not None and said_type is QuestionType.FILL_IN and not d.options and \
            not BLANK_PATTERN.search(stem):   # 我国的根本法是（宪法）。 and 答案：宪法: those brackets are its blanks
        stem = _answers_as_blanks(stem, [a.strip() for a in re.split(r"[；;]", answer)])
    if answer is not None and d.qtype is QuestionType.TRUE_FALSE and not d.options and \
            d.section in paper.a_is_true and unicodedata.normalize("NFKC", answer).strip(" 。.").upper() in ("A", "B"):
        # as its heading says
        answer = "对" if unicodedata.normalize("NFKC", answer).strip(" 。.").upper() == "A" else "错"
    if answer is not None and (d.options or said_type is QuestionType.TRUE_FALSE):
        answer = _plain_choice(answer)
        spelled = re.fullmatch(r"(?:是\s*)?([A-HＡ-Ｈ])\s*[.．、:：]?\s*(\S.*)", unicodedata.normalize("NFKC", answer))
        if spelled and dict(d.options).get(spelled.group(1), "").strip() == spelled.group(2).strip():
            answer = spelled.group(1)   # 答案：B.刑法 (web banks write the option out): the letter, its text agreeing
        elif re.fullmatch(r"是\s*[:：]?\s*[A-HＡ-Ｈ]{1,8}", answer):
            answer = answer[1:].strip(" :：")   # 正确答案是C, 正确答案是：C
    letters = re.sub(r"[\s,，、]", "", unicodedata.normalize("NFKC", answer or ""))
    guessed = (QuestionType.SINGLE if len(letters) == 1 else QuestionType.MULTIPLE) \
        if d.options and re.fullmatch(r"[A-H]+", letters) else None
    qtype = tagged or d.qtype or guessed  # options and letters are a choice whatever the (missing) heading
    if qtype is None and answer is None and d.options:   # a choice whose answer would have told its type
        problem(Words("no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end"))
        return
    if qtype is None:
        problem(Words("no section heading (一、单项选择题, 二、判断题 …) says what type this question is"))
        return
    terms = d.section in paper.term_sections and qtype is QuestionType.SHORT_ANSWER and not d.options
    defined = term_and_definition(stem) if terms else None   # (a definition may wrap onto more lines)
    omitted = qtype is QuestionType.SHORT_ANSWER and (answer_omitted(answer) or not answer.strip() if answer is not None
                                                       else d.section in paper.answer_key.omitted_sections)
    # (an empty entry, 2. alone or a key table's empty cell, said with 略: it had been stored without one unsaid)
    if omitted:   # 答案：略: no reference answer given (a definition in the stem is the one it left out)
        answer = None
        readings.answers_omitted.append(d.line)
    if defined is not None and answer is not None:   # 1. 法治：依法治理国家。 and 答案：… below: which is it?
        problem(Words("under 名词解释 the stem reads as a term and its definition ({term}：…) and the question has an "
                      "answer too: the learner would see the definition; keep only the term in the stem",
                      term=defined[0]))
        return
    if defined is not None:   # 名词解释 / 1. 法治：依法治理国家。: the term asked, its definition the answer
        stem, answer = defined   # (the definition had been the question, shown to the learner)
        readings.terms_defined.append(d.line)
        if omitted:   # (略 left out the definition the stem gives: it is the answer)
            readings.answers_omitted.remove(d.line)
    elif terms and (bare := _TERM_AND_BLANK.fullmatch(stem)):   # 行政强制：, 行政许可：______, 居住权：（ ）
        stem = bare.group(1)
    if qtype is QuestionType.MULTIPLE and d.answer is None and re.fullmatch(r"[A-H]", letters) and (
            (d.section, d.number) in paper.answer_key.grouped or (0, d.number) in paper.answer_key.grouped):
        # 1-4：AB CD read one letter a question: in a multiple-choice section AB and CD may each be one's
        problem(Words("the answer key's range gives question {n} one letter from letters written together "
                      "(1-4：ABCD, 1-4：AB CD); in a multiple-choice section they may be fewer questions' letters: "
                      "write the entries one by one (1.AB 2.CD), or a letter each apart (1-4：A B C D)", n=d.number))
        return
    if qtype is QuestionType.MULTIPLE and tagged is None and d.section in paper.two_or_more and \
            re.fullmatch(r"[A-H]", letters):
        # 二、多项选择题（每题有两个或两个以上正确答案）, and 答案：A: a letter lost, or a typing slip
        problem(Words("the section's heading says each question has two or more right answers; this one gives "
                      "only {answer}: give all its right answers", answer=letters))
        return
    if answer is None and qtype is not QuestionType.SHORT_ANSWER:
        problem(Words("no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end"))
        return
    if qtype is QuestionType.FILL_IN and d.answer is None and answer is not None:
        answer = _numbered_blanks(answer)   # 2. （1）中央人民政府（2）权力机关 in the key: a blank each
    if answer is None and not omitted and qtype is QuestionType.SHORT_ANSWER and (paper.keyed_numbers.get(d.section) or
                                                                   d.section in paper.loosely_keyed):
        problem(Words("no reference answer: the answer key answers other questions of its section but not this "
                      "one; check the key's entry for question {n} (its number)", n=d.number))
        return
    # the nearest question above with an answer, past pieces with none (答：1. 科学立法 / 2. 严格执法 /
    # 3. 公正司法: 2 and 3 are both pieces of 1's answer)
    question_above = paper.answered_above.get(d.block) \
        if answer is None and not omitted and qtype is QuestionType.SHORT_ANSWER and d.block in paper.answered_blocks \
        else None
    if question_above is not None and question_above.answer and not _ASKING.match(stem) and (
            re.search(r"\w\s*[；;，,、]\s*$", stem) or re.search(r"\w\s*[；;，,、]\s*$", question_above.answer) or
            re.match(r"\s*(?:1\s*[.、．]|[（(]1[)）]|①)", question_above.answer)):
        # a point of the reference answer above (3. 合理行政；) read as a question: refused with the question
        # above it, whose answer it was cut from (a piece is never stored; issue 16)
        problem(Words("question {n} has no reference answer while the other questions of its section have one: "
                      "a point of the answer above it read as a question? Number the answer's points ① ② …, or "
                      "give this question its answer", n=d.number))
        report.problems.append(RowProblem(file, question_above.line, None, Words(
            "question {m}: its reference answer may go on into the line read as question {n} below it; "
            "number the answer's points ① ② …", m=question_above.number, n=d.number), unit=unit))
        return
    if answer is None and not omitted and qtype is QuestionType.SHORT_ANSWER and d.block in paper.answered_blocks:
        report.notes.append(RowProblem(file, d.line, None, Words(   # (简述… below an answered one: a question)
            "question {n} has no reference answer while the other questions of its section have one: a point of "
            "the answer above it read as a question? Check it in the preview", n=d.number), unit=unit))
    if answer is None and not omitted and paper.key_lines and paper.unread_key:
        # its reference answer may be on the key's refused line
        problem(Words("no reference answer, and a line of the answer key could not be read ({where}): correct "
                      "that line first", where=place(unit, paper.unread_key[0])))
        return
    unmarked = next((line for line in d.stem[1:] if _UNMARKED_OPTION.match(line)), None) or next(
        (m.group(0) for m in [_UNMARKED_INLINE.search(d.stem[0])] if m), None)
    if not d.options and unmarked is not None and (qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE) or (
            qtype is None and answer is not None)):   # A 人民 / a. 人民: options the layout does not read
        own = re.sub(r"^\s*[A-Ha-hＡ-Ｈａ-ｈ]\s*[.．、:：)）]?\s*", "", unmarked.strip())[:12]
        problem(Words("{text!r}: options written without a mark after their letters, or with small letters? "
                      "Options are read as A. B. C. (A．, A、): write {example}", text=unmarked.strip()[:30],
                      example=f"A. {own}"))
        return
    inline = _OPTION_A_INSIDE.search(d.stem[0]) if not d.options and qtype in (
        QuestionType.SINGLE, QuestionType.MULTIPLE) else None
    if inline is not None and len(_split_options(d.stem[0][inline.start():].strip())) >= 2:
        # 1. 下列属于国际组织的是 A.甲 B.乙: options after a stem that has not ended (no blank, bracket or 。)
        problem(Words("the options stand on the stem's line, after a stem that has not ended: end the stem with "
                      "its blank （ ） (or 。), or put each option on a line of its own"))
        return
    if (d.options or qtype is QuestionType.TRUE_FALSE) and (left := _ANSWERISH_END.search(stem)):
        # ［A］, 〔B〕, （选A）, （A项）, （abd）, （是） ending the stem: an answer in a form not read; the learner would see it
        problem(Words("the stem ends with {said}: an answer written in a form Xuefa does not read? The learner would "
                      "see it; write it as （ A ） (（ √ ） for true/false) or on an 答案： line", said=left.group(0).strip()))
        return
    if d.material is not None:   # the material the question goes with, above its own stem (not the words
        # that say which questions it is for: 回答1-2题 would be wrong wherever the question stands in an exam)
        shared_text = [t for t in (_MATERIAL_ASK.sub("", _CASE_NUMBER_MARK.sub("", line, count=1) if not k else
                                                     line).strip()
                                   for k, line in enumerate(d.material.text)) if t]   # （一）阅读… on its first
        # line only: （一）基本案情 （二）争议焦点 further down are the material's own headings, kept (round 83)
        if not shared_text and d.material.first is not None:
            # （1-2题共用题干） straight above question 1: its facts lost in copying (round 81); a line naming no
            # questions (阅读下列案例，根据所学知识回答问题。) only tells how to answer them
            d.material.empty = True
            problem(Words("question {n} goes with the material at {where}, which holds no text below the line "
                          "naming its questions: its facts lost in copying? Put them right below that line (a "
                          "picture there cannot be kept: put it in each question's stem)", n=d.number,
                          where=place(unit, d.material.line)))
            return
        stem = "\n".join([*shared_text, stem])
    blanks = len(BLANK_PATTERN.findall(stem)) if qtype is QuestionType.FILL_IN and answer else 0
    if blanks > 1 and answer and not re.search(r"[；;|\n]", answer):
        pieces = [p for p in re.split(r"\s*[，,、]\s*|\s+", answer.strip()) if p]
        if len(pieces) == blanks:   # 答案：宪法，全国人大 for two blanks: one answer a blank, said
            answer = "；".join(pieces)
            readings.blanks_apart.append(d.line)
    if blanks == 1 and answer and re.search(r"[，,]\s*\S|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff《])", answer.strip()):
        # 1. 宪法，宪法是国家的根本法。: one blank's answer with words after ， or a space: all of it the answer a
        # learner must write, or the answer and its reason? Taken whole (依法治国，建设法治国家 is one), and said
        # (round 101: stored unsaid)
        readings.one_blank_comma.append(d.line)
    shown = d.figures + [f for fs in d.option_figures.values() for f in fs]
    q, errors = build_question(qid="", qtype=qtype, stem=stem, options=d.options, answer_text=answer or "",
                               points=own_points,
                               category=d.category or "", difficulty=d.difficulty or 3, tags=(),
                               explanation="\n".join(d.explanation),
                               # what a paragraph shows that is no picture (an embedded object, crossed-out
                               # words) cannot be kept wherever it stands
                               fixed_keys=set(), images=tuple(d.images) + tuple(
                                   f for f in shown if isinstance(f, Words)),
                               pictures=tuple(paper.pictures[f] for f in d.figures if f in paper.pictures),
                               missing=tuple(f.rsplit("/", 1)[-1] for f in shown
                                             if f not in paper.pictures and not isinstance(f, Words)),
                               option_pictures={k: tuple(paper.pictures[f] for f in fs if f in paper.pictures)
                                                for k, fs in d.option_figures.items()})
    if q is None:
        for e in errors:   # an answer's problem where its 答案： line stands, the others at the question
            at = d.answer_at if d.answer_at is not None and str(e).startswith("answer") else d.line
            report.problems.append(RowProblem(file, at, None, e, unit=unit))
        return
    refused = paper.sink.add(q, place(unit, d.line), d.line)
    if refused:
        problem(refused)
    elif report.questions and (own_points is not None or d.category is not None or d.difficulty is not None):
        # written here: taken, not left as the bank has them
        fields_here = {f for f, v in (("points", own_points), ("category", d.category),
                                  ("difficulty", d.difficulty)) if v is not None}
        report.uncarried_of[report.questions[-1].id] = report.uncarried - fields_here


def _say_materials(report: ImportReport, materials: list[Material], past_its_section: set[int], file: str,
                   unit: str) -> None:
    """Each material for several questions said: which questions it went with, or that it went with none (a
    problem); ``past_its_section``: materials naming a question under the next heading (said there)."""
    for shared in materials:   # said, each: which questions it went with, or that it went with none
        if shared.refused or shared.empty:
            continue   # (said when it was read, or at each of its questions)
        if not shared.used:
            report.problems.append(RowProblem(file, shared.line, None, Words(
                "material for several questions (材料：…) that no question below goes with{named}: number the "
                "questions it is for right below it (回答1-2题 names them)", named=Words(
                    " (it names questions {first}-{last})", first=shared.first, last=shared.last)
                if shared.first is not None else ""), unit=unit))
        elif shared.first is None and shared.cased:
            report.notes.append(RowProblem(file, shared.line, None, Words(
                "a case put before the stems of the questions at {shown}: it names none (回答1-2题), so it went "
                "with each one up to the next case or heading; check them in the preview",
                shown=numbers_listed(shared.used)), unit=unit))
        elif shared.first is not None:
            report.notes.append(RowProblem(file, shared.line, None, Words(
                "material for questions {first}-{last} put before the stem of each (at {shown}); check them in "
                "the preview", first=shared.first, last=shared.last, shown=numbers_listed(shared.used)), unit=unit))
            if len(shared.used) < (shared.last or 0) - shared.first + 1 and shared.line not in past_its_section:
                # 回答1-3题 above questions 1 and 2 only (question 3 under the next heading is said at it)
                report.notes.append(RowProblem(file, shared.line, None, Words(
                    "material for questions {first}-{last}, but only {count} question(s) below go with it: a question "
                    "lost in copying, or merged into the one above it? Check the numbers", first=shared.first,
                    last=shared.last, count=len(shared.used)), unit=unit))


def _table_row_below(stem: list[str], text: str) -> bool:
    """``text`` is a row of a table typed below a stem line that introduces it (…如下表：, …如下表（单位：万元）：)
    or points down at it (根据下表，…（ ）。): cells apart by spaces, tabs or |, no sentence. It goes on the stem
    (it had been refused as a remark, row by row, an outside round)."""
    if not re.fullmatch(r"[^，。；,;？?！!]{1,40}", text) or len(re.split(r"[\s|]+", text.strip("| \t"))) < 2:
        return False
    opening = next((line for line in reversed(stem) if not re.fullmatch(r"[^，。；,;？?！!]{1,40}", line)), stem[0])
    asked = asks_about_a_table(opening)
    # (…如下表： above its rows; or 根据下表，…（ ）。 with the rows below the blank: the table it points down at)
    return asked is not None and (bool(re.search(r"[：:]\s*$", opening)) or
                                  asks_about_a_table(opening, above_only=True) is None)


# a 名词解释 term with its colon and the answer's blank after it (行政许可：______, 居住权：（     ）): the term alone
_TERM_AND_BLANK = re.compile(r"([^\s：:，。]{1,24})\s*[：:][\s\u3000]*(?:[_＿]+|[（(][\s\u3000_＿]*[)）])?[\s\u3000]*")


WRAPPED_SHORTEST = 15   # characters: an option's line shorter than this was not wrapped by the page's width
LIST_LONGEST = 12   # points of a numbered list inside one question; numbers that start again and go on
                   # longer are a slip in the numbering (1. 1. 2. 3. …), said as a number standing twice


def _lists_inside(drafts: list[Draft], report: ImportReport, unit: str) -> None:
    """Numbers that go back to 1 inside a section (1. then 1. 2. 3. then 2.) are a numbered list inside the
    question before them, read as questions: that question and every piece of the list are refused (with
    --accept-valid, a piece with options and an answer would otherwise be stored as a question of its own),
    until the numbers go on from that question (its next number, after the list's own). Questions already
    refused as such (numbered again below a topic's title, said there) are left out."""
    by_block: dict[int, list[Draft]] = {}
    for d in drafts:
        if not d.listed:
            by_block.setdefault(d.block, []).append(d)
    runs: list[tuple[Draft, list[Draft], bool]] = []   # (the question, the list's pieces, the numbers went on)
    for block in by_block.values():
        top: Draft | None = None
        pieces: list[Draft] | None = None
        for d in block:
            if pieces is not None and top is not None and (
                    pieces[-1].options or pieces[-1].answer is not None or
                    d.number == top.number + 1 and d.number <= max(p.number for p in pieces)):
                # the questions go on: the list's last piece took the question's options or answer (its end),
                # or the next number stands again after the list's own
                runs.append((top, pieces, True))
                pieces = None
            if pieces is None and (top is None or d.number != 1):
                top = d
            elif pieces is None:
                pieces = [d]
            else:
                pieces.append(d)
        if pieces is not None and top is not None:
            runs.append((top, pieces, False))
    for inside, pieces, ended in runs:
        if not ended and len(pieces) > LIST_LONGEST:
            continue   # 1. 1. 2. … to the section's end: a slip in the numbers, said as a number twice
        inside.listed = True
        if not inside.broken:
            report.problems.append(RowProblem(report.file, inside.line, None, Words(
                "question {n} is followed by numbers that start again at 1: a numbered list inside it, read "
                "as questions; number its points ① ② …", n=inside.number), unit=unit))
            inside.broken = True
        for d in pieces:
            d.listed = True
            if not d.broken:
                report.problems.append(RowProblem(report.file, d.line, None, Words(
                    "{n}. below question {m}: a point of a numbered list inside that question, not a question; "
                    "number its points ① ② …", n=d.number, m=inside.number), unit=unit))
                d.broken = True


def _named_and_left_out(drafts: list[Draft], report: ImportReport, file: str, unit: str,
                        key_start: int | None = None) -> None:
    """Every problem that names a question's line leaves that question out (the import says "the questions they
    name were not imported"), and every question left out is named: one refused for a line below it with no
    problem between the question above and the one below it (or the answer key: the last question's entry
    refused there is no line of its own) is said at its own line."""
    rows = sorted({p.row for p in report.problems if p.row is not None})
    named = set(rows)
    starts = [d.line for d in drafts]
    for k, d in enumerate(drafts):
        if d.line in named:
            d.broken = True
        elif d.broken and d.refused_at is None:
            after = starts[k - 1] if k else -1
            end = starts[k + 1] if k + 1 < len(starts) else \
                key_start if key_start is not None and key_start > d.line else None
            first = bisect.bisect_right(rows, after)   # the first problem's row after the question above
            if not (first < len(rows) and (end is None or rows[first] < end)):
                report.problems.append(RowProblem(file, d.line, None, Words(
                    "question {n} is left out: a line that may be its own could not be read (said above or below)",
                    n=d.number), unit=unit))


def _answers_as_blanks(stem: str, answers: list[str]) -> str:
    """A fill-in's stem with the brackets that hold its answers, in order, as blanks (根据宪法（2018年修正），
    权力属于（人民）。 with the answer 人民: only the second); the stem as it is unless each answer is found so."""
    spans, wanted = [], iter(answers)
    part = next(wanted, None)
    for m in _FILLED_BLANK.finditer(stem):
        if part is not None and m.group(1).strip() == part:
            spans.append(m.span())
            part = next(wanted, None)
    if part is not None or len(spans) != len(answers):
        return stem
    for start, end in reversed(spans):
        stem = stem[:start] + "（ ）" + stem[end:]
    return stem


def _fewer_options(drafts: list[Draft], report: ImportReport, unit: str) -> None:
    """Said, not refused: a choice question with fewer options than every other of its section (at least
    three others, all alike), as an option whose letter was lost reads into the one before it (C.法院军队
    for C.法院 D.军队) and nothing else shows it."""
    by_block: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.options and not d.broken:
            by_block.setdefault(d.block, []).append(d)
    for group in by_block.values():
        counts = Counter(len(d.options) for d in group)
        if len(counts) != 2:
            continue
        (usual, many), (fewer, few) = counts.most_common()
        if few > 2 or many < 3 or fewer > usual:
            continue
        for d in group:
            if len(d.options) == fewer:
                report.notes.append(RowProblem(report.file, d.line, None, Words(
                    "question {n} has {fewer} options where the other questions of its section have {usual}: check "
                    "that no option lost its letter (C.法院军队 written for C.法院 D.军队)", n=d.number, fewer=fewer,
                    usual=usual), unit=unit))


_BRACE_BLANK = re.compile(r"[{｛][\s\u3000]*[}｝]")


def _underlined_blanks(first: str, marked: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A fill-in's first stem line ``first`` with its underlined words (by the masks of its paragraph's lines)
    as blanks, and those words in order; ``first`` and [] when none stands in it."""
    for line, mask in marked:
        start = line.find(first) if first else -1   # where ``first`` starts in ``line`` (an answer split off
        if start < 0:                               # after it, its number before it)
            continue
        runs = [(m.start() - start, m.end() - start) for m in re.finditer("1+", mask)
                if start <= m.start() and m.end() <= start + len(first)]
        if not runs:
            return first, []
        words, out, at = [], [], 0
        for begin, end in runs:
            word = first[begin:end].strip()
            if word:
                words.append(word)
                out.append(first[at:begin] + "（ ）")
                at = end
        return "".join(out) + first[at:], words
    return first, []


def _coloured_options(split: list[tuple[str, str]], line: str, marked: tuple | list) -> set[str]:
    """The options of ``split`` (read from ``line``) whose own text is written wholly in colour, or whose letter
    alone is (C in red, "．五" not), by the masks of the paragraph's coloured lines ((line, mask): "1" per
    coloured character)."""
    mask = next((m for text, m in marked if text == line), None)
    if mask is None:
        return set()
    found, at = set(), 0
    for letter, text in split:
        start = line.find(text, at)
        if start < 0 or not text.strip():
            continue
        lettered = max(line.rfind(letter, at, start), line.rfind(chr(ord(letter) + 0xFEE0), at, start))
        at = start + len(text)
        if all(flag == "1" for ch, flag in zip(line[start:at], mask[start:at]) if not ch.isspace()) or \
                (lettered >= 0 and mask[lettered] == "1"):
            found.add(letter)
    return found


_PART_ONE = re.compile(r"\s*[（(]\s*[1１]\s*[）)]")   # （1）: the first part of a question or of its answer


def _is_key_line(text: str) -> bool:
    """A line of an answer key: 1.A 2.B, 一、1.√ 2.×, 单项选择题：1-3 ABC, 3. 依法治国 (a fill-in's, short), not
    a question."""
    first = key_parts(text)[0]
    rest = first.rest if first.labelled else text
    if first.labelled and first.section > 0 and NUMBERED.match(rest):
        return True   # 四、1. 法治是…。: a section's written answers (no question starts with its section's numeral)
    explained = entry_and_explanation(rest)
    if explained is not None and KEY_ENTRY.fullmatch(explained[0]):
        return True   # 1.A 解析：宪法是根本法。: an entry and its explanation, however it ends
    if _is_question_in_key(rest):
        return False
    if KEY_ENTRY.match(rest) or KEY_RANGE.match(rest) or (first.labelled and BARE_RUN.fullmatch(rest)):
        return True
    numbered = NUMBERED.match(rest)   # 四、1. 宪法 (a section's fill-in key), 1. 宪法 2. 国务院
    return numbered is not None and (first.section > 0 or len(
        written_entries(int(numbered.group(1) or numbered.group(2)), numbered.group(3))) > 1)


def _is_question_in_key(text: str) -> bool:
    """A numbered question standing among an answer key's lines (the key between sections ended), not a line of
    several fill-in answers (1. 宪法 2. 全国人民代表大会；全国人民代表大会常务委员会 …), long as that is."""
    numbered = NUMBERED.match(text)
    return _is_question_line(text) and len(KEY_ENTRY.findall(text)) < 2 and not (numbered and len(
        written_entries(int(numbered.group(1) or numbered.group(2)), numbered.group(3))) > 1)


_SENTENCE_ENDS = ("。", "？", "！", "；", "?", "!", ";")   # a line so ending is a sentence of a question, no page's head


_LIST_MARK = re.compile(r"\s*(?:[①-⑳⑴-⒇⒈-⒛]|[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．)）])")   # ③… a statement of a stem's list


class PageFurniture(NamedTuple):
    """Where a copy of pages puts what is no question's: ``rows``, the lines left out (indices into the lines
    read); ``beside``, the lines next to a page number (where a title repeated on each page stands);
    ``repeated``, a line standing several times elsewhere, with how often it stands (it refuses a question
    it stands inside)."""
    rows: set[int]
    beside: set[int]
    repeated: dict[str, int]


def _running_heads(texts: list[str]) -> PageFurniture:
    """Lines a copy repeats on each page (a running head that is not the title: 某市司法局 内部资料): the
    same words, no question's, option's, answer's or heading's form, no blank, standing twice or more where
    a page's furniture stands (above the first question in a copy of pages, or next to a page number), or
    once there in a head's own words (_SIGN_OFF). Words that stand once beside a page number and elsewhere
    too are a question's own otherwise (two answers alike, a statement ③… two questions share; an outside
    tester found them cut out of every question, issue 16). ``texts``: the lines as read ("" for one
    with a picture)."""
    counts = Counter(t for t in texts if len(t) >= 4)
    candidates = {t for t, c in counts.items() if c >= 2 and not (_structural(t) or BLANK_PATTERN.search(t) or
                                                                   _LABEL.match(t) or t.endswith(_SENTENCE_ENDS))}
    shown = [i for i, t in enumerate(texts) if t]
    # a head with its page number on one line: the number changes, the head repeats
    # (a head is short: a long line is never tried, so a run of thousands of spaces costs nothing)
    paged = {i: m.group("head") or m.group("tail") for i in shown   # (a page mark has a digit: looked for first)
             if len(texts[i]) <= 120 and _DIGIT.search(texts[i]) and (m := _HEAD_AND_PAGE.fullmatch(texts[i]))}
    repeated_heads = Counter(paged.values())
    rows = {i for i, head in paged.items() if repeated_heads[head] >= 2}
    marks = [k for k, i in enumerate(shown) if _PAGE_MARK.fullmatch(texts[i])]
    beside = {shown[j] for k in marks for j in (k - 1, k + 1) if 0 <= j < len(shown)}
    first_question = next((k for k, i in enumerate(shown) if NUMBERED.match(texts[i])), len(shown))
    # (a title standing again in a file of no pages is content)
    furniture = beside | (set(shown[:first_question]) if marks else set())
    standing = Counter(texts[i] for i in furniture if texts[i] in candidates)
    # twice where a page's furniture stands, or once in a head's own words (市普法办编印, XX市司法局 内部资料):
    # a running head, left out where it is the page's (below)
    heads = {t for t, c in standing.items() if c >= 2 or (_SIGN_OFF.fullmatch(t) and not _LIST_MARK.match(t))}
    at_mark = {shown[k - 1] for k in marks if k > 0}   # the lines right above a page number
    for n, i in enumerate(shown):   # where a head's words stand, left out only where they are the page's:
        if texts[i] not in heads:
            continue
        above = texts[shown[n - 1]] if n else ""
        if i in furniture and not (i in at_mark and not _complete(above)):
            rows.add(i)   # beside a page number (not an answer's or explanation's words going on above it)
        elif i not in furniture and _complete(above):
            rows.add(i)   # at a page break with no number, below a complete line; inside a stem it refuses it
    for k in marks:   # a line between a page number and the next question's number: the page's footer
        if k + 2 < len(shown) and NUMBERED.match(texts[shown[k + 2]]) and \
                _footer_like(texts[shown[k + 1]], texts[shown[k - 1]] if k else ""):
            rows.add(shown[k + 1])
    # inside questions a line standing three times or more says so, and a head's words left inside one
    return PageFurniture(rows, beside, {t: counts[t] for t in candidates if counts[t] >= 3 or t in heads})


def _footer_like(text: str, above: str) -> bool:
    """A line below a page number that is the page's footer (XX市司法局) rather than text carried on from the
    page before: short, no sentence, no question's form, and the line above the page number complete (an
    option, an answer, an ended sentence). "私有财产权和 / 第 1 页 / 继承权。" is one explanation."""
    if _structural(text) or len(text) > 30 or _ENDED.search(text) or BLANK_PATTERN.search(text):
        return False
    return _complete(above)


def _complete(line: str) -> bool:
    """A line that ends what it holds (an option, a heading, an ended sentence or stem, an answer given on
    its label's line), so the line below it starts something else; "" (the file's start) too. An answer's or
    explanation's words that have not ended (本题出自, 答：) go on below."""
    if not line:
        return True
    if OPTION.match(line) or heading_type(line) or _STEM_ENDED.search(line):
        return True
    return bool(ANSWER.match(line)) and len(line) <= 12 and not re.search(r"[:：】\]]\s*$", line)


def _structural(t: str) -> bool:
    """A line of a question's or key's own form: numbered, an option, an answer, an explanation, a heading."""
    return bool(NUMBERED.match(t) or OPTION.match(t) or ANSWER.match(t) or EXPLAIN.match(t) or
                heading_type(t) or _other_section(t) or _untyped_section(t) or KEY_OPENING.match(t) or
                KEY_HEADING.match(t) or _PAGE_MARK.fullmatch(t))


# a fill-in's answer written in its brackets (（宪法）), and words that make a bracket a note instead (（2018年修正）)
_FILLED_BLANK = re.compile(r"[（(]([^（）()\n]{1,60})[）)]")
_BRACKET_NOTE = re.compile(r"\d{4}\s*年|修正|修订|试行|草案|简称|以下|注[:：]|[（(]|除外|包括|包含|不含|含|第.{1,8}[条款项章节]|"
                           r"参见|详见|见|例如|如|等|另有规定|特殊情况|法律另|下同|同上")


# a question's own type at the start of its stem: 【多选题】 [单选] （判断题）
# a line of a type's name (and points) alone above a stem: 单选题（2分）, 多选（每题3分）, 判断题 2分
_TYPE_LINE = re.compile(rf"\s*({TYPE_ALONE})\s*"
                        r"([（(【\[][^（）()【】\[\]]{0,12}[)）】\]]|\d{1,3}(?:[.．]\d)?\s*分)?\s*[:：。]?\s*")
_LINE_POINTS = re.compile(r"[（(【\[]?\s*(?:本题|每题|共)?\s*(\d{1,3})\s*分\s*[)）】\]]?")
_GLUED_TYPE = re.compile(rf"\s*((?:单项|多项)选择题?|单选题?|多选题?)(?![）)】\]题]|\s*[，,]?\s*{TYPE_AS_SUBJECT})")   # words no stem
# starts with, unless they are its subject (单选题是指…)
_TYPE_TAG = re.compile(r"^\s*[【\[〔（(]\s*([^】\]〕）)]{1,8}?)\s*[】\]〕）)]\s*")
# a bank's id of the question before its stem (题库编号1024：, 【试题编号：A-17】, 试题ID: q_0031)
_BANK_ID_BEFORE_STEM = re.compile(r"\s*(?:[【\[（(]\s*(?:题库编号|试题编号|题目编号|试题ID|题目ID)\s*[:：]?\s*[A-Za-z0-9_\-]{1,24}\s*"
                                  r"[】\]）)]|(?:题库编号|试题编号|题目编号|试题ID|题目ID)\s*[:：]?\s*[A-Za-z0-9_\-]{1,24}\s*"
                                  r"[:：，,]|(?:题库编号|试题编号|题目编号|试题ID|题目ID)\s*[:：]\s*[A-Za-z0-9_\-]{1,24}\s+)\s*(?=\S)")
_LABEL_BEFORE_STEM = re.compile(r"(?:[【\[（(]\s*(?:难度|知识点|考点)\s*[:：]\s*[^】\]）)\n]{1,16}[】\]）)]\s*|"
                                r"难度\s*[:：]\s*(?:较易|较难|容易|中等|困难|易|中|难)\s*)+")
_COUNT_BEFORE_STEM = re.compile(r"[（(\[［【]\s*(?:本大题|本题)?\s*共\s*\d{1,4}\s*小?题[^）)\]］】\n]{0,30}?[)）\]］】]\s*[，,。:：]?|"
                                r"(?:本大题|本题)?\s*共\s*\d{1,4}\s*小?题(?:\s*[，,]?\s*(?:每题|每小题|共)\s*\d{1,3}\s*分)?\s*[，,。:：]?")

# a heading's points per question: 2分/题, 2分／小题, 每题2分, 每小题1.5分 (not 共20分: the section's total)
_POINTS_EACH = re.compile(r"(\d{1,3}(?:[.．]\d)?|[一二两三四五六七八九十]{1,3})\s*分\s*[/／]\s*(?:小|道)?题|"
                          r"每(?:小|道)?题\s*(?:各)?\s*(\d{1,3}(?:[.．]\d)?|[一二两三四五六七八九十]{1,3})\s*分")
# a question's own points at the start or end of its stem: （10分） (2 分) 【5分】 （本题10分）, at the end also
# before a bracket answer that ends it (宪法是根本法。（2分）（ √ ）)
_POINTS = re.compile(r"^\s*[（(【\[]\s*(?:本题|本小题|每小题)?\s*(\d{1,3}(?:[.．]\d)?)\s*分(?:\s*[/／]\s*小?题)?\s*[)）】\]]\s*|"
                     r"\s*[（(【\[]\s*(?:本题)?\s*(?:共)?\s*(\d{1,3}(?:[.．]\d)?)\s*分\s*[)）】\]]"
                     r"(?=\s*(?:[（(][^（）()]{0,8}[)）])?\s*[。.]?\s*$)")


def _sentence_ends_before(text: str, at: int, ends: str = "。？！?!") -> bool:
    """``text[:at]`` ends with one of ``ends`` and maybe spaces. Looked at from ``at`` back (a search of the
    slice for [。？！]\\s*$ per mark took a minute on a line of thousands of marks)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in ends


def _answers_given_together(drafts: list[Draft], report: ImportReport, file: str, unit: str) -> None:
    """（1）什么是法治？ / （2）依法行政的要求？ / 答：（1）…（2）…: short questions numbered 1 to n in a section (（1）
    or 1.), none answered but the last, whose answer gives exactly n points numbered the same way: the answers of
    each in turn, or the last one's own points? Which cannot be told (an outside round found both), so they are
    all left out, said at the answer (read as the last one's, the others stored without theirs; split in turn,
    a question was given another's point)."""
    def same_run(d: Draft, run: list[Draft]) -> bool:
        return d.block == run[-1].block and d.bracketed == run[-1].bracketed and d.number == run[-1].number + 1

    run: list[Draft] = []
    for d in [*drafts, None]:
        short = d is not None and is_short(d) and not d.options
        if d is not None and short and run and same_run(d, run):
            run.append(d)
            continue
        last = run[-1] if run else None
        if last is not None and len(run) > 1 and last.answer and not last.broken and \
                all(e.answer is None and not e.in_answer and not e.broken for e in run[:-1]) and \
                _parts_in_turn(last.answer, len(run), last.bracketed) is not None:
            shown = [f"（{e.number}）" if e.bracketed else str(e.number) for e in (run[0], last)]
            report.problems.append(RowProblem(file, last.answer_at or last.line, None, Words(
                "the reference answer below question {last} gives {count} points numbered as the questions {first}–"
                "{last} above it, which have none: each question's answer in turn, or question {last}'s own points? "
                "Which cannot be told, so these {count} questions are left out; write each question's answer below "
                "it (答：…), or number the points of one answer ① ② …",
                first=shown[0], last=shown[1], count=len(run)), unit=unit))
            for e in run:
                e.broken = True
            for e in run[:-1]:   # (each left out in words of its own, not as "a line could not be read")
                report.problems.append(RowProblem(file, e.line, None, Words(
                    "question {n} is left out: its answer may be in the reference answer below question {last} "
                    "(at {where})", n=f"（{e.number}）" if e.bracketed else str(e.number), last=shown[1],
                    where=place(unit, last.answer_at or last.line)), unit=unit))
        run = [d] if d is not None and short and d.number == 1 else []


def _parts_in_turn(answer: str, count: int, bracketed: bool = True) -> list[str] | None:
    """"（1）依法治国。（2）人应享有的权利。" (or "1. 依法治国。2. …" when not ``bracketed``) cut at its points 1 to
    ``count``, each as written; None when it does not start at 1, lacks one, gives one empty, or goes on to
    count + 1."""
    def point(k: int) -> re.Pattern[str]:
        return re.compile(rf"[（(]\s*{k}\s*[)）]" if bracketed else rf"(?:^|(?<=[\s。；;，,]))\s*{k}\s*[.、．](?!\d)")
    at, marks = 0, []
    for k in range(1, count + 1):
        mark = point(k).search(answer, at)
        if mark is None or k == 1 and answer[:mark.start()].strip():
            return None
        marks.append(mark)
        at = mark.end()
    if point(count + 1).search(answer, at):
        return None
    parts = [answer[a.end():b.start()] for a, b in zip(marks, marks[1:])] + [answer[marks[-1].end():]]
    parts = [part.strip().rstrip("，,；;、").strip() for part in parts]
    return parts if all(parts) else None


# a short question's line that goes on with the next one's number: 法治  2. 宪法, 法治 （2）宪法
_NEXT_ON_ITS_LINE = re.compile(r"([^。？?！!；;，,：:]{1,20}?)\s+(?:(\d{1,4})\s*[.、．]|[（(](\d{1,4})[)）])\s*\S")


def _a_table(images: list) -> bool:
    """A line's (or a question's) shown things include a table of data (word_docx._tables_as_read marks it)."""
    return any(getattr(image, "template", "") == "a table" for image in images)


_EXPLAIN_INSIDE = re.compile(r"\s*(?:[【\[〔](?:答案解析|试题解析|解析|理由|详解)[】\]〕]|(?:\s|(?<=[。；;！？]))"
                             r"(?:答案解析|试题解析|解析|理由|详解)"
                             r"\s*[:：])\s*")


def _answer_and_explanation(text: str) -> tuple[str, str]:
    """答案：A 解析：… (or 【解析】…) on one line: (answer, explanation); the explanation "" when none."""
    m = _EXPLAIN_INSIDE.search(text)
    return (text, "") if m is None else (text[:m.start()], text[m.end():])


# 答案：正确。宪法具有最高法律效力 / 答案：B，因为… : an answer, then the reason in a sentence of its own
_ANSWER_THEN_REASON = re.compile(r"\s*(?:((?:[A-HＡ-Ｈ](?:\s*[、,，]?\s*[A-HＡ-Ｈ]){0,7}|不正确|正确|错误|对|错|√|×|✓|✗|✔|✘))\s*"
                                 r"[。；;，,]|(不正确|正确|错误|对|错|√|×|✓|✗|✔|✘|[A-HＡ-Ｈ]{1,8})\s+"
                                 r"(?=[\u4e00-\u9fff《（(]|[A-HＡ-Ｈ]项))\s*"
                                 r"((?![A-HＡ-Ｈ](?:[\s,，、;；]*[A-HＡ-Ｈ])*\s*[。.]?$)[^\s。.].*)")   # (A，B: two letters;
# A 宪法是根本法。: letters, a space and words (round 101: refused as not option letters))


# a remark or tag after an answer (（易错）, 【2023年真题】): refused as such below, never taken for its reason
_TAG_WORDS = re.compile(r"^[（(【\[]\s*(?:\d{4}\s*年\s*)?(?:易错|易混|真题|重点|必考|高频|常考|新增|难题|考点|热点|送分)")


def _answer_then_reason(text: str) -> tuple[str, str]:
    """A choice's or true/false answer with its reason after a full stop or comma on the 答案 line: (answer,
    reason); (text, "") when the line is not so written (答案：A，B is two letters, not a reason)."""
    m = _ANSWER_THEN_REASON.fullmatch(text)   # (a mark or word may stand apart from it by a space: × 应为…)
    return (m.group(1) or m.group(2), m.group(3).strip()) if m else (text, "")


# 答案：宪法。宪法是国家的根本法 / 答案：宪法，因为…: a fill-in's answer, then its reason (a full stop, or a comma
# before 因为/理由/依据/根据; a comma alone may part two blanks' answers)
_FILL_THEN_REASON = re.compile(r"\s*([^。]{1,40}?)\s*(?:。|(?:[，,]|(?<=[\u4e00-\u9fff\d])\s)"
                               r"(?=\s*(?:因为|理由|依据|根据|参见|详见|见|出自)))\s*(\S.*)")   # (… 见《…》: round 101)


def _numbered_blanks(text: str) -> str:
    """A fill-in's answers numbered by blank, （1）全国人大常委会；（2）全国人民代表大会, as one a blank parted by ；
    (the numbers are the blanks', not the answers' words); any other text as it is."""
    parts = re.split(r"\s*(?:[（(](\d{1,2})[)）]|([①-⑳])|(?<![\d.．])(\d{1,2})[.、．](?!\d))\s*", text.strip())
    # (①: U+2460 on; 1.警告 2.罚款 as well, never 2.5万元: round 133 stored 1.警告 with its number)
    numbers = [int(n or m) if n or m else ord(c) - 0x245F for n, c, m in zip(parts[1::4], parts[2::4], parts[3::4])]
    parts = [p for n, p in enumerate(parts) if n % 4 in (0, 1)]   # as split by one group: text, number, text …
    if len(numbers) < 2 or parts[0].strip() or numbers != list(range(1, len(numbers) + 1)) or \
            not all(p.strip(" ；;，,。、") for p in parts[2::2]):   # 答案：①② (statements chosen): one answer
        return text
    return "；".join(p.strip().rstrip("；;，,。、").strip() for p in parts[2::2])


def _fill_answer_then_reason(text: str) -> tuple[str, str]:
    """A fill-in's answer with its reason on the 答案 line: (answer, reason); (text, "") when not so written."""
    m = _FILL_THEN_REASON.fullmatch(text)
    return (m.group(1), m.group(2).strip()) if m else (text, "")


def _plain_choice(answer: str) -> str:
    """A choice's or true/false answer as written with its trimmings: A。 （A） A； ×。 错误。 -> A, A, A, ×, 错误."""
    text = answer.strip().rstrip("。；;.，,、")
    m = re.fullmatch(r"[（(]\s*(.*?)\s*[)）]", text)
    return m.group(1) if m else text


# （1-2题共用题干及选项）: a stem and options shared (a kind Xuefa has not), never only a shared stem
_STEM_ONLY = r"(?!\s*[及和与、]\s*(?:备选)?(?:答案|选项|项))"
# material shared by several questions: 材料：…, 【案例二】…, （一）阅读下列材料，回答1-2题。, 根据以上材料回答2-3题
_MATERIAL_WORDS = r"(?:背景材料|阅读材料|材料|案例|案情|情景)[一二三四五六七八九十\d]{0,3}"
_MATERIAL_OPENS = re.compile(rf"^\s*(?:[（(][一二三四五六七八九十]{{1,3}}[)）]\s*)?(?:[【\[]{_MATERIAL_WORDS}[】\]]\s*[:：]?|"
                             rf"{_MATERIAL_WORDS}\s*[:：]|(?:背景材料|阅读材料|材料|案例|案情|情景)"
                             rf"[一二三四五六七八九十\d]{{1,3}}\s*$)\s*")   # 材料：, 【案例二】, 案例二 alone (the label)
_MATERIAL_LABEL = re.compile(rf"{_MATERIAL_OPENS.pattern}|^\s*(?:[（(][一二三四五六七八九十]{{1,3}}[)）]\s*)?"
                             r"(?:请?(?:认真)?阅读|根据)(?:下列|以下|下面|下述)(?:材料|案例|资料|案情)|"
                             r"^\s*[（(【\[]?\s*(?:以下|下列)?\s*(?:第\s*)?(?:\d|[一二三四五六七八九十])[^共。]{0,20}共用(?:题干|材料|案例)" +
                             _STEM_ONLY)
# the questions a line names for its material: 回答1-2题, 完成第1题至第3题, 回答1、2两题, 回答第1、2、3题,
# 回答问题（1-3题）, 回答第1至3题, 判断第1-2题的说法 (outside rounds: each form a clerk writes)
# 答案： (or 参考答案：, group 1) alone on its line
_BARE_ANSWER_LABEL = re.compile(r"\s*[【\[〔]?\s*(参考)?答\s*案\s*[】\]〕]?\s*[:：]?\s*")
_NAMED = r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})"   # a question's number as a line naming it writes it: 2, 二
_NAMES = (rf"(?:第\s*)?{_NAMED}\s*(?:小?题)?(?:\s*(?:[-－—–~～至到、和及与,，]|至\s*第?)\s*(?:第\s*)?{_NAMED}\s*(?:小?题)?)"
          r"{1,6}\s*(?:[两三四五六七八九十]\s*)?小?题")
_MATERIAL_RANGE = re.compile(rf"(?:回答|完成|解答|作答|判断)\s*(?:下面|下列|以下|后面)?的?\s*(?:问题)?\s*[（(]?\s*(?P<names>{_NAMES})"
                             r"\s*[)）]?|(?P<shared>" + _NAMES + r")\s*共用(?:题干|材料|案例)" + _STEM_ONLY)
# （1-3题共用题干）, 以下1～3题共用题干：, the shared stem's mark of medical and legal banks: the lines below it, up to
# the first question, are the material of the questions it names ("共用备选答案" shares options, not a stem: not this)
_SHARED_STEM = (rf"[（(【\[]?\s*(?:以下|下列)?\s*(?:{_NAMES})\s*共用(?:题干|材料|案例){_STEM_ONLY}"
                r"(?:\s*[，,；;]\s*[^（）()【】\[\]]{1,20})?\s*[)）】\]]?\s*[。：:]?")   # （1-2题共用题干，每题2分）
# （1-3题共用备选答案）, 以下1-2题共用下列选项：: options shared by several questions (a B-type group)
_SHARED_OPTIONS = re.compile(rf"(?P<shared>{_NAMES})?\s*共用\s*(?:下列|以下|如下|下面)?的?\s*(?:题干[及和与、]\s*)?(?:备选)?(?:答案|选项|项)")
# （1~2题共用题干）（每题2分）, （本题组共4分）: a remark on points right after the mark, never the material's words
_SHARED_POINTS = re.compile(r"\s*[（(【\[]([^（）()【】\[\]]{0,24}分[^（）()【】\[\]]{0,12})[)）】\]]\s*[。：:]?\s*")


def _named_number(written: str) -> int:
    """A question's number a material's line names: 12, or 十二 (回答第二至第三题)."""
    return int(written) if written.isdigit() else chinese_number(written)


def _named_questions(text: str, naming: re.Pattern[str] | None = None) -> set[int]:
    """The questions a material's line names (_MATERIAL_RANGE, or ``naming`` with a group ``shared``): 回答1-3题
    {1, 2, 3}, 回答1、3题 {1, 3}, 回答第二至第三题 {2, 3}; empty when it names none."""
    named = (naming or _MATERIAL_RANGE).search(text) if "题" in text else None
    if named is None:
        return set()
    names = named.groupdict().get("names") or named.group("shared")
    if not names:   # 以下两题共用下列选项： names none by number (round 92: a TypeError refused the file)
        return set()
    numbers = [(_named_number(m.group(0)), m.start()) for m in re.finditer(_NAMED, names)]
    taken: set[int] = set()
    for k, (n, at) in enumerate(numbers):
        taken.add(n)
        if k and re.search(r"[-－—–~～至到]", names[numbers[k - 1][1]:at]):   # 1-3, 1至3: the ones between too
            taken.update(range(min(numbers[k - 1][0], n), max(numbers[k - 1][0], n) + 1))
    return taken


def _named_range(text: str) -> tuple[int, int] | None:
    """(first, last) of the questions a material's line names, or None."""
    taken = _named_questions(text)
    return (min(taken), max(taken)) if taken else None


# the line naming them, left out of the material put before each stem: 根据上述材料，回答1-2题。, 请结合上述案情，回答下
# 列第1-3题。, 据此，回答1～3题。, （根据上述材料，回答1-2题）, 问题：1-2题。
_MATERIAL_ASK = re.compile(r"[（(]?\s*(?:(?:请?(?:认真)?阅读|请?根据|请?结合|请?依据|据)(?:下列|以下|下面|下述|以上|上述|前述)?的?"
                           r"(?:材料|案例|资料|案情|事实|情况|所述)[一二三四五六七八九十\d]{0,2}[^。：:（）()]{0,30}?|请?据此[，,]?\s*)"
                           rf"(?:回答|完成|解答|作答|判断)[^。：:（）()]{{0,20}}?(?:[（(]\s*)?(?:{_NAMES}|下列问题|问题)"
                           r"[^。：:（）()]{0,12}?(?:\s*[（(][^（）()]{0,12}[)）])?\s*[)）]?\s*[。：:]?\s*[)）]?[。]?|"
                           rf"(?:回答|完成|解答|作答|问题\s*[:：])\s*(?:{_NAMES})[。：:]?|"
                           rf"^\s*{_SHARED_STEM}")
# 根据上述材料，回答1-2题。 ending the facts above the questions it names (in any section)
_MATERIAL_UP_RANGE = re.compile(r"(?:(?:根据|阅读|结合|依据|据)(?:上述|以上|前述)的?(?:材料|案例|资料|案情|数据|事实|情况|所述)|"
                                r"(?:根据|结合|依据)(?:案例|材料)[一二三四五六七八九十\d]{1,2}|据此)[^。]{0,10}?"
                                rf"(?:回答|完成|解答|作答|判断)[^。]{{0,12}}?(?:{_NAMES})[^。]{{0,12}}?\s*[)）]?\s*[。：:]?\s*$")
_CASE_NUMBER_MARK = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*")
_CASE_NUMBER = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*\S")   # （二）李某… in a 案例选择题 section

_A_IS_TRUE = re.compile(r"[AＡ]\s*(?:表示|代表|为)\s*(?:正确|对)[^A-HＡ-Ｈ]{0,4}[BＢ]\s*(?:表示|代表|为)\s*(?:错误|错)")
_STEM_ENDED = re.compile(r"(?:[。？！?!]|[（(][^（）()]{0,12}[)）])\s*[。.]?\s*$")   # …。, …（ ）, …（ √ ）
# a list's bullet before a line's text (Word's bullets are read as •)
_BULLET = re.compile(r"^\s*[•·●○◆◇■□▪▶►★☆]\s*\S")


def _after_bullets(texts: list[str], i: int) -> str:
    """The first line with text after the run of bulleted lines from line ``i``."""
    for text in texts[i + 1:]:
        if text and not _BULLET.match(text):
            return text
    return ""


_STATEMENT_MARK = re.compile(r"^\s*(?:[①-⑳⑴-⒇Ⅰ-Ⅻ㈠-㈩]|[甲乙丙丁戊己][、.．:：]|[（(]\d{1,2}[)）]|[a-hA-H][、.．:：)）]|"
                             r"第\s*[一二三四五六七八九十\d]{1,3}\s*项\s*[、.．:：]|[•·●○◆◇■□▪▶►★☆]\s*\S)")   # (第1项：… a stem's statement)
# what a bank adds about a question below its explanation: not its text (法律依据：… and 注：… are)
_META_REMARK = re.compile(r"\s*(?:[【\[〔](?:考点|出处|来源|题目来源|试题来源|备注|标签|易错题?|真题|难度系数)[】\]〕]|"
                          r"(?:考点|出处|来源|题目来源|试题来源|备注|标签)\s*[:：])")
_BRACKET_ALONE = re.compile(r"\s*[（(【\[][^（）()【】\[\]]{1,20}[)）】\]]\s*[。.]?\s*")   # （2022年真题） alone
_MARKED_STATEMENT = re.compile(r"[。？！?!]\s*[（(]\s*(?:√|×|✓|✗|✔|✘|对|错|正确|错误)\s*[)）]\s*[。.]?\s*$")   # …。（×）
_TRUE_FALSE_WORD = re.compile(r"\s*(?:正确|错误|对|错|√|×|✓|✗|✔|✘|[TFtf])\s*[。.]?\s*")   # a bare answer line
_MARK_FIRST = frozenset("*＊★☆√✓✔●◆▲→(")   # how a line that _MARKED_LETTER finds starts (most lines: at once)
_MAY_BE_MATERIAL = re.compile(r"材料|案例|案情|情景|阅读|根据|共用")   # (a line without these is never material)
_MARKED_LETTER = re.compile(r"^\s*(?:[*＊★☆√✓✔●◆▲→]|\(\s*\*\s*\))\s*([A-HＡ-Ｈ])\s*[.．、:：)）]")   # *C. 五

# how a short answer's question starts: a line so starting below a whole question is another question
_KEY_WORD_ALONE = re.compile(r"\s*[【\[〔]?(?:参考|标准)答案[】\]〕]?\s*[:：]?\s*")   # 参考答案 / 【标准答案】： on a line alone
_ASKING = re.compile(r"^\s*(?:请?简述|请?试述|请?论述|请?简要|谈谈|什么是|如何理解)")


def _option_wrapped(text: str, last: tuple[str, str], above: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A line below option ``last`` (key, text) that ends it and then holds the next options in order, as a PDF
    copy wraps them (按照…确定密级  C．个人…  D．…): (the rest of ``last``'s text, the options after it); None when
    the line above (``above``, which ends with ``last``) is too short to have been wrapped or has ended, or the
    line holds no next option."""
    line = last[1].splitlines()[-1] if last[1] else ""
    if not line or len(above) < WRAPPED_SHORTEST or not above.rstrip().endswith(line.rstrip()) or _ENDED.search(line):
        return None
    found = re.search(rf"\s+(?={_after(last[0])}\s*[.．、])", text)
    if found is None or not text[:found.start()].strip() or re.search(r"(?:^|\s)[A-HＡ-Ｈ]\s*[.．、]", text[:found.start()]):
        return None
    more = _split_options(text[found.end():], after=last[0])
    if not more or more[0][0] != _after(last[0]) or any(not t.strip() for _, t in more):
        return None
    return text[:found.start()].strip(), more


def _wrapped_width(option: str, above: str) -> int:
    """The width of the line an option's text ends: the whole line above when the option ends it (C．…  D．国家秘
    on one line of a PDF copy: as wide as the page), else the option's own last line."""
    line = option.splitlines()[-1] if option else ""
    return len(above) if line and above.rstrip().endswith(line.rstrip()) else len(line)


def _after(key: str) -> str:
    """The option letter after ``key`` (A -> B)."""
    return chr(ord(key) + 1) if key < "H" else "?"


def _starts_with_letter(text: str, key: str) -> bool:
    """``text`` starts with the letter of the option after ``key`` in another form than a mark: D。行政法,
    D 行政法, D行政法, d. 行政法, Ｄ-行政法."""
    m = re.match(r"\s*([A-Ha-hＡ-Ｈａ-ｈ])(?=\s*[。\-－—.．、:：]|\s+\S|[\u4e00-\u9fff])", text)
    return m is not None and unicodedata.normalize("NFKC", m.group(1)).upper() == _after(key)


# (a letter and its mark ending the text, nothing after it, is the option's own: Vitamin C.)
_LETTER_UNMARKED = re.compile(r"\s(?:([A-Ha-hＡ-Ｈａ-ｈ])\s*[。\-－—.．,，、:：)）](?=\s*\S)|([A-HＡ-Ｈ])\s*(?=[\u4e00-\u9fff]))")
_LETTER_MARKED = re.compile(r"(?<![A-Za-z.．])([A-HＡ-Ｈ])\s*[.．、:：)）](?![A-Za-z])(?=\s*\S)")
_WIDE_GAP_INSIDE = re.compile(r"\S(?:\s{2,}|\t)\S")
_NUMBER_MARK_INSIDE = re.compile(r"\s\d\s*[.．、]\s*\S")


def _next_letter_inside(split: list[tuple[str, str]]) -> str:
    """The letter of an option written inside the text of one before it without its usual mark (C. 民法典 D。行政法,
    C. 民法典  D 行政法, C. 民法典 Ｄ行政法, C. 法院 d. 军队, C. 法院 D, 军队), a later option's marked letter
    inside it (B. 政府法院D.军队: C lost), or, in a line of several options, a wide gap or a number's mark
    where a letter was lost (C、民法典  行政法, C. 法院 0. 军队): that letter (or "?"), or ""."""
    for key, text in split:
        next_key = _after(key)
        # a lower-case letter only with a mark (d. 军队): bare before Chinese text it is the option's own word
        for m in _LETTER_UNMARKED.finditer(text):
            if unicodedata.normalize("NFKC", m.group(1) or m.group(2)).upper() == next_key:
                return next_key
        for m in _LETTER_MARKED.finditer(text):   # not D.C.
            if unicodedata.normalize("NFKC", m.group(1)) > key:
                return unicodedata.normalize("NFKC", m.group(1))
        if len(split) > 1 and (_WIDE_GAP_INSIDE.search(text.strip()) or _NUMBER_MARK_INSIDE.search(text)):
            return next_key
    return ""


def _same_answer(a: str, b: str) -> bool:
    """Two ways of writing one answer: A,B and AB, √ and 对, Ａ and A."""
    from examcore.banks.common import parse_true_false
    x, y = (unicodedata.normalize("NFKC", t).strip() for t in (a, b))
    if parse_true_false(x) is not None and parse_true_false(y) is not None:
        return parse_true_false(x) == parse_true_false(y)
    if parse_choice_answer(x) and parse_choice_answer(y):
        return parse_choice_answer(x) == parse_choice_answer(y)
    return " ".join(x.split()) == " ".join(y.split())


_OPTION_A_INSIDE = re.compile(r"(?<=\S)\s+[AＡ]\s*[.．、:：)）]\s*\S")   # A. after a stem's words, on its line


def _numbers_go_up(text: str) -> bool:
    """The entries of a key line are numbered upwards (1.A 2.B, 3.√ 5.×), as a key is written."""
    numbers = [int(m.group(1)) for m in KEY_ENTRY.finditer(key_ranges(text)[0])]
    return all(b > a for a, b in zip(numbers, numbers[1:]))


def _several_answers(text: str) -> bool:
    """More than one answer in a key line (1.A 2.B, 1-3：ABC): a key, not one question's 答案：1.A."""
    return len(KEY_ENTRY.findall(key_ranges(text)[0])) > 1


def _section_heading_number(text: str) -> int:
    """The number of a section heading that names a type (二、判断题: 2), or 0 for any other line."""
    if NUMBERED.match(text) or heading_type(text) is None:
        return 0
    written = re.match(rf"^\s*(?:([{NUMERAL}]+)\s*[、.．]|[（(]([{NUMERAL}]+)[)）])", text)
    return chinese_number(written.group(1) or written.group(2)) if written else 0


def _is_question_line(text: str) -> bool:
    """A numbered question rather than a key entry: it has a blank, ends as a sentence, or is long."""
    numbered = NUMBERED.match(text)
    if not numbered:
        return False
    rest = numbered.group(3).strip()
    return bool(BLANK_PATTERN.search(rest)) or rest.endswith(("。", "？", "?", "：", ":")) or len(rest) > 24


def read_text_bank(text: str, file: str, bank: str) -> ImportReport:
    from examcore.banks.text_files import split_lines
    # U+000B, Word's line break (Shift+Enter) as copied out of Word: a line break within the numbered line, as
    # the Word reader reads it (it refused the stem as an invisible character)
    report = read_office_lines([(n, part, []) for n, line in enumerate(split_lines(text), start=1)
                                for part in line.split("\x0b")], file, bank)
    refuse_what_it_lacks(report)   # a text file holds no table nor picture: one a stem asks about was lost
    return report

"""Whether a line below a section heading is that section's instructions (本大题共10小题，每小题2分; 请将正确答案
的代号填入括号内; 考试时间：60分钟  满分：100分), or something else: facts of a case, a question, a definition.

Instructions are left out of the questions with a note, so a line wrongly taken for them loses text with exit 0:
in six outside rounds (issue 16) case facts had been dropped that way (说明：李四因不服县公安局作出的罚款决定…;
本大题共2小题。王五经营的烟花爆竹作坊…; 考试期间，考生张某…), each time past a word list that said what
instructions speak of (题, 答, 时间, 正确 …: 逾期未予答复 holds 答, 考生在答题时被发现携带手机 holds 考生 and 答题).
So the rule is the other way round: every clause of the line must have one of the forms instructions take, and
the line names no party, date or count of people. What is not instructions is refused, or under a case heading
put before the stems of the questions below as their material.
"""
from __future__ import annotations

import re

# a party (甲, 某), a date (2024年5月1日, 5月1日; a law's year is no date of facts: 2021年修订的《行政处罚法》, 2023年版)
# or a count of people (3名, 两户): facts, never instructions (甲县自然资源局完成以下征地程序后…, 共3名社区矫正对象…)
NOT_FACTS = (r"(?![^\n]*(?:[甲乙丙丁戊]|某|(?:\d{2,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
             r"(?![^\n]{0,6}?(?:修订|修正|修改|颁布|施行|公布|通过|版))|[\d一二三四五六七八九十两]+\s*[名人户家起件]))")
# a blank to fill (（ ）, ____): a question's, never an instruction's
_BLANK = re.compile(r"[（(][\s\u3000_＿]*[)）]|(?<![:：_＿\s])[_＿]{3,}")   # (得分：____ is a form's field)

# The forms a clause of a section's instructions takes (a clause: the text between 。，；! or a wide space, after
# a label such as 说明： or 各位考生：)
_CLAUSE_LABEL = (r"(?:(?:说明|注意|注|要求|提示|答题要求|答题说明|考生须知|考生注意|作答要求|作答说明|注意事项|答题须知|"
                 r"各位考生|考生|温馨提示)\s*[:：]?\s*)?")
_N = r"[\d０-９一二三四五六七八九十两]+"
_INSTRUCTION_CLAUSE = re.compile(_CLAUSE_LABEL + r"(?:" + "|".join((
    # a label or a salutation alone; a scoring line 得分：____
    r"说明|注意|注|要求|提示|答题要求|答题说明|考生须知|考生注意|作答要求|作答说明|注意事项|答题须知|(?:各位)?考生(?:们)?",
    r"(?:(?:得\s*分|评\s*卷\s*人|评分人|复核人)\s*[:：]?\s*[_＿\s]*)+",
    # how many questions, how many points, how long
    rf"(?:本(?:大题|部分|题型|题|卷|试卷|节)|全卷|试卷|此部分)?\s*(?:共|计|包括|含)?\s*(?:有)?\s*{_N}\s*(?:道|个)?小?题(?:目)?",
    rf"(?:本(?:大题|部分|题型|题|卷|试卷|节))?\s*(?:每(?:小|道|个)?题|每空|每个名词|每问|每小问|每个小题|每处|每个)"
    rf"(?:的)?(?:分值)?(?:为)?\s*[:：]?\s*{_N}(?:\.\d+)?\s*分",
    rf"(?:本(?:大题|部分|题型|题|卷|试卷)|全卷)?\s*(?:共|计|合计|满分|总分|分值|试卷满分|全卷满分)(?:为)?\s*[:：]?\s*{_N}(?:\.\d+)?\s*分",
    rf"{_N}\s*分(?:为)?(?:及格|合格)",
    rf"(?:本(?:大题|部分|题型|题|小题|卷|试卷))?\s*(?:为)?\s*{_N}(?:\.\d+)?\s*分",
    rf"(?:考试|答题|作答)?(?:时间|时长|限时)(?:为)?\s*[:：]?\s*{_N}\s*分钟",
    rf"(?:限|限时|请在)?\s*{_N}\s*分钟(?:内)?(?:完成|答完)?(?:答题|作答)?",
    # who answers how
    r"(?:考生)?(?:应|须|需|要)?(?:认真|仔细|独立|按要求|按规定|规范)?(?:审题|作答|答题|完成答题|完成)",
    r"(?:答题|作答|考试)时",
    r"请(?!求|示|假|愿|托|柬)(?=[^，,。]*?(?:答|题|填|选|判断|写|涂|完成|阅读|审|解释|回答|标|打|划|画|检查|核对|注意|"
    r"保持|独立|在[^，,。]{0,12}内))[^，,。]{1,60}",
    r"(?:简要|简单|试|认真|仔细)?(?:判断|选择|选出|回答|解释|简述|简答|阅读|分析)(?:下列|以下|下面)[^，,。]{0,40}",
    r"(?:试|请)?从(?:下列|以下|[A-DＡ-Ｄ])[^，,。]{0,40}",
    r"(?:请)?判断(?:正误|对错|是非|正确与否|其正误)(?:并(?:说明|简述|写出|阐明)(?:理由|原因|依据))?",
    r"(?:并)?(?:说明|简述|写出|阐明)(?:理由|原因|依据)",
    r"(?:下列|以下|下面)(?:各题|各小题|说法|各项|题目|试题)(?:中)?",
    r"(?:你)?(?:认为)?(?:是)?(?:正确|错误|对|错)(?:的)?(?:说法)?",
    r"(?:请)?结合(?:工作|自身|本职|本单位|本地)?实际(?:工作)?",
    r"[^，,。]{0,40}(?:依据|根据|按照)[^，,。]{1,40}(?:作答|答题|回答|判断|解答|选择)",
    rf"(?:本(?:大题|部分|题型|题)|以下|下列|下面)?\s*(?:{_N}\s*(?:道|个)?小?题)?\s*(?:各题|各小题)?(?:均)?(?:为|是)[^，,。]{{1,8}}题",
    # what the choices are and which to take; how true/false is marked
    r"[AＡBＢ对错√×]\s*(?:表示|代表|为)\s*(?:正确|错误|对|错)",
    r"(?:观点|概念|表述|条理|字迹|论述|联系实际|语言|答案|回答|书写|理由|论据|层次|结构|逻辑|卷面)[^，,。]{0,6}"
    r"(?:明确|清楚|清晰|准确|完整|工整|充分|通顺|简明|规范|充实|严密|合理|分明|整洁|正确|有据)",
    rf"(?:字数)?(?:不少于|不超过|不多于|在|约)?\s*{_N}\s*字(?:以上|以内|左右|为宜)?",
    # an edition or a paper's copy (（2023年版）, （A卷）, （闭卷）)
    r"\d{4}\s*年(?:修订)?版|[AＡBＢ]\s*卷|闭卷|开卷|第[一二三四\d]+(?:套|版)",
)) + r")")
# a clause may start by naming the law the answers follow (根据《行政强制法》判断下列…, 请根据2021年修订的《…》)
_INSTRUCTION_LEAD = re.compile(
    r"(?:请)?(?:根据|依据|按照|依照)(?:我国)?(?:现行|新修订的?|最新)?(?:所学|有关|相关)?(?:的)?"
    r"(?:\d{4}\s*年(?:修订|修正|颁布|施行|公布)?的?)?(?:法律|法律法规|法律规定|知识|(?:《[^》]{1,30}》[、和及与]?)+)"
    r"(?:的)?(?:有关|相关)?(?:规定)?")
# marks inside a clause that say where or how the answer goes, or which choices are right
_INSTRUCTION_MARK = re.compile(
    r"(?:在|于)(?:答题纸|答题卡|答卷|括号|横线|题后|指定位置|相应位置)(?:上|内|中)?[^，,。]{0,10}(?:作答|填涂|涂黑|书写|答题|填写|写|填|涂|答)|"
    r"(?:写|填|涂|答|标|打|划|画)(?:在|入|于)[^，,。]{0,12}(?:答题纸|答题卡|答卷|试卷|括号|横线|题后|指定位置|相应位置)|"
    r"打\s*[“\"‘']?\s*[√✓×✗]|[“\"‘']\s*[√✓×✗]\s*[”\"’']|"
    r"(?:多选|少选|错选|不选|漏选)[^，,。]{0,12}(?:不得分|不给分|得0分|不计分|扣分)|(?:不得分|不给分|不计分)$|"
    r"(?:正确|符合题意|符合题目要求)(?:的)?(?:答案|选项|项)|(?:备选项|备选答案|选项)中|只有一(?:项|个)[^，,。]{0,8}(?:符合|正确)|"
    r"(?:两个|二个)(?:或两个)?以上[^，,。]{0,8}(?:正确|符合)")


def instructions_only(text: str) -> bool:
    """A line under a heading that holds nothing but instructions: every clause (split at 。，；! and wide spaces,
    inside its brackets, after a label) has one of the instruction forms above, and it names no party, date or
    count of people. Facts (本大题共2小题。王五经营的烟花爆竹作坊…, 说明：李四因不服…, （甲为限制民事行为能力人。）)
    are not: under a case heading they are the material of the questions below, elsewhere refused."""
    body = text.strip()
    if (bracketed := re.fullmatch(r"[（(【\[〔](.*)[)）】\]〕][。.]?", body)) is not None:
        body = bracketed.group(1)
    clauses = [c.strip(" \u3000“”\"'‘’:：") for c in re.split(r"[。！!；;，,]|\s{2,}|\u3000+", body)]
    clauses = [c for c in clauses if c]
    return bool(clauses) and bool(re.match(NOT_FACTS, text)) and not _BLANK.search(text) \
        and all(map(_instruction_clause, clauses))


def _instruction_clause(clause: str) -> bool:
    """One clause has an instruction's form, or is several such forms apart by spaces (共5题 每题1分)."""
    if (lead := _INSTRUCTION_LEAD.match(clause)) is not None:
        clause = clause[lead.end():].lstrip("，, ")
        if not clause:
            return True
    return bool(_INSTRUCTION_CLAUSE.fullmatch(clause) or _INSTRUCTION_MARK.search(clause)) or (
        " " in clause and all(_INSTRUCTION_CLAUSE.fullmatch(part) or _INSTRUCTION_MARK.search(part)
                              for part in clause.split()))

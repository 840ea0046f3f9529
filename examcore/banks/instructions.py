"""Whether a line below a section heading is that section's instructions (本大题共10小题，每小题2分; 请将正确答案
的代号填入括号内; 考试时间：60分钟  满分：100分), or something else: facts of a case, a question, a definition.

Instructions are left out of the questions with a note, so a line wrongly taken for them loses text with exit 0:
in six outside rounds (issue 16) case facts had been dropped that way (说明：李四因不服县公安局作出的罚款决定…;
本大题共2小题。王五经营的烟花爆竹作坊…; 考试期间，考生张某…), each time past a word list that said what
instructions speak of (题, 答, 时间, 正确 …: 逾期未予答复 holds 答, 考生在答题时被发现携带手机 holds 考生 and 答题).
So the rule is the other way round: every clause of the line must have one of the forms instructions take, or be
made of nothing but the words instructions are written in (a seventh round found the forms searched for inside a
clause let 王五在答题卡上填涂了他人的准考证号 through, and real instructions in other words refused), and the line
names no party, date or count of people. What is not instructions is refused, or under a case heading put
before the stems of the questions below as their material. Measured on 230 real instruction lines and 48 facts
written with their words (round 33): 229 read in every place a paper puts them, every fact kept or refused.
"""
from __future__ import annotations

import re

# a party (甲, 某), a date (2024年5月1日, 5月1日; a law's year is no date of facts: 2021年修订的《行政处罚法》, 2023年版)
# or a count of people (3名, 两户): facts, never instructions (甲县自然资源局完成以下征地程序后…, 共3名社区矫正对象…)
NOT_FACTS = (r"(?![^\n]*(?:[甲乙丙丁戊]|某|"
             r"[张李王赵孙吴郑钱陈刘杨][一二三四五六七八九十](?![条款项章节年月日个名人次天分号])|"   # 王五, 张三: a party
             r"(?:\d{2,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
             r"(?![^\n]{0,6}?(?:修订|修正|修改|颁布|施行|公布|通过|版))|[\d一二三四五六七八九十两]+\s*[名人户家起件]|"
             r"[\d一二三四五六七八九十两]+\s*个(?:考生|人|单位|学员|职工)))")
# 任选两题作答: the learner answers some of the questions; Xuefa asks every one, so it is no instruction to
# leave out (the paper is refused, and its maker decides)
_CHOOSE_SOME = re.compile(r"任选|选做|(?<!备)选答(?!案)|任意选")   # (备选答案 is the choices)
# a blank to fill (（ ）, ____): a question's, never an instruction's
_BLANK = re.compile(r"[（(][\s\u3000_＿]*[)）]|(?<![:：_＿\s])[_＿]{3,}")   # (得分：____ is a form's field)

# The forms a clause of a section's instructions takes (a clause: the text between 。，；! or a wide space, after
# a label such as 说明： or 各位考生：)
_LABELS = (r"说明|注意|注|要求|提示|答题要求|答题说明|考生须知|考生注意|作答要求|作答说明|注意事项|答题须知|各位考生|温馨提示|"
           r"评分标准|评分说明|[A-ZＡ-Ｚ]型题|题型|分值|题量|试题数量")
# a label: 说明：, 【答题说明】, 〔注〕 (an exam system's export: 题型：单选题　分值：每题2分), taken off a clause first
_LABEL = re.compile(rf"(?:(?:{_LABELS})\s*[:：]|[【\[〔](?:{_LABELS})[】\]〕]\s*[:：]?)\s*")
# …and what is left of a label inside a form: 考生： (考生请他人代为答题: 考生 is no label without its colon), and
# 要求/注意 written without one (要求概念准确)
# what a written answer is judged by, and the words it is judged good in (观点明确, 论述充分, 卷面整洁)
_ASPECTS = r"观点|概念|表述|条理|字迹|论述|论证|语言|回答|书写|理由|论据|层次|结构|逻辑|卷面"
_GOOD = r"明确|清楚|清晰|准确|完整|工整|充分|通顺|规范|充实|严密|合理|分明|整洁|正确|有据|鲜明|流畅"
_CLAUSE_LABEL = r"(?:考生\s*[:：]\s*|(?:要求|注意)\s*)?"
_N = r"[\d０-９一二三四五六七八九十两]+"
_INSTRUCTION_CLAUSE = re.compile(_CLAUSE_LABEL + r"(?:" + "|".join((
    # a label or a salutation alone; a scoring line 得分：____
    rf"{_LABELS}|(?:各位)?考生(?:们)?",
    r"(?:(?:得\s*分|评\s*卷\s*人|评分人|复核人)\s*[:：]?\s*[_＿\s]*)+",
    # how many questions, how many points, how long
    rf"(?:本(?:大题|部分|题型|类题|题|卷|试卷|节)|全卷|试卷|此部分)?\s*(?:共|计|共计|包括|含)?\s*(?:有)?\s*{_N}\s*(?:道|个)?"
    rf"(?:小?题(?:目)?|空|页)(?:{_N}\s*个?空)?|(?:本(?:大题|部分|题型|类题|题|卷|试卷|节)|全卷|试卷)?\s*(?:共|计|共计)\s*{_N}\s*道",
    rf"(?:本(?:大题|部分|题型|类题|题|卷|试卷|节))?\s*(?:每(?:小|道|个)?题|每空|每个名词|每问|每小问|每个小题|每处|每个)"
    rf"(?:的)?(?:分值)?(?:为)?\s*[:：]?\s*{_N}(?:\.\d+)?\s*分",
    rf"(?:本(?:大题|部分|题型|题|卷|试卷)|全卷)?\s*(?:共|计|共计|合计|满分|总分|分值|试卷满分|全卷满分)(?:为)?\s*[:：]?\s*{_N}(?:\.\d+)?\s*分",
    rf"{_N}\s*分(?:为)?(?:及格|合格)",
    rf"(?:每(?:小|道)?题)?\s*{_N}(?:\.\d+)?\s*分\s*[/／]\s*(?:每)?(?:小?题|道|空|问)",   # 2分/题, 1分/空
    rf"(?:本(?:大题|部分|题型|题|小题|卷|试卷))?\s*(?:为)?\s*{_N}(?:\.\d+)?\s*分",
    rf"(?:考试|答题|作答)?(?:时间|时长|限时)(?:为)?\s*[:：]?\s*{_N}\s*分钟",
    rf"(?:限|限时|请在)?\s*{_N}\s*分钟(?:内)?(?:完成|答完)?(?:答题|作答)?",
    # who answers how
    r"(?:考生)?(?:应|须|需|要)?(?:认真|仔细|独立|按要求|按规定|规范)?(?:审题|作答|答题|完成答题|完成)",
    r"(?:答题|作答|考试)时",
    r"(?:请)?判断(?:正误|对错|是非|正确与否|其正误)(?:并(?:说明|简述|写出|阐明)(?:理由|原因|依据))?",
    r"(?:并)?(?:说明|简述|写出|阐明)(?:理由|原因|依据)",
    r"(?:下列|以下|下面)(?:各题|各小题|说法|各项|题目|试题)(?:中)?",
    r"(?:你)?(?:认为)?(?:是)?(?:正确|错误|对|错)(?:的)?(?:说法)?",
    r"(?:请)?结合(?:工作|自身|本职|本单位|本地)?实际(?:工作)?",
    r"(?:本题|本大题|本部分|本卷|本试卷|各题|各小题|下列各题|以下各题|以下题目|以下试题|下列试题|试题|题目|试题答案|答案|请|考生)*"
    r"(?:均|一律|都)?(?:依据|根据|按照|依照|以)(?:截至|截止)?(?:[\d年月日]|现行|有效|的|相关|有关|新|修订|修正|最新|"
    r"施行|颁布|下列|以下|案例|材料|案情|所学|法律|法规|法律法规|规定|知识|题目|要求|题干|司法解释|税法|、|"
    r"(?:《[^》]{1,30}》[、和及与]?))+"
    r"(?:作答|答题|回答|判断|解答|选择|为准)",
    rf"(?:本(?:大题|部分|题型|题)|以下|下列|下面)?\s*(?:{_N}\s*(?:道|个)?小?题)?\s*(?:各题|各小题)?(?:均)?(?:为|是)[^，,。]{{1,8}}题",
    # where an answer does not count (超出答题区域书写的答案无效, 在试卷上作答无效, 在答题卡规定区域外作答无效)
    r"(?:凡|在)?(?:超出|超过)?(?:答题卡|答题纸|试卷|草稿纸|试题卷|本试卷)?(?:上)?(?:的)?(?:规定|指定|各题)?(?:的)?"
    r"(?:答题)?(?:区域|范围|位置|框)?(?:以外|之外|外)?(?:书写|作答|答题)(?:的)?(?:答案)?(?:一律|均)?无效",
    # what the choices are and which to take; how true/false is marked
    r"[AＡBＢ对错√×]\s*(?:表示|代表|为)\s*(?:正确|错误|对|错)",
    rf"(?:{_ASPECTS}|联系实际)(?:要|须|应|应当|必须|需|力求|做到)?(?:{_GOOD}|简明)",
    rf"(?:字数)?(?:不少于|不超过|不多于|在|约)?\s*{_N}\s*字(?:以上|以内|左右|为宜)?",
    # an edition or a paper's copy (（2023年版）, （A卷）, （闭卷）)
    r"\d{4}\s*年(?:修订|修正)?(?:版|本)?|[AＡBＢ]\s*卷|闭卷|开卷|第[一二三四\d]+(?:套|版)",
)) + r")")
# a clause may start by naming the law the answers follow (根据《行政强制法》判断下列…, 请根据2021年修订的《…》)
_INSTRUCTION_LEAD = re.compile(
    r"(?:请)?(?:根据|依据|按照|依照)(?:我国)?(?:现行|新修订的?|最新)?(?:所学|有关|相关)?(?:的)?"
    r"(?:\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:修订|修正|颁布|施行|公布)?的?)?"
    r"(?:法律|法律法规|法律规定|知识|税法|司法解释|(?:《[^》]{1,30}》[、和及与]?)+)"
    r"(?:\s*[（(]\s*\d{4}\s*年[^（）()]{0,6}[)）])?(?:的)?(?:有关|相关)?(?:规定)?")
# Else a clause is instructions when it is made of nothing but the words instructions are written in (how to
# mark, where the answer goes, how it scores, which choices are right, what a written answer must hold):
# 每小题选出答案后，用铅笔把答题卡上对应题目的答案标号涂黑; 全部选对得5分，部分选对得2分，有选错的得0分. A
# fact names who did what (王五在答题卡上填涂了他人的准考证号: 王五, 了; 张三在单位给出的选项中选择了提前退休),
# and no such word is here: searching the clause for a mark (在答题卡上…填涂, 选项中) had let facts through.
_WORDS = "|".join(sorted(set("""
本大题 本题型 本部分 本题 本卷 本试卷 全卷 试卷 试题 题目 各题 各小题 每小题 每题 每道题 每道试题 每个问题 每问 每空 每处 小题 大题 题 空
题干 题后 题中 题型 问题 下列 以下 下面 其中 答案 正确答案 答案标号 标号 选项 备选项 备选答案 所选项 所选 字母 代号 代码 序号 结果 要点
请 须 必须 应 应当 需 需要 要 务必 一律 均 都 也 并 再 才 即可 可 可以 将 把 其 从中 中 用 使用 在 于 的 地 后 前 上 内 处 相应 对应
指定 位置 括号 括号内 横线 横线上 空格 空白处 空格处 答题卡 答题纸 答卷 铅笔 2B铅笔 黑色 蓝色 签字笔 钢笔 圆珠笔 水笔 橡皮 擦干净
改动 如需 选涂 涂黑 填涂 填写 填入 填上 填 写 写在 写出 写明 标出 标明 打 画 划 选出 选择 选 作答 答题 回答 答 作出 判断 审题 阅读
仔细 认真 独立 完成 交回 一并 与 和 或 及 者 、 清楚 姓名 单位 准考证号 考号 考生 各位
得分 不得分 得 分 满分 不扣分 不倒扣分 倒扣 扣分 扣 无分 不给分 计分 不计分 酌情 答对 答错 选对 选错 错选 多选 少选 漏选 不选 未选
不答 全部 全 部分 但不全 不全 有 个 项 一个 一项 两个 二个 以上 至少 多个 若干 只有 仅有 唯一 最 符合 题意 题目要求 要求 最佳 最恰当
最合适 合适 恰当 适当 正确 错误 对 错 是 为 无效 该题 错项 内容 词语 原文 法条 法条原文 一致 规定 法律规定 法律依据 依据 法律 条文
引用 相关 有关 明确 简明 扼要 条理 清晰 语言 简练 流畅 表述 完整 充分 观点 鲜明 论述 联系实际 结合 实际 工作 本职 字数 不少于 不超过
不多于 字 以内 左右 说理 理由 分析 运用 所学 知识 谈谈 你的 认识 体会 理解 自拟题目 自选角度 按要求 按要点 多答 展开 不要求 说明
作 简要 建议用时 用时 分钟 时间 限时 考试 结束 按 要点即可 进行 对下列 说法 作出判断 认为 表示 代表 单选 多选题 单选题 判断题
填空题 客观题 主观题 选择题 均为 每 各 各有 若干问题 给出 列出 四个 五个 三个 下 面 所 该 本 言之有理 有理 有据 充实 合理 规范 工整
所设 所给 里 号码 它 不正确 判断正确 判断错误 不判断 错填 不填 错别字 错字 别字 汉字 答出 给 联系 单位 本单位 本职工作 至 多项
部分选对 有选错 共计 其他 条文 案情 案例 材料 每个 根据 依照 按照 法律知识 多 错的 对的 选对但不全 本卷为 全选对 所选的
从 你 时 题号 号 说理 单项选择题 多项选择题 不定项选择题 选择题 案例分析题 简答题 论述题 名词解释 司法解释 税法 本类题
有且仅有 论证 严密 答卷前 非选择题 超出 区域 书写 页 本试卷共 最低 零分 自己 考题 本类题 道 涂 正误 是否 直接 英文字母 英文 对错 是非 解释 名词
概念 准确
顺序 逐题 漏答 不得 墨水笔 勿 标记 任何 中文 不限 限答 不必 不唯一 言之成理 下方
提交 交卷 修改 不可 不能 在线 系统 自动 评分 阅卷 机考 上机 网上 电脑 作任何
""".split()), key=len, reverse=True))
_WORDY_CLAUSE = re.compile(rf"(?:{_WORDS}|{_N}|\d+(?:\.\d+)?|(?<=[填涂选打写“\"‘'])[A-EＡ-ＥTF]|[A-EＡ-Ｅ](?=[、，,]?[A-EＡ-Ｅ]|表示|代表)|"
                          rf"(?<=[、，,])[A-EＡ-Ｅ]|[√✓×✗]|[“”\"'‘’「」]|[—\-－~～]|\s)+")
# a clause of such words must say how to answer, where the answer goes, how it scores, which choice is right or
# what a written answer holds (考生认为考试结果不正确, 考生多选一项 are made of such words too: round 34)
_WORDY_ANCHOR = re.compile(r"答题卡|答题纸|括号|横线|空格|空白处|填|涂|打|画|划|选出|选择|备选|选项|作答|答题|回答|判断|得分|扣分|无分|"
                           r"计分|满分|\d\s*分|字数|不少于|不超过|\d\s*字|要点|论述|说理|理由|原文|符合题意|题目要求|最佳|最恰当|"
                           r"最合适|唯一|只有|仅有|至少|交回|审题|用时|分钟|阅读|分析|联系实际|[√✓×✗]|"
                           r"单选|题型|[单多]选题|判断题|填空题|选择题|客观题|正确答案|正确选项|以上|"
                           r"选[A-EＡ-ＥTF]|谈谈|结合|联系|解释|提交|交卷|评分|阅卷|标记")
# …and never reports what someone did: a candidate or a unit as the subject without a must (考生在考试结束后填涂
# 答题卡; 考生须在答题卡上作答 is an instruction), or an opinion (考生认为…, 单位认为…)
_A_SHEET = r"(?:答卷|试卷|答题卡|答题纸)"
_MUST = r"须|必须|应|需|要(?!点|求)|务必|一律|不得|请|可|力求|做到"   # (要点, 要求: nouns, no must)
_JUDGED = rf"(?:{_GOOD}|有理|简练|联系实际|实际|依据)"
_WORDY_VETO = re.compile(r"(?<![请位])考生(?!须|必须|应|应当|需|要|不得|务必|一律|可|们|注意|须知)|(?<![你的])认为|"
                         r"(?<![、姓名])单位(?!实际)|(?<!本)单位实际(?=.)|其(?!中|他|余|代号|代码|字母|序号|选出|全部|标号|答案)|"
                         r"代为|代替|代答|代考|"
                         # a result reported (答案填写错误, 答题卡填涂错误, 理由不充分): never how to answer
                         r"^(?=\S{2})(?:答案|答题卡|试卷|选项|理由|论述|结构)?(?:填写|填涂|选择|作答|书写)?(?:均|完全|全部|严重)?"
                         r"(?:错误|有误|不正确|正确|不充分|不合理|不完整)$|不合理|设计|"
                         # what someone chose or scored (全部选A, 答错十题, 不选得满分, 多选、错选均得分)
                         r"(?:全部|均|都|所有答案都)(?:选|填|涂)[A-EＡ-ＥTF]|答[对错]\s*[\d一二三四五六七八九十两]+\s*题(?!得|可得|给|计)|得满分|"
                         # what is on a sheet, said after the fact (答题卡上也有答案, 答题卡上的姓名填写错误, 答卷只有300字,
                         # 答对的只有三个, 与正确答案一致, 考试结束后才交回, 主观题得20分; round 37)
                         r"(?<!自己)(?<!本人)的(?:姓名|考号|准考证号)|(?:姓名|考号|准考证号)(?:填写|填涂)?(?:不正确|错误|有误)|上(?:也|的答案|的选项|有)|"
                         r"上有[\d一二两三四五六七八九十]+(?:个|处|题)|只有[\d一二两三四五六七八九十]+(?:个|字|题)?$|"
                         r"至少有[\d一二两三四五六七八九十]+个$|才(?!得|能得|可得|给|计)|(?<![须应])[与和][^，,。]{1,14}一致$|是正确答案$|(?<!作答)(?<!上)无效$|"
                         r"^(?:主观题|客观题|判断题|单选题|多选题|本题|该题)?得(?:分最|[\d一二三四五六七八九十]+\s*分$)|"
                         r"^答题用时|答题者|(?<!以)上的正确答案|是(?:对|错)的$|^(?:论述|答卷|答案)只有|"
                         r"^(?:\S{0,4}题)?选[对错][\d一二两三四五六七八九十]+项$|^各位考生(?!须|必须|应|应当|需|要|不得|务必|一律|请|注意)|(?<!不)均得分|得分为|(?:全卷|试卷|答卷)得|题全部(?:答对|答错|选对|选错)|上(?:选|填|写|涂)[A-EＡ-Ｅ]|"
                         r"全部(?:未选|填涂[A-EＡ-Ｅ])|^(?:全部|所有答案)?(?:答对|答错|全对|全错)$|^(?:错选|多选|少选)[\d一二三四五六七八九十两]+题$|"
                         # a paper or a sheet judged, with no must (答卷论述充分, 答题卡填涂规范, 答卷联系实际: round 39;
                         # 答卷须论述充分 and 答卷前… are instructions)
                         rf"^{_A_SHEET}(?:上的|上|的)?(?!前|时|后|中)(?:(?!{_MUST}).)*{_JUDGED}$")


# how a written answer reads, said of it (论述充分, 卷面整洁, 分析有法律依据, 言之有理): a requirement under a choice heading,
# but below a case heading, with no must and no label, how a paper was marked is the case's fact (round 39)
_ASSESSED = re.compile(rf"(?:{_A_SHEET}(?:上的|的)?)?(?:{_ASPECTS}|说理|要点|分析|填涂|答题|答案){{0,2}}"
                       rf"(?:有法律依据|有据|言之有理|言之成理|{_JUDGED})")


def assessed_only(text: str) -> bool:
    """A line that only says how a written answer reads, with no must and no label (论述充分。, 卷面整洁，字迹清晰。):
    below a case heading the case's fact (a paper as it was marked), not the section's instructions."""
    body = text.strip()
    if _LABEL.match(body) or body[:1] in "（(【[〔" or re.search(_MUST, body):
        return False
    clauses = [c.strip(" \u3000") for c in re.split(r"[。！!；;，,]", body)]
    return any(clauses) and all(_ASSESSED.fullmatch(c) for c in clauses if c)


def instructions_only(text: str) -> bool:
    """A line under a heading that holds nothing but instructions: every clause (split at 。，；! and wide spaces,
    inside its brackets, after a label) has one of the instruction forms above, and it names no party, date or
    count of people. Facts (本大题共2小题。王五经营的烟花爆竹作坊…, 说明：李四因不服…, （甲为限制民事行为能力人。）)
    are not: under a case heading they are the material of the questions below, elsewhere refused."""
    kinds = _kinds(text)
    # every clause an instruction's form or made of its words, and one at least saying something of answering
    # (如需改动，用橡皮擦干净后 go with 用铅笔把答题卡上…涂黑)
    return bool(kinds) and all(kinds) and any(k in (_SAYS, _FORM) for k in kinds)


def plain_instructions(text: str) -> bool:
    """Instructions every clause of which has an instruction's form (每小题2分，共20分; 判断正误): nothing read
    by the vocabulary alone, where a fact could hide; such lines are left out without a note."""
    kinds = _kinds(text)
    return bool(kinds) and all(k == _FORM for k in kinds)


def _kinds(text: str) -> list[str]:
    """What each clause of ``text`` is (_FORM, _SAYS, _WORDY or "" for neither); [] when the line names a party,
    a date or a count of people, holds a blank, or lets the candidate choose the questions."""
    body = text.strip()
    if (bracketed := re.fullmatch(r"[（(【\[〔](.*)[)）】\]〕][。.]?", body)) is not None:
        body = bracketed.group(1)
    clauses = [c.strip(" \u3000“”\"'‘’:：.") for c in re.split(r"[。！!；;，,（）()]|\s{2,}|\u3000+|(?<!\d)\.(?!\d)", body)]
    clauses = [c for c in clauses if c]
    if not clauses or not re.match(NOT_FACTS, text) or _BLANK.search(text) or _CHOOSE_SOME.search(text):
        return []
    return [_instruction_clause(c) for c in clauses]


_FORM, _SAYS, _WORDY = "form", "says", "wordy"


def _instruction_clause(clause: str) -> str:
    """_FORM: the clause has an instruction's form; _SAYS: it is made of instruction words and says how to
    answer, where, how it scores or what to write; _WORDY: made of such words only; "": neither. Several forms
    apart by spaces (共5题 每题1分) count as one."""
    if (label := _LABEL.match(clause)) is not None and label.end() < len(clause):
        clause = clause[label.end():]
    if (lead := _INSTRUCTION_LEAD.match(clause)) is not None:
        clause = clause[lead.end():].lstrip("，, ")
        if not clause:
            return _FORM
    kind = _one_form(clause)
    for apart in (r"\s+", r"[:：]"):   # 共5题 每题1分; 请简要回答下列问题：要求观点明确
        if not kind and re.search(apart, clause):
            kinds = [_instruction_clause(part) for part in re.split(apart, clause) if part.strip()]
            kind = ("" if not kinds or not all(kinds) else _FORM if all(k == _FORM for k in kinds)
                    else _SAYS if _SAYS in kinds or _FORM in kinds else _WORDY)
    return kind


def _one_form(clause: str) -> str:
    if _INSTRUCTION_CLAUSE.fullmatch(clause):
        return _FORM
    if not _WORDY_CLAUSE.fullmatch(clause) or _WORDY_VETO.search(clause):
        return ""
    return _SAYS if _WORDY_ANCHOR.search(clause) else _WORDY

"""Question banks after the thirty-fourth session's outside round (round 32, issue 16): a line below a section
heading is its instructions only when every clause has an instruction's form (examcore/banks/instructions.py);
facts are refused, or under a case heading put before the stems; a heading never drops what it says after
its name unless that is instructions."""
from __future__ import annotations

from pathlib import Path

import pytest

from examcore.banks.instructions import instructions_only
from examcore.banks.office_forms import heading_says_more, heading_type
from tests.examcore.test_text_bank_layouts import _read, _said

TWO_CHOICES = ("1. 区政府的做法（ ）。\nA. 合法\nB. 违法\n答案：B\n"
               "2. 张三可以采取的救济途径是（ ）。\nA. 申请行政复议\nB. 申请仲裁\n答案：A\n")

# each had been dropped as the section's instructions, the questions stored without it, exit 0 (round 32):
# a label or brackets and one word a word list took for "speaking of answering" (答复, 时间, 正确, 选举, 本题 …)
FACTS = ["（注：张三向区政府申请公开信息，区政府逾期未予答复。）", "说明：李四因不服县公安局作出的罚款决定，要求县政府撤销该决定。",
         "（案情：赵六在超市购买的食品已过保质期，要求超市退一赔十。）", "（孙七驾车与行人发生碰撞，交警认定孙七负全部责任，孙七认为认定错误。）",
         "（本组题目共用以下情形：郑十未经许可从事出租车营运，被处罚款2万元。）", "本大题共5小题。考生在答题时被发现携带手机，监考人员没收了手机。",
         "每小题2分。监考人员在考试中发现考生夹带纸条，当即取消其答题资格。", "（本大题情形：阅卷人员在评分时擅自更改考生分数。）",
         "（注：本题中行政机关对违法行为人处以罚款。）", "注：各题中的行政机关未告知当事人陈述申辩权利。",
         "（背景：多名村民认为镇政府征地补偿标准不正确，集体上访。）", "（村委会选举中，部分村民对选民名单有异议。）",
         "村委会组织村民学法考试，答题时间为30分钟，每题2分。", "注意：王五于二〇二三年五月被解除劳动合同，单位拒绝答复其补偿要求。",
         "请根据下列案情作答。注意：李四去年向法院起诉，要求撤销行政复议决定。", "（甲为限制民事行为能力人。）", "注：乙系某县公务员。",
         "答题要求：考生在考场内吸烟，监考员责令其停止答题。"]


@pytest.mark.parametrize("line", FACTS)
def test_round_thirty_two_facts_below_a_choice_heading_are_refused_never_dropped(line):
    report = _read(f"一、单项选择题\n{line}\n{TWO_CHOICES}")
    assert not instructions_only(line)
    assert report.problems and "案例分析题" in str(report.problems[0]), _said(report)
    assert "instructions, not a question" not in _said(report)


@pytest.mark.parametrize("line", FACTS[:4] + ["本大题共2小题，每小题5分。张三向区政府申请公开信息，区政府逾期未答复。"])
def test_round_thirty_two_facts_below_a_case_heading_go_before_each_stem(line):
    report = _read(f"四、案例分析题\n{line}\n{TWO_CHOICES}")
    assert not report.problems, _said(report)
    assert len(report.questions) == 2 and all(line.strip("（）") in q.stem or line in q.stem
                                              for q in report.questions), [q.stem for q in report.questions]


# plain instructions: refused in round 32 (F1), or read so before; each is the section's instructions
INSTRUCTIONS = ["请考生认真审题，独立作答。", "各位考生：请在60分钟内完成答题。", "答题时，请将答案写在答题纸上，写在试卷上无效。",
                "本卷满分100分，60分及格。", "（本大题共10小题，每小题2分，共20分）", "说明：本题共5小题，每题3分，考试时间30分钟。",
                "答题要求：请将正确答案的字母填在括号内，多选、少选、错选均不得分。", "本部分为单项选择题，每题只有一个正确答案，考生须在答题卡上作答。",
                "考生须用2B铅笔在答题卡上填涂，答在试卷上无效。", "（考试时间：60分钟  满分：100分）", "每题备选答案中只有一个最符合题意。",
                "本题各小题均依据2023年修订的《行政复议法》作答。", "在每小题给出的四个选项中，只有一项是符合题目要求的。",
                "根据《安全生产法》的规定，从下列各题的备选答案中选出一个正确答案。", "以下10道题均为单选题，请选出正确答案。", "（2023年版）",
                "得分：____ 评卷人：____"]


@pytest.mark.parametrize("line", INSTRUCTIONS)
def test_round_thirty_two_plain_instructions_are_the_sections_instructions(line):
    report = _read(f"一、单项选择题\n{line}\n{TWO_CHOICES}")
    assert instructions_only(line)
    assert not report.problems and len(report.questions) == 2, _said(report)
    assert [q.stem for q in report.questions] == ["区政府的做法（ ）。", "张三可以采取的救济途径是（ ）。"]


@pytest.mark.parametrize("heading", ["一、单项选择题（张三向区政府申请公开信息，区政府逾期未答复。）",
                                     "四、案例分析题（某县政府于2023年5月对甲公司作出罚款决定）",
                                     "四、案例分析题（本大题共2小题。张三向区政府申请公开信息，区政府逾期未答复。）",
                                     "四、案例分析题：张三向区政府申请公开信息，区政府逾期未答复。",
                                     "四、案例分析题（每小题5分）张三向区政府申请公开信息，区政府逾期未答复。",
                                     "四、案例分析题 张三向区政府申请公开信息，区政府逾期未答复。"])
def test_round_thirty_two_a_heading_that_goes_on_with_facts_is_refused_naming_them(heading):
    report = _read(f"{heading}\n{TWO_CHOICES}")   # (had been read with its facts dropped, no word or a title's note)
    assert any("says more than the section's instructions" in str(p) for p in report.problems), _said(report)


@pytest.mark.parametrize("heading, qtype", [("一、单项选择题（本大题共20小题，每小题2分，共40分）", "single"),
                                            ("二、判断题 共5题 每题1分", "true_false"), ("二、多选题【每题3分】", "multiple"),
                                            ("二、判断题：正确的打√，错误的打×", "true_false"), ("三、单项选择题：（每题2分）", "single"),
                                            ("二、简答题（共20分）", "short_answer"), ("三、判断题（判断正误并说明理由）", "true_false"),
                                            ("二、多项选择题（每题至少有两个正确答案，多选少选均不得分）", "multiple")])
def test_a_headings_own_instructions_are_still_read_with_it(heading, qtype):
    found = heading_type(heading)
    assert found is not None and found.value == qtype and heading_says_more(heading) == ""


SHORT_TWO = "一、简答题\n1. 简述高空抛物致害责任的承担规则。\n2. 简述侵害人格权的民事责任承担方式。\n参考答案\n"


@pytest.mark.parametrize("entry", ["1. 由侵权人依法承担侵权责任；难以确定具体侵权人的，由可能加害的建筑物使用人给予补偿：",
                                   "1. 答：", "1. 答题要点如下："])
def test_round_thirty_two_a_key_entry_announcing_its_points_takes_the_points_below_it(entry):
    # (refused as question 1 answered twice, though the guide says points on lines of their own are one answer)
    report = _read(f"{SHORT_TWO}{entry}\n（1）物业服务企业未采取必要安全保障措施的，应当依法承担责任；\n"
                   "（2）公安等机关应当依法及时调查，查清责任人。\n2. 停止侵害、排除妨碍、消除危险。\n")
    assert not report.problems, _said(report)
    first, second = (q.answer[0] for q in report.questions)
    assert first.endswith("（1）物业服务企业未采取必要安全保障措施的，应当依法承担责任；\n（2）公安等机关应当依法及时调查，查清责任人。")
    assert second == "停止侵害、排除妨碍、消除危险。"


def test_round_thirty_two_a_points_next_number_a_pdf_wrapped_stays_in_the_entry():
    # （3） at a line's start, the line cut in a word: the key had ended there (question 1 stored without its
    # third point with --accept-valid, the file refused naming question 2 as numbered twice)
    report = _read(f"{SHORT_TWO}1. （1）由侵权人依法承担侵权责任；（2）经调查难以确定具体侵权人\n的，由可能加害的建筑物使用人给予补偿；\n"
                   "（3）物业服务企业等建筑物管理人未采取必要安全保障措施的，应当依法承\n担未履行安全保障义务的侵权责任。\n"
                   "2. 停止侵害、排除妨碍、消除危险。\n")
    assert not report.problems, _said(report)
    assert "（3）物业服务企业" in report.questions[0].answer[0] and report.questions[0].answer[0].endswith("侵权责任。")
    assert report.questions[1].answer == ("停止侵害、排除妨碍、消除危险。",)


def test_round_thirty_two_a_key_range_a_pdf_wrapped_after_its_dash_is_one_range():
    questions = "".join(f"{n}. 第{n}题的题干（ ）。\nA. 甲\nB. 乙\n" for n in range(1, 13))
    report = _read(f"一、单项选择题\n{questions}参考答案\n一、单项选择题 1-5 AABAA  6-10 BAAAA  11-\n12 AB\n")
    assert not report.problems, _said(report)   # (question 11 had no answer, the key's line never named)
    assert [q.answer[0] for q in report.questions] == list("AABAABAAAAAB")


def test_round_thirty_two_a_topics_title_inside_a_typed_section_is_the_category_below_it():
    # (（一）宪法 had been refused, （二）行政法 below an answered question with advice to move it into 解析)
    report = _read("一、单项选择题\n（一）宪法\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n"
                   "（二）行政法\n2. 行政复议的期限是（ ）。\nA. 60日\nB. 30日\n答案：A\n")
    assert not report.problems, _said(report)
    assert [(q.stem, q.category) for q in report.questions] == [("我国的根本法是（ ）。", "宪法"),
                                                                ("行政复议的期限是（ ）。", "行政法")]
    assert sum("topic's title" in str(n) for n in report.notes) == 2
    # a sub-question is no topic: it asks (？), or no numbered question follows it
    asked = _read("一、简答题\n（一）甲的行为是否合法？\n答：合法。\n")
    assert not any("topic's title" in str(n) for n in asked.notes)


# --- round 33: the forms were searched for inside a clause, and real instructions in other words refused ------

# facts holding an instruction's mark (在答题卡上…填涂, 选项中, 只有一项…正确, 依据…判断): dropped as
# instructions with exit 0 (round 33); a placeholder name (王五, 张三) is a party
MARKED_FACTS = ["考试时，王五在答题卡上填涂了他人的准考证号。", "王五在公司提供的调岗和解除合同两个选项中选择了后者。",
                "张三在单位给出的选项中选择了提前退休。", "王五于指定位置填写了虚假的收货地址。", "法院根据现有证据无法作出判断。",
                "行政机关依据举报材料作出判断。", "王五认为县政府的三项决定中只有一项正确。", "说明：王五在考试时将答案写在试卷上。",
                "本大题共2小题。张三在答题卡上填涂了同考场考生的答案。", "（注：王五在行政机关提供的选项中选择了听证。）",
                "李四替考生王五在答题卡上作答。"]


@pytest.mark.parametrize("line", MARKED_FACTS)
def test_round_thirty_three_facts_holding_an_instructions_words_are_never_instructions(line):
    assert not instructions_only(line)
    refused = _read(f"一、单项选择题\n{line}\n{TWO_CHOICES}")
    assert refused.problems, _said(refused)
    cased = _read(f"七、案例分析题\n{line}\n{TWO_CHOICES}")
    assert not cased.problems and all(line.strip("（）")[-8:] in q.stem for q in cased.questions), _said(cased)
    bracketed = _read(f"七、案例分析题（{line.strip('（）')}）\n{TWO_CHOICES}")
    assert bracketed.problems, _said(bracketed)   # (dropped with the heading's bracket, no word)


# real instructions in words the forms did not know (round 33: each refused the whole paper), below the heading,
# in its brackets and after its colon
MORE_INSTRUCTIONS = [
    ("单选", "在每小题列出的四个备选项中只有一个是符合题目要求的，请将其代码填写在题后的括号内。错选、多选或未选均无分。"),
    ("单选", "每小题选出答案后，用铅笔把答题卡上对应题目的答案标号涂黑。如需改动，用橡皮擦干净后，再选涂其他答案标号。"),
    ("单选", "每题的备选项中，只有1个最符合题意。"), ("单选", "选对得分，不选、错选均不得分。"), ("单选", "答错不扣分。"),
    ("单选", "根据《中国共产党纪律处分条例》（2023年修订），选择正确答案。"), ("单选", "本题型共20题，每题1分，共计20分。"),
    ("多选", "在每小题给出的四个选项中，有多项符合题目要求。全部选对的得5分，部分选对的得2分，有选错的得0分。"),
    ("多选", "每题的备选项中，有2个或2个以上符合题意，至少有1个错项。错选，本题不得分；少选，所选的每个选项得0.5分。"),
    ("判断", "正确的请在括号内画“√”，错误的画“×”。"), ("判断", "认为正确的，在括号内填T，错误的填F。"),
    ("判断", "每题判断正确得1分，判断错误或不判断不得分。"), ("填空", "本大题共10空，每空1分，共10分。"),
    ("填空", "请用规范汉字填写，错字、别字不得分。"), ("简答", "说明：答出要点即可得分，不要求展开论述。"),
    ("简答", "答题时应写明法律依据。"), ("论述", "请结合实际论述，不少于800字。"), ("论述", "观点鲜明，条理清楚，语言流畅。"),
    ("案例", "根据案例材料，按要求作答。"), ("案例", "每题有一个正确答案。")]
_HEADINGS = {"单选": "一、单项选择题", "多选": "二、多项选择题", "判断": "三、判断题", "填空": "四、填空题", "简答": "五、简答题",
             "论述": "六、论述题", "案例": "七、案例分析题"}
_BODIES = {"单选": TWO_CHOICES, "案例": TWO_CHOICES,
           "多选": "1. 下列属于国家机关的有（ ）。\nA. 全国人大\nB. 国务院\nC. 某公司\n答案：AB\n"
                   "2. 下列属于宪法规定的公民基本权利的有（ ）。\nA. 选举权\nB. 受教育权\nC. 特权\n答案：AB\n",
           "判断": "1. 宪法是国家的根本法。（ ）\n答案：√\n2. 公民在法律面前不平等。（ ）\n答案：×\n",
           "填空": "1. 我国的根本法是____。\n答案：宪法\n2. 国家的一切权力属于____。\n答案：人民\n",
           "简答": "1. 简述行政处罚的种类。\n答：警告、罚款。\n2. 简述行政复议的范围。\n答：具体行政行为。\n",
           "论述": "1. 论述依法治国的意义。\n答：略有论述。\n2. 论述宪法的地位。\n答：根本法。\n"}


@pytest.mark.parametrize("kind, line", MORE_INSTRUCTIONS)
@pytest.mark.parametrize("place", ["below", "bracket", "colon"])
def test_round_thirty_three_instructions_in_other_words_are_read(kind, line, place):
    heading = _HEADINGS[kind]
    top = {"below": f"{heading}\n{line}", "bracket": f"{heading}（{line}）", "colon": f"{heading}：{line}"}[place]
    report = _read(f"{top}\n{_BODIES[kind]}")
    assert not report.problems and len(report.questions) == 2, _said(report)
    assert all(line[:6] not in q.stem for q in report.questions)   # (below 案例分析题 it had gone into each stem)
    if kind == "多选":   # (a heading read as a title had left question 2, answered A, a single choice)
        assert [q.type.value for q in report.questions] == ["multiple", "multiple"]


def test_round_thirty_three_a_headings_scoring_box_beside_it_keeps_the_section():
    report = _read("二、多项选择题（每题2分）　　得分：____\n1. 下列属于国家机关的有（ ）。\nA. 全国人大\nB. 国务院\n答案：AB\n"
                   "2. 下列属于我国根本法的有（ ）。\nA. 宪法\nB. 刑法\n答案：A\n")
    assert not report.problems and [q.type.value for q in report.questions] == ["multiple", "multiple"], _said(report)


@pytest.mark.parametrize("top", ["五、简答题（任选两题作答）", "五、简答题\n请任选一题作答。"])
def test_round_thirty_three_answer_some_of_them_is_refused_xuefa_asks_every_question(top):
    report = _read(f"{top}\n{_BODIES['简答']}")
    assert report.problems, _said(report)


# --- the whole corpus of round 33, kept as data (tests/data/instructions): 228 instruction lines in four places,
# 48 facts in three

_DATA = Path(__file__).resolve().parents[1] / "data" / "instructions"


def _lines(name: str) -> list[str]:
    return [line for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_round_thirty_three_every_instruction_line_reads_in_every_place_a_paper_puts_it():
    refused = []
    for entry in _lines("instruction_lines.txt"):
        kind, line = entry.split("|", 1)
        heading = _HEADINGS[kind]
        bracketed = line if line[:1] in "（(【[" else f"（{line}）"
        for top in (f"{heading}\n{line}", f"{heading}{bracketed}", f"{heading}：{line}", f"{heading}　{line}"):
            report = _read(f"{top}\n{_BODIES[kind]}")
            if report.problems or len(report.questions) != 2:
                refused.append((top, _said(report)[:120]))
    assert refused == []


def test_round_thirty_three_no_fact_written_with_instruction_words_is_left_out():
    lost = []
    for line in _lines("fact_lines.txt"):
        key = line.strip("（）")[-6:]
        for top, must in ((f"一、单项选择题\n{line}", "refused"), (f"一、单项选择题（{line.strip('（）')}）", "refused"),
                          (f"七、案例分析题\n{line}", "kept")):
            report = _read(f"{top}\n{TWO_CHOICES}")
            kept = bool(report.questions) and all(key in q.stem for q in report.questions)
            if (must == "refused" and not report.problems) or (must == "kept" and (report.problems or not kept)):
                lost.append((top, must, _said(report)[:120]))
    assert lost == []


# --- round 34: facts made only of instruction words; topics that were facts ----------------------------------

@pytest.mark.parametrize("line", ["考生认为考试结果不正确。", "A单位认为B单位的规定无效。", "考生依据手机上搜索到的内容作答。",
                                  "考生请他人代为答题。", "从A公司购入的货物存在质量问题。", "考生在考试结束后填涂答题卡。",
                                  "考生多选一项。", "单位将考生的答案改动。"])
def test_round_thirty_four_facts_in_instruction_words_are_never_left_out(line):
    assert not instructions_only(line)
    for top in (f"一、单项选择题\n{line}", f"一、单项选择题（{line}）", f"一、单项选择题：{line}"):
        assert _read(f"{top}\n{TWO_CHOICES}").problems, top   # (dropped in all sixteen places, exit 0)
    cased = _read(f"七、案例分析题\n{line}\n{TWO_CHOICES}")
    assert not cased.problems and all(line[:6] in q.stem for q in cased.questions), _said(cased)


@pytest.mark.parametrize("section", ["一、单项选择题", "七、案例分析题"])
@pytest.mark.parametrize("line", ["（一）张三醉酒驾驶机动车被查获", "（一）网吧接纳未成年人", "（一）刘某"])
def test_round_thirty_four_a_cases_short_line_numbered_like_a_topic_is_no_category(section, line):
    report = _read(f"{section}\n{line}\n{TWO_CHOICES}")   # (stored as the category, the stems without it)
    assert not any("topic's title" in str(n) for n in report.notes), _said(report)
    assert all(q.category == "" for q in report.questions)
    assert report.problems or all(line[3:8] in q.stem for q in report.questions), _said(report)


@pytest.mark.parametrize("line", ["【答题说明】每题只有一个正确答案，请在答题卡上将对应字母涂黑。", "本题共20道，每道题1分。",
                                  "（以下试题均为单项选择题，每题1分）", "(本大题共10小题,每小题1分,共10分.正确的打√,错误的打×)"])
def test_round_thirty_four_more_instruction_shapes_are_read(line):
    report = _read(f"一、单项选择题\n{line}\n{TWO_CHOICES}")
    assert not report.problems and len(report.questions) == 2, _said(report)


# --- round 35: a case's first line in instruction words; law-shaped facts as topics; a bracket after a rule ----

def test_round_thirty_five_a_cases_first_line_in_instruction_words_stays_with_the_case():
    # (dropped as the section's instructions, the case stored cut from its second line on, exit 0)
    report = _read("二、案例分析题\n答案填在试卷上，本题得0分。\n考试结束后，该考生申请人工阅卷。\n"
                   "1. 对此处理正确的是（ ）。\nA. 维持\nB. 改分\n答案：A\n")
    assert not report.problems, _said(report)
    assert report.questions[0].stem.startswith("答案填在试卷上，本题得0分。\n考试结束后，该考生申请人工阅卷。")


@pytest.mark.parametrize("line", ["其在答题卡上填写的考号错误。", "考生在答题卡上多选一项。", "两个考生在答题卡上填写的答案一致。",
                                  "本单位依据考试结果作出判断。", "考试时，请人代为答题。", "答题卡填涂错误。", "结构设计不合理。",
                                  "考试规定考生须用2B铅笔填涂答题卡，其用黑色签字笔填涂。"])
def test_round_thirty_five_facts_past_the_vetoes_are_refused(line):
    assert not instructions_only(line)
    assert _read(f"一、单项选择题（{line.rstrip('。')}）\n{TWO_CHOICES}").problems   # (dropped with no note)


@pytest.mark.parametrize("topic, read", [("（三）公司违反个人信息保护法", False), ("（二）超市违反食品安全法", False),
                                         ("（一）《中华人民共和国行政诉讼法》", True), ("（二）刑法修正案（十二）", True),
                                         ("（三）行政诉讼法司法解释", True), ("（四）个人信息保护", True)])
def test_round_thirty_five_a_topic_is_a_laws_name_never_a_fact_about_one(topic, read):
    report = _read(f"一、单项选择题\n{topic}\n{TWO_CHOICES}")
    assert any("topic's title" in str(n) for n in report.notes) is read, _said(report)
    assert read or report.problems   # (a fact shaped like a law's name had become the category)


@pytest.mark.parametrize("line", ["本大题共2小题（每小题2分）", "每小题2分，共4分（多选、错选不得分）", "判断下列说法的正误。（每题1分）",
                                  "本类题共20题，每题1分，共20分。", "以下各题依据现行有效的法律、司法解释作答。", "正确的涂A，错误的涂B。"])
def test_round_thirty_five_a_rule_with_its_remark_in_brackets_is_read(line):
    report = _read(f"一、单项选择题\n{line}\n{TWO_CHOICES}")
    assert not report.problems and len(report.questions) == 2, _said(report)


# --- round 36: 请 asking someone, results with a type's name, which letter went where, 从/阅读/分析 下列 + facts --

@pytest.mark.parametrize("line", ["考试时，请同桌帮忙答题。", "请专家对房屋质量进行检查。", "单选题全部答错。", "答卷得分为60分。",
                                  "答题卡上选A，试卷上选B。", "答题卡全部未选。", "从下列候选人中选出村委会主任。",
                                  "分析以下账目后发现账目不符。", "阅读下列材料后选择离开考场。"])
def test_round_thirty_six_facts_that_open_as_an_instruction_are_refused(line):
    assert not instructions_only(line)
    assert _read(f"一、单项选择题（{line.rstrip('。')}）\n{TWO_CHOICES}").problems   # (dropped with no note)


# --- round 37: what is on a sheet, or a result, said impersonally in instruction words --------------------------

@pytest.mark.parametrize("line", ["答题卡上的姓名填写错误。", "答题卡上也有答案。", "答题卡上有两个选项涂黑。", "答卷只有300字。",
                                  "答对的只有三个。", "答题卡上的答案与试卷上的答案一致。", "答题卡在考试结束后才交回。",
                                  "主观题得20分。", "各位考生在答题卡上多选一项。", "试卷上的正确答案错误。"])
def test_round_thirty_seven_a_sheets_state_or_a_result_is_never_an_instruction(line):
    assert not instructions_only(line)
    assert _read(f"一、单项选择题（{line.rstrip('。')}）\n{TWO_CHOICES}").problems   # (dropped with no note)


def test_round_thirty_seven_a_case_opening_with_two_such_lines_is_kept_whole():
    report = _read(f"二、案例分析题\n答题卡上的姓名填写错误。\n答对的只有三个。\n监考员发现后作出处理。\n{TWO_CHOICES}")
    assert not report.problems and all(q.stem.startswith("答题卡上的姓名填写错误。\n答对的只有三个。") for q in report.questions)

"""Question banks, the thirty-second session: a question's own type written with its points after its number
(4、判断题（1分）：…, 4．（判断题，1分）…, 3、判断题 每题1分 …) is its type and points, under any heading or none; a
section's count copied onto a question (6、单选题 共1题 …) is refused by name; a one-line stem asking about material
(根据下列数据, 根据以下资料回答) that no file line gives it is refused in words (round 20, issue 16)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from tests.examcore.test_bank_round_thirtyone import in_three_formats
from tests.examcore.test_text_bank_layouts import _read, _said

CHOICE = "A．宪法 B．刑法 C．民法典 D．行政法\n答案：A\n"


@pytest.mark.parametrize("line, points", [
    ("4、判断题（1分）：行政法规由全国人大制定。（ × ）", 1),
    ("4．（判断题，1分）行政法规由全国人大制定。（ × ）", 1),
    ("4、判断题 每题1分 行政法规由全国人大制定。（ × ）", 1),
    ("4、判断（2分）行政法规由全国人大制定。（ × ）", 2),
    ("4．【判断题，3分】行政法规由全国人大制定。（ × ）", 3),
    ("4、【判断题】行政法规由全国人大制定。（ × ）", None),
])
@pytest.mark.parametrize("heading", ["", "一、单项选择题\n"])
def test_a_questions_own_type_and_points_after_its_number_are_read_under_any_heading(line, points, heading):
    """With no heading these had been refused for want of one; under 一、单项选择题 the tag had been ignored and the
    question refused for want of an answer, though （ × ） was there."""
    report = _read(f"{heading}1．我国的根本法是（ ）。\n{CHOICE}{line}\n")
    assert [(q.type.value, q.answer) for q in report.questions] == [("single", ("A",)), ("true_false", ("F",))], \
        _said(report)
    assert report.questions[1].stem == "行政法规由全国人大制定。（ ）", _said(report)
    if points is not None:
        assert report.questions[1].points == points
    assert not report.problems, _said(report)


def test_a_short_answers_type_and_points_before_its_stem():
    report = _read("5、简答题（10分）请简述行政复议的范围。\n答案：依法申请复议的具体行政行为。\n")
    assert [(q.type.value, q.stem, q.points) for q in report.questions] == [
        ("short_answer", "请简述行政复议的范围。", 10)], _said(report)


@pytest.mark.parametrize("count", ["共1题", "共1题，每题2分", "共 3 小题"])
def test_a_sections_count_copied_onto_its_question_is_refused_by_name(count):
    report = _read(f"1、单选题 {count} 下列属于法律的是（ ）。\n{CHOICE}2、单选题：我国的根本法是（ ）。\n{CHOICE}")
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)
    assert len(report.problems) == 1 and count.split("，")[0] in report.problems[0].said(), _said(report)


ASKING = ["根据下列数据，计算应纳税额为（ ）。", "根据以下资料回答，王某应当（ ）。", "根据以上材料，下列说法正确的是（ ）。",
          "阅读上述材料，甲的行为属于（ ）。", "依据下列案例，乙应承担（ ）。"]
# pointing down in a question that chooses among its options: they may be what it points at (a note, not a refusal)
DOUBTFUL = ["根据以下资料回答，正确的是（ ）。", "根据以下材料，下列说法正确的是（ ）。", "根据下列事实，可以认定存在劳动关系的是（ ）。"]
HOLDING = ["某企业收入100万元，支出80万元。根据上述数据，其利润为（ ）万元。",
           "根据下列数据：收入100万元，支出80万元，利润为（ ）万元。",
           "下列数据中，属于个人信息的是（ ）。", "根据下列说法，正确的是（ ）。"]


def _bank(stems: list[str]) -> str:
    return "一、单选题\n" + "".join(f"{n}. {stem}\nA. 甲\nB. 乙\n答案：A\n" for n, stem in enumerate(stems, start=1))


def test_a_question_asking_about_material_it_does_not_hold_is_left_out_in_words(tmp_path):
    """In a text file, a Word document of paragraphs and a sheet: the material (a case's facts, a table's figures)
    was lost on the way and the question had been stored, its learners asked about facts no one could see.
    Stems that hold their facts, or only look alike (下列数据中, 根据下列说法), are questions."""
    for name, report in in_three_formats(tmp_path, _bank(ASKING + HOLDING + DOUBTFUL), ASKING + HOLDING + DOUBTFUL):
        assert [q.stem for q in report.questions] == HOLDING + DOUBTFUL, (name, _said(report))
        assert sum("chooses among its options" in n.message for n in report.notes) == len(DOUBTFUL), _said(report)
        said = [p.said() for p in report.problems]
        assert len(said) == len(ASKING) and all("asks about material" in s for s in said), (name, said)
        assert "(根据下列数据)" in said[0] and "(阅读上述材料)" in said[3], said


def test_material_above_the_questions_it_goes_with_is_what_they_ask_about():
    report = _read("一、单项选择题\n（一）阅读下列材料，回答1-2题。\n材料：甲因琐事将乙打伤，公安机关对甲处以罚款500元。\n"
                   "1．根据以上材料，公安机关的行为属于（ ）。\nA．行政处罚 B．行政强制\n答案：A\n"
                   "2．根据以上材料，甲不服可以（ ）。\nA．申请行政复议 B．申请仲裁\n答案：A\n")
    assert len(report.questions) == 2 and not report.problems, _said(report)
    assert all("甲因琐事" in q.stem for q in report.questions), _said(report)


# --- round 21 (an outside round on the rules above, and whole banks as a newcomer writes them) ---

def test_a_case_sections_choices_with_two_options_a_line_are_read_with_their_material():
    """二、案例分析题 whose questions have options two to a line (A．… B．…, as most papers write them) had been
    skipped as a kind Xuefa lacks, the import exiting 0; one option a line was read."""
    report = _read("一、单项选择题\n1．我国的根本大法是（ ）。\nA．宪法  B．民法典  C．刑法  D．行政法\n二、案例分析题（每题4分）\n"
                   "材料：某县市场监管局对甲超市罚款5万元，未告知其陈述、申辩的权利。\n根据上述材料，回答2-3题。\n"
                   "2．该局的处罚决定存在的问题有（ ）。\nA．未告知陈述申辩权  B．适用简易程序错误\nC．罚款数额违法  D．无管辖权\n"
                   "3．甲超市不服，可以（ ）。\nA．申请行政复议  B．提起行政诉讼  C．申请仲裁  D．向人大申诉\n"
                   "参考答案\n一、1．A\n二、2．AB 3．AB\n")
    assert [q.type.value for q in report.questions] == ["single", "multiple", "multiple"], _said(report)
    assert all("某县市场监管局" in q.stem for q in report.questions[1:]) and not report.problems, _said(report)


@pytest.mark.parametrize("stem", [
    "根据下列案例，张某于2023年3月酒后驾驶机动车被查获，血液酒精含量为85mg/100ml，张某的行为构成（ ）。",
    "根据以下案例回答问题：张某将房屋出租给李某，租期3年，一年后张某将房屋卖给王某。李某可以主张（ ）。",
    "依据下列数据计算：某企业利润总额100万元，所得税税率25%，应纳所得税额为（ ）万元。",
    "某县公安局对张某作出行政拘留10日的处罚决定，张某不服，向县人民政府申\n请行政复议。根据上述材料，下列说法正确的是（ ）。",
])
def test_a_stem_holding_its_facts_after_the_asking_words_is_kept(stem):
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", [
    "根据以下统计数据，2023年该市行政诉讼案件败诉率为（ ）。", "根据下列相关资料，该市应当（ ）。",
    "根据本案例，李某的行为属于（ ）。", "结合上述事实，下列判断正确的是（ ）。", "根据所给材料，该行政行为属于（ ）。",
    "根据给定资料，该局应当（ ）。", "根据上述情况，法院应当（ ）。", "根据下列数据：该企业应纳税额为（ ）。",
    "阅读上述材料：请问甲公司的行为属于（ ）。", "依据下列案例：王某应承担的责任是（ ）。",
    "根据以下资料回答，该有限责任公司股东对公司债务应当承担的责任\n为（ ）。",
    "根据上述材料，下列关于县人民政府作出的行政复议决定的说法，正确的有（\n）。",
])
def test_more_ways_of_asking_about_material_a_stem_lacks_and_a_wrapped_line_are_refused(stem):
    report = _read(_bank([stem, "我国的根本法是（ ）。"]))
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)
    assert len(report.problems) == 1 and "asks about material" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("facts", [
    "（一）某市2023年受理行政复议案件200件，其中行政处罚类120件，纠错15件。\n根据上述材料，回答1-2题。",
    "（一）某市2023年受理行政复议案件200件，其中行政处罚类120件，纠错15件。根据上述材料，回答1-2题。",
    "某市2023年受理行政复议案件200件，其中行政处罚类120件，纠错15件。\n根据上述材料，回答1-2题。",
])
def test_facts_above_the_questions_that_a_line_names_are_their_material_in_any_section(facts):
    """In an ordinary section, facts then 根据上述材料，回答1-2题。 had been refused line by line, and with
    --accept-valid questions 1-2 were stored without the facts they need."""
    report = _read(f"一、单项选择题\n{facts}\n1．该市行政处罚类案件纠错率为（ ）。\nA．12.5%  B．6.25%\n"
                   "2．该市行政复议案件总数为（ ）件。\nA．200  B．120\n参考答案\n一、1．A 2．A\n")
    assert [q.stem.startswith("某市2023年受理") for q in report.questions] == [True, True], _said(report)
    assert not report.problems, _said(report)


@pytest.mark.parametrize("line, points", [
    ("4、判断题 1分 公民有劳动的权利。（ √ ）", 1), ("4、【判断题】【1分】公民有劳动的权利。（ √ ）", 1),
    ("4、判断题，1分，公民有劳动的权利。（ √ ）", 1), ("4、判断题 每小题1分 公民有劳动的权利。（ √ ）", 1),
    ("4、判断题 1 分 公民有劳动的权利。（ √ ）", 1), ("4．（判断题 2分）公民有劳动的权利。（ √ ）", 2),
    ("4．(判断题 2分)公民有劳动的权利。（ √ ）", 2), ("4、判断题[3分]公民有劳动的权利。（ √ ）", 3),
    ("4、1分 公民有劳动的权利。（ √ ）", 1),
])
def test_a_questions_points_in_more_layouts_are_its_points_not_its_words(line, points):
    report = _read(f"一、判断题\n{line}\n")
    assert [(q.stem, q.points) for q in report.questions] == [("公民有劳动的权利。（ ）", points)], _said(report)


def test_half_points_on_a_questions_type_are_refused_by_name():
    report = _read("一、判断题\n1、判断题（1.5分）：公民有受教育的权利。（ √ ）\n2、判断题（1分）：公民有休息的权利。（ √ ）\n")
    assert [q.points for q in report.questions] == [1] and "1.5分" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("stem", ["根据图斑核查结果，对新增违法占用耕地的，自然资源主管部门应当（ ）。",
                                  "施工图设计文件经审查符合图审要求的，审查机构应当（ ）。", "建设单位依据图集施工的，下列说法正确的是（ ）。",
                                  "卫片执法中，由图斑变化发现的违法用地，应当（ ）。"])
def test_land_and_building_words_with_图_point_at_no_figure(stem):
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("table", ["执法单位 执法事项 处理结果\n区城管局 占道经营 罚款\n区市场监管局 销售过期食品 警告",
                                   "项目 金额（万元） 税率\n销售货物 100 13%"])
def test_a_table_of_words_or_of_one_row_typed_below_its_asking_line_is_the_table(table):
    report = _read(f"一、单项选择题\n1．某区情况如下表：\n{table}\n下列说法正确的是（ ）。\nA．甲  B．乙\n"
                   f"2．根据下表，下列说法正确的是（ ）。\n{table}\nA．甲  B．乙\n参考答案\n1．A 2．A\n")
    assert [table in q.stem for q in report.questions] == [True, True] and not report.problems, _said(report)


@pytest.mark.parametrize("asked", ["内涵与基本要求", "概念和特征", "基本内容", "定义及作用", "简答其适用条件。"])
def test_名词解释_what_to_write_about_the_term_after_the_colon_stays_the_question(asked):
    report = _read(f"一、名词解释\n1．依法行政：{asked}\n")
    assert [(q.stem, q.answer) for q in report.questions] == [(f"依法行政：{asked}", ())], _said(report)


def test_名词解释_a_term_with_a_dash_and_a_key_saying_略():
    """行政强制——definition is a term and its definition; 略 in the key leaves the definition the answer (it had
    been refused: the learner would see the definition)."""
    report = _read("一、名词解释\n1．行政强制——行政机关为实现行政目的，对相对人采取的强制性措施。\n2．法治：依法治理国家。\n"
                   "参考答案\n1．略 2．略\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("行政强制", ("行政机关为实现行政目的，对相对人采取的强制性措施。",)), ("法治", ("依法治理国家。",))], _said(report)


def test_a_heading_whose_remark_a_pdf_copy_wrapped_is_one_heading():
    report = _read("二、多项选择题（本大题共2小题，每小题3分，共6分。在每小题列出的备选项中\n至少有两个是符合题目要求的）\n"
                   "1．下列属于行政处罚的有（ ）。\nA．警告  B．罚款  C．记过  D．降级\n2．下列属于国家机关的有（ ）。\n"
                   "A．国务院  B．法院  C．工会  D．妇联\n参考答案\n二、1．AB 2．A\n")
    assert [q.answer for q in report.questions] == [("A", "B")], _said(report)
    # 至少两个 holds: question 2's A alone is refused
    assert [(p.row, "two or more" in p.message) for p in report.problems] == [(5, True)], _said(report)


def test_a_sheets_read_count_leaves_out_the_questions_refused_after_it(tmp_path):
    from examcore.banks import read_bank
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    for stem in ["根据下表，该企业应纳税额为（ ）。", "我国的根本法是（ ）。", "根据以上资料，下列说法正确的是（ ）。"]:
        book.active.append(["单选", stem, "甲", "乙", "A"])
    book.save(tmp_path / "s.xlsx")
    report = read_bank(tmp_path / "s.xlsx", "b")
    assert len(report.questions) == 1 and [str(n) for n in report.notes] == ["s.xlsx, sheet Sheet: read: 1 question(s)"], \
        _said(report)


# --- round 22 ---

@pytest.mark.parametrize("stem", [
    "根据本案事实，甲的行为构成（ ）。", "本案中，法院应当如何处理（ ）。", "该案中，乙的请求（ ）。", "根据材料，下列说法正确的是（ ）。",
    "根据题干材料，下列说法正确的是（ ）。", "据上述材料，张某应当承担（ ）。", "根据案情，李某可以主张（ ）。",
    "在上述案例中，甲的行为属于（ ）。", "结合本案，王某的行为构成（ ）。", "根据资料一，该市2023年的财政收入为（ ）。",
    "由上述材料可知（ ）。", "上述材料中，甲公司的行为属于（ ）。", "依据案例所述，下列说法正确的是（ ）。", "据此，张某应当（ ）。",
    "分析上述案例，下列说法正确的是（ ）。", "根据上述规定，张某的做法（ ）。", "根据以下事实和法律规定，甲应承担（ ）。",
])
def test_round_twenty_two_more_ways_of_asking_about_a_case_the_stem_lacks(stem):
    report = _read(_bank([stem, "我国的根本法是（ ）。"]))
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)
    assert len(report.problems) == 1 and "asks about material" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("stem", [
    "根据以下资料，计算机公司甲取得销售收入500万元，税率13%，销项税额为（ ）万元。",
    "根据下列案例，并购完成后甲公司拒绝履行原合同，甲公司的做法（ ）。",
    "根据以下案例，关于张某与李某签订的房屋买卖合同，李某未付款，张某可以（ ）。",
    "根据下列案例，问询笔录显示张某曾多次酒驾，张某应当（ ）。", "根据下列案例，试用期内张某被辞退，公司的做法（ ）。",
    "甲打伤乙。根据上述事实，甲构成（ ）。", "根据下列案例，甲打伤乙，甲构成（ ）。", "根据下列情形，属于行政诉讼受案范围的是（ ）。",
    "法官根据案情依法作出判决，下列说法正确的是（ ）。",
])
def test_round_twenty_two_stems_with_their_facts_in_ordinary_words_are_kept(stem):
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("line", ["4、判断题（分值：1分）公民有劳动的权利。（ √ ）", "4、判断题 分值：1分公民有劳动的权利。（ √ ）",
                                  "4、判断题（满分1分）公民有劳动的权利。（ √ ）", "4、判断题（共1分）公民有劳动的权利。（ √ ）",
                                  "4、判断题/1分公民有劳动的权利。（ √ ）", "4、判断题-1分公民有劳动的权利。（ √ ）",
                                  "4、判断题｜1分｜公民有劳动的权利。（ √ ）"])
def test_round_twenty_two_points_written_with_分值_满分_共_or_a_separator(line):
    report = _read(f"一、判断题\n{line}\n")
    assert [(q.stem, q.points) for q in report.questions] == [("公民有劳动的权利。（ ）", 1)], _said(report)


@pytest.mark.parametrize("count", ["（共1题）", "（共1题，1分）", " 本大题共1小题", " 共1小题 1分"])
def test_round_twenty_two_a_count_on_a_question_in_any_bracket_is_refused_by_name(count):
    report = _read(f"一、判断题\n1、判断题{count}公民有劳动的权利。（ √ ）\n2、判断题：公民有休息的权利。（ √ ）\n")
    assert [q.stem for q in report.questions] == ["公民有休息的权利。（ ）"], _said(report)
    assert len(report.problems) == 1 and "共1" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("asked", ["意义和功能", "成立要件", "构成要件及法律后果", "历史沿革", "三个子原则"])
def test_round_twenty_two_名词解释_more_aspects_after_the_colon_stay_the_question(asked):
    report = _read(f"一、名词解释\n1．善意取得：{asked}\n")
    assert [(q.stem, q.answer) for q in report.questions] == [(f"善意取得：{asked}", ())], _said(report)


def test_a_short_answer_whose_key_says_略_is_stored_without_one_and_said(tmp_path):
    """In a text paper and in a sheet: 略 (left out) had been stored as the reference answer."""
    from examcore.banks import read_bank
    report = _read("一、简答题\n1. 简述依法治国的基本要求。\n2. 简述宪法的地位。\n参考答案\n1. 略。\n2. 宪法是国家的根本法。\n")
    assert [q.answer for q in report.questions] == [(), ("宪法是国家的根本法。",)] and not report.problems, _said(report)
    assert any("略" in n.message and n.row == 2 for n in report.notes), _said(report)
    book = Workbook()
    book.active.append(["题型", "题干", "答案"])
    book.active.append(["简答", "简述依法治国的基本要求。", "（略）"])
    book.save(tmp_path / "s.xlsx")
    sheet = read_bank(tmp_path / "s.xlsx", "b")
    assert [q.answer for q in sheet.questions] == [()] and any("略" in n.message for n in sheet.notes), _said(sheet)


@pytest.mark.parametrize("line", ["正确的打“√”，错误的打“×”。", "请判断下列说法是否正确，正确的打“√”，错误的打“×”。",
                                  "下列各题，你认为正确的，请在题后括号内打“√”，错误的打“×”。", "每小题2分，共4分。",
                                  "本大题共2小题，每小题2分，共4分。在每小题列出的四个备选项中只有一个是符合题目要求的。"])
def test_round_twenty_two_a_sections_rules_below_its_heading_without_brackets_are_its_instructions(line):
    """Unbracketed, such a line had refused the whole paper as a line that is neither question nor heading."""
    report = _read(f"一、判断题\n{line}\n1．宪法是国家的根本法。（ √ ）\n2．规章可以设定行政拘留。（ × ）\n")
    assert len(report.questions) == 2 and not report.problems, _said(report)


@pytest.mark.parametrize("heading", [
    "一、单项选择题（本大题共2小题，每小题1分，共2分。在每小题列出的四个备选项中只有一个是符合题目\n要求的，请将其代码填写在题后的括号内。）",
    "一、单项选择题：本大题共2小题，每小题1分，共2分。在每小题列出的四个备选项中只有一个是符合题目\n要求的，请将其代码填写在题后的括号内。",
])
def test_round_twenty_two_a_wrapped_heading_whose_remark_asks_is_still_one_heading(heading):
    """Its 只有一个 holds: question 2 with AB is refused (it had been stored as a multiple choice, exit 0)."""
    report = _read(f"{heading}\n1．我国的根本法是（ ）。\nA．宪法  B．刑法\n2．最高国家权力机关是（ ）。\nA．全国人大  B．国务院\n"
                   "参考答案\n1．A 2．AB\n")
    assert [q.type.value for q in report.questions] == ["single"] and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("naming", ["\n请根据上述材料回答第1～2题。", "据此回答1—2题。", "（根据上述材料，回答1-2题）",
                                    "\n根据上述材料，回答第1题至第2题。"])
def test_round_twenty_two_more_ways_of_naming_the_questions_leave_nothing_in_their_stems(naming):
    report = _read(f"一、单项选择题\n（一）2024年3月，某区城管执法局扣押了李某的三轮车，未出具清单。{naming}\n"
                   "1．该局的扣押行为存在的问题是（ ）。\nA．未出具清单  B．无权扣押\n2．李某可以申请（ ）。\nA．行政复议  B．仲裁\n"
                   "参考答案\n1．A 2．A\n")
    assert [q.stem.split("\n")[0] for q in report.questions] == [
        "2024年3月，某区城管执法局扣押了李某的三轮车，未出具清单。"] * 2, _said(report)
    assert all(q.stem.count("\n") == 1 for q in report.questions) and not report.problems, _said(report)


def test_round_twenty_two_material_naming_more_questions_than_follow_is_said():
    report = _read("一、单项选择题\n（一）某市2023年受理行政复议案件200件。\n根据上述材料，回答1-3题。\n1．该市受理案件数为（ ）。\n"
                   "A．200  B．100\n2．该市受理的是（ ）。\nA．复议案件  B．诉讼案件\n参考答案\n1．A 2．A\n")
    assert len(report.questions) == 2 and any("only 2 question(s)" in n.message for n in report.notes), _said(report)


# --- round 23 ---

@pytest.mark.parametrize("stem", ["根据案情需要，侦查人员可以对犯罪嫌疑人的人身进行检查。（ ）", "据资料显示，我国已建成世界上规模最大的社会保障体系。（ ）",
                                  "根据材料来源不同，证据可以分为原始证据和传来证据。（ ）", "结合案情，公安机关可以决定对犯罪嫌疑人取保候审。（ ）",
                                  "根据事实和法律，人民法院依法独立行使审判权。（ ）"])
def test_round_twenty_three_statements_that_begin_with_the_asking_nouns_are_kept(stem):
    report = _read(f"一、判断题\n1．{stem[:-3]}（ √ ）\n")
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", [
    "根据上述案情，王某与李某之间的合同，效力如何（ ）。", "据上述材料，若李某不服，可以（ ）。", "根据以上材料，如果乙公司拒绝履行，甲公司可以（ ）。",
    "下列情形中，属于上述情况的是（ ）。", "结合上述规定，下列行为合法的是（ ）。", "该案件中，李某的行为属于（ ）。",
    "此案中，李某的行为属于（ ）。", "甲的上述行为属于（ ）。", "根据上文，下列说法正确的是（ ）。", "根据以上信息，下列说法正确的是（ ）。",
    "根据题意，应纳税额为（ ）。", "依上述案情，法院应当（ ）。", "综合以上案情，法院应当（ ）。", "按照前述约定，乙公司应当（ ）。",
    "上述合同的效力为（ ）。", "在上述案件中，李某的行为属于（ ）。", "根据题干材料，下列说法正确的是（ ）。",
])
def test_round_twenty_three_pointing_up_only_facts_before_count(stem):
    """After 上述, 以上, 本案 the material stands above the asking words, so what follows them is the question (若…,
    王某与李某之间的合同 had counted as facts)."""
    report = _read(_bank([stem, "我国的根本法是（ ）。"]))
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)
    assert len(report.problems) == 1 and "asks about material" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("naming", ["据上述材料，回答1-3题。", "依据上述事实，回答1-3题。", "根据上述情况，回答1-3题。",
                                    "根据以上所述，回答1-3题。", "根据上述材料，回答1、2、3题。", "根据上述材料，回答第1题、第2题和第3题。",
                                    "根据以上材料回答1—3题（单选）。", "根据上述资料回答问题（1-3题）。", "根据上述案例，回答下列问题（第1-3题）：",
                                    "请结合上述案情，回答下列第1-3题。", "据此，回答1～3题。", "根据以上案例回答第1至3题。"])
def test_round_twenty_three_more_naming_lines_below_the_facts(naming):
    report = _read(f"一、单项选择题\n（一）2024年3月，某区城管执法局扣押了李某的三轮车，未出具清单。\n{naming}\n"
                   "1．该局的扣押行为存在的问题是（ ）。\nA．未出具清单  B．无权扣押\n2．李某可以申请（ ）。\nA．行政复议  B．仲裁\n"
                   "3．该局应当（ ）。\nA．妥善保管  B．自行使用\n参考答案\n1．A 2．A 3．A\n")
    assert [q.stem.split("\n")[0] for q in report.questions] == [
        "2024年3月，某区城管执法局扣押了李某的三轮车，未出具清单。"] * 3, _said(report)
    assert all(q.stem.count("\n") == 1 for q in report.questions) and not report.problems, _said(report)


@pytest.mark.parametrize("line, points", [("4．判断题 (分值:1) 公民有劳动的权利。（ √ ）", 1), ("4. 判断题：1分 公民有劳动的权利。（ √ ）", 1),
                                          ("4. 【判断题】【难度：易】【2分】公民有劳动的权利。（ √ ）", 2),
                                          ("4．（本小题2分）公民有劳动的权利。（ √ ）", 2),
                                          ("4. 题型：判断题 分值：1分 公民有劳动的权利。（ √ ）", 1)])
def test_round_twenty_three_more_point_layouts(line, points):
    report = _read(f"一、判断题\n{line}\n")
    assert [(q.stem, q.points) for q in report.questions] == [("公民有劳动的权利。（ ）", points)], _said(report)


@pytest.mark.parametrize("aspect", ["中止与中断", "三要素", "地位和作用", "受案范围", "行使条件", "主要标志", "设立方式",
                                    "成立条件与法律效果", "与民事合同的区别", "在行政法中的体现"])
def test_round_twenty_three_名词解释_what_to_write_about_the_term_by_its_shape(aspect):
    report = _read(f"一、名词解释\n1．要约：{aspect}\n")
    assert [(q.stem, q.answer) for q in report.questions] == [(f"要约：{aspect}", ())], _said(report)


def test_round_twenty_three_名词解释_a_definition_that_starts_with_与_is_a_definition():
    report = _read("一、名词解释\n1．要件事实：与构成要件相对应的具体事实。\n2．法治：依法治理国家。\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("要件事实", ("与构成要件相对应的具体事实。",)), ("法治", ("依法治理国家。",))], _said(report)


@pytest.mark.parametrize("line", ["要求：结合工作实际，论述如何推进严格规范公正文明执法。", "本大题共1小题，共20分。结合工作实际，论述如何推进法治政府建设。",
                                  "（请结合工作实际，论述全面依法治国的重大意义）", "每小题20分。试论述全面依法治国的重大意义。",
                                  "说明：本题20分。请以“依法行政”为题，写一篇短文。"])
def test_round_twenty_three_an_unnumbered_essay_below_its_heading_is_refused_not_dropped(line):
    report = _read(f"一、单项选择题\n1．我国的根本法是（ ）。\nA．宪法  B．刑法\n答案：A\n二、论述题\n{line}\n")
    assert len(report.questions) == 1 and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("key", ["七、略", "七、29．略", "七、29．参见教材", "七、29．此题略。", "七、29．见教材第35页",
                                 "七、29．参考答案略（言之成理即可）"])
def test_round_twenty_three_a_sections_略_is_no_reference_answer_and_never_the_last_entrys(key):
    report = _read("六、简答题\n28．简述行政复议与行政诉讼的关系。\n七、论述题\n29．结合本单位工作实际，论述如何推进严格规范公正文明执法。\n"
                   f"参考答案\n六、28．行政复议是内部监督。\n{key}\n")
    assert [q.answer for q in report.questions] == [("行政复议是内部监督。",), ()], _said(report)
    assert not report.problems and any("略" in n.message for n in report.notes), _said(report)


# --- round 24 ---

@pytest.mark.parametrize("stem", ["三十万元以上的案件，属于（ ）。", "下列关于涉案金额五十万元以上的案件管辖，说法正确的是（ ）。",
                                  "两种以上情形并存的，应当（ ）。", "行政拘留十日以上的情况，公安机关应当（ ）。",
                                  "甲打伤乙，甲的上述行为构成（ ）。", "甲乙互殴，本案中甲的行为属于（ ）。"])
def test_round_twenty_four_以上_after_a_count_and_short_facts_before_are_kept(stem):
    """以上 after a number or a count is "or more"; a short clause naming parties and what they did is facts
    (both had been refused, a regression of round 23)."""
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", ["以上几种情况，均应当适用听证程序。（ ）", "以上三种行为均构成不正当竞争。（ ）",
                                  "上面几种做法都违反了比例原则。（ ）", "前述两项规定均属于强制性规定。（ ）", "依照上列规定，该行为合法。（ ）",
                                  "综上所述，甲的行为构成正当防卫。（ ）"])
def test_round_twenty_four_pointing_up_through_a_count_is_refused(stem):
    report = _read(f"一、判断题\n1．{stem[:-3]}（ √ ）\n2．宪法是国家的根本法。（ √ ）\n")
    assert [q.stem for q in report.questions] == ["宪法是国家的根本法。（ ）"], _said(report)
    assert len(report.problems) == 1 and "asks about material" in report.problems[0].said(), _said(report)


def test_round_twenty_four_instructions_that_mention_论述_above_numbered_questions_are_instructions():
    """答题要求：观点明确，论述充分 had refused the whole paper; with no numbered question below, such a line is
    an essay and refused (round 23)."""
    report = _read("一、简答题（每题10分，共20分）\n答题要求：观点明确，论述充分，条理清楚。\n1．简述行政处罚的种类。\n"
                   "二、论述题（20分）\n（要求：结合实际，观点正确，论述有据，不少于800字）\n2．试论述全面依法治国的重大意义。\n")
    assert len(report.questions) == 2 and not report.problems, _said(report)


@pytest.mark.parametrize("aspect", ["设定的原则", "实施的程序", "起算的时间", "终止的情形", "成立的要件"])
def test_round_twenty_four_名词解释_a_verb_的_noun_is_what_to_write_about(aspect):
    report = _read(f"一、名词解释\n1．行政处罚：{aspect}\n2．法治：依法治理国家。\n参考答案\n1．略 2．略\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        (f"行政处罚：{aspect}", ()), ("法治", ("依法治理国家。",))], _said(report)


@pytest.mark.parametrize("key", ["参见教材第三章", "参见教材有关章节。"])
def test_round_twenty_four_a_key_pointing_at_the_textbook_is_no_reference_answer(key):
    report = _read(f"一、简答题\n1．简述行政处罚的种类。\n2．简述宪法的地位。\n参考答案\n1．{key}\n2．宪法是根本法。\n")
    assert [q.answer for q in report.questions] == [(), ("宪法是根本法。",)], _said(report)
    assert any("略" in n.message for n in report.notes), _said(report)


@pytest.mark.parametrize("labels", ["（难度：易）", "【难度：中】", "（知识点：宪法）", "难度：中", "【知识点：宪法】（难度：易）"])
def test_round_twenty_four_a_banks_labels_after_the_type_leave_the_stem(labels):
    report = _read(f"一、单项选择题\n1．【单选题】{labels}我国的根本法是（ ）。\nA．宪法 B．刑法\n答案：A\n")
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"] and not report.problems, _said(report)

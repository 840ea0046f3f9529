"""Question banks, the thirty-third session: an outside round (25) on the rules of rounds 21 to 24 found plain
questions refused or changed (false refusals) and a few faults let through (issue 16). Each case is one that
round met in a whole, realistic bank."""
from __future__ import annotations

import pytest

from examcore.banks.office_forms import ASKS_ABOUT_A_FIGURE, ASKS_ABOUT_A_TABLE
from tests.examcore.test_bank_round_thirtyone import in_three_formats
from tests.examcore.test_bank_round_thirtytwo import _bank
from tests.examcore.test_text_bank_layouts import _read, _said

# plain questions of legal-knowledge papers, each refused as asking about material it lacked
PLAIN = [
    "两起以上的案件，可以由最初受理的行政机关合并处理。",   # 以上 after any count word is "or more"
    "半数以上的情形下，应当由（ ）表决。", "5%以上的情形应当披露。", "一周以上的情况应当报告。",
    "二审以上的案件由合议庭审理。", "副处以上的情形应当报批。", "县级及以上的情形，由（ ）管辖。",
    "基本案件事实清楚、证据确实充分的，可以适用简易程序。",   # 本案 inside 基本案件
    "因此案件应当移送（ ）。",
    "甲杀乙，本案中甲构成（ ）。", "甲杀乙，乙死亡，甲的上述行为构成（ ）。",   # short facts naming parties
    "若甲在公共场所殴打他人，上述行为应当由（ ）处罚。",   # a hypothesis before the pointer is facts
    "如果当事人逾期不履行，本案中行政机关可以（ ）。",
    "本案例指导制度中，指导性案例由（ ）发布。",
]
# what still asks about material the stem lacks
LACKING = ["本案的审理应当（ ）进行。", "以上情形中，属于行政处罚的是（ ）。", "综合以上情况，甲应当（ ）。"]


def test_round_twenty_five_plain_questions_are_kept_and_those_lacking_their_material_refused(tmp_path):
    for name, report in in_three_formats(tmp_path, _bank(PLAIN + LACKING), PLAIN + LACKING):
        assert [q.stem for q in report.questions] == PLAIN, (name, _said(report))
        said = [p.said() for p in report.problems]
        assert len(said) == len(LACKING) and all("asks about material" in s for s in said), (name, said)


@pytest.mark.parametrize("stem", ["根据下列事实，可以认定行政机关违法的情形是（ ）。", "根据下列信息，属于应当主动公开的政府信息是（ ）",
                                  "根据下列事实，应当回避的人员为（ ）。", "根据下列事实，属于违法行为的是：（ ）",
                                  "根据下列事实，属于违法行为的是______"])
def test_round_twenty_five_choosing_among_facts_whatever_the_blanks_shape_is_kept_with_a_note(stem):
    """Only …的是（ ） had been kept; a choice choosing among facts or information may point at its options."""
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)
    assert any("chooses among its options" in n.said() for n in report.notes), _said(report)


def test_round_twenty_five_figures_of_data_are_never_options():
    report = _read(_bank(["根据以下统计数据，2023年该市行政诉讼案件败诉率为（ ）。"]))
    assert not report.questions and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("stem", ["各级行政执法机关应当公示行政执法流程图。", "勘验笔录应当附现场示意图。",
                                  "根据《统计法》，统计表中应当标明填报单位。", "申请人应当提交申请书、附表及有关证明材料。"])
def test_round_twenty_five_a_paper_named_is_no_figure_or_table_to_see(stem):
    assert ASKS_ABOUT_A_FIGURE.search(stem) is None and ASKS_ABOUT_A_TABLE.search(stem) is None
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", ["根据流程图，下一步应当（ ）。", "如下面的示意图所示，（ ）。", "根据统计表，（ ）。"])
def test_round_twenty_five_a_figure_or_table_pointed_at_is_still_refused(stem):
    report = _read(_bank([stem]))
    assert not report.questions and len(report.problems) == 1, _said(report)


def test_round_twenty_five_forms_named_by_the_options_are_what_下列_points_at():
    """下列纳税申报表中 names forms (round 28: a form's name ends in 报表, 申报表, 申请表: no table asked about);
    下列统计表中 whose options name tables is kept with a note; with plain options it is refused."""
    report = _read("一、单选题\n1．下列纳税申报表中，属于合并申报表的是（ ）。\nA．增值税及附加税费申报表 B．企业所得税年度申报表\n答案：A\n"
                   "2．下列统计表中，错误的是（ ）。\nA．甲 B．乙\n答案：A\n"
                   "3．下列统计表中，属于月报的是（ ）。\nA．工业产值月报表 B．能源消费年报表\n答案：A\n")
    assert [q.stem[:6] for q in report.questions] == ["下列纳税申报", "下列统计表中"], _said(report)
    assert len(report.problems) == 1 and "(下列统计表)" in report.problems[0].said(), _said(report)
    assert [n.row for n in report.notes if "chooses among its options" in n.said()] == [8], _said(report)


@pytest.mark.parametrize("line", ["请判断下列说法是否正确。", "请从下列各题的备选答案中选出一个正确答案。", "请解释下列名词。",
                                  "请根据所学知识回答下列问题。", "回答下列问题（每题10分）。", "简要回答下列问题：", "请简要回答下列问题。"])
def test_round_twenty_five_a_sections_instructions_in_words_above_numbered_questions(line):
    """Each had refused the whole paper as a line that is neither a numbered question nor a heading."""
    report = _read(f"一、简答题\n{line}\n1．简述行政处罚的种类。\n答：警告、罚款等。\n")
    assert [q.stem for q in report.questions] == ["简述行政处罚的种类。"] and not report.problems, _said(report)
    assert any("instructions" in n.said() for n in report.notes), _said(report)


def test_round_twenty_five_an_instruction_in_words_with_no_numbered_question_below_is_still_refused():
    report = _read("一、简答题\n1．简述行政处罚的种类。\n答：警告、罚款等。\n二、简答题\n请简要回答下列问题。\n")
    assert len(report.questions) == 1 and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("line, stem", [
    ("4、判断题 12分是机动车驾驶人一个记分周期的满分。（ √ ）", "12分是机动车驾驶人一个记分周期的满分。（ ）"),
    ("4、判断题：12分为满分。（ √ ）", "12分为满分。（ ）"),
    ("4、判断题 55分贝以上的社会生活噪声应当依法处理。（ √ ）", "55分贝以上的社会生活噪声应当依法处理。（ ）"),
    ("4、判断题 3分以下的记分不影响审验。（ √ ）", "3分以下的记分不影响审验。（ ）"),
    ("4、判断题 1分 公民有劳动的权利。（ √ ）", "公民有劳动的权利。（ ）"),
])
def test_round_twenty_five_a_stem_starting_with_points_keeps_them(line, stem):
    """判断题 12分是…满分 had been stored as 是…满分, worth 12 points (a traffic-law bank meets it at once)."""
    report = _read(line + "\n")
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)
    assert report.questions[0].points == (1 if stem.startswith("公民") else None)


@pytest.mark.parametrize("aspect", ["设定的原则和种类", "成立的条件和限度", "实施的主体和程序", "起算、中止和中断"])
def test_round_twenty_five_名词解释_aspects_joined_by_和_stay_the_question(aspect):
    report = _read(f"一、名词解释\n1．行政处罚：{aspect}\n参考答案\n1．略\n")
    assert [(q.stem, q.answer) for q in report.questions] == [(f"行政处罚：{aspect}", ())], _said(report)


@pytest.mark.parametrize("key", ["参见教材有关内容。", "详见教材第三章。", "见课本第20页。", "参考教材相关章节", "（答案详见教材）"])
def test_round_twenty_five_more_keys_pointing_at_the_textbook_are_no_reference_answer(key):
    report = _read(f"一、简答题\n1．简述行政处罚的种类。\n2．简述宪法的地位。\n参考答案\n1．{key}\n2．宪法是根本法。\n")
    assert [q.answer for q in report.questions] == [(), ("宪法是根本法。",)], _said(report)


@pytest.mark.parametrize("cut", ["《行政处罚法》第", "警告、", "罚款，"])
def test_round_twenty_five_a_stem_cut_in_a_word_above_the_next_number_is_refused_naming_both(cut):
    """…按照《行政处罚法》第 / 4、5项规定…: the line below had become question 4 and question 3 was stored cut at
    第, the key's answer with it."""
    report = _read(f"一、判断题\n1．宪法是国家的根本法。（ ）\n2．行政复议期间行政行为不停止执行。（ ）\n"
                   f"3．对违法行为人处以罚款的，应当按照{cut}\n4、5项规定的程序执行。（ ）\n参考答案\n一、1．√ 2．√ 3．√\n")
    assert [q.stem[:4] for q in report.questions] == ["宪法是国", "行政复议"], _said(report)
    assert any("question 3" in p.said() and "wrapped" in p.said() for p in report.problems), _said(report)


def test_round_twenty_five_questions_below_material_naming_other_numbers_are_refused():
    """回答第1～2题 above questions 26 and 27: the material was refused, but its questions had been kept (and
    stored without it by --accept-valid). The next case, naming none, still goes with the questions below it."""
    report = _read("四、案例分析题\n（一）2024年5月，村民王某未经批准占用耕地建房，县自然资源局责令限期拆除。\n"
                   "根据上述材料，回答第1～2题。\n26．县自然资源局的决定属于（ ）。\nA．行政处罚 B．行政强制\n"
                   "27．王某不服，可以在（ ）内申请行政复议。\nA．60日 B．30日\n"
                   "（二）李某醉酒驾驶机动车被交警查获。\n29．李某的行为构成（ ）。\nA．危险驾驶罪 B．交通肇事罪\n"
                   "参考答案\n四、26．A 27．A 29．A\n")
    assert [q.stem.splitlines()[-1] for q in report.questions] == ["李某的行为构成（ ）。"], _said(report)
    said = [p.said() for p in report.problems]
    assert sum("stands below the material" in s for s in said) == 2 and len(said) == 3, said


# --- round 26 ---

def test_round_twenty_six_terms_ending_in_与_or_和_are_whole_and_the_key_stays_a_key():
    """公众参与 (ends in 与) had been taken as a line cut in a word: the term below it was refused, and the key's
    lines for both became questions of their own."""
    report = _read("四、名词解释\n1、赠与\n2、要约\n3、公众参与\n4、行政和解\n五、简答题\n5、简述重大行政决策程序中的公众参与\n"
                   "6、简述行政复议与行政诉讼的衔接\n参考答案\n四、名词解释\n1、赠与是赠与人将自己的财产无偿给予受赠人的合同。\n"
                   "2、要约是希望与他人订立合同的意思表示。\n3、公众参与是指公众参与决策的制度。\n4、行政和解是指达成和解。\n"
                   "五、简答题\n5、略\n6、略\n")
    assert [q.stem for q in report.questions] == ["赠与", "要约", "公众参与", "行政和解", "简述重大行政决策程序中的公众参与",
                                                  "简述行政复议与行政诉讼的衔接"], _said(report)
    assert not report.problems and report.questions[2].answer == ("公众参与是指公众参与决策的制度。",), _said(report)


@pytest.mark.parametrize("line", ["请结合下列案例回答问题：甲公司未取得排污许可证即排放废水，被县生态环境局罚款10万元。",
                                  "请判断下列说法是否正确：甲在商场拾得钱包后据为己有。", "回答下列问题（每题10分）。某市政府决定拆除违法建筑。"])
def test_round_twenty_six_an_instruction_going_on_with_facts_is_never_dropped_as_instructions(line):
    """The facts after the instruction had been dropped with a note cut at 30 characters (exit 0)."""
    report = _read(f"一、简答题\n{line}\n1、该行为应当如何处理？\n答：依法处理。\n")
    assert report.problems and not any("instructions" in n.said() for n in report.notes), _said(report)


@pytest.mark.parametrize("stem", ["说明书及附图可以用于解释权利要求的内容。", "申请文件应当包括请求书、说明书及其附图。",
                                  "比如图表、数据等信息，也属于政府信息。", "诸如图表类作品受著作权法保护。", "公众可以查阅流程图。",
                                  "正如图纸所示，建设工程应按图施工。"])
def test_round_twenty_six_figures_named_in_statutes_and_examples_show_none(stem):
    assert ASKS_ABOUT_A_FIGURE.search(stem) is None, stem


@pytest.mark.parametrize("stem", ["根据附图1所示，（ ）。", "阅读流程图，下一步应当（ ）。", "如图所示，（ ）。"])
def test_round_twenty_six_a_figure_pointed_at_still_asks(stem):
    assert ASKS_ABOUT_A_FIGURE.search(stem) is not None, stem


@pytest.mark.parametrize("stem", ["关于本案，下列说法正确的是（ ）。", "对本案的处理，下列说法正确的是（ ）。",
                                  "关于该案件的管辖，下列说法正确的是（ ）。", "对于此案，法院应当（ ）。",
                                  "甲、乙在本案中的身份分别是（ ）。"])
def test_round_twenty_six_the_commonest_ways_of_pointing_at_a_case_are_refused(stem):
    report = _read(_bank([stem]))
    assert not report.questions and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("line, stem", [
    ("4、判断题 12分满分的记分周期为12个月。（ √ ）", "12分满分的记分周期为12个月。（ ）"),
    ("4、判断题 60分合格的考试属于资格考试。（ √ ）", "60分合格的考试属于资格考试。（ ）"),
    ("4、判断题，12分记满后应当参加学习。（ √ ）", "12分记满后应当参加学习。（ ）"),
    ("4、判断题：3分30秒内完成的属于及时处置。（ √ ）", "3分30秒内完成的属于及时处置。（ ）"),
])
def test_round_twenty_six_points_after_a_type_run_into_the_stem_only_after_a_separator_or_a_word_saying_so(line, stem):
    report = _read(line + "\n")
    assert [(q.stem, q.points) for q in report.questions] == [(stem, None)] and not report.problems, _said(report)


@pytest.mark.parametrize("key", ["见教材P35。", "参见《行政法学》教材第三章。", "答案要点见讲义。", "要点略。", "参考教材第二编。"])
def test_round_twenty_six_a_pointer_at_a_book_is_no_reference_answer_by_its_shape(key):
    report = _read(f"一、简答题\n1．简述行政处罚的种类。\n2．简述宪法的地位。\n参考答案\n1．{key}\n2．宪法是根本法。\n")
    assert [q.answer for q in report.questions] == [(), ("宪法是根本法。",)], _said(report)


# --- round 27 ---

def _word_numbered(path, items: list[tuple[str, bool]]) -> None:
    """A Word document whose paragraphs marked True are numbered by Word's own list (1． 2． …, one list)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, docx.oxml.parse_xml(
        f'<w:abstractNum xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:abstractNumId="90"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/></w:lvl></w:abstractNum>'))
    numbering.append(docx.oxml.parse_xml(f'<w:num xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:numId="90">'
                                         '<w:abstractNumId w:val="90"/></w:num>'))
    for text, numbered in items:
        paragraph = doc.add_paragraph(text)
        if numbered:
            number = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", "0"), ("w:numId", "90")):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                number.append(child)
            paragraph._p.get_or_add_pPr().append(number)
    doc.save(path)


def test_round_twenty_seven_word_numbered_terms_and_essays_with_the_key_at_the_end(tmp_path):
    """The second Word-numbered term of a section had been refused as a number inside the first (both lost),
    and the key's lines then could not be placed."""
    from examcore.banks import read_bank
    _word_numbered(tmp_path / "p.docx", [
        ("一、填空题", False), ("全国人口普查每______年进行一次。", True), ("二、名词解释", False), ("统计调查项目", True),
        ("统计违法行为举报", True), ("三、简答题", False), ("简述统计调查对象的权利和义务。", True),
        ("简述统计人员的保密义务。", True), ("参考答案", False), ("一、1．10", False),
        ("二、2．统计调查项目是指为取得统计资料而组织实施的调查活动。", False), ("3．略", False),
        ("三、4．有权拒绝虚报要求。", False), ("5．应当保密。", False)])
    report = read_bank(tmp_path / "p.docx", "b")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("全国人口普查每______年进行一次。", ("10",)),
        ("统计调查项目", ("统计调查项目是指为取得统计资料而组织实施的调查活动。",)), ("统计违法行为举报", ()),
        ("简述统计调查对象的权利和义务。", ("有权拒绝虚报要求。",)), ("简述统计人员的保密义务。", ("应当保密。",))], \
        _said(report)
    assert not report.problems, _said(report)


def test_round_twenty_seven_word_numbered_statements_under_a_lead_stay_in_its_stem(tmp_path):
    from examcore.banks import read_bank
    _word_numbered(tmp_path / "p.docx", [("一、简答题", False), ("1．简述下列原则的含义：", False),
                                         ("合法行政", True), ("合理行政", True), ("答：略", False)])
    report = read_bank(tmp_path / "p.docx", "b")   # (refused by name as before: Word's numbers would be lost)
    assert not report.questions and len(report.problems) == 2, _said(report)
    assert all("Word" in p.said() for p in report.problems), _said(report)


@pytest.mark.parametrize("stem", ["规模以上工业统计报表制度由国家统计局制定。", "统计机构发布的数据图表应当注明资料来源。",
                                  "统计资料可以采用柱状图、饼状图等形式公布。", "申请人填写表格确有困难的，可以口头提出申请。",
                                  "申请书、表格等材料应当由申请人签字确认。", "可以依法对数据流程图进行审核。",
                                  "施工单位应当依图施工。", "审计人员应当具备一定的读图能力。", "勘察图例应当规范。",
                                  "查封商品、货物、财产清单及表格。"])
def test_round_twenty_seven_table_and_figure_words_ending_other_words_ask_nothing(stem):
    assert ASKS_ABOUT_A_TABLE.search(stem) is None and ASKS_ABOUT_A_FIGURE.search(stem) is None, stem


@pytest.mark.parametrize("stem", ["根据以上统计表，（ ）。", "从表格中可知，（ ）。", "根据柱状图，（ ）。", "观察下图，（ ）。"])
def test_round_twenty_seven_a_table_or_figure_pointed_at_still_asks(stem):
    assert ASKS_ABOUT_A_TABLE.search(stem) or ASKS_ABOUT_A_FIGURE.search(stem), stem


@pytest.mark.parametrize("line", ["请解释下列名词。要求概念准确，表述完整。", "请简要回答下列问题：要求观点明确，条理清晰。",
                                  "请简要回答下列问题。请将答案写在答题纸上。", "请回答下列问题。答题时间30分钟。",
                                  "请解释下列名词。每个名词5分。", "回答下列问题。注意：字迹工整。", "请将正确答案的代号填入括号内。",
                                  "每题有两个或两个以上正确答案，多选、少选、错选均不得分。", "在横线上填写正确答案。"])
def test_round_twenty_seven_instructions_of_two_sentences_or_saying_where_the_answer_goes(line):
    report = _read(f"一、简答题\n{line}\n1．简述行政处罚的种类。\n答：警告、罚款等。\n")
    assert [q.stem for q in report.questions] == ["简述行政处罚的种类。"] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", ["对于以上所列情形，信访人应当向（ ）提出。", "对上述当事人的行为，应当（ ）。",
                                  "针对上述问题，应当（ ）。", "前面提到的行为构成（ ）。", "对于前文所述情况，应当（ ）。",
                                  "对于以上这些情形，应当（ ）。"])
def test_round_twenty_seven_words_between_a_pointer_and_what_it_points_at(stem):
    report = _read(_bank([stem]))
    assert not report.questions and len(report.problems) == 1, _said(report)


def test_round_twenty_seven_以上一年度_at_a_stems_start_is_no_pointer():
    stem = "以上一年度为例，职工月平均工资按照（ ）计算。"
    report = _read(_bank([stem]))
    assert [q.stem for q in report.questions] == [stem], _said(report)


def test_round_twenty_seven_a_pdf_copys_option_wrapped_with_the_next_options_on_its_line():
    """按照…确定密级  C．… on the line below option B: refused, the question lost (3 of a 30-question paper)."""
    report = _read("一、单项选择题\n11．根据《保守国家秘密法》，下列说法正确的是（ ）。\n"
                   "A．国家秘密一律永久保密  B．机关、单位对所产生的国家秘密事项，应当\n"
                   "按照保密事项范围的规定确定密级  C．个人可以自行确定国家秘密  D．国家秘\n密不得变更密级\n答案：B\n")
    assert [[(o.key, o.text.replace("\n", "")) for o in q.options] for q in report.questions] == [[
        ("A", "国家秘密一律永久保密"), ("B", "机关、单位对所产生的国家秘密事项，应当按照保密事项范围的规定确定密级"),
        ("C", "个人可以自行确定国家秘密"), ("D", "国家秘密不得变更密级")]], _said(report)
    assert not report.problems, _said(report)


def test_round_twenty_seven_an_options_line_cut_in_a_word_above_a_number_is_refused_naming_both():
    report = _read("一、单项选择题\n1．下列行为中，应当依法给予处分的是（ ）。\nA．违反《保守国家秘密法》第四十八条第一款第1、\n"
                   "2、3项规定的行为  B．依法公开政府信息\nC．按规定使用涉密计算机  D．参加保密培训\n答案：A\n")
    assert not report.questions and any("question 1" in p.said() and "wrapped" in p.said()
                                        for p in report.problems), _said(report)


def test_round_twenty_seven_an_essays_requirements_below_its_stem_are_part_of_it():
    report = _read("二、论述题\n2．结合本单位工作实际，论述如何推进信访工作法治化。\n要求：观点明确，字数不少于800字。\n答：略\n")
    assert [q.stem for q in report.questions] == ["结合本单位工作实际，论述如何推进信访工作法治化。\n要求：观点明确，字数不少于800字。"], \
        _said(report)
    assert not report.problems, _said(report)


# --- round 28 ---

@pytest.mark.parametrize("line", ["请根据下列案例回答问题：考试期间，考生张某将手机带入考场并使用。",
                                  "请结合下列案例作答：时间为2024年5月1日，甲公司员工乙在工作中受伤。",
                                  "请根据下列材料回答问题。要求退还预付款的消费者王某与某健身公司发生纠纷。"])
def test_round_twenty_eight_facts_after_an_instruction_are_never_instructions(line):
    """考试期间，考生张某… had been read as a second instruction (it starts with 考试) and dropped, exit 0."""
    report = _read(f"一、单项选择题\n{line}\n1．张某的行为属于（ ）。\nA．违纪 B．合法\n答案：A\n")
    assert report.problems and not any("instructions" in n.said() for n in report.notes), _said(report)


@pytest.mark.parametrize("stem", ["驾驶人血液中酒精含量达到80mg/100ml以上的行为，属于醉酒驾驶。", "违法所得1万元（含）以上的案件，由市级部门管辖。",
                                  "“三无”产品货值在“五万元”以上的案件，应当移送。", "建筑高度24m以上的情形，应当设置消防电梯。",
                                  "以上级行政机关的名义作出行政行为的，以该上级行政机关为被告。", "以上一个月的平均工资为基数计算。",
                                  "预包装食品标签上面的信息应当清楚。", "营业执照上面的事实记载与实际不符的，应当办理变更登记。",
                                  "驾驶人起步前应当观察车辆前面的情况。", "上列车前，旅客应当接受安全检查。",
                                  "统计分析图表应当注明资料来源。", "消防安全标志的设置应当符合图示要求。", "参考图样制作的商品包装可能构成混淆。",
                                  "宣传材料应该图文并茂。", "学生证件照应为200KB以下图片。", "自媒体发布的信息，诸如图片、视频等，不得侵权。",
                                  "申请人应当如实填写表中各项内容。", "投保人应当按表格要求如实填写投保单。", "工作人员应当对表格内容进行审核。",
                                  "下列单位应报送统计报表：规模以上工业企业。", "下列事项应当在申请表中注明：申请人姓名。"])
def test_round_twenty_eight_plain_law_sentences_are_kept(stem):
    report = _read(f"一、判断题\n1．{stem}（ √ ）\n")
    assert [q.stem for q in report.questions] == [f"{stem}（ ）"] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", ["根据上述原则，应当（ ）。", "依照上述条款，应当（ ）。", "按照上述程序，应当（ ）。",
                                  "依据上述证据，可以认定（ ）。", "根据上述第1062条的规定，夫妻共同财产包括（ ）。",
                                  "根据上面的信息，应当（ ）。"])
def test_round_twenty_eight_a_pointer_at_more_kinds_of_missing_content_is_refused(stem):
    report = _read(_bank([stem]))
    assert not report.questions and len(report.problems) == 1, _said(report)


@pytest.mark.parametrize("cell", ["正确；错误", "对；错", "√；×", "正确 错误"])
def test_round_twenty_eight_a_sheets_true_false_words_in_one_options_cell(tmp_path, cell):
    from openpyxl import Workbook

    from examcore.banks import read_bank
    book = Workbook()
    book.active.append(["试题题型", "试题题干", "试题选项", "试题答案"])
    book.active.append(["判断题", "人民法院审理行政案件，参照规章。", cell, "正确"])
    book.save(tmp_path / "s.xlsx")
    report = read_bank(tmp_path / "s.xlsx", "b")
    assert [(q.type.value, q.answer) for q in report.questions] == [("true_false", ("T",))], _said(report)
    assert not report.problems, _said(report)


def test_round_twenty_eight_a_true_false_questions_blank_wrapped_onto_a_line_of_its_own():
    report = _read("一、判断题\n6.劳务派遣单位应当与被派遣劳动者订立二年以上的固定期限劳动合同，按月支付劳动报酬。\n（ ）\n"
                   "7.劳动合同应当具备劳动合同期限条款。（ ）\n参考答案\n一、6．√ 7．√\n")
    assert [q.stem for q in report.questions] == [
        "劳务派遣单位应当与被派遣劳动者订立二年以上的固定期限劳动合同，按月支付劳动报酬。（ ）", "劳动合同应当具备劳动合同期限条款。（ ）"], \
        _said(report)
    assert not report.problems, _said(report)


# --- round 29 ---

@pytest.mark.parametrize("line", ["甲县自然资源局完成以下征地程序后，村民乙对补偿标准不服。",
                                  "某区政府作出下面的强制拆除决定，王某不服，选择提起行政诉讼。",
                                  "请根据下列情况回答问题。共3名社区矫正对象未按规定报到，司法所依法处理。"])
def test_round_twenty_nine_facts_under_a_heading_are_never_its_instructions(line):
    """They had been dropped as the section's instructions, the questions below stored without them (exit 0)."""
    report = _read(f"一、单项选择题\n{line}\n1．乙可以申请（ ）裁决。\nA．县级以上地方人民政府 B．法院\n答案：A\n")
    assert report.problems and not any("instructions" in n.said() for n in report.notes), _said(report)


@pytest.mark.parametrize("stem", ["以上访为名，聚众扰乱公共秩序的，由公安机关依法处置。", "以上市公司名义对外提供担保，应当经股东大会决议。",
                                  "以上诉人身份参加二审诉讼的当事人，可以撤回上诉。", "以上班途中受到交通事故伤害的，应当认定为工伤。",
                                  "以上海市为例，地方性法规由市人民代表大会制定。", "执法人员可以查看图表资料。",
                                  "纳税人应当按照新旧税目对照表中列明的税目申报纳税。", "控制性详细规划的编制应当依据图则确定地块用途。"])
def test_round_twenty_nine_以_and_a_word_starting_with_上_and_more_plain_words(stem):
    report = _read(f"一、判断题\n1．{stem}（ √ ）\n")
    assert [q.stem for q in report.questions] == [f"{stem}（ ）"] and not report.problems, _said(report)


@pytest.mark.parametrize("stem", ["以上三种情形均应当回避。", "以上，均属于违法行为。", "上面的做法是否合法？", "该规定体现了比例原则。",
                                  "符合以上条件的申请人，行政机关应当准予许可。"])
def test_round_twenty_nine_a_stem_starting_with_a_pointer_still_asks(stem):
    report = _read(f"一、判断题\n1．{stem}（ × ）\n2．宪法是国家的根本法。（ √ ）\n")
    assert [q.stem for q in report.questions] == ["宪法是国家的根本法。（ ）"], _said(report)


@pytest.mark.parametrize("label", ["【难度：易】", "（难度：易）", "【知识点：行政处罚】"])
def test_round_twenty_nine_a_banks_label_glued_to_the_type_leaves_the_stem(label):
    report = _read(f"1、判断题{label}行政拘留由公安机关决定。（ √ ）\n2、单选题{label}我国的根本法是（ ）。\nA．宪法 B．刑法\n答案：A\n")
    assert [(q.type.value, q.stem) for q in report.questions] == [
        ("true_false", "行政拘留由公安机关决定。（ ）"), ("single", "我国的根本法是（ ）。")], _said(report)


def test_round_twenty_nine_terms_starting_with_digits_are_no_decimal_wrap():
    """2．12345政务服务便民热线 below a term had been refused as a line wrapped at a decimal (and the key with it)."""
    report = _read("一、名词解释\n1．“三重一大”制度\n2．12345政务服务便民热线\n3．1+X证书制度\n参考答案\n1．略 2．略 3．略\n")
    assert [q.stem for q in report.questions] == ["“三重一大”制度", "12345政务服务便民热线", "1+X证书制度"], _said(report)
    assert not report.problems, _said(report)


def test_round_twenty_nine_请据此作答_names_its_questions_and_leaves_nothing_in_their_stems():
    report = _read("五、案例分析题\n2024年7月，某县市场监管局查获甲超市销售过期食品。\n请据此作答第3、4题：\n"
                   "3．市场监管局可以对甲超市（ ）。\nA．罚款 B．拘留\n答案：A\n4．甲超市的违法行为属于（ ）。\nA．食品安全违法 B．税收违法\n答案：A\n")
    assert [q.stem.splitlines() for q in report.questions] == [
        ["2024年7月，某县市场监管局查获甲超市销售过期食品。", "市场监管局可以对甲超市（ ）。"],
        ["2024年7月，某县市场监管局查获甲超市销售过期食品。", "甲超市的违法行为属于（ ）。"]], _said(report)


@pytest.mark.parametrize("label", ["题目：", "题干：", "【题目】"])
def test_round_twenty_nine_a_sheets_stem_label_leaves_the_stem(tmp_path, label):
    from openpyxl import Workbook

    from examcore.banks import read_bank
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    book.active.append(["单选", f"{label}我国的根本法是（ ）。", "宪法", "刑法", "A"])
    book.save(tmp_path / "s.xlsx")
    report = read_bank(tmp_path / "s.xlsx", "b")
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"] and not report.problems, _said(report)


# --- round 30 ---

@pytest.mark.parametrize("line", ["在区政府作出下列行政处罚决定后，张三选择申请行政复议。", "根据县政府作出的下列征收决定，王五选择了提起行政诉讼。",
                                  "本市市场监管局对下列企业完成了年度检查，李四经营的超市被责令改正。"])
def test_round_thirty_facts_naming_a_person_under_a_heading_are_never_its_instructions(line):
    """A person's name (张三) or an office acting had passed the party and date check: the facts were dropped as
    the section's instructions, the questions stored without them (exit 0)."""
    report = _read(f"一、单项选择题\n{line}\n1．张三申请行政复议的期限是（ ）。\nA．60日 B．30日\n答案：A\n")
    assert report.problems and not any("instructions" in n.said() for n in report.notes), _said(report)


@pytest.mark.parametrize("line", ["请根据2021年修订的《行政处罚法》，从下列各题的备选答案中选出一个正确答案。",
                                  "请依据2022年10月30日修订的《妇女权益保障法》判断下列说法是否正确。"])
def test_round_thirty_an_instruction_naming_a_laws_revision_year(line):
    report = _read(f"一、单项选择题\n{line}\n1．我国的根本法是（ ）。\nA．宪法 B．刑法\n答案：A\n")
    assert len(report.questions) == 1 and not report.problems, _said(report)
    assert any("instructions" in n.said() for n in report.notes), _said(report)


def test_round_thirty_an_option_letter_left_at_a_pdf_lines_end():
    report = _read("一、多项选择题\n3．下列属于妇女享有的权益的有（ ）。\nA．人身和人格权益　B．文化教育权益　C．劳动和社会保障权益　D．\n"
                   "财产权益\n答案：ABCD\n")
    assert [[(o.key, o.text) for o in q.options] for q in report.questions] == [[
        ("A", "人身和人格权益"), ("B", "文化教育权益"), ("C", "劳动和社会保障权益"), ("D", "财产权益")]], _said(report)
    assert not report.problems, _said(report)


# --- round 31 ---

@pytest.mark.parametrize("line", ["根据《中华人民共和国安全生产法》的规定，从下列各题的备选答案中选出一个正确答案。",
                                  "根据《行政强制法》判断下列说法是否正确。", "依据《个人信息保护法》的规定，回答下列问题。",
                                  "以下10道题均为单选题，请选出正确答案。", "在每小题给出的四个选项中，只有一项是符合题目要求的。",
                                  "下列各题中，只有一个选项最符合题意。", "以下各题均只有一个正确答案。", "从A、B、C、D四个选项中选择一个正确答案。",
                                  "考生注意：以下各题只有一个正确答案。", "（2023年版）"])
def test_round_thirty_one_instructions_naming_a_law_or_the_options(line):
    report = _read(f"一、单项选择题\n{line}\n1．我国的根本法是（ ）。\nA．宪法 B．刑法\n答案：A\n")
    assert len(report.questions) == 1 and not report.problems, _said(report)


@pytest.mark.parametrize("line", ["说明：王五经营的作坊未取得许可证擅自生产。", "本大题共2小题。王五经营的烟花爆竹作坊未取得安全生产许可证擅自生产。",
                                  "每小题2分。李四经营的加油站未按规定设置安全警示标志。", "请将答案填入括号内。王五经营的作坊未取得许可证擅自生产。",
                                  "多选、少选、错选均不得分。经查，王五经营的作坊未取得许可证擅自生产。",
                                  "（王五经营的作坊未取得许可证擅自生产，被责令停产停业。）", "注：甲公司为危险化学品生产企业，从业人员120人。"])
def test_round_thirty_one_facts_after_an_instructions_words_are_never_dropped(line):
    """Each had been dropped as the section's instructions, the questions stored without the facts (exit 0)."""
    report = _read(f"一、单项选择题\n{line}\n1．对王五的行为，应当（ ）。\nA．责令停产 B．警告\n答案：A\n")
    assert report.problems and not any("instructions" in n.said() for n in report.notes), _said(report)


def test_round_thirty_one_a_key_wrapped_inside_an_answers_letters_is_refused_naming_both():
    """一、1．ABC　2．AB / CD　3．ABCD: question 2 had been stored as AB, the CD dropped unsaid (exit 0)."""
    report = _read("一、多项选择题\n1．甲（ ）。\nA．一 B．二 C．三 D．四\n2．乙（ ）。\nA．一 B．二 C．三 D．四\n"
                   "3．丙（ ）。\nA．一 B．二 C．三 D．四\n参考答案\n一、1．ABC　2．AB\nCD　3．ABCD\n")
    assert [(q.stem, q.answer) for q in report.questions] == [("甲（ ）。", ("A", "B", "C")), ("丙（ ）。", ("A", "B", "C", "D"))], \
        _said(report)
    assert any("question 2" in p.said() and "CD" in p.said() for p in report.problems), _said(report)


@pytest.mark.parametrize("stem", ["依据表格填写的安全检查记录应当存档。", "结合表格填报说明，申请人应当如实填写个人信息。"])
def test_round_thirty_one_a_form_to_fill_in_is_no_table(stem):
    assert ASKS_ABOUT_A_TABLE.search(stem) is None, stem


@pytest.mark.parametrize("stem", ["依照前款规定，行政机关应当（ ）。", "根据前述条文，应当（ ）。", "对此，行政机关应当（ ）。",
                                  "题述情形中，甲的行为属于（ ）。"])
def test_round_thirty_one_pointers_at_a_paragraph_or_case_the_stem_does_not_give(stem):
    report = _read(_bank([stem]))
    assert not report.questions and len(report.problems) == 1, _said(report)


def test_round_thirty_one_points_after_a_banks_label():
    report = _read("1、【单选题】【难度：易】【分值：1】我国的根本法是（ ）。\nA．宪法 B．刑法\n答案：A\n")
    assert [(q.stem, q.points) for q in report.questions] == [("我国的根本法是（ ）。", 1)], _said(report)

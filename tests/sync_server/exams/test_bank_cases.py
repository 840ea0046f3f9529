"""Every file of the importer cases (tests/data/importers, copied from shared/cases/importers; its README
says what each must give) read and stored as `xuefa-server import-questions` does, on SQLite and
PostgreSQL: what lands in the bank, what is refused and how the refusal names the place."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from examcore.banks import read_bank
from examcore.blueprint import Blueprint, Section
from examcore.clock import utc_naive
from examcore.paper import section_candidates
from examcore.questions import Question, QuestionType
from sync_server.models import BankQuestion
from sync_server.exams.question_bank import BankImport, import_questions

CASES = Path(__file__).resolve().parents[2] / "data" / "importers"


def run(server, files: list[str], bank: str = "B", **flags) -> BankImport:
    reports = [read_bank(CASES / name, bank) for name in files]
    with server.sessions.begin() as s:
        return import_questions(s, reports, bank, "test", utc_naive(server.clock.now()), **flags)


def stored(server, bank: str = "B") -> list[Question]:
    with server.sessions() as s:
        rows = s.scalars(select(BankQuestion).where(BankQuestion.bank == bank).order_by(BankQuestion.question_id))
        return [Question.from_dict(json.loads(r.data)) for r in rows]


def texts(problems) -> list[str]:
    return [str(p) for p in problems]


def refused(done: BankImport, server) -> str:
    assert not done.imported and stored(server) == []
    assert all(r.refused for r in done.reports)
    return "\n".join(texts(done.problems))


def case_xianfa_then_minfa(server):
    first = run(server, ["xianfa.xlsx"], "宪法题库")
    before = stored(server, "宪法题库")
    second = run(server, ["minfa.xlsx"], "民法题库")
    assert first.added == second.added == 2 and second.changed == 0
    assert stored(server, "宪法题库") == before  # 序号 1, 2 in both: a row number, not an id
    assert [q.stem for q in stored(server, "民法题库")] != [q.stem for q in before]
    again = run(server, ["xianfa.xlsx"], "宪法题库")  # re-importing the same file is a no-op
    assert (again.added, again.changed, again.unchanged, again.imported) == (0, 0, 2, True)


def case_angle(server):
    run(server, ["angle.gift"])
    assert sorted(q.stem for q in stored(server)) == sorted(["根据<<宪法>>规定，公民有受教育的权利。",
                                                             "若a<b且b>c，则下列正确的是（ ）。"])


def case_utf8_onebad(server):
    done = run(server, ["utf8-onebad.gift"])
    [problem] = done.problems
    assert (problem.row, problem.unit) == (5, "line") and "0xA9" in problem.message and "UTF-8" in problem.message
    refused(done, server)


def case_utf16(server):
    run(server, ["utf16.gift"])
    questions = stored(server)
    assert len(questions) == 2 and {q.category for q in questions} == {"宪法/总则"}
    assert "中华人民共和国的国旗是五星红旗。" in {q.stem for q in questions}


def case_moodle_gbk(server):
    run(server, ["moodle-gbk.xml"])
    assert [(q.type, q.stem, q.answer) for q in stored(server)] == [(QuestionType.TRUE_FALSE, "宪法是根本法。", ("T",))]


def case_samestem(server):
    run(server, ["samestem.xlsx"])
    assert [q.stem for q in stored(server)] == ["下列说法正确的是（ ）。"] * 2


def case_samestem_twice(server):
    run(server, ["samestem1.xlsx"])
    first = stored(server)
    second = run(server, ["samestem2.xlsx"])
    assert (second.added, second.changed) == (1, 0)
    assert "both kept" in texts(second.same_stem)[0]
    now = stored(server)
    assert len(now) == 2 and first[0] in now
    assert sorted(q.answer[0] for q in now) == ["A", "C"]


def case_multi_sheet(server):
    done = run(server, ["multi-sheet.xlsx"])
    assert len(stored(server)) == 3
    assert texts(done.notes) == ["multi-sheet.xlsx, sheet 单选题: read: 1 question(s)",
                                 "multi-sheet.xlsx, sheet 判断题: read: 2 question(s)"]


def case_moodle_sa(server):
    run(server, ["moodle-sa.gift"])
    questions = stored(server)
    assert {q.type for q in questions} == {QuestionType.FILL_IN}
    assert sorted(q.answer for q in questions) == [("六十",), ("六十|60",)]


def case_difficulty_words(server):
    run(server, ["difficulty-words.xlsx"])
    assert sorted((q.stem[:6], q.difficulty) for q in stored(server)) == [("难度写成中难", 3), ("难度写成低难", 1)]


def case_mixed_valid(server):
    strict = run(server, ["mixed-valid.xlsx"])
    assert not strict.imported and stored(server) == []
    done = run(server, ["mixed-valid.xlsx"], accept_valid=True)
    assert done.imported and [q.stem for q in stored(server)] == ["唯一合格的一行？"]
    assert texts(done.problems) == ["mixed-valid.xlsx, row 3, column 答案: answer D is not an option"]


def case_points2(server):
    run(server, ["points2.xlsx"])
    assert sorted(q.points for q in stored(server)) == [5, 20]


def case_cats(server):
    run(server, ["cats.gift"])
    questions = stored(server)
    assert sorted(q.category for q in questions) == ["宪法/总则", "民法典/总则"]
    [found] = section_candidates(questions, Blueprint((Section(QuestionType.TRUE_FALSE, 1, 1, "宪法"),)))
    assert [q.category for q in found] == ["宪法/总则"]


def case_img(server):
    assert "line 1" in refused(run(server, ["img.gift"]), server)
    assert "sign.png" in refused(run(server, ["img.gift"]), server)


def case_fill_mismatch(server):
    assert refused(run(server, ["fill-mismatch.xlsx"]), server).splitlines() == [
        "fill-mismatch.xlsx, row 2, column 答案: answer gives 1 blank(s) but the stem has 2 (separate the blanks' "
        "answers with ；, alternatives for one blank with |)",
        "fill-mismatch.xlsx, row 3, column 题干: stem has no blank (____ or （ ）) for the fill-in answer to go in"]


def case_empty(server):
    assert refused(run(server, ["empty.gift"]), server) == "empty.gift: the file holds no questions"


def case_j_stem_null(server):
    assert refused(run(server, ["j-stem-null.json"]), server) == \
        "j-stem-null.json, item 1, column stem: has no stem (null or missing)"


def case_j_opts_num(server):
    assert refused(run(server, ["j-opts-num.json"]), server) == \
        'j-opts-num.json, item 1, column options: options must be a list of texts (or an object {"A": "…"}), not a number'


def case_tf_options(server):
    run(server, ["tf-options.xlsx"])
    got = sorted((q.stem[:4], q.type.value, q.answer) for q in stored(server))
    assert got == [("下列哪一", "single", ("C",)), ("宪法是国", "true_false", ("T",)),
                   ("行政机关", "true_false", ("F",))]


def case_glued_options(server):
    run(server, ["glued-options.xlsx"])
    by = {q.stem: [o.text for o in q.options] for q in stored(server)}
    assert by == {"依法行政的首要要求是（ ）。": ["合法行政", "合理行政", "程序正当", "高效便民"],
                  "下列属于行政处罚种类的有（ ）。": ["警告", "罚款", "没收违法所得", "行政拘留"],
                  "题干中写着A.与B.的情形（ ）。": ["甲", "乙", "丙"]}


CHECKS = {name.removeprefix("case_"): check for name, check in dict(globals()).items() if name.startswith("case_")}


def test_every_case_file_has_a_check():
    """A file added to the cases folder without an expected outcome fails here."""
    named = {f.name for f in CASES.iterdir() if f.name != "README.md"}
    covered = {"xianfa.xlsx", "minfa.xlsx", "samestem1.xlsx", "samestem2.xlsx"} | {
        n for n in named if n.rsplit(".", 1)[0].replace("-", "_") in CHECKS}
    assert named == covered


@pytest.mark.parametrize("case", sorted(CHECKS))
def test_case(case, server):
    CHECKS[case](server)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_pictures_are_capped_for_the_whole_import_not_file_by_file(server, monkeypatch):
    """Two files each under the per-file cap still make one import over it: nothing stored (found by an
    outside tester: more files just added up)."""
    from dataclasses import replace

    from examcore.banks import common
    from examcore.questions import Picture
    from sync_server.exams import question_bank
    from tests.factories import FIGURE_PNG as png
    monkeypatch.setattr(common, "MAX_PICTURE_BYTES_PER_FILE", 100)
    monkeypatch.setattr(question_bank, "MAX_PICTURE_BYTES_PER_FILE", 100)
    from examcore.banks.common import ImportReport
    from tests.factories import make_pool
    pool = make_pool(2)
    reports = [ImportReport(f"{n}.json", questions=[replace(q, pictures=(Picture(png),))]) for n, q in enumerate(pool[:2])]
    with server.sessions.begin() as s:
        done = import_questions(s, reports, "图", "test", utc_naive(server.clock.now()), accept_valid=True)
    assert not done.imported and "come to more than 0 MB" in str(done.problems[0]) and stored(server, "图") == []

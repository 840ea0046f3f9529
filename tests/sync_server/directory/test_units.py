"""The units tree keeps its shape (issue 20): a level stands below its parent's, and a new code that people
would read as an existing one (full-width, or only upper/lower case apart) is refused, so one unit is never
split in two. A tree handed down by the upstream is taken as it is."""
from __future__ import annotations

import pytest

from examcore.cli_text import said
from examcore.clock import utc_naive
from sync_server.directory.service import DirectoryError, apply_unit, put_unit
from sync_server.models import Unit


def _put(server, *args) -> str:
    """"" when saved, else the refusal's code and English words."""
    try:
        with server.sessions.begin() as s:
            put_unit(s, *args, utc_naive(server.clock.now()))
    except DirectoryError as exc:
        return f"{exc.code}: {exc.detail}"
    return ""


def test_levels_stand_below_their_parents_and_codes_are_not_look_alikes(server):
    assert _put(server, "P", "示范省", "province", None) == ""
    assert _put(server, "C1", "甲市", "city", "P") == ""
    assert _put(server, "A", "甲局", "unit", "C1") == ""
    assert _put(server, "A1", "甲局办公室", "unit", "A") == ""      # a unit holds its departments
    assert _put(server, "D1", "甲区", "district", "C1") == ""
    for args, says in (
            (("P2", "某省", "province", "C1"), "bad_place: a province cannot stand under C1, which is a city"),
            (("C2", "乙市", "city", "A"), "bad_place: a city cannot stand under A, which is a unit"),
            (("C3", "丙市", "city", "C1"), "bad_place: a city cannot stand under C1, which is a city"),
            (("C1", "甲市", "district", "P"), "bad_place: C1 holds D1, which is a district: it cannot be a district"),
            (("A", "甲局", "city", "C1"), "bad_place: a city cannot stand under C1"),
            (("c1", "某市", "city", "P"), "lookalike_code: the unit code c1 differs from the existing unit C1 only"),
            (("Ｃ２", "乙市", "city", "P"), "lookalike_code: the unit code Ｃ２ has full-width characters: type it as C2"),
            (("Al", "乙局", "unit", "C1"), "lookalike_code: the unit code Al looks like the existing unit A1 (I, l"),
            (("CI", "某市", "city", "P"), "lookalike_code: the unit code CI looks like the existing unit C1")):
        assert _put(server, *args).startswith(says), args
    assert _put(server, "C1", "甲市（更名）", "city", "P") == ""   # the unit itself, renamed: not a look-alike
    with server.sessions() as s:
        assert {u.unit_id for u in s.query(Unit)} == {"P", "C1", "A", "A1", "D1"}
        assert s.get(Unit, "C1").name == "甲市（更名）"
    with server.sessions.begin() as s:   # what the upstream made stands here as it is (its own tier checked it)
        apply_unit(s, {"unit_id": "c1", "parent_id": "A", "name": "上级下发", "level": "city"},
                   utc_naive(server.clock.now()))
    with server.sessions() as s:
        assert s.get(Unit, "c1").parent_id == "A"


def test_a_refusal_names_the_levels_in_the_readers_language(monkeypatch):
    from examcore.cli_text import Words
    from sync_server.directory.service import LEVEL_WORDS
    refusal = Words("a {level} cannot stand under {parent_id}, which is a {parent_level}: give its right --level, "
                    "or a --parent of a higher level", level=LEVEL_WORDS["province"], parent_id="C1",
                    parent_level=LEVEL_WORDS["city"])
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    assert said(refusal) == "C1 是市，其下不能设省：请给出正确的 --level，或选择更高层级的 --parent"
    monkeypatch.setenv("XUEFA_LANG", "en")
    assert said(refusal) == str(refusal)


@pytest.mark.parametrize("typed", ["Ｃ１", " C1 "])
def test_the_command_line_reads_a_full_width_code_as_the_plain_one(typed):
    from sync_server.cli_common import Code
    assert Code().convert(typed, None, None) == "C1"


def test_a_new_learner_number_with_full_width_digits_or_spaces_is_refused_in_words(server):
    """Through the API or a roster file (the command line reads 全角 as plain): a number that reads like
    another would make a second learner nobody could tell apart."""
    from sync_server.directory.service import LearnerFields, put_learner
    assert _put(server, "U1", "甲单位", "unit", None) == ""
    for number, plain in (("１１０１", "1101"), ("110 1", "1101")):
        with pytest.raises(DirectoryError) as refused, server.sessions.begin() as s:
            put_learner(s, number, LearnerFields("张三", "U1"), utc_naive(server.clock.now()))
        assert refused.value.code == "lookalike_number" and f"type it as {plain}" in refused.value.detail
    with pytest.raises(DirectoryError) as phone, server.sessions.begin() as s:
        put_learner(s, "1101", LearnerFields("张三", "U1", phone="call me"), utc_naive(server.clock.now()))
    assert phone.value.code == "bad_phone"
    with server.sessions.begin() as s:   # as people write a number, extension and all
        put_learner(s, "1101", LearnerFields("张三", "U1", phone="0571-8888 8888 转 12"), utc_naive(server.clock.now()))

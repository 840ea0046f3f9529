"""Fuzzed bank files never give a traceback: every reader returns a report, and a file refused as a whole
holds no question (nothing of it could be stored)."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examcore.banks import READER_FAILED, read_bank

GIFT_BITS = st.sampled_from(["{", "}", "=", "~", "#", "->", "%50%", "%100%", "::", "\\", "[html]", "<p>", "<img src=x>",
                             "$CATEGORY: a/b", "\n", "\n\n", "T", "FALSE", "宪法", "（ ）", "____", "//", "\r\n", "\x85",
                             "\u2028", "&lt;", "<<", ">>"])
XML_BITS = st.sampled_from(['<?xml version="1.0" encoding="GBK"?>', "<quiz>", "</quiz>", '<question type="truefalse">',
                            '<question type="multichoice">', '<question type="category">', "</question>",
                            '<questiontext format="html">', "</questiontext>", "<text>", "</text>",
                            '<answer fraction="100">', '<answer fraction="x">', "</answer>", "<single>false</single>",
                            "<![CDATA[<p>a<b</p>]]>", "<!DOCTYPE quiz>", "&amp;", "宪法", "true", "<category>",
                            "</category>", "<file name='a.png'/>"])


def _check(report) -> None:
    assert isinstance(report.problems, list)
    assert not any(READER_FAILED in str(p) for p in report.problems), report.problems   # no reader fault
    if report.refused:
        assert report.questions == []
    assert len(report.rows) == len(report.questions)
    for p in report.problems + report.skipped + report.notes:
        assert str(p).startswith(report.file)


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.lists(GIFT_BITS, max_size=40), st.sampled_from(["utf-8", "utf-16", "gb18030", "utf-8-sig"]))
def test_gift_text(tmp_path, bits, encoding):
    path = tmp_path / "f.gift"
    path.write_bytes("".join(bits).encode(encoding, errors="replace"))
    _check(read_bank(path, "b"))


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from([".gift", ".json", ".xml", ".zip", ".xlsx", ".txt", ".docx"]))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    _check(read_bank(path, "b"))


OFFICE_BITS = st.sampled_from(["一、单项选择题", "三、判断题", "参考答案", "1.", "2、", "（3）", "A.", "B、", "Ｃ．", "答案：",
                                "解析：", "A", "AB", "√", "（ A ）", "____", "宪法", "\n", "\n", "十一、", "1.A 2.B"])


@SETTINGS
@given(st.lists(OFFICE_BITS, max_size=40))
def test_office_text(tmp_path, bits):
    path = tmp_path / "f.txt"
    path.write_text("".join(bits), encoding="utf-8")
    _check(read_bank(path, "b"))


@SETTINGS
@given(st.lists(XML_BITS, max_size=30))
def test_moodle_xml(tmp_path, bits):
    path = tmp_path / "f.xml"
    path.write_bytes("".join(bits).encode("gb18030"))
    _check(read_bank(path, "b"))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-3, 10) | st.sampled_from(["", "单选", "判断", "A", "对",
                                                                                          "题（ ）", "甲"]),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                               st.sampled_from(["type", "stem", "options", "answer", "id", "difficulty", "points",
                                                "tags", "category", "fixed_options", "A", "key", "text"]),
                               inner, max_size=6), max_leaves=20)


@SETTINGS
@given(st.lists(JSON_VALUES, max_size=5))
def test_json_shapes(tmp_path, items):
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"bank": "b", "questions": items}, ensure_ascii=False), encoding="utf-8")
    _check(read_bank(path, "b"))


def test_a_readers_own_fault_refuses_that_file_and_is_logged(tmp_path, monkeypatch, caplog):
    """The last guard of read_bank's promise (never raises for a file): a reader's unexpected exception
    refuses that file with words and goes to the log, and the other files of the same command still read."""
    import examcore.banks.json_bank as json_bank

    def broken(*_args):
        raise KeyError("a reader's own fault")
    monkeypatch.setattr(json_bank, "read_json_bank", broken)
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"bank": "b", "questions": []}), encoding="utf-8")
    report = read_bank(path, "b")
    assert report.refused and report.questions == [] and READER_FAILED in str(report.problems[0])
    assert "reading f.json failed" in caplog.text

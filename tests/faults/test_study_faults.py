"""Damaged study content on the station: a course whose stored bytes changed is refused on every
opening, the other courses stay usable, and the learner is told which one to import again."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import update

from desktop.store.models import CourseRow
from desktop.ui.learner.study_page import StudyPage
from examcore.errors import PackageError
from desktop.services.login_types import LearnerInfo
from tests.conftest import LEARNER


def _flip(station, course_id: str, offset: int) -> bytes:
    with station.sessions() as s:
        original = s.get(CourseRow, course_id).data
    damaged = bytearray(original)
    damaged[offset] ^= 1 << random.Random(offset).randrange(8)
    with station.sessions.begin() as s:
        s.execute(update(CourseRow).where(CourseRow.course_id == course_id).values(data=bytes(damaged)))
    return original


def test_every_flipped_bit_in_a_stored_course_is_caught(study_station):
    rng = random.Random(7)
    with study_station.sessions() as s:
        size = len(s.get(CourseRow, "cases-2026").data)
    for offset in sorted(rng.sample(range(size), 30)):
        original = _flip(study_station, "cases-2026", offset)
        with pytest.raises(PackageError) as err:
            study_station.study.open_course("cases-2026")
        assert err.value.code in ("bad_signature", "not_a_package", "truncated"), offset
        with study_station.sessions.begin() as s:
            s.execute(update(CourseRow).where(CourseRow.course_id == "cases-2026").values(data=original))
    assert study_station.study.open_course("cases-2026").title


def test_the_study_page_names_the_damaged_course_and_keeps_the_others(qtbot, study_station):
    _flip(study_station, "cases-2026", 200)
    page = StudyPage(study_station.study, study_station.clock, LearnerInfo(LEARNER[0], "李四", "市司法局", True),
                     lambda *_: False)
    qtbot.addWidget(page)
    titles = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert titles == ["2026年度必修读本（演示）", "其他法律法规导读（演示）"]
    assert "热点事件与以案释法（演示）" in page.message_label.text()
    assert "Import them again" in page.message_label.text()

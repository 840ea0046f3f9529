"""Builders for banks and exams used across the suite (real objects, small sizes)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from examcore.blueprint import GENERAL, LEADER, Blueprint, Section
from examcore.exam import ExamDefinition
from examcore.questions import FALSE, TRUE, Option, Question, QuestionType

CST = timezone(timedelta(hours=8))


def make_pool(per_type: int = 20, categories: tuple[str, ...] = ("宪法", "行政法")) -> list[Question]:
    pool: list[Question] = []
    for n in range(per_type):
        cat = categories[n % len(categories)]
        opts = tuple(Option(k, f"选项{k}{n}") for k in "ABCD")
        pool.append(Question(f"s{n}", QuestionType.SINGLE, f"单选题{n}", opts, ("B",), cat))
        pool.append(Question(f"m{n}", QuestionType.MULTIPLE, f"多选题{n}",
                             opts + (Option("E", "以上都对", fixed=True),), ("A", "C"), cat))
        pool.append(Question(f"t{n}", QuestionType.TRUE_FALSE, f"判断题{n}", (), (TRUE if n % 2 else FALSE,), cat))
        pool.append(Question(f"f{n}", QuestionType.FILL_IN, f"填空题{n}：____", (), ("宪法|中华人民共和国宪法",), cat))
        pool.append(Question(f"a{n}", QuestionType.SHORT_ANSWER, f"简答题{n}", (), ("参考答案",), cat))
    return pool


def make_exam(sections: tuple[Section, ...] | None = None, *, pass_mark: int = 6, minutes: int = 30,
              start: datetime | None = None, days: int = 30, leader: tuple[Section, ...] | None = None,
              **kw) -> ExamDefinition:
    sections = sections or (Section(QuestionType.SINGLE, 3, 2), Section(QuestionType.MULTIPLE, 2, 2),
                            Section(QuestionType.TRUE_FALSE, 2, 1), Section(QuestionType.FILL_IN, 1, 2),
                            Section(QuestionType.SHORT_ANSWER, 1, 2))
    start = start or datetime.now(CST) - timedelta(days=1)
    bps = {GENERAL: Blueprint(sections)}
    if leader:
        bps[LEADER] = Blueprint(leader)
    return ExamDefinition("exam-2026", "2026年度学法考试", minutes, pass_mark, start,
                          start + timedelta(days=days), bps, **kw)


class FakeClock:
    """A clock tests move by hand: monotonic and wall time separately, as a real PC's can diverge."""

    def __init__(self, now: datetime | None = None):
        self.mono = 1_000_000
        self.wall = now or datetime.now(CST)

    def monotonic_ms(self) -> int:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, ms: int) -> None:
        self.mono += ms
        self.wall += timedelta(milliseconds=ms)


def make_study_plan(**kw):
    """The 100-point plan by category that the seed notices describe (profile 5, reader 60, cases 15,
    other laws 20), deadline the day before a sitting on 2026-10-01."""
    from examcore.study.plan import Category, StudyPlan
    fields = dict(
        plan_id="plan-2026", year=2026, title="2026年度学法计划",
        categories=(Category("profile", "个人资料", 5), Category("reader", "必修读本", 60),
                    Category("cases", "热点事件·以案释法", 15), Category("laws", "其他法律法规", 20)),
        threshold=100, deadline=datetime(2026, 9, 30, 0, 0, tzinfo=CST),
        reading_minutes_per_credit=10, reading_points_per_credit=1, profile_points=5)
    fields.update(kw)
    return StudyPlan(**fields)


def figure_png(width: int = 16, height: int = 12, colour: str = "navy") -> bytes:
    """A small real PNG a question may show (the readers refuse pictures under 4 pixels a side)."""
    import io

    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


FIGURE_PNG = figure_png()

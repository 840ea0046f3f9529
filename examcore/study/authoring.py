"""Courses from their source form: a JSON file of courses whose chapter quizzes use the JSON bank form,
and pictures in a folder beside it (resources/demo/study is an example)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from examcore.banks.json_bank import parse_json_questions
from examcore.study.course import Chapter, Course

_IMG = re.compile(r'<img\s+src="img/([^"]+)"')


def load_course_sources(path: Path) -> list[Course]:
    """Raises ValueError naming the course and chapter, or BankImportError for a quiz question."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    courses = []
    for c in data["courses"]:
        chapters, images = [], {}
        for ch in c["chapters"]:
            quiz = parse_json_questions(f"{c['course_id']}/{ch['chapter_id']}", ch.get("quiz", []), path.name)
            for name in _IMG.findall(ch["html"]):
                picture = path.parent / "img" / name
                if not picture.is_file():
                    raise ValueError(f"course {c['course_id']} chapter {ch['chapter_id']}: picture {name} is missing")
                images[name] = picture.read_bytes()
            chapters.append(Chapter(str(ch["chapter_id"]), str(ch["title"]), str(ch["html"]), tuple(quiz.questions)))
        course = Course(str(c["course_id"]), int(c["revision"]), str(c["title"]), str(c["category_id"]),
                        int(c["year"]), tuple(chapters), images)
        problems = course.problems()
        if problems:
            raise ValueError(f"course {course.course_id}: " + "; ".join(problems))
        courses.append(course)
    return courses

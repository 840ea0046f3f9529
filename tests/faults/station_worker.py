"""A station process for the kill tests: reopens the running exam and answers through the real window.

Prints ``SAVED <json>`` only after the window shows an answer as saved, with the remaining time then.
Runs until it is killed.
"""
from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.controller import StationController  # noqa: E402
from desktop.station import Station  # noqa: E402
from examcore.questions import QuestionType  # noqa: E402


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    app = QApplication(sys.argv[:1])
    station = Station.open(data_dir)
    controller = StationController(station)
    controller.start()  # an exam in progress opens straight away
    window = controller.exam
    assert window is not None, "no exam in progress"
    items = window.attempt.paper.items
    print("READY", flush=True)

    def announce(qid: str, intended: list[str]) -> None:
        """Said before the click: the station may be killed after saving and before saying SAVED."""
        print("TRY " + json.dumps({"q": qid, "r": intended}, ensure_ascii=False), flush=True)

    def answer_one() -> None:
        index = rng.randrange(len(items))
        window.go_to(index)
        q = window.attempt.unlocked.content.questions[items[index].question_id]
        view = window.question_view
        if view.option_buttons:
            candidates = [b for b in view.option_buttons if not b.isChecked()] or view.option_buttons
            button = rng.choice(candidates)
            key = str(button.property("key"))
            if q.type is QuestionType.MULTIPLE:
                intended = sorted(set(view.current_response()) ^ {key})
            else:
                intended = [key]
            announce(q.id, intended)
            button.click()
        elif view.text_edits:
            text = f"答案{rng.randrange(1000)}"
            announce(q.id, [text])
            view.text_edits[0].setText(text)
            view.text_edits[0].textEdited.emit(text)
            view.flush()
        elif view.essay_edit is not None:
            text = f"简答{rng.randrange(1000)}"
            announce(q.id, [text])
            view.essay_edit.setPlainText(text)
            view.flush()
        if window.save_label.objectName() == "saved" and q.id in window.attempt.responses:
            print("SAVED " + json.dumps({"q": q.id, "r": list(window.attempt.responses[q.id]),
                                         "remaining_ms": window.attempt.remaining_ms(),
                                         "at_ms": time.monotonic_ns() // 1_000_000}, ensure_ascii=False),
                  flush=True)
        QTimer.singleShot(rng.randrange(5, 60), answer_one)

    QTimer.singleShot(0, answer_one)
    app.exec()


if __name__ == "__main__":
    main()

"""Subprocess probes for the benchmarks that must start a fresh process.

    python -m bench.probe bare-window         a bare PySide6 window: prints SHOWN when it is on screen
    python -m bench.probe station DIR         the station's login window, started as `xuefa` does
                                              (SHOWN at the window, READY <ms> when services are up)
    python -m bench.probe bare-rss            RSS of a bare PySide6 window, in MB
    python -m bench.probe exam-rss DIR        RSS during an exam on DIR's package after answering it, in MB
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel
    if mode in ("bare-window", "bare-rss"):
        app = QApplication(sys.argv[:1])
        w = QLabel("hello")
        w.show()
    elif mode == "station":  # exactly what `xuefa` does: login window first, the station right behind it
        from desktop.app import install_translations
        from desktop.startup import Startup
        app = QApplication(sys.argv[:1])
        install_translations(app, "zh_CN")
        startup = Startup(Path(sys.argv[2]))
        started = time.perf_counter()
        startup.ready.connect(lambda _c: print(f"READY {(time.perf_counter() - started) * 1000:.1f}", flush=True))
        startup.start()
        w = startup.shell.main
    else:
        from desktop.app import install_translations
        from desktop.controller import StationController
        from desktop.station import Station
        app = QApplication(sys.argv[:1])
        install_translations(app, "zh_CN")
        station = Station.open(Path(sys.argv[2]))
        controller = StationController(station)
        controller.start()
        w = controller.main
        if mode == "exam-rss":
            from bench.fixtures import LEARNER, START_CODE
            learner = station.accounts.login(*LEARNER).learner
            pkg = station.library.listings(LEARNER[0])[0].package_id
            controller.open_exam(station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE)))
            exam = controller.exam
            for n in range(len(exam.attempt.paper.items)):
                exam.go_to(n)
                exam.question_view.option_buttons[0].click()
                app.processEvents()

    def report() -> None:
        if mode.endswith("rss"):
            import psutil
            print(f"RSS {psutil.Process().memory_info().rss / 2**20:.1f}", flush=True)
            os._exit(0)
        print("SHOWN", flush=True)
        if mode != "station":
            os._exit(0)  # measure start-up, not tear-down
    QTimer.singleShot(0, report)
    if mode == "station":  # also wait for the services to be ready, then leave
        startup.ready.connect(lambda _c: QTimer.singleShot(0, lambda: os._exit(0)))
    app.exec()


if __name__ == "__main__":
    main()

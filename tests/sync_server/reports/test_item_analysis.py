"""Item analysis finds the bad question: six strong and four weak candidates sit a paper of all ten
questions; on one question the weak ones do better (a wrong key, say). Figures worked out by hand."""
from __future__ import annotations

import random

from examcore.blueprint import Section
from examcore.questions import QuestionType
from sync_server.devices import approve_device, request_enrolment
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.reports.item_analysis import item_analysis
from tests.conftest import LEARNER, ready_station, write_package
from tests.server_fixtures import make_envelopes, trust
from tests.server_cli import server_cli



def test_facility_discrimination_and_option_counts(server, server_config, issuer, roster_file, clock, tmp_path):
    package = write_package(tmp_path / "all-ten.xfp", issuer, recipients=[server.keys.recipient()],
                            sections=(Section(QuestionType.SINGLE, 10, 1),), pass_mark=6)
    trust(server, issuer)
    import_package(server, package.read_bytes())
    station = ready_station(tmp_path / "station", clock, issuer, roster_file, package)
    request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
    approve_device(server, station.keys.device_id)

    def choose(n: int, q):
        strong = n < 6
        wrong = next(o.key for o in q.options if o.key not in q.answer)
        if q.id == "s0":  # the suspicious question: only the weak get it "right"
            return [q.answer[0]] if not strong else [wrong]
        if n == 9 and q.id == "s1":
            return None  # one weak candidate leaves a question out
        return list(q.answer) if strong else [wrong]
    envelopes = make_envelopes(station, 10, random.Random(5), learner_no=LEARNER[0], choose=choose)
    station.close()
    assert all(o.status.value == "stored" for o in Ingest(server).ingest_many([e.to_bytes() for e in envelopes],
                                                                              "http"))
    stats = {i.question_id: i for i in item_analysis(server, "exam-2026")}
    assert len(stats) == 10 and all(i.shown == 10 for i in stats.values())
    bad = item_analysis(server, "exam-2026")[0]  # listed first: the lowest discrimination
    assert (bad.question_id, bad.facility, bad.discrimination) == ("s0", 0.4, -1.0)
    assert sum(bad.chosen.values()) == 10 and bad.chosen[bad.answer] == 4
    good = stats["s5"]
    assert (good.facility, good.discrimination, good.unanswered) == (0.6, 1.0, 0)
    assert stats["s1"].unanswered == 1 and sum(stats["s1"].chosen.values()) == 9

    done = server_cli(server_config.instance_dir, "item-analysis", "exam-2026")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[1].split("\t")
    assert first[:4] == ["s0", "10", "0.4", "-1.0"] and "check the key" in first[-1]

"""The `xuefa` station commands, run as processes the way exam-centre IT runs them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.station import Station
from examcore.bundle import export_bundle, read_bundle
from examcore.crypto.keys import SigningKey
from examcore.keyfiles import public_key_file_text
from examcore.sealed import open_envelope
from tests.conftest import LEARNER, PROCTOR_PASSWORD, START_CODE, proctor_key_of

ROOT = Path(__file__).resolve().parents[2]


def xuefa(data_dir: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.app", "--data-dir", str(data_dir), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_set_up_a_station_from_files_then_export_its_results(tmp_path, issuer, centre_key, package_file,
                                                           roster_file):
    data = tmp_path / "station"
    pub = tmp_path / "issuer.key.pub"
    pub.write_text(public_key_file_text(issuer, "省普法办"), encoding="utf-8")
    # a mistyped folder: the commands that read a station refuse it and make nothing there
    typo = tmp_path / "staton"
    for args in (("export-results", tmp_path / "r.xfb"), ("status",), ("sync",), ("import-receipts", pub)):
        r = xuefa(typo, *args)
        assert r.returncode == 1 and f"there is no station in {typo}" in r.stderr, (args, r.stderr)
    # a command that sets a station up does so only in a folder that exists: a typo takes nothing away
    for args in (("import-roster", roster_file), ("trust-issuer", pub), ("enrol", "http://127.0.0.1:9", "--code", "X")):
        r = xuefa(typo, *args)
        assert r.returncode == 1 and f"there is no folder {typo}: check --data-dir" in r.stderr, (args, r.stderr)
    assert not typo.exists() and not (tmp_path / "r.xfb").exists()
    data.mkdir()
    r = xuefa(data, "import-package", package_file)
    assert r.returncode != 0 and "issuer of this file is not trusted" in r.stderr  # not trusted yet: said why
    assert f"nothing was kept in {data}" in r.stderr   # refused: the new station is gone again
    assert "a new one is set up" not in r.stderr   # never "set up", then "nothing kept" (issue 20)
    assert "a new one is set up" in xuefa(data, "trust-issuer", pub).stderr
    assert "a new one is set up" not in xuefa(data, "trust-issuer", pub).stderr   # once
    assert xuefa(data, "trust-issuer", pub).stdout.startswith("trusted: 省普法办")   # again: same answer
    assert "2 learner(s) imported" in xuefa(data, "import-roster", roster_file).stdout
    assert xuefa(data, "import-package", package_file).stdout.startswith("imported: 2026年度学法考试")
    assert xuefa(data, "import-package", package_file).stdout.startswith("already present")

    station = Station.open(data)
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    receipt = station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE)).submit()
    station.close()

    stick = tmp_path / "usb" / "results.xfb"
    stick.parent.mkdir()
    r = xuefa(data, "export-results", stick)
    assert r.returncode == 0 and r.stdout.startswith("1 result(s) and 0 study record(s) written")
    bundle = read_bundle(stick.read_bytes())
    assert [e.result_id for e in bundle.envelopes] == [receipt.result_id]
    assert open_envelope(bundle.envelopes[0], centre_key).attempt_id
    assert xuefa(data, "export-results", stick).returncode == 0   # its own earlier bundle: replaced by the new one

    # the stick holds another station's bundle, or some other file of that name: never replaced
    theirs = tmp_path / "usb" / "theirs.xfb"
    export_bundle(theirs, [], SigningKey.generate(), "other-station-7")
    before = theirs.read_bytes()
    r = xuefa(data, "export-results", theirs)
    assert r.returncode == 1 and "holds the results of another station (other-station-7)" in r.stderr, r.stderr
    assert theirs.read_bytes() == before
    notes = tmp_path / "usb" / "notes.xfb"
    notes.write_text("考场记录", encoding="utf-8")
    r = xuefa(data, "export-results", notes)
    assert r.returncode == 1 and "is already there and is not a results file" in r.stderr
    assert notes.read_text(encoding="utf-8") == "考场记录"

    # a station with nothing to deliver writes no file (an empty one could replace a full one)
    empty = tmp_path / "empty-station"
    empty.mkdir()
    assert xuefa(empty, "trust-issuer", pub).returncode == 0
    r = xuefa(empty, "export-results", stick)
    assert r.returncode == 0 and "nothing to export" in r.stdout and read_bundle(stick.read_bytes()).envelopes


def test_station_commands_refuse_bad_files_with_a_reason(tmp_path):
    data = tmp_path / "station"
    data.mkdir()
    junk = tmp_path / "junk.xfp"
    junk.write_bytes(b"not a package")
    r = xuefa(data, "import-package", junk)
    assert r.returncode == 1 and "junk.xfp was not imported: the file is not an exam package" in r.stderr
    r = xuefa(data, "import-roster", junk)
    assert r.returncode == 1 and "was not imported: the file is not a roster file" in r.stderr
    r = xuefa(data, "trust-issuer", junk)
    assert r.returncode == 1 and "not a public key file" in r.stderr
    r = xuefa(data, "export-results", tmp_path / "no-such-folder" / "r.xfb")
    assert r.returncode == 2 and "no-such-folder does not exist: make it first" in r.stderr


def test_study_content_is_signed_with_xuefa_pack_and_imported_with_xuefa(tmp_path):
    demo = ROOT / "resources" / "demo" / "study"
    key = tmp_path / "issuer.key"
    pack = [sys.executable, "-m", "examcore.packtool"]
    subprocess.run([*pack, "new-issuer", key, "--name", "省普法办"], check=True, capture_output=True, cwd=ROOT)
    made = subprocess.run([*pack, "study", "--courses", demo / "courses.json", "--plan", demo / "plan.json",
                           "--practice", demo / "practice.json", "--issuer-key", key, "--out", tmp_path / "out"],
                          capture_output=True, text=True, cwd=ROOT)
    assert made.returncode == 0, made.stderr
    files = sorted((tmp_path / "out").iterdir())
    assert [f.name for f in files] == ["cases-2026.xfc", "demo-plan-2026.xfs", "laws-2026.xfc", "practice.xfs",
                                       "reader-2026.xfc"]
    data = tmp_path / "station"
    data.mkdir()
    refused = xuefa(data, "import-study", files[0])
    assert refused.returncode != 0 and "issuer of this file is not trusted" in refused.stderr
    assert xuefa(data, "trust-issuer", f"{key}.pub").returncode == 0
    done = xuefa(data, "import-study", *files, demo / "laws" / "legal-services.txt")
    assert done.returncode == 0, done.stderr
    assert "plan: 2026年度学法计划（演示）" in done.stdout and "practice: 学法练习演示题库" in done.stdout
    assert "law library: 《示范市公共法律服务条例（演示）》, 10 article(s)" in done.stdout
    notice = tmp_path / "notice.txt"
    notice.write_text("一份通知\n请按时报送。\n", encoding="utf-8")
    bad = xuefa(data, "import-study", notice)
    assert bad.returncode != 0 and "no articles" in bad.stderr
    # said in the reader's language, and short whatever the file holds (issue 20: a 100,000-character line
    # came back as a 300 KB message, and every statute refusal in English inside Chinese output)
    endless = tmp_path / "endless.txt"
    endless.write_text("宪法" * 50_000, encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    for path, words in ((notice, "未找到条文"), (endless, "不是法规名称"), (binary, "不是有效的 UTF-8")):
        zh = subprocess.run([sys.executable, "-m", "desktop.app", "--lang", "zh_CN", "--data-dir", str(data),
                             "import-study", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert zh.returncode != 0 and words in zh.stderr and len(zh.stderr) < 400, zh.stderr[:500]


def test_proctor_code_from_the_package_file_and_proctor_password_never_the_start_code(tmp_path, package_file):
    from examcore.package import parse_package
    from examcore.proctor_codes import RESUME, code_ok
    parsed = parse_package(package_file.read_bytes(), None)
    key = proctor_key_of(parsed.header)
    done = xuefa(tmp_path / "any", "proctor-code", "--package", package_file, "--proctor-password",
                 PROCTOR_PASSWORD, "--challenge", "4k7q-m2xd-8r")
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().rsplit(" ", 1)[1]
    assert done.stdout.startswith("resume code for 4K7Q-M2XD-8R: ") and code_ok(key, RESUME, "4K7QM2XD8R", code)
    for wrong_password in ("AAAA-BBBB-CCCC", START_CODE):   # the start code the room heard makes no code
        wrong = xuefa(tmp_path / "any", "proctor-code", "--package", package_file, "--proctor-password",
                      wrong_password, "--challenge", "4K7Q-M2XD-8R")
        assert wrong.returncode != 0 and "proctor password is not right" in wrong.stderr
    # from a pipe: the password is its line, with no Python warning; a mistyped code is said before it is read
    piped = subprocess.run([sys.executable, "-m", "desktop.app", "proctor-code", "--package", str(package_file),
                            "--challenge", "4K7Q-M2XD-8R"], input=PROCTOR_PASSWORD + "\n", cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0 and "Warning" not in piped.stderr and code_ok(
        key, RESUME, "4K7QM2XD8R", piped.stdout.strip().rsplit(" ", 1)[1]), piped.stderr
    typo = subprocess.run([sys.executable, "-m", "desktop.app", "proctor-code", "--package", str(package_file),
                           "--challenge", "4K7Q-M2XD"], input="", cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert typo.returncode == 1 and "is not a station challenge" in typo.stderr and "password" not in typo.stderr


def test_another_stations_receipt_file_is_said_to_confirm_nothing_here(tmp_path):
    """A receipt file whose receipts name no result of this station (another PC's, picked from the stick):
    said, and the exit status says nothing was done (issue 20, outside helper)."""
    from examcore.crypto.keys import SigningKey
    from examcore.receipt import Receipt, receipt_file_bytes, sign_receipt
    server = SigningKey.generate()
    (tmp_path / "server.pub").write_text(public_key_file_text(server, "示范中心"), encoding="utf-8")
    data = tmp_path / "station"
    data.mkdir()
    assert xuefa(data, "trust-server", tmp_path / "server.pub").returncode == 0
    other = Receipt("r-of-another-pc", "0" * 64, "2026-12-02T09:00:00Z", "s", "80", "passed")
    (tmp_path / "other.receipts.json").write_bytes(receipt_file_bytes([sign_receipt(other, server)]))
    done = xuefa(data, "import-receipts", tmp_path / "other.receipts.json")
    assert done.returncode == 1 and "1 receipt(s) matched no result of this station" in done.stdout
    assert "is it the receipt file of another station's bundle?" in done.stderr
    # signed by a server this station does not trust (a province's, for a centre's bundle) and naming nothing of
    # it: said as that, not "trust that server first" (round 91)
    province = SigningKey.generate()
    (tmp_path / "centre.receipts.json").write_bytes(receipt_file_bytes([sign_receipt(other, province)]))
    foreign = xuefa(data, "import-receipts", tmp_path / "centre.receipts.json")
    assert foreign.returncode == 1 and "names no result of this station" in foreign.stderr, foreign.stderr
    assert "trust-server" not in foreign.stderr


def test_a_time_span_reads_as_people_say_it():
    from datetime import timedelta

    from desktop.cli.common import time_span
    assert time_span(timedelta(days=2, hours=3, minutes=5)) == "2 d 3 h 5 min 0 s"
    assert time_span(timedelta(microseconds=297)) == "0 d 0 h 0 min 0 s"   # not "0:00:00.000297"


def test_enrolling_over_https_without_code_or_fingerprint_says_what_to_give(tmp_path):
    """https://127.0.0.1 without --code or --fingerprint was said as "enrolled before the server used
    encrypted connections" (issue 20, a second outside tester); and nothing is set up by a refused one."""
    done = xuefa(tmp_path / "new", "enrol", "https://127.0.0.1:9", "--name", "x")
    assert done.returncode == 2 and "--fingerprint" in done.stderr and "before the server" not in done.stderr, \
        done.stderr
    assert not (tmp_path / "new").exists()


def test_a_refused_enrolment_leaves_no_new_station_behind(tmp_path, roster_file, issuer):
    """A wrong code (or a server that cannot be reached) set up a station and left it unenrolled in the
    folder (issue 20, a second outside tester): the new one is removed again, said so, its log kept; a
    station that was there before is never touched."""
    folder = tmp_path / "new"
    folder.mkdir()
    issuer_pub = tmp_path / "issuer.key.pub"
    issuer_pub.write_text(public_key_file_text(issuer, "省普法办"), encoding="utf-8")
    for code in ("ABCD-EFGH", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"):   # malformed; a server that does not answer
        done = xuefa(folder, "enrol", "http://127.0.0.1:9", "--code", code)
        assert done.returncode == 1 and f"nothing was kept in {folder}" in done.stderr, done.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["xuefa.log"]
        assert "there is no station" in xuefa(folder, "status").stderr
    refused = xuefa(folder, "import-roster", roster_file)   # no issuer trusted yet: the same for any refusal
    assert refused.returncode == 1 and f"nothing was kept in {folder}" in refused.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["xuefa.log"]
    assert xuefa(folder, "status").returncode == 1
    assert xuefa(folder, "trust-issuer", issuer_pub).returncode == 0   # a station now
    done = xuefa(folder, "enrol", "http://127.0.0.1:9", "--code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert done.returncode == 1 and "nothing was kept" not in done.stderr
    assert "station station-" in xuefa(folder, "status").stdout

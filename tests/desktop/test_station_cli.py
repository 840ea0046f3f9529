"""The `xuefa` station commands, run as processes the way exam-centre IT runs them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.station import Station
from examcore.bundle import read_bundle
from examcore.keyfiles import public_key_file_text
from examcore.sealed import open_envelope
from tests.conftest import LEARNER, START_CODE

ROOT = Path(__file__).resolve().parents[2]


def xuefa(data_dir: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.app", "--data-dir", str(data_dir), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_set_up_a_station_from_files_then_export_its_results(tmp_path, issuer, centre_key, package_file,
                                                           roster_file):
    data = tmp_path / "station"
    pub = tmp_path / "issuer.key.pub"
    pub.write_text(public_key_file_text(issuer, "省普法办"), encoding="utf-8")
    r = xuefa(data, "import-package", package_file)
    assert r.returncode != 0 and "untrusted_issuer" in r.stderr  # not trusted yet: refused, said why
    assert xuefa(data, "trust-issuer", pub).stdout.startswith("trusted: 省普法办")
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
    assert r.returncode == 0 and r.stdout.startswith("1 result(s) written")
    bundle = read_bundle(stick.read_bytes())
    assert [e.result_id for e in bundle.envelopes] == [receipt.result_id]
    assert open_envelope(bundle.envelopes[0], centre_key).attempt_id


def test_station_commands_refuse_bad_files_with_a_reason(tmp_path):
    data = tmp_path / "station"
    junk = tmp_path / "junk.xfp"
    junk.write_bytes(b"not a package")
    r = xuefa(data, "import-package", junk)
    assert r.returncode == 1 and "junk.xfp was not imported (not_a_package)" in r.stderr
    r = xuefa(data, "import-roster", junk)
    assert r.returncode == 1 and "was not imported (not_a_roster)" in r.stderr
    r = xuefa(data, "trust-issuer", junk)
    assert r.returncode == 1 and "cannot read key file" in r.stderr
    r = xuefa(data, "export-results", tmp_path / "no-such-folder" / "r.xfb")
    assert r.returncode == 1 and "nothing was lost" in r.stderr

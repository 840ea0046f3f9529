"""A station refuses an exam package its server could never take the results of (issue 20): enrolled at a
centre, it knows the centre's results key, and a package that does not name it among its recipients is
refused at import, by file, in the window and on the command line, before any learner sits it."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from desktop import app
from desktop.store.models import Package
from examcore.crypto.keys import ResultKey
from examcore.errors import PackageError
from examcore.package import Recipient
from sync_server.devices import create_code
from tests.conftest import write_package

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the station's own rule


def _packages(station) -> int:
    with station.sessions() as s:
        return s.scalar(select(func.count()).select_from(Package))


@SQLITE
def test_a_package_for_another_centre_is_refused_once_the_station_knows_its_own(
        server, live_server, station_for_server, issuer, tmp_path):
    other = write_package(tmp_path / "other.xfp", issuer, recipients=[Recipient("另一考试中心", ResultKey.generate()
                                                                                .public_raw())])
    both = write_package(tmp_path / "both.xfp", issuer,
                         recipients=[Recipient("省", ResultKey.generate().public_raw()), server.keys.recipient()])
    before = _packages(station_for_server)
    station_for_server.enrolment.enrol(live_server, "01号机", create_code(server))
    with pytest.raises(PackageError) as refused:
        station_for_server.library.import_file(other)
    assert refused.value.code == "not_for_this_centre"
    assert _packages(station_for_server) == before   # nothing stored
    _header, new = station_for_server.library.import_file(both)
    assert new and _packages(station_for_server) == before + 1

    station_for_server.close()   # the command line opens the data folder itself
    result = CliRunner().invoke(app.main, ["--data-dir", str(station_for_server.data_dir), "import-package",
                                           str(other)], env={"XUEFA_LANG": "zh_CN"})
    assert result.exit_code != 0
    assert "不是为本考试机所属的考试中心" in result.output and "Traceback" not in result.output, result.output


def test_a_station_not_enrolled_anywhere_imports_any_trusted_package(station, issuer, tmp_path):
    other = write_package(tmp_path / "other.xfp", issuer, recipients=[Recipient("某考试中心", ResultKey.generate()
                                                                                .public_raw())])
    _header, new = station.library.import_file(other)
    assert new   # a USB-only station: whichever centre imports its result file decides

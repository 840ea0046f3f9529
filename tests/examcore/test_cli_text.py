"""The command lines speak the user's language (issue 20): every help text and message has a finished
Simplified Chinese translation (click's own words too), every command's --help shows it, and each refusal a user can meet reads as
a plain Chinese sentence with what to do, never as library text."""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from examcore import cli_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))
import cli_strings  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
LIBRARY_TEXT = ("Traceback", "codec", "(char ", "Errno", "HTTPConnectionPool", "Expecting value", "BadZipFile",
                "Max retries", "JSONDecodeError")


def test_every_cli_string_has_a_finished_chinese_translation():
    missing, unfinished = cli_strings.problems()
    assert missing == [], "run `make translations-update` and translate the new entries"
    assert unfinished == []


def test_every_commands_help_shows_in_chinese(monkeypatch):
    """Each command of xuefa, xuefa-server and xuefa-pack, --help in Chinese: its own text and every option
    that has help."""
    from demo_centre.__main__ import main as demo
    from desktop.app import main as station
    from examcore.packtool import main as pack
    from sync_server.cli import main as server
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    shown = 0
    for tree in (station, server, pack, demo):   # `make demo` too (an outside tester met its English help)
        chinese = cli_text.localize(copy.deepcopy(tree))
        for path, command in cli_text.commands(chinese):
            out = CliRunner().invoke(chinese, [*path.split(), "--help"], env={"XUEFA_LANG": "zh_CN"})
            assert out.exit_code == 0, (path, out.output)
            assert out.output.startswith("用法：") and "显示本帮助并退出。" in out.output, (path, out.output)
            assert not re.search(r"\b(TEXT|INTEGER|FLOAT|BOOLEAN|FILENAME)\b", out.output), (path, out.output)
            usage = out.output.split("\n\n")[0]   # [选项] 文件..., not [OPTIONS] FILES...
            assert not re.search(r"[A-Z]{2,}", usage), (path, usage)
            assert not any(word in out.output for word in ("Usage:", "Options:", "Show this message")), out.output
            if command.help:
                assert CJK.search(out.output.split("选项")[0]), (path, out.output)
            for param in command.params:
                if getattr(param, "help", None):
                    assert cli_text.cli_tr(param.help) == param.help and CJK.search(param.help), (path, param.name)
            shown += 1
    assert shown > 60
    # click's own answers to a mistyped command line
    chinese = cli_text.localize(copy.deepcopy(server))
    for args, says in ((["devices", "revoke"], "缺少参数 '设备编号'"), (["devices", "list", "--bogus"], "没有选项 '--bogus'"),
                       (["devices", "room-file", "x.json", "--room", "R", "--count", "0", "--url", "u"],
                        "--count' 的值无效：0 不在范围 1<=x<=500 之内"), (["no-such"], "没有命令 'no-such'"),
                       (["devices", "code", "--hours", "abc"], "'abc' 不是有效的整数范围"),   # a type's name too
                       (["import-package", "/no/such.xfp"], "文件 '/no/such.xfp' 不存在")):
        out = CliRunner().invoke(chinese, args, env={"XUEFA_LANG": "zh_CN"})
        assert out.exit_code == 2 and "错误：" in out.output and says in out.output, out.output
        assert "Error:" not in out.output and "Try '" not in out.output and "查看帮助" in out.output, out.output


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_help_is_never_cut_inside_a_word(monkeypatch, lang):
    """At 80 columns a command, a file name or a choice list ({proctor|unit_admin|…}) stays whole on one line;
    click cut them at any letter or hyphen (server-\nsigning.key.pub, {proctor|u\nnit_admin…}: issue 20)."""
    from desktop.app import main as station
    from sync_server.cli import main as server
    monkeypatch.setenv("XUEFA_LANG", lang)
    token = re.compile(r"[A-Za-z0-9_.{}|/:-]*[A-Za-z][A-Za-z0-9_.{}|/:-]{7,}")
    checked = 0
    for tree, prog in ((station, "xuefa"), (server, "xuefa-server")):
        localized = cli_text.localize(copy.deepcopy(tree))
        for path, command in cli_text.commands(localized):
            out = CliRunner().invoke(localized, [*path.split(), "--help"], env={"XUEFA_LANG": lang}, terminal_width=80,
                                     prog_name=prog)
            ctx = command.make_context(path.split()[-1] if path else "x", ["--help"], resilient_parsing=True)
            said = " ".join([*command.collect_usage_pieces(ctx), command.help or "",
                             *(getattr(p, "help", None) or "" for p in command.params)])
            for word in set(token.findall(said)):
                word = word.rstrip(".:")
                assert word in out.output, (lang, path, word, out.output)
                checked += 1
            # Chinese still wraps (between characters): only a line holding a long word may pass the width
            assert all(len(line) <= 80 for line in out.output.splitlines() if not token.search(line)), out.output
    assert checked > 50


def test_one_word_for_one_thing_in_both_translations():
    """考生 for the person on the roster and in the room (not 学员 beside it), 账号通知单 for the slip the
    PDF is titled with (not 账号条); 本机码 for the code a station shows the proctor and 授权码 (开考授权码,
    续考授权码) for the code the proctor gives back, never 操作码, 续考码, 恢复码 or "the code shown" beside them
    (found by an outside tester: four names for two codes on one exam day); 学号 for a learner's number (the
    roster's, the login's), not 考生编号 in one table beside it."""
    for ts in ("cli_zh_CN.ts", "xuefa_zh_CN.ts"):
        text = (ROOT / "resources" / "translations" / ts).read_text(encoding="utf-8")
        translations = re.findall(r"<translation>([^<]*)</translation>", text)
        assert not [t for t in translations if re.search("学员|账号条|操作码|续考码|恢复码|显示的代码|上的代码|考生编号|本机代码", t)], ts


def test_every_command_and_option_says_what_it_is_for():
    import click

    from desktop.app import main as station
    from examcore.packtool import main as pack
    from sync_server.cli import main as server
    silent = [f"{tree.name} {path} {param.opts if param else ''}".strip()
              for tree in (station, server, pack) for path, command in cli_text.commands(tree)
              for param in (None, *command.params)
              if (param is None and not command.help) or (isinstance(param, click.Option) and not param.hidden
                                                          and not param.help)]
    assert silent == []


def _run(module: str, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "XUEFA_LANG": "zh_CN"}
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    (folder / "cut.json").write_text('{"receipts": [', encoding="utf-8")           # JSON cut off
    (folder / "latin.json").write_bytes(b"\xff\xfe\x00 not utf-8")                  # not UTF-8
    (folder / "junk.xfp").write_bytes(b"not a package")
    (folder / "zip.xfb").write_bytes(b"PK\x03\x04 cut short")                       # a zip cut off
    (folder / "exam.json").write_text(json.dumps({                                   # a good exam file
        "exam_id": "e1", "title": "年度考试", "duration_minutes": 60, "pass_mark": 6,
        "window_start": "2026-01-01T08:00:00+08:00", "window_end": "2026-12-31T18:00:00+08:00",
        "papers": {"general": [{"type": "单选", "count": 9, "points": 1}]}}), encoding="utf-8")
    server = folder / "server"
    assert _run("sync_server.cli", "--instance", server, "init", "--name", "测试中心").returncode == 0
    # a station of its own: a refused import sets one up first (and says so) and removes it again, in a folder
    # that exists (a typed --data-dir that does not is refused); the other commands need one, which a trusted
    # issuer makes
    typo = _run("desktop.app", "--data-dir", folder / "staton", "import-package", folder / "junk.xfp")
    assert typo.returncode == 1 and "没有文件夹" in typo.stderr and not (folder / "staton").exists(), typo.stderr
    (folder / "station").mkdir()
    made = _run("desktop.app", "--data-dir", folder / "station", "import-package", folder / "junk.xfp")
    assert made.returncode == 1 and "未保留任何内容" in made.stderr, made.stderr
    assert "新建一台考试机" not in made.stderr   # not "a new station is set up", then "nothing was kept" (issue 20)
    made = _run("desktop.app", "--data-dir", folder / "station", "trust-issuer", server / "server-signing.key.pub")
    assert made.returncode == 0 and "新建一台考试机" in made.stderr, made.stderr
    return folder


STATION = [   # (command, the Chinese it must say)
    (["import-receipts", "{f}/cut.json"], "已损坏或不是回执文件"),
    (["import-receipts", "{f}/latin.json"], "已损坏或不是回执文件"),
    (["import-package", "{f}/junk.xfp"], "不是考试包"),
    (["import-roster", "{f}/junk.xfp"], "不是学法的名单文件"),
    (["trust-issuer", "{f}/junk.xfp"], "不是学法的公钥文件"),
    (["enrol", "http://127.0.0.1:9", "--code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"], "无法连接服务器"),
    (["sync"], "尚未在服务器注册"),
]
SERVER = [
    (["import-bundle", "{f}/zip.xfb"], "不是学法的成绩文件"),
    (["import-bundle", "{f}/cut.json"], "不是学法的成绩文件"),
    (["import-receipts", "{f}/latin.json"], "已损坏或不是回执文件"),   # not "trust that server": it is no receipt
    (["report", "no-such-exam"], "本服务器没有考试 no-such-exam"),       # not a report of everyone absent
    (["devices", "approve", "XYZ"], "没有设备 XYZ"),
    (["import-package", "{f}/junk.xfp"], "不信任该文件的出题单位"),
    (["trust-issuer", "{f}/junk.xfp"], "不是学法的公钥文件"),
    (["set-upstream", "https://127.0.0.1:9", "--code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF"], "无法连接服务器"),
    (["sync-upstream"], "还没有上级"),
    (["build-exam", "{f}/cut.json", "--bank", "宪法"], "cut.json：不是有效的 JSON 文件"),
    (["build-exam", "{f}/exam.json", "--bank", "宪法"], "本服务器还没有试题：请先导入题库"),
]


CASES = [("desktop.app", "--data-dir", "station", args, says) for args, says in STATION] + \
        [("sync_server.cli", "--instance", "server", args, says) for args, says in SERVER]


@pytest.mark.parametrize(("module", "folder_option", "folder", "args", "says"), CASES,
                         ids=[f"{c[0].split('.')[0]}-{c[3][0]}{i}" for i, c in enumerate(CASES)])
def test_a_refusal_is_a_plain_chinese_sentence(bad_files, module, folder_option, folder, args, says):
    """Each case of the station's and the server's table: exit 1, the Chinese sentence, no library text."""
    done = _run(module, folder_option, bad_files / folder, *[a.format(f=bad_files) for a in args])
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert not any(text in done.stderr for text in LIBRARY_TEXT), done.stderr
    if args == ["sync-upstream"]:   # nothing stopped halfway: running it again would not help
        assert "再次运行" not in done.stderr and "中断" not in done.stderr, done.stderr


def test_verbose_adds_the_technical_detail(bad_files):
    args = ("--instance", bad_files / "server", "import-bundle", bad_files / "zip.xfb")
    plain, verbose = _run("sync_server.cli", *args), _run("sync_server.cli", "--verbose", *args)
    assert "(not_a_bundle)" in verbose.stderr and "(not_a_bundle)" not in plain.stderr


def test_each_reason_a_server_refuses_a_result_for_reads_as_a_chinese_sentence(monkeypatch):
    """import-bundle names every refused result with what to do (issue 20): each outcome reason of the
    ingest has its sentence, in Chinese, without the code; the detail only goes to the log."""
    from examcore import refusals
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    texts = refusals._result_texts()
    reasons = set(re.findall(r'refuse\("([a-z_]+)"', (ROOT / "sync_server" / "results" / "ingest.py").read_text("utf-8")))
    reasons |= set(re.findall(r'reason="([a-z_]+)"', (ROOT / "sync_server" / "results" / "ingest.py").read_text("utf-8")))
    reasons |= set(re.findall(r'return "([a-z_]+)", f?"', (ROOT / "sync_server" / "results" / "ingest.py").read_text("utf-8")))
    reasons |= set(re.findall(r'SealError\("([a-z_]+)"', (ROOT / "examcore" / "sealed.py").read_text("utf-8")))
    assert reasons - set(texts) == set(), "an ingest refusal without a sentence of its own"
    for code in texts:
        for where in ({}, {"upstream": True}, {"station": True}):
            said = refusals.plain_result_refusal(code, "the library's own words", **where)
            assert CJK.search(said) and code not in said and "library" not in said, (code, where, said)
    # at a station nothing is imported by hand: no remedy there says to import a file again
    station = [refusals.plain_result_refusal(code, station=True) for code in texts]
    assert not [said for said in station if "导入" in said and "文件" in said and "再" in said], station


def test_a_record_the_upstream_refused_is_named_and_said_in_chinese(monkeypatch):
    """sync-upstream printed a refused password change as the upstream's raw English with no name (issue 20,
    an outside tester): it says whose record it is and why, in the reader's language."""
    from sync_server.upstream.cli import refused_record_line
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    line = refused_record_line({"record_id": "r-1", "status": "refused",
                                "detail": "certificate_expired: the certificate of station-9 had expired"},
                               {"r-1": ("password", "200000001")})
    assert "200000001" in line and "密码修改" in line and "被上级拒收" in line, line
    assert "certificate" not in line and "expired" not in line and CJK.search(line.split("：")[-1]), line


@pytest.mark.parametrize("args", [["status"], ["devices", "list"], ["units", "list"], ["admins", "list"],
                                  ["units", "add", "U1", "某某局", "--level", "city"], ["tls", "show"]])
def test_the_servers_everyday_output_is_chinese(bad_files, args):
    """Not only refusals: what xuefa-server prints on success reads in Chinese too, line by line (issue 20);
    names and numbers may be Latin, the sentence around them is not."""
    done = _run("sync_server.cli", "--instance", bad_files / "server", *args)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    english = [line for line in lines if not CJK.search(line) and re.search(r"[a-z]{4,} [a-z]{3,}", line)]
    assert english == [], english


def chinese_server(monkeypatch):
    """xuefa-server in Chinese, in this process: run(folder, *args, stdin=None) -> click's Result."""
    from sync_server.cli import main as server
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    chinese = cli_text.localize(copy.deepcopy(server))

    def run(folder, *args, stdin=None):
        return CliRunner().invoke(chinese, ["--instance", str(folder), *map(str, args)], input=stdin,
                                  catch_exceptions=False)
    return run


def test_the_flagged_help_says_what_each_rule_means(tmp_path, monkeypatch):
    from sync_server.results.acceptance import RULES, RULES_ZH
    shown = chinese_server(monkeypatch)(tmp_path / "server", "flagged", "--help").stdout
    assert "选项：" in shown and "选项:" not in shown   # a heading as Chinese writes it
    flat = re.sub(r"\s+", "", shown)
    assert all(rule in flat for rule in RULES) and "监考已登记缺考" in flat and len(RULES_ZH) == len(RULES)


def assert_chinese_refusal(done, says: str) -> None:
    assert done.exit_code == 1 and f"错误：{says}" in done.stderr, done.output
    sentence = re.sub(r"`[^`]*`", "", done.stderr)   # a command to type is not a sentence
    assert not re.search(r"[a-z]{3,} [a-z]{3,}", sentence), done.stderr
    assert not any(text in done.stderr for text in LIBRARY_TEXT), done.stderr


def test_the_directorys_refusals_read_in_chinese(tmp_path, monkeypatch):
    """Units, administrators, learners and policy: a change the directory refuses (sync_server/directory/service.py,
    admins.py) is said in Chinese with what to do, never in the English its HTTP answer carries."""
    server, folder = chinese_server(monkeypatch), tmp_path / "server"

    def run(*args, stdin=None):
        return server(folder, *args, stdin=stdin)
    assert run("init", "--name", "测试中心").exit_code == 0
    assert run("units", "add", "C1", "甲市", "--level", "city").exit_code == 0
    assert run("units", "add", "A", "甲局", "--level", "unit", "--parent", "C1").exit_code == 0
    password = "Ganbu-xuexi-2026\n"
    assert run("create-admin", "wang", "--role", "unit_admin", "--unit", "A", stdin=password).exit_code == 0
    for args, stdin, says in (
            (["units", "add", "B", "乙局", "--level", "unit", "--parent", "NOPE"], None,
             "没有上级单位 NOPE（请先用 `xuefa-server units add` 添加）"),
            (["units", "add", "C1", "甲市", "--level", "city", "--parent", "A"], None, "A 在 C1 之下：单位不能成为自己的上级"),
            (["units", "add", "P1", "某省", "--level", "province", "--parent", "C1"], None,
             "C1 是市，其下不能设省：请给出正确的 --level，或选择更高层级的 --parent"),
            (["units", "add", "c1", "某市", "--level", "city"], None,
             "单位代码 c1 与已有单位 C1 仅大小写不同：请使用 C1，或换一个区别更明显的代码"),
            (["create-admin", "li", "--role", "unit_admin", "--unit", "NOPE"], password, "没有单位 NOPE"),
            (["create-admin", "wang", "--role", "unit_admin", "--unit", "A"], password, "管理员 wang 已存在"),
            (["admins", "disable", "nobody"], None, "没有管理员 nobody"),
            (["set-policy", "bogus", "5"], None, "没有设置项 bogus；可用的有：charge_suspend"),
            (["set-policy", "sync_interval_seconds", "5"], None, "sync_interval_seconds 必须在 10 到 3600 之间"),
            (["set-policy", "late_login_minutes", "-1"], None, "late_login_minutes 必须在 0 到 240 之间"),
            (["reset-password", "NOPE"], None, "本服务器没有考生 NOPE：请核对编号"),
            (["sittings", "add", "--package", "NOPE", "--room", "第一考场", "--starts", "2030-01-01T09:00+08:00",
              "--learner", "1101:A01"], None, "未创建场次：本服务器没有考试包 NOPE（请先 import-package）"),
            (["sittings", "report", "NOPE"], None, "没有场次 NOPE：`sittings list` 列出各场次及其编号"),
            (["decide", "NOPE", "accept", "--reason", "核实无误", "--by", "wang"], None, "本服务器没有成绩 NOPE"),
            (["devices", "code", "--unit", "NOPE"], None, "本服务器没有单位 NOPE"),
            (["devices", "room-file", str(tmp_path / "r.json"), "--room", "R", "--count", "2", "--url", "notaurl"],
             None, "notaurl 不是服务器地址"),
            (["set-upstream", "https://127.0.0.1:9", "--code", "ABCDE"], None, "未设置上级：注册码不完整"),
            # a code of two groups (round 89: said as "enrolled before the server used encryption")
            (["set-upstream", "https://127.0.0.1:9", "--code", "WRONG-CODE1"], None, "未设置上级：该注册码只有两组"),
            (["export-roster", str(tmp_path / "r.xlsx"), "--unit", "NOPE"], None, "本服务器没有单位 NOPE"),
            (["questions", "list", "--bank", "NOPE"], None, "本服务器没有题库 NOPE；现有题库：尚无")):
        assert_chinese_refusal(run(*args, stdin=stdin), says)
    fullwidth = run("units", "add", "Ａ", "甲局", "--parent", "Ｃ１")   # typed with 全角 on: the same unit
    assert fullwidth.exit_code == 0 and "单位 A 甲局" in fullwidth.stdout and "原为" not in fullwidth.stdout, fullwidth.output
    assert "改名" not in fullwidth.stdout
    renamed_by_code = run("units", "add", "Ａ ", "全角局")   # a code for a "new" unit that is A: the rename is said
    assert "已改名：原名 甲局" in renamed_by_code.stdout, renamed_by_code.output
    assert run("units", "add", "A", "甲局").exit_code == 0
    for args, says in ((["learners", "add", "１１０１", "--name", "张三", "--unit", "Ａ"], "1101\t张三"),   # 全角: read
                       (["learners", "add", "2202", "--name", "李四", "--unit", "A", "--phone", "abc"], "电话号码 abc"),
                       # issue 20: a line break, a direction mark, a path for a number
                       (["learners", "add", "2203", "--name", "王\n五", "--unit", "A"], "换行或不可见的控制字符"),
                       (["learners", "add", "2204", "--name", "\u202e赵六", "--unit", "A"], "换行或不可见的控制字符"),
                       (["learners", "add", "../../etc", "--name", "钱七", "--unit", "A"], "不能使用"),
                       (["learners", "add", "110101001000%31", "--name", "孙八", "--unit", "A"], "不能使用"),
                       (["learners", "add", "a?b", "--name", "孙八", "--unit", "A"], "不能使用"),
                       (["learners", "add", "..", "--name", "孙八", "--unit", "A"], "不能使用"),
                       (["devices", "revoke", " "], "不能使用")):
        done = run(*args)
        assert says in done.output and "Traceback" not in done.output, (args, done.output)
    renamed = run("units", "add", "A", "甲局（新名）")   # a rename keeps the level and the unit above
    assert renamed.exit_code == 0 and "原为" not in renamed.stdout, renamed.output
    moved = run("units", "add", "A", "甲局", "--parent", "")   # only a given --parent moves it, and it says so
    assert moved.exit_code == 0 and "原为C1 下的单位，现为顶级单位" in moved.stdout, moved.output
    assert run("units", "add", "A", "甲局", "--parent", " ").exit_code == 2   # a stray blank moves nothing
    assert run("units", "add", "A", "甲局", "--parent", "C1").exit_code == 0
    for blank in (["units", "add", " ", "空", "--level", "unit"], ["units", "add", "U2", " ", "--level", "unit"],
                  ["create-admin", "", "--role", "proctor", "--unit", "A"], ["units", "add", "U 2", "乙", "--level", "unit"]):
        done = run(*blank, stdin=password)
        assert done.exit_code == 2 and ("不能使用" in done.stderr or "名称为空" in done.stderr), (blank, done.output)
    assert run("units", "add", "U3", "丙局").exit_code == 2   # a new unit names its level
    assert not (tmp_path / "r.xlsx").exists()
    listed = run("admins", "list").stdout.splitlines()
    assert listed[0].split("\t") == ["用户名", "角色", "单位", "姓名", "状态"], listed
    assert listed[1].split("\t")[1] == "单位管理员 (unit_admin)" and listed[1].endswith("须修改密码"), listed
    assert run("set-policy", "sync_interval_seconds", "60").stdout.startswith("下发给考试机的设置：")


def test_backup_restore_and_a_folder_without_keys_read_in_chinese(tmp_path, monkeypatch):
    run = chinese_server(monkeypatch)
    centre = tmp_path / "centre"
    assert_chinese_refusal(run(centre, "status"), f"{centre} 中没有服务器密钥：如果服务器在别处，请用 --instance")
    assert run(centre, "init", "--name", "测试中心").exit_code == 0
    assert_chinese_refusal(run(centre, "backup", centre / "backup"), f"未做备份：{centre / 'backup'} 位于服务器的实例文件夹内")
    assert run(centre, "backup", tmp_path / "backup").exit_code == 0
    assert_chinese_refusal(run(centre, "backup", tmp_path / "backup"),
                           f"未做备份：{tmp_path / 'backup'} 不是空文件夹：每次备份请选一个新文件夹")
    assert_chinese_refusal(run(centre, "restore", tmp_path / "backup"), f"未恢复任何内容：{centre} 中已有一个服务器")
    (tmp_path / "backup" / "server.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # damaged
    assert_chinese_refusal(run(tmp_path / "elsewhere", "restore", tmp_path / "backup"),
                           f"未恢复任何内容：{tmp_path / 'backup' / 'server.sqlite3'} 不是可读取的数据库：请使用更早的备份")
    for damage, says in ((("server-signing.key", "xx"), "server-signing.key 无法作为密钥文件读取"),
                         (("config.json", "{bad"), "config.json 不是有效的 JSON（第 1 行第 2 列）")):
        spoiled = tmp_path / f"spoiled-{damage[0]}"   # refused before anything is copied, in Chinese only
        shutil.copytree(tmp_path / "backup", spoiled)
        (spoiled / damage[0]).write_text(damage[1], encoding="utf-8")
        done = run(tmp_path / "fresh", "restore", spoiled)
        assert_chinese_refusal(done, f"未恢复任何内容：{spoiled / damage[0]}")
        assert says in done.stderr and "此备份不能使用" in done.stderr, done.stderr
        assert not (tmp_path / "fresh" / "server-signing.key").exists()
    (tmp_path / "empty").mkdir()
    assert_chinese_refusal(run(tmp_path / "elsewhere", "restore", tmp_path / "empty"),
                           f"未恢复任何内容：{tmp_path / 'empty'} 不是学法服务器的备份（缺少 server-signing.key")


def test_a_file_to_write_in_a_folder_that_does_not_exist_is_refused_before_anything_is_done(tmp_path, monkeypatch):
    """A report, a roster export or a password reset with its slip, into a mistyped folder: said in Chinese
    at once (no traceback), and the password is not reset without its slip (issue 20, outside helper)."""
    from examcore.clock import utc_naive
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.models import Learner
    run, folder = chinese_server(monkeypatch), tmp_path / "server"
    assert run(folder, "init", "--name", "测试中心").exit_code == 0
    ctx = ServerContext.open(Config(folder))
    try:
        with ctx.sessions.begin() as s:
            put_unit(s, "U1", "甲单位", "unit", None, utc_naive(ctx.clock.now()))
            put_learner(s, "1101", LearnerFields("张三", "U1"), utc_naive(ctx.clock.now()))
        with ctx.sessions() as s:
            version = s.get(Learner, "1101").password_version
        missing = tmp_path / "nodir"
        for args in (["report", "exam-x", "--excel", missing / "x.xlsx"], ["report-units", "--excel", missing / "u.xlsx"],
                     ["export-roster", missing / "r.xlsx"], ["reset-password", "1101", "--slips", missing / "s.pdf"],
                     ["export-bundle", missing / "x.xfb"]):
            done = run(folder, *args)
            assert done.exit_code == 2 and f"文件夹 {missing} 不存在：请先建立它" in done.stderr, (args, done.output)
            assert "Traceback" not in done.output
        with ctx.sessions() as s:
            assert s.get(Learner, "1101").password_version == version   # not reset
    finally:
        ctx.close()
    station = _run("desktop.app", "--data-dir", folder, "export-results", missing / "r.xfb")   # the station's too
    assert station.returncode == 2 and f"文件夹 {missing} 不存在" in station.stderr, station.stderr


def test_enrolment_mistakes_are_said_for_what_they_are(tmp_path):
    """A missing https://, no code, a two-group code without its fingerprint, a fingerprint mistyped: each
    said as itself before anything is sent, never as "enrol again" (issue 20, outside helper)."""
    station = tmp_path / "station"
    station.mkdir()
    for args, says in ((["127.0.0.1:18472", "--code", "X"], "服务器地址须以 https:// 开头"),
                       (["https://10.0.0.5:8470"], "请给出注册码（--code）"),
                       (["https://10.0.0.5:8470", "--code", "ABCDE-FGHJK"], "该注册码只有两组"),
                       (["https://10.0.0.5:8470", "--fingerprint", "nope"], "--fingerprint nope 不是证书指纹")):
        done = _run("desktop.app", "--data-dir", station, "enrol", *args)
        assert done.returncode == 2 and says in done.stderr, (args, done.stderr)
    assert not (station / "station.sqlite3").exists()   # nothing set up for a command that was not right


def test_the_systems_reasons_for_a_file_read_in_chinese(monkeypatch):
    import errno

    from examcore.refusals import explain
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    for number, says in ((errno.ENOSPC, "磁盘已满"), (errno.EACCES, "没有权限"), (errno.EROFS, "驱动器为只读")):
        told = explain(OSError(number, "English words of the system", "r.xfb"))
        assert says in told and "English" not in told, told


def test_a_command_lists_summary_is_cut_at_a_clause_never_inside_a_word_or_brackets():
    """Chinese command lists cut summaries mid-word (见 docs/statio…, （.txt、…), found by an outside
    tester (issue 20): a summary too long is cut at the last clause that fits, outside brackets."""
    from examcore.cli_text import _short
    assert _short("保管本机的考试机密钥（由系统以 root 身份运行；见 docs/station-keys.md）") == "保管本机的考试机密钥…"
    assert _short("接受由所给公钥文件（server-signing.key.pub）所属同步服务器签名的名单和考试包") == \
        "接受由所给公钥文件（server-signing.key.pub）…"
    assert _short("导入学习计划、课程和练习题库（.xfs、.xfc），或法律法规文本（.txt、.docx、.html）") == \
        "导入学习计划、课程和练习题库（.xfs、.xfc），或法律法规文本…"
    assert _short("短的说明。后面的句子") == "短的说明"


@pytest.mark.parametrize("value, lang", [("en", "en"), ("en_US.UTF-8", "en"), ("en-GB", "en"), ("EN_us", "en"),
                                         ("zh_CN", "zh_CN"), ("zh_CN.GB18030", "zh_CN"), ("fr_FR", "zh_CN"),
                                         ("", "zh_CN")])
def test_the_language_is_read_as_a_locale_is_written(monkeypatch, value, lang):
    """XUEFA_LANG=en_US.UTF-8 (a locale's spelling) gave Chinese without a word (issue 20, an outside tester)."""
    monkeypatch.setenv("XUEFA_LANG", value)
    assert cli_text.language() == lang


@pytest.mark.parametrize("program, args, says", [
    (["desktop.app"], ["import-study"], "Missing argument 'PATHS...'"),
    (["sync_server.cli"], ["devices", "revoke"], "Missing argument 'DEVICE_ID'"),
])
def test_lang_en_on_the_command_line_is_the_language_of_clicks_own_words_too(program, args, says):
    """In a Chinese environment, --lang en said "Error: Missing argument '文件...'": the placeholders were
    put in Chinese at import, before the option was read (issue 20)."""
    done = subprocess.run([sys.executable, "-m", *program, "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "XUEFA_LANG": "zh_CN"})
    assert done.returncode == 2 and says in done.stderr and not CJK.search(done.stderr), done.stderr

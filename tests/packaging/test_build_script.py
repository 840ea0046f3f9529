"""The one build script (`python -m build_scripts.build`, issue 23, Deliver 5): its steps that make files are
run for real into a temporary folder and their output read back; the bundles themselves are built by
`make build` and by the Windows workflow (minutes each), not here."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts import build

ROOT = Path(__file__).resolve().parents[2]


def test_the_icon_holds_every_size_windows_asks_for_made_from_the_picture(tmp_path):
    from PIL import Image
    made = build.icon(target=tmp_path / "xuefa.ico")
    with Image.open(made) as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in build.ICON_SIZES]
        ico.size = (16, 16)   # the smallest, drawn from the 256 px picture, not an empty square
        ico.load()
        assert ico.convert("RGBA").getextrema()[3][1] > 0
    # the icon shipped is the one the script makes (a build that changes it would be a diff to commit)
    assert (ROOT / "resources" / "icons" / "xuefa.ico").read_bytes() == made.read_bytes()
    small = tmp_path / "small.png"
    Image.new("RGBA", (128, 128)).save(small)
    with pytest.raises(build.BuildFailed, match="at least 256 px"):
        build.icon(source=small, target=tmp_path / "no.ico")


def test_the_version_resource_says_the_one_version_in_four_numbers(tmp_path):
    from examcore import __version__
    text = build.version_resource(tmp_path / "version_info.txt").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")   # PyInstaller evaluates it with its versioninfo classes
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert called == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                      "VarFileInfo", "VarStruct"}
    numbers = build.version_numbers(__version__)
    assert f"filevers={numbers}" in text and f"StringStruct('ProductVersion', '{__version__}')" in text
    assert build.version_numbers("1.2") == (1, 2, 0, 0) and build.version_numbers("2.0.1+local") == (2, 0, 1, 0)
    with pytest.raises(build.BuildFailed):
        build.version_numbers("70000.1")


def test_the_translations_step_compiles_what_the_bundle_reads(tmp_path):
    """Into a copy of the translations folder: each .qm from its .ts, the command lines' JSON."""
    copy = tmp_path / "root"
    shutil.copytree(ROOT / "resources" / "translations", copy / "resources" / "translations",
                    ignore=shutil.ignore_patterns("*.qm", "*.json"))
    (copy / "build_scripts").mkdir()
    shutil.copy(ROOT / "build_scripts" / "cli_strings.py", copy / "build_scripts" / "cli_strings.py")
    written = build.translations(copy)
    assert [p.name for p in written] == ["xuefa_zh_CN.qm", "cli_zh_CN.json"]
    assert all(p.exists() and p.stat().st_size > 1000 for p in written)


def test_the_command_line_runs_steps_in_order_and_says_a_wrong_one():
    wrong = subprocess.run([sys.executable, "-m", "build_scripts.build", "--steps", "icon,pack"], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2 and "unknown step(s) pack" in wrong.stderr, wrong.stderr
    unsigned = subprocess.run([sys.executable, "-m", "build_scripts.build", "--steps", "sign"], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    assert unsigned.returncode == 0 and "not signed" in unsigned.stdout, unsigned.stdout + unsigned.stderr

"""One build for Windows and Linux: `python -m build_scripts.build` (issue 23, Deliver 5).

`make build` needed make, bash and `.venv/bin`, none of which a Windows build PC has, and a bundle built
without the translation step shipped in English. This script is the whole build, in Python, run with the
Python of the environment that has the project installed (`pip install -e .[dev]`):

1. translations: each Qt .ts of resources/translations compiled to .qm (lrelease, from PySide6), and the
   command lines' finished entries to cli_zh_CN.json (build_scripts/cli_strings.py);
2. icon: resources/icons/xuefa.ico made again from xuefa.png at 16 to 256 px (Windows picks 16 for lists,
   32 and 48 for the desktop, 256 for large tiles; one 128 px image was scaled badly everywhere);
3. version: build/version_info.txt, the Windows version resource (file and product version, company,
   description), from examcore.__version__, the one place the version lives;
4. bundles: PyInstaller with build_scripts/xuefa.spec, into dist/xuefa and dist/xuefa-server;
5. sign (``--sign``, Windows only): signtool on each .exe, the certificate named by its SHA-1 thumbprint in
   XUEFA_SIGN_THUMBPRINT (in the build PC's certificate store), timestamped by XUEFA_SIGN_TIMESTAMP (an
   RFC 3161 URL); docs/installing.md says how to get and use a certificate;
6. selftest: the station bundle's own `--selftest` (the key helper's check left out: a build PC runs none).

`--steps translations,icon` runs some steps only. Exit status 0, or 1 with the step that failed said.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform == "win32"
STEPS = ("translations", "icon", "version", "bundles", "sign", "selftest")
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
COMPANY = "Xuefa"
PRODUCT = "Xuefa 学法"


class BuildFailed(Exception):
    """A step could not be done: its words say which and why."""


def tool(name: str) -> str:
    """An executable of this Python's environment (Scripts\\ on Windows, bin/ elsewhere), else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise BuildFailed(f"{name} was not found beside {sys.executable} nor on PATH: install the project's "
                          "development extras (pip install -e .[dev]) into this Python")
    return found


def run(*command: str, env: dict[str, str] | None = None) -> None:
    print("  $", " ".join(command), flush=True)
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise BuildFailed(f"{Path(command[0]).name} ended with exit status {done.returncode}")


def translations(root: Path = ROOT) -> list[Path]:
    """Compile every Qt translation (.ts but the command lines' cli_*.ts) to .qm beside it, and the command
    lines' finished entries to cli_zh_CN.json. Returns the files written."""
    folder = root / "resources" / "translations"
    written = []
    for source in sorted(folder.glob("*.ts")):
        if source.name.startswith("cli_"):
            continue
        target = source.with_suffix(".qm")
        run(tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target))
        written.append(target)
    run(sys.executable, str(root / "build_scripts" / "cli_strings.py"), "json")
    written.append(folder / "cli_zh_CN.json")
    return written


def icon(source: Path = ROOT / "resources" / "icons" / "xuefa.png",
         target: Path = ROOT / "resources" / "icons" / "xuefa.ico") -> Path:
    """The Windows icon, every size Windows asks for, from the largest picture there is."""
    try:
        from PIL import Image
    except ImportError as exc:
        raise BuildFailed(f"Pillow is not installed in {sys.executable}: install the project's development extras "
                          "(pip install -e .[dev]) into this Python") from exc
    with Image.open(source) as picture:
        largest = picture.convert("RGBA")
    if min(largest.size) < max(ICON_SIZES):
        raise BuildFailed(f"{source.name} is {largest.size[0]}×{largest.size[1]} px: the icon needs a picture of at "
                          f"least {max(ICON_SIZES)} px")
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICON_SIZES])
    return target


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """"0.2.0" as (0, 2, 0, 0), as a Windows version resource holds it (four 16-bit numbers)."""
    parts = [int(p) for p in version.split("+")[0].split("-")[0].split(".") if p.isdigit()][:4]
    numbers = tuple(parts + [0] * (4 - len(parts)))
    if len(parts) < 2 or any(n > 0xFFFF for n in numbers):
        raise BuildFailed(f"the version {version!r} is not four numbers below 65536 (examcore/__init__.py)")
    return numbers   # type: ignore[return-value]


def version_resource(target: Path = ROOT / "build" / "version_info.txt") -> Path:
    """The version resource PyInstaller puts into each .exe (Properties → Details), as its text form."""
    from examcore import __version__
    numbers = version_numbers(__version__)
    dotted = ".".join(map(str, numbers))
    strings = {"CompanyName": COMPANY, "FileDescription": PRODUCT, "FileVersion": dotted,
               "InternalName": "xuefa", "LegalCopyright": COMPANY, "OriginalFilename": "xuefa.exe",
               "ProductName": PRODUCT, "ProductVersion": __version__}
    table = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"""# Windows version resource of xuefa.exe and xuefa-server.exe (build_scripts/build.py)
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404b0', [
            {table}])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""", encoding="utf-8")
    return target


def bundles() -> None:
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
        "--workpath", str(Path("build") / "pyinstaller"), str(Path("build_scripts") / "xuefa.spec"))


def sign() -> None:
    """Sign each .exe of the bundles (Windows, signtool from the Windows SDK)."""
    if not WINDOWS:
        print("  (not Windows: the Linux bundles are not signed; ship their SHA-256 sums instead)")
        return
    thumbprint, stamp = os.environ.get("XUEFA_SIGN_THUMBPRINT"), os.environ.get("XUEFA_SIGN_TIMESTAMP")
    if not thumbprint or not stamp:
        raise BuildFailed("signing needs XUEFA_SIGN_THUMBPRINT (the code-signing certificate's SHA-1 thumbprint, "
                          "in this PC's certificate store) and XUEFA_SIGN_TIMESTAMP (the certificate issuer's "
                          "RFC 3161 timestamp URL); see docs/installing.md")
    programs = sorted(str(p) for p in (ROOT / "dist").glob("*/*.exe"))
    run(tool("signtool"), "sign", "/sha1", thumbprint, "/fd", "sha256", "/tr", stamp, "/td", "sha256", *programs)


def selftest() -> None:
    program = ROOT / "dist" / "xuefa" / ("xuefa-console.exe" if WINDOWS else "xuefa")
    if not program.exists():
        raise BuildFailed(f"{program} is not built yet: run the bundles step first (--steps bundles,selftest)")
    run(str(program), "--data-dir", str(ROOT / "build" / "selftest-data"), "--selftest", "--except", "station-keys",
        env={"QT_QPA_PLATFORM": "offscreen"})


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))   # (examcore: the version, and output that survives `| head`)
    from examcore.console import configure_output
    configure_output()
    parser = argparse.ArgumentParser(prog="python -m build_scripts.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", default=",".join(s for s in STEPS if s != "sign"),
                        help=f"comma-separated, in this order: {', '.join(STEPS)} (default: all but sign)")
    parser.add_argument("--sign", action="store_true", help="also sign the .exe files (Windows; see the docstring)")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.steps.split(",") if s.strip()] + (["sign"] if args.sign else [])
    unknown = [s for s in chosen if s not in STEPS]
    if unknown:
        parser.error(f"unknown step(s) {', '.join(unknown)}; the steps are {', '.join(STEPS)}")
    work: dict[str, Callable[[], object]] = {"translations": translations, "icon": icon, "version": version_resource,
                                             "bundles": bundles, "sign": sign, "selftest": selftest}
    for step in (s for s in STEPS if s in chosen):
        print(f"[{step}]", flush=True)
        try:
            work[step]()
        except BuildFailed as exc:
            print(f"the build stopped at {step}: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The exam PC's environment, checked before an exam (and in the readiness check) and watched during it:
how many screens, a remote session, a virtual machine, and listed programs running (remote control,
screen sharing, recording). What each finding does is the exam's policy (LockdownPolicy, examcore/exam.py).
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import psutil
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop.translation_marks import QT_TRANSLATE_NOOP
from examcore.exam import CheckMode, LockdownPolicy

log = logging.getLogger(__name__)

# Remote control, screen sharing and recording tools common on Chinese office PCs, by process name
# (without ".exe", compared case-blind). An exam's policy may replace the list (LockdownPolicy.programs).
WINDOWS_PROGRAMS = (
    "ToDesk", "ToDesk_Service", "SunloginClient", "SunloginRemote", "AweSun", "TeamViewer", "TeamViewer_Service",
    "AnyDesk", "RustDesk", "QQ", "WeChat", "Weixin", "WeMeetApp", "wemeet", "DingTalk", "Feishu", "Lark",
    "obs64", "obs32", "bdcam", "Bandicam", "EVCapture", "KuGouCapture", "winvnc", "tvnserver", "vncserver",
    "Radmin", "rserver3", "Zoom", "Snipaste", "ShareX")
LINUX_PROGRAMS = (
    "todesk", "ToDesk_Service", "sunloginclient", "sunlogin", "teamviewer", "teamviewerd", "anydesk", "rustdesk",
    "qq", "wechat", "wemeetapp", "dingtalk", "feishu", "obs", "simplescreenrecorder", "kazam", "vokoscreen",
    "vokoscreenNG", "peek", "x11vnc", "vncserver", "Xvnc", "xrdp", "deepin-screen-recorder", "kylin-screenshot",
    "zoom", "flameshot")

# DMI vendor and product strings of hypervisors (Linux /sys/class/dmi/id; Windows reads the same from its
# registry copy of the SMBIOS tables)
VM_MARKERS = (("qemu", "QEMU"), ("kvm", "KVM"), ("vmware", "VMware"), ("virtualbox", "VirtualBox"),
              ("innotek", "VirtualBox"), ("xen", "Xen"), ("bochs", "Bochs"), ("parallels", "Parallels"),
              ("bhyve", "bhyve"), ("virtual machine", "Hyper-V"), ("openstack", "OpenStack"),
              ("alibaba cloud", "Alibaba Cloud"), ("huawei cloud", "Huawei Cloud"))


SAY = {
    "screens": QT_TRANSLATE_NOOP("Environment", "This PC shows %1 screens. Disconnect the other screens (or set "
                                 "the display to one screen) and try again."),
    "remote": QT_TRANSLATE_NOOP("Environment", "This desktop is a remote session (%1). The exam must be sat at "
                                "the PC itself."),
    "vm": QT_TRANSLATE_NOOP("Environment", "This PC is a virtual machine (%1)."),
    "overlay": QT_TRANSLATE_NOOP("Environment", "A window of another program (%1) is drawn over the exam."),
    "screens_during": QT_TRANSLATE_NOOP("Environment", "A second screen was connected (%1 screens now). "
                                        "Disconnect it now."),
    "programs_during": QT_TRANSLATE_NOOP("Environment", "These programs were started during the exam: %1. "
                                         "Close them now."),
    "programs": QT_TRANSLATE_NOOP("Environment", "These programs are running: %1. Close them (remote control, "
                                  "screen sharing or recording) and try again."),
    "windowed": QT_TRANSLATE_NOOP("Environment", "The exam runs in a normal window (the station was started with "
                                  "%1): other programs can be seen beside it.")
}


@dataclass(frozen=True)
class Finding:
    """One thing found: ``check`` "screens", "remote", "vm" or "programs"; ``detail`` what exactly
    ("2", "RDP", "QEMU", "ToDesk, QQ"); ``mode`` the policy's for that check."""

    check: str
    detail: str
    mode: CheckMode
    during: bool = False   # found during the exam (the words say "now", not "try again")

    @property
    def blocks(self) -> bool:
        return self.mode is CheckMode.ENFORCE

    def text(self) -> str:
        """What was found and what to do, for the learner and the proctor."""
        key = f"{self.check}_during" if self.during and f"{self.check}_during" in SAY else self.check
        return QCoreApplication.translate("Environment", SAY[key]).replace("%1", self.detail)


def default_programs() -> tuple[str, ...]:
    return WINDOWS_PROGRAMS if sys.platform == "win32" else LINUX_PROGRAMS


def running_programs(names: tuple[str, ...]) -> list[str]:
    """The listed programs that are running now, as listed (each once, in list order). A process counts by
    its name or its program file's name (a process can rename itself, not its file); case-blind, ".exe"
    ignored; Linux cuts names at 15 characters, so a listed name matches its cut form too."""
    wanted = {n.lower().removesuffix(".exe"): n for n in names}
    cut = {k[:15]: k for k in wanted if len(k) > 15}
    seen: set[str] = set()
    for proc in psutil.process_iter(["name", "exe"], ad_value=None):
        for found in (proc.info.get("name"), Path(proc.info.get("exe") or "").name):
            key = (found or "").lower().removesuffix(".exe")
            key = cut.get(key, key)
            if key in wanted:
                seen.add(key)
    return [wanted[k] for k in wanted if k in seen]


def vm_from_dmi(*texts: str) -> str | None:
    """The hypervisor named by DMI strings (vendor, product, board vendor), None if none is."""
    joined = " ".join(texts).lower()
    return next((label for marker, label in VM_MARKERS if marker in joined), None)


def linux_virtual_machine(dmi: Path = Path("/sys/class/dmi/id"), cpuinfo: Path = Path("/proc/cpuinfo")) -> str | None:
    texts = []
    for name in ("sys_vendor", "product_name", "board_vendor", "bios_vendor"):
        try:
            texts.append((dmi / name).read_text(errors="replace").strip())
        except OSError:
            pass
    found = vm_from_dmi(*texts)
    if found:
        return found
    try:   # the CPU flag every hypervisor sets for its guests
        with cpuinfo.open(errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    return "hypervisor" if " hypervisor" in line else None
    except OSError:
        pass
    return None


def _asked(question) -> str | None:
    try:
        return question()
    except Exception:   # noqa: BLE001 - a failing platform layer is logged; the other checks still run
        log.exception("lockdown: the platform layer could not answer %s", getattr(question, "__name__", question))
        return None


def survey(policy: LockdownPolicy, platform) -> list[Finding]:
    """Every finding on this PC now under ``policy`` (checks that are off are not run).
    ``platform``: the LockdownPlatform (remote session, virtual machine)."""
    found = []
    if policy.screens_mode is not CheckMode.OFF and len(QGuiApplication.screens()) > 1:
        found.append(Finding("screens", str(len(QGuiApplication.screens())), policy.screens_mode))
    if policy.remote_mode is not CheckMode.OFF and (remote := _asked(platform.remote_session)):
        found.append(Finding("remote", remote, policy.remote_mode))
    if policy.vm_mode is not CheckMode.OFF and (vm := _asked(platform.virtual_machine)):
        found.append(Finding("vm", vm, policy.vm_mode))
    if policy.programs_mode is not CheckMode.OFF:
        try:
            programs = running_programs(policy.programs if policy.programs is not None else default_programs())
        except (psutil.Error, OSError):
            log.exception("lockdown: could not list the running programs")
            programs = []
        if programs:
            found.append(Finding("programs", ", ".join(programs), policy.programs_mode))
    return found

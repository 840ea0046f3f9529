"""Which key presses the exam's Windows keyboard hook drops (windows.py): pure, tested on every system."""
from __future__ import annotations

WH_KEYBOARD_LL, HC_ACTION = 13, 0
WM_KEYDOWN, WM_SYSKEYDOWN = 0x0100, 0x0104
VK_TAB, VK_ESCAPE, VK_LWIN, VK_RWIN, VK_CONTROL, VK_APPS = 0x09, 0x1B, 0x5B, 0x5C, 0x11, 0x5D
LLKHF_ALTDOWN = 0x20


def shell_key(vk: int, flags: int, ctrl_down: bool) -> bool:
    """True for a key press the exam drops: the Windows keys, Alt+Tab, Alt+Esc, Ctrl+Esc. Never the input
    method's switch keys (Shift, Ctrl+Space, Ctrl+Shift)."""
    if vk in (VK_LWIN, VK_RWIN):
        return True
    alt = bool(flags & LLKHF_ALTDOWN)
    return (vk == VK_TAB and alt) or (vk == VK_ESCAPE and (alt or ctrl_down))

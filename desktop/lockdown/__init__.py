"""Lockdown: the exam window's watch over focus, time away, inactivity and the PC it runs on.

monitor.py turns what happens into the attempt's chain and the policy's warnings and limits;
platform.py is the one small interface to the windowing system (x11.py, windows.py, or none);
environment.py checks screens, remote sessions, virtual machines and listed programs.
"""

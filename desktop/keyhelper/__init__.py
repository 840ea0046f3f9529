"""The station's key helper (`xuefa keyhelper`): a small privileged process that holds each station's device
signing key and storage key in files only its own account can read, and signs, wraps and unwraps for the
station over a local socket. The keys never enter the station's process or its data folder, so a copy of
the data folder, or the learner's account reading it, yields no key (threat model: docs/station-keys.md).
"""

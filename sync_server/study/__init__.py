"""The study area: plans, courses and practice banks handed down to the stations, study records taken up
from them (relayed upward by sync_server/upstream/study_relay.py), and the points computed from those records.

- ``service.py``: the records stored once each, graded again and counted (examcore's rules);
- ``api.py``: the blueprint stations call (``/sync/study``, ``/study-files``);
- ``cli.py``: ``xuefa-server import-study``.

One folder per area with its service, its blueprint and its commands side by side (issue 18).
"""

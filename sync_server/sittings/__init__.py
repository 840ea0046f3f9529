"""The sittings area (场次, issue 18): seating learners, the start that releases the content key to a room's
stations, proctor actions and the sitting's log (service), the sitting report as data, Excel and PDF
(report), their endpoints under /api/v1 (api: station check-in, the proctor console's calls) and their
commands (cli: sittings add, list, show, start, report).
"""

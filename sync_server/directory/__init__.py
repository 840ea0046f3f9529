"""The directory area (issue 18): who the server knows and hands down. The units tree, the roster with its
login verifiers, trusted issuers and policy (service), the reports' copies following the roster and the
locks every writer of learners takes (headcount), roster spreadsheets and account slips (roster_files),
password resets made below and settled above (password_resets), learners' moves between units and the unit
rule judged by them (transfers), their endpoints under /api/v1/admin (api) and their commands (cli,
learners_cli). The lowest area: it imports no other.
"""

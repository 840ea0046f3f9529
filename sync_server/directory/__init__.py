"""The directory area (issue 18): who the server knows and hands down. The units tree, the roster with its
login verifiers, trusted issuers and policy (service), roster spreadsheets and account slips (roster_files),
password resets made below and settled above (password_resets), learners' moves between units
(transfers), their endpoints under /api/v1/admin (api) and their commands (cli, learners_cli).
"""

"""The desktop admin UI: reports with drill-down and charts, the unit summary, item analysis, the roster,
question banks (import, preview, edit) and exams built from them, flagged results to decide, administrator
accounts, and this server's Sync page. Shown only to administrators (a proctor's account is sent to the proctor console)."""

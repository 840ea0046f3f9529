"""The desktop admin UI: reports with drill-down and charts, the unit summary, the roster, and this
server's Sync page. Shown only to administrators (a proctor's account is sent to the proctor console)."""

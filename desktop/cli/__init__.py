"""The `xuefa` command's station tasks, by what they look after (desktop/app.py registers them on its group):
`delivery` (the outbox and the server), `files` (what is brought on a stick), `care` (keys, data folder, time
mark, a proctor's code), and `common` (opening the station for a command, its log)."""

"""Station widgets, by role: learner/ (study), exam/ (the exam at the seat), proctor/, admin/; the shell, the
login, first run and the widgets the roles share (question view, messages, confirmations, screen fit) stay
here. Widgets call services; they never touch SQL or crypto themselves."""

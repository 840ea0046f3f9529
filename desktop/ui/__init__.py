"""Station widgets, by role: learner/ (study), exam/ (the exam at the seat), proctor/, admin/; a role's
folder imports no other role's (tests/test_architecture.py). The shell, the login, first run and the
widgets two roles share (question view, a paper's review, one's own password, messages, confirmations,
screen fit) stay here. Widgets call services; they never touch SQL or crypto themselves."""

"""The learner's study: the home tabs, the law library and reader, practice, mock exams, progress."""

"""The exams area (issue 18): what learners are examined on. Question banks and their imports (question_bank,
question_preview), exam packages stored once from a trusted issuer (packages: imported by hand, built here or
pulled from the upstream), exams built from this server's bank (builder), their endpoints (api) and their
commands (cli: import-package, import-questions, build-exam, questions).
"""

"""The reports area (issue 18): what administrators read from the results. Participation and pass rates per
unit with drill-down, the units' summary and a learner's personal archive (units), question statistics over
an exam's results (item_analysis), their endpoints under /api/v1/admin (api) and their commands (cli:
report, archive, item-analysis, report-units).
"""

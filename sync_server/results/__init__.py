"""The results area (issue 18): sealed results from their arrival to their standing. The one ingest path for
HTTP, USB and relay (ingest), the rules that hold a result back (acceptance), the attempt that counts per
learner and exam (counted), an administrator's decision on a held result (review, review_text), their
endpoints (api) and their commands (cli: flagged, decide). USB bundles, which carry results with study
records and reviews, travel by the upstream area (sync_server/upstream/bundles.py).
"""

"""The results area (issue 18): sealed results from their arrival to their standing. The one ingest path for
HTTP, USB and relay (ingest), the rules that hold a result back (acceptance), the attempt that counts per
learner and exam (counted), an administrator's decision on a held result (review, review_text), USB result
bundles and receipts (bundles), their endpoints (api) and their commands (cli: import-bundle, export-bundle,
import-receipts, flagged, decide).
"""

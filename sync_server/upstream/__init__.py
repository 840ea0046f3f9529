"""The upstream area (issue 18): what travels between tiers. Taking the changes of the server above down
(pull), relaying results, study records and review decisions up (relay, study_relay, review_relay), the same
by USB (bundles: a station's or a lower server's bundle in, this server's bundle out, receipts back), one sync
at a time for the whole server (transfer_sessions), the upper side of the relay (api: a lower server asks
what is missing, sends it, checks the totals), and the commands (cli: set-upstream, sync-upstream …;
bundles_cli: import-bundle, export-bundle, import-receipts). The top area: it relays all the others.
"""

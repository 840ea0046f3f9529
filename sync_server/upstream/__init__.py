"""The upstream area (issue 18): what a server does with the server above it. Taking its changes down
(pull), relaying results, study records and review decisions up (relay, review_relay), one sync at a time
for the whole server (transfer_sessions), the upper side of the relay (api: a lower server asks what is
missing, sends it, checks the totals), and the commands (cli: set-upstream, sync-upstream, pull, relay …).
"""

"""`python -m sync_server.cli`: the same as `xuefa-server`."""
from sync_server.cli import main

main()

"""The centre server bundle's entry point (PyInstaller runs this file as __main__)."""
from sync_server.cli import main

if __name__ == "__main__":
    main()

"""The station bundle's entry point (PyInstaller runs this file as __main__)."""
from desktop.app import main

if __name__ == "__main__":
    main()

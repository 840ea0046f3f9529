"""The station's local database and key file."""

"""Keys, AEAD and key derivation used by the wire formats."""

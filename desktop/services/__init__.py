"""Station services: what the UI calls. Databases, keys and clocks come in through constructors."""

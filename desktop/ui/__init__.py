"""Station widgets, per role. Widgets call services; they never touch SQL or crypto themselves."""

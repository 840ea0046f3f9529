"""The proctor's own screens: the sitting console (seats, actions, the start code), the offline code tool,
the start-code slip."""

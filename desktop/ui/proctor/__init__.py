"""The proctor's screens: the sittings and seats, the actions at a seat, the code tool, the start-code slip."""

"""Where the shipped resources are (one rule for the station and the server: examcore/resources.py)."""
from examcore.resources import resources_dir

__all__ = ["resources_dir"]

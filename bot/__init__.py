"""spacebot: answers questions about space-station crews, missions and landings."""

__version__ = "0.1.0"

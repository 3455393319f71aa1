"""mlward's home directory: `MLWARD_HOME`, else the user's data directory (DESIGN.md, Storage)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path:
    """The directory for mlward's own files (database, example); created on first use."""
    configured = os.environ.get("MLWARD_HOME")
    path = Path(configured) if configured else Path(platformdirs.user_data_dir("mlward"))
    path.mkdir(parents=True, exist_ok=True)
    return path

"""Size limits users set in megabytes through an environment variable (pure)."""

from __future__ import annotations

import os


def megabytes_from_env(name: str, default: float) -> int:
    """``$name`` megabytes (``default`` when unset or not a number), in bytes; at least 1 KB."""
    raw = os.environ.get(name, "").strip()
    try:
        megabytes = float(raw) if raw else default
    except ValueError:
        megabytes = default
    return int(max(megabytes, 0.001) * 2**20)

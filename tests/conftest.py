"""Shared paths: the project's own seed pages, and ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "golden"
SHARED = ROOT.parent / "shared"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when that material is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path

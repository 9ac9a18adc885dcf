"""Shared paths: the project's own seed pages, and ../shared when it is there."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

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


@cache
def load_script(name: str) -> ModuleType:
    """A tool from scripts/ (not part of the installed package), imported by file name."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # worker processes unpickle its functions by module name
    spec.loader.exec_module(module)
    return module

"""Every seed page against its reviewed golden file, byte for byte, and against both schemas.

After a deliberate change, `python scripts/update_golden.py` shows the diff and
`python scripts/update_golden.py --write` accepts it; review the diff first.
"""

from __future__ import annotations

import pytest
from conftest import GOLDEN, seed_paths

from layout import reconstruct, to_newsml
from layout.validate import validate_bytes


def convert(path) -> bytes:
    return to_newsml(reconstruct(path.read_bytes(), path.name))


@pytest.mark.parametrize("seed", seed_paths(), ids=lambda path: path.stem[:3])
def test_seed_matches_golden(seed) -> None:
    golden = GOLDEN / f"{seed.stem}.xml"
    assert golden.exists(), f"no golden file for {seed.name}: run scripts/update_golden.py"
    assert convert(seed) == golden.read_bytes(), "output changed: see scripts/update_golden.py for the diff"


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.xml")), ids=lambda path: path.stem[:3])
def test_golden_is_valid_newsml_and_nitf(golden) -> None:
    assert validate_bytes(golden.read_bytes()) == []


def test_conversion_is_deterministic() -> None:
    seed = seed_paths()[0]
    assert convert(seed) == convert(seed)

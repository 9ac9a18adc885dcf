"""Show how the seed pages' output differs from the golden files; with --write, accept it.

    python scripts/update_golden.py            # print a unified diff per changed seed
    python scripts/update_golden.py --write    # then overwrite the golden files

Golden files are reviewed by eye against the raw dump (and ../shared/reference
where there is one) before they are accepted: read the diff first. They are made
at the fixed conversion time the tests use (SOURCE_DATE_EPOCH, see tests/conftest.py).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

from layout import reconstruct, to_newsml

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_TIME = "1702771200"  # 2023-12-17T08:00:00+08:00, as in tests/conftest.py


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="overwrite the golden files with the current output")
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = GOLDEN_TIME
    changed = 0
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        page = reconstruct(seed.read_bytes(), seed.name)
        new = to_newsml(page).decode("utf-8")
        golden = ROOT / "golden" / f"{seed.stem}.xml"
        old = golden.read_text("utf-8") if golden.exists() else ""
        if new == old:
            continue
        changed += 1
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(golden), "new output"))
        if args.write:
            golden.write_text(new, "utf-8")
    print(f"{changed} golden file(s) {'rewritten' if args.write else 'differ'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

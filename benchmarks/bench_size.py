"""Does conversion time grow linearly with the size of a dump?

Times `layout.reconstruct` + `layout.to_newsml` on dumps of growing size built by
repeating the seed pages, on a single line of growing length, and on a page of ever
more one-line items (one newsItem each), then compares the time per MB of the largest
and the smallest dump of each series. Archives hold dumps of tens of megabytes;
anything worse than linear turns them into hours.

    python benchmarks/bench_size.py                       # 0.5 … 50 MB pages, 0.5 … 5 MB line
    python benchmarks/bench_size.py --pages 0.5 1 2 --line 0.5 1 --items 0.1 0.5

Exits 1 when the time per MB of a series grows more than --max-ratio times.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from layout import reconstruct, to_newsml

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MB = 1_000_000


@dataclass(frozen=True)
class Timing:
    series: str
    size: int
    seconds: float

    @property
    def seconds_per_mb(self) -> float:
        return self.seconds / (self.size / MB)


def seed_pages() -> list[str]:
    return [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def repeated(unit: str, separator: str, megabytes: float) -> bytes:
    """`unit` repeated until the UTF-8 dump reaches `megabytes`."""
    unit_size = len((unit + separator).encode("utf-8"))
    copies = max(1, round(megabytes * MB / unit_size))
    return separator.join([unit] * copies).encode("utf-8")


def pages_dump(megabytes: float) -> bytes:
    """Many pages one after another, as an archive's concatenated dump would hold them."""
    return repeated("\n\n".join(seed_pages()), "\n\n", megabytes)


def single_line_dump(megabytes: float) -> bytes:
    """A dump whose extractor lost every newline: one very long line."""
    return repeated("".join(page.replace("\n", "") for page in seed_pages()), "", megabytes)


def items_dump(megabytes: float) -> bytes:
    """Byline after byline, each a block of its own: every one becomes a newsItem."""
    return repeated("■本报记者 王伟", "\n\n", megabytes)


def convert_seconds(data: bytes) -> float:
    start = time.perf_counter()
    to_newsml(reconstruct(data))
    return time.perf_counter() - start


def run_series(series: str, build: Callable[[float], bytes], sizes: list[float]) -> list[Timing]:
    timings = []
    for megabytes in sizes:
        data = build(megabytes)
        timing = Timing(series, len(data), convert_seconds(data))
        print(f"{series:<12}{timing.size / MB:>9.2f}{timing.seconds:>11.2f}{timing.seconds_per_mb:>11.3f}", flush=True)
        timings.append(timing)
    return timings


def growth(timings: list[Timing]) -> float:
    """Time per MB of the largest dump over that of the smallest: about 1 when linear."""
    smallest, largest = min(timings, key=lambda t: t.size), max(timings, key=lambda t: t.size)
    return largest.seconds_per_mb / smallest.seconds_per_mb


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=float, nargs="*", default=[0.5, 1, 2, 5, 10, 20, 50], help="sizes (MB) of multi-page dumps")
    parser.add_argument("--line", type=float, nargs="*", default=[0.5, 1, 2, 5], help="sizes (MB) of single-line dumps")
    parser.add_argument("--items", type=float, nargs="*", default=[0.1, 0.2, 0.5, 1], help="sizes (MB) of one-line-item dumps")
    parser.add_argument("--max-ratio", type=float, default=3.0, help="largest allowed growth of the time per MB")
    return parser.parse_args()


def main() -> int:
    arguments = parse_arguments()
    convert_seconds(pages_dump(0.05))  # load the word dictionary and compile the patterns before timing
    print(f"{'series':<12}{'MB':>9}{'seconds':>11}{'s per MB':>11}")
    series = {
        "pages": run_series("pages", pages_dump, arguments.pages),
        "single-line": run_series("single-line", single_line_dump, arguments.line),
        "items": run_series("items", items_dump, arguments.items),
    }
    verdicts = []
    for name, timings in series.items():
        if len(timings) < 2:
            continue
        ratio = growth(timings)
        linear = ratio <= arguments.max_ratio
        verdicts.append(linear)
        print(f"{name}: time per MB grows {ratio:.2f}x from smallest to largest ({'linear' if linear else 'SUPER-LINEAR'})")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())

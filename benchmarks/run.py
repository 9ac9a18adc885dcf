"""How fast newsdump converts, on one core and on all, where the time goes, and what starting costs.

    python benchmarks/run.py                 # the seeds and 200 simulated pages (when ../shared is there)
    python benchmarks/run.py --pages 50      # fewer simulated pages
    python benchmarks/run.py --archive 1000 10000   # also: peak memory of batches that size

Prints, for the machine it runs on: pages/s and MB/s on one core (in process, steady
state), pages/s through `newsdump convert DIR -o OUT` on one worker and on every core
(a batch of --through pages, the corpus repeated, start-up included), the share of each stage, the CPU time and peak memory of
converting one page from a cold start, the peak memory of converting single dumps of a
few MB (--dump), and the size sweep of benchmarks/bench_size.py.
With --archive, batches of those many pages (the corpus repeated) through the command on
every core, with the peak memory of the largest process: flat when it does not grow
with the number of pages.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_size import pages_dump

from cleanup import prepare
from layout import to_newsml
from layout.assemble import assemble
from layout.batch import default_workers
from layout.build import build_page_parts
from layout.classify import banner_lines, classify_all
from layout.model import Page
from layout.pieces import tidy

ROOT = Path(__file__).resolve().parents[1]
SIMULATOR = ROOT.parent / "shared" / "tools" / "simulate.py"
NEWSDUMP = shutil.which("newsdump") or str(Path(sys.executable).with_name("newsdump"))


def corpus(folder: Path, simulated: int) -> list[Path]:
    """The seed pages, and `simulated` pages from the shared simulator when it is there."""
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    if SIMULATOR.exists() and simulated:
        subprocess.run([sys.executable, str(SIMULATOR), "--out", str(folder / "sim"), "--pages", str(simulated), "--seed", "901"], check=True, capture_output=True)
        for annotation in (folder / "sim").glob("*.json"):
            annotation.unlink()
    return sorted(folder.rglob("*.txt"))


def staged(data: bytes, name: str, clock: Counter) -> bytes:
    """One conversion, each stage's time added to `clock`."""
    marks = [time.perf_counter()]
    prepared = prepare(data)
    marks.append(time.perf_counter())
    pieces = tidy(classify_all(prepared.units, banner_lines(prepared.edits)))
    assembly = assemble(pieces, blank_lines=prepared.blocks_parted())
    marks.append(time.perf_counter())
    articles, furniture, meta, edits = build_page_parts(assembly, blank_lines=prepared.blocks_parted())
    page = Page(name, "0" * 64, meta, furniture, articles, prepared.edits + edits, assembly.orientation, assembly.confidence)
    marks.append(time.perf_counter())
    output = to_newsml(page)
    marks.append(time.perf_counter())
    for stage, start, end in zip(("cleanup (decode, unwrap, repair)", "layout (classify, assemble)", "build (fields, meta)", "NewsML-G2 output"), marks, marks[1:]):
        clock[stage] += end - start
    return output


def one_core(pages: list[Path]) -> None:
    dumps = [(path.name, path.read_bytes()) for path in pages]
    staged(dumps[0][1], dumps[0][0], Counter())  # dictionaries loaded before the clock runs
    clock: Counter = Counter()
    start = time.perf_counter()
    rounds = 0
    while time.perf_counter() - start < 5 or rounds < 1:
        for name, data in dumps:
            staged(data, name, clock)
        rounds += 1
    seconds = time.perf_counter() - start
    megabytes = rounds * sum(len(data) for _, data in dumps) / 1e6
    print(f"one core, in process:  {rounds * len(dumps) / seconds:7.1f} pages/s  {megabytes / seconds:5.2f} MB/s  ({rounds * len(dumps)} pages)")
    total = sum(clock.values())
    for stage, spent in clock.most_common():
        print(f"    {stage:34s} {100 * spent / total:5.1f} %")


def through_the_command(pages: list[Path], count: int, workers: int) -> None:
    """Pages/s of `newsdump convert DIR -o OUT --jobs N` over a batch of `count` pages, start-up
    included: a batch long enough that the workers' start-up weighs little, as in an archive."""
    with tempfile.TemporaryDirectory() as work:
        folder = linked_batch(pages, count, Path(work) / "archive")
        start = time.perf_counter()
        subprocess.run([NEWSDUMP, "convert", str(folder), "-o", str(Path(work) / "out"), "--jobs", str(workers)], check=True, capture_output=True)
        seconds = time.perf_counter() - start
    print(f"newsdump convert DIR, {workers} worker{'s' if workers > 1 else ' '}: {count / seconds:7.1f} pages/s  ({count} pages in {seconds:.1f} s, start-up included)")


def linked_batch(pages: list[Path], count: int, folder: Path) -> Path:
    """A folder of `count` pages, the corpus repeated (hard links, a thousand to a subfolder)."""
    for number in range(count):
        page = pages[number % len(pages)]
        target = folder / f"{number // 1000:03d}" / f"{number:06d}_{page.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(page, target)
    return folder


def archive_memory(pages: list[Path], count: int) -> None:
    """Peak memory of the largest process (the command or one of its workers) over a batch of `count` pages."""
    with tempfile.TemporaryDirectory() as work:
        folder = linked_batch(pages, count, Path(work) / "archive")
        command = [NEWSDUMP, "convert", str(folder), "-o", str(Path(work) / "out"), "--jobs", str(default_workers())]
        start = time.perf_counter()
        # A fresh parent per batch: the peak it sees is this batch's alone.
        measured = subprocess.run([sys.executable, "-c", _USAGE_OF_CHILDREN, *command], capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - start
    print(f"batch of {count:6d} pages: {count / seconds:6.1f} pages/s, largest process {int(measured.stdout.split()[1]) / 1024:5.0f} MB peak")




def dump_memory(megabytes: float, one_page_peak: float) -> None:
    """Peak memory of converting one dump of `megabytes` (the seed pages repeated, as an
    archive's concatenated dump would hold them) from a cold process, and what it costs
    above one page's conversion, per MB of dump."""
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "dump.txt"
        data = pages_dump(megabytes)
        dump.write_bytes(data)
        command = [NEWSDUMP, "convert", str(dump), "-o", str(Path(work) / "dump.xml")]
        measured = subprocess.run([sys.executable, "-c", _USAGE_OF_CHILDREN, *command], capture_output=True, text=True, check=True)
    peak = int(measured.stdout.split()[1]) / 1024
    size = len(data) / 1_000_000
    print(f"one dump of {size:5.1f} MB: {peak:5.0f} MB peak, {(peak - one_page_peak) / size:4.1f} MB more than one page's per MB of dump")


_USAGE_OF_CHILDREN = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN); print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss)"
)


def start_up(page: Path, runs: int = 3) -> float:
    """CPU time and peak memory of converting one page from a cold process: the median of a
    few runs, since one run on a shared machine can be off by a third."""
    cpus, peaks = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            measured = subprocess.run([sys.executable, "-c", _USAGE_OF_CHILDREN, NEWSDUMP, "convert", str(page), "-o", str(Path(out) / "page.xml"), "--force"], capture_output=True, text=True, check=True)
            cpu, peak = measured.stdout.split()
            cpus.append(float(cpu))
            peaks.append(int(peak))
    print(f"start-up, one page:    {statistics.median(cpus):5.2f} s CPU  {statistics.median(peaks) / 1024:5.0f} MB peak  (median of {runs} runs)")
    return statistics.median(peaks) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="simulated pages to add to the seeds")
    parser.add_argument("--through", type=int, default=1000, metavar="N", help="pages per run through the command, on one worker and on all (default 1000)")
    parser.add_argument("--archive", type=int, nargs="*", default=[], metavar="N", help="batch sizes whose peak memory to measure")
    parser.add_argument("--dump", type=float, nargs="*", default=[1, 10], metavar="MB", help="sizes of single dumps whose peak memory to measure")
    arguments = parser.parse_args()
    if arguments.through < 1 or any(count < 1 for count in arguments.archive):
        parser.error("--through and --archive take a number of pages, at least 1")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as work:
        pages = corpus(Path(work), arguments.pages)
        one_page_peak = start_up(pages[0])
        one_core(pages)
        for workers in sorted({1, default_workers()}):
            through_the_command(pages, arguments.through, workers)
        for count in arguments.archive:
            archive_memory(pages, count)
    for megabytes in arguments.dump:
        dump_memory(megabytes, one_page_peak)
    print("size sweep:")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_size.py"), "--pages", "0.5", "2", "10", "--line", "0.5", "2", "--items", "0.1", "0.5"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

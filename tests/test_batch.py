"""Converting an archive: every core, mirrored folders, a summary, failures as JSON lines,
runs that resume, and no output replaced that newsdump did not make."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import seed_paths
from test_cli import NEWSDUMP

from cleanup import InputError
from layout.batch import remove_abandoned_temporaries
from layout.errors import ExitCode, OutputError
from layout.files import Source, write_atomically
from layout.review import Entry, PageReview, latest_reviews, log_review, review_csv


def archive(root: Path, copies: int = 3) -> Path:
    """The seed pages, `copies` times, in nested folders (one name in upper case)."""
    folder = root / "archive"
    for copy in range(copies):
        for path in seed_paths():
            target = folder / f"year{copy}" / "month" / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (folder / "year0" / "PAGE.TXT").write_bytes(seed_paths()[0].read_bytes())
    return folder


def newsdump(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSDUMP, *map(str, arguments)], capture_output=True, text=True, check=False)


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*.xml"))}


def test_a_batch_mirrors_the_tree_and_ends_with_one_summary_line(tmp_path) -> None:
    result = newsdump("convert", archive(tmp_path), "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    made = outputs(tmp_path / "out")
    assert len(made) == 16 and "year0/PAGE.xml" in made and "year2/month/004_05616813ccf286d4.xml" in made
    assert result.stderr.startswith("newsdump: 16 converted, 0 skipped, 0 failed in ")


def test_all_cores_give_the_bytes_one_core_gives(tmp_path) -> None:
    source = archive(tmp_path)
    assert newsdump("convert", source, "-o", tmp_path / "one", "--jobs", "1").returncode == 0
    assert newsdump("convert", source, "-o", tmp_path / "two", "--jobs", "2").returncode == 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_a_list_file_names_the_inputs(tmp_path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("# the first two seeds\n" + "\n".join(str(path) for path in seed_paths()[:2]) + "\n\n", "utf-8")
    result = newsdump("convert", f"@{listing}", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert sorted(outputs(tmp_path / "out")) == [f"{path.stem}.xml" for path in seed_paths()[:2]]


def test_failures_are_one_line_each_and_json_lines_on_request(tmp_path) -> None:
    source = archive(tmp_path, copies=1)
    (source / "broken.txt").write_bytes(b"\x00\x01binary")
    report = tmp_path / "failures.jsonl"
    result = newsdump("convert", source, "-o", tmp_path / "out", "--failures", report)
    assert result.returncode == ExitCode.INPUT
    (line,) = report.read_text("utf-8").splitlines()
    failure = json.loads(line)
    assert failure["input"].endswith("broken.txt") and failure["exit_code"] == ExitCode.INPUT
    assert "1 failed" in result.stderr.splitlines()[-1]


def test_a_rerun_skips_what_is_done_and_redoes_what_changed(tmp_path) -> None:
    source = archive(tmp_path, copies=1)
    out = tmp_path / "out"
    assert newsdump("convert", source, "-o", out).returncode == 0
    rerun = newsdump("convert", source, "-o", out)
    assert rerun.returncode == 0 and "0 converted, 6 skipped" in rerun.stderr
    changed = source / "year0" / "month" / seed_paths()[1].name
    time.sleep(0.01)
    changed.write_bytes(seed_paths()[2].read_bytes())  # the input changed since
    third = newsdump("convert", source, "-o", out)
    assert third.returncode == 0 and "1 converted, 5 skipped" in third.stderr


def test_a_file_newsdump_did_not_make_is_not_replaced(tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{seed_paths()[0].stem}.xml").write_text("mine", "utf-8")
    result = newsdump("convert", seed_paths()[0], seed_paths()[1], "-o", out)
    assert result.returncode == ExitCode.OUTPUT and "already exists" in result.stderr
    assert (out / f"{seed_paths()[0].stem}.xml").read_text("utf-8") == "mine"


def test_a_file_that_appears_during_the_write_is_not_replaced(tmp_path, monkeypatch) -> None:
    target = tmp_path / "page.xml"
    real_fill = __import__("layout.files", fromlist=["_fill"])._fill

    def fill_then_another_run_writes(temporary: Path, data: bytes) -> None:
        real_fill(temporary, data)
        target.write_text("another run", "utf-8")

    monkeypatch.setattr("layout.files._fill", fill_then_another_run_writes)
    with pytest.raises(OutputError, match="already exists"):
        write_atomically(target, b"<xml/>", force=False)
    assert target.read_text("utf-8") == "another run"
    assert [path.name for path in tmp_path.iterdir()] == ["page.xml"]


def test_a_killed_batch_resumes_to_the_same_outputs_and_leaves_no_temporary_file(tmp_path) -> None:
    source = archive(tmp_path, copies=40)
    assert newsdump("convert", source, "-o", tmp_path / "whole", "--jobs", "2").returncode == 0
    out = tmp_path / "out"
    process = subprocess.Popen([*NEWSDUMP, "convert", str(source), "-o", str(out), "--jobs", "2"], stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(outputs(out) if out.exists() else {}) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # no clean-up at all, workers included
    process.wait()
    assert 0 < len(outputs(out)) < len(outputs(tmp_path / "whole"))  # stopped midway
    resumed = newsdump("convert", source, "-o", out, "--jobs", "2")
    assert resumed.returncode == 0, resumed.stderr
    assert outputs(out) == outputs(tmp_path / "whole")
    assert not list(out.rglob("*.tmp"))


def test_a_killed_workers_temporary_goes_even_before_anyone_reaps_it(tmp_path) -> None:
    """A worker killed with its run stays a zombie until reaped (for ever in a container
    without an init process): its temporary output is abandoned all the same."""
    worker = subprocess.Popen(["sleep", "0"])
    time.sleep(0.3)  # exited, not yet waited for: a zombie
    abandoned = tmp_path / f".newsdump-{worker.pid}-x.tmp"
    live = tmp_path / f".newsdump-{os.getpid()}-y.tmp"
    abandoned.write_bytes(b"<")
    live.write_bytes(b"<")
    try:
        assert remove_abandoned_temporaries(tmp_path) == 1
        assert not abandoned.exists() and live.exists()
    finally:
        worker.wait()


def test_a_dump_over_the_size_limit_is_an_input_error(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(seed_paths()[0].read_bytes() * 60)  # about 2 MB
    result = newsdump("convert", big, "--max-size", "1")
    assert result.returncode == ExitCode.INPUT and "--max-size" in result.stderr
    with pytest.raises(InputError):
        Source("zero", Path("/dev/zero")).read(max_size=1 << 16)


def test_a_batch_lists_pages_and_articles_worst_first_and_a_rerun_keeps_them(tmp_path) -> None:
    out = tmp_path / "out"
    assert newsdump("convert", *seed_paths(), "-o", out).returncode == 0
    first = (out / "review.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(first)))
    scores = [float(row["confidence"]) for row in rows]
    assert scores == sorted(scores)
    assert sum(row["level"] == "page" for row in rows) == len(seed_paths())
    assert {row["output"] for row in rows} == {path.stem + ".xml" for path in seed_paths()}
    assert all(row["lines"] for row in rows if row["level"] == "article")
    rerun = newsdump("convert", *seed_paths(), "-o", out)
    assert " 5 skipped" in rerun.stderr and "review list, worst first: " in rerun.stderr
    assert (out / "review.csv").read_text("utf-8") == first


def test_the_review_log_keeps_the_latest_conversion_and_survives_a_cut_line(tmp_path) -> None:
    old = PageReview("a.txt", "a.xml", [Entry(0.2, 0, "(page)", "1-9")])
    new = PageReview("a.txt", "a.xml", [Entry(0.9, 0, "(page)", "1-9"), Entry(0.4, 1, "标题", "2-5", ["no headline was found for it"])])
    log_review(tmp_path, old)
    log_review(tmp_path, new)
    with (tmp_path / ".newsdump-review").open("a", encoding="utf-8") as stream:
        stream.write('{"input": "b.txt", "outp')  # a killed run's last line
    assert list(latest_reviews(tmp_path)) == [new]
    assert b"".join(review_csv([new])).decode("utf-8").splitlines() == [
        "confidence,level,output,input,item,title,lines,reasons",
        "0.400,article,a.xml,a.txt,1,标题,2-5,no headline was found for it",
        "0.900,page,a.xml,a.txt,0,(page),1-9,",
    ]


def test_the_review_list_is_merged_from_sorted_runs_in_order() -> None:
    pages = [PageReview(f"{n}.txt", f"{n}.xml", [Entry((n * 37 % 100) / 100, 0, "(page)", "1-2", ["多行\n原因"])]) for n in range(50)]
    lines = b"".join(review_csv(pages, chunk_rows=7)).decode("utf-8").splitlines()
    assert len(lines) == 51
    scores = [float(line.split(",")[0]) for line in lines[1:]]
    assert scores == sorted(scores)
    assert lines[1].endswith(",多行 原因")


def test_a_dask_cluster_gives_the_bytes_a_local_run_gives(tmp_path) -> None:
    distributed = pytest.importorskip("distributed")
    source = archive(tmp_path, copies=2)
    assert newsdump("convert", source, "-o", tmp_path / "local").returncode == 0
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        result = newsdump("convert", source, "-o", tmp_path / "cluster", "--scheduler", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("newsdump: 11 converted, 0 skipped, 0 failed")
    assert outputs(tmp_path / "cluster") == outputs(tmp_path / "local")
    assert (tmp_path / "cluster" / "review.csv").read_bytes() == (tmp_path / "local" / "review.csv").read_bytes()


def test_an_unreachable_scheduler_is_one_line_and_a_usage_error(tmp_path) -> None:
    pytest.importorskip("distributed")
    result = newsdump("convert", *seed_paths(), "-o", tmp_path / "out" / "deeper", "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == ExitCode.USAGE
    assert result.stderr.startswith("newsdump: error: --scheduler tcp://127.0.0.1:1: cannot reach the Dask scheduler")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()  # the folders it made for nothing are gone again

"""Page and story dates: printed, given, or from the file name, and never a silent guess."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from conftest import SEEDS
from test_cli import NEWSDUMP

from layout import reconstruct
from layout.dates import file_name_date

UNDATED = "这是一段正文，说明了很多事情。\n"


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("jnrb_20231217_p03.txt", date(2023, 12, 17)),
        ("archive/2023-12-17/p3.txt", None),  # only the file's own name counts
        ("2023-12-17-a.txt", date(2023, 12, 17)),
        ("page_2023.12.17.txt", date(2023, 12, 17)),
        ("000_83a71d8bdb8e7ffb.txt", None),
        ("120231217.txt", None),  # inside a longer number
        ("20231317.txt", None),  # no 13th month
        ("-", None),
    ],
)
def test_a_date_in_the_file_name(name: str, found: date | None) -> None:
    assert file_name_date(name) == found


@pytest.mark.parametrize(
    ("text", "name", "given", "expected"),
    [
        (UNDATED, "-", None, (None, None)),
        (UNDATED, "rmrb_20170325.txt", None, ("2017-03-25", "file name")),
        (UNDATED, "rmrb_20170325.txt", date(2017, 3, 26), ("2017-03-26", "option")),
        ("2023年12月17日 星期日\n\n" + UNDATED, "rmrb_20170325.txt", date(2017, 3, 26), ("2023-12-17", "printed")),
    ],
)
def test_a_printed_date_wins_then_the_given_one_then_the_file_name(text, name, given, expected) -> None:
    meta = reconstruct(text, name, issued=given).meta
    assert (meta.date, meta.date_source) == expected


def newsdump(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSDUMP, *map(str, arguments)], capture_output=True, text=True, check=False)


def test_the_command_takes_a_date_and_refuses_a_wrong_one() -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    given = newsdump("convert", seed, "--date", "2023-11-27")
    assert given.returncode == 0
    assert "<firstCreated>2023-11-27T00:00:00+08:00</firstCreated>" in given.stdout
    assert "page date 2023-11-27 taken from the --date option: the page prints none" in given.stdout
    for wrong in ("2023-02-30", "20231127", "yesterday"):
        refused = newsdump("convert", seed, "--date", wrong)
        assert refused.returncode == 2 and refused.stderr.startswith("newsdump: error: --date: "), wrong


def test_the_conversion_time_comes_from_source_date_epoch_and_a_bad_one_is_refused() -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    made = subprocess.run([*NEWSDUMP, "convert", str(seed)], capture_output=True, text=True, check=False, env={"SOURCE_DATE_EPOCH": "0", "PATH": ""})
    assert "<sent>1970-01-01T08:00:00+08:00</sent>" in made.stdout
    bad = subprocess.run([*NEWSDUMP, "convert", str(seed)], capture_output=True, text=True, check=False, env={"SOURCE_DATE_EPOCH": "soon", "PATH": ""})
    assert bad.returncode == 2 and "SOURCE_DATE_EPOCH='soon'" in bad.stderr

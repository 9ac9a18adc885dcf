"""Writing a page in another script: logged edits, the language tag, corner brackets kept,
structure and accuracy unchanged."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import load_script, shared_or_skip
from test_cli import NEWSDUMP

from cleanup import converted_with_edits, detect_script, script_converter, to_simplified
from layout import language_tag, reconstruct, to_newsml, transcribe

# A small page in traditional script, written for these tests.
TRADITIONAL_DUMP = """港聞

市民排隊輪候檢測 衛生署延長開放時間

■記者 陳大文

衛生署昨日宣布，由於輪候檢測的市民眾多，社區檢測中心將延長開放時間至晚上十時。
署方發言人表示，「市民毋須擔心」，中心會增派人手，並在網上公布輪候人數。

有市民在中心外排隊超過兩小時，認為資訊不足，希望當局改善安排。
"""


@pytest.mark.parametrize(
    ("script", "target", "text", "expected", "changes"),
    [
        ("traditional", "hans", "衛生署宣布「資訊」", "卫生署宣布「资讯」", [("衛", "卫"), ("資訊", "资讯")]),
        ("simplified", "hant", "卫生署宣布", "衛生署宣佈", [("卫", "衛"), ("布", "佈")]),
        ("simplified", "tw", "鼠标里面", "鼠標裡面", [("标里", "標裡")]),
        ("simplified", "hk", "里面着", "裏面着", [("里", "裏")]),
        ("traditional", "tw", "裏面着", "裡面著", [("裏", "裡"), ("着", "著")]),
    ],
)
def test_each_target_converts_and_logs_every_change(script, target, text, expected, changes) -> None:
    converted, edits = converted_with_edits(text, script_converter(script, target), 3, f"script-{target}")
    assert converted == expected
    assert [(edit.before, edit.after) for edit in edits] == changes
    assert {edit.line for edit in edits} == {3} and {edit.kind for edit in edits} == {f"script-{target}"}


@pytest.mark.parametrize(("script", "target"), [("simplified", "hans"), ("traditional", "hant"), ("simplified", "keep")])
def test_text_already_in_the_target_script_is_left_alone(script, target) -> None:
    assert script_converter(script, target) is None


@pytest.mark.parametrize(("target", "tag"), [("hans", "zh-Hans"), ("hant", "zh-Hant"), ("tw", "zh-Hant-TW"), ("hk", "zh-Hant-HK")])
def test_the_language_tag_follows_the_target(target, tag) -> None:
    assert language_tag(transcribe(reconstruct(TRADITIONAL_DUMP), target)) == tag


def test_a_traditional_page_in_simplified_keeps_its_corner_brackets_and_its_structure() -> None:
    page = reconstruct(TRADITIONAL_DUMP)
    simplified = transcribe(page, "hans")
    article = simplified.articles[0]
    assert article.headline == "市民排队轮候检测 卫生署延长开放时间"
    assert article.byline.text == "记者 陈大文" and article.byline.persons == ["陈大文"]
    assert "「市民毋须担心」" in article.body[1].text
    assert detect_script(article.body[0].text) == "simplified"
    assert [len(a.body) for a in simplified.articles] == [len(a.body) for a in page.articles]
    added = simplified.edits[len(page.edits) :]
    assert added and all(edit.kind == "script-hans" for edit in added)
    back = transcribe(simplified, "hant")
    assert [(a.kind, len(a.body), bool(a.headline)) for a in back.articles] == [(a.kind, len(a.body), bool(a.headline)) for a in page.articles]


def test_keep_changes_nothing() -> None:
    page = reconstruct(TRADITIONAL_DUMP)
    assert transcribe(page, "keep") is page
    assert language_tag(page) == "zh-Hant"


def test_the_command_writes_the_script_asked_for(tmp_path) -> None:
    dump = tmp_path / "page.txt"
    dump.write_text(TRADITIONAL_DUMP, "utf-8")
    result = subprocess.run([*NEWSDUMP, "convert", str(dump), "--script", "hans"], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    xml = result.stdout.decode("utf-8")
    assert 'xml:lang="zh-Hans"' in xml and "卫生署延长开放时间" in xml and "衛生署" not in xml
    cleaned = subprocess.run([*NEWSDUMP, "clean", str(dump), "--script", "hans", "--explain"], capture_output=True, text=True, check=False)
    assert "卫生署昨日宣布" in cleaned.stdout and "script-hans" in cleaned.stderr
    wrong = subprocess.run([*NEWSDUMP, "convert", str(dump), "--script", "latin"], capture_output=True, text=True, check=False)
    assert wrong.returncode == 2 and "latin" in wrong.stderr


def _in_simplified(value):
    """An annotation with every string converted to simplified script."""
    if isinstance(value, str):
        return to_simplified(value)
    if isinstance(value, list):
        return [_in_simplified(item) for item in value]
    if isinstance(value, dict):
        return {key: _in_simplified(item) if key != "source" else item for key, item in value.items()}
    return value


def _traditional_pages() -> list[Path]:
    folders = [shared_or_skip("devset"), shared_or_skip("devset2")]
    pages = [path for folder in folders for path in sorted(folder.glob("*.json"))]
    return [path for path in pages if detect_script((path.parent / json.loads(path.read_text("utf-8"))["source"]).read_text("utf-8")[:4000]) == "traditional"]


def test_hong_kong_pages_score_the_same_in_simplified_and_keep_their_structure_both_ways(tmp_path) -> None:
    evaluate = load_script("evaluate")
    scorer = evaluate.load_scorer(shared_or_skip("tools", "score.py"))
    pages = _traditional_pages()
    assert pages, "the devsets hold Hong Kong pages"
    for path in pages:
        truth = json.loads(path.read_text("utf-8"))
        page = reconstruct((path.parent / truth["source"]).read_bytes())
        simplified = transcribe(page, "hans")
        as_printed = scorer.score_page(truth, evaluate.scored_items(scorer, page))
        converted = scorer.score_page(_in_simplified(truth), evaluate.scored_items(scorer, simplified))
        for metric in ("article_f1", "perfect_articles", "headline_acc", "break_f1"):
            assert converted[metric] == as_printed[metric], (path.name, metric)
        back = transcribe(simplified, "hant")
        assert [(a.kind, len(a.body), bool(a.headline)) for a in back.articles] == [(a.kind, len(a.body), bool(a.headline)) for a in page.articles]
        assert b'xml:lang="zh-Hant"' in to_newsml(back)

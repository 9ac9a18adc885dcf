"""The HTML report: every source line tinted, every article shown, self-contained, and
highlighting that works in a real browser (headless Chromium, skipped where it is absent)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, seed_paths, text_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html
from test_cli import NEWSDUMP

from layout import reconstruct
from layout.model import Article, BodyPart, Furniture, LineRole, Page, PageMeta, Span
from layout.report import ROLES, line_tints, page_report

SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def small_page() -> Page:
    article = Article(
        "article",
        headline="标题",
        body=[BodyPart("p", "正文第一段。", Span(4, 5)), BodyPart("h", "小标题", Span(7, 7))],
        span=Span(2, 7),
        line_roles=[LineRole("headline", Span(2, 2)), LineRole("dateline", Span(4, 4))],
    )
    photo = Article("photo", body=[BodyPart("p", "图为现场。", Span(9, 9))], credit="张三", line_roles=[LineRole("credit", Span(9, 9))])
    furniture = [Furniture("第3版", "page-header", Span(1, 1)), Furniture("无处安放", "residue", Span(10, 10))]
    return Page("-", "0" * 64, PageMeta(), furniture, [article, photo], [], "headline-first", 1.0)


@pytest.mark.parametrize(
    ("line", "tint"),
    [
        (1, ("furniture", None)),
        (2, ("headline", 1)),
        (3, ("blank", None)),
        (4, ("dateline", 1)),  # a dateline wins over the body on the line it opens
        (5, ("body", 1)),
        (7, ("intertitle", 1)),
        (9, ("credit", 2)),
        (10, ("residue", None)),
        (11, ("residue", None)),  # a line nothing claimed is shown as unplaced, never left blank
    ],
)
def test_each_line_is_tinted_by_what_it_became(line: int, tint: tuple[str, int | None]) -> None:
    assert line_tints(small_page(), 11, blank={3, 6, 8})[line] == tint


def test_the_report_is_self_contained_and_escapes_the_dump() -> None:
    source = "第3版\n标题\n\n本报讯 <script>alert(1)</script>\n正文。\n\n小标题\n\n图为现场。\n无处安放\n"
    document = page_report(small_page(), source, "页面 & <名字>").decode("utf-8")
    tree = html.fromstring(document)
    assert tree.findtext(".//title") == "页面 & <名字>"
    assert "<script>alert(1)</script>" not in document and "alert(1)" in tree.get_element_by_id("L4").text_content()
    assert not tree.xpath("//*[@src] | //link")  # nothing fetched from anywhere
    assert not [href for href in tree.xpath("//@href") if not href.startswith("#")]
    assert len(tree.find_class("line")) == 10 and len(tree.find_class("item")) == 2
    assert {item.get("class").split()[1] for item in tree.find_class("line")} <= {f"r-{role}" for role in ROLES}


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSDUMP, *map(str, arguments)], capture_output=True, text=True, check=False)


def test_the_report_command_writes_a_file_and_will_not_overwrite_one(tmp_path) -> None:
    target = tmp_path / "page.html"
    assert run("report", seed_paths()[0], "-o", target).returncode == 0
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")
    again = run("report", seed_paths()[0], "-o", target)
    assert again.returncode == 4 and "already exists" in again.stderr


def test_a_batch_report_writes_each_page_and_an_index_worst_first(tmp_path) -> None:
    out = tmp_path / "out"
    assert run("convert", *seed_paths(), "-o", out, "--report").returncode == 0
    index = html.fromstring((out / "index.html").read_bytes())
    links = index.xpath("//a/@href")
    assert sorted(links) == sorted(path.stem + ".html" for path in seed_paths())
    assert all((out / link).read_bytes().startswith(b"<!DOCTYPE html>") for link in links)
    scores = [float(cell.text_content()) for cell in index.xpath("//tr/td[1]")]
    assert scores == sorted(scores)


HARBOUR = [(16, 20, 160, "Harbour opens"), (9, 20, 130, "The new harbour opened on Monday, the mayor said."), (9, 20, 118, "Ships came in.")]


def test_a_pdf_report_draws_the_page_with_each_line_where_it_was_printed_and_tied_to_its_article(tmp_path) -> None:
    source = tmp_path / "page.pdf"
    source.write_bytes(text_pdf(HARBOUR))
    result = run("report", source, "-o", tmp_path / "page.html")
    assert result.returncode == 0, result.stderr
    tree = html.fromstring((tmp_path / "page.html").read_bytes())
    (svg,) = tree.xpath("//section[contains(@class, 'page-image')]/svg")
    assert svg.get("viewbox") == "0 0 300.0 200.0"
    drawn = svg.xpath(".//g[contains(@class, 'pl')]")
    assert [group.findtext("text") for group in drawn] == [text for _, _, _, text in HARBOUR]
    assert [float(group.find("rect").get("y")) for group in drawn] == sorted(float(group.find("rect").get("y")) for group in drawn)
    for group in drawn:  # the same role and article as the text line it went into
        line = tree.get_element_by_id(f"L{group.get('data-line')}")
        assert group.get("class").split()[1] == line.get("class").split()[1]
        assert group.get("data-article") == line.get("data-article")


def test_a_dump_report_draws_no_page() -> None:
    tree = html.fromstring(page_report(small_page(), "第3版\n标题\n", "-"))
    assert not tree.xpath("//svg") and not tree.find_class("page-image")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium (Debian: chromium, chromium-driver) is not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


@pytest.mark.parametrize("seed", seed_paths(), ids=lambda path: path.name[:3])
def test_a_browser_shows_every_line_tinted_every_article_and_highlights_on_click(browser, seed: Path, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    page = reconstruct(seed.read_bytes())
    report = tmp_path / "page.html"
    report.write_bytes(page_report(page, seed.read_text("utf-8"), seed.name))
    browser.get(report.as_uri())
    lines = browser.find_elements(By.CSS_SELECTOR, ".line")
    assert len(lines) == len(seed.read_text("utf-8").splitlines())
    painted = browser.execute_script(
        "return [...document.querySelectorAll('.line')].map(l => getComputedStyle(l).backgroundColor)"
    )
    non_blank = [colour for colour, text in zip(painted, seed.read_text("utf-8").splitlines()) if text.strip()]
    assert all(colour not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)") for colour in non_blank)
    items = browser.find_elements(By.CSS_SELECTOR, ".item")
    assert len(items) == len(page.articles)
    shown = [item.find_element(By.TAG_NAME, "h2").text for item in items]
    assert shown == [article.headline or article.title for article in page.articles]
    number = max(range(1, len(items) + 1), key=lambda n: len(page.articles[n - 1].body))
    items[number - 1].click()
    highlighted = browser.find_elements(By.CSS_SELECTOR, ".line.hl")
    assert highlighted and all(line.get_attribute("data-article") == str(number) for line in highlighted)
    assert len(highlighted) == len(browser.find_elements(By.CSS_SELECTOR, f'.line[data-article="{number}"]'))
    assert "selected" in items[number - 1].get_attribute("class")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{seed.stem}.png"))


def test_a_browser_picks_an_article_from_a_line_of_the_drawn_page(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    source = tmp_path / "page.pdf"
    source.write_bytes(text_pdf(HARBOUR))
    assert run("report", source, "-o", tmp_path / "page.html").returncode == 0
    browser.get((tmp_path / "page.html").as_uri())
    browser.find_elements(By.CSS_SELECTOR, ".pl[data-article]")[-1].click()
    assert "selected" in browser.find_element(By.ID, "A1").get_attribute("class")
    lit = browser.find_elements(By.CSS_SELECTOR, ".pl.hl")
    assert lit and all(line.get_attribute("data-article") == "1" for line in lit)
    assert browser.current_url.endswith("#A1")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("标题正文。，\n\x01\x0b\ufffe"), max_size=200))
def test_any_dump_gets_a_report_and_a_control_character_shows_as_its_picture(text: str) -> None:
    """A report never fails on what the dump holds: what HTML cannot carry is shown, not dropped."""
    document = html.fromstring(page_report(reconstruct(text), text, "页面"))
    shown_lines = [line.text_content() for line in document.find_class("line")]
    if "\x01" in text:
        assert any("␁" in line for line in shown_lines)

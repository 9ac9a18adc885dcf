"""Fit the weights of the decisions that are learned from laid-out pages.

    python scripts/holdout.py WORK --no-score                       # pages from the tune texts
    python scripts/train_layout.py joins WORK/tune                  # column jumps (cleanup/joins.json)
    python scripts/train_layout.py boundaries WORK/tune             # articles (layout/boundaries.json)
    python scripts/train_layout.py roles WORK/tune WORK/tune-noblank  # headline roles, blank lines (layout/roles.json)
    python scripts/train_layout.py roles_noblank WORK/tune          # headline roles, no blank lines (layout/roles_noblank.json)
    python scripts/train_layout.py confidence WORK/tune             # article confidence (layout/confidence.json)
    python scripts/train_layout.py title_breaks WORK/tune-noblank WORK/tune  # runs of titles (layout/title_breaks.json)
    python scripts/train_layout.py boundaries WORK/tune-a --validate WORK/tune-b --dry-run

`joins`: every blank line the unwrapper weighs (`cleanup.jumps`) is a column
jump when the annotation holds the text on both sides of it in one field.
`roles`: every title of a headline block that may head its article is the
"main" headline, the "kicker" or "other" (a subheadline or a banner), as the
annotation has it; where blank lines part the page's blocks, it is read with the
titles printed over and under it, and "other" weighs `CLASS_WEIGHTS` examples.
`roles_noblank`: the same titles, each read on its own, for the pages no blank
line parts.
`title_breaks`: between two cleanup units of a title run in a block without blank
lines (`layout.title_runs`), "apart" when the annotation puts the lines on both sides in
two fields (a kicker and its headline), "join" when one field holds them both.
`confidence`: every article rebuilt with the shipped weights is "right" when
the shared scorer finds it whole and exact (`evaluate.article_verdicts`), else
"wrong"; its evidence is `layout.confidence.article_evidence`.
`boundaries`: between every two paragraphs of a page's text stream
(`layout.boundaries`) a new article begins when the annotation places them in
two articles. Text is compared with spaces, punctuation width, OCR doublings
and jump lines aside; a case the annotation cannot place is left out, and so is
one a printed mark decides (a byline between, a dateline after).

The model is a logistic regression (scikit-learn) over the named features; its
weights are written as plain JSON, so the package reads them without
scikit-learn. Fit only on pages laid out from the tune texts, and validate on
pages laid out from other texts (`--validate`): pages share texts, so errors
on pages of the same texts flatter the model. Needs the `train` extra.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex
from evaluate import DEFAULT_SCORER, article_verdicts, load_scorer, scored_items

from cleanup import prepare
from cleanup.columns import columns_for, page_is_flat
from cleanup.config import DEFAULT
from cleanup.jumps import JoinCase, join_features, never_joins
from cleanup.repair import within_reach
from cleanup.unwrap import page_of_blocks
from layout import reconstruct_with_evidence
from layout.assemble import assemble
from layout.boundaries import (
    features_at,
    page_common_pairs,
    printed_mark,
    titles_pooled,
)
from layout.classify import banner_lines, classify_all
from layout.confidence import article_evidence
from layout.pieces import Body, tidy
from layout.stream import is_title, text_stream
from layout.title_runs import runs_to_part, title_break_features
from layout.titles import TitleUnit, role_features, set_aside_banners

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = {
    "joins": ROOT / "src" / "cleanup" / "joins.json",
    "boundaries": ROOT / "src" / "layout" / "boundaries.json",
    "roles": ROOT / "src" / "layout" / "roles.json",
    "roles_noblank": ROOT / "src" / "layout" / "roles_noblank.json",
    "confidence": ROOT / "src" / "layout" / "confidence.json",
    "title_breaks": ROOT / "src" / "layout" / "title_breaks.json",
}
FIELD_LABELS = {
    "headline": "head", "kicker": "head", "subheadline": "head", "h": "body", "p": "body",
    "byline": "byline", "furniture": "banner",
}
_SPACE = regex.compile(r"\s+")
_FOLD = str.maketrans("，：；（）！？", ",:;()!?")
_MARKS = regex.compile(r"^(?:[—-]+|■)")
_DOUBLED = regex.compile(r"(\p{Han})\1")
_JUMP = regex.compile(r"[（(]下[转轉][^）)]*[）)]$")
_CREDIT_MARK = regex.compile(r"[摄攝]$")
# Least weight kept in the file: smaller ones change no decision.
WEIGHT_FLOOR = 1e-3
REGULARISATION = 1.0
# A title the annotation sets aside beside a headline ("other": a banner, a deck) is rare among
# the titles that may head an article (about one in four hundred); weighed as one example it
# leaves the fit no word against reading a campaign's banner as a kicker.
CLASS_WEIGHTS: dict[str, dict[str, float]] = {"roles": {"kicker": 1.0, "main": 1.0, "other": 2.0}}
# Shorter texts are found in too many places to be placed.
MIN_PLACED = 2

Example = tuple[dict[str, float], str]


def canonical(text: str | None) -> str:
    """The text as the annotation and the dump can both be brought to."""
    text = _SPACE.sub("", text or "").translate(_FOLD)
    text = _DOUBLED.sub(r"\1", _MARKS.sub("", text))
    return _CREDIT_MARK.sub("", _JUMP.sub("", text))


def truth_fields(truth: dict) -> list[tuple[str, int, str]]:
    """(label, article index, canonical text) of every text field of an annotation, in order."""
    fields = []
    for index, article in enumerate(truth["articles"]):
        for name in ("kicker", "headline", "subheadline", "byline"):
            if article.get(name):
                fields.append((FIELD_LABELS[name], index, canonical(article[name])))
        dateline = article.get("dateline") or ""
        for position, part in enumerate(article["body"]):
            (kind, text), = part.items()
            prefix = dateline if position == 0 and kind == "p" else ""
            fields.append((FIELD_LABELS[kind], index, canonical(prefix + text)))
    fields += [("banner", -1, canonical(text)) for text in truth["furniture"]]
    return [field for field in fields if field[2]]


def label_of(text: str, fields: list[tuple[str, int, str]], near: int) -> tuple[str, int] | None:
    """The field holding the piece's text: an equal one first, else the nearest that contains it."""
    wanted = canonical(text)
    if len(wanted) < MIN_PLACED:
        return None
    equal = [(label, index) for label, index, field in fields if field == wanted]
    holding = equal or [(label, index) for label, index, field in fields if wanted in field]
    if not holding:
        return None
    return min(holding, key=lambda found: abs(found[1] - near))


def join_truth(tail: str, head: str, fields: list[tuple[str, int, str]]) -> str | None:
    """"join" when one field holds the text on both sides of the blank line, "apart" when the
    tail ends a field or the two never meet; None when the tail is in no field."""
    left, right = canonical(tail), canonical(head)
    if len(left) < MIN_PLACED or len(right) < MIN_PLACED or not any(left in field for _, _, field in fields):
        return None
    texts = [field for _, _, field in fields]
    if any(before.endswith(left) and after.startswith(right) for before, after in itertools.pairwise(texts)):
        return "apart"
    return "join" if any(canonical(tail + head) in field for field in texts) else "apart"


def _page(truth_path: Path) -> tuple[dict, bytes]:
    truth = json.loads(truth_path.read_text("utf-8"))
    return truth, (truth_path.parent / truth["source"]).read_bytes()


def join_examples(truth_path: Path) -> list[Example]:
    """Every blank line the unwrapper weighed, as it saw it, with the annotation's answer."""
    truth, raw = _page(truth_path)
    prepared = prepare(raw)
    blocks = prepared.blocks
    columns, flat = columns_for(blocks), page_is_flat(blocks)
    units = prepared.units
    position = {line.number: number for number, unit in enumerate(units) for line in unit.lines}
    fields = truth_fields(truth)
    page, starts = page_of_blocks(blocks)
    examples = []
    for index in range(1, len(blocks)):
        last = blocks[index - 1].lines[-1].number
        if last not in position:
            continue  # the block's last line was set aside before the units were made (a repeated banner)
        number = position[last]
        tail = tuple(line for line in units[number].lines if line.number <= last)
        before = "".join(unit.text for unit in units[max(0, number - DEFAULT.context_units) : number])
        following = blocks[index + 1].lines[0] if index + 1 < len(blocks) else None
        previous = units[number - 1].text.strip() if number else ""
        nearby = within_reach(page, starts[index], starts[index], DEFAULT.evidence_reach)
        case = JoinCase(tail, blocks[index], columns[index - 1], columns[index], flat, before, blocks[index - 1].lines, following, previous, nearby)
        answer = None if never_joins(case, prepared.banners) else join_truth(tail[-1].text, blocks[index].lines[0].text, fields)
        if answer is not None:
            examples.append((join_features(case), answer))
    return examples


def boundary_examples(truth_path: Path) -> list[Example]:
    """Every place between two paragraphs that the model decides, with the annotation's answer."""
    truth, raw = _page(truth_path)
    prepared = prepare(raw)
    stream = text_stream(tidy(classify_all(prepared.units, banner_lines(prepared.edits))))
    items = stream.items
    fields = truth_fields(truth)
    article_of, near = {}, 0
    for index, item in enumerate(items):
        found = label_of(item.text.text, fields, near) if isinstance(item, Body) else None
        if found is not None and found[0] == "body":
            article_of[index] = near = found[1]
    bodies = [index for index, item in enumerate(items) if isinstance(item, Body)]
    common = page_common_pairs(items)
    pooled = titles_pooled(items)
    examples = []
    read = list(items)  # as `read_articles` has it: the titles inside one article already intertitles
    for before, after in itertools.pairwise(bodies):
        decided = printed_mark(read, before, after, pooled=pooled, orientation=stream.orientation, blank_lines=prepared.blocks_parted())
        known = before in article_of and after in article_of
        if known and decided is None:
            answer = "new" if article_of[before] != article_of[after] else "same"
            examples.append((features_at(read, before, after, stream.orientation, common), answer))
        if decided is False or decided is None and known and article_of[before] == article_of[after]:
            read[before + 1 : after] = [TitleUnit(item) if is_title(item) else item for item in read[before + 1 : after]]
    return examples


def role_examples(truth_path: Path) -> list[Example]:
    """Every title that may head an article, with the role its annotation gives it, read with
    the titles printed beside it where blank lines part the page's blocks and text stands under
    them (`layout/roles.json`, as `layout.titles.assign_roles` reads them)."""
    return _role_examples(truth_path, beside=True)


def noblank_role_examples(truth_path: Path) -> list[Example]:
    """Every title that may head an article, with its role, each read on its own as on a page
    no blank line parts (`layout/roles_noblank.json`)."""
    return _role_examples(truth_path, beside=False)


def _role_examples(truth_path: Path, beside: bool) -> list[Example]:
    truth, raw = _page(truth_path)
    prepared = prepare(raw)
    blank_lines = prepared.blocks_parted()
    assembly = assemble(tidy(classify_all(prepared.units, banner_lines(prepared.edits))), blank_lines=blank_lines)
    roles = {canonical(text): "other" for text in truth["furniture"]}
    for article in truth["articles"]:
        roles[canonical(article.get("subheadline"))] = "other"
        roles[canonical(article.get("kicker"))] = "kicker"
        roles[canonical(article.get("headline"))] = "main"
    roles.pop("", None)
    side = "before" if assembly.orientation == "body-first" else "after"
    examples = []
    for draft in assembly.drafts:
        inward, _ = set_aside_banners(draft.titles, draft.chunk.text, side, blank_lines=blank_lines)
        for index, unit in enumerate(inward):
            role = roles.get(canonical(unit.text))
            if role is not None:
                examples.append((role_features(inward, index, draft.chunk.text, side, blank_lines=beside and blank_lines and bool(draft.chunk.text)), role))
    return examples


def title_break_examples(truth_path: Path) -> list[Example]:
    """Every place where one cleanup unit gives way to the next inside a title of a run the
    layout may part (`layout.title_runs.runs_to_part`), as it stood before any run was
    parted, with the annotation's answer."""
    truth, raw = _page(truth_path)
    prepared = prepare(raw)
    unit_of = {line.number: index for index, unit in enumerate(prepared.units) for line in unit.lines}
    pieces = classify_all(prepared.units, banner_lines(prepared.edits))
    partable = {line.number for index in runs_to_part(pieces) for line in pieces[index].lines}
    fields = truth_fields(truth)
    examples = []
    for piece in tidy(pieces, dataclasses.replace(DEFAULT, title_break_min=2.0)):  # no run parted
        lines = piece.lines
        if piece.kind != "title" or lines[0].number not in partable:
            continue
        starts = [at for at in range(1, len(lines)) if unit_of[lines[at].number] != unit_of[lines[at - 1].number]]
        for start, end in zip(starts, [*starts[1:], len(lines)]):
            answer = join_truth(lines[start - 1].text, lines[start].text, fields)
            if answer is not None:
                examples.append((title_break_features(lines[:start], lines[start:end]), answer))
    return examples


def confidence_examples(truth_path: Path) -> list[Example]:
    """Every rebuilt article's evidence, "right" when the scorer finds it whole and exact."""
    truth, raw = _page(truth_path)
    page, evidence = reconstruct_with_evidence(raw, truth_path.name)
    verdicts = article_verdicts(load_scorer(DEFAULT_SCORER), truth, scored_items(load_scorer(DEFAULT_SCORER), page))
    return [
        (article_evidence(article, evidence), "right" if right else "wrong")
        for article, right in zip(page.articles, verdicts)
    ]


EXTRACTORS: dict[str, Callable[[Path], list[Example]]] = {
    "joins": join_examples,
    "boundaries": boundary_examples,
    "roles": role_examples,
    "roles_noblank": noblank_role_examples,
    "confidence": confidence_examples,
    "title_breaks": title_break_examples,
}


def load(model: str, folders: list[Path]) -> list[Example]:
    paths = sorted(path for folder in folders for path in folder.glob("*.json"))
    with ProcessPoolExecutor() as pool:
        return [example for page in pool.map(EXTRACTORS[model], paths) for example in page]


def fit(examples: list[Example], class_weight: dict[str, float] | None = None):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    model = LogisticRegression(C=REGULARISATION, max_iter=5000, class_weight=class_weight)
    model.fit(vectorizer.fit_transform([features for features, _ in examples]), [label for _, label in examples])
    return vectorizer, model


def confusions(vectorizer, model, examples: list[Example]) -> Counter:
    predicted = model.predict(vectorizer.transform([features for features, _ in examples]))
    return Counter((label, guess) for (_, label), guess in zip(examples, predicted))


def weights_json(vectorizer, model) -> dict:
    classes = [str(label) for label in model.classes_]
    # Two labels: half the fitted log-odds each way, so the package's softmax gives back the
    # fitted chance (a close call reads as one).
    rows = model.coef_ if len(classes) > 2 else [-model.coef_[0] / 2, model.coef_[0] / 2]
    intercepts = model.intercept_ if len(classes) > 2 else [-model.intercept_[0] / 2, model.intercept_[0] / 2]
    weights: dict[str, dict[str, float]] = {}
    for column, name in enumerate(vectorizer.feature_names_):
        row = {label: round(float(rows[k][column]), 4) for k, label in enumerate(classes)}
        row = {label: weight for label, weight in row.items() if abs(weight) >= WEIGHT_FLOOR}
        if row:
            weights[name] = row
    bias = {label: round(float(intercepts[k]), 4) for k, label in enumerate(classes)}
    return {"labels": classes, "bias": bias, "weights": dict(sorted(weights.items()))}


def report(title: str, counts: Counter) -> Iterator[str]:
    wrong = {pair: count for pair, count in counts.items() if pair[0] != pair[1]}
    yield f"{title}: {sum(wrong.values())} errors in {sum(counts.values())} cases"
    for (truth, guess), count in sorted(wrong.items(), key=lambda item: -item[1]):
        yield f"  {truth:>7} read as {guess:<7} {count}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=sorted(OUTPUTS), help="which decision to fit")
    parser.add_argument("folders", type=Path, nargs="+", help="folders of annotated pages (*.json beside their dumps)")
    parser.add_argument("--validate", type=Path, action="append", default=[], help="pages of other texts to score the fit on")
    parser.add_argument("-o", "--output", type=Path, help="weights file (default: the one the package ships)")
    parser.add_argument("--dry-run", action="store_true", help="fit and report, write nothing")
    args = parser.parse_args()
    examples = load(args.model, args.folders)
    vectorizer, model = fit(examples, CLASS_WEIGHTS.get(args.model))
    print("\n".join(report("fitted pages", confusions(vectorizer, model, examples))))
    if args.validate:
        print("\n".join(report("validation pages", confusions(vectorizer, model, load(args.model, args.validate)))))
    if not args.dry_run:
        output = args.output or OUTPUTS[args.model]
        output.write_text(json.dumps(weights_json(vectorizer, model), ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"weights written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

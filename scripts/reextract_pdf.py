"""Extract every page of an annotated PDF folder again with one extractor, for the Accuracy table.

    python scripts/reextract_pdf.py ../shared/devset-pdf OUT --extractor pypdfium2
    python scripts/evaluate.py OUT

Writes OUT/NAME.txt (the extractor's text) and OUT/NAME.json (the page's annotation,
pointed at that text). `pdfminer` is `pdfminer.six`'s `extract_text`, a dependency of
newsdump; `pypdfium2` (`get_textpage().get_text_range()`) must be installed apart, it
is no dependency. Both reproduce the dumps shipped in ../shared/devset-pdf for the pages
extracted with them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pypdfium2_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return text.replace("\r\n", "\n").replace("\r", "\n")


EXTRACTORS = {"pdfminer": pdfminer_text, "pypdfium2": pypdfium2_text}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="annotated pages: NAME.json beside NAME.pdf")
    parser.add_argument("out", type=Path, help="where the new dumps and annotations go")
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), default="pdfminer")
    arguments = parser.parse_args()
    extract = EXTRACTORS[arguments.extractor]
    arguments.out.mkdir(parents=True, exist_ok=True)
    pages = sorted(arguments.folder.glob("*.json"))
    for truth in pages:
        annotation = json.loads(truth.read_text("utf-8"))
        annotation["source"] = f"{truth.stem}.txt"
        (arguments.out / f"{truth.stem}.txt").write_text(extract(truth.with_suffix(".pdf")), "utf-8")
        (arguments.out / truth.name).write_text(json.dumps(annotation, ensure_ascii=False), "utf-8")
    print(f"{len(pages)} pages extracted with {arguments.extractor} into {arguments.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

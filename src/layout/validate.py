"""Check our own output against the IPTC schemas shipped inside this package.

Three steps, as the project's validation procedure asks: the NewsML-G2 2.35 XSD on the
whole document; every itemSet child a known item element (the XSD only has a lax
wildcard there); every NITF root inside inlineXML against NITF 3.6 (the NewsML-G2 XSD
never looks inside inlineXML, and a NITF root outside the NITF namespace would slip
through unchecked). Nothing is fetched from the network: both XSDs import xml.xsd by a
relative path, found beside them in the package folder.
"""

from __future__ import annotations

import functools
from importlib.resources import as_file, files
from os import PathLike
from pathlib import Path

from lxml import etree
from lxml.etree import _Element

from layout.newsml import NAR, NITF, NITF_CONTENTTYPE

NITF_ROOT = f"{{{NITF}}}nitf"
ITEM_TAGS = frozenset(
    f"{{{NAR}}}{name}"
    for name in (
        "newsItem",
        "packageItem",
        "knowledgeItem",
        "conceptItem",
        "planningItem",
        "catalogItem",
    )
)
G2_XSD = ("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
NITF_XSD = ("nitf", "nitf-3-6.xsd")


def validate_bytes(data: bytes) -> list[str]:
    """Every problem as one "line N: message" string; an empty list means valid."""
    try:
        root = etree.fromstring(data, _offline_parser())
    except etree.XMLSyntaxError as error:
        return [f"line {error.lineno}: not well-formed: {error.msg}"]
    entities = _entity_errors(root)
    if entities:
        return entities  # the schema checker cannot read past an entity it was not let resolve
    if root.tag == NITF_ROOT:
        return _schema_errors(_schema(*NITF_XSD), root, "NITF")
    return (
        _schema_errors(_schema(*G2_XSD), root, "NewsML-G2")
        + _unknown_item_errors(root)
        + _embedded_nitf_errors(root)
    )


def validate_file(path: str | PathLike[str]) -> list[str]:
    """validate_bytes on a file's content."""
    return validate_bytes(Path(path).read_bytes())


def _entity_errors(root: _Element) -> list[str]:
    """Entity references ("&a;"): a DTD entity is never resolved here (it may reach for a file
    or the network), and NewsML-G2 and NITF declare none, so each is a problem of its own."""
    return [
        f"line {entity.sourceline}: entity reference {entity.text} is not NewsML-G2 or NITF (declare no DTD entities)"
        for entity in root.iter(etree.Entity)
    ]


def _offline_parser() -> etree.XMLParser:
    """Never fetch anything: a schema or document must not reach for the network."""
    return etree.XMLParser(no_network=True, resolve_entities=False)


@functools.cache
def _schema(folder: str, name: str) -> etree.XMLSchema:
    """Compiled once per process: compiling the NewsML-G2 XSD takes a noticeable moment."""
    resource = files("layout") / "schemas" / folder / name
    with as_file(resource) as path:
        return etree.XMLSchema(etree.parse(str(path), _offline_parser()))


def _schema_errors(schema: etree.XMLSchema, node: _Element, label: str) -> list[str]:
    """Validate `node` as a document of its own; line numbers stay those of the input."""
    if schema.validate(node):
        return []
    return [f"line {error.line}: {label}: {error.message}" for error in schema.error_log]


def _unknown_item_errors(root: _Element) -> list[str]:
    """itemSet is a lax wildcard: a misspelt <newsitem> would otherwise pass unchecked."""
    return [
        f"line {child.sourceline}: NewsML-G2: itemSet child {child.tag!r} is not an item element"
        for item_set in root.iter(f"{{{NAR}}}itemSet")
        for child in _elements(item_set)
        if child.tag not in ITEM_TAGS
    ]


def _embedded_nitf_errors(root: _Element) -> list[str]:
    return [
        error
        for inline in root.iter(f"{{{NAR}}}inlineXML")
        for error in _inline_nitf_errors(inline)
    ]


def _inline_nitf_errors(inline: _Element) -> list[str]:
    """The NITF schema on each NITF root; a would-be NITF root in another namespace, or an
    inlineXML declared as NITF with nothing in it, is an error of its own."""
    declared_nitf = (inline.get("contenttype") or "").split(";")[
        0
    ].strip().lower() == NITF_CONTENTTYPE
    children = _elements(inline)
    if declared_nitf and not children:
        return [
            f"line {inline.sourceline}: NITF: inlineXML declares {NITF_CONTENTTYPE} but is empty"
        ]
    errors: list[str] = []
    for child in children:
        if child.tag == NITF_ROOT:
            errors += _schema_errors(_schema(*NITF_XSD), child, "NITF")
        elif declared_nitf or etree.QName(child).localname == "nitf":
            errors.append(
                f"line {child.sourceline}: NITF: embedded root is {child.tag!r}, "
                f"expected {NITF_ROOT!r} (NITF must be in the NITF namespace)"
            )
    return errors


def _elements(parent: _Element) -> list[_Element]:
    """Child elements only: comments and processing instructions are not content."""
    return [child for child in parent if isinstance(child.tag, str)]

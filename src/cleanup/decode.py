"""Bytes to text: byte-order marks, UTF-8, newlines, and characters XML cannot carry."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

from cleanup.edits import Edit

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# XML 1.0 forbids C0 controls but tab/newline/CR, lone surrogates and U+FFFE/U+FFFF;
# C1 controls and zero-width marks carry nothing a reader sees.
_UNWANTED = regex.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\\p{Cs}\u200b\u200c\u200d\u2060\ufeff]"
)
_NEWLINES = regex.compile(r"\r\n?|[\f\v\x85\u2028\u2029]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell; says where it went wrong."""


# Chinese archives are full of legacy encodings without any marker; these are the ones
# told apart by content when the bytes are not UTF-8 (the first wins a tie).
LEGACY_ENCODINGS = ("gb18030", "big5")
# The everyday characters of each: GB2312 level 1 (lead bytes B0-D7) and Big5's frequently
# used block (lead bytes A4-C6). Text in either is almost all everyday characters.
EVERYDAY_BLOCKS = {"gb18030": ("gb2312", 0xB0, 0xD7), "big5": ("big5", 0xA4, 0xC6)}
MIN_EVERYDAY_SHARE = 0.5
SAMPLE_CHARS = 50_000
_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0


def decode(data: bytes, encoding: str | None = None, replace: bool = False) -> Decoded:
    """Bytes to text: a given encoding, else a byte-order mark, UTF-8, or a detected GB18030/Big5.

    Nothing is guessed silently: bytes no candidate decodes raise DecodeError with
    the offset of the first bad byte, unless `replace` asks for U+FFFD in their place
    (the count is reported in `replaced`).
    """
    if encoding:
        return _decode_as(data, encoding, replace)
    for bom, name in BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, replace, start=len(bom))
    if b"\x00" in data:
        raise DecodeError(f"binary data (NUL byte at offset {data.index(0)}): not a text dump")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        detected = _detect_legacy(data)
        if detected:
            return detected
        if replace:
            return _decode_as(data, "utf-8", replace=True)
        raise DecodeError(
            f"undecodable byte 0x{data[error.start]:02x} at offset {error.start}: not UTF-8, GB18030 or Big5"
            " (name the encoding with --encoding, or use --replace)"
        ) from None


def text_codec(encoding: str) -> str:
    """The codec's own name; LookupError for an unknown name and for a codec that does not
    give text (base64, rot13, zlib), which would otherwise fail only once bytes reach it."""
    "".encode(encoding)  # refuses both, where codecs.lookup accepts base64
    return codecs.lookup(encoding).name


def _decode_as(data: bytes, encoding: str, replace: bool, start: int = 0) -> Decoded:
    """`data` from `start` (past a byte-order mark); offsets in errors count from the file's start."""
    try:
        codec = text_codec(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    body = data[start:]
    try:
        return Decoded(body.decode(codec), codec)
    except UnicodeDecodeError as error:
        if not replace:
            offset = start + error.start
            raise DecodeError(
                f"undecodable byte 0x{data[offset]:02x} at offset {offset} for encoding {codec}"
                " (use --replace to substitute U+FFFD)"
            ) from None
    text = body.decode(codec, errors="replace")
    return Decoded(text, codec, text.count("\ufffd"))


def _detect_legacy(data: bytes) -> Decoded | None:
    """GB18030 or Big5: whichever reading is made of everyday characters; None if neither is.

    A byte stream in one of these encodings read through the other (or Shift-JIS read as
    either) decodes to rare characters, so a low share is a refusal, not a guess.
    """
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_everyday_share(text, encoding), text, encoding))
    if not readings:
        return None
    share, text, encoding = max(readings, key=lambda reading: reading[0])
    return Decoded(text, encoding) if share >= MIN_EVERYDAY_SHARE else None


def _everyday_share(text: str, encoding: str) -> float:
    """Share of the Han characters (in a sample) that sit in the encoding's everyday block."""
    table, first_lead, last_lead = EVERYDAY_BLOCKS[encoding]
    han = _HAN.findall(text, 0, SAMPLE_CHARS)
    if not han:
        return 0.0
    return sum(_lead_byte(ch, table) in range(first_lead, last_lead + 1) for ch in han) / len(han)


def _lead_byte(ch: str, table: str) -> int | None:
    try:
        return ch.encode(table)[0]
    except UnicodeEncodeError:
        return None


def normalize_text(text: str) -> tuple[str, list[Edit]]:
    """One newline convention, and no character XML 1.0 (or a reader) cannot use.

    Form feeds between pages and the other line separators become newlines, so
    line numbers in the Edit log match what an editor shows.
    """
    text = _NEWLINES.sub("\n", text)
    edits = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in _UNWANTED.finditer(line):
            edits.append(Edit("invisible-character", number, match.group(0), ""))
    return _UNWANTED.sub("", text), edits

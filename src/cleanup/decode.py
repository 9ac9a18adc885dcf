"""Bytes to text: byte-order marks, UTF-8, newlines, and characters XML cannot carry."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import regex

from cleanup.cues import REPORTER_TITLE_PATTERN
from cleanup.edits import Edit
from cleanup.errors import DecodeError

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
    # a terminal's escape sequence ("\x1b[31m", as a dump captured from a coloured console
    # holds) whole, not its escape byte alone
    "\x1b\\[[0-?]*[ -/]*[@-~]|"
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\\p{Cs}\u200b\u200c\u200d\u2060\ufeff]"
)
# A space of another width (no-break, thin, figure…) or a tab inside a line, where the print
# had a space: read as one, so a stray space, a headline's halves and a gap read alike. A
# tab opening a line is an indent (`cleanup.indents`).
_ODD_SPACE = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]|(?<=\S)\t+")
# The characters a match of `_UNWANTED` or of `_ODD_SPACE` starts on (an escape sequence opens on
# one, a surrogate is \p{Cs}), searched in a whole dump with the standard library's engine,
# several times faster on such classes: most dumps hold none, and neither pattern is run.
_UNWANTED_START = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u200b\u200c\u200d\u2060\ufeff]")
_ODD_SPACE_START = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\t]")
# Every line break, captured; CR LF and CR are newline conventions, the others are
# breaks that `sed -n Np` and most editors do not count as one.
_LINE_BREAK = regex.compile(r"(\r\n?|\n|[\f\v\x85\u2028\u2029])")
_UNCOUNTED_BREAKS = frozenset("\f\v\x85\u2028\u2029")
# A line break but the newline: a dump with none is split at its newlines alone.
_OTHER_BREAK = re.compile("[\r\f\v\x85\u2028\u2029]")
# Kangxi radicals and compatibility ideographs that stand for a Han character (a PDF font's
# mapping gives "⽇" for "日"); the dozen compatibility ideographs with no such mapping stay.
# A private-use character where a byline mark stands: before a reporter's title; after a
# sentence's end before a name and 摄 (a photo credit); or alone with names on its line.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_PRIVATE_MARK = regex.compile(
    rf"[\ue000-\uf8ff](?=[ \u3000]*(?:{REPORTER_TITLE_PATTERN}))"
    rf"|(?<=[。！？!?”」）)]|^)[\ue000-\uf8ff](?=[ \u3000]*\p{{Han}}(?:[ \u3000]?\p{{Han}}){{1,5}}(?:[ \u3000]+\p{{Han}}(?:[ \u3000]?\p{{Han}}){{1,5}})*[ \u3000]*[摄攝])"
    r"|^[\ue000-\uf8ff](?=[ \u3000]*\p{Han}{2,4}(?:[ \u3000]+\p{Han}{2,4}){0,3}[ \u3000]*$)",
    regex.MULTILINE,
)
_VARIANT_RANGES = (range(0x2F00, 0x2FD6), range(0xF900, 0xFB00))
# (The standard library's engine: it tests a class of hundreds of characters far faster, and
# every dump is searched for one.)
_GLYPH_VARIANT = re.compile(
    "[" + "".join(chr(code) for codes in _VARIANT_RANGES for code in codes if unicodedata.normalize("NFKC", chr(code)) != chr(code)) + "]"
)
# ASCII read as UTF-16 leaves NULs on one side: at least this share of them.
_NUL_SIDE = 0.75
# Control characters a text dump never holds (tab, newline, carriage return, form feed aside).
_CONTROL = regex.compile("[\x00-\x08\x0b\x0e-\x1f]")
# Characters a Chinese page is not written in: outside Han, ASCII, Latin-1, general
# punctuation, letter-like and number forms, enclosed numbers, box drawing and shapes (■),
# CJK marks and full-width forms. No dump of ../shared holds 0.2% of them; bytes with NULs
# read as UTF-16 by mistake give a quarter or more, so above this share a reading is no text.
_FOREIGN = regex.compile(r"[^\p{Han}\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2460-\u25ff\u3000-\u303f\uff00-\uffef]")
_FOREIGN_SHARE_MAX = 0.05
# A character that is no mark or symbol of a Chinese page: Han, letters and digits, other
# scripts' marks, maths. Allowed: ASCII and general punctuation, arrows, enclosed numbers
# and shapes, CJK marks, full-width marks. See `_written_in_utf8`.
_NOT_A_MARK = regex.compile(r"[^\t\n\r\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2000-\u206f\u2190-\u21ff\u2460-\u27bf\u3000-\u3004\u3008-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffee]")


# Chinese archives are full of legacy encodings without any marker; these are the ones
# told apart by content when the bytes are not UTF-8 (the first wins a tie).
LEGACY_ENCODINGS = ("gb18030", "big5")
# The everyday characters of each: GB2312 level 1 (lead bytes B0-D7) and Big5's frequently
# used block (lead bytes A4-C6). Text in either is almost all everyday characters.
EVERYDAY_BLOCKS = {"gb18030": ("gb2312", 0xB0, 0xD7), "big5": ("big5", 0xA4, 0xC6)}
DISPLAY_NAMES = {"gb18030": "GB18030", "big5": "Big5"}
MIN_EVERYDAY_SHARE = 0.5
SAMPLE_CHARS = 50_000
_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0


@dataclass(frozen=True)
class _Reading:
    """Unmarked bytes read in one legacy encoding, and how much of it is everyday characters."""

    decoded: Decoded
    everyday_share: float


def decode(data: bytes, encoding: str | None = None, replace: bool = False) -> Decoded:
    """Bytes to text: a given encoding, else a byte-order mark, UTF-8, or a detected GB18030/Big5.

    Nothing is guessed silently: bytes no candidate decodes raise DecodeError with
    the offset of the first bad byte, unless `replace` asks for U+FFFD in their place
    (the count is reported in `replaced`); bytes that decode only into rare characters
    raise a DecodeError that says so.
    """
    if encoding:
        return _decode_as(data, encoding, replace)
    for bom, name in BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, replace, start=len(bom))
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    # Long bytes without NUL that pass UTF-8's checks are UTF-8: UTF-16 text never does by chance.
    plain_utf8 = utf8 is not None and len(data) > _UTF16_LOOKALIKE_BYTES and b"\x00" not in data
    unmarked_utf16 = None if plain_utf8 else _utf16_reading(data)
    if b"\x00" in data:
        if unmarked_utf16:
            raise _unmarked_utf16_error(unmarked_utf16)
        raise DecodeError(f"binary data (NUL byte at offset {data.index(0)}): not a text dump")
    try:
        decoded = Decoded(data.decode("utf-8") if utf8 is None else utf8, "utf-8")
    except UnicodeDecodeError as error:
        try:
            decoded = _not_utf8(data, error.start, replace)
        except DecodeError:
            if unmarked_utf16:
                raise _unmarked_utf16_error(unmarked_utf16) from None
            raise
    if unmarked_utf16 and not _written_in_utf8(decoded) and (_CONTROL.search(decoded.text) or unmarked_utf16.everyday_share > _everyday(decoded.text)):
        raise _unmarked_utf16_error(unmarked_utf16)
    return decoded


def _written_in_utf8(decoded: Decoded) -> bool:
    """A dump of marks alone ("。", "“", "——", "■"), spaces and line ends between: it holds no
    everyday Han to weigh the readings by, and UTF-16 Han falls into such UTF-8 only by a rare
    chance. Not any UTF-8 with a character beyond ASCII: two everyday characters in UTF-16
    often read as valid UTF-8 of a letter or a Han character and ASCII ("杉胃" -> "IgÀ",
    "部械" -> "萰h"), and UTF-16-BE Han puts a letter in every other byte.

    >>> _written_in_utf8(Decoded("。。。！！\\n", "utf-8")), _written_in_utf8(Decoded("-NGe", "utf-8"))
    (True, False)
    >>> _written_in_utf8(Decoded("IgÀ", "utf-8")), _written_in_utf8(Decoded("萰h", "utf-8"))
    (False, False)
    """
    text = decoded.text
    return decoded.encoding == "utf-8" and not text.isascii() and not _CONTROL.search(text) and not _NOT_A_MARK.search(text)


_UTF16_LOOKALIKE_BYTES = 1024


def _utf16_reading(data: bytes) -> _Reading | None:
    """The reading of unmarked bytes as UTF-16 (either byte order) that gives everyday
    Chinese text and no control characters, if one does: a BOM-less UTF-16 file (short ones
    especially) may also decode as UTF-8, GB18030 or Big5, into garbage."""
    if len(data) % 2:
        return None
    # ASCII in UTF-16 puts a NUL in every other byte: odd offsets little-endian, even big-endian.
    nuls_odd = data[1::2].count(0)
    nuls_even = data[0::2].count(0)
    # (a character such as 一, U+4E00, puts a few on the other side too).
    if nuls_odd >= _NUL_SIDE * (nuls_odd + nuls_even) > 0:
        codecs_to_try: tuple[str, ...] = ("utf-16-le",)
    elif nuls_even >= _NUL_SIDE * (nuls_odd + nuls_even) > 0:
        codecs_to_try = ("utf-16-be",)
    elif nuls_odd or nuls_even:
        return None  # NULs on both sides: binary data
    else:
        codecs_to_try = ("utf-16-le", "utf-16-be")
    for codec in codecs_to_try:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _CONTROL.search(text):
            continue
        reading = _Reading(Decoded(text, codec), _everyday(text))
        if ((nuls_odd or nuls_even) and _reads_as_text(text)) or reading.everyday_share >= MIN_EVERYDAY_SHARE:
            return reading
    return None


def _reads_as_text(text: str) -> bool:
    """Characters a page is written in, nearly all: UTF-16 that holds ASCII, rather than bytes
    with a NUL here and there that read as UTF-16 only by their NULs' side.

    >>> _reads_as_text("第1版 要闻\\n"), _reads_as_text((b"abc\\x00def\\n" * 4).decode("utf-16-le"))
    (True, False)
    """
    sample = text[:SAMPLE_CHARS]
    return len(_FOREIGN.findall(sample)) <= _FOREIGN_SHARE_MAX * len(sample)


def _everyday(text: str) -> float:
    return max(_everyday_share(text, encoding) for encoding in LEGACY_ENCODINGS)


def _unmarked_utf16_error(reading: _Reading) -> DecodeError:
    codec = reading.decoded.encoding
    return DecodeError(f"looks like {codec.upper()} without a byte-order mark; give --encoding {codec}")


def _not_utf8(data: bytes, bad_offset: int, replace: bool) -> Decoded:
    """A legacy reading made of everyday characters, else U+FFFD on request, else a refusal
    that says whether the bytes fit no encoding or only one that turns them into rare characters."""
    reading = _legacy_reading(data)
    if reading and reading.everyday_share >= MIN_EVERYDAY_SHARE:
        return reading.decoded
    if replace:
        return _decode_as(data, "utf-8", replace=True)
    if reading:
        raise DecodeError(
            f"not Chinese text in a known encoding ({DISPLAY_NAMES[reading.decoded.encoding]} would give"
            " mostly rare characters); give --encoding"
        )
    raise DecodeError(
        f"undecodable byte 0x{data[bad_offset]:02x} at offset {bad_offset}: not UTF-8, GB18030 or Big5"
        " (name the encoding with --encoding, or use --replace)"
    )


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


def _legacy_reading(data: bytes) -> _Reading | None:
    """The GB18030 or Big5 reading with more everyday characters; None if neither decodes.

    A byte stream in one of these encodings read through the other (or Shift-JIS read as
    either) decodes to rare characters, so a low share calls for a refusal, not a guess.
    """
    readings: list[_Reading] = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append(_Reading(Decoded(text, encoding), _everyday_share(text, encoding)))
    return max(readings, key=attrgetter("everyday_share"), default=None)


def _everyday_share(text: str, encoding: str) -> float:
    """Share of the Han characters (in a sample) that sit in the encoding's everyday block.

    Each distinct character is looked up once (a page repeats a few thousand characters):
    every dump is checked this way, so this runs on the hot path.
    """
    table, first_lead, last_lead = EVERYDAY_BLOCKS[encoding]
    han = Counter(_HAN.findall(text, 0, SAMPLE_CHARS))
    total = han.total()
    if not total:
        return 0.0
    everyday = range(first_lead, last_lead + 1)
    return sum(count for ch, count in han.items() if _lead_byte(ch, table) in everyday) / total


@lru_cache(maxsize=1 << 16)
def _lead_byte(ch: str, table: str) -> int | None:
    try:
        return ch.encode(table)[0]
    except UnicodeEncodeError:
        return None


def normalize_text(text: str) -> tuple[str, list[Edit]]:
    """One newline convention, no character XML 1.0 (or a reader) cannot use, and Han
    characters as Han characters.

    Form feeds between pages and the other line separators become newlines, so a page
    break separates blocks. Each is logged as a "line-break" edit on the line it ends:
    an editor does not count it, so every line number after it is one more than the
    editor shows, and the log says where that shift starts. A PDF whose font maps a
    character to a Kangxi radical or a compatibility ideograph of the same shape ("⽇"
    for "日", "⼈" for "人") gives the character back, each a "glyph-variant" edit; a space
    of another width or a tab inside a line becomes a space ("space-variant").
    """
    edits: list[Edit] = []
    # Each searched once in the whole text first: most dumps hold none, and no line is searched.
    unwanted = bool(_UNWANTED_START.search(text))
    variants = bool(_GLYPH_VARIANT.search(text))
    spaces = bool(_ODD_SPACE_START.search(text))
    if unwanted or variants or spaces or _OTHER_BREAK.search(text):
        text = _lines_normalized(text, unwanted, variants, spaces, edits)
    if _PRIVATE_USE.search(text):
        text = _marks_given_back(text, edits)
    return text, edits


def _lines_normalized(text: str, unwanted: bool, variants: bool, spaces: bool, edits: list[Edit]) -> str:
    """`normalize_text`'s work line by line, each change logged in `edits`, where the text holds
    something to change (`unwanted`, `variants`, `spaces`) or a line break but the newline. Most
    dumps hold neither: split at their newlines and joined again, they would be themselves."""
    pieces = _LINE_BREAK.split(text)
    lines, breaks = pieces[0::2], [*pieces[1::2], ""]
    for number, (line, end) in enumerate(zip(lines, breaks), start=1):
        if unwanted:
            edits.extend(Edit("invisible-character", number, match.group(0), "") for match in _UNWANTED.finditer(line))
        if variants:
            edits.extend(Edit("glyph-variant", number, match.group(0), _unified(match.group(0))) for match in _GLYPH_VARIANT.finditer(line))
        if spaces:
            edits.extend(Edit("space-variant", number, match.group(0), " ") for match in _ODD_SPACE.finditer(line))
        if end in _UNCOUNTED_BREAKS:
            edits.append(Edit("line-break", number, end, "\n"))
    normalized = _UNWANTED.sub("", "\n".join(lines)) if unwanted else "\n".join(lines)
    normalized = _GLYPH_VARIANT.sub(lambda match: _unified(match.group(0)), normalized) if variants else normalized
    return _ODD_SPACE.sub(" ", normalized) if spaces else normalized


def _marks_given_back(text: str, edits: list[Edit]) -> str:
    r"""A symbol font's "■" that an extractor gave as a private-use character, where a byline
    or a photo credit follows it, becomes "■" again ("mark-glyph" edits).

    >>> _marks_given_back("\ue06e周文涛\n…盛宴。\ue06e邵志远 摄\n\ue06e记者 王珂\n香港\ue06e字", [])
    '■周文涛\n…盛宴。■邵志远 摄\n■记者 王珂\n香港\ue06e字'
    """
    out, start = [], 0
    for match in _PRIVATE_MARK.finditer(text):
        out += [text[start : match.start()], "■"]
        edits.append(Edit("mark-glyph", text.count("\n", 0, match.start()) + 1, match.group(0), "■"))
        start = match.end()
    return "".join(out) + text[start:]


def _unified(variant: str) -> str:
    """The Han character a radical or compatibility ideograph stands for.

    >>> _unified("\u2f47"), _unified("\uf900")
    ('日', '豈')
    """
    return unicodedata.normalize("NFKC", variant)

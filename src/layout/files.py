"""Reading dumps and writing results safely: inputs resolved, outputs written atomically."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from layout.errors import InputError, OutputError, UsageError

STDIN = "-"
DUMP_SUFFIXES = (".txt", ".pdf")  # in any case: PAGE.TXT is a dump too
LIST_MARK = "@"  # "@list.txt": a file naming one input per line
LIST_COMMENT = "#"  # a line of a list that names no input
# Temporary outputs: ".newsdump-<pid>-<random>.tmp", so a later run can tell a dead run's leftovers.
TEMPORARY_PREFIX = ".newsdump-"
# What open() would give a new file before the umask: the temporary file starts private (0600).
NEW_FILE_MODE = 0o666
# Set by the command's SIGINT handler. Python can lose the KeyboardInterrupt it raises (one
# raised while the collector runs a finalizer is only printed), so an interrupted run also
# checks this before it moves an output into place.
INTERRUPTED = threading.Event()


@dataclass(frozen=True)
class Source:
    """One input: its display name, for files its path (None for standard input), and for a
    dump found in a folder its path inside that folder (mirrored under the output folder)."""

    name: str
    path: Path | None
    relative: Path | None = None

    def read(self, max_size: int | None = None) -> bytes:
        """The bytes, refused past `max_size` (read no further: /dev/zero ends too)."""
        limit = -1 if max_size is None else max_size + 1
        try:
            if self.path is None:
                if sys.stdin is None:  # `newsdump convert - <&-`
                    raise InputError(f"{self.name}: standard input is closed")
                data = sys.stdin.buffer.read(limit)
            else:
                with self.path.open("rb") as stream:
                    data = stream.read(limit)
        except IsADirectoryError:
            raise InputError(f"{self.name}: is a directory, expected a page dump") from None
        except FileNotFoundError:
            raise InputError(f"{self.name}: no such file") from None
        except PermissionError:
            raise InputError(f"{self.name}: permission denied") from None
        except OSError as error:
            raise InputError(f"{self.name}: cannot read: {error.strerror}") from None
        if max_size is not None and len(data) > max_size:
            raise InputError(f"{self.name}: larger than --max-size ({max_size:,} bytes); a page dump is far smaller")
        return data


class FolderPath(type(Path())):  # type: ignore[misc]
    """An output named with a trailing separator ("out/"): a folder, made if it is missing,
    never a file of that name (a Path forgets the separator)."""


def output_option(value: str) -> Path:
    """-o as given: "out/" names a folder (`FolderPath`), anything else a file or a folder
    that exists."""
    separators = tuple(filter(None, (os.sep, os.altsep)))
    return FolderPath(value) if len(value) > 1 and value.endswith(separators) else Path(value)


def single_input(argument: str) -> Source:
    """One page dump, or "-" for standard input; a folder is refused when it is read."""
    return Source("<stdin>", None) if argument == STDIN else Source(argument, Path(argument))


def resolve_inputs(arguments: list[str]) -> list[Source]:
    """Files as given, folders searched (with their subfolders) for *.txt dumps in sorted
    order, "@list.txt" read as one input per line (blank lines and lines opening with "#"
    left out), "-" for standard input."""
    sources: list[Source] = []
    for argument in arguments:
        if not argument:
            raise InputError("an empty name is no file or folder (an unset shell variable?)")
        path = Path(argument)
        if argument.startswith(LIST_MARK) and argument != LIST_MARK:
            sources.extend(resolve_inputs(_listed(argument[1:])))
        elif argument != STDIN and path.is_dir():
            dumps = sorted(child for child in path.rglob("*") if child.suffix.lower() in DUMP_SUFFIXES and child.is_file())
            if not dumps:
                raise InputError(f"{argument}: folder holds no *.txt page dumps or *.pdf pages")
            sources.extend(Source(str(child), child, child.relative_to(path)) for child in dumps)
        else:
            sources.append(single_input(argument))
    return sources


def _listed(list_file: str) -> list[str]:
    try:
        text = Path(list_file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{list_file}: cannot read the list of inputs: {getattr(error, 'strerror', None) or error}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith(LIST_COMMENT)]


def write_atomically(path: Path, data: bytes | Iterable[bytes], force: bool, before_move: Callable[[], None] | None = None) -> None:
    """Write through a temporary file in the same folder and rename it into place.

    A failed or interrupted run never leaves a half-written file, and an existing
    file is only replaced when `force` says so. A device or pipe (/dev/stdout, a FIFO)
    is written to directly: renaming a file over it would replace the device itself.
    `data` may come in pieces (an iterable of bytes), so a large file is never whole in memory.
    `before_move` runs once the data is on disk, just before the rename: a batch records
    the output there, so a run killed at any moment leaves nothing unrecorded in place.
    """
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if path.is_char_device() or path.is_fifo():
        _write_in_place(path, data)
        return
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    temporary = _temporary_beside(path)
    try:
        _fill(temporary, data)
        if before_move:
            before_move()
        if INTERRUPTED.is_set():
            raise KeyboardInterrupt
        _move_into_place(temporary, path, force)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write: {error.strerror}") from None
        raise


def _move_into_place(temporary: Path, path: Path, force: bool) -> None:
    """Rename, or without `force` link: a file that appeared since the check (another run
    writing the same folder) is never replaced."""
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
    except OSError:  # a file system without hard links: the check above is all there is
        os.rename(temporary, path)
        return
    temporary.unlink()


def _temporary_beside(path: Path) -> Path:
    """An empty file in the output's folder: a rename within one file system is atomic."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # A short name of its own: the output's name may already be as long as the file system allows.
        handle, name = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise OutputError(f"{path}: folder {folder} does not exist") from None
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror}") from None
    os.close(handle)
    return Path(name)


def _fill(temporary: Path, data: bytes | Iterable[bytes]) -> None:
    """All of `data` on disk before the rename, with the mode a new file would get."""
    with temporary.open("wb") as stream:
        for piece in [data] if isinstance(data, bytes) else data:
            stream.write(piece)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.chmod(NEW_FILE_MODE & ~_umask())


def _write_in_place(path: Path, data: bytes | Iterable[bytes]) -> None:
    try:
        with path.open("wb") as stream:
            for piece in [data] if isinstance(data, bytes) else data:
                stream.write(piece)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror}") from None


def _umask() -> int:
    """The process umask; reading it means setting it, so it is set straight back."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_path(source: Source, folder: Path, suffix: str) -> Path:
    """FOLDER/<name><suffix>; a dump found in a folder keeps its place in that folder's tree."""
    if source.relative is not None:
        return folder / source.relative.with_suffix(suffix)
    stem = Path(source.name).stem if source.path else "stdin"
    return folder / f"{stem}{suffix}"


def output_paths(sources: list[Source], folder: Path, suffix: str) -> list[Path]:
    """Each dump's output in `folder`, refused before anything is written when two dumps
    (x.txt from two folders) would share one: the second would overwrite the first."""
    paths = [output_path(source, folder, suffix) for source in sources]
    claims: dict[Path, list[str]] = {}
    for source, path in zip(sources, paths):
        claims.setdefault(path, []).append(source.name)
    clashes = [(path, names) for path, names in claims.items() if len(names) > 1]
    if clashes:
        raise UsageError(_clash_message(clashes))
    return paths


def _clash_message(clashes: list[tuple[Path, list[str]]]) -> str:
    path, names = clashes[0]
    more = len(clashes) - 1
    others = f" (and {more} more clashing output{'s' if more > 1 else ''})" if more else ""
    return f"{path}: would be written from each of {', '.join(names)}{others}; convert them into separate -o folders"

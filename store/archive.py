"""Safe walking of files, folders and archives (.zip, .tar, .tar.gz): every document found, as bytes."""
from __future__ import annotations

import os
import re
import stat
import tarfile
import unicodedata
import zipfile
import zlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
RATIO_FLOOR = 1 * MB  # compression ratio is only judged for members that expand beyond this
_VIETNAMESE = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


@dataclass
class Limits:
    """Limits that keep a hostile or broken input from exhausting memory (zip bombs, huge files)."""

    max_file_bytes: int = 50 * MB        # one document
    max_archive_bytes: int = 2048 * MB   # everything one archive expands to
    max_ratio: float = 100.0             # expanded / compressed size, per member and per archive
    max_members: int = 100_000


@dataclass
class Item:
    """One file found: where it is (shown to the user), its base name, and its bytes or why not."""

    path: str
    name: str
    data: bytes | None = None
    error: str | None = None


def _mb(n: float) -> str:
    return f"{n / MB:.1f} MB"


def decode_name(raw: bytes) -> str:
    """A file name from raw bytes: UTF-8, else Windows-1258 when that gives Vietnamese, else cp437."""
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = unicodedata.normalize("NFC", raw.decode("cp1258", "replace"))
    if all(c.isascii() or c.lower() in _VIETNAMESE for c in text):
        return text
    return raw.decode("cp437")


def zip_name(info: zipfile.ZipInfo) -> str:
    """The member's name: as flagged UTF-8, or its raw bytes (read as cp437 by zipfile) decoded anew."""
    if info.flag_bits & 0x800:
        return unicodedata.normalize("NFC", info.filename)
    return decode_name(info.orig_filename.encode("cp437")).replace("\\", "/")


def unsafe_path(name: str) -> bool:
    """True for an archive member path that would leave the extraction folder (absolute or '..')."""
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or bool(re.match(r"^[A-Za-z]:", name)) or ".." in parts


def _junk(name: str) -> bool:
    """Operating-system clutter that is never a document (__MACOSX/, ._x resource forks, .DS_Store)."""
    parts = name.split("/")
    base = parts[-1]
    return "__MACOSX" in parts or base.startswith("._") or base.lower() in JUNK_NAMES


def is_archive(path: str | Path) -> bool:
    """True when the name says zip or tar (a .docx is a zip too, so content is not a guide)."""
    name = str(path).lower()
    return name.endswith(ZIP_SUFFIXES + TAR_SUFFIXES)


def _zip_members(zf: zipfile.ZipFile) -> Iterator[tuple[zipfile.ZipInfo, str]]:
    """Regular-file members with their decoded names; directories, links, devices and junk left out."""
    for info in zf.infolist():
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the tool recorded no Unix file type
        if info.is_dir() or kind not in (0, stat.S_IFREG):
            continue
        name = zip_name(info)
        if not _junk(name):
            yield info, name


def _tar_members(tf: tarfile.TarFile) -> Iterator[tuple[tarfile.TarInfo, str]]:
    """Regular-file members with their decoded names; directories, links, devices and junk left out."""
    for member in tf:
        name = decode_name(member.name.encode("utf-8", "surrogateescape"))
        if member.isfile() and not _junk(name):
            yield member, name


def _read_zip(path: Path, shown: str, limits: Limits) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        yield Item(shown, path.name, error=f"not a readable zip archive ({e})")
        return
    total = 0
    with zf:
        for n, (info, name) in enumerate(_zip_members(zf)):
            where = f"{shown}/{name}"
            base = name.rsplit("/", 1)[-1]
            if n >= limits.max_members:
                yield Item(shown, path.name, error=f"stopped: more than {limits.max_members} files in the archive")
                return
            if unsafe_path(name):
                yield Item(where, base, error="refused: the member's path leaves the archive folder "
                                              "(absolute or '..', a path-traversal or 'zip slip' attempt)")
                continue
            if info.file_size > limits.max_file_bytes:
                yield Item(where, base, error=f"too large ({_mb(info.file_size)}; the limit is "
                                              f"{_mb(limits.max_file_bytes)})")
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR and ratio > limits.max_ratio:
                yield Item(where, base, error=f"refused: compressed {ratio:.0f}:1, beyond the limit of "
                                              f"{limits.max_ratio:.0f}:1 (a zip bomb?)")
                continue
            if total + info.file_size > limits.max_archive_bytes:
                yield Item(shown, path.name, error=f"stopped: the archive expands to more than "
                                                   f"{_mb(limits.max_archive_bytes)} (a zip bomb?)")
                return
            try:
                with zf.open(info) as f:
                    data = f.read(limits.max_file_bytes + 1)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError, zlib.error) as e:
                yield Item(where, base, error=f"could not be read from the archive ({e})")
                continue
            total += len(data)
            if len(data) > limits.max_file_bytes:  # the declared size lied
                yield Item(where, base, error=f"too large (more than {_mb(limits.max_file_bytes)})")
                continue
            yield Item(where, base, data=data)


def _tar_too_big(total: int, size: int, limits: Limits) -> bool:
    """True when a tar's members add up beyond the total limit or its compression ratio limit."""
    return total > limits.max_archive_bytes or (total > RATIO_FLOOR and total / size > limits.max_ratio)


def _read_tar(path: Path, shown: str, limits: Limits) -> Iterator[Item]:
    size = max(path.stat().st_size, 1)
    total = n = 0
    try:
        with tarfile.open(path, "r:*") as tf:
            for member, name in _tar_members(tf):
                where, base = f"{shown}/{name}", name.rsplit("/", 1)[-1]
                n += 1
                if n > limits.max_members:
                    yield Item(shown, path.name, error=f"stopped: more than {limits.max_members} files in the archive")
                    return
                if unsafe_path(name):
                    yield Item(where, base, error="refused: the member's path leaves the archive folder "
                                                  "(absolute or '..', a path-traversal attempt)")
                    continue
                total += member.size  # judged before skipping a member, which means decompressing it
                if _tar_too_big(total, size, limits):
                    yield Item(shown, path.name, error=f"stopped: the archive expands to {_mb(total)} from "
                                                       f"{_mb(size)}, beyond the limits (a tar bomb?)")
                    return
                if member.size > limits.max_file_bytes:
                    yield Item(where, base, error=f"too large ({_mb(member.size)}; the limit is "
                                                  f"{_mb(limits.max_file_bytes)})")
                    continue
                f = tf.extractfile(member)
                yield Item(where, base, data=f.read() if f else b"")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as e:
        yield Item(shown, path.name, error=f"the archive is damaged or not a tar file ({e})")


def _read_file(path: Path, shown: str, limits: Limits) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield Item(shown, path.name, error=f"too large ({_mb(size)}; the limit is {_mb(limits.max_file_bytes)})")
            return
        data = path.read_bytes()
    except OSError as e:
        yield Item(shown, path.name, error=f"cannot be read ({e.strerror or e})")
        return
    yield Item(shown, path.name, data=data)


def _walk(path: Path) -> Iterator[Path]:
    """Regular files under a folder, recursively, in name order; symbolic links and devices ignored."""
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for f in sorted(files):
            p = Path(root) / f
            if stat.S_ISREG(p.lstat().st_mode) and not _junk(f):
                yield p


def _files(paths: Iterable[str | Path], skip: Collection[Path] = ()) -> Iterator[Path]:
    """The files under `paths`, without those in `skip` (resolved paths, e.g. the database being written)."""
    for p in map(Path, paths):
        yield from (f for f in (_walk(p) if p.is_dir() else [p]) if not skip or f.resolve() not in skip)


def iter_files(paths: Iterable[str | Path], limits: Limits | None = None,
               skip: Collection[Path] = ()) -> Iterator[Item]:
    """Every document under `paths` (files, folders, archives) but the files in `skip`, one Item each,
    read within `limits`."""
    limits = limits or Limits()
    for p in _files(paths, skip):
        if not p.exists():
            yield Item(str(p), p.name, error="no such file or folder")
        elif p.name.lower().endswith(ZIP_SUFFIXES):
            yield from _read_zip(p, str(p), limits)
        elif p.name.lower().endswith(TAR_SUFFIXES):
            yield from _read_tar(p, str(p), limits)
        else:
            yield from _read_file(p, str(p), limits)


def count_files(paths: Iterable[str | Path], limits: Limits | None = None, skip: Collection[Path] = ()) -> int:
    """About how many documents `iter_files` will yield (a damaged archive counts as one), for progress."""
    limits = limits or Limits()
    n = 0
    for p in _files(paths, skip):
        try:
            if p.name.lower().endswith(ZIP_SUFFIXES):
                with zipfile.ZipFile(p) as zf:
                    n += sum(1 for _ in _zip_members(zf))
            elif p.name.lower().endswith(TAR_SUFFIXES):
                size, total = max(p.stat().st_size, 1), 0
                with tarfile.open(p, "r:*") as tf:
                    for member, _name in _tar_members(tf):
                        n, total = n + 1, total + member.size
                        if _tar_too_big(total, size, limits):
                            break
            else:
                n += 1
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError, zlib.error):
            n += 1
    return n

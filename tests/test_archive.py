"""Archive walking: path traversal refused, bombs stopped, links ignored, Vietnamese names decoded."""
import io
import os
import tarfile
import zipfile

from store import db as store
from store.archive import MB, Limits, count_files, iter_files
from store.ingest import ingest

NAME = "Kế hoạch số hóa.txt"
TEXT = "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nTriển khai số hóa hồ sơ\n".encode()


class RawNameInfo(zipfile.ZipInfo):
    """A zip member whose name is written as given bytes, without the UTF-8 flag (as old Windows tools do)."""

    def __init__(self, raw: bytes):
        super().__init__(raw.decode("cp437"))
        self.raw = raw

    def _encodeFilenameFlags(self):
        return self.raw, self.flag_bits & ~0x800


def make_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            if isinstance(name, zipfile.ZipInfo):
                name.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(name, data)
    return path


def test_zip_slip_members_are_refused_and_the_rest_read(tmp_path):
    z = make_zip(tmp_path / "a.zip", [("../../etc/evil.txt", b"x"), ("/abs/evil.txt", b"x"),
                                      ("ok/..hidden.txt", TEXT), ("ok/plan.txt", TEXT), ("C:/win.txt", b"x")])
    items = list(iter_files([z]))
    refused = [i for i in items if i.error]
    assert len(refused) == 3 and all("path-traversal" in i.error for i in refused)
    assert [i.name for i in items if i.data == TEXT] == ["..hidden.txt", "plan.txt"]


def test_zip_bomb_members_and_oversized_archives_are_stopped(tmp_path):
    zeros = b"\0" * (5 * MB)
    z = make_zip(tmp_path / "bomb.zip", [("plan.txt", TEXT), ("zeros.txt", zeros)])
    items = list(iter_files([z], Limits(max_ratio=100)))
    assert items[0].data == TEXT
    assert "zip bomb" in items[1].error and "limit of 100:1" in items[1].error
    items = list(iter_files([z], Limits(max_ratio=1e9, max_archive_bytes=2 * MB)))
    assert items[1].path == str(z) and "expands to more than 2.0 MB" in items[1].error
    items = list(iter_files([z], Limits(max_ratio=1e9, max_file_bytes=1 * MB)))
    assert "too large (5.0 MB; the limit is 1.0 MB)" in items[1].error


def test_tar_bomb_is_stopped_before_it_is_expanded(tmp_path):
    t = tmp_path / "bomb.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        for i in range(3):
            info = tarfile.TarInfo(f"zeros{i}.txt")
            info.size = 4 * MB
            tf.addfile(info, io.BytesIO(b"\0" * info.size))
    items = list(iter_files([t], Limits(max_ratio=100)))
    assert len(items) == 1 and "tar bomb" in items[0].error
    assert count_files([t], Limits(max_ratio=100)) == 1


def test_links_and_devices_are_ignored(tmp_path):
    t = tmp_path / "links.tar"
    with tarfile.open(t, "w") as tf:
        for name, kind in [("link.txt", tarfile.SYMTYPE), ("hard.txt", tarfile.LNKTYPE),
                           ("dev", tarfile.CHRTYPE), ("fifo", tarfile.FIFOTYPE)]:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, "/etc/passwd"
            tf.addfile(info)
        info = tarfile.TarInfo("plan.txt")
        info.size = len(TEXT)
        tf.addfile(info, io.BytesIO(TEXT))
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = (0o120777 << 16)
    z = make_zip(tmp_path / "links.zip", [(link, b"/etc/passwd"), ("plan.txt", TEXT)])
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "plan.txt").write_bytes(TEXT)
    os.symlink("/etc/passwd", folder / "passwd.txt")
    os.symlink(tmp_path, folder / "loop")
    items = list(iter_files([t, z, folder]))
    assert [(i.name, i.data) for i in items] == [("plan.txt", TEXT)] * 3
    assert count_files([t, z, folder]) == 3


def test_vietnamese_member_names_are_decoded(tmp_path):
    z = make_zip(tmp_path / "names.zip", [
        ("utf8 flag/" + NAME, TEXT),
        (RawNameInfo(("utf8 no flag/" + NAME).encode("utf-8")), TEXT),
        (RawNameInfo("cp1258/Kê\u0301 hoa\u0323ch.txt".encode("cp1258")), TEXT),  # tones as combining marks
        (RawNameInfo(b"cp437/caf\x82.txt"), TEXT),
    ])
    names = [i.path.removeprefix(f"{z}/") for i in iter_files([z])]
    assert names == ["utf8 flag/" + NAME, "utf8 no flag/" + NAME, "cp1258/Kế hoạch.txt", "cp437/café.txt"]


def test_damaged_and_missing_inputs_become_errors(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    bad_tar = tmp_path / "bad.tar.gz"
    bad_tar.write_bytes(b"\x1f\x8b garbage")
    items = list(iter_files([bad, bad_tar, tmp_path / "missing.pdf"]))
    assert [i.data for i in items] == [None, None, None]
    assert "not a readable zip archive" in items[0].error
    assert "damaged or not a tar file" in items[1].error
    assert items[2].error == "no such file or folder"


def test_hostile_archives_become_clear_failure_rows(tmp_path):
    slip = make_zip(tmp_path / "slip.zip", [("../../evil.txt", TEXT), ("plan.txt", TEXT)])
    bomb = make_zip(tmp_path / "bomb.zip", [("zeros.txt", b"\0" * (5 * MB))])
    db_path = tmp_path / "k.db"
    result = ingest([slip, bomb], db_path, workers=1, show_progress=False)
    assert (result.stored, result.failed) == (1, 2)
    db = store.open_db(db_path)
    failures = {f["file"]: f for f in store.list_failures(db)["items"]}
    assert set(failures) == {f"{slip}/../../evil.txt", f"{bomb}/zeros.txt"}
    assert "path-traversal" in failures[f"{slip}/../../evil.txt"]["message"]
    assert "zip bomb" in failures[f"{bomb}/zeros.txt"]["message"]
    assert all(f["stage"] == "read" for f in failures.values())
    assert not (tmp_path.parent / "evil.txt").exists()
    db.close()

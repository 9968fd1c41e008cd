"""A real server over a real SQLite file holding the repo's seed plans, ingested with `kehoach ingest`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from live_server import REPO, LiveServer, start_server

SEEDS = REPO / "corpus" / "seeds"
EXTRA_NAME = "lang_son_2023.txt"
# a plan written for these tests: short-form citations (a dated "02/TT-VPCP", a bare "Nghị định 61", an
# undated "45/QĐ-TTg" with two full candidates), a unit under its new name, markup in its title
EXTRA_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 15/KH-UBND

Lạng Sơn, ngày 10 tháng 01 năm 2023

KẾ HOẠCH

Kiểm soát thủ tục hành chính năm 2023 <script>alert("x")</script>

Căn cứ Thông tư số 02/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; Căn cứ Quyết định số 45/2019/QĐ-TTg ngày 12/11/2019 của Thủ tướng Chính phủ;

Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2023 như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Thực hiện đúng quy định tại Nghị định 61 về cơ chế một cửa, một cửa liên thông.

2. Thực hiện báo cáo theo Quyết định 45/QĐ-TTg.

II. NHIỆM VỤ

1. Niêm yết, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa và trên Cổng dịch vụ công của tỉnh.

Chủ trì thực hiện: Văn phòng UBND tỉnh.

Thời gian thực hiện: Thường xuyên.

2. Tiếp nhận và xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính.

Chủ trì thực hiện: Trung tâm Phục vụ hành chính công tỉnh.

Thời gian thực hiện: trước ngày 30/6/2023.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
"""


def seeded_server(folder: Path) -> LiveServer:
    """Ingest corpus/seeds and EXTRA_PLAN into folder/kehoach.db with `kehoach ingest`, and serve it."""
    db = folder / "kehoach.db"
    (folder / EXTRA_NAME).write_text(EXTRA_PLAN, encoding="utf-8")
    paths = [str(SEEDS), str(folder / EXTRA_NAME)]
    run = subprocess.run([sys.executable, "-m", "cli.main", "ingest", *paths, "--db", str(db), "--workers", "1"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    return start_server(db)


def seed_ids(client) -> dict[str, int]:
    """Stored documents by name: the seed's prefix ("000") or EXTRA_NAME -> document id."""
    items = client.get("/api/documents", params={"limit": 1000}).json()["items"]
    out = {d["file"]: d["id"] for d in items if d.get("file") == EXTRA_NAME}
    out.update({d["file"][:3]: d["id"] for d in items if d.get("file") and (SEEDS / d["file"]).exists()})
    return out

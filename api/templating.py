"""Jinja2 templates (autoescaped) and the Vietnamese labels and formats the pages use."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.templating import Jinja2Templates

STATUS = {"todo": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành"}
DUE_KINDS = {"date": "Ngày cụ thể", "month": "Tháng", "quarter": "Quý", "range": "Khoảng thời gian",
             "year": "Năm", "ongoing": "Thường xuyên", "periodic": "Định kỳ", "relative": "Tính từ mốc",
             "unspecified": "Không xác định"}
DOC_TYPES = {"ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định", "bao_cao": "Báo cáo", "cong_van": "Công văn",
             "chi_thi": "Chỉ thị", "thong_bao": "Thông báo", "nghi_quyet": "Nghị quyết", "tin_bai": "Tin bài",
             "khac": "Khác"}
LEVELS = {"trung_uong": "Trung ương", "tinh": "Cấp tỉnh", "huyen": "Cấp huyện", "xa": "Cấp xã",
          "so": "Sở, ban, ngành"}
ROLES = {"lead": "Chủ trì", "support": "Phối hợp"}


def vn_date(value: str | dt.date | None) -> str:
    """An ISO date as dd/mm/yyyy (empty for none; the text as it is when not a date)."""
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.filters["vn_date"] = vn_date
templates.env.globals.update(STATUS=STATUS, DUE_KINDS=DUE_KINDS, DOC_TYPES=DOC_TYPES, LEVELS=LEVELS, ROLES=ROLES)

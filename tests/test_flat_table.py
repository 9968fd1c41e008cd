"""Flattened web tables (one paragraph per cell, blank cells as no-break-space lines) rebuilt as tables."""
from extractor.blocks import Paragraph, Table
from extractor.readers.flat_table import (
    column_roles,
    find_flat_tables,
    header_role,
    is_header_row,
    rebuild_rows,
)
from extractor.readers.text import parse_lines

NB = "\u00a0"  # an empty cell in a web copy is a line holding one no-break space


def flat(*cells: str) -> str:
    """Text of a flattened table: each cell on its own line, blank lines between, empty cells as nbsp."""
    return "\n\n".join(c if c else NB for c in cells)


def tables(text: str) -> list[Table]:
    return [b for b in find_flat_tables(parse_lines(text)) if isinstance(b, Table)]


def body(table: Table, header_rows: int) -> list[list[str | None]]:
    return table.rows[header_rows:]


def test_header_roles_cover_common_wordings():
    cases = {
        "STT": "stt", "Số TT": "stt", "TT": "stt",
        "Nội dung công việc": "name", "Tên nhiệm vụ": "name", "Nhiệm vụ, giải pháp": "name",
        "Cơ quan chủ trì": "lead", "Đơn vị chủ trì thực hiện": "lead", "Chủ trì": "lead",
        "Cơ quan phối hợp": "support", "Phối hợp": "support",
        "Cơ quan thực hiện": "units", "Thời gian thực hiện": "time", "Tiến độ": "time",
        "Bắt đầu": "start", "Hoàn thành": "due", "Thời hạn hoàn thành": "due",
        "Sản phẩm dự kiến hoàn thành": "output", "Kết quả dự kiến": "output", "Ghi chú": "note",
    }
    for text, role in cases.items():
        assert header_role(text) == role, text
    assert header_role("Xây dựng kế hoạch kiểm tra, giám sát việc thực hiện nhiệm vụ năm 2024 tại các sở") is None
    assert header_role("1. Nội dung") is None


def test_column_roles_from_two_header_rows_with_merges():
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", None, "Thời gian", None, "Ghi chú"],
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", "Ghi chú"]]
    assert column_roles(rows) == ["stt", "name", "lead", "support", "start", "due", "note"]
    # a single header row: the generic time and unit columns become due and lead
    assert column_roles([["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian"]]) == ["stt", "name", "lead", "due"]
    assert is_header_row(rows[0]) and not is_header_row(["1", "Rà soát quy trình", "Sở Tư pháp", "", "Quý I"])


def test_five_columns_no_product_single_deadline_column():
    text = "\n\n".join([
        "Kế hoạch được triển khai theo bảng sau:",
        flat("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
             "I", "Nhóm nhiệm vụ về cải cách thể chế",
             "1", "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành", "Sở Tư pháp",
             "Các sở, ban, ngành", "Tháng 6/2024",
             "2", "Kiện toàn đội ngũ công chức đầu mối", "Sở Nội vụ", "", "Quý III",
             "3", "Tổ chức hội nghị tập huấn nghiệp vụ", "Văn phòng UBND tỉnh",
             "- Sở Thông tin và Truyền thông;", "- UBND các huyện, thành phố", "Năm 2024",
             "II", "Nhóm nhiệm vụ về tài chính công",
             "1", "Bố trí kinh phí thực hiện kế hoạch", "Sở Tài chính", "Kho bạc Nhà nước tỉnh",
             "Thường xuyên"),
        "III. TỔ CHỨC THỰC HIỆN",
    ])
    blocks = find_flat_tables(parse_lines(text))
    found = [b for b in blocks if isinstance(b, Table)]
    assert len(found) == 1
    t = found[0]
    assert t.rows[0] == ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
    rows = body(t, 1)
    assert [r[0] for r in rows] == ["I", "1", "2", "3", "II", "1"]
    assert rows[0][1] == "Nhóm nhiệm vụ về cải cách thể chế" and rows[0][2:] == [None, None, None]
    assert rows[2] == ["2", "Kiện toàn đội ngũ công chức đầu mối", "Sở Nội vụ", "", "Quý III"]
    assert rows[3][3] == "- Sở Thông tin và Truyền thông;\n- UBND các huyện, thành phố"
    assert rows[3][4] == "Năm 2024"
    assert rows[5][4] == "Thường xuyên"
    # prose before and after the table stays prose
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "Kế hoạch được triển khai theo bảng sau:" in texts and "III. TỔ CHỨC THỰC HIỆN" in texts


def test_other_column_order_and_product_column():
    text = flat("STT", "Nhiệm vụ", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm",
                "1", "Xây dựng kho dữ liệu dùng chung", "Quý II/2024", "Sở Thông tin và Truyền thông",
                "Các sở, ngành", "Kho dữ liệu được vận hành",
                "2", "Đánh giá mức độ hài lòng của người dân", "Tháng 11", "Sở Nội vụ", "",
                "Báo cáo kết quả đánh giá")
    (t,) = tables(text)
    rows = body(t, 1)
    assert rows == [
        ["1", "Xây dựng kho dữ liệu dùng chung", "Quý II/2024", "Sở Thông tin và Truyền thông", "Các sở, ngành",
         "Kho dữ liệu được vận hành"],
        ["2", "Đánh giá mức độ hài lòng của người dân", "Tháng 11", "Sở Nội vụ", "", "Báo cáo kết quả đánh giá"],
    ]


def test_two_row_header_merged_time_cell_sub_rows_and_note_column():
    text = "\n\n".join([
        flat("Số TT", "Tên nhiệm vụ", "Cơ quan thực hiện", "Thời gian", "Ghi chú",
             "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành",
             "1", "Số hóa kết quả giải quyết hồ sơ", "", "", "", "", "",
             "", "- Đối với cấp huyện", "UBND cấp huyện", "Sở Thông tin và Truyền thông", "Tháng 3", "Tháng 9", "",
             "", "- Đối với cấp xã", "UBND cấp xã", "Văn phòng UBND huyện", "Quý IV", "",
             "2", "Tổng kết, đánh giá", "Sở Nội vụ", "Các sở, ngành", "Tháng 12", "Tháng 12", "Hội nghị"),
        "Lưu ý: các đơn vị chủ động bổ sung nhiệm vụ phù hợp với thực tế địa phương.",
    ])
    blocks = find_flat_tables(parse_lines(text))
    (t,) = [b for b in blocks if isinstance(b, Table)]
    assert t.rows[0] == ["Số TT", "Tên nhiệm vụ", "Cơ quan thực hiện", None, "Thời gian", None, "Ghi chú"]
    assert t.rows[1] == ["Số TT", "Tên nhiệm vụ", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", "Ghi chú"]
    rows = body(t, 2)
    assert rows[0] == ["1", "Số hóa kết quả giải quyết hồ sơ", "", "", "", "", ""]
    assert rows[1] == ["", "- Đối với cấp huyện", "UBND cấp huyện", "Sở Thông tin và Truyền thông", "Tháng 3",
                       "Tháng 9", ""]
    # "Quý IV" is one cell spanning Bắt đầu and Hoàn thành
    assert rows[2] == ["", "- Đối với cấp xã", "UBND cấp xã", "Văn phòng UBND huyện", "Quý IV", None, ""]
    assert rows[3][0] == "2" and rows[3][6] == "Hội nghị"
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text.startswith("Lưu ý:")


def test_table_without_ordinal_column_and_multi_paragraph_cells():
    text = "\n\n".join([
        flat("Nội dung", "Đơn vị thực hiện", "Thời gian",
             "Cập nhật cơ sở dữ liệu thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên",
             "Công khai kết quả giải quyết hồ sơ", "Trung tâm Phục vụ hành chính công;",
             "UBND cấp huyện", "Hằng tháng"),
        "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện nghiêm túc các "
        "nội dung nêu trên, định kỳ báo cáo kết quả về Văn phòng UBND tỉnh để tổng hợp, báo cáo theo quy định.",
    ])
    blocks = find_flat_tables(parse_lines(text))
    (t,) = [b for b in blocks if isinstance(b, Table)]
    assert body(t, 1) == [
        ["Cập nhật cơ sở dữ liệu thủ tục hành chính", "Văn phòng UBND tỉnh", "Thường xuyên"],
        ["Công khai kết quả giải quyết hồ sơ", "Trung tâm Phục vụ hành chính công;\nUBND cấp huyện", "Hằng tháng"],
    ]
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text.startswith("Các cơ quan, đơn vị căn cứ")


def test_headings_that_only_look_like_a_header_stay_paragraphs():
    text = "\n".join(["Nội dung", "Thời gian", "Ghi chú", "Kế hoạch này thay thế kế hoạch năm trước."])
    blocks = find_flat_tables(parse_lines(text))
    assert all(isinstance(b, Paragraph) for b in blocks)
    # a header with no unit or time column is not a task table
    text = flat("STT", "Tên đơn vị", "Ghi chú", "1", "Sở Xây dựng", "", "2", "Sở Y tế", "")
    assert tables(text) == []


def test_rebuild_rows_stops_at_prose_after_the_last_row():
    roles = ["stt", "name", "lead", "due"]
    texts = ["1", "Rà soát thủ tục", "Sở Tư pháp", "Quý I",
             "2", "Báo cáo kết quả", "Sở Nội vụ", "Tháng 12",
             "Ngoài các nhiệm vụ trên, các cơ quan chủ động đề xuất thêm nhiệm vụ phù hợp với tình hình thực tế "
             "của ngành, địa phương và gửi về Sở Nội vụ trước ngày 15 hằng tháng để tổng hợp."]
    rows, used = rebuild_rows(texts, roles)
    assert used == 8
    assert rows == [["1", "Rà soát thủ tục", "Sở Tư pháp", "Quý I"], ["2", "Báo cáo kết quả", "Sở Nội vụ", "Tháng 12"]]


def test_text_reader_turns_flattened_table_into_one_table_block():
    from extractor.readers.text import read

    text = flat("TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn",
                "1", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Quý II")
    doc = read(text.encode("utf-8"))
    assert [type(b).__name__ for b in doc.blocks] == ["Table"]


def test_second_header_row_only_under_its_parent():
    # top row: TT | Nội dung | Thời gian (over Bắt đầu, Hoàn thành) | Chủ trì | Phối hợp
    text = flat("TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành",
                "1", "Đánh giá chỉ số hài lòng", "Tháng 6", "Tháng 11", "Sở Nội vụ", "Các sở, ngành")
    (t,) = tables(text)
    assert t.rows[0] == ["TT", "Nội dung", "Thời gian", None, "Chủ trì", "Phối hợp"]
    assert t.rows[1] == ["TT", "Nội dung", "Bắt đầu", "Hoàn thành", "Chủ trì", "Phối hợp"]
    assert column_roles(t.rows[:2]) == ["stt", "name", "start", "due", "lead", "support"]
    assert body(t, 2) == [["1", "Đánh giá chỉ số hài lòng", "Tháng 6", "Tháng 11", "Sở Nội vụ", "Các sở, ngành"]]


def test_title_line_and_column_numbering_row_are_not_columns():
    text = "\n\n".join([
        "BẢNG PHÂN CÔNG NHIỆM VỤ",
        flat("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "(1)", "(2)", "(3)", "(4)",
             "1", "Xây dựng quy chế phối hợp", "Sở Tư pháp", "Quý I",
             "2", "Tổng kết thực hiện", "Sở Nội vụ", "Tháng 12"),
    ])
    blocks = find_flat_tables(parse_lines(text))
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "BẢNG PHÂN CÔNG NHIỆM VỤ"
    (t,) = [b for b in blocks if isinstance(b, Table)]
    assert t.rows == [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
                      ["1", "Xây dựng quy chế phối hợp", "Sở Tư pháp", "Quý I"],
                      ["2", "Tổng kết thực hiện", "Sở Nội vụ", "Tháng 12"]]



def test_table_ends_at_portal_chrome_and_at_a_number_that_is_no_next_ordinal():
    # a portal copy: after the last row come the site's notices, a title link and a view counter
    text = "\n\n".join([
        flat("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời hạn",
             "1", "Rà soát quy chế làm việc", "Văn phòng Sở", "Quý I/2025",
             "2", "Tổng kết công tác năm", "Phòng Kế hoạch - Tài chính", "Tháng 12/2025"),
        "Văn bản này chưa cập nhật nội dung Tiếng Anh", "Bạn Chưa Đăng Nhập Thành Viên!",
        "Kế hoạch 12/KH-SYT ngày 02/01/2025 về công tác văn phòng", "2.417", "Liên hệ quảng cáo",
    ])
    blocks = find_flat_tables(parse_lines(text))
    (t,) = [b for b in blocks if isinstance(b, Table)]
    assert [r[0] for r in t.rows[1:]] == ["1", "2"]
    assert [b.text for b in blocks if isinstance(b, Paragraph)][0] == "Văn bản này chưa cập nhật nội dung Tiếng Anh"
    # without the notices, a count that does not carry on the ordinals still ends the table
    text = "\n\n".join([flat("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian",
                              "1", "Ban hành kế hoạch", "Sở Y tế", "Quý I", "2", "Kiểm tra", "Sở Y tế", "Quý III"),
                         "3.208", "Chia sẻ bài viết với bạn bè"])
    (t,) = tables(text)
    assert len(t.rows) == 3


def test_next_ordinal_follows_table_numbering():
    from extractor.readers.flat_table import next_ordinal

    assert next_ordinal((14,), (15,)) and next_ordinal((8,), (8, 1)) and next_ordinal((8, 2), (9,))
    assert next_ordinal((8, 2), (9, 1)) and next_ordinal((5,), (1,)) and next_ordinal((3,), (5,))
    assert not next_ordinal((14,), (1, 208)) and not next_ordinal((2,), (2, 417)) and not next_ordinal((3,), (40,))


# ---------------------------------------------------------------- any layout, flattened and rebuilt

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

HEADERS = {
    "stt": ["STT", "TT", "Số TT"],
    "name": ["Nội dung công việc", "Tên nhiệm vụ", "Nhiệm vụ", "Nội dung"],
    "lead": ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì thực hiện"],
    "support": ["Cơ quan phối hợp", "Đơn vị phối hợp"],
    "due": ["Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện", "Tiến độ"],
    "output": ["Sản phẩm", "Kết quả dự kiến", "Sản phẩm đầu ra"],
    "note": ["Ghi chú"],
}
CELLS = {
    "name": ["Rà soát, đánh giá thủ tục hành chính nội bộ", "Xây dựng kho dữ liệu dùng chung của tỉnh",
             "Tổ chức tập huấn kỹ năng số cho công chức", "Triển khai thanh toán trực tuyến phí, lệ phí",
             "Đánh giá mức độ hài lòng của người dân, doanh nghiệp", "Kiện toàn bộ phận một cửa cấp xã"],
    "lead": ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "UBND cấp huyện",
             "Các sở, ban, ngành", "Trung tâm Phục vụ hành chính công tỉnh"],
    "support": ["Sở Tài chính", "Các sở, ngành liên quan", "UBND các huyện, thành phố; UBND cấp xã",
                "Công an tỉnh", "Sở Tư pháp, Sở Nội vụ"],
    "due": ["Quý I", "Quý III/2024", "Tháng 6", "Tháng 10/2024", "Thường xuyên", "Năm 2024", "Hằng quý",
            "Trước 30/6/2024"],
    "output": ["Báo cáo kết quả", "Quyết định phê duyệt", "Kế hoạch được ban hành", "Hệ thống được vận hành",
               "Văn bản hướng dẫn"],
    "note": ["Trọng tâm", "Ưu tiên", "Nhiệm vụ mới"],
}


@st.composite
def layouts(draw):
    """A task table: columns in any order (the ordinal first and a note last when present), rows with
    empty cells (at least two rows when there are only two columns)."""
    others = draw(st.permutations(["lead", "support", "due", "output"]))
    keep = [r for r in others if r == "lead" or draw(st.booleans())]
    roles = list(draw(st.permutations(["name"] + keep)))
    roles = (["stt"] if draw(st.booleans()) else []) + roles + (["note"] if draw(st.booleans()) else [])
    header = [draw(st.sampled_from(HEADERS[r])) for r in roles]
    rows = []
    for n in range(draw(st.integers(2 if len(roles) < 3 else 1, 6))):
        row = []
        for r in roles:
            if r == "stt":
                row.append(str(n + 1))
            elif r in ("name", "lead"):
                row.append(draw(st.sampled_from(CELLS[r])))
            else:
                row.append(draw(st.sampled_from(CELLS[r] + [""])))
        rows.append(row)
    return header, rows


@settings(max_examples=200, deadline=None)
@given(layouts())
def test_any_layout_flattened_is_rebuilt(layout):
    header, rows = layout
    text = "\n\n".join(["Các nhiệm vụ cụ thể như sau:", flat(*header, *[c for r in rows for c in r]),
                        "Ngoài các nhiệm vụ nêu trên, các cơ quan, đơn vị chủ động đề xuất bổ sung nhiệm vụ phù hợp "
                        "với tình hình thực tế, gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh xem xét."])
    blocks = find_flat_tables(parse_lines(text))
    found = [b for b in blocks if isinstance(b, Table)]
    assert len(found) == 1
    assert found[0].rows == [header] + rows
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text.startswith("Ngoài các nhiệm vụ")


GROUPS = ["Nhóm nhiệm vụ về cải cách thể chế", "Nhóm nhiệm vụ về chuyển đổi số", "Nhiệm vụ khác"]
SUBS = ["- Đối với cấp tỉnh", "- Đối với cấp huyện", "- Đối với cấp xã"]


@st.composite
def grouped_tables(draw):
    """A table under a "Thời gian" / "Bắt đầu" / "Hoàn thành" header with group rows, sub-rows, one time
    cell spanning both time columns, blank cells and lists written over several paragraphs; returns
    the flattened cells and the (kind, name, due) of each row expected back."""
    mid = list(draw(st.permutations(["lead", "support", "time"])))
    output = draw(st.booleans())
    top = ["STT", "Tên nhiệm vụ"] + [{"lead": "Đơn vị chủ trì", "support": "Đơn vị phối hợp", "time": "Thời gian"}[r]
                                     for r in mid] + (["Sản phẩm"] if output else [])
    cells, expect = top + ["Bắt đầu", "Hoàn thành"], []
    for g, title in enumerate(draw(st.lists(st.sampled_from(GROUPS), min_size=1, max_size=3, unique=True))):
        cells += ["IVX"[g], title]
        expect.append(("group", title, None))
        for n in range(draw(st.integers(1, 3))):
            names = [draw(st.sampled_from(CELLS["name"]))]
            subs = draw(st.booleans()) and draw(st.lists(st.sampled_from(SUBS), min_size=1, max_size=2, unique=True))
            cells += [str(n + 1), names[0]]
            if subs:
                expect.append(("task", names[0], ("", "")))
                cells += [NB] * (5 if output else 4)
            for k, name in enumerate(subs or names):
                if subs:
                    cells += ([NB] if k else []) + [name]
                span = draw(st.booleans())
                due = draw(st.sampled_from(CELLS["due"]))
                for r in mid:
                    if r == "time":
                        start = draw(st.sampled_from(["Tháng 2", "Quý I", "01/3"]))
                        cells += [due] if span else [start, due]
                    elif r == "lead":
                        cells += [draw(st.sampled_from(CELLS["lead"]))]
                    else:
                        support = draw(st.sampled_from(CELLS["support"] + [""]))
                        cells += ["- " + p for p in support.split("; ")] if "; " in support else [support or NB]
                if output:
                    cells += [draw(st.sampled_from(CELLS["output"] + [""])) or NB]
                expect.append(("task", name, (due, None) if span else (start, due)))
    return cells, expect, mid


@settings(max_examples=150, deadline=None)
@given(grouped_tables())
def test_groups_sub_rows_and_spanning_time_cells_are_rebuilt(table):
    cells, expect, mid = table
    text = "\n\n".join(["Danh mục nhiệm vụ như sau:", "\n\n".join(cells),
                        "Các cơ quan, đơn vị chủ động đề xuất bổ sung nhiệm vụ phù hợp với tình hình thực tế của ngành, "
                        "địa phương, gửi Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định."])
    blocks = find_flat_tables(parse_lines(text))
    (t,) = [b for b in blocks if isinstance(b, Table)]
    start_col = 2 + mid.index("time")
    got = []
    for row in t.rows[2:]:
        if row[0] in ("I", "V", "X"):
            got.append(("group", row[1], None))
        else:  # blank time cells: one blank spanning both or two blanks read the same
            start, due = row[start_col], row[start_col + 1]
            got.append(("task", row[1], (start, due if start else "")))
    assert got == expect
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text.startswith("Các cơ quan, đơn vị chủ động")


def test_a_numbered_list_of_units_is_rebuilt_with_rows_that_lost_cells_and_gives_no_task_roles():
    text = flat("STT", "Cơ quan, đơn vị, địa phương", "Thời gian kiểm tra dự kiến", "Ghi chú",
                "I", "Cấp tỉnh", "1", "Sở Y tế", "Quý II/2024", "",
                "2", "Sở Công Thương", "Quý III/2024", "",
                "II", "Cấp xã", "1", "UBND xã Đạo Trù (huyện Tam Đảo)", "Quý II/2024", "Cùng đợt với cấp huyện",
                "2", "UBND thị trấn Hợp Hòa",
                "3", "UBND xã Liên Châu", "Quý III/2024") + "\n\nPHỤ LỤC II"
    [table] = tables(text)
    assert header_role("Cơ quan, đơn vị được kiểm tra") == "listed"
    assert [r[:3] for r in body(table, 1)] == [
        ["I", "Cấp tỉnh", None], ["1", "Sở Y tế", "Quý II/2024"], ["2", "Sở Công Thương", "Quý III/2024"],
        ["II", "Cấp xã", None], ["1", "UBND xã Đạo Trù (huyện Tam Đảo)", "Quý II/2024"],
        ["2", "UBND thị trấn Hợp Hòa", ""], ["3", "UBND xã Liên Châu", "Quý III/2024"]]
    assert "name" not in column_roles(table.rows[:1])  # a list of units names no tasks

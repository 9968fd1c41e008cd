"""Tasks: task-table rows (real tables, markdown, flattened web copies), label blocks and unit duties."""
import datetime as dt

from conftest import extract_text

from extractor.blocks import Paragraph, RawDocument, Table
from extractor.pipeline import extract_document

NB = "\u00a0"

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Hòa Bình, ngày 15 tháng 01 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"""

TAIL = """Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Bùi Văn Khánh"""


def plan(body: str, annex: str = "") -> str:
    return "\n".join([HEAD, body, TAIL] + ([annex] if annex else []))


def by_name(tasks, start: str):
    hits = [t for t in tasks if t.name.startswith(start)]
    assert len(hits) == 1, (start, [t.name for t in tasks])
    return hits[0]


def doc_with_tables(*blocks) -> RawDocument:
    """A document as a DOCX/PDF reader gives it: header paragraphs, the given blocks, signature."""
    head = [Paragraph(line, 1) for line in HEAD.split("\n")] + [Paragraph("II. NHIỆM VỤ CỤ THỂ", 1)]
    tail = [Paragraph(line, 9) for line in TAIL.split("\n")]
    return RawDocument(head + list(blocks) + tail, "docx", pages=9)


# ---------------------------------------------------------------- real tables (DOCX / PDF)

HEADER_2ROWS = [
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", None,
     "Kết quả dự kiến"],
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Bắt đầu", "Hoàn thành",
     "Kết quả dự kiến"],
]


def test_table_with_merged_cells_groups_sub_rows_and_times():
    rows = HEADER_2ROWS + [
        ["A", "NHIỆM VỤ VỀ CẢI CÁCH THỂ CHẾ", None, None, None, None, None],
        ["1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Các sở, ban, ngành; UBND cấp huyện",
         "Tháng 3", "Tháng 9", "Báo cáo rà soát"],
        ["2", "Tự kiểm tra văn bản", "Sở Tư pháp", "", "Quý II", None, ""],
        ["3", "Số hóa hồ sơ thủ tục hành chính", "", "", "", "", ""],
        ["", "- Đối với cấp tỉnh", "Trung tâm Phục vụ hành chính công", "Sở Thông tin và Truyền thông",
         "Thường xuyên", None, "Hồ sơ được số hóa"],
        ["", "- Đối với cấp huyện", "UBND cấp huyện", "", "Năm 2024", None, ""],
        ["B. NHIỆM VỤ VỀ CẢI CÁCH TÀI CHÍNH CÔNG", None, None, None, None, None, None],
        ["1", "Giao quyền tự chủ cho đơn vị sự nghiệp", "Sở Tài chính", "Sở Nội vụ", "", "Trước 30/6/2024",
         "Quyết định giao tự chủ"],
    ]
    record = extract_document(doc_with_tables(Table(rows, 3, [3] * len(rows))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [t.ref for t in tasks] == ["II.A.1", "II.A.2", "II.A.3", "II.A.3.a", "II.A.3.b", "II.B.1"]
    first = tasks[0]
    assert first.group == "NHIỆM VỤ VỀ CẢI CÁCH THỂ CHẾ"
    assert first.lead == ["Sở Tư pháp"] and first.support == ["Các sở, ban, ngành", "UBND cấp huyện"]
    assert (first.start.kind, first.start.start, first.due.kind, first.due.end) == \
        ("month", dt.date(2024, 3, 1), "month", dt.date(2024, 9, 30))
    assert first.output == "Báo cáo rà soát" and first.page == 3
    # one time cell spanning Bắt đầu and Hoàn thành: due only
    second = tasks[1]
    assert second.start is None and (second.due.kind, second.due.end) == ("quarter", dt.date(2024, 6, 30))
    assert second.support == []
    # a numbered row with no units is still a task; its "- Đối với …" sub-rows are tasks of their own
    assert tasks[2].name == "Số hóa hồ sơ thủ tục hành chính" and tasks[2].lead == [] and tasks[2].due is None
    assert tasks[3].name == "Đối với cấp tỉnh" and tasks[3].due.kind == "ongoing"
    assert tasks[3].lead == ["Trung tâm Phục vụ hành chính công"]
    # a group written in one merged cell
    last = tasks[-1]
    assert last.group == "NHIỆM VỤ VỀ CẢI CÁCH TÀI CHÍNH CÔNG"
    assert last.due.end == dt.date(2024, 6, 30) and last.start is None
    assert last.lead_canonical == ["Sở Tài chính"]


def test_table_continued_across_pages_is_one_table():
    part1 = HEADER_2ROWS + [
        ["1", "Xây dựng cơ sở dữ liệu cán bộ, công chức", "Sở Nội vụ", "Sở Thông tin và", "Tháng 2", "Tháng 11",
         "Cơ sở dữ liệu"],
    ]
    part2 = HEADER_2ROWS + [
        ["", "của tỉnh và cấp huyện", "", "Truyền thông", "", "", "được vận hành"],
        ["", "- Đối với cấp xã", "UBND cấp xã", "", "Quý IV", None, ""],
        ["2", "Đánh giá chỉ số cải cách hành chính", "Sở Nội vụ", "", "Quý I", None, "Báo cáo"],
    ]
    record = extract_document(doc_with_tables(Table(part1, 4, [4] * len(part1)), Table(part2, 5, [5] * len(part2))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [t.name for t in tasks] == [
        "Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh và cấp huyện",
        "Đối với cấp xã",
        "Đánh giá chỉ số cải cách hành chính",
    ]
    assert tasks[0].support == ["Sở Thông tin và Truyền thông"] and tasks[0].page == 4
    assert tasks[0].output == "Cơ sở dữ liệu được vận hành"
    assert tasks[1].page == 5 and tasks[1].lead == ["UBND cấp xã"]


def test_other_header_words_order_numbering_row_and_note_column():
    rows = [
        ["TT", "Thời hạn hoàn thành", "Nhiệm vụ", "Ghi chú", "Đơn vị thực hiện"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Quý I/2024", "Ban hành kế hoạch tuyên truyền", "Trọng tâm", "Sở Văn hóa, Thể thao và Du lịch"],
        ["2", "31/10/2024", "Tổ chức hội thi tìm hiểu pháp luật", "", "Sở Tư pháp; Tỉnh đoàn"],
    ]
    record = extract_document(doc_with_tables(Table(rows, 2, [2] * len(rows))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [t.name for t in tasks] == ["Ban hành kế hoạch tuyên truyền", "Tổ chức hội thi tìm hiểu pháp luật"]
    assert tasks[0].lead == ["Sở Văn hóa, Thể thao và Du lịch"] and tasks[0].support == []
    assert (tasks[0].due.kind, tasks[0].due.end) == ("quarter", dt.date(2024, 3, 31))
    assert tasks[1].lead == ["Sở Tư pháp", "Tỉnh đoàn"]
    assert (tasks[1].due.kind, tasks[1].due.end) == ("date", dt.date(2024, 10, 31))
    assert tasks[0].output is None


def test_ordinal_and_name_in_one_merged_cell_and_a_task_over_several_rows():
    rows = [["STT", "Nội dung", "Chủ trì", "Thời gian"],
            ["1. Rà soát thủ tục hành chính nội bộ", None, "Sở Tư pháp", "Quý I"],
            ["2", "Kiểm tra công vụ", "Sở Nội vụ", "Quý II"],
            ["2", "Kiểm tra công vụ", "Thanh tra tỉnh", "Quý IV"]]
    record = extract_document(doc_with_tables(Table(rows, 2, [2] * len(rows))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [(t.ref, t.name) for t in tasks] == [("II.1", "Rà soát thủ tục hành chính nội bộ"),
                                                ("II.2", "Kiểm tra công vụ")]
    assert tasks[1].lead == ["Sở Nội vụ", "Thanh tra tỉnh"] and tasks[1].due.end == dt.date(2024, 12, 31)


def test_one_units_column_that_marks_roles():
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", "Thời gian"],
            ["1", "Kiện toàn tổ công tác", "Sở Nội vụ (chủ trì); Sở Tài chính, Văn phòng UBND tỉnh (phối hợp)",
             "Tháng 4"],
            ["2", "Rà soát quy chế", "Chủ trì: Sở Tư pháp\nPhối hợp: Các sở, ngành", "Quý III"],
            ["3", "Đo lường sự hài lòng", "Sở Nội vụ chủ trì, phối hợp với UBND cấp huyện", "Tháng 10"],
            ["4", "Số hóa hồ sơ", "Các đơn vị được giao chủ trì giải quyết thủ tục", "Năm 2024"]]
    record = extract_document(doc_with_tables(Table(rows, 2, [2] * len(rows))))
    got = [(t.lead, t.support) for t in record.tasks if t.source == "table"]
    assert got[:3] == [(["Sở Nội vụ"], ["Sở Tài chính", "Văn phòng UBND tỉnh"]),
                       (["Sở Tư pháp"], ["Các sở, ngành"]),
                       (["Sở Nội vụ"], ["UBND cấp huyện"])]
    assert got[3][1] == [] and got[3][0][0].startswith("Các đơn vị được giao")


def test_ordinal_column_with_an_empty_header():
    rows = [["", "Nội dung", "Chủ trì", "Thời gian"],
            ["I", "Công tác chỉ đạo", "", ""],
            ["1", "Ban hành kế hoạch kiểm tra", "Sở Nội vụ", "Quý I"],
            ["2", "Tổng kết công tác kiểm tra", "Sở Nội vụ", "Tháng 12"]]
    record = extract_document(doc_with_tables(Table(rows, 2, [2] * len(rows))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [(t.ref, t.group) for t in tasks] == [("II.I.1", "Công tác chỉ đạo"), ("II.I.2", "Công tác chỉ đạo")]


def test_table_as_a_pdf_or_ocr_reader_gives_it():
    header = [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]]
    part1 = header + [
        ["I", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ", None, None, None],
        ["1", "Rà soát quy định về thủ tục hành chính", "Sở Tư pháp", "Sở Thông tin và\nTruyền thông; UBND\ncấp huyện",
         "Quý II"],
        ["", "Theo dõi thi hành pháp luật", "Sở Tư pháp", "", "Thường xuyên"],  # its ordinal lost
        ["2", "Kiện toàn đội ngũ công chức đầu mối kiểm soát thủ tục hành chính tại", "Sở Nội vụ", "", ""],
    ]
    part2 = [
        ["STT", "Nội dưng", "Cơ quan chủ trị", "Cơ quan phối hơp", "Thời gịan"],  # the header again, misread
        ["", "các sở, ngành và địa phương", "", "", "Tháng 9"],  # the rest of row 2
        ["VỊ", "NHÓM NHIỆM VỤ VỀ TÀI CHÍNH CÔNG", None, None, None],  # "VI" misread
        ["1", "Bố trí kinh phí", "Sở Tài chính", "Kho bạc Nhà nước tỉnh", "Năm 2024"],
    ]
    record = extract_document(doc_with_tables(Table(part1, 3, [3] * len(part1)), Table(part2, 4, [4] * len(part2))))
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [t.name for t in tasks] == [
        "Rà soát quy định về thủ tục hành chính", "Theo dõi thi hành pháp luật",
        "Kiện toàn đội ngũ công chức đầu mối kiểm soát thủ tục hành chính tại các sở, ngành và địa phương",
        "Bố trí kinh phí"]
    assert tasks[0].support == ["Sở Thông tin và Truyền thông", "UBND cấp huyện"]
    assert tasks[2].due.end == dt.date(2024, 9, 30) and tasks[2].page == 3
    assert tasks[3].group == "NHÓM NHIỆM VỤ VỀ TÀI CHÍNH CÔNG"


def test_tables_that_are_not_task_tables_give_no_tasks():
    rows = [["STT", "Đơn vị được kiểm tra", "Số lượng hồ sơ"], ["1", "Sở Xây dựng", "120"], ["2", "Sở Y tế", "80"]]
    record = extract_document(doc_with_tables(Table(rows, 2, [2, 2, 2])))
    assert [t for t in record.tasks if t.source == "table"] == []


def test_markdown_table():
    body = "\n".join([
        "II. NHIỆM VỤ",
        "| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |",
        "|---|---|---|---|---|",
        "| I | Cải cách thủ tục hành chính | | | |",
        "| 1 | Công bố danh mục thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ngành | Thường xuyên |",
        "| 2 | Rà soát quy trình nội bộ | Các sở, ngành | Văn phòng UBND tỉnh | Quý III |",
    ])
    record = extract_text(plan(body), "plan.md")
    tasks = [t for t in record.tasks if t.source == "table"]
    assert [t.name for t in tasks] == ["Công bố danh mục thủ tục hành chính", "Rà soát quy trình nội bộ"]
    assert tasks[0].group == "Cải cách thủ tục hành chính" and tasks[0].ref == "II.I.1"
    assert tasks[1].due.end == dt.date(2024, 9, 30) and tasks[1].support == ["Văn phòng UBND tỉnh"]


# ---------------------------------------------------------------- flattened web copy

def test_flattened_annex_table_in_a_web_copy():
    cells = ["Số TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm",
             "Bắt đầu", "Hoàn thành",
             "I", "Nhóm nhiệm vụ về chuyển đổi số",
             "1", "Triển khai nền tảng họp trực tuyến", "Sở Thông tin và Truyền thông",
             "- Văn phòng UBND tỉnh;", "- UBND các huyện", "Tháng 4", "Tháng 8", "Nền tảng được triển khai",
             "2", "Thanh toán trực tuyến phí, lệ phí", "", "", "", "", "",
             "", "- Đối với cấp tỉnh", "Trung tâm Phục vụ hành chính công", "Sở Tài chính", "Quý II",
             "Tỷ lệ thanh toán trực tuyến đạt 50%"]
    annex = "\n".join(["PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2024",
                       "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2024 của UBND tỉnh)", ""]) + \
        "\n\n".join(c if c else NB for c in cells)
    record = extract_text(plan("I. NHIỆM VỤ\nNội dung cụ thể tại Phụ lục kèm theo.", annex))
    tasks = record.tasks
    assert [t.name for t in tasks] == ["Triển khai nền tảng họp trực tuyến", "Thanh toán trực tuyến phí, lệ phí",
                                       "Đối với cấp tỉnh"]
    first, parent, sub = tasks
    assert first.group == "Nhóm nhiệm vụ về chuyển đổi số"
    assert first.support == ["Văn phòng UBND tỉnh", "UBND các huyện"]
    assert (first.start.end, first.due.end) == (dt.date(2024, 4, 30), dt.date(2024, 8, 31))
    assert parent.lead == [] and parent.due is None
    assert sub.lead == ["Trung tâm Phục vụ hành chính công"] and sub.support == ["Sở Tài chính"]
    assert sub.start is None and sub.due.end == dt.date(2024, 6, 30)
    assert sub.output == "Tỷ lệ thanh toán trực tuyến đạt 50%" and sub.ref == "I.2.a"


# ---------------------------------------------------------------- prose

PROSE = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Các sở, ban, ngành nâng cao chất lượng giải quyết thủ tục hành chính.
2. Yêu cầu
Sở Nội vụ bảo đảm tiến độ, chất lượng.
II. NỘI DUNG
1. Công bố, công khai thủ tục hành chính
a) Cơ quan chủ trì: Văn phòng UBND tỉnh
b) Cơ quan phối hợp: Các sở, ban, ngành; UBND cấp huyện
c) Thời hạn: Quý II/2024
2. Rà soát, đơn giản hóa thủ tục hành chính
Tập trung rà soát các thủ tục có phát sinh nhiều hồ sơ.
- Chủ trì: Sở Tư pháp; phối hợp: Sở Nội vụ; thời gian thực hiện: Tháng 10
3. Nội dung kiểm tra
- Kiểm tra việc công khai thủ tục hành chính.
- Kiểm tra việc tiếp nhận hồ sơ.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
a) Chủ trì, phối hợp với Sở Tài chính, Văn phòng UBND tỉnh tham mưu kiện toàn tổ công tác cải cách hành chính.
b) Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/6/2024 và trước ngày 15/12/2024.
2. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch theo quy định.
3. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan báo chí đẩy mạnh tuyên truyền.
4. Các sở, ban, ngành, UBND các huyện, thành phố có trách nhiệm:
- Xây dựng kế hoạch triển khai tại đơn vị, gửi về Sở Nội vụ chậm nhất ngày 28/02/2024.
- Phối hợp với Đoàn kiểm tra của tỉnh trong quá trình kiểm tra.
Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố nghiêm túc triển khai thực hiện Kế hoạch này./."""


def test_prose_labels_and_duties():
    record = extract_text(plan(PROSE))
    tasks = record.tasks
    assert all(t.source == "text" for t in tasks)
    names = [t.name for t in tasks]
    # objectives, requirements and what an inspection looks at are not tasks; neither is the closing request
    assert not any(n.startswith(("Các sở, ban, ngành nâng cao", "Sở Nội vụ bảo đảm", "Kiểm tra việc",
                                 "Ủy ban nhân dân tỉnh yêu cầu")) for n in names)
    pub = by_name(tasks, "Công bố, công khai thủ tục hành chính")
    assert pub.lead == ["Văn phòng UBND tỉnh"] and pub.support == ["Các sở, ban, ngành", "UBND cấp huyện"]
    assert (pub.due.kind, pub.due.end) == ("quarter", dt.date(2024, 6, 30))
    review = by_name(tasks, "Rà soát, đơn giản hóa thủ tục hành chính")
    assert review.lead == ["Sở Tư pháp"] and review.support == ["Sở Nội vụ"]
    assert review.due.end == dt.date(2024, 10, 31)

    a = by_name(tasks, "Chủ trì, phối hợp với Sở Tài chính")
    assert a.lead == ["Sở Nội vụ"] and a.support == ["Sở Tài chính", "Văn phòng UBND tỉnh"] and a.due is None
    b = by_name(tasks, "Tổng hợp, báo cáo kết quả")
    assert b.lead == ["Sở Nội vụ"] and b.due.end == dt.date(2024, 12, 15)  # the last deadline stated
    fin = by_name(tasks, "bố trí kinh phí")  # the unit label is taken off the duty
    assert fin.lead == ["Sở Tài chính"]
    tt = by_name(tasks, "Giao Sở Thông tin và Truyền thông")
    assert tt.lead == ["Sở Thông tin và Truyền thông"] and tt.support == ["các cơ quan báo chí"]
    plan_task = by_name(tasks, "Xây dựng kế hoạch triển khai tại đơn vị")
    assert plan_task.lead == ["Các sở, ban, ngành", "UBND các huyện, thành phố"]
    assert plan_task.due.end == dt.date(2024, 2, 28)
    assert by_name(tasks, "Phối hợp với Đoàn kiểm tra").support == ["Đoàn kiểm tra của tỉnh"]
    assert len(tasks) == 8


def test_progress_list_counts_only_items_with_a_responsible_unit():
    body = """II. TIẾN ĐỘ TRIỂN KHAI
1. Các sở, ngành lập danh mục thủ tục cần rà soát, gửi Văn phòng UBND tỉnh trước ngày 31/3/2024.
2. Thực hiện rà soát theo biểu mẫu hướng dẫn.
3. Trên cơ sở kết quả rà soát, Văn phòng UBND tỉnh tổng hợp, trình Chủ tịch UBND tỉnh trước ngày 30/9/2024.
4. Hoàn thành việc công bố phương án đơn giản hóa.
5. Sau khi có ý kiến thẩm định, đơn vị chủ trì soạn thảo hoàn thiện dự thảo, trình UBND tỉnh trước ngày 31/10/2024."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Các sở, ngành"], ["Văn phòng UBND tỉnh"], ["đơn vị chủ trì soạn thảo"]]
    assert [t.due.end for t in tasks] == [dt.date(2024, 3, 31), dt.date(2024, 9, 30), dt.date(2024, 10, 31)]


def test_bracketed_assignments_and_requests_to_named_bodies():
    body = """I. MỤC TIÊU
Nâng cao chỉ số hài lòng của người dân (Sở Nội vụ chủ trì theo dõi).
II. NHIỆM VỤ, GIẢI PHÁP
1. Cải cách thể chế
a) Rà soát các quy định không còn phù hợp (Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan; thời gian: Quý III/2024).
b) Nâng cao chất lượng dự thảo văn bản (Cơ quan chủ trì: Văn phòng UBND tỉnh; Cơ quan phối hợp: Sở Tư pháp).
c) Tăng cường tập huấn cho công chức pháp chế.
III. TỔ CHỨC THỰC HIỆN
1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động nhân dân tham gia giám sát.
2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Nội vụ để tổng hợp."""
    tasks = extract_text(plan(body)).tasks
    assert [t.name for t in tasks][:2] == ["Rà soát các quy định không còn phù hợp",
                                           "Nâng cao chất lượng dự thảo văn bản"]
    first, second = tasks[0], tasks[1]
    assert first.lead == ["Sở Tư pháp"] and first.support == ["các sở, ngành liên quan"]
    assert (first.due.kind, first.due.end) == ("quarter", dt.date(2024, 9, 30))
    assert second.lead == ["Văn phòng UBND tỉnh"] and second.support == ["Sở Tư pháp"]
    front = by_name(tasks, "Đề nghị Ủy ban Mặt trận Tổ quốc")
    assert front.lead == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"]
    # an objective with a bracket, an item with no unit and the closing note are not tasks
    assert len(tasks) == 3


# ---------------------------------------------------------------- the corpus plan re-laid out

def _relaid(rows, order, rename, head=2):
    """Table rows with columns in `order` and header cells renamed (merged None cells move along)."""
    out = []
    for i, row in enumerate(rows):
        new = [row[j] for j in order]
        out.append([rename.get(c, c) if i < head and c else c for c in new])
    return out


def _flatten(rows, head=2):
    """A table as a web copy flattens it: header cells, then each cell as paragraphs, blanks as nbsp."""
    top, sub = rows[0], rows[1]
    cells = [c for c in top if c is not None]
    cells += [s for s, t in zip(sub, top, strict=False) if s is not None and s != t]
    for row in rows[head:]:
        kept = [c for c in row if c is not None]
        while kept and kept[-1] == "":
            kept.pop()
        for c in kept:
            cells += c.split("\n") if c else [NB]
    return "\n\n".join(cells)


def _task_scores(corpus, text_or_doc):
    """Task scores against the gold record, tasks matched by folded name (the scorer's rules, fast)."""
    import json

    from eval.score import fold, set_f1
    from extractor.pipeline import extract

    gold = json.loads((corpus / "gold" / "001_c5e464c71dd820ff.json").read_text(encoding="utf-8"))["tasks"]
    rec = extract(text_or_doc.encode("utf-8"), "copy.txt") if isinstance(text_or_doc, str) \
        else extract_document(text_or_doc)
    pred = {fold(t["name"]): t for t in rec.to_json_dict()["tasks"]}
    pairs = [(g, pred[fold(g["name"])]) for g in gold if fold(g["name"]) in pred]

    def due(t):
        return (t["due"] or {}).get("kind"), (t["due"] or {}).get("end")
    return {"tasks": 2 * len(pairs) / (len(gold) + len(pred)),
            "tasks.lead": sum(set_f1(g["lead"], p["lead"]) for g, p in pairs) / len(gold),
            "tasks.support": sum(set_f1(g["support"], p["support"]) for g, p in pairs) / len(gold),
            "tasks.due": sum(due(g) == due(p) for g, p in pairs) / len(gold)}


LAYOUTS = [
    # time columns before the units, product last
    ([0, 1, 4, 5, 2, 3, 6], [0, 1, 4, 5, 2, 3], {}),
    # other header words, product third
    ([0, 1, 6, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5],
     {"Tên nhiệm vụ": "Nội dung công việc", "Đơn vị chủ trì": "Cơ quan chủ trì", "Số TT": "TT",
      "Đơn vị phối hợp": "Cơ quan phối hợp", "Sản phẩm dự kiến hoàn thành": "Kết quả dự kiến"}),
    # no product column, "Từ" / "Đến" under "Thời gian thực hiện"
    ([0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5], {"Thời gian": "Thời gian thực hiện", "Bắt đầu": "Từ",
                                              "Hoàn thành": "Đến"}),
]


def test_corpus_plan_with_other_column_layouts_in_docx_and_web_copy(corpus):
    from extractor.readers import read

    docx = corpus / "docx" / "001_c5e464c71dd820ff.docx"
    seed = (corpus / "seeds" / "001_c5e464c71dd820ff.txt").read_text(encoding="utf-8")
    for order1, order2, rename in LAYOUTS:
        raw = read(docx.read_bytes(), docx.name)
        big = [i for i, b in enumerate(raw.blocks) if isinstance(b, Table) and len(b.rows) > 10]
        assert len(big) == 2
        relaid = [_relaid(raw.blocks[i].rows, order, rename) for i, order in zip(big, (order1, order2), strict=True)]
        # as a DOCX/PDF reader gives it, the first table cut by a page break with its header repeated
        first = relaid[0]
        raw.blocks[big[1]] = Table(relaid[1], 21, [21] * len(relaid[1]))
        raw.blocks[big[0]:big[0] + 1] = [Table(first[:30], 5, [5] * 30),
                                          Table(first[:2] + first[30:], 6, [6] * (len(first) - 28))]
        scores = _task_scores(corpus, raw)
        assert scores["tasks"] >= 0.97 and scores["tasks.due"] >= 0.95, (rename, scores)
        assert scores["tasks.lead"] >= 0.95 and scores["tasks.support"] >= 0.95, (rename, scores)
        # as a web copy flattens it
        a, b = seed.index("Số TT"), seed.index("PHỤ LỤC 02")
        c, d = seed.index("Stt"), seed.index("Lưu ý:")
        text = seed[:a] + _flatten(relaid[0]) + "\n\n" + seed[b:c] + _flatten(relaid[1]) + "\n\n" + seed[d:]
        scores = _task_scores(corpus, text)
        assert scores["tasks"] >= 0.97 and scores["tasks.due"] >= 0.95, (rename, scores)
        assert scores["tasks.lead"] >= 0.95 and scores["tasks.support"] >= 0.95, (rename, scores)


def test_unit_subjects_under_topic_headings_and_lead_labels_that_name_support():
    body = """II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác thông tin, tuyên truyền
Sở Thông tin và Truyền thông chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh tuyên truyền về cải cách hành chính.
Công tác tuyên truyền cần bám sát thực tiễn.
2. Hiện đại hóa hành chính
a) Chủ trì thực hiện: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tài chính
b) Thời gian thực hiện: Tháng 5/2024"""
    tasks = extract_text(plan(body)).tasks
    assert len(tasks) == 2
    media = by_name(tasks, "Sở Thông tin và Truyền thông chủ trì")
    assert media.lead == ["Sở Thông tin và Truyền thông"]
    assert media.support == ["Đài Phát thanh và Truyền hình tỉnh"] and media.group == "Công tác thông tin, tuyên truyền"
    modern = by_name(tasks, "Hiện đại hóa hành chính")
    assert modern.lead == ["Văn phòng UBND tỉnh"] and modern.support == ["Sở Tài chính"]
    assert modern.due.end == dt.date(2024, 5, 31)


# ---------------------------------------------------------------- another layout as DOCX, PDF and web page

def _other_layout(groups: int = 3, per_group: int = 10):
    """A task table unlike the corpus's: TT | Nội dung công việc | Thời gian thực hiện (Từ / Đến) |
    Cơ quan thực hiện (Chủ trì / Phối hợp) | Ghi chú; groups as "I. …" merged across the row; every third
    row one time cell merged over Từ and Đến. Returns the table and the (name, lead, support, due, spans)
    expected for each task."""
    import sys

    from conftest import REPO
    sys.path.insert(0, str(REPO))
    from corpus import generate

    units, when = generate.UNITS, generate.WHEN
    rows = [["TT", "Nội dung công việc", "Thời gian thực hiện", "", "Cơ quan thực hiện", "", "Ghi chú"],
            ["", "", "Từ", "Đến", "Chủ trì", "Phối hợp", ""]]
    merges = [(0, c, 1, c) for c in (0, 1, 6)] + [(0, 2, 0, 3), (0, 4, 0, 5)]
    expect, k = [], 0
    for g in range(groups):
        merges.append((len(rows), 0, len(rows), 6))
        rows.append([f"{'I' * (g + 1)}. NHÓM NHIỆM VỤ THỨ {g + 1}", "", "", "", "", "", ""])
        for i in range(per_group):
            k += 1
            name = f"Triển khai nhiệm vụ số {k} về chuyển đổi số trong giải quyết thủ tục hành chính"
            lead, support = units[k % len(units)], units[(k + 2) % len(units)]
            start, end, spans = when[k % len(when)], when[(k + 2) % len(when)], k % 3 == 0
            rows.append([str(i + 1), name, end if spans else start, "" if spans else end, lead, support, ""])
            if spans:
                merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
            expect.append((name, lead, support, end, spans))
    grid = generate.Grid(rows, merges, header_rows=2, widths=[1.3, 9.0, 2.3, 2.3, 4.0, 4.5, 2.0])
    parts = [p for p in generate.sample_plan(rows_per_group=2) if not isinstance(p, generate.Grid)] + [grid]
    return generate, parts, expect


def test_other_layout_in_docx_pdf_and_web_page():
    from extractor.pipeline import extract

    generate, parts, expect = _other_layout()
    generate.ensure_tools()
    docx = generate.to_docx(parts)
    files = {"plan.docx": docx, "plan.pdf": generate.to_pdf({"plan": docx})["plan"],
             "plan.html": generate.to_html(parts).encode("utf-8")}
    for name, data in files.items():
        tasks = [t for t in extract(data, name).tasks if t.source == "table"]
        assert len(tasks) == len(expect), name
        for t, (task, lead, support, end, spans) in zip(tasks, expect, strict=True):
            assert (t.name, t.lead, t.due.text) == (task, [lead], end), name
            assert support.startswith(t.support[0]) and (t.start is None) == spans, (name, t)
        assert tasks[0].group == "NHÓM NHIỆM VỤ THỨ 1" and tasks[-1].group == "NHÓM NHIỆM VỤ THỨ 3"
        if name.endswith(".pdf"):
            assert len({t.page for t in tasks}) >= 2  # the table runs over pages and stays one table


def test_unit_headings_in_capitals_and_requests_to_bodies_over_their_duties():
    body = """IV. TRÁCH NHIỆM THỰC HIỆN
1. SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
a) Hướng dẫn các địa phương cập nhật cơ sở dữ liệu đất đai.
b) Phối hợp với Sở Tài chính thẩm định dự toán kinh phí, hoàn thành trong tháng 8/2024.
2. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn
- Tuyên truyền đến đoàn viên, hội viên về dịch vụ công trực tuyến."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Sở Tài nguyên và Môi trường"]] * 2 + [["Liên đoàn Lao động tỉnh", "Tỉnh đoàn"]]
    assert tasks[1].support == ["Sở Tài chính"] and tasks[1].due.end == dt.date(2024, 8, 31)
    assert tasks[2].name == "Tuyên truyền đến đoàn viên, hội viên về dịch vụ công trực tuyến."


# ---------------------------------------------------------------- held-out layouts: generic rules

def test_numbered_task_given_to_a_unit_in_the_paragraph_under_it():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế
1.1. Ban hành Quy chế quản lý, vận hành Hệ thống thông tin báo cáo của huyện
Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu UBND huyện ban hành; thời gian hoàn thành: Quý III/2024.
1.2. Rà soát danh mục dữ liệu dùng chung
Giao Phòng Kinh tế - Hạ tầng thực hiện; thời gian thực hiện: thường xuyên."""
    tasks = extract_text(plan(body)).tasks
    assert [t.name for t in tasks] == ["Ban hành Quy chế quản lý, vận hành Hệ thống thông tin báo cáo của huyện",
                                       "Rà soát danh mục dữ liệu dùng chung"]
    rule, data = tasks
    assert rule.lead == ["Phòng Tư pháp"] and rule.support == ["Văn phòng HĐND và UBND huyện"]
    assert (rule.due.kind, rule.due.end) == ("quarter", dt.date(2024, 9, 30)) and rule.group == "Hoàn thiện thể chế"
    assert data.lead == ["Phòng Kinh tế - Hạ tầng"] and data.due.kind == "ongoing"


def test_unit_names_inside_sentences_end_where_the_name_ends():
    from extractor.tasks import support_units, unit_span

    assert unit_span("Văn phòng Sở tự kiểm tra hồ sơ lưu trữ") == "Văn phòng Sở"
    assert unit_span("Văn phòng UBND huyện khẩn trương rà soát") == "Văn phòng UBND huyện"
    assert unit_span("các Phòng chuyên môn thuộc UBND huyện tổ chức") == "các Phòng chuyên môn thuộc UBND huyện"
    assert unit_span("Ủy ban nhân dân các phường, xã được kiểm tra khắc phục tồn tại") \
        == "Ủy ban nhân dân các phường, xã được kiểm tra"
    assert support_units("phối hợp với các hợp tác xã trên địa bàn huyện tổ chức tập huấn") \
        == ["các hợp tác xã trên địa bàn huyện"]
    assert support_units("phối hợp với Bưu điện huyện và Viễn thông Hà Giang hỗ trợ người dân") \
        == ["Bưu điện huyện", "Viễn thông Hà Giang"]


def test_unit_heading_with_a_bracketed_note_and_a_duty_carried_on_after_a_semicolon():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ (cơ quan thường trực của Hội đồng thi đua - khen thưởng huyện)
- Chủ trì tham mưu UBND huyện tổ chức hội nghị tổng kết, hoàn thành trước ngày 20/12/2024.
- Hướng dẫn các xã, thị trấn xét khen thưởng.
2. Các cơ quan, đơn vị không thuộc đối tượng kiểm tra trực tiếp
Tự rà soát hồ sơ khen thưởng của cơ quan, đơn vị mình;
gửi kết quả về Phòng Nội vụ trước ngày 30/11/2024."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Phòng Nội vụ"]] * 2 + [
        ["Các cơ quan, đơn vị không thuộc đối tượng kiểm tra trực tiếp"]]
    assert tasks[0].due.end == dt.date(2024, 12, 20)
    assert tasks[2].name == ("Tự rà soát hồ sơ khen thưởng của cơ quan, đơn vị mình; gửi kết quả về Phòng Nội vụ "
                             "trước ngày 30/11/2024.")
    assert tasks[2].due.end == dt.date(2024, 11, 30)


def test_label_values_with_role_words_after_the_units():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Cải cách thủ tục hành chính
1.1. Công bố danh mục thủ tục hành chính được chuẩn hóa của ngành Y tế.
- Đơn vị thực hiện: Văn phòng Sở chủ trì; các phòng chuyên môn có thủ tục hành chính phối hợp.
- Thời gian: Quý II năm 2024.
1.2. Rà soát quy trình nội bộ giải quyết hồ sơ.
- Đơn vị thực hiện: Phòng Nghiệp vụ Dược chủ trì, phối hợp với Thanh tra Sở.
- Thời gian: Tháng 8/2024."""
    tasks = extract_text(plan(body)).tasks
    first, second = tasks
    assert first.lead == ["Văn phòng Sở"] and first.support == ["các phòng chuyên môn có thủ tục hành chính"]
    assert first.due.end == dt.date(2024, 6, 30)
    assert second.lead == ["Phòng Nghiệp vụ Dược"] and second.support == ["Thanh tra Sở"]


def test_unit_heading_naming_office_holders():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Giám đốc các bệnh viện, Hiệu trưởng Trường Cao đẳng Y tế, Chi cục trưởng Chi cục Dân số
a) Xây dựng kế hoạch chi tiết của đơn vị, gửi Sở Y tế trước ngày 10/4/2024.
b) Báo cáo kết quả thực hiện về Văn phòng Sở định kỳ 6 tháng."""
    tasks = extract_text(plan(body)).tasks
    assert len(tasks) == 2
    assert tasks[0].lead == ["Giám đốc các bệnh viện", "Hiệu trưởng Trường Cao đẳng Y tế",
                             "Chi cục trưởng Chi cục Dân số"] == tasks[1].lead
    assert tasks[0].due.end == dt.date(2024, 4, 10)


LETTER_HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 902/UBND-NC
V/v triển khai dịch vụ công trực tuyến toàn trình
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 04 tháng 3 năm 2024
Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố.
Thực hiện Công văn số 117/VPCP-KSTT ngày 10/01/2024 của Văn phòng Chính phủ, Chủ tịch UBND tỉnh có ý kiến như sau:"""

LETTER_TAIL = """Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Văn Long"""


def test_a_letters_numbered_assignments_are_tasks_without_a_duty_heading():
    body = """1. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố:
a) Rà soát, cấu hình quy trình điện tử các thủ tục hành chính cung cấp trực tuyến toàn trình.
b) Báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 25/3/2024.
2. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh bảo đảm hạ tầng kỹ thuật; hoàn thành trước ngày 31/3/2024.
Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện./."""
    tasks = extract_text("\n".join([LETTER_HEAD, body, LETTER_TAIL])).tasks
    assert [t.lead for t in tasks] == [["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"]] * 2 + [
        ["Sở Thông tin và Truyền thông"]]
    assert tasks[1].due.end == dt.date(2024, 3, 25)
    assert tasks[2].support == ["Văn phòng UBND tỉnh"] and tasks[2].due.end == dt.date(2024, 3, 31)
    assert not any("nghiêm túc triển khai" in t.name or "thông báo để" in t.name for t in tasks)


def test_recommendations_of_a_report_are_tasks_and_its_findings_are_not():
    head = HEAD.replace("Số: 45/KH-UBND", "Số: 210/BC-UBND").replace("KẾ HOẠCH\nCải cách", "BÁO CÁO\nKết quả kiểm tra cải cách")
    body = """I. KẾT QUẢ KIỂM TRA
1. Ưu điểm
- Ủy ban nhân dân xã Yên Bình đã niêm yết đầy đủ thủ tục hành chính.
2. Tồn tại, hạn chế
a) Ủy ban nhân dân xã Tân Lập: chưa số hóa hồ sơ thủ tục hành chính.
II. KIẾN NGHỊ, ĐỀ XUẤT
1. Đối với Ủy ban nhân dân các xã được kiểm tra
- Khắc phục các tồn tại đã nêu, báo cáo kết quả về Phòng Nội vụ trước ngày 30/6/2024.
2. Kiến nghị Sở Nội vụ
Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Phòng Nội vụ để tổng hợp./."""
    tasks = extract_text("\n".join([head, body, TAIL])).tasks
    assert [t.lead for t in tasks] == [["Ủy ban nhân dân các xã được kiểm tra"], ["Sở Nội vụ"]]
    assert tasks[0].due.end == dt.date(2024, 6, 30)
    assert tasks[1].name == "Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã."


def test_closing_lines_are_no_duties_and_not_part_of_the_last_one():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
2. UBND các xã, thị trấn
Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 15/3/2024.
Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND huyện (qua Phòng Nội vụ) để xem xét, giải quyết.
Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./."""
    tasks = extract_text(plan(body)).tasks
    assert [t.name for t in tasks] == ["Tham mưu bố trí kinh phí thực hiện Kế hoạch.",
                                       "Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 15/3/2024."]


def test_closing_sentences():
    from extractor.tasks import _is_closing

    for text in ["Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Sở Nội vụ.",
                 "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã nghiêm túc triển khai thực hiện./.",
                 "Đề nghị các sở, ngành, địa phương triển khai thực hiện Công văn này.",
                 "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
                 "Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quyết định này./."]:
        assert _is_closing(text), text
    assert not _is_closing("Yêu cầu các đơn vị báo cáo kết quả thực hiện trước ngày 15/12/2024.")
    assert not _is_closing("Sở Y tế thông báo lịch kiểm tra đến các đơn vị được kiểm tra.")


def test_recommendations_written_as_for_unit_colon_duty():
    head = HEAD.replace("Số: 45/KH-UBND", "Số: 88/BC-UBND").replace("KẾ HOẠCH\nCải cách", "BÁO CÁO\nKết quả kiểm tra cải cách")
    body = """II. ĐỀ XUẤT, KIẾN NGHỊ
1. Đối với Sở Thông tin và Truyền thông: hỗ trợ kết nối Hệ thống một cửa điện tử với Cổng Dịch vụ công quốc gia.
2. Giao cho Phòng Nội vụ: theo dõi việc khắc phục tồn tại, báo cáo trước ngày 20/12/2024."""
    tasks = extract_text("\n".join([head, body, TAIL])).tasks
    assert [(t.name, t.lead) for t in tasks] == [
        ("hỗ trợ kết nối Hệ thống một cửa điện tử với Cổng Dịch vụ công quốc gia.", ["Sở Thông tin và Truyền thông"]),
        ("theo dõi việc khắc phục tồn tại, báo cáo trước ngày 20/12/2024.", ["Phòng Nội vụ"])]


# ---------------------------------------------------------------- unit labels, sections, assignments (written texts)

def test_unit_label_before_a_capitalised_duty_is_cut_and_dropped_from_the_name():
    body = """IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng: Tham mưu Ủy ban nhân dân tỉnh ban hành quy chế quản lý kiến trúc đô thị.
2. UBND các huyện, thị xã, thành phố: Chỉ đạo Ủy ban nhân dân cấp xã rà soát nhà ở xuống cấp.
3. Công an tỉnh: Là cơ quan thường trực, theo dõi việc cấp căn cước cho người dân.
4. Các Sở: Tư pháp; Nội vụ phối hợp rà soát quy định về hộ tịch."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Sở Xây dựng"], ["UBND các huyện, thị xã, thành phố"], ["Công an tỉnh"],
                                       ["Sở Tư pháp", "Sở Nội vụ"]]
    assert tasks[0].name == "Tham mưu Ủy ban nhân dân tỉnh ban hành quy chế quản lý kiến trúc đô thị."
    assert tasks[1].name.startswith("Chỉ đạo Ủy ban nhân dân cấp xã")
    assert tasks[2].name.startswith("Là cơ quan thường trực")


def test_words_of_an_excluded_section_inside_a_task_do_not_exclude_it():
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm đúng tiến độ (Văn phòng UBND tỉnh chủ trì theo dõi).
II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát các tiêu chí thành phần bị mất điểm của năm trước (Sở Nội vụ chủ trì; thời gian: Quý II/2024).
2. Đưa kết quả thực hiện nhiệm vụ vào đánh giá cán bộ (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính)."""
    tasks = extract_text(plan(body)).tasks
    assert [t.name for t in tasks] == ["Rà soát các tiêu chí thành phần bị mất điểm của năm trước",
                                       "Đưa kết quả thực hiện nhiệm vụ vào đánh giá cán bộ"]
    assert tasks[1].support == ["Sở Tài chính"]


def test_an_item_that_gives_work_to_a_unit_is_a_task_outside_the_duty_section():
    body = """1. Đánh giá chung
Các cơ quan đã hoàn thành phần lớn nhiệm vụ; Giao ban hằng tháng được duy trì.
2. Nhiệm vụ thời gian tới
a) Sở Y tế chủ trì rà soát danh mục thuốc, hoàn thành trước ngày 15/10/2024.
3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện, báo cáo trước ngày 30/11/2024.
4. Mục tiêu
Giao chỉ tiêu cho từng xã."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Sở Y tế"], ["Văn phòng Ủy ban nhân dân tỉnh"]]
    assert tasks[1].name.startswith("Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi")
    assert tasks[1].due.end == dt.date(2024, 11, 30)


def test_a_duty_with_a_frequency_and_no_date_is_periodic():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, định kỳ hằng quý công khai danh sách cơ sở khám bệnh đủ điều kiện trên Cổng thông tin.
2. Sở Công Thương hằng tháng cập nhật giá xăng dầu, báo cáo UBND tỉnh trước ngày 10/12/2024.
3. Sở Xây dựng hướng dẫn thủ tục cấp phép xây dựng."""
    tasks = extract_text(plan(body)).tasks
    assert (tasks[0].due.kind, tasks[0].due.text) == ("periodic", "định kỳ hằng quý")
    assert (tasks[1].due.kind, tasks[1].due.end) == ("date", dt.date(2024, 12, 10))
    assert tasks[2].due is None


def test_numbered_rows_over_dotted_sub_rows_are_groups_when_none_of_them_is_a_task():
    grouped = "\n".join([
        "II. NHIỆM VỤ",
        "| TT | Nội dung | Đơn vị thực hiện | Thời gian | Ghi chú |",
        "|---|---|---|---|---|",
        "| **1** | **Hạ tầng số** | | | |",
        "| 1.1 | Nâng cấp mạng nội bộ | Văn phòng UBND xã (chủ trì); công chức Địa chính | Quý II | |",
        "| 1.2 | Lắp camera tại Bộ phận Một cửa | Văn phòng UBND xã | Tháng 6 | |",
        "| **2** | **Dữ liệu số** | | | |",
        "| 2.1 | Số hóa sổ hộ tịch | Công chức Tư pháp - Hộ tịch | Quý IV | |",
    ])
    tasks = [t for t in extract_text(plan(grouped), "plan.md").tasks if t.source == "table"]
    assert [t.name for t in tasks] == ["Nâng cấp mạng nội bộ", "Lắp camera tại Bộ phận Một cửa", "Số hóa sổ hộ tịch"]
    assert [t.group for t in tasks] == ["Hạ tầng số", "Hạ tầng số", "Dữ liệu số"]
    assert tasks[0].lead == ["Văn phòng UBND xã"] and tasks[0].support == ["công chức Địa chính"]
    # a parent row among sibling rows that are tasks stays a task
    mixed = grouped.replace("| **2** | **Dữ liệu số** | | | |\n| 2.1 | Số hóa sổ hộ tịch | Công chức Tư pháp - Hộ tịch | Quý IV | |",
                            "| 2 | Số hóa sổ hộ tịch | Công chức Tư pháp - Hộ tịch | Quý IV | |")
    tasks = [t for t in extract_text(plan(mixed), "plan.md").tasks if t.source == "table"]
    assert [t.name for t in tasks] == ["Hạ tầng số", "Nâng cấp mạng nội bộ", "Lắp camera tại Bộ phận Một cửa",
                                       "Số hóa sổ hộ tịch"]


def test_office_holders_of_grassroots_units_and_collective_bodies_head_duties():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Trưởng các thôn, bản
Tổ chức họp dân phổ biến quy định về phòng cháy rừng, hoàn thành trước ngày 30/4/2024.
2. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã
Vận động hội viên tham gia bảo vệ rừng.
3. Bản đồ hiện trạng rừng được cập nhật hằng năm."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Trưởng các thôn, bản"],
                                       ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"]]


def test_a_bracketed_description_after_the_subject_unit_is_not_part_of_its_name():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ (cơ quan thường trực của Hội đồng khoa học tỉnh) chủ trì, phối hợp với Sở Tài chính (đơn vị thẩm định kinh phí) thẩm định các đề tài, hoàn thành trước ngày 30/6/2024.
2. Văn phòng Chính phủ (Cục KSTTHC) hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính."""
    tasks = extract_text(plan(body)).tasks
    assert tasks[0].lead == ["Sở Khoa học và Công nghệ"] and tasks[0].support == ["Sở Tài chính"]
    assert tasks[1].lead == ["Văn phòng Chính phủ (Cục KSTTHC)"]


def test_a_unit_name_misread_by_ocr_takes_the_spelling_it_has_more_often_in_the_document():
    body = """III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý xử lý vi phạm hành chính chủ trì rà soát hồ sơ xử phạt, hoàn thành trước ngày 30/5/2024.
2. Phòng Quản lý xử lý vi phạm hành chính tổ chức tập huấn nghiệp vụ cho công chức.
3. Phòng Quản lý xửlý vi phạm hành chính tổng hợp báo cáo năm.
4. Phòng Quản lý xử lý vỉ phạm hành chính phối hợp với Thanh tra Sở kiểm tra việc thi hành.
5. Sở Y tế phối hợp với Sở Tư pháp rà soát quy định."""
    lines = plan(body).split("\n")
    scanned = RawDocument([Paragraph(line, 1) for line in lines], "pdf", pages=1, ocr=True)
    leads = [t.lead for t in extract_document(scanned).tasks]
    assert leads == [["Phòng Quản lý xử lý vi phạm hành chính"]] * 4 + [["Sở Y tế"]]
    # a text layer is taken as written
    typed = RawDocument([Paragraph(line, 1) for line in lines], "pdf", pages=1)
    assert extract_document(typed).tasks[2].lead == ["Phòng Quản lý xửlý vi phạm hành chính"]


def test_section_words_verbs_and_lists_after_a_label_read_in_context():
    body = """I. MỤC ĐÍCH, YÊU CẦU CỦA VIỆC TRIỂN KHAI THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024
1. Bảo đảm đúng tiến độ (Văn phòng UBND tỉnh chủ trì theo dõi).
II. NỘI DUNG
1. Giao ban định kỳ hằng tháng giữa các phòng để đánh giá tiến độ.
III. TỔ CHỨC THỰC HIỆN
1. Các phòng: Tổ chức cán bộ; Tài chính - Kế hoạch phối hợp rà soát biên chế năm 2024.
2. Yêu cầu các xã báo cáo kết quả trước ngày 10/12/2024."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks][:1] == [["Phòng Tổ chức cán bộ", "Phòng Tài chính - Kế hoạch"]]
    assert not any(t.name.startswith(("Bảo đảm", "Giao ban")) for t in tasks)


def test_an_unnumbered_paragraph_giving_work_is_a_task_but_not_under_aims_or_findings():
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Giao chỉ tiêu cụ thể để các đơn vị phấn đấu hoàn thành.
2. Yêu cầu
Giao Sở Y tế chủ trì là đúng chức năng, phải bảo đảm tiến độ.
II. THÀNH PHẦN ĐOÀN KIỂM TRA
- Trưởng đoàn: Lãnh đạo Sở Nội vụ.
- Thành viên: đại diện các Sở: Tư pháp, Tài chính.
Giao Sở Nội vụ tham mưu Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập Đoàn kiểm tra trước ngày 15/4/2024.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Bố trí kinh phí cho Đoàn kiểm tra.
2. UBND các xã, thị trấn không được kiểm tra: Tự kiểm tra việc thực hiện cơ chế một cửa; báo cáo kết quả về Sở Nội vụ trước ngày 30/6/2024."""
    tasks = extract_text(plan(body)).tasks
    assert [t.lead for t in tasks] == [["Sở Tài chính"], ["UBND các xã, thị trấn không được kiểm tra"], ["Sở Nội vụ"]]
    assert tasks[1].name.startswith("Tự kiểm tra việc thực hiện cơ chế một cửa")
    assert (tasks[2].due.end, tasks[2].source) == (dt.date(2024, 4, 15), "text")


def test_a_news_articles_numbered_body_reports_work_done_and_gives_no_tasks():
    text = """Cổng thông tin điện tử tỉnh Hòa Bình
Tin tức - Sự kiện > Cải cách hành chính
Sở Nội vụ kiểm tra công tác cải cách hành chính tại huyện Lạc Sơn
Ngày đăng: 15/10/2024 | 09:30
(Cổng TTĐT Hòa Bình) - Ngày 14/10/2024, Đoàn kiểm tra của UBND tỉnh đã kiểm tra công tác cải cách hành chính tại huyện Lạc Sơn.
Qua kiểm tra cho thấy, UBND huyện và các cơ quan, đơn vị đã triển khai nhiều nhiệm vụ; kết quả như sau:
1. UBND huyện Lạc Sơn đã ban hành kế hoạch cải cách hành chính năm 2024.
2. Phòng Nội vụ huyện tham mưu tổ chức tuyên truyền, kiểm tra tại 05 xã.
Phát biểu kết luận, đồng chí Trưởng đoàn đề nghị huyện tiếp tục nâng cao chất lượng phục vụ.
Tác giả: Minh Anh - Sở Nội vụ"""
    plan_ = extract_text(text)
    assert plan_.doc_type == "tin_bai"
    assert plan_.tasks == []

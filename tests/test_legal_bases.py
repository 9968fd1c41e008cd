"""Legal bases: one entry per cited document, several inside one "Căn cứ" line, nested citations."""
from extractor.fields.legal_bases import legal_bases


def test_several_documents_in_one_line_and_nested_citations():
    para = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số 107/2021/NĐ-CP "
            "ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
            "61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa; Thông tư "
            "01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành;")
    out = legal_bases([para])
    by_number = {b.number: b for b in out}
    assert set(by_number) == {"107/2021/NĐ-CP", "61/2018/NĐ-CP", "01/2018/TT-VPCP"}
    assert by_number["107/2021/NĐ-CP"].kind == "Nghị định"
    assert str(by_number["107/2021/NĐ-CP"].date) == "2021-12-06"
    assert by_number["107/2021/NĐ-CP"].issuer == "Chính phủ"
    assert by_number["107/2021/NĐ-CP"].subject.startswith("sửa đổi, bổ sung")
    assert str(by_number["61/2018/NĐ-CP"].date) == "2018-04-23"
    assert by_number["01/2018/TT-VPCP"].issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    assert by_number["01/2018/TT-VPCP"].kind == "Thông tư"


def test_kind_from_number_code_and_no_issuer():
    out = legal_bases(["Thực hiện số 45/2016/QĐ-TTg ngày 19/10/2016 về việc tiếp nhận hồ sơ qua bưu chính."])
    assert len(out) == 1
    assert out[0].kind == "Quyết định" and out[0].issuer is None
    assert out[0].subject.startswith("về việc")


def test_each_number_once_and_only_basis_paragraphs():
    out = legal_bases([
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2023 của UBND tỉnh;",
        "Thực hiện Quyết định số 12/QĐ-UBND ngày 02/01/2023 của UBND tỉnh về việc giao chỉ tiêu;",
        "UBND huyện xây dựng Kế hoạch theo Công văn số 9/UBND-VP ngày 03/01/2023 như sau:",
    ])
    assert [b.number for b in out] == ["12/QĐ-UBND"]


def test_subject_of_document_issued_with_a_decision():
    out = legal_bases(["Thực hiện Chương trình cải cách hành chính giai đoạn 2021 - 2025 ban hành kèm theo "
                       "Quyết định số 77/QĐ-UBND ngày 09/9/2021 của UBND tỉnh; Chủ tịch UBND tỉnh ban hành "
                       "Kế hoạch kiểm tra năm 2023 như sau:"])
    assert len(out) == 1
    assert out[0].subject == "Chương trình cải cách hành chính giai đoạn 2021 - 2025"
    assert out[0].issuer == "UBND tỉnh"


def test_party_numbering():
    out = legal_bases(["Thực hiện Nghị quyết số 05-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện về "
                       "chuyển đổi số; Chỉ thị 15-CT/TU ngày 03/02/2022 của Ban Thường vụ Tỉnh ủy;"])
    assert [(b.number, b.kind, str(b.date)) for b in out] == [
        ("05-NQ/HU", "Nghị quyết", "2021-05-12"), ("15-CT/TU", "Chỉ thị", "2022-02-03")]


def test_subject_ends_at_a_coordinate_citation_but_keeps_a_named_one():
    out = legal_bases(["Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành "
                       "chính và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số "
                       "điều của Nghị định số 63/2010/NĐ-CP;"])
    assert [b.subject for b in out] == ["về kiểm soát thủ tục hành chính",
                                        "sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP"]


def test_a_news_lead_with_its_source_tag():
    out = legal_bases(["(Cổng TTĐT Bình Định) - Thực hiện Kế hoạch số 58/KH-UBND ngày 02/3/2023 của UBND tỉnh, "
                       "Đoàn kiểm tra đã làm việc tại các đơn vị."])
    assert [(b.number, str(b.date)) for b in out] == [("58/KH-UBND", "2023-03-02")]

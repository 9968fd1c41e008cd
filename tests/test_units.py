"""Unit lists: one item per unit, collective and compound names kept whole, canonical names."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.units import canonical_unit, proper_case, split_units, unit_level

SPLITS = [
    ("Sở, ban, ngành tỉnh", ["Sở, ban, ngành tỉnh"]),
    ("các Sở, ban, ngành", ["các Sở, ban, ngành"]),
    ("các cơ quan, đơn vị có liên quan", ["các cơ quan, đơn vị có liên quan"]),
    ("Sở, ban, ngành thuộc UBND tỉnh và các cơ quan, đơn vị có TTHC tiếp nhận và giải quyết tại Trung tâm HCC tỉnh",
     ["Sở, ban, ngành thuộc UBND tỉnh",
      "các cơ quan, đơn vị có TTHC tiếp nhận và giải quyết tại Trung tâm HCC tỉnh"]),
    ("UBND các huyện: Ngân Sơn, Ba Bể",
     ["UBND huyện Ngân Sơn", "UBND huyện Ba Bể"]),
    ("Các Sở: Tư pháp; Thông tin và Truyền thông; Lao động, Thương binh và Xã hội; Xây dựng",
     ["Sở Tư pháp", "Sở Thông tin và Truyền thông", "Sở Lao động, Thương binh và Xã hội", "Sở Xây dựng"]),
    ("Trung tâm Hành chính công tỉnh, Trung tâm Hành chính công cấp huyện, Bộ phận tiếp nhận và trả kết quả cấp xã",
     ["Trung tâm Hành chính công tỉnh", "Trung tâm Hành chính công cấp huyện",
      "Bộ phận tiếp nhận và trả kết quả cấp xã"]),
    ("Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]),
    ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),
    ("Sở Lao động, Thương binh và Xã hội", ["Sở Lao động, Thương binh và Xã hội"]),
    ("Sở Văn hóa, Thể thao và Du lịch; Sở Nông nghiệp và Phát triển nông thôn",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Sở Tài chính, UBND cấp huyện và các đơn vị có liên quan",
     ["Sở Tài chính", "UBND cấp huyện", "các đơn vị có liên quan"]),
    ("- Sở Nội vụ (chủ trì);\n- Sở Tư pháp (phối hợp).", ["Sở Nội vụ", "Sở Tư pháp"]),
    ("Chủ trì: Sở Y tế", ["Sở Y tế"]),
    ("UBND huyện, thị xã, thành phố", ["UBND huyện, thị xã, thành phố"]),
    ("UBND các xã, phường, thị trấn", ["UBND các xã, phường, thị trấn"]),
    ("Văn phòng UBND tỉnh, Trung tâm HCC tỉnh; các Sở: Tài nguyên Môi trường, Xây dựng, Tư pháp, Cục Thuế",
     ["Văn phòng UBND tỉnh", "Trung tâm HCC tỉnh", "Sở Tài nguyên Môi trường", "Sở Xây dựng", "Sở Tư pháp",
      "Cục Thuế"]),
    ("Chủ tịch UBND các huyện, thành phố Long Khánh và thành phố Biên Hòa",
     ["Chủ tịch UBND các huyện", "Chủ tịch UBND thành phố Long Khánh", "Chủ tịch UBND thành phố Biên Hòa"]),
    ("Bộ phận một cửa UBND huyện, cấp xã", ["Bộ phận một cửa UBND huyện", "Bộ phận một cửa cấp xã"]),
    ("UBND huyện Thạnh Phú, Mỏ Cày Bắc và Châu Thành",
     ["UBND huyện Thạnh Phú", "UBND huyện Mỏ Cày Bắc", "UBND huyện Châu Thành"]),
    ("Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh", ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]),
    ("Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh", ["Báo Bắc Ninh", "Đài Phát thanh và Truyền hình tỉnh"]),
    ("Văn phòng UBND tỉnh (Phòng KSTTHC, Phòng HCC), Sở Nội vụ",
     ["Văn phòng UBND tỉnh (Phòng KSTTHC, Phòng HCC)", "Sở Nội vụ"]),
    ("Thủ trưởng các cơ quan, ban ngành thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn",
     ["Thủ trưởng các cơ quan, ban ngành thuộc UBND huyện", "Chủ tịch UBND các xã, thị trấn"]),
    ("Cán bộ, công chức, viên chức và các đối tượng khác được phân công",
     ["Cán bộ, công chức, viên chức và các đối tượng khác được phân công"]),
    ("Văn phòng UBND tỉnh, sở, ngành có liên quan", ["Văn phòng UBND tỉnh", "sở, ngành có liên quan"]),
    ("Sở Tư pháp, Nội vụ và Tài chính", ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính"]),
    ("xã Mỹ Hòa, thị trấn Phú Mỹ và xã Bình Thạnh", ["xã Mỹ Hòa", "thị trấn Phú Mỹ", "xã Bình Thạnh"]),
    ("Sở Tài nguyên và Môi trường, Giáo dục và Đào tạo",
     ["Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo"]),
    ("Văn phòng UBND tỉnh và UBND huyện Ba Tri, Thạnh Phú",
     ["Văn phòng UBND tỉnh", "UBND huyện Ba Tri", "UBND huyện Thạnh Phú"]),
    ("Trung tâm văn hóa thông tin thể thao và du lịch huyện, các phương tiện thông tin đại chúng",
     ["Trung tâm văn hóa thông tin thể thao và du lịch huyện", "các phương tiện thông tin đại chúng"]),
    # a name that lists with ", lower-case word" keeps its "và …"; a noun run ends before a new name
    ("Phòng Đào tạo, bồi dưỡng và Tổ chức hội; Sở Tư pháp", ["Phòng Đào tạo, bồi dưỡng và Tổ chức hội", "Sở Tư pháp"]),
    ("Phòng Công chức, viên chức và Sở Tài chính", ["Phòng Công chức, viên chức", "Sở Tài chính"]),
    ("Phòng Công chức, viên chức và UBND huyện", ["Phòng Công chức, viên chức", "UBND huyện"]),
    ("Sở Tài nguyên và Môi trường, Sở Công Thương", ["Sở Tài nguyên và Môi trường", "Sở Công Thương"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Ban Dân tộc, Sở Xây dựng",
     ["Sở Văn hóa, Thể thao và Du lịch", "Ban Dân tộc", "Sở Xây dựng"]),
    ("Hội Nông dân tỉnh, Tỉnh đoàn", ["Hội Nông dân tỉnh", "Tỉnh đoàn"]),
    ("Bưu điện tỉnh và Viễn thông Lào Cai", ["Bưu điện tỉnh", "Viễn thông Lào Cai"]),
    # units before a group label, then the group's items
    ("UBND phường Mỹ Bình và UBND các xã: Mỹ Khánh, Mỹ Hòa Hưng",
     ["UBND phường Mỹ Bình", "UBND xã Mỹ Khánh", "UBND xã Mỹ Hòa Hưng"]),
    ("Sở Tư pháp, UBND các huyện: Tịnh Biên, Tri Tôn", ["Sở Tư pháp", "UBND huyện Tịnh Biên", "UBND huyện Tri Tôn"]),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_split_units(text, expected):
    assert split_units(text) == expected


def test_split_units_empty():
    assert split_units(None) == []
    assert split_units("") == []
    assert split_units(" ;\n - ") == []


CANONICAL = [
    (["Sở TT&TT", "Sở Thông tin và Truyền thông", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "sở thông tin và truyền thông"],
     "Sở Thông tin và Truyền thông"),
    (["UBND huyện Thạnh Phú", "Ủy ban nhân dân huyện Thạnh Phú", "Uỷ ban nhân dân huyện Thạnh Phú"],
     "Ủy ban nhân dân huyện Thạnh Phú"),
    (["Trung tâm HCC tỉnh", "Trung tâm hành chính công tỉnh", "Trung tâm Hành chính công tỉnh"],
     "Trung tâm Hành chính công tỉnh"),
    (["Văn phòng HĐND - UBND huyện", "Văn phòng HĐND và UBND huyện"],
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    (["Sở LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"], None),
    (["các Sở, ban, ngành tỉnh", "- Sở, ban, ngành tỉnh"], "Sở, ban, ngành tỉnh"),
    (["UBND TP. Biên Hòa", "UBND thành phố Biên Hòa"], "Ủy ban nhân dân thành phố Biên Hòa"),
]


@pytest.mark.parametrize("names,expected", CANONICAL)
def test_canonical_unit_is_shared_by_spellings(names, expected):
    forms = {canonical_unit(n) for n in names}
    assert len(forms) == 1, forms
    if expected:
        assert forms == {expected}


def test_canonical_keeps_different_units_apart():
    assert canonical_unit("Sở Tư pháp") != canonical_unit("Sở Nội vụ")
    assert canonical_unit("UBND huyện Ba Bể") != canonical_unit("UBND huyện Ngân Sơn")


def test_unit_level():
    assert unit_level("UBND huyện Ngân Sơn") == "huyen"
    assert unit_level("UBND xã Đức Vân") == "xa"
    assert unit_level("Sở Tư pháp") == "so"
    assert unit_level("Ủy ban nhân dân cấp xã") == "xa"
    assert unit_level("Văn phòng Chính phủ") == "trung_uong"


def test_proper_case_kept():
    assert proper_case("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") == "Sở Tài nguyên và Môi trường"
    assert proper_case("ỦY BAN NHÂN DÂN TỈNH BẾN TRE") == "Ủy ban nhân dân tỉnh Bến Tre"


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=150))
def test_split_never_raises(text):
    items = split_units(text)
    assert isinstance(items, list)
    for item in items:
        assert item and item == item.strip() and "\x01" not in item and "\x02" not in item
        assert isinstance(canonical_unit(item), str)


_WORDS = ["Sở", "Tư pháp", "UBND", "các", "huyện", "xã", "thị trấn", ":", ",", ";", "và", "Ba Bể", "Văn phòng",
          "cơ quan", "đơn vị", "Lao động", "Thương binh", "Xã hội", "cấp", "(", ")", "-", "\n", "Phòng", "ban"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20))
def test_split_unit_like_noise(words):
    text = " ".join(words)
    for item in split_units(text):
        assert item.strip(" ,;.-") == item


def test_office_holders_named_by_title_and_unit():
    assert split_units("Trưởng các phòng, Cục trưởng Cục Thống kê, Phó Chánh Văn phòng Sở") == [
        "Trưởng các phòng", "Cục trưởng Cục Thống kê", "Phó Chánh Văn phòng Sở"]
    assert split_units("Trưởng thành từ cơ sở") == ["Trưởng thành từ cơ sở"]


def test_reads_as_names_tells_a_list_of_names_from_a_sentence():
    from extractor.units import reads_as_names
    assert reads_as_names("Tư pháp; Nội vụ; Tài chính")
    assert reads_as_names("Tài nguyên và Môi trường, Xây dựng")
    assert reads_as_names("Châu Thành, Cái Nước")
    assert not reads_as_names("Tham mưu Ủy ban nhân dân tỉnh")
    assert not reads_as_names("Là cơ quan thường trực")


def test_collective_bodies_and_grassroots_units_are_unit_names():
    assert split_units("Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã") == [
        "Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội xã"]
    assert split_units("UBND thị trấn và các thôn, bản, tổ dân phố") == ["UBND thị trấn", "các thôn, bản, tổ dân phố"]
    assert split_units("Trưởng các ấp; Tổ trưởng tổ dân phố") == ["Trưởng các ấp", "Tổ trưởng tổ dân phố"]


def test_and_then_a_collective_with_its_qualifier_is_a_unit_of_its_own():
    assert split_units("Chi cục Kiểm lâm và các phòng chuyên môn") == ["Chi cục Kiểm lâm", "các phòng chuyên môn"]
    assert split_units("Phòng Kinh tế và các phòng, ban chuyên môn") == ["Phòng Kinh tế", "các phòng, ban chuyên môn"]
    assert split_units("Bệnh viện Đa khoa tỉnh và các đơn vị trực thuộc") == ["Bệnh viện Đa khoa tỉnh",
                                                                            "các đơn vị trực thuộc"]
    assert split_units("Sở Văn hóa và Thể thao") == ["Sở Văn hóa và Thể thao"]


def test_a_specialty_that_starts_like_a_unit_word_stays_in_its_group():
    assert split_units("Các Sở: Tư pháp; Tổ chức cán bộ") == ["Sở Tư pháp", "Sở Tổ chức cán bộ"]
    assert split_units("Các phòng: Tổ chức cán bộ, Tài chính - Kế hoạch") == ["Phòng Tổ chức cán bộ",
                                                                             "Phòng Tài chính - Kế hoạch"]


def test_party_bodies_hospital_units_and_verbs_that_look_like_unit_words():
    from extractor.units import drop_parent_notes, starts_with_head
    assert [proper_case(t) for t in ("HUYỆN ỦY LỤC NAM", "ĐẢNG ỦY XÃ AN BÌNH", "SỞ Y TẾ AN GIANG")] == [
        "Huyện ủy Lục Nam", "Đảng ủy xã An Bình", "Sở Y tế An Giang"]
    assert [starts_with_head(t) for t in ("Tổ chức quán triệt Kế hoạch", "Lãnh đạo chính quyền cùng cấp",
                                          "Lãnh đạo Sở Nội vụ", "Tổ chức chính trị - xã hội", "Khoa Khám bệnh")] == [
        False, False, True, True, True]
    assert split_units("Các chi, đảng bộ cơ sở") == ["Các chi, đảng bộ cơ sở"]
    assert split_units("Phòng Điều dưỡng; các khoa, phòng") == ["Phòng Điều dưỡng", "các khoa, phòng"]
    assert split_units("Công chức Văn phòng\n- Thống kê") == ["Công chức Văn phòng - Thống kê"]  # a wrapped cell
    assert split_units("- Sở Nội vụ;\n- Sở Tài chính") == ["Sở Nội vụ", "Sở Tài chính"]
    assert drop_parent_notes("Phòng Tư pháp (UBND huyện) và Ban Tuyên giáo (Huyện ủy)") == "Phòng Tư pháp và Ban Tuyên giáo"
    assert drop_parent_notes("Văn phòng Chính phủ (Cục KSTTHC)") == "Văn phòng Chính phủ (Cục KSTTHC)"

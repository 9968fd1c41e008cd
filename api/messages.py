"""Vietnamese wording of the readers' (English) messages about files that cannot be read."""
from __future__ import annotations

import re

# (pattern over the English message, Vietnamese message); the first match wins
READ_ERRORS_VI: list[tuple[str, str]] = [
    (r"is empty", "tệp rỗng"),
    (r"Word/zip file but is damaged", "tệp trông như tệp Word/zip nhưng bị hỏng"),
    (r"zip archive, not a Word", "tệp là một tệp nén zip, không phải văn bản Word; hãy dùng `kehoach ingest` "
                                 "để nạp tệp nén"),
    (r"\.doc\)", "chưa hỗ trợ tệp Word cũ (.doc); hãy lưu lại thành .docx hoặc PDF"),
    (r"RTF", "chưa hỗ trợ tệp RTF; hãy lưu lại thành .docx hoặc PDF"),
    (r"binary data", "tệp là dữ liệu nhị phân, không phải văn bản đọc được (PDF, DOCX, HTML hoặc văn bản)"),
    (r"unsupported file type", "định dạng tệp không được hỗ trợ; kehoach đọc PDF, DOCX, HTML và văn bản"),
    (r"password", "tệp PDF có mật khẩu; hãy bỏ mật khẩu (hoặc in ra PDF mới) rồi thử lại"),
    (r"PDF has no pages", "tệp PDF không có trang nào"),
    (r"PDF has no text", "tệp PDF không có chữ (và không có ảnh trang để nhận dạng OCR)"),
    (r"PDF is damaged", "tệp PDF bị hỏng, không mở được"),
    (r"Word file has no document body", "tệp Word không có phần nội dung"),
    (r"Word file has no text", "tệp Word không có chữ"),
    (r"Word file is damaged", "tệp Word bị hỏng"),
    (r"has no text", "tệp không có chữ"),
    (r"could not be extracted", "không trích xuất được nội dung (lỗi của bộ trích xuất)"),
]


def read_error_vi(message: str) -> str:
    """The Vietnamese for a reader's message (a general wording when it is not a known one)."""
    for pattern, vi in READ_ERRORS_VI:
        if re.search(pattern, message, re.I):
            return vi
    return "tệp không đọc được"

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes tests.xls, the Excel 97-2003 workbook of tests/core/test_workbooks.cpp:
# nothing on this machine writes .xls (FreeXL only reads it, LibreOffice is
# not installed), so it was made once with Debian's python3-xlwt 1.3.0 by
#   /usr/bin/python3 make_xls.py
# and committed. Its rows are those the test writes as .xlsx: a cover sheet,
# a merged title row, date cells, and 江丽's ID number stored as a number.
import datetime
import xlwt

book = xlwt.Workbook(encoding="utf-8")
cover = book.add_sheet("填表说明")
cover.write(0, 0, "填表说明")
cover.write(1, 0, "1. 身份证号一列请设置为文本格式。")

sheet = book.add_sheet("核酸检测")
sheet.write_merge(0, 0, 0, 6, "海通公司核酸检测统计表")
for column, header in enumerate(["单位", "姓名", "身份证号", "采样日期", "采样点", "检测结果", "检测机构"]):
    sheet.write(1, column, header)
iso = xlwt.easyxf(num_format_str="YYYY-MM-DD")
chinese = xlwt.easyxf(num_format_str='YYYY"年"M"月"D"日"')
rows = [
    ("陆伟志", "32061219970812218X", datetime.date(2022, 3, 14), iso, "阴性"),
    ("曾雪", "320612197801146515", datetime.date(2022, 3, 15), chinese, "阴性"),
    ("江丽", 320612198708205431, datetime.date(2022, 3, 15), iso, "阴性"),
    ("陆伟志", "32061219970812218X", datetime.date(2022, 3, 15), iso, "阳性"),
]
for offset, (name, id_number, sampled, style, result) in enumerate(rows):
    row = 2 + offset
    sheet.write(row, 0, "海通公司")
    sheet.write(row, 1, name)
    sheet.write(row, 2, id_number)
    sheet.write(row, 3, sampled, style)
    sheet.write(row, 4, "通州湾社区")
    sheet.write(row, 5, result)
    sheet.write(row, 6, "南通三院")
book.save("tests.xls")

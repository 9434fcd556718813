#!/usr/bin/env python3
# Writes a UTF-8 tests CSV as an Excel workbook, the way Excel writes one:
# every text in the shared strings (so the ID numbers stay text), the days
# as date serial numbers under a date format, a reference on every row and
# cell, the sheet deflated. Streams the rows: a million take about a minute.
#
#   xlsxfromcsv.py SOURCE.csv TARGET.xlsx [DATE_COLUMN]
#
# DATE_COLUMN counts from 0 (default 3: 采样日期 of a tests file).
import csv
import datetime
import sys
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column_name(c):
    name = ""
    c += 1
    while c:
        c, rest = divmod(c - 1, 26)
        name = chr(65 + rest) + name
    return name


def main():
    source, target = sys.argv[1], sys.argv[2]
    date_column = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    strings, index = [], {}
    epoch = datetime.date(1899, 12, 30)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(('%s<worksheet xmlns="%s"><sheetData>' % (HEAD, MAIN)).encode())
            with open(source, encoding="utf-8", newline="") as rows:
                for r, row in enumerate(csv.reader(rows), start=1):
                    cells = []
                    for c, value in enumerate(row):
                        ref = "%s%d" % (column_name(c), r)
                        if r > 1 and c == date_column:
                            day = datetime.date.fromisoformat(value)
                            cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (day - epoch).days))
                            continue
                        at = index.get(value)
                        if at is None:
                            at = index[value] = len(strings)
                            strings.append(value)
                        cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, at))
                    sheet.write(('<row r="%d">%s</row>' % (r, "".join(cells))).encode())
            sheet.write(b"</sheetData></worksheet>")
        book.writestr("xl/sharedStrings.xml", '%s<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
            HEAD, MAIN, len(strings), len(strings), "".join("<si><t>%s</t></si>" % escape(t) for t in strings)))
        book.writestr("xl/styles.xml", '%s<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/>'
                      '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % (HEAD, MAIN))
        book.writestr("xl/workbook.xml", '%s<workbook xmlns="%s" xmlns:r="%s"><sheets>'
                      '<sheet name="核酸检测" sheetId="1" r:id="rId1"/></sheets></workbook>' % (HEAD, MAIN, DOC))
        book.writestr("xl/_rels/workbook.xml.rels", '%s<Relationships xmlns="%s"><Relationship Id="rId1" '
                      'Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (HEAD, RELS, DOC))
        book.writestr("_rels/.rels", '%s<Relationships xmlns="%s"><Relationship Id="rId1" '
                      'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (HEAD, RELS, DOC))
        overrides = [("/xl/workbook.xml", "sheet.main+xml"), ("/xl/worksheets/sheet1.xml", "worksheet+xml"),
                     ("/xl/sharedStrings.xml", "sharedStrings+xml"), ("/xl/styles.xml", "styles+xml")]
        book.writestr("[Content_Types].xml", '%s<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                      'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                      'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>%s'
                      '</Types>' % (HEAD, "".join('<Override PartName="%s" ContentType="%s%s"/>' % (part, TYPE, kind)
                                                  for part, kind in overrides)))


if __name__ == "__main__":
    main()

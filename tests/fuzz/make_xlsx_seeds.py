#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the two .xlsx seeds of the corpus (next to this script), so that
# the fuzz targets and fuzz_corpus_replay reach core/workbook's sheet
# parser: a 海通公司 tests sheet with a merged title row, shared strings
# (one of rich-text runs with a phonetic run), inline strings with
# entities and CDATA, dates in a built-in and a 年月日 format, a row and
# cells without references, a formula's text and the ID stored as a
# number; and the same rows with every element prefixed (x:row). Fixed
# timestamps, so that a rerun writes the same bytes.
import os
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
HEADER = ["单位", "姓名", "身份证号", "采样日期", "采样点", "检测结果", "检测机构"]


def book(name, sheet_data, shared=None, prefix=""):
    parts = [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml",
         '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="核酸检测" sheetId="1" r:id="rId1"/></sheets></workbook>' % MAIN),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/worksheet"/></Relationships>'),
        ("xl/styles.xml",
         '<styleSheet xmlns="%s"><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;'
         'd&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/>'
         '</cellXfs></styleSheet>' % MAIN),
    ]
    if shared:
        parts.append(("xl/sharedStrings.xml", '<sst xmlns="%s">%s</sst>' % (MAIN, shared)))
    ns = 'xmlns:%s="%s"' % (prefix[:-1], MAIN) if prefix else 'xmlns="%s"' % MAIN
    parts.append(("xl/worksheets/sheet1.xml", "<{0}worksheet {1}><{0}sheetData>{2}</{0}sheetData></{0}worksheet>"
                  .format(prefix, ns, sheet_data)))
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(zipfile.ZipInfo(part, (2022, 3, 15, 0, 0, 0)), HEAD + text, zipfile.ZIP_DEFLATED)


def row(r, cells, p=""):
    return '<{0}row r="{1}">{2}</{0}row>'.format(p, r, "".join(cells))


def inline(ref, text, p=""):
    return '<{0}c r="{1}" t="inlineStr"><{0}is><{0}t>{2}</{0}t></{0}is></{0}c>'.format(p, ref, text)


def shared_string(ref, index):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, index)


def number(ref, value, style=None, p=""):
    s = ' s="%d"' % style if style is not None else ""
    return '<{0}c r="{1}"{2}><{0}v>{3}</{0}v></{0}c>'.format(p, ref, s, value)


shared = "".join("<si><t>%s</t></si>" % h for h in HEADER) \
    + '<si><r><t>海通</t></r><r><t>公司</t></r><rPh sb="0" eb="2"><t>haitong</t></rPh></si>'
rows = [row(1, [inline("A1", "海通公司核酸检测统计表")]),
        row(2, [shared_string("%s2" % c, i) for i, c in enumerate("ABCDEFG")]),
        row(3, [shared_string("A3", 7), inline("B3", "陆伟志"), inline("C3", "32061219970812218X"),
                number("D3", "44634", 1), inline("E3", "通州湾&amp;社区"), inline("F3", "阴性"),
                inline("G3", "南通三院")]),
        row(4, [shared_string("A4", 7), inline("B4", "曾雪"), inline("C4", "320612197801146515"),
                number("D4", "44635", 2), '<c r="E4" t="inlineStr"><is><t><![CDATA[通州湾<社区>]]></t></is></c>',
                inline("F4", "&#38452;性"), inline("G4", "南通三院")]),
        '<row><c t="s"><v>7</v></c><c t="inlineStr"><is><t>江丽</t></is></c><c><v>320612198708205431</v></c>'
        '<c s="1"><v>44635.3125</v></c><c t="inlineStr"><is><t>通州湾社区</t></is></c>'
        '<c t="inlineStr"><is><t>阴性</t></is></c><c t="str"><f>G4</f><v>南通三院</v></c></row>']
book("workbook_tests_shared_inline.xlsx", "".join(rows), shared)

p = "x:"
rows = [row(1, [inline("%s1" % c, h, p) for c, h in zip("ABCDEFG", HEADER)], p)]
for r, (who, id_number, day, result) in enumerate([("陆伟志", "32061219970812218X", 44634, "阳性"),
                                                    ("曾雪", "320612197801146515", 44635, "阴性")], start=2):
    rows.append(row(r, [inline("A%d" % r, "海通公司", p), inline("B%d" % r, who, p), inline("C%d" % r, id_number, p),
                        number("D%d" % r, day, 1, p), inline("E%d" % r, "通州湾社区", p),
                        inline("F%d" % r, result, p), inline("G%d" % r, "南通三院", p)], p))
book("workbook_tests_prefixed.xlsx", "".join(rows), None, p)

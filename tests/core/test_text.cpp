// SPDX-License-Identifier: GPL-3.0-or-later
// Labels and names folded for comparison (core/util/text.h).
#include "core/util/text.h"

#include "qtcatch.h"

using namespace Qt::StringLiterals;
using namespace seawall;

TEST_CASE("a label is folded to ASCII, lower case and no blanks at its ends", "[text]")
{
    const auto [text, folded] = GENERATE(table<QString, QString>({
        {u"海通公司"_s, u"海通公司"_s},
        {u"阴性"_s, u"阴性"_s},
        {u"negative"_s, u"negative"_s},
        {u"a-1:b"_s, u"a-1:b"_s},
        {u"Total"_s, u"total"_s},
        {u"ＴＯＴＡＬ"_s, u"total"_s},
        {u"  合计\u3000"_s, u"合计"_s},
        {u"合 计"_s, u"合 计"_s},
        {u"海通公司１"_s, u"海通公司1"_s},
        {u"\uF900"_s, u"\u8C48"_s}, // a compatibility ideograph, to its unified form
        {QString(), QString()},
    }));
    CAPTURE(text);
    CHECK(foldLabel(text) == folded);
}

TEST_CASE("a text already folded is given back as it is, not copied", "[text]")
{
    for (const QString &text : {u"海通公司"_s, u"张三"_s, u"32061219970812218x"_s}) {
        CAPTURE(text);
        CHECK(foldLabel(text).constData() == text.constData());
        CHECK(foldName(text).constData() == text.constData());
    }
    CHECK(foldName(u" 张 三 "_s) == u"张三"_s);
    CHECK(foldName(u"Ｌｉ Ｌｅｉ"_s) == u"lilei"_s);
}

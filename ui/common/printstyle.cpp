// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/printstyle.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace seawall::PrintStyle {

QFont font(Face face, double pointSize, bool bold)
{
    const bool serif = face == Face::Title || face == Face::Body;
    QFont f;
    f.setFamilies(serif ? QStringList{u"Noto Serif CJK SC"_s, u"SimSun"_s, u"Songti SC"_s, u"serif"_s}
                        : QStringList{u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s, u"SimHei"_s,
                                      u"PingFang SC"_s, u"sans-serif"_s});
    f.setPixelSize(points(pointSize));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the page is scaled, not pixel-aligned
    return f;
}

} // namespace seawall::PrintStyle

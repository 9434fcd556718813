// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/masking.h"

namespace seawall {
namespace {

QString maskMiddle(const QString &text, qsizetype head, qsizetype tail)
{
    if (text.size() <= head + tail)
        return QString(text.size(), u'*');
    return text.left(head) + QString(text.size() - head - tail, u'*') + text.right(tail);
}

} // namespace

QString maskIdNumber(const QString &idNumber) { return maskMiddle(idNumber, 6, 4); }

QString maskPhone(const QString &phone) { return maskMiddle(phone, 3, 4); }

} // namespace seawall

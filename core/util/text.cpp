// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/text.h"

#include <algorithm>

namespace seawall {

QString foldLabel(const QString &text)
{
    // Most texts folded are already folded: a company's name, a result, a
    // name, of CJK ideographs alone (no compatibility form, no case), or of
    // lower-case ASCII. Given back as they are, without the normalizing and
    // the copies that were a twentieth of reading a large file's rows.
    const auto folded = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u > u' ' && u <= u'~' && !(u >= u'A' && u <= u'Z'));
    };
    if (std::all_of(text.cbegin(), text.cend(), folded))
        return text;
    return text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

QString foldName(const QString &name)
{
    QString folded = foldLabel(name);
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/text.h"

namespace seawall {

QString foldLabel(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

QString foldName(const QString &name)
{
    QString folded = foldLabel(name);
    folded.removeIf([](QChar c) { return c.isSpace(); });
    return folded;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/text.h"

namespace seawall {

QString foldLabel(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QDateTime>
#include <QString>

namespace seawall {

// One imported file: where a set of rows came from.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString kind;
    qint64 companyId = 0;
    QString encoding;
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QDateTime importedAt;
    QDateTime undoneAt;

    bool operator==(const ImportBatch &) const = default;
};

template <>
const EntityDef &definition<ImportBatch>();

} // namespace seawall

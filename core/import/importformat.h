// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"
#include "core/model/importbatch.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace seawall::ImportFormat {

// {"committed": bool, "files": [{"file", "kind", "encoding", "delimiter",
// "rows", "inserted", "updated", "unchanged", "repeated", "rejected", "warnings":
// [{"line", "column", "message"}], "errors": [{"line", "column",
// "message"}]}]}: `seawall import --json`.
QJsonObject toJson(const ImportResult &result);
// The same for a person reading a terminal, in the user's language.
QString toText(const ImportResult &result);

// The import history, newest first: `seawall imports`. `companyNames` by id.
QJsonObject toJson(const std::vector<ImportBatch> &batches, const QHash<qint64, QString> &companyNames);
QString toText(const std::vector<ImportBatch> &batches, const QHash<qint64, QString> &companyNames);

// How a delimiter is shown: "," "\t" ";" "，".
QString delimiterName(QChar delimiter);

} // namespace seawall::ImportFormat

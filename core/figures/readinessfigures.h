// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figuresengine.h"
#include "core/figures/readiness.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <vector>

namespace seawall::Readiness {

// The aggregate queries of the readiness figures for a day, limited to
// `companyIds` when given (FiguresEngine runs them after its own, and
// writes them into its script for the benchmark).
std::vector<FiguresEngine::Query> queries(const QDate &date, const QList<qint64> &companyIds);

// Runs them.
Result<ReadinessFigures> compute(Database &db, const QDate &date, const QList<qint64> &companyIds = {});

// The `readiness` object of `stats --json`: names as arrays, each item
// below its minimum as {"company", "item", "unit", "quantity", "minimum"}.
QJsonObject toJson(const ReadinessFigures &figures);

// The figures' lines of `stats` as text: label, value, and whether the
// value is a count (counts line up on the right, lists run on).
struct TextRow
{
    QString label;
    QString text;
    bool count = false;
};
QList<TextRow> textRows(const ReadinessFigures &figures);

// The label of a field of that object ("drills_cumulative") in the
// user's language, empty for one it does not know; its place among them,
// -1 for one it does not know.
QString label(const QString &key);
int rank(const QString &key);
// Its value in that object as text in the user's language, as the
// terminal table shows it; empty for a field it does not know.
QString text(const QString &key, const QJsonValue &value);

} // namespace seawall::Readiness

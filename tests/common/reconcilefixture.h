// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"

#include <QDate>
#include <QHash>

namespace seawall::test {

// A small group with one of each kind of reconciliation discrepancy for
// 2022-03-15, and near misses beside them; reconcilefixture.cpp says which
// row is which. Shared by the core and the view's tests.
struct ReconcileFixture
{
    static QDate day() { return {2022, 3, 15}; }
    explicit ReconcileFixture(Database &db);

    QString idNumber(const QString &person) const;

    QHash<QString, qint64> company; // by code
    QHash<QString, qint64> person;  // A1 … A7, B1, B2, C1, C2, X1 … X3

private:
    QHash<QString, QString> m_idNumbers;
};

} // namespace seawall::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QComboBox>
#include <QDate>
#include <QHash>
#include <QLineEdit>

#include <functional>
#include <optional>

class QStringListModel;

namespace seawall {

class Database;
struct Company;

// A date typed as subsidiaries write it (2022-03-01, 2022/3/1, 2022年3月1日),
// so that an impossible date (2022-02-30) can be named rather than silently
// turned into another one, as a date spin box would.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    // Null when empty or not a real date.
    QDate date() const;
    void setDate(const QDate &date);
    // "<label>: <text> is not a real date." when text is typed that is not one.
    std::optional<Error> problem(const QString &field, const QString &label) const;
};

// A person chosen by ID number or name, with completion from the roster
// ("张三 320612199001011005").
class PersonField : public QLineEdit
{
    Q_OBJECT

public:
    // `field` and `label` name the field in what is wrong with it.
    PersonField(Database &db, QString field, QString label, QWidget *parent = nullptr);
    // The person meant, or an error naming the field; 0 when empty.
    Result<qint64> personId() const;
    void setPersonId(qint64 id);
    // Shows ID numbers masked (3206**********218X), as the tables do while
    // the user has not asked to see them in full.
    void setMasked(bool masked) { m_masked = masked; }

private:
    void complete(const QString &text);
    QString shown(const QString &name, const QString &idNumber) const;

    Database &m_db;
    QString m_field;
    QString m_label;
    QStringListModel *m_matches;
    bool m_masked = false;
    // The persons offered, by the text shown: a masked number cannot be looked up.
    QHash<QString, qint64> m_offered;
};

// The companies of the group as a tree (children indented under their
// parent), each item holding its id; `none` adds a first item for no
// company. Only those `offered` accepts are listed (all when not given),
// each under the nearest of its ancestors listed.
void fillCompanies(QComboBox *combo, Database &db, const QString &none = {},
                   const std::function<bool(const Company &)> &offered = {});
void selectId(QComboBox *combo, qint64 id);
qint64 selectedId(const QComboBox *combo);

// What a combo shows for a value without a name (a gender not given).
QString notGivenName();

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/formfields.h"

#include "core/db/companyrepository.h"
#include "core/db/database.h"
#include "core/db/personrepository.h"
#include "core/lists/personlookup.h"
#include "core/util/masking.h"
#include "core/validation/idnumber.h"
#include "core/validation/validator.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QSet>
#include <QHash>
#include <QStringListModel>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace seawall {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setClearButtonEnabled(true);
}

QDate DateField::date() const
{
    const QString typed = text().trimmed();
    return typed.isEmpty() ? QDate() : Validator::parseDate(typed);
}

void DateField::setDate(const QDate &date) { setText(date.isValid() ? date.toString(Qt::ISODate) : QString()); }

std::optional<Error> DateField::problem(const QString &field, const QString &label) const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || date().isValid())
        return std::nullopt;
    return Error::invalid(field, tr("%1: %2 is not a real date.").arg(label, typed));
}

PersonField::PersonField(Database &db, QString field, QString label, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_field(std::move(field)), m_label(std::move(label)),
      m_matches(new QStringListModel(this))
{
    setPlaceholderText(tr("ID number or name"));
    auto *completer = new QCompleter(m_matches, this);
    // The query already filters by name or ID number.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &PersonField::complete);
}

void PersonField::complete(const QString &text)
{
    const QString typed = text.trimmed();
    QStringList matches;
    for (const PersonMatch &match : PersonLookup(m_db).complete(typed)) {
        const QString entry = shown(match.name, match.idNumber);
        m_offered.insert(entry, match.id);
        matches << entry;
    }
    m_matches->setStringList(matches);
}

Result<qint64> PersonField::personId() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return qint64(0);
    if (const auto offered = m_offered.constFind(typed); offered != m_offered.cend())
        return offered.value();
    // "name idnumber" as completed, an ID number alone or a name alone.
    const QString last = typed.section(u' ', -1);
    const QString number = IdNumber::normalized(last);
    PersonRepository persons(m_db);
    if (number.size() == 18) {
        if (const auto person = persons.findByIdNumber(number))
            return person->id;
        return Error::invalid(m_field, tr("%1: no person has the ID number %2.").arg(m_label, last));
    }
    const QList<qint64> ids = PersonLookup(m_db).named(typed);
    if (ids.isEmpty())
        return Error::invalid(m_field, tr("%1: no person is called %2.").arg(m_label, typed));
    if (ids.size() > 1)
        return Error::invalid(m_field, tr("%1: several persons are called %2; type the ID number.").arg(m_label, typed));
    return ids.first();
}

void PersonField::setPersonId(qint64 id)
{
    const auto person = PersonRepository(m_db).find(id);
    if (!person) {
        clear();
        return;
    }
    const QString text = shown(person->name, person->idNumber);
    m_offered.insert(text, person->id);
    setText(text);
}

QString PersonField::shown(const QString &name, const QString &idNumber) const
{
    return name + u' ' + (m_masked ? maskIdNumber(idNumber) : idNumber);
}

void fillCompanies(QComboBox *combo, Database &db, const QString &none,
                   const std::function<bool(const Company &)> &offered)
{
    const std::vector<Company> companies = CompanyRepository(db).all();
    QHash<qint64, std::vector<const Company *>> children;
    QSet<qint64> known;
    for (const Company &company : companies)
        known.insert(company.id);
    for (const Company &company : companies)
        children[known.contains(company.parentId) ? company.parentId : 0].push_back(&company);
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, qint64(0));
    // Depth first, children under their parent, indented.
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const Company *company : children.value(parent)) {
            const bool listed = !offered || offered(*company);
            if (listed)
                combo->addItem(QString(depth * 2, u' ') + company->name, company->id);
            add(company->id, listed ? depth + 1 : depth);
        }
    };
    add(0, 0);
}

QString notGivenName() { return QCoreApplication::translate("FormFields", "Not given"); }

void selectId(QComboBox *combo, qint64 id) { combo->setCurrentIndex(std::max(0, combo->findData(id))); }

qint64 selectedId(const QComboBox *combo) { return combo->currentData().toLongLong(); }

} // namespace seawall

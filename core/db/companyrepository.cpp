// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/companyrepository.h"

#include "core/db/sqlvalues.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace seawall {

CompanyRepository::CompanyRepository(Database &db)
    : RepositoryBase(db, u"company"_s,
                     {u"code"_s, u"name"_s, u"parent_id"_s, u"reports_daily"_s, u"contact_person"_s,
                      u"contact_phone"_s, u"batch_id"_s})
{
}

QVariantList CompanyRepository::values(const Company &c, qint64 batchId)
{
    return {c.code.trimmed(), c.name.trimmed(), SqlValues::id(c.parentId), c.reportsDaily ? 1 : 0,
            c.contactPerson, c.contactPhone, SqlValues::id(batchId)};
}

Company CompanyRepository::read(const QSqlQuery &q) const
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.parentId = q.value(3).toLongLong();
    c.reportsDaily = q.value(4).toInt() != 0;
    c.contactPerson = q.value(5).toString();
    c.contactPhone = q.value(6).toString();
    c.aliases = aliasesOf(c.id);
    return c;
}

QStringList CompanyRepository::aliasesOf(qint64 id) const
{
    QStringList aliases;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT alias FROM company_alias WHERE company_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            aliases << q.value(0).toString();
    return aliases;
}

std::optional<Company> CompanyRepository::find(qint64 id) const
{
    const auto q = first(selectSql() + u" WHERE id = ?"_s, {id});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Company> CompanyRepository::findByCode(const QString &code) const
{
    const auto q = first(selectSql() + u" WHERE code = ?"_s, {code.trimmed()});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::optional<Company> CompanyRepository::findByName(const QString &nameOrAlias) const
{
    const QString name = nameOrAlias.trimmed();
    const auto q = first(selectSql()
                             + u" WHERE name = ? OR id = (SELECT company_id FROM company_alias WHERE alias = ?)"_s,
                         {name, name});
    return q ? std::optional(read(*q)) : std::nullopt;
}

std::vector<Company> CompanyRepository::all() const
{
    std::vector<Company> companies;
    QSqlQuery q(m_db.connection());
    if (q.exec(selectSql() + u" ORDER BY code"_s))
        while (q.next())
            companies.push_back(read(q));
    return companies;
}

std::vector<qint64> CompanyRepository::subtree(qint64 id) const
{
    std::vector<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(u"WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
              u"SELECT c.id FROM company c JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree"_s);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    return ids;
}

Status CompanyRepository::checkNames(const Company &company) const
{
    if (const auto problems = Validator::check(company); !problems.empty())
        return problems.front();
    QStringList names{company.name.trimmed()};
    for (const QString &alias : company.aliases)
        names << alias.trimmed();
    for (const QString &name : std::as_const(names)) {
        const auto other = findByName(name);
        if (other && other->id != company.id)
            return Error::invalid(u"name"_s, QCoreApplication::translate("Repository",
                                                                         "Name: \"%1\" is already used by %2.")
                                                 .arg(name, other->name));
    }
    // A parent must not be the company itself or one of its descendants.
    if (company.id != 0 && company.parentId != 0) {
        for (qint64 id : subtree(company.id))
            if (id == company.parentId)
                return Error::invalid(u"parent_code"_s,
                                      QCoreApplication::translate("Repository",
                                                                  "Parent company: a company cannot be placed "
                                                                  "under itself or one of its own units."));
    }
    return {};
}

Status CompanyRepository::writeAliases(const Company &company)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM company_alias WHERE company_id = ?"_s);
    q.addBindValue(company.id);
    if (!q.exec())
        return m_db.errorFrom(q);
    q.prepare(u"INSERT INTO company_alias (company_id, alias) VALUES (?, ?)"_s);
    for (const QString &alias : company.aliases) {
        if (alias.trimmed().isEmpty())
            continue;
        q.addBindValue(company.id);
        q.addBindValue(alias.trimmed());
        if (!q.exec())
            return m_db.errorFrom(q);
    }
    return {};
}

Result<qint64> CompanyRepository::insert(const Company &company, qint64 batchId)
{
    if (Status status = checkNames(company); !status)
        return status.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto result = insertValues(values(company, batchId));
    if (!result)
        return withMessage(result.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository", "A company with code %1 already exists.")
                               .arg(company.code));
    Company stored = company;
    stored.id = result.value();
    if (Status status = writeAliases(stored); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return result;
}

Status CompanyRepository::update(const Company &company)
{
    if (Status status = checkNames(company); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status status = updateValues(company.id, values(company, 0)); !status)
        return withMessage(status.error(), Error::Kind::Conflict,
                           QCoreApplication::translate("Repository", "A company with code %1 already exists.")
                               .arg(company.code));
    if (Status status = writeAliases(company); !status)
        return status;
    return transaction.commit();
}

Result<UpsertOutcome> CompanyRepository::upsert(Company &company)
{
    return upsertByKey(*this, company, findByCode(company.code));
}

Status CompanyRepository::remove(qint64 id)
{
    return removeId(id, QCoreApplication::translate("Repository",
                                                    "This company cannot be deleted: persons, records or "
                                                    "other companies belong to it."));
}

qint64 CompanyRepository::count() const { return countWhere(); }

} // namespace seawall

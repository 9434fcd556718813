// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/company.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Company>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Company, u"company"_s, QT_TRANSLATE_NOOP("Entity", "company"),
                    QT_TRANSLATE_NOOP("Entity", "Companies")};
        d.columns = {
            plain(&Company::code, u"code"_s, QT_TRANSLATE_NOOP("Field", "Company code"), Column::Key | Column::Required | Column::Searchable),
            plain(&Company::name, u"name"_s, QT_TRANSLATE_NOOP("Field", "Company name"),
                  Column::Required | Column::Searchable | Column::Name),
            reference(&Company::parentId, u"parent_id"_s, EntityKind::Company, QT_TRANSLATE_NOOP("Field", "Parent"),
                      Column::Optional | Column::Restrict | Column::Searchable)
                .withField(u"parent_code"_s),
            plain(&Company::reportsDaily, u"reports_daily"_s, QT_TRANSLATE_NOOP("Field", "Reports daily")),
            plain(&Company::reportsMorning, u"reports_morning"_s, QT_TRANSLATE_NOOP("Field", "Sends a morning report"))
                .addedIn(9),
            plain(&Company::contactPerson, u"contact_person"_s, QT_TRANSLATE_NOOP("Field", "Contact person"),
                  Column::Searchable | Column::Name | Column::Personal),
            plain(&Company::contactPhone, u"contact_phone"_s, QT_TRANSLATE_NOOP("Field", "Contact phone"),
                  Column::Phone | Column::Landline | Column::Searchable | Column::Personal),
        };
        d.children = EntityDef::ChildList{
            u"company_alias"_s, u"company_id"_s, u"alias"_s,
            [](const void *r) { return static_cast<const Company *>(r)->aliases; },
            [](void *r, const QStringList &aliases) { static_cast<Company *>(r)->aliases = aliases; }, u"aliases"_s};
        d.title = {u"name"_s};
        d.list.id = u"companies"_s;
        d.list.columns = {u"code"_s,           u"name"_s,          u"parent_id"_s, u"aliases"_s,
                          u"contact_person"_s, u"contact_phone"_s, u"reports_daily"_s, u"reports_morning"_s,
                          u"personnel"_s};
        d.list.computed = {
            {u"aliases"_s, QT_TRANSLATE_NOOP("Field", "Aliases"),
             u"(SELECT group_concat(alias, '、') FROM company_alias a WHERE a.company_id = r.id)"_s, ColumnType::Text,
             Column::Searchable},
            {u"personnel"_s, QT_TRANSLATE_NOOP("Field", "Personnel"),
             u"(SELECT count(*) FROM person p WHERE p.company_id = r.id AND p.category <> 'external'"
             u" AND p.left_on IS NULL)"_s},
        };
        d.list.company = u"r.id"_s;
        d.list.shows = {EntityKind::CompanyAlias, EntityKind::Person};
        return std::move(d.finish());
    }();
    return def;
}

// A company's other names, as units write them (水务公司 for 海润水务公司).
template <>
const EntityDef &definition<CompanyAlias>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::CompanyAlias, u"company_alias"_s, QT_TRANSLATE_NOOP("Entity", "alias"),
                    QT_TRANSLATE_NOOP("Entity", "Aliases")};
        // Written anew with their company, whose version counts the change.
        d.batched = false;
        d.versioned = false;
        d.columns = {
            keptReference(u"company_id"_s, EntityKind::Company, Column::Cascade),
            kept(u"alias"_s, ColumnType::Text, QT_TRANSLATE_NOOP("Field", "Aliases"), Column::Key),
        };
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/person.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Person>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Person, u"person"_s, QT_TRANSLATE_NOOP("Entity", "person"),
                    QT_TRANSLATE_NOOP("Entity", "Personnel")};
        d.columns = {
            plain(&Person::idNumber, u"id_number"_s, QT_TRANSLATE_NOOP("Field", "ID number"),
                  Column::Key | Column::IdNumber | Column::Searchable | Column::Personal),
            plain(&Person::name, u"name"_s, QT_TRANSLATE_NOOP("Field", "Name"),
                  Column::Required | Column::Searchable | Column::Name | Column::Personal),
            companyOf(&Person::companyId),
            plain(&Person::department, u"department"_s, QT_TRANSLATE_NOOP("Field", "Department")),
            plain(&Person::gender, u"gender"_s, QT_TRANSLATE_NOOP("Field", "Gender")),
            plain(&Person::phone, u"phone"_s, QT_TRANSLATE_NOOP("Field", "Phone"), Column::Phone | Column::Searchable | Column::Personal),
            plain(&Person::position, u"position"_s, QT_TRANSLATE_NOOP("Field", "Position"), Column::Hidden),
            plain(&Person::partyMember, u"party_member"_s, QT_TRANSLATE_NOOP("Field", "Party member"), Column::Hidden),
            plain(&Person::category, u"category"_s, QT_TRANSLATE_NOOP("Field", "Category")),
            plain(&Person::joinedOn, u"joined_on"_s, QT_TRANSLATE_NOOP("Field", "Joined on"),
                  Column::Optional | Column::Hidden),
            plain(&Person::leftOn, u"left_on"_s, QT_TRANSLATE_NOOP("Field", "Left on"), Column::Optional),
            plain(&Person::exemptFrom, u"exempt_from"_s, QT_TRANSLATE_NOOP("Field", "Exempt from"), Column::Optional),
            plain(&Person::exemptUntil, u"exempt_until"_s, QT_TRANSLATE_NOOP("Field", "Exempt until"),
                  Column::Optional),
            // Kept from the person's doses (db/vaccinationstatus.h).
            kept(u"first_dose_on"_s, ColumnType::Date, QT_TRANSLATE_NOOP("Field", "First dose on"), Column::Optional)
                .addedIn(2),
            kept(u"full_on"_s, ColumnType::Date, QT_TRANSLATE_NOOP("Field", "Fully vaccinated on"), Column::Optional)
                .addedIn(2),
            kept(u"booster_on"_s, ColumnType::Date, QT_TRANSLATE_NOOP("Field", "Booster on"),
                 Column::Optional | Column::Hidden)
                .addedIn(2),
        };
        d.title = {u"name"_s};
        d.shownAs = {u"name"_s, u"id_number"_s};
        d.list.id = u"persons"_s;
        d.list.columns = {u"name"_s,     u"id_number"_s, u"company_id"_s,   u"department"_s, u"gender"_s,
                          u"phone"_s,    u"position"_s,  u"category"_s,     u"party_member"_s,
                          u"joined_on"_s, u"left_on"_s,  u"full_on"_s,      u"booster_on"_s};
        d.list.filters = {u"category"_s, u"status"_s};
        d.list.conditions = {
            {u"status"_s,
             QT_TRANSLATE_NOOP("Field", "Status"),
             {{QT_TRANSLATE_NOOP("Field", "Employed"), u"r.left_on IS NULL"_s},
              {QT_TRANSLATE_NOOP("Field", "Left"), u"r.left_on IS NOT NULL"_s},
              {QT_TRANSLATE_NOOP("Field", "Not fully vaccinated"), u"r.full_on IS NULL AND r.category <> 'external'"_s}}},
        };
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall

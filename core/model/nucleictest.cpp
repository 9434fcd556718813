// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/nucleictest.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<NucleicTest>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::NucleicTest, u"nucleic_test"_s, QT_TRANSLATE_NOOP("Entity", "test"),
                    QT_TRANSLATE_NOOP("Entity", "Tests")};
        d.columns = aboutPerson(&NucleicTest::personId, &NucleicTest::companyId, Column::Indexed);
        d.columns += QList<Column>{
            plain(&NucleicTest::sampledOn, u"sampled_on"_s, QT_TRANSLATE_NOOP("Field", "Sampling date"),
                  Column::Key | Column::Day),
            plain(&NucleicTest::site, u"site"_s, QT_TRANSLATE_NOOP("Field", "Site"), Column::Key | Column::Searchable | Column::Indexed),
            // A result not written yet is pending.
            plain(&NucleicTest::result, u"result"_s, QT_TRANSLATE_NOOP("Field", "Result")).emptyMeans(u"pending"_s),
            plain(&NucleicTest::lab, u"lab"_s, QT_TRANSLATE_NOOP("Field", "Laboratory")),
        };
        d.title = {u"person_id"_s, u"sampled_on"_s};
        d.list.id = u"tests"_s;
        d.list.columns = {u"sampled_on"_s, u"person_id"_s, u"company_id"_s, u"site"_s, u"result"_s, u"lab"_s};
        d.list.filters = {u"result"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall

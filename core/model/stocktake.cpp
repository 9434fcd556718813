// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/stocktake.h"

#include "core/entity/entitydef.h"
#include "core/sql/figurerules.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<Stocktake>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::Stocktake, u"stocktake"_s, QT_TRANSLATE_NOOP("Entity", "stocktake"),
                    QT_TRANSLATE_NOOP("Entity", "Supplies")};
        d.columns = {
            companyOf(&Stocktake::companyId, Column::Key),
            plain(&Stocktake::item, u"item"_s, QT_TRANSLATE_NOOP("Field", "Item"),
                  Column::Key | Column::Required | Column::Searchable),
            plain(&Stocktake::date, u"counted_on"_s, QT_TRANSLATE_NOOP("Field", "Stocktake date"),
                  Column::Key | Column::Day)
                .withField(u"date"_s),
            plain(&Stocktake::unit, u"unit"_s, QT_TRANSLATE_NOOP("Field", "Unit of measure")),
            plain(&Stocktake::quantity, u"quantity"_s, QT_TRANSLATE_NOOP("Field", "Quantity on hand")),
            plain(&Stocktake::minimum, u"minimum"_s, QT_TRANSLATE_NOOP("Field", "Minimum reserve"), Column::Optional),
        };
        d.list.id = u"stocktakes"_s;
        d.list.columns = {u"counted_on"_s, u"company_id"_s, u"item"_s, u"quantity"_s, u"minimum"_s, u"unit"_s};
        // A count below the minimum in force stands out.
        d.list.highlight = FigureRules::belowMinimum(u"r"_s);
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall

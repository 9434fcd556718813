// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/importbatch.h"

#include "core/entity/entitydef.h"

using namespace Qt::StringLiterals;

namespace seawall {

template <>
const EntityDef &definition<ImportBatch>()
{
    using namespace columns;
    static const EntityDef def = [] {
        EntityDef d{EntityKind::ImportBatch, u"import_batch"_s, QT_TRANSLATE_NOOP("Entity", "import"),
                    QT_TRANSLATE_NOOP("Entity", "Imports")};
        d.batched = false;
        d.versioned = false;
        d.columns = {
            plain(&ImportBatch::fileName, u"file_name"_s, QT_TRANSLATE_NOOP("Field", "File")),
            plain(&ImportBatch::sha256, u"sha256"_s, "SHA-256"),
            plain(&ImportBatch::kind, u"kind"_s, QT_TRANSLATE_NOOP("Field", "Kind")),
            reference(&ImportBatch::companyId, u"company_id"_s, EntityKind::Company,
                      QT_TRANSLATE_NOOP("Field", "Company"), Column::Optional),
            plain(&ImportBatch::encoding, u"encoding"_s, QT_TRANSLATE_NOOP("Field", "Encoding")),
            plain(&ImportBatch::rows, u"rows"_s, QT_TRANSLATE_NOOP("Field", "Rows")),
            plain(&ImportBatch::inserted, u"inserted"_s, QT_TRANSLATE_NOOP("Field", "New")),
            plain(&ImportBatch::updated, u"updated"_s, QT_TRANSLATE_NOOP("Field", "Changed")),
            plain(&ImportBatch::unchanged, u"unchanged"_s, QT_TRANSLATE_NOOP("Field", "Unchanged")),
            plain(&ImportBatch::rejected, u"rejected"_s, QT_TRANSLATE_NOOP("Field", "Rejected")),
            timestamp(&ImportBatch::importedAt, u"imported_at"_s, QT_TRANSLATE_NOOP("Field", "Imported")),
            timestamp(&ImportBatch::undoneAt, u"undone_at"_s, QT_TRANSLATE_NOOP("Field", "Undone")),
        };
        d.title = {u"file_name"_s};
        return std::move(d.finish());
    }();
    return def;
}

} // namespace seawall

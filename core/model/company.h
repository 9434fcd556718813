// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"

#include <QString>
#include <QStringList>

namespace seawall {

// A node of the group's hierarchy (集团, 子公司, 下属单位).
struct Company
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 parentId = 0; // 0 for the root
    QStringList aliases;
    bool reportsDaily = true;
    // Sends a morning report (早报) besides the evening one; only from such
    // a company is a morning report expected. None does by default.
    bool reportsMorning = false;
    QString contactPerson;
    QString contactPhone;

    bool operator==(const Company &) const = default;
};

// A company's aliases are rows of a table of their own, read and written
// with the company; the tag names their definition.
struct CompanyAlias;

template <>
const EntityDef &definition<Company>();
template <>
const EntityDef &definition<CompanyAlias>();

} // namespace seawall

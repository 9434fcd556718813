// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/entitykind.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace seawall {

// What the form of one kind of record does beyond what its definition
// says (EntityForm): each a habit of the coordinators' that the data alone
// cannot tell, such as saving a unit's zero report in one key press. The
// texts are in the "FormOptions" context.
struct FormOptions
{
    // The record's company is chosen among those that report daily (and
    // the one it already has): a daily report.
    bool dailyReportersOnly = false;
    // The field the cursor starts in, its text selected (the first count
    // of a report phoned in); the first field when empty.
    QString focus;
    // Grey hints in empty fields, by field name.
    QList<std::pair<QString, const char *>> placeholders;

    // A button beside OK that sets a field and saves (Zero report: 无).
    struct QuickSave
    {
        const char *text = nullptr;
        const char *toolTip = nullptr;
        QString objectName;
        QString field;
        QVariant value; // as stored
    };
    std::optional<QuickSave> quickSave;

    // A field that belongs with one code of another (a finding's
    // rectified-on date with the status rectified): enabled only with it,
    // and then wanted.
    struct OnlyWith
    {
        QString field;
        QString on;
        QString code;
        const char *missing = nullptr; // the problem when it is not given
    };
    std::optional<OnlyWith> onlyWith;
};

FormOptions formOptions(EntityKind kind);

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csv/headermap.h"
#include "core/entity/column.h"
#include "core/util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace seawall::ImportTemplate {

// One column of a blank template, read from the kind's columns (csv/
// headermap) and the entity definition that holds the field: nothing
// here names a kind, so that every kind the program knows has a template.
struct TemplateColumn
{
    QString canonical;    // id_number
    QString header;       // *身份证号: a star before the columns that must be filled
    bool required = false;
    ColumnType type = ColumnType::Text;
    // Formatted as text, so that Excel keeps what is typed as typed (an ID
    // number, a phone number, a code with leading zeros).
    bool text = true;
    QStringList choices;  // the drop-down list: 阴性, 阳性, 待出; empty for none
    QString hint;         // what the 填表说明 sheet says of it beyond its name and type
};

QList<TemplateColumn> columns(csv::FileKind kind);

// The file name offered for a kind's template: 核酸检测导入模板.xlsx.
QString fileName(csv::FileKind kind);

// Writes the blank workbook of `kind` to `path`: a sheet of the kind's
// columns (a title row, the header, text and date formats, drop-down
// lists) and a 填表说明 sheet saying how to fill it in. Templates are for
// the units, and are written in Chinese whatever the user's language,
// through the zh_CN catalogue at `catalogue` (the one compiled into the
// program by default).
Status write(csv::FileKind kind, const QString &path,
             const QString &catalogue = QStringLiteral(":/i18n/seawall_zh_CN.qm"));

} // namespace seawall::ImportTemplate

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importtemplate.h"

#include "core/entity/entitydef.h"
#include "core/workbook/workbookwriter.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace seawall::ImportTemplate {
namespace {

// The definition column holding `canonical` in a file of `kind`: among
// the definitions that have a column for it, the one holding most of the
// kind's columns (an inspections file's 整改状态 is a finding's status).
const Column *entityColumn(csv::FileKind kind, const QString &canonical)
{
    const QStringList fields = csv::HeaderMap::columns(kind);
    const Column *best = nullptr;
    qsizetype bestScore = 0;
    for (const EntityDef *def : Entities::all()) {
        const Column *found = nullptr;
        qsizetype score = 0;
        for (const Column &column : def->columns) {
            if (!column.isRead())
                continue;
            if (fields.contains(column.fieldName()))
                ++score;
            if (column.fieldName() == canonical)
                found = &column;
        }
        if (found && score > bestScore) {
            best = found;
            bestScore = score;
        }
    }
    return best;
}

// The zh_CN catalogue, installed for as long as a template is written
// when the program does not speak Chinese already: installing one tells
// every widget the language changed (Qt's own buttons take their texts
// again).
class Chinese
{
public:
    explicit Chinese(const QString &catalogue)
    {
        if (QCoreApplication::translate("Template", "How to fill in") == u"填表说明"_s)
            return;
        m_installed = m_translator.load(catalogue) && QCoreApplication::installTranslator(&m_translator);
    }
    ~Chinese()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    Chinese(const Chinese &) = delete;
    Chinese &operator=(const Chinese &) = delete;

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

QList<TemplateColumn> columns(csv::FileKind kind)
{
    const QStringList required = csv::HeaderMap::requiredColumns(kind);
    QList<TemplateColumn> result;
    for (const QString &canonical : csv::HeaderMap::columns(kind)) {
        TemplateColumn column;
        column.canonical = canonical;
        column.required = required.contains(canonical);
        column.header = (column.required ? u"*"_s : QString()) + csv::HeaderMap::templateHeader(kind, canonical);
        if (const Column *held = entityColumn(kind, canonical)) {
            column.type = held->type == ColumnType::Reference ? ColumnType::Text : held->type;
            if (held->has(Column::IdNumber))
                column.hint = QCoreApplication::translate("Template", "18 characters, typed in full.");
            else if (held->has(Column::Phone))
                column.hint = QCoreApplication::translate("Template", "11 digits, typed in full.");
            else if (held->type == ColumnType::Reference && held->references == EntityKind::Company)
                column.hint = QCoreApplication::translate("Template", "The company's name as in the company list.");
            if (held->type == ColumnType::Code) {
                // Only what the import reads back as the same value: a
                // name shown on screen is not always a label files use.
                for (const QString &code : held->codes)
                    if (const QString name = held->codeName(code); !name.isEmpty() && held->codeOf(name) == code)
                        column.choices << name;
            } else if (held->type == ColumnType::Bool) {
                column.choices = QStringList{u"是"_s, u"否"_s};
            }
        }
        column.text = column.type != ColumnType::Date && column.type != ColumnType::DateTime
                      && column.type != ColumnType::Integer && column.type != ColumnType::Real;
        result.append(column);
    }
    return result;
}

QString fileName(csv::FileKind kind)
{
    return QCoreApplication::translate("Template", "%1 template.xlsx").arg(csv::displayName(kind));
}

Status write(csv::FileKind kind, const QString &path, const QString &catalogue)
{
    const Chinese chinese(catalogue);
    const QList<TemplateColumn> fields = columns(kind);
    workbook::WorkbookWriter book(path);

    // The sheet the importer reads: a title row above the header, as the
    // units' own tables have, which the import skips.
    book.addSheet(csv::displayName(kind));
    const int last = int(fields.size()) - 1;
    book.writeTitle(0, last, QCoreApplication::translate("Template", "%1 (fill in from row 3)").arg(csv::displayName(kind)));
    QStringList header;
    for (int i = 0; i <= last; ++i) {
        const TemplateColumn &field = fields.at(i);
        header << field.header;
        book.setColumn(i, double(std::max<qsizetype>(12, field.header.size() * 3)), field.text);
        if (field.type == ColumnType::Date)
            book.setDateColumn(i, u"yyyy-mm-dd"_s);
        else if (field.type == ColumnType::DateTime)
            book.setDateColumn(i, u"yyyy-mm-dd hh:mm"_s);
        if (!field.choices.isEmpty())
            book.addList(i, 2, field.choices,
                         QCoreApplication::translate("Template", "Choose one of: %1.").arg(field.choices.join(QCoreApplication::translate("Csv", ", "))));
    }
    book.writeRow(1, header, true);
    book.freezeRows(2);

    // How to fill it in.
    book.addSheet(QCoreApplication::translate("Template", "How to fill in"));
    book.setColumn(0, 16, true);
    book.setColumn(1, 90, true);
    int row = 0;
    book.writeRow(row++, {QCoreApplication::translate("Template", "%1: how to fill in this template").arg(csv::displayName(kind))}, true);
    const QStringList notes{
        QCoreApplication::translate("Template", "Fill in the sheet “%1” from row 3, one record a row; do not change the title or header rows.")
            .arg(csv::displayName(kind)),
        QCoreApplication::translate("Template", "Columns marked * must be filled in."),
        QCoreApplication::translate("Template", "ID numbers (18 characters) and phone numbers are text: type them in full. Do not paste them as "
           "numbers, or Excel shortens them to 3.20612E+17 and the row is refused."),
        QCoreApplication::translate("Template", "Dates like 2022-03-01; dates and times like 2022-03-01 07:00."),
        QCoreApplication::translate("Template", "Where a cell has a drop-down list, choose from it."),
        QCoreApplication::translate("Template", "Send the workbook as it is (.xlsx); there is no need to save it as CSV."),
    };
    for (qsizetype i = 0; i < notes.size(); ++i)
        book.writeRow(row++, {QString::number(i + 1), notes.at(i)});
    ++row;
    book.writeRow(row++, {QCoreApplication::translate("Template", "Column"), QCoreApplication::translate("Template", "What to write")}, true);
    for (const TemplateColumn &field : fields) {
        QString what = csv::HeaderMap::label(kind, field.canonical);
        if (!field.hint.isEmpty())
            what += u"  "_s + field.hint;
        if (!field.choices.isEmpty())
            what += u"  "_s + QCoreApplication::translate("Template", "One of: %1.").arg(field.choices.join(QCoreApplication::translate("Csv", ", ")));
        else if (field.type == ColumnType::Date)
            what += u"  "_s + QCoreApplication::translate("Template", "A date, like 2022-03-01.");
        else if (field.type == ColumnType::DateTime)
            what += u"  "_s + QCoreApplication::translate("Template", "A date and time, like 2022-03-01 07:00.");
        book.writeRow(row++, {field.header, what});
    }
    return book.save();
}

} // namespace seawall::ImportTemplate

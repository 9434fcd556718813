// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity/definition.h"
#include "ui/forms/formdialog.h"
#include "ui/forms/formoptions.h"

#include <functional>
#include <vector>

class QPlainTextEdit;

namespace seawall {

class Database;
struct Column;
struct EntityDef;

// The form of a record of any entity, built from its definition: a field
// for each column the user gives, in the definition's order, by the
// column's type (a date typed as units write it, a code by its names, a
// company from the tree, a person by name or ID number), labelled by the
// column's label; the record's child values (a company's aliases) one a
// line. Adding a column to a definition adds its field here.
//
// The form works on the record through the columns, and keeps the record
// it is given up to date with what it shows; what it does not show (the
// id, a finding's inspection, what the program keeps) stays as it was.
// A record about a person (a test, a dose) is reported by the person's
// company unless another is chosen. What one kind adds is in formoptions.h.
class EntityForm : public FormDialog
{
    Q_OBJECT

public:
    // The problems of a record of the definition (Validator::check).
    using Check = std::function<std::vector<Error>(const void *record)>;

    EntityForm(Database &db, const EntityDef &def, Check check, QWidget *parent = nullptr);

    // Whether the persons offered show their ID numbers masked, as the
    // lists do until the user reveals them.
    void setMasked(bool masked);
    // Shows `record`, stored with `id` (0 for a new one), and from now on
    // keeps it up to date with the form.
    void setRecord(void *record, qint64 id);
    template <typename T>
    void setRecord(T &record)
    {
        Q_ASSERT(&seawall::definition<T>() == &m_def);
        setRecord(&record, record.id);
    }
    // The record as the form holds it now.
    template <typename T>
    const T &record() const
    {
        Q_ASSERT(&seawall::definition<T>() == &m_def && m_record);
        return *static_cast<const T *>(m_record);
    }

    const EntityDef &entity() const { return m_def; }
    // The widget of a field by its name (Column::fieldName(): "id_number",
    // "person"; the child values by theirs, "aliases"); nullptr when the
    // form has no such field.
    QWidget *fieldWidget(const QString &field) const;

protected:
    std::vector<Error> check() const override;

private:
    struct Field
    {
        const Column *column;
        QWidget *widget;
    };

    QWidget *makeWidget(const Column &column);
    QChar mnemonicFor(const char *label);
    void addChildField();
    void fillCompanyChoices(const Field &field, const void *record, qint64 id);
    void showValue(const Field &field, const QVariant &stored);
    // Writes what the form shows into the record; the problems of what is
    // typed (a date that is not one) in `typed`.
    void write(void *record, std::vector<Error> &typed) const;
    QVariant companyOfPerson(const void *record) const;
    void applyOnlyWith(bool touched);
    const Field *field(const QString &name) const;

    Database &m_db;
    const EntityDef &m_def;
    Check m_check;
    FormOptions m_options;
    std::vector<Field> m_fields;
    QPlainTextEdit *m_children = nullptr;
    QString m_childField;
    QString m_childLabel;
    void *m_record = nullptr;
    bool m_masked = false;
    // The company follows the person's when not chosen.
    bool m_companyFollowsPerson = false;
    QString m_usedMnemonics;
};

} // namespace seawall

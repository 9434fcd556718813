// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/entityform.h"

#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/edit/edits.h"
#include "core/entity/entitydef.h"
#include "core/sql/sqlvalues.h"
#include "core/validation/idnumber.h"
#include "ui/forms/formfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

bool isCompany(const Column &column)
{
    return column.type == ColumnType::Reference && column.references == EntityKind::Company;
}

bool isPerson(const Column &column)
{
    return column.type == ColumnType::Reference && column.references == EntityKind::Person;
}

QString translatedOption(const char *text) { return QCoreApplication::translate("FormOptions", text); }

// A number as typed: in the user's way (36,5 in German) or with a point.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

EntityForm::EntityForm(Database &db, const EntityDef &def, Check check, QWidget *parent)
    : FormDialog(parent), m_db(db), m_def(def), m_check(std::move(check)), m_options(formOptions(def.kind))
{
    setWindowTitle(tr("Add %1").arg(def.singularName()));
    m_companyFollowsPerson = std::any_of(def.columns.cbegin(), def.columns.cend(),
                                         [](const Column &c) { return isPerson(c) && c.isRead(); });
    if (m_options.quickSave) {
        const QString text = translatedOption(m_options.quickSave->text);
        if (const qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size())
            m_usedMnemonics += text.at(at + 1).toLower();
    }
    // The child values (a company's other names) follow the record's name.
    int childrenAfter = -1;
    if (def.children)
        for (const QString &name : def.title)
            childrenAfter = std::max(childrenAfter, def.indexOf(name));
    for (int i = 0; i < def.columns.size(); ++i) {
        const Column &column = def.columns.at(i);
        if (QWidget *widget = makeWidget(column)) {
            m_fields.push_back({&column, widget});
            addField(column.translatedLabel(), widget, column.fieldName(), mnemonicFor(column.label));
        }
        if (i == childrenAfter)
            addChildField();
    }
    if (def.children && !m_children)
        addChildField();
    for (const auto &[name, text] : std::as_const(m_options.placeholders))
        if (auto *line = qobject_cast<QLineEdit *>(fieldWidget(name)))
            line->setPlaceholderText(translatedOption(text));
    if (const auto &quick = m_options.quickSave) {
        QPushButton *button = addButton(translatedOption(quick->text));
        button->setObjectName(quick->objectName);
        button->setToolTip(translatedOption(quick->toolTip));
        connect(button, &QPushButton::clicked, this, [this] {
            if (const Field *target = field(m_options.quickSave->field))
                showValue(*target, m_options.quickSave->value);
            accept();
        });
    }
    if (m_options.onlyWith)
        if (const Field *on = field(m_options.onlyWith->on))
            if (auto *combo = qobject_cast<QComboBox *>(on->widget))
                connect(combo, &QComboBox::currentIndexChanged, this, [this] { applyOnlyWith(true); });
    finishLayout();
}

QChar EntityForm::mnemonicFor(const char *label)
{
    // The first letter of the English label not taken by a field above.
    for (const char *c = label; c && *c; ++c) {
        const QChar letter = QChar::fromLatin1(*c).toLower();
        if (letter >= u'a' && letter <= u'z' && !m_usedMnemonics.contains(letter)) {
            m_usedMnemonics += letter;
            return letter;
        }
    }
    return {};
}

QWidget *EntityForm::makeWidget(const Column &column)
{
    // What the program keeps or computes is not the user's to give.
    if (!column.isRead() || !column.set)
        return nullptr;
    switch (column.type) {
    case ColumnType::Text: {
        auto *edit = new QLineEdit(this);
        if (column.has(Column::IdNumber)) {
            edit->setMaxLength(18);
            edit->setPlaceholderText(tr("18 characters"));
        }
        return edit;
    }
    case ColumnType::Integer: {
        auto *spin = new QSpinBox(this);
        // A count is never negative; an optional one not given is shown as such below 0.
        const bool optional = column.has(Column::Optional);
        spin->setRange(optional ? -1 : 0, 1000000);
        if (optional)
            spin->setSpecialValueText(notGivenName());
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case ColumnType::Real: return new QLineEdit(this);
    case ColumnType::Bool: return new QCheckBox(this);
    case ColumnType::Date: return new DateField(this);
    case ColumnType::DateTime: {
        auto *edit = new QDateTimeEdit(this);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
        return edit;
    }
    case ColumnType::Code: {
        auto *combo = new QComboBox(this);
        for (const QString &code : column.codes) {
            const QString name = column.codeName ? column.codeName(code) : code;
            combo->addItem(name.isEmpty() ? notGivenName() : name, code);
        }
        return combo;
    }
    case ColumnType::Reference:
        if (isCompany(column)) {
            auto *combo = new QComboBox(this);
            combo->setMinimumContentsLength(12);
            return combo;
        }
        if (isPerson(column))
            return new PersonField(m_db, column.fieldName(), column.translatedLabel(), this);
        return nullptr; // kept from the record (a finding's inspection)
    case ColumnType::Timestamp: return nullptr; // recorded by the program
    }
    return nullptr;
}

void EntityForm::addChildField()
{
    const EntityDef::ChildList &children = *m_def.children;
    const EntityDef *childDef = Entities::ofTable(children.table);
    const Column *value = childDef ? childDef->column(children.valueColumn) : nullptr;
    m_children = new QPlainTextEdit(this);
    m_children->setPlaceholderText(tr("One a line"));
    m_children->setTabChangesFocus(true);
    m_children->setFixedHeight(m_children->fontMetrics().lineSpacing() * 4 + 12);
    m_childField = children.field.isEmpty() ? children.table : children.field;
    m_childLabel = value ? value->translatedLabel() : m_childField;
    addField(m_childLabel, m_children, m_childField, value ? mnemonicFor(value->label) : QChar());
}

void EntityForm::setMasked(bool masked)
{
    m_masked = masked;
    for (const Field &f : m_fields)
        if (auto *person = qobject_cast<PersonField *>(f.widget))
            person->setMasked(masked);
}

QWidget *EntityForm::fieldWidget(const QString &name) const
{
    if (m_children && name == m_childField)
        return m_children;
    const Field *found = field(name);
    return found ? found->widget : nullptr;
}

const EntityForm::Field *EntityForm::field(const QString &name) const
{
    for (const Field &f : m_fields)
        if (f.column->fieldName() == name)
            return &f;
    return nullptr;
}

void EntityForm::fillCompanyChoices(const Field &field, const void *record, qint64 id)
{
    const Column &column = *field.column;
    const qint64 current = column.get(record).toLongLong();
    QString none = tr("(choose a company)");
    std::function<bool(const Company &)> offered;
    if (column.references == m_def.kind) {
        // A company's parent: not the company itself nor one of its own.
        none = tr("(none: top of the group)");
        if (id != 0) {
            QSet<qint64> own;
            for (qint64 c : CompanyRepository(m_db).subtree(id))
                own.insert(c);
            offered = [own](const Company &c) { return !own.contains(c.id); };
        }
    } else if (m_companyFollowsPerson) {
        none = tr("(the person's company)");
    }
    // Units that need not report may still send one; they are offered
    // only when the report is theirs.
    if (m_options.dailyReportersOnly)
        offered = [current](const Company &c) { return c.reportsDaily || c.id == current; };
    fillCompanies(static_cast<QComboBox *>(field.widget), m_db, none, offered);
}

void EntityForm::showValue(const Field &field, const QVariant &stored)
{
    QWidget *widget = field.widget;
    switch (field.column->type) {
    case ColumnType::Text: static_cast<QLineEdit *>(widget)->setText(stored.toString()); break;
    case ColumnType::Integer: {
        auto *spin = static_cast<QSpinBox *>(widget);
        spin->setValue(stored.isNull() ? spin->minimum() : stored.toInt());
        break;
    }
    case ColumnType::Real:
        static_cast<QLineEdit *>(widget)->setText(
            stored.isNull() ? QString() : QLocale().toString(stored.toDouble(), 'g', QLocale::FloatingPointShortest));
        break;
    case ColumnType::Bool: static_cast<QCheckBox *>(widget)->setChecked(stored.toInt() != 0); break;
    case ColumnType::Date: static_cast<DateField *>(widget)->setDate(SqlValues::toDate(stored)); break;
    case ColumnType::DateTime: {
        QDateTime time = SqlValues::toDateTime(stored);
        if (!time.isValid()) // a new record: the current hour
            time = QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
        static_cast<QDateTimeEdit *>(widget)->setDateTime(time);
        break;
    }
    case ColumnType::Code: {
        auto *combo = static_cast<QComboBox *>(widget);
        combo->setCurrentIndex(std::max(0, combo->findData(stored.toString())));
        break;
    }
    case ColumnType::Reference:
        if (auto *person = qobject_cast<PersonField *>(widget)) {
            person->setMasked(m_masked);
            person->setPersonId(stored.toLongLong());
        } else {
            selectId(static_cast<QComboBox *>(widget), stored.toLongLong());
        }
        break;
    case ColumnType::Timestamp: break;
    }
}

void EntityForm::setRecord(void *record, qint64 id)
{
    // Not written while it is being shown.
    m_record = nullptr;
    if (id != 0)
        setWindowTitle(Edits::saveName(m_db, m_def, id, false));
    for (const Field &f : m_fields) {
        if (isCompany(*f.column))
            fillCompanyChoices(f, record, id);
        showValue(f, f.column->get(record));
    }
    if (m_children)
        m_children->setPlainText(m_def.children->get(record).join(u'\n'));
    if (m_options.onlyWith)
        applyOnlyWith(false);
    m_record = record;
    forgetTouched();
    if (id != 0)
        touchAll();
    else
        revalidate();
    if (QWidget *first = fieldWidget(m_options.focus)) {
        first->setFocus();
        if (auto *spin = qobject_cast<QSpinBox *>(first))
            spin->selectAll();
        else if (auto *line = qobject_cast<QLineEdit *>(first))
            line->selectAll();
    }
}

void EntityForm::applyOnlyWith(bool touched)
{
    const FormOptions::OnlyWith &rule = *m_options.onlyWith;
    const Field *on = field(rule.on);
    const Field *dependent = field(rule.field);
    if (!on || !dependent)
        return;
    const bool with = static_cast<QComboBox *>(on->widget)->currentData().toString() == rule.code;
    dependent->widget->setEnabled(with);
    if (!with)
        showValue(*dependent, QVariant());
    // Chosen just now: say at once that the field is wanted.
    if (touched)
        touch(rule.field);
}

QVariant EntityForm::companyOfPerson(const void *record) const
{
    for (const Field &f : m_fields)
        if (isPerson(*f.column))
            if (const qint64 id = f.column->get(record).toLongLong())
                if (const auto person = PersonRepository(m_db).find(id))
                    return person->companyId;
    return qint64(0);
}

void EntityForm::write(void *record, std::vector<Error> &typed) const
{
    for (const Field &f : m_fields) {
        const Column &column = *f.column;
        const QString name = column.fieldName();
        switch (column.type) {
        case ColumnType::Text: {
            const QString text = static_cast<QLineEdit *>(f.widget)->text();
            column.set(record, column.has(Column::IdNumber) ? IdNumber::normalized(text) : text.trimmed());
            break;
        }
        case ColumnType::Integer: {
            const int value = static_cast<QSpinBox *>(f.widget)->value();
            column.set(record, value < 0 ? QVariant() : QVariant(value));
            break;
        }
        case ColumnType::Real: {
            const QString text = static_cast<QLineEdit *>(f.widget)->text().trimmed();
            const std::optional<double> value = parseNumber(text);
            if (text.isEmpty() && !column.has(Column::Optional))
                typed.push_back(Error::invalid(name, tr("%1: it is missing.").arg(column.translatedLabel())));
            else if (!text.isEmpty() && !value)
                typed.push_back(
                    Error::invalid(name, tr("%1: %2 is not a number.").arg(column.translatedLabel(), text)));
            column.set(record, value ? QVariant(*value) : QVariant());
            break;
        }
        case ColumnType::Bool: column.set(record, static_cast<QCheckBox *>(f.widget)->isChecked() ? 1 : 0); break;
        case ColumnType::Date: {
            const auto *date = static_cast<DateField *>(f.widget);
            if (auto problem = date->problem(name, column.translatedLabel()))
                typed.push_back(*problem);
            column.set(record, SqlValues::date(date->date()));
            break;
        }
        case ColumnType::DateTime:
            column.set(record, SqlValues::dateTime(static_cast<QDateTimeEdit *>(f.widget)->dateTime()));
            break;
        case ColumnType::Code: column.set(record, static_cast<QComboBox *>(f.widget)->currentData()); break;
        case ColumnType::Reference:
            if (const auto *person = qobject_cast<PersonField *>(f.widget)) {
                const Result<qint64> id = person->personId();
                if (!id)
                    typed.push_back(id.error());
                column.set(record, id ? id.value() : qint64(0));
            } else {
                column.set(record, selectedId(static_cast<QComboBox *>(f.widget)));
            }
            break;
        case ColumnType::Timestamp: break;
        }
    }
    if (m_children) {
        QStringList values;
        for (const QString &line : m_children->toPlainText().split(u'\n'))
            if (const QString value = line.trimmed(); !value.isEmpty() && !values.contains(value))
                values << value;
        m_def.children->set(record, values);
    }
    // The person's company reports the record unless another is chosen.
    if (m_companyFollowsPerson)
        for (const Field &f : m_fields)
            if (isCompany(*f.column) && f.column->references != m_def.kind
                && selectedId(static_cast<QComboBox *>(f.widget)) == 0)
                f.column->set(record, companyOfPerson(record));
}

std::vector<Error> EntityForm::check() const
{
    if (!m_record)
        return {};
    std::vector<Error> errors;
    write(m_record, errors);
    std::vector<Error> validated = m_check(m_record);
    // What is typed wrong (a date that is not one) says more than what the
    // validator makes of it ("missing").
    QSet<QString> typed;
    for (const Error &error : errors)
        typed.insert(error.field);
    // While no person is known the company cannot follow theirs: the
    // person's problem says all there is to say.
    if (m_companyFollowsPerson)
        for (const Field &f : m_fields)
            if (isCompany(*f.column) && f.column->references != m_def.kind
                && selectedId(static_cast<QComboBox *>(f.widget)) == 0
                && f.column->get(m_record).toLongLong() == 0)
                typed.insert(f.column->fieldName());
    std::erase_if(validated, [&](const Error &e) { return typed.contains(e.field); });

    // A child value that is the record's own name (an alias that is the
    // company's name) adds nothing.
    if (m_children) {
        const QStringList values = m_def.children->get(m_record);
        for (const QString &name : m_def.title)
            if (const Column *column = m_def.column(name); column && column->type == ColumnType::Text)
                if (const QString own = column->get(m_record).toString(); !own.isEmpty() && values.contains(own))
                    errors.push_back(Error::invalid(
                        m_childField,
                        tr("%1: %2 is already the %3's name.").arg(m_childLabel, own, m_def.singularName())));
    }
    if (const auto &rule = m_options.onlyWith) {
        const Field *on = field(rule->on);
        const Field *dependent = field(rule->field);
        if (on && dependent && !typed.contains(rule->field)
            && static_cast<QComboBox *>(on->widget)->currentData().toString() == rule->code
            && dependent->column->get(m_record).isNull())
            errors.push_back(Error::invalid(rule->field, translatedOption(rule->missing)));
    }
    for (Error &error : validated)
        errors.push_back(std::move(error));
    return errors;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/formdialog.h"
#include "ui/common/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

FormDialog::FormDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_message = new ProblemLabel(this);
    layout->addWidget(m_message);
    m_pending = new QLabel(this);
    m_pending->setWordWrap(true);
    m_pending->setEnabled(false); // greyed: a hint, not an error
    m_pending->hide();
    layout->addWidget(m_pending);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(520);
}

QPushButton *FormDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QPushButton *FormDialog::addButton(const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setAutoDefault(false);
    return button;
}

namespace {

// The name with its Alt key marked: on the letter where the name has it
// (English), else after the name in brackets, as Chinese labels write it
// ("单位(&C)").
QString withMnemonic(const QString &name, QChar mnemonic)
{
    QString text = name;
    text.replace(u'&', u"&&"_s);
    if (mnemonic.isNull())
        return text;
    if (const qsizetype at = text.indexOf(mnemonic, 0, Qt::CaseInsensitive); at >= 0)
        return text.insert(at, u'&');
    return text + u"(&"_s + mnemonic.toUpper() + u')';
}

} // namespace

void FormDialog::addField(const QString &name, QWidget *widget, const QString &field, QChar mnemonic)
{
    if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->setText(withMnemonic(name, mnemonic));
        m_form->addRow(QString(), widget);
    } else {
        m_form->addRow(tr("%1:", "a field's label").arg(withMnemonic(name, mnemonic)), widget);
    }
    auto *error = new ProblemLabel(this);
    m_form->addRow(QString(), error);
    m_form->setRowVisible(error, false);
    m_errorLabels.insert(field, error);
    m_labels.insert(field, name);
    m_order << widget;

    // Any change marks the field as typed in and checks the form again.
    auto changed = [this, field] {
        m_touched.insert(field);
        revalidate();
    };
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *time = qobject_cast<QDateTimeEdit *>(widget))
        connect(time, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
}

void FormDialog::finishLayout()
{
    QWidget *previous = nullptr;
    for (QWidget *widget : std::as_const(m_order)) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    if (previous) {
        setTabOrder(previous, okButton());
        setTabOrder(okButton(), m_buttons->button(QDialogButtonBox::Cancel));
        m_order.first()->setFocus();
    }
    okButton()->setDefault(true);
    revalidate();
}

void FormDialog::touchAll()
{
    m_allTouched = true;
    revalidate();
}

void FormDialog::touch(const QString &field)
{
    m_touched.insert(field);
    revalidate();
}

void FormDialog::revalidate() { showProblems(check()); }

void FormDialog::showProblems(const std::vector<Error> &errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    QStringList pending;
    for (const Error &error : errors) {
        if (m_errorLabels.contains(error.field)) {
            if (m_allTouched || m_touched.contains(error.field))
                byField[error.field] << error.message;
            else if (const QString name = m_labels.value(error.field); !pending.contains(name))
                pending << name;
        } else {
            general << error.message;
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString text = byField.value(it.key()).join(u'\n');
        it.value()->setText(text);
        m_form->setRowVisible(it.value(), !text.isEmpty());
    }
    // Problems of no field of the form are shown once the user has typed.
    const bool showGeneral = m_allTouched || !m_touched.isEmpty();
    m_message->say(showGeneral ? general.join(u'\n') : QString());
    // Why OK is disabled while the fields at fault were not typed in yet.
    m_pending->setText(tr("Still to fill in: %1.").arg(pending.join(tr(", "))));
    m_pending->setVisible(!pending.isEmpty());
    okButton()->setEnabled(errors.empty());
}

QString FormDialog::problemOf(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label ? label->text() : QString();
}

QStringList FormDialog::shownProblems() const
{
    QStringList shown;
    for (const QLabel *label : m_errorLabels)
        if (!label->text().isEmpty())
            shown << label->text();
    if (!m_message->text().isEmpty())
        shown << m_message->text();
    return shown;
}

void FormDialog::accept()
{
    const std::vector<Error> errors = check();
    if (!errors.empty()) {
        touchAll();
        return;
    }
    if (m_saver) {
        if (Status status = m_saver(); !status) {
            // A refusal of the database (a duplicate key): under its field when known.
            if (QLabel *label = m_errorLabels.value(status.error().field)) {
                label->setText(status.error().message);
                m_form->setRowVisible(label, true);
            } else {
                m_message->say(status.error().message);
            }
            return;
        }
    }
    QDialog::accept();
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importresultview.h"

#include "core/import/importpreview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QTableWidgetItem *number(qint64 value)
{
    QTableWidgetItem *cell = item(QLocale().toString(value));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setWordWrap(false);
    return widget;
}

} // namespace

ImportResultView::ImportResultView(QWidget *parent) : QWidget(parent)
{
    m_counts = table({tr("File"), tr("Kind"), tr("Encoding"), tr("Rows"), tr("New"), tr("Changed"), tr("Unchanged"),
                      tr("Rejected")},
                     this);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems = table({tr("File"), tr("Line"), tr("Column"), tr("Problem")}, this);
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_problems->setToolTip(tr("Double-click a problem to see its row of the file."));
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { showRow(row); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts, 1);
    auto *label = new QLabel(tr("Problems:"), this);
    label->setBuddy(m_problems);
    layout->addWidget(label);
    layout->addWidget(m_problems, 2);
}

void ImportResultView::clear()
{
    m_counts->setRowCount(0);
    m_problems->setRowCount(0);
}

void ImportResultView::setResult(const ImportResult &result, bool dryRun,
                                 std::function<FileChoice(const QString &)> choiceOf)
{
    m_choiceOf = std::move(choiceOf);
    clear();
    m_counts->horizontalHeaderItem(4)->setText(dryRun ? tr("Would add") : tr("New"));
    m_counts->horizontalHeaderItem(5)->setText(dryRun ? tr("Would change") : tr("Changed"));
    for (const FileReport &file : result.files) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, item(QFileInfo(file.file).fileName()));
        m_counts->item(row, 0)->setToolTip(file.file);
        m_counts->setItem(row, 1, item(file.kind ? csv::displayName(*file.kind) : QString()));
        m_counts->setItem(row, 2, item(file.encoding));
        m_counts->setItem(row, 3, number(file.rows));
        m_counts->setItem(row, 4, number(file.inserted));
        m_counts->setItem(row, 5, number(file.updated));
        m_counts->setItem(row, 6, number(file.unchanged));
        m_counts->setItem(row, 7, number(file.rejected));

        const auto addProblems = [&](const QList<ImportProblem> &problems, bool warning) {
            for (const ImportProblem &problem : problems) {
                const int at = m_problems->rowCount();
                m_problems->insertRow(at);
                QTableWidgetItem *name = item(QFileInfo(file.file).fileName());
                name->setData(kPathRole, file.file);
                name->setData(kLineRole, problem.line);
                m_problems->setItem(at, 0, name);
                m_problems->setItem(at, 1, problem.line > 0 ? number(problem.line) : item(QString()));
                m_problems->setItem(at, 2, item(problem.column));
                QTableWidgetItem *message =
                    item(warning ? tr("Warning: %1").arg(problem.message) : problem.message);
                message->setToolTip(problem.message);
                m_problems->setItem(at, 3, message);
            }
        };
        addProblems(file.errors, false);
        addProblems(file.warnings, true);
    }
    m_counts->resizeColumnsToContents();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

QDialog *ImportResultView::showRow(int problem)
{
    const QTableWidgetItem *name = m_problems->item(problem, 0);
    if (!name || name->data(kLineRole).toLongLong() <= 0)
        return nullptr;
    const QString path = name->data(kPathRole).toString();
    const qint64 line = name->data(kLineRole).toLongLong();
    const FileChoice choice = m_choiceOf ? m_choiceOf(path) : FileChoice{};
    const ImportPreview preview = ImportPreview::read(path, choice.encoding, choice.delimiter, choice.kind, 0);
    const std::optional<csv::Record> record =
        ImportPreview::recordAt(path, line, choice.encoding, preview.layout.delimiter);

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line %1 of %2").arg(line).arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *cells = table({tr("Column"), tr("Value")}, dialog);
    cells->setObjectName(u"rowCells"_s);
    if (record) {
        for (qsizetype i = 0; i < record->fields.size(); ++i) {
            cells->insertRow(int(i));
            const QString header = i < preview.layout.header.size() ? preview.layout.header.at(i)
                                                                    : tr("Column %1").arg(i + 1);
            cells->setItem(int(i), 0, item(header));
            cells->setItem(int(i), 1, item(record->fields.at(i)));
        }
    } else {
        layout->addWidget(new QLabel(tr("This line could not be read again."), dialog));
    }
    cells->resizeColumnsToContents();
    cells->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(cells);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(480, 360);
    dialog->show();
    return dialog;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importresultview.h"

#include "ui/common/cells.h"

#include "core/import/importpreview.h"
#include "core/util/masking.h"
#include "ui/import/previewmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

enum Column { FileColumn, LineColumn, FieldColumn, MessageColumn };

const QColor kErrorColor(0xb0, 0x00, 0x20);

// Sizes the rows of the messages for the width of their column, so that
// a long message wraps: the plain delegate measures it on one line.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != MessageColumn)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem wrapped(option);
        initStyleOption(&wrapped, index);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        // The style wraps within a valid rectangle only: any height will do.
        wrapped.rect = QRect(0, 0, m_view->columnWidth(MessageColumn), 1);
        const QWidget *widget = m_view;
        return widget->style()->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), widget);
    }

private:
    QTreeView *m_view;
};


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

QString fileName(const FileReport &file) { return QFileInfo(file.file).fileName(); }

// A line of the problems: a problem of a file, or a group of them.
QTreeWidgetItem *problemItem(QTreeWidgetItem *parent, const FileReport &file, qint64 line, const QString &field,
                             const QString &message)
{
    auto *row = new QTreeWidgetItem(parent);
    row->setText(FileColumn, fileName(file));
    row->setToolTip(FileColumn, file.file);
    row->setData(FileColumn, kPathRole, file.file);
    row->setData(FileColumn, kLineRole, line);
    if (line > 0) {
        row->setText(LineColumn, QLocale().toString(line));
        row->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    row->setText(FieldColumn, field);
    row->setText(MessageColumn, message);
    row->setToolTip(MessageColumn, message);
    return row;
}

// A part of the problems (errors, notices): one line across the columns.
QTreeWidgetItem *section(QTreeWidget *tree, const QString &text, QStyle::StandardPixmap icon, const QColor &color)
{
    auto *part = new QTreeWidgetItem(tree);
    part->setFirstColumnSpanned(true);
    part->setText(FileColumn, text);
    part->setIcon(FileColumn, tree->style()->standardIcon(icon));
    QFont font = part->font(FileColumn);
    font.setBold(true);
    part->setFont(FileColumn, font);
    if (color.isValid())
        part->setForeground(FileColumn, color);
    part->setFlags(Qt::ItemIsEnabled);
    part->setExpanded(true);
    return part;
}

} // namespace

ImportResultView::ImportResultView(QWidget *parent) : QWidget(parent)
{
    m_counts = table({tr("File"), tr("Kind"), tr("Rows"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Repeated"),
                      tr("Rejected")},
                     this);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(u"countsMeaning"_s);
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);

    m_problems = new QTreeWidget(this);
    m_problems->setColumnCount(4);
    m_problems->setHeaderLabels({tr("File"), tr("Line"), tr("Field"), tr("Problem")});
    // Long messages wrap rather than end in an ellipsis; the rows are laid
    // out again when the message column's width changes.
    m_problems->setWordWrap(true);
    m_problems->setItemDelegate(new WrappingDelegate(m_problems));
    connect(m_problems->header(), &QHeaderView::sectionResized, m_problems, [this](int section) {
        if (section == MessageColumn)
            m_problems->doItemsLayout();
    });
    m_problems->setToolTip(tr("Double-click a problem to see its row of the file."));
    connect(m_problems, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *problem, int) { showRow(problem); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_meaning);
    auto *label = new QLabel(tr("Problems:"), this);
    label->setBuddy(m_problems);
    layout->addWidget(label);
    layout->addWidget(m_problems, 3);
}

void ImportResultView::clear()
{
    m_result = {};
    m_counts->setRowCount(0);
    m_meaning->clear();
    m_problems->clear();
    m_errors = nullptr;
    m_notices = nullptr;
}

void ImportResultView::setResult(const ImportResult &result, bool dryRun,
                                 std::function<FileChoice(const QString &)> choiceOf)
{
    m_choiceOf = std::move(choiceOf);
    m_result = result;
    m_dryRun = dryRun;
    fill();
}

void ImportResultView::setRevealNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    fill();
}

void ImportResultView::fill()
{
    m_counts->setRowCount(0);
    m_problems->clear();
    m_errors = nullptr;
    m_notices = nullptr;

    m_counts->horizontalHeaderItem(3)->setText(m_dryRun ? tr("Would add") : tr("New"));
    m_counts->horizontalHeaderItem(4)->setText(m_dryRun ? tr("Would update") : tr("Updated"));
    QStringList keys;
    for (const FileReport &file : std::as_const(m_result.files)) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, Cells::text(fileName(file)));
        m_counts->item(row, 0)->setToolTip(file.encoding.isEmpty() ? file.file : u"%1\n%2"_s.arg(file.file, file.encoding));
        m_counts->setItem(row, 1, Cells::text(file.kind ? csv::displayName(*file.kind) : QString()));
        Cells::numbers(m_counts, row, 2,
                       {file.rows, file.inserted, file.updated, file.unchanged, file.repeated, file.rejected});
        if (file.kind) {
            const QString key = tr("%1: %2").arg(csv::displayName(*file.kind),
                                                  csv::HeaderMap::labels(*file.kind, csv::HeaderMap::keyColumns(*file.kind)));
            if (!keys.contains(key))
                keys << key;
        }
    }
    m_counts->resizeColumnsToContents();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // As tall as its rows (up to seven, one a kind), no taller: the
    // problems need the room.
    const int rows = std::clamp(m_counts->rowCount(), 1, 7);
    m_counts->setFixedHeight(m_counts->horizontalHeader()->sizeHint().height()
                             + rows * m_counts->verticalHeader()->defaultSectionSize() + 2 * m_counts->frameWidth());

    if (m_result.files.isEmpty()) {
        m_meaning->clear();
    } else {
        const QString meaning = m_dryRun
            ? tr("Would add: records the database does not hold yet. Would update: records it holds (the same "
                 "key) with other values, which the file's replace. Unchanged: records it holds with the same "
                 "values. Repeated: rows with the key of an earlier row of this import; the later row's values "
                 "are kept.")
            : tr("New: records the database did not hold. Updated: records it held (the same key) with other "
                 "values, which the file's replaced. Unchanged: records it held with the same values. Repeated: "
                 "rows with the key of an earlier row of this import; the later row's values were kept.");
        m_meaning->setText(tr("%1 %2", "one sentence after another")
                               .arg(meaning, tr("The key of a record — %1.").arg(keys.join(tr("; ")))));
    }

    const auto shown = [this](const QString &message) { return m_reveal ? message : maskIdNumbersIn(message); };
    const auto fieldOf = [](const FileReport &file, const ImportProblem &problem) {
        return problem.column.isEmpty() || !file.kind ? QString() : csv::HeaderMap::label(*file.kind, problem.column);
    };

    qsizetype errors = 0;
    for (const FileReport &file : std::as_const(m_result.files))
        errors += file.errors.size();
    if (errors > 0) {
        // Once the valid rows are imported, the errors stopped nothing:
        // they say which rows were left out.
        const QString title = m_result.committed ? tr("Errors, rows not imported: %1")
                                                 : tr("Errors that stop the import: %1");
        m_errors = section(m_problems, title.arg(QLocale().toString(errors)), QStyle::SP_MessageBoxCritical,
                           kErrorColor);
        for (const FileReport &file : std::as_const(m_result.files)) {
            for (const ImportProblem &problem : file.errors) {
                QTreeWidgetItem *row =
                    problemItem(m_errors, file, problem.line, fieldOf(file, problem), shown(problem.message));
                row->setForeground(MessageColumn, kErrorColor);
            }
        }
    }

    qsizetype notices = 0;
    for (const FileReport &file : std::as_const(m_result.files)) {
        notices += file.roster.missing.size() + file.roster.moved.size();
        for (const ImportProblem &problem : file.warnings)
            notices += problem.topic == ImportProblem::Topic::NotInFile ? 0 : 1;
    }
    if (notices > 0) {
        m_notices = section(m_problems, tr("Notices, which do not stop the import: %1").arg(QLocale().toString(notices)),
                            QStyle::SP_MessageBoxInformation, QColor());
        for (const FileReport &file : std::as_const(m_result.files)) {
            // Persons of the roster: one line, each person under it.
            const auto persons = [&](const QString &title, const QList<RosterEntry> &entries, const auto &line) {
                QTreeWidgetItem *group = problemItem(m_notices, file, 0, QString(), title);
                for (const RosterEntry &person : entries)
                    problemItem(group, file, 0, QString(),
                                line(person, m_reveal ? person.idNumber : maskIdNumber(person.idNumber)));
            };
            // Those on the roster missing from the file.
            if (!file.roster.missing.isEmpty()) {
                QString text = tr("%n person(s) on the roster but not in this file", nullptr, int(file.roster.missing.size()));
                if (file.roster.missingMarkedLeft)
                    text += tr(": marked as left");
                persons(text, file.roster.missing, [](const RosterEntry &person, const QString &idNumber) {
                    return tr("%1 (%2), %3").arg(person.name, idNumber, person.company);
                });
            }
            // Those the file takes over from another company's roster.
            if (!file.roster.moved.isEmpty()) {
                const int count = int(file.roster.moved.size());
                persons(m_dryRun ? tr("%n person(s) on another company's roster, whom the file moves to its own", nullptr, count)
                                 : tr("%n person(s) moved from another company's roster", nullptr, count),
                        file.roster.moved, [](const RosterEntry &person, const QString &idNumber) {
                            return tr("%1 (%2), from %3 to %4").arg(person.name, idNumber, person.fromCompany, person.company);
                        });
            }
            // Notices of one kind: one line when there are several.
            const auto grouped = [&](ImportProblem::Topic topic, const auto &title) {
                QList<const ImportProblem *> members;
                for (const ImportProblem &problem : file.warnings)
                    if (problem.topic == topic)
                        members << &problem;
                QTreeWidgetItem *parent = m_notices;
                if (members.size() > 1 && topic != ImportProblem::Topic::General)
                    parent = problemItem(m_notices, file, 0, fieldOf(file, *members.first()), title(int(members.size())));
                for (const ImportProblem *problem : std::as_const(members))
                    problemItem(parent, file, problem->line, fieldOf(file, *problem), shown(problem->message));
            };
            grouped(ImportProblem::Topic::RepeatedRecord, [](int n) {
                return tr("%n row(s) with the key of an earlier row of this import and other values: the later "
                          "row's values are kept", nullptr, n);
            });
            grouped(ImportProblem::Topic::NameDiffers, [](int n) {
                return tr("%n row(s) with another name than the one on record for the ID number: the name on "
                          "record is kept", nullptr, n);
            });
            // Each on its own line: a file imported before, a problem of a kind not grouped.
            grouped(ImportProblem::Topic::General, [](int) { return QString(); });
        }
    }
    // The columns as wide as their rows, not as the titles of the parts
    // that span them.
    const QFontMetrics metrics = m_problems->fontMetrics();
    for (const int column : {FileColumn, LineColumn, FieldColumn}) {
        int width = m_problems->header()->sectionSizeHint(column);
        for (QTreeWidgetItemIterator it(m_problems); *it; ++it) {
            int depth = 0;
            for (const QTreeWidgetItem *up = (*it)->parent(); up; up = up->parent())
                ++depth;
            if (depth == 0)
                continue;
            const int indent = column == FileColumn ? (depth + 1) * m_problems->indentation() : 0;
            width = std::max(width, metrics.horizontalAdvance((*it)->text(column)) + indent + metrics.height());
        }
        m_problems->setColumnWidth(column, width);
    }
}

QDialog *ImportResultView::showRow(const QTreeWidgetItem *problem)
{
    if (!problem || problem->data(FileColumn, kLineRole).toLongLong() <= 0)
        return nullptr;
    const QString path = problem->data(FileColumn, kPathRole).toString();
    const qint64 line = problem->data(FileColumn, kLineRole).toLongLong();
    const FileChoice choice = m_choiceOf ? m_choiceOf(path) : FileChoice{};
    const ImportPreview preview = ImportPreview::read(path, choice.encoding, choice.delimiter, choice.kind, 0, choice.sheet);
    const std::optional<csv::Record> record =
        ImportPreview::recordAt(path, line, choice.encoding, preview.layout.delimiter, preview.sheet);

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line %1 of %2").arg(line).arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(dialog);
    auto *cells = table({tr("Column"), tr("Field"), tr("Value")}, dialog);
    cells->setObjectName(u"rowCells"_s);
    if (record) {
        for (qsizetype i = 0; i < record->fields.size(); ++i) {
            cells->insertRow(int(i));
            const QString header = i < preview.layout.header.size() ? preview.layout.header.at(i)
                                                                    : tr("Column %1").arg(i + 1);
            const QString mapsTo = preview.map ? preview.map->mapping().value(int(i)) : QString();
            const QString value = m_reveal ? record->fields.at(i) : PreviewModel::maskedCell(mapsTo, record->fields.at(i));
            cells->setItem(int(i), 0, Cells::text(header));
            cells->setItem(int(i), 1, Cells::text(mapsTo.isEmpty() ? tr("Not imported")
                                                            : csv::HeaderMap::label(preview.map->kind(), mapsTo)));
            cells->setItem(int(i), 2, Cells::text(value));
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
    dialog->resize(520, 360);
    dialog->show();
    return dialog;
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importsourcepages.h"

#include "ui/import/importwizard.h"
#include "ui/import/previewmodel.h"
#include "ui/common/problemlabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Keeps a combo of files in step with the wizard's, the current one kept.
void fillFileCombo(QComboBox *combo, const QStringList &files)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const QString &path : files)
        combo->addItem(QFileInfo(path).fileName(), path);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

FilesPage::FilesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Files"));
    setSubTitle(tr("The CSV files and Excel workbooks the subsidiaries sent. They are imported together: all of "
                   "them or none."));
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *add = new QPushButton(tr("&Add…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(wizard, &ImportWizard::filesChanged, this, &FilesPage::fill);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    fill();
}

bool FilesPage::isComplete() const { return !m_wizard->files().isEmpty(); }

void FilesPage::fill()
{
    m_list->clear();
    for (const QString &path : m_wizard->files()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_list);
        item->setData(Qt::UserRole, path);
    }
    m_remove->setEnabled(false);
    emit completeChanged();
}

void FilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files"), QDir::homePath(),
                                                            tr("CSV files and workbooks (*.csv *.txt *.xlsx *.xls);;All files (*)"));
    m_wizard->addFiles(paths);
}

void FilesPage::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    QStringList paths;
    for (const QListWidgetItem *item : selected)
        paths << item->data(Qt::UserRole).toString();
    for (const QString &path : std::as_const(paths))
        m_wizard->removeFile(path);
}

PreviewPage::PreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Check that each file reads right. If the text is garbled or an error is shown, "
                   "choose another encoding or delimiter; of a workbook, another sheet."));
    m_file = new QComboBox(this);
    m_file->setObjectName(u"file"_s);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(u"UTF-8"_s, u"UTF-8"_s);
    m_encoding->addItem(tr("GB18030 (GBK, GB2312)"), u"GB18030"_s);
    m_encoding->addItem(u"UTF-16LE"_s, u"UTF-16LE"_s);
    m_encoding->addItem(u"UTF-16BE"_s, u"UTF-16BE"_s);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"delimiter"_s);
    m_delimiter->addItem(tr("Comma (,)"), QString(u','));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    m_delimiter->addItem(tr("Semicolon (;)"), QString(u';'));
    m_delimiter->addItem(tr("Full-width comma (，)"), QString(QChar(0xFF0C)));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(u"sheet"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Unknown: choose one"), -1);
    for (const csv::FileKind kind : csv::HeaderMap::kinds())
        m_kind->addItem(csv::displayName(kind), int(kind));

    m_model = new PreviewModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    auto *choices = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
    sheetLabel->setBuddy(m_sheet);
    m_csvOnly = {encodingLabel, m_encoding, delimiterLabel, m_delimiter};
    m_sheetOnly = {sheetLabel, m_sheet};
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addSpacing(12);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiter);
    choices->addWidget(sheetLabel);
    choices->addWidget(m_sheet);
    choices->addSpacing(12);
    choices->addWidget(kindLabel);
    choices->addWidget(m_kind);
    choices->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_file, &QComboBox::currentIndexChanged, this, &PreviewPage::showFile);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_kind, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreviewPage::choose);
    connect(wizard, &ImportWizard::filesChanged, this, &PreviewPage::fillFiles);
    connect(wizard, &ImportWizard::revealNumbersChanged, m_model, &PreviewModel::setRevealNumbers);
}

void PreviewPage::initializePage()
{
    m_model->setRevealNumbers(m_wizard->revealNumbers());
    fillFiles();
}

QString PreviewPage::currentPath() const { return m_file->currentData().toString(); }

void PreviewPage::fillFiles()
{
    fillFileCombo(m_file, m_wizard->files());
    showFile();
}

void PreviewPage::showFile()
{
    const QString path = currentPath();
    if (path.isEmpty()) {
        m_model->setPreview({}, std::nullopt);
        m_status->clear();
        emit completeChanged();
        return;
    }
    const ImportPreview &preview = m_wizard->preview(path);
    const std::optional<csv::HeaderMap> map = m_wizard->mapping(path);
    if (m_encoding->findData(preview.encoding) < 0 && !preview.encoding.isEmpty())
        m_encoding->addItem(preview.encoding, preview.encoding);
    selectData(m_encoding, preview.encoding);
    selectData(m_delimiter, QString(preview.layout.delimiter));
    selectData(m_kind, map ? int(map->kind()) : -1);
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(preview.sheets);
        m_sheet->setCurrentIndex(int(preview.sheets.indexOf(preview.sheet)));
    }
    for (QWidget *widget : std::as_const(m_csvOnly))
        widget->setVisible(!preview.isWorkbook());
    for (QWidget *widget : std::as_const(m_sheetOnly))
        widget->setVisible(preview.isWorkbook());
    m_model->setPreview(preview, map);
    m_table->resizeColumnsToContents();

    QString text;
    if (preview.error) {
        text = ProblemLabel::inRed(preview.error->message);
    } else if (!map) {
        text = tr("No column header is one Seawall knows: choose the kind of file, then map the columns.");
    } else if (preview.isWorkbook()) {
        text = tr("Sheet “%1”, header on row %2.").arg(preview.sheet).arg(preview.layout.headerLine);
        const QStringList missing = map->missingRequired();
        if (!missing.isEmpty())
            text += u' ' + tr("Missing columns: %1 — map them on the next page.")
                               .arg(csv::HeaderMap::labels(map->kind(), missing));
    } else {
        text = tr("Header on line %1. Encoding %2 (%3).")
                   .arg(preview.layout.headerLine)
                   .arg(preview.encoding, preview.encodingDetected ? tr("detected") : tr("chosen"));
        const QStringList missing = map->missingRequired();
        if (!missing.isEmpty())
            text += u' ' + tr("Missing columns: %1 — map them on the next page.")
                               .arg(csv::HeaderMap::labels(map->kind(), missing));
    }
    m_status->setText(text);
    emit completeChanged();
}

void PreviewPage::choose()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    FileChoice choice = m_wizard->choice(path);
    const QString delimiterText = m_delimiter->currentData().toString();
    const QChar delimiter = delimiterText.isEmpty() ? QChar() : delimiterText.front();
    const int kind = m_kind->currentData().toInt();
    const std::optional<csv::FileKind> chosenKind =
        kind >= 0 ? std::optional<csv::FileKind>(csv::FileKind(kind)) : std::nullopt;
    // Columns mapped for another delimiter or kind mean nothing any more.
    const std::optional<csv::HeaderMap> before = m_wizard->mapping(path);
    const ImportPreview &shown = m_wizard->preview(path);
    const QString sheet = shown.isWorkbook() ? m_sheet->currentText() : QString();
    if (delimiter != shown.layout.delimiter || sheet != shown.sheet || !before || chosenKind != before->kind())
        choice.columns.clear();
    // Another sheet is another table: its kind is detected afresh.
    if (sheet != shown.sheet)
        choice.kind.reset();
    choice.sheet = sheet;
    choice.encoding = m_encoding->currentData().toString();
    choice.delimiter = delimiter;
    if (sheet == shown.sheet)
        choice.kind = chosenKind;
    m_wizard->setChoice(path, choice);
    showFile();
}

bool PreviewPage::isComplete() const
{
    for (const QString &path : m_wizard->files()) {
        const ImportPreview &preview = m_wizard->preview(path);
        if (preview.error || !preview.map)
            return false;
    }
    return !m_wizard->files().isEmpty();
}

MappingPage::MappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Which field each column holds. Columns set to “Do not import” are left out."));
    m_file = new QComboBox(this);
    m_file->setObjectName(u"file"_s);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Imported as")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_file, &QComboBox::currentIndexChanged, this, &MappingPage::showFile);
    connect(wizard, &ImportWizard::revealNumbersChanged, this, &MappingPage::showMapping);
}

void MappingPage::initializePage()
{
    fillFileCombo(m_file, m_wizard->files());
    showFile();
}

QString MappingPage::currentPath() const { return m_file->currentData().toString(); }

QComboBox *MappingPage::columnCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
}

void MappingPage::showFile()
{
    m_table->setRowCount(0);
    const QString path = currentPath();
    const std::optional<csv::HeaderMap> map = path.isEmpty() ? std::nullopt : m_wizard->mapping(path);
    if (!map) {
        m_status->clear();
        emit completeChanged();
        return;
    }
    const ImportPreview &preview = m_wizard->preview(path);
    const QStringList canonical = csv::HeaderMap::columns(map->kind());
    const QStringList required = csv::HeaderMap::requiredColumns(map->kind());
    const int columns = preview.layout.columnCount();
    for (int column = 0; column < columns; ++column) {
        m_table->insertRow(column);
        m_table->setItem(column, 0, new QTableWidgetItem(preview.layout.header.value(column).trimmed()));
        m_table->setItem(column, 1, new QTableWidgetItem);
        auto *combo = new QComboBox(m_table);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("Do not import"), QString());
        for (const QString &name : canonical) {
            const QString label = csv::HeaderMap::label(map->kind(), name);
            combo->addItem(required.contains(name) ? tr("%1 (required)").arg(label) : label, name);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(map->mapping().value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, path, column, combo] {
            m_wizard->mapColumn(path, column, combo->currentData().toString());
            showMapping();
        });
        m_table->setCellWidget(column, 2, combo);
    }
    m_table->resizeColumnsToContents();
    // The fields as wide as their longest name (上级单位编码（必填）), the
    // first values in what is left.
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    showMapping();
}

// The combos in place (not rebuilt: this runs inside a combo's signal): a
// field chosen for one column leaves the column that held it.
void MappingPage::showMapping()
{
    const std::optional<csv::HeaderMap> map = m_wizard->mapping(currentPath());
    if (!map)
        return;
    const ImportPreview &preview = m_wizard->preview(currentPath());
    const bool reveal = m_wizard->revealNumbers();
    for (int column = 0; column < m_table->rowCount(); ++column) {
        const QString mapsTo = map->mapping().value(column);
        if (QComboBox *combo = columnCombo(column)) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(mapsTo)));
        }
        // The first value, masked as the column is now mapped.
        const QString first = preview.records.isEmpty() ? QString() : preview.records.at(0).fields.value(column);
        if (QTableWidgetItem *item = m_table->item(column, 1))
            item->setText(reveal ? first : PreviewModel::maskedCell(mapsTo, first));
    }
    const QStringList missing = map->missingRequired();
    m_status->setText(missing.isEmpty()
                          ? tr("Every required column is mapped.")
                          : ProblemLabel::inRed(tr("Required columns not mapped: %1.")
                                                    .arg(csv::HeaderMap::labels(map->kind(), missing))));
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    for (const QString &path : m_wizard->files()) {
        const std::optional<csv::HeaderMap> map = m_wizard->mapping(path);
        if (!map || !map->isComplete())
            return false;
    }
    return !m_wizard->files().isEmpty();
}

} // namespace seawall

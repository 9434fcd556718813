// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/briefing/briefingview.h"

#include "core/edit/changehub.h"
#include "ui/common/cells.h"
#include "ui/common/pdfexport.h"
#include "ui/common/workspace.h"

#include "core/briefing/briefingbuilder.h"
#include "core/briefing/briefingstore.h"
#include "core/db/database.h"
#include "core/figures/figuresengine.h"
#include "ui/print/briefingdocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

BriefingView::BriefingView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_db(workspace->database()), m_date(workspace->asOf()),
      m_reading(new ReadWhenShown(this, [this] { refresh(); }, true))
{
    connect(workspace, &Workspace::databaseChanged, this, [this] {
        m_db = m_workspace->database();
        m_editParagraph->setVisible(m_workspace->permissions().editRecords);
        refreshWhenVisible();
    });
    connect(workspace, &Workspace::asOfChanged, this, [this](const QDate &date) {
        m_date = date;
        refreshWhenVisible();
    });
    connect(workspace->changes(), &ChangeHub::changed, this, &BriefingView::refreshWhenVisible);

    m_edition = new QComboBox(this);
    m_edition->addItem(tr("Evening edition"), QVariant::fromValue(int(ReportEdition::Evening)));
    m_edition->addItem(tr("Morning edition"), QVariant::fromValue(int(ReportEdition::Morning)));
    connect(m_edition, &QComboBox::currentIndexChanged, this, &BriefingView::refreshWhenVisible);

    auto *edit = m_editParagraph = new QPushButton(tr("&Edit paragraph…"), this);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Export P&DF…"), this);
    connect(edit, &QPushButton::clicked, this, &BriefingView::editParagraph);
    connect(printButton, &QPushButton::clicked, this, &BriefingView::print);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const Briefing &b = m_document->briefing();
        const QString path = PdfExport::choosePath(
            this, tr("Export briefing"), tr("Briefing %1 %2.pdf").arg(b.date.toString(Qt::ISODate), m_edition->currentText()));
        if (!path.isEmpty())
            exportPdf(path);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Edition:"), this));
    bar->addWidget(m_edition);
    bar->addStretch(1);
    bar->addWidget(edit);
    bar->addWidget(printButton);
    bar->addWidget(pdf);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefingView::paintPreview);

    m_history = new QListWidget(this);
    connect(m_history, &QListWidget::currentRowChanged, this, &BriefingView::showChanges);
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_changes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Printed briefings"), side));
    sideLayout->addWidget(m_history, 2);
    sideLayout->addWidget(m_changes, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_preview);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 240}); // the page is what the coordinator reads

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
}

BriefingView::~BriefingView() = default;

void BriefingView::refreshWhenVisible() { m_reading->changed(); }

void BriefingView::refresh()
{
    if (!m_db || !m_db->isOpen() || !m_date.isValid())
        return;
    m_reading->fresh();
    const auto edition = ReportEdition(m_edition->currentData().toInt());
    Result<Briefing> built = BriefingBuilder(*m_db).build(m_date, edition);
    if (!built) {
        QMessageBox::warning(this, tr("Briefing"), built.error().message);
        return;
    }
    Briefing briefing = built.value();
    briefing.printedAt = QDateTime::currentDateTime();
    briefing.printedBy = m_db->userName();
    briefing.programVersion = QCoreApplication::applicationVersion();
    m_document = std::make_unique<BriefingDocument>(std::move(briefing));
    m_preview->updatePreview();
    fillHistory();
}

void BriefingView::paintPreview(QPrinter *printer)
{
    if (m_document)
        m_document->paintOn(*printer);
}

BriefingDocument BriefingView::printable() const
{
    // The preview was laid out when it was shown; the paper says when it was
    // actually printed.
    Briefing briefing = m_document->briefing();
    briefing.printedAt = QDateTime::currentDateTime();
    return BriefingDocument(std::move(briefing));
}

void BriefingView::keepAsPrinted(const BriefingDocument &printed)
{
    Briefing briefing = printed.briefing();
    if (Result<BriefingStore::Saved> saved = BriefingStore(*m_db).save(briefing); !saved)
        QMessageBox::warning(this, tr("Briefing"), saved.error().message);
    // Kept as printed (an evening edition locks its day, a line of the
    // audit log): this view and the others read again.
    ChangeSet changes;
    changes.addAll(EntityKind::Briefing);
    m_workspace->changes()->announce(changes); // refreshes this view when in sight
    if (!isVisible())
        refresh();
}

bool BriefingView::exportPdf(const QString &path)
{
    if (!m_document)
        return false;
    const BriefingDocument document = printable();
    if (const Status written = document.writePdf(path); !written) {
        QMessageBox::warning(this, tr("Export briefing"), written.error().message);
        return false;
    }
    keepAsPrinted(document);
    emit m_workspace->announced(tr("The briefing was saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BriefingView::print()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BriefingDocument document = printable();
    if (!document.paintOn(printer)) {
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be used."));
        return;
    }
    keepAsPrinted(document);
}

void BriefingView::editParagraph()
{
    if (!m_document)
        return;
    const Briefing &b = m_document->briefing();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit paragraph"));
    auto *text = new QPlainTextEdit(b.paragraph, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         &dialog);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Draft again from the figures"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog,
            [text, &b] { text->setPlainText(BriefingBuilder::draftParagraph(b)); });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The paragraph of the overview, as it will be printed:"), &dialog));
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status status = BriefingStore(*m_db).saveParagraph(b.date, b.edition, text->toPlainText()); !status) {
        QMessageBox::warning(this, tr("Edit paragraph"), status.error().message);
        return;
    }
    refresh();
}

void BriefingView::fillHistory()
{
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    m_saved = BriefingStore(*m_db).all();
    for (const BriefingStore::Saved &saved : m_saved) {
        auto *item = new QListWidgetItem(tr("No. %1 · %2 · %3")
                                             .arg(saved.issueNumber)
                                             .arg(Cells::date(saved.date),
                                                  saved.edition == ReportEdition::Morning ? tr("morning")
                                                                                          : tr("evening")));
        item->setData(Qt::UserRole, saved.id);
        m_history->addItem(item);
    }
    m_changes->clear();
}

void BriefingView::showChanges()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= int(m_saved.size())) {
        m_changes->clear();
        return;
    }
    const BriefingStore::Saved &saved = m_saved[size_t(row)];
    const Result<Figures> now = FiguresEngine(*m_db).compute(saved.figuresDate());
    if (!now)
        return;
    const auto changes = BriefingStore::changes(saved, now.value());
    if (changes.empty()) {
        m_changes->setText(tr("The figures have not changed since this briefing was printed."));
        return;
    }
    QString text = u"<b>%1</b><ul>"_s.arg(tr("Figures changed since this briefing was printed:"));
    for (const BriefingStore::Change &change : changes)
        text += u"<li>%1</li>"_s.arg(tr("%1: %2 → %3", "a figure, its value as printed, its value now")
                                         .arg(change.label, change.before, change.now)
                                         .toHtmlEscaped());
    m_changes->setText(text + u"</ul>"_s);
}

QString BriefingView::changesText() const { return m_changes->text(); }

} // namespace seawall

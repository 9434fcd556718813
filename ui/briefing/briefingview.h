// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/briefing/briefing.h"
#include "core/briefing/briefingstore.h"
#include "ui/common/readwhenshown.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace seawall {

class BriefingDocument;
class Database;
class Workspace;

// The Briefing view: the live preview of the day's briefing, its edition,
// Edit paragraph, Print…, Export PDF…, and the briefings printed before,
// with what has changed in the data since each was printed. It follows the
// workspace: the file open, the as-of date, every change announced.
class BriefingView : public QWidget
{
    Q_OBJECT

public:
    explicit BriefingView(Workspace *workspace, QWidget *parent = nullptr);
    ~BriefingView() override;

    void refresh();

    const BriefingDocument *document() const { return m_document.get(); }
    QString changesText() const;

    // Writes the briefing to a PDF and keeps it as printed.
    bool exportPdf(const QString &path);
    void editParagraph();
    void print();
    QPushButton *editButton() const { return m_editParagraph; }

private:
    // Building and painting a briefing takes a moment: only a visible view
    // does it, a hidden one notes that it is out of date.
    void refreshWhenVisible();
    void paintPreview(QPrinter *printer);
    BriefingDocument printable() const;
    void keepAsPrinted(const BriefingDocument &printed);
    void showChanges();
    void fillHistory();

    Workspace *m_workspace;
    Database *m_db = nullptr;
    QDate m_date;
    std::unique_ptr<BriefingDocument> m_document;
    QComboBox *m_edition = nullptr;
    QPushButton *m_editParagraph = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter; // the preview's: it does not own it
    QListWidget *m_history = nullptr;
    QLabel *m_changes = nullptr;
    std::vector<BriefingStore::Saved> m_saved; // the rows of m_history
    ReadWhenShown *m_reading;
};

} // namespace seawall

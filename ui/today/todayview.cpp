// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/todayview.h"
#include "ui/common/problemlabel.h"

#include "ui/common/cells.h"
#include "ui/common/pdfexport.h"

#include "core/edit/changehub.h"
#include "core/edit/edits.h"

#include "core/db/companyrepository.h"
#include "core/paths.h"
#include "core/db/repository.h"
#include "core/model/person.h"
#include "core/figures/figuresengine.h"
#include "core/readiness/readinessdetails.h"
#include "ui/today/figuresview.h"
#include "ui/common/workspace.h"
#include "ui/today/calllistdocument.h"
#include "ui/today/readinesswarnings.h"
#include "ui/today/followupview.h"
#include "ui/today/reportgridmodel.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QScrollArea>
#include <QSettings>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// A read-only list whose `stretch` column takes the width the others leave,
// never shorter than `rows` whole rows under its header.
QTableWidget *makeList(const QStringList &headers, int stretch, int rows, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setWordWrap(false);
    // Rows as tall as a line needs, so that more of them show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    return table;
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

// Fills a titled list of the Today page: its title with the count of
// `entries` (a %1 in `title`), then a row for each entry by `fill`.
template <typename Entry, typename Fill>
void fillList(QGroupBox *box, const QString &title, QTableWidget *table, const std::vector<Entry> &entries, Fill fill)
{
    box->setTitle(title.arg(QLocale().toString(qint64(entries.size()))));
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row)
        fill(row, entries[size_t(row)]);
}

} // namespace

TodayView::TodayView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editor(workspace, this),
      m_reading(new ReadWhenShown(this, [this] { refresh(); }, false))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error = new ProblemLabel(this);

    // A new database shows nothing until files are imported: say so, and
    // offer the import.
    auto *hint = new QFrame(this);
    hint->setObjectName(u"emptyHint"_s);
    hint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint = hint;
    auto *hintIcon = new QLabel(m_emptyHint);
    hintIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32, 32));
    // Its text and button for the role: set by refresh().
    m_hintText = new QLabel(m_emptyHint);
    m_hintText->setObjectName(u"hintText"_s);
    m_hintText->setWordWrap(true);
    m_importButton = new QPushButton(tr("&Import files…"), m_emptyHint);
    m_importButton->setObjectName(u"importButton"_s);
    connect(m_importButton, &QPushButton::clicked, this, &TodayView::importRequested);
    auto *hintLayout = new QHBoxLayout(m_emptyHint);
    hintLayout->addWidget(hintIcon, 0, Qt::AlignTop);
    hintLayout->addWidget(m_hintText, 1);
    hintLayout->addWidget(m_importButton, 0, Qt::AlignVCenter);
    m_emptyHint->hide();

    m_figures = new FiguresView(this);
    m_figures->setCompanyTableVisible(false); // the briefing view has the per-company table

    m_gridModel = new ReportGridModel(this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(u"reportGrid"_s);
    m_grid->setModel(m_gridModel);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false); // Tab leaves the grid; arrows move in it
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As wide and tall as its days and units, never scrolled: the page
    // scrolls instead on a screen too small for it.
    m_grid->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_grid->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->horizontalHeader()->setMinimumSectionSize(34);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_grid->setWhatsThis(tr("Arrow keys move between cells; Enter records or opens the report of the cell; "
                            "0 records a zero report for a missing cell."));
    connect(m_grid, &QTableView::activated, this, &TodayView::openCell);
    connect(m_grid, &QTableView::customContextMenuRequested, this, &TodayView::showCellMenu);

    m_zeroAction = new QAction(tr("&Zero report"), this);
    m_zeroAction->setObjectName(u"zeroReportAction"_s);
    m_zeroAction->setShortcut(Qt::Key_0);
    m_zeroAction->setShortcutContext(Qt::WidgetShortcut);
    m_zeroAction->setToolTip(tr("Record a zero report (无) for this unit and day"));
    m_recordAction = new QAction(tr("&Record report…"), this);
    m_recordAction->setObjectName(u"recordReportAction"_s);
    m_grid->addAction(m_zeroAction);
    m_grid->addAction(m_recordAction);
    connect(m_zeroAction, &QAction::triggered, this, &TodayView::zeroReportAtCurrent);
    connect(m_recordAction, &QAction::triggered, this, &TodayView::recordAtCurrent);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayView::updateActions);
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this, &TodayView::updateActions);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    fillLegend({});

    auto *gridBox = new QGroupBox(tr("Daily reports, last %1 days").arg(kDays), this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->addWidget(m_grid);
    gridLayout->addWidget(m_legend);

    m_callList = makeList({tr("Unit"), tr("Contact person"), tr("Phone"), tr("Days without report")}, 0, 3, this);
    m_callList->setObjectName(u"callList"_s);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *pdfButton = new QPushButton(tr("Export P&DF…"), this);
    connect(printButton, &QPushButton::clicked, this, &TodayView::printCallList);
    connect(pdfButton, &QPushButton::clicked, this, &TodayView::exportCallList);
    m_callBox = new QGroupBox(this);
    auto *callLayout = new QVBoxLayout(m_callBox);
    callLayout->addWidget(m_callList, 1);
    auto *callButtons = new QHBoxLayout;
    callButtons->addStretch(1);
    callButtons->addWidget(printButton);
    callButtons->addWidget(pdfButton);
    callLayout->addLayout(callButtons);

    m_overdue = makeList({tr("Unit"), tr("Inspection"), tr("Finding"), tr("Deadline"), tr("Days overdue")}, 2, 4, this);
    m_overdue->setObjectName(u"overdueFindings"_s);
    m_overdue->installEventFilter(this); // its columns follow its width
    m_overdueBox = new QGroupBox(this);
    auto *overdueLayout = new QVBoxLayout(m_overdueBox);
    overdueLayout->addWidget(m_overdue);

    // On the left the figures over the grid, as wide as the grid needs
    // (fourteen days and today's editions, no scrolling); beside them the
    // two lists to act on share the height. At 1280×720 all of it shows at
    // once, the lists in whole rows; a wider window widens the lists.
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setObjectName(u"todaySplitter"_s);
    lists->addWidget(m_callBox);
    lists->addWidget(m_overdueBox);
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 3);
    lists->setChildrenCollapsible(false);
    lists->setMinimumWidth(320);

    auto *body = new QGridLayout;
    body->addWidget(m_figures, 0, 0);
    body->addWidget(gridBox, 1, 0);
    body->addWidget(lists, 0, 1, 3, 1);
    body->setColumnStretch(1, 1);
    body->setRowStretch(2, 1); // a taller window lengthens the lists, not the grid's blank

    // On a small screen the page scrolls rather than squeezing the grid.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_error);
    layout->addWidget(m_emptyHint);
    layout->addLayout(body, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // People on the move have a page of their own beside the reports: the
    // day's follow-up of those under observation, typed into at length; so
    // has readiness, whose warnings would not fit beside the grid at
    // 1280×720. Their tabs count what needs doing.
    m_followUp = new FollowUpView(workspace, this);
    m_readiness = new ReadinessWarnings(workspace, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"todayTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Reports and figures"));
    m_tabs->addTab(m_followUp, tr("Hea&lth follow-up"));
    m_tabs->addTab(m_readiness, m_readiness->tabText());
    // The day both pages are of, beside their tabs: the page keeps its height.
    m_title->setContentsMargins(0, 0, 8, 0);
    m_tabs->setCornerWidget(m_title, Qt::TopRightCorner);
    // The page last used opens again: on a day of many readings, the follow-up.
    m_tabs->setCurrentIndex(QSettings(Paths::settingsFile(), QSettings::IniFormat).value(u"today/page"_s, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) {
        QSettings(Paths::settingsFile(), QSettings::IniFormat).setValue(u"today/page"_s, index);
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    connect(workspace, &Workspace::databaseChanged, this, &TodayView::refreshSoon);
    connect(workspace, &Workspace::asOfChanged, this, &TodayView::refreshSoon);
    connect(workspace, &Workspace::scopeChanged, this, &TodayView::refreshSoon);
    // Every kind of record feeds some figure, so any change is read again.
    connect(workspace->changes(), &ChangeHub::changed, this, &TodayView::refreshSoon);
    refresh();
}

// A hidden page reads again when it is shown, not on every import row.
void TodayView::refreshSoon() { m_reading->changed(); }

void TodayView::showError(const QString &message)
{
    m_error->say(message);
}

void TodayView::refresh()
{
    m_reading->fresh();
    m_date = m_workspace->asOf();
    m_title->setText(tr("As of the end of %1").arg(Cells::date(m_date)));
    showError({});
    Database *db = m_workspace->database();
    m_emptyHint->setVisible(db && Repository<Person>(*db).count() == 0);
    // A viewer may not import: told who does, offered no button.
    const bool mayImport = m_workspace->permissions().importFiles;
    m_importButton->setVisible(mayImport);
    m_hintText->setText(mayImport ? tr("<b>This database holds no personnel yet.</b><br>The figures, the daily "
                                       "reports and the lists fill in once the files the subsidiaries send are "
                                       "imported: the companies first, then their rosters, tests, vaccinations "
                                       "and reports. Files can also be dropped on this window.")
                                  : tr("<b>This database holds no personnel yet.</b><br>The figures, the daily "
                                       "reports and the lists fill in once a coordinator has imported the files "
                                       "the subsidiaries send."));
    if (!db) {
        fillLegend({});
        m_gridModel->setGrid({});
        m_entries.clear();
        fillCallList();
        fillOverdue({});
        m_readiness->setDetails({});
        m_tabs->setTabText(m_tabs->indexOf(m_readiness), m_readiness->tabText());
        return;
    }

    // The figures follow the company tree, as the grid and the lists do.
    const FiguresEngine engine(*db, m_workspace->companyIds());
    const std::optional<Company> company = CompanyRepository(*db).find(m_workspace->companyId());
    m_figures->setScopeTitle(company ? tr("%1 and its units").arg(company->name) : tr("Group-wide"));
    const Result<Figures> today = engine.compute(m_date);
    const Result<Figures> before = engine.compute(m_date.addDays(-1));
    if (today && before) {
        m_figures->setFigures(today.value(), before.value());
        const MovementFigures &m = today.value().movement;
        m_tabs->setTabText(1, m.checksMissed + m.checksAbnormal > 0
                                  ? tr("Hea&lth follow-up (%1 missing, %2 abnormal)")
                                        .arg(QLocale().toString(m.checksMissed), QLocale().toString(m.checksAbnormal))
                                  : tr("Hea&lth follow-up"));
    }
    else
        showError(today ? before.error().message : today.error().message);

    const ReportStatus status(*db, m_workspace->companyIds());
    Result<ReportGrid> grid = status.grid(m_date, kDays);
    const Result<std::vector<CallListEntry>> calls = status.callList(m_date);
    const Result<std::vector<OpenFinding>> overdue
        = OpenFindings::load(*db, m_date, OpenFindings::Which::Overdue, m_workspace->companyIds());
    if (!grid || !calls || !overdue) {
        showError(!grid ? grid.error().message : !calls ? calls.error().message : overdue.error().message);
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    fillLegend(grid.value());
    m_gridModel->setGrid(std::move(grid.value()));
    // Every unit in sight at once: the grid is as tall as its rows.
    m_grid->setMinimumHeight(m_grid->horizontalHeader()->sizeHint().height()
                             + m_grid->verticalHeader()->length() + 2 * m_grid->frameWidth());
    if (!m_grid->currentIndex().isValid() && m_gridModel->rowCount() > 0) {
        // Start on the as-of day's evening edition, where today's work is.
        const int row = current.isValid() ? qMin(current.row(), m_gridModel->rowCount() - 1) : 0;
        const int column = current.isValid() ? qMin(current.column(), m_gridModel->columnCount() - 1)
                                             : m_gridModel->columnCount() - 1;
        m_grid->setCurrentIndex(m_gridModel->index(row, column));
    }
    m_grid->scrollTo(m_grid->currentIndex());
    m_entries = calls.value();
    fillCallList();
    fillOverdue(overdue.value());
    Result<ReadinessDetails> readiness = ReadinessDetails::load(*db, m_date, m_workspace->companyIds());
    if (readiness) {
        m_readiness->setDetails(std::move(readiness.value()), today ? today.value().readiness : ReadinessFigures{});
        m_tabs->setTabText(m_tabs->indexOf(m_readiness), m_readiness->tabText());
    }
    else
        showError(readiness.error().message);
    updateActions();
}

void TodayView::fillLegend(const ReportGrid &grid)
{
    // The legend repeats the symbols so that the grid reads in print too.
    QList<ReportState> states { ReportState::ZeroReport, ReportState::Reported, ReportState::Missing };
    if (grid.morningColumn)
        states << ReportState::NotExpected;
    // Units whose day is reported by their morning report alone so far.
    const bool byMorning = std::any_of(grid.rows.begin(), grid.rows.end(), [](const ReportGridRow &row) {
        return row.evening.state == ReportState::Missing && !row.days.empty()
            && row.days.back().state != ReportState::Missing;
    });
    QStringList legend;
    for (ReportState s : states)
        legend << u"<span style=\"background:%1\">&nbsp;%2&nbsp;</span> %3"_s.arg(
            ReportGridModel::colour(s).name(), ReportGridModel::symbol(s).toHtmlEscaped(),
            ReportGridModel::stateName(s).toHtmlEscaped());
    // The keys on the same line when it has room: the grid needs the height.
    QString text = legend.join(u"&nbsp;&nbsp;&nbsp;"_s) + u"&nbsp;&nbsp;&nbsp; "_s
        + tr("Enter: record or open the report · 0: zero report").toHtmlEscaped();
    if (byMorning)
        text += u"<br>"_s
            + tr("A unit has reported for the day with either edition; in italics, the morning report of a "
                 "unit whose evening report has not come yet.")
                  .toHtmlEscaped();
    m_legend->setText(text);
}

void TodayView::fillCallList()
{
    fillList(m_callBox, tr("To call: units without a report (%1)"), m_callList, m_entries,
             [this](int row, const CallListEntry &e) {
                 m_callList->setItem(row, 0, item(e.name));
                 m_callList->setItem(row, 1, item(e.contactPerson));
                 m_callList->setItem(row, 2, item(e.contactPhone));
                 m_callList->setItem(row, 3, item(e.daysMissed ? QLocale().toString(*e.daysMissed) : tr("never reported"),
                                                  e.daysMissed.has_value()));
             });
}

void TodayView::fillOverdue(const std::vector<OpenFinding> &findings)
{
    fillList(m_overdueBox, tr("Overdue findings (%1)"), m_overdue, findings, [this](int row, const OpenFinding &f) {
        m_overdue->setItem(row, 0, item(f.companyName));
        m_overdue->setItem(row, 1, item(f.inspectionCode));
        auto *description = item(f.description);
        // What a narrow list leaves out (the inspection, the deadline) is in the tooltip.
        description->setToolTip(tr("%1\nInspection %2, deadline %3")
                                    .arg(f.description, f.inspectionCode, Cells::date(f.deadline)));
        m_overdue->setItem(row, 2, description);
        m_overdue->setItem(row, 3, item(Cells::date(f.deadline)));
        m_overdue->setItem(row, 4, item(QLocale().toString(f.daysOverdue), true));
    });
    fitOverdueColumns();
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_overdue && event->type() == QEvent::Resize)
        fitOverdueColumns();
    return QWidget::eventFilter(watched, event);
}

void TodayView::fitOverdueColumns()
{
    // The finding needs room to be read; where the list is too narrow for
    // it and every column (beside the grid at 1280 wide), the inspection
    // and the deadline give way: the days overdue say as much.
    const QHeaderView *header = m_overdue->horizontalHeader();
    const QAbstractItemView *view = m_overdue; // sizeHintForColumn is public here
    int wanted = 10 * m_overdue->fontMetrics().horizontalAdvance(QChar(0x56FD)) // ten characters of a finding
        + m_overdue->verticalScrollBar()->sizeHint().width();
    for (int column : {0, 1, 3, 4})
        wanted += std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    const bool roomy = m_overdue->viewport()->width() >= wanted;
    m_overdue->setColumnHidden(1, !roomy);
    m_overdue->setColumnHidden(3, !roomy);
}

void TodayView::updateActions()
{
    const QModelIndex index = m_grid->currentIndex();
    const bool stored = index.data(ReportGridModel::ReportIdRole).toLongLong() != 0;
    const bool expected = index.data(ReportGridModel::StateRole).toInt() != int(ReportState::NotExpected);
    // A cell without a report of its edition records one, unless none is
    // expected there (a morning cell of a unit that sends no morning report).
    const bool recordable = index.isValid() && !stored && expected;
    m_zeroAction->setEnabled(recordable && m_workspace->database());
    m_recordAction->setEnabled((stored || recordable) && m_workspace->database());
    m_recordAction->setText(stored ? tr("&Open report…") : tr("&Record report…"));
}

void TodayView::openCell(const QModelIndex &index)
{
    if (!index.isValid() || !m_workspace->database())
        return;
    const qint64 reportId = index.data(ReportGridModel::ReportIdRole).toLongLong();
    if (reportId != 0) {
        m_editor.edit(EntityKind::DailyReport, reportId);
        return;
    }
    if (index.data(ReportGridModel::StateRole).toInt() == int(ReportState::NotExpected))
        return;
    // The unit's report of the day and edition, or the one stored meanwhile
    // (an import, a colleague).
    EntityDefaults defaults;
    defaults.companyId = index.data(ReportGridModel::CompanyIdRole).toLongLong();
    defaults.date = index.data(ReportGridModel::DateRole).toDate();
    defaults.values.insert(u"edition"_s, toCode(ReportEdition(index.data(ReportGridModel::EditionRole).toInt())));
    m_editor.add(EntityKind::DailyReport, defaults);
}

void TodayView::recordAtCurrent() { openCell(m_grid->currentIndex()); }

void TodayView::zeroReportAtCurrent()
{
    const QModelIndex index = m_grid->currentIndex();
    if (!index.isValid() || index.data(ReportGridModel::ReportIdRole).toLongLong() != 0
        || index.data(ReportGridModel::StateRole).toInt() == int(ReportState::NotExpected))
        return;
    Database *db = m_workspace->database();
    if (!db)
        return;
    const Status saved = m_workspace->apply(Edits::recordZeroReport(
        *db, index.data(ReportGridModel::CompanyIdRole).toLongLong(), index.data(ReportGridModel::DateRole).toDate(),
        ReportEdition(index.data(ReportGridModel::EditionRole).toInt())));
    if (!saved)
        QMessageBox::warning(this, tr("Zero report"), saved.error().message);
}

void TodayView::showCellMenu(const QPoint &pos)
{
    const QModelIndex index = m_grid->indexAt(pos);
    if (!index.isValid())
        return;
    m_grid->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_zeroAction);
    menu.addAction(m_recordAction);
    menu.exec(m_grid->viewport()->mapToGlobal(pos));
}

void TodayView::printCallList()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Daily report call list"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CallListDocument(m_date, m_entries, QDateTime::currentDateTime()).print(&printer);
}

bool TodayView::exportCallListPdf(const QString &path)
{
    return PdfExport::tell(m_workspace, this, CallListDocument(m_date, m_entries, QDateTime::currentDateTime()).writePdf(path),
                           tr("Export call list"), tr("The call list was saved as %1."), path);
}

void TodayView::exportCallList()
{
    const QString path
        = PdfExport::choosePath(this, tr("Export call list"), tr("Call list %1.pdf").arg(m_date.toString(Qt::ISODate)));
    if (!path.isEmpty())
        exportCallListPdf(path);
}

} // namespace seawall

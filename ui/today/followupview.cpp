// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/followupview.h"
#include "ui/common/problemlabel.h"

#include "core/csv/values.h"
#include "core/db/repository.h"
#include "core/edit/changehub.h"
#include "core/edit/edits.h"
#include "core/model/healthcheck.h"
#include "core/util/masking.h"
#include "ui/common/cells.h"
#include "ui/common/pdfexport.h"
#include "ui/common/workspace.h"
#include "ui/today/followupdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

QTableWidgetItem *readOnly(const QString &text)
{
    QTableWidgetItem *cell = Cells::text(text);
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    return cell;
}

} // namespace

FollowUpView::FollowUpView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_reading(new ReadWhenShown(this, [this] { refresh(); }, false))
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(u"followUpProblem"_s);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"followUpList"_s);
    m_table->setHorizontalHeaderLabels({tr("Unit"), tr("Name"), tr("Phone"), tr("From"), tr("Measure"), tr("Day"),
                                        tr("Check"), tr("Temperature"), tr("Symptoms")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Symptoms, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    // Typing on a person starts their temperature: a reading phoned in is
    // typed, Enter, and the next person is ready.
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::DoubleClicked);
    m_table->setWhatsThis(tr("Type a temperature on a person and press Enter to record the day's health check; "
                             "the next person is selected. Symptoms are typed in their own column."));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        // Whatever cell of a person is chosen, typing goes to the temperature.
        if (row >= 0 && column != Temperature && column != Symptoms)
            m_table->setCurrentCell(row, Temperature);
    });
    connect(m_table, &QTableWidget::cellChanged, this, &FollowUpView::cellEdited);

    m_overdue = new QTableWidget(0, 6, this);
    m_overdue->setObjectName(u"overdueReturns"_s);
    m_overdue->setHorizontalHeaderLabels({tr("Unit"), tr("Name"), tr("Phone"), tr("Destination"),
                                          tr("Planned return"), tr("Days overdue")});
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->verticalHeader()->hide();
    m_overdue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_overdue->setMaximumHeight(m_overdue->horizontalHeader()->sizeHint().height()
                                + 4 * (m_overdue->fontMetrics().lineSpacing() + 8));

    auto *printButton = new QPushButton(tr("P&rint list…"), this);
    auto *pdfButton = new QPushButton(tr("Export &list PDF…"), this);
    connect(printButton, &QPushButton::clicked, this, &FollowUpView::print);
    connect(pdfButton, &QPushButton::clicked, this, &FollowUpView::exportList);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 3);
    m_overdueTitle = new QLabel(tr("Away past the planned return"), this);
    layout->addWidget(m_overdueTitle);
    layout->addWidget(m_overdue, 1);

    connect(workspace, &Workspace::databaseChanged, this, &FollowUpView::refreshSoon);
    connect(workspace, &Workspace::asOfChanged, this, &FollowUpView::refreshSoon);
    connect(workspace, &Workspace::scopeChanged, this, &FollowUpView::refreshSoon);
    connect(workspace, &Workspace::revealNumbersChanged, this, &FollowUpView::refreshSoon);
    connect(workspace->changes(), &ChangeHub::changed, this, &FollowUpView::refreshSoon);
    refresh();
}

QString FollowUpView::problem() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void FollowUpView::refreshSoon() { m_reading->changed(); }

void FollowUpView::showProblem(const QString &message)
{
    m_problem->say(message);
}

void FollowUpView::refresh()
{
    m_reading->fresh();
    m_date = m_workspace->asOf();
    m_entries.clear();
    m_overdueReturns.clear();
    if (Database *db = m_workspace->database()) {
        const FollowUpList list(*db, m_workspace->companyIds());
        auto observed = list.observed(m_date);
        auto overdue = list.overdueReturns(m_date);
        if (observed && overdue) {
            m_entries = std::move(observed.value());
            m_overdueReturns = std::move(overdue.value());
        } else {
            showProblem(observed ? overdue.error().message : observed.error().message);
        }
    }
    fill();
}

void FollowUpView::fill()
{
    const qint64 focus = m_focusPerson ? m_focusPerson
                         : m_table->currentRow() >= 0 && m_table->currentRow() < int(m_entries.size())
                             ? m_table->item(m_table->currentRow(), Unit)->data(Qt::UserRole).toLongLong()
                             : 0;
    m_focusPerson = 0;
    const QLocale locale;
    const bool reveal = m_workspace->revealNumbers();
    const QColor red = ProblemLabel::colour();
    m_filling = true;
    m_table->setRowCount(int(m_entries.size()));
    int missed = 0;
    int abnormal = 0;
    int focusRow = -1;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const FollowUpEntry &e = m_entries[size_t(row)];
        missed += e.checked() ? 0 : 1;
        abnormal += e.abnormal ? 1 : 0;
        if (e.personId == focus)
            focusRow = row;
        QString day = tr("%1 of %2").arg(e.day).arg(e.days);
        if (e.lastDay())
            day += u' ' + tr("(last day)");
        const QString check = e.abnormal ? tr("abnormal") : e.checked() ? u"✓"_s : tr("missing");
        const QStringList texts{e.companyName, e.name, reveal ? e.phone : maskPhone(e.phone), e.fromPlace,
                                displayName(e.measure), day, check};
        for (int column = 0; column < texts.size(); ++column) {
            QTableWidgetItem *cell = readOnly(texts[column]);
            if (e.abnormal || (column == Check && !e.checked()))
                cell->setForeground(red);
            if (column == Day && e.lastDay())
                cell->setToolTip(tr("Observation ends tomorrow, %1.").arg(Cells::date(e.endsOn)));
            m_table->setItem(row, column, cell);
        }
        m_table->item(row, Unit)->setData(Qt::UserRole, e.personId);
        auto *temperature = new QTableWidgetItem(e.temperature ? locale.toString(*e.temperature, 'f', 1) : QString());
        temperature->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *symptoms = new QTableWidgetItem(e.symptoms);
        for (QTableWidgetItem *cell : {temperature, symptoms})
            if (e.abnormal)
                cell->setForeground(red);
        m_table->setItem(row, Temperature, temperature);
        m_table->setItem(row, Symptoms, symptoms);
    }
    m_filling = false;
    if (focusRow >= 0)
        m_table->setCurrentCell(focusRow, Temperature);
    else if (!m_entries.empty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, Temperature);

    m_overdue->setRowCount(int(m_overdueReturns.size()));
    for (int row = 0; row < int(m_overdueReturns.size()); ++row) {
        const OverdueReturn &r = m_overdueReturns[size_t(row)];
        const QStringList texts{r.companyName, r.name, reveal ? r.phone : maskPhone(r.phone), r.destination,
                                Cells::date(r.plannedReturnOn)};
        for (int column = 0; column < texts.size(); ++column)
            m_overdue->setItem(row, column, Cells::text(texts[column]));
        m_overdue->setItem(row, 5, Cells::number(r.daysOverdue));
    }
    m_overdue->setVisible(!m_overdueReturns.empty());
    m_overdueTitle->setVisible(!m_overdueReturns.empty());
    m_summary->setText(tr("Under observation: %1 · checks missing: %2 · abnormal: %3 · returns overdue: %4")
                           .arg(locale.toString(qint64(m_entries.size())), locale.toString(missed),
                                locale.toString(abnormal), locale.toString(qint64(m_overdueReturns.size()))));
}

void FollowUpView::cellEdited(int row, int column)
{
    if (m_filling || (column != Temperature && column != Symptoms) || row < 0 || row >= int(m_entries.size()))
        return;
    const qint64 personId = m_entries[size_t(row)].personId;
    // Saved once the editor has closed: the save reads the list again.
    QMetaObject::invokeMethod(this, [this, personId] { save(personId); }, Qt::QueuedConnection);
}

void FollowUpView::save(qint64 personId)
{
    Database *db = m_workspace->database();
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [personId](const FollowUpEntry &e) { return e.personId == personId; });
    if (!db || it == m_entries.end())
        return;
    const int row = int(it - m_entries.begin());
    const QString typed = m_table->item(row, Temperature)->text().trimmed();
    const QString symptoms = m_table->item(row, Symptoms)->text().trimmed();
    HealthCheck check;
    if (it->checkId != 0) {
        const std::optional<HealthCheck> stored = Repository<HealthCheck>(*db).find(it->checkId);
        if (stored)
            check = *stored;
    } else if (typed.isEmpty() && symptoms.isEmpty()) {
        return; // nothing typed, nothing recorded
    }
    check.personId = it->personId;
    if (check.companyId == 0)
        check.companyId = it->companyId;
    check.checkedOn = m_date;
    check.symptoms = symptoms;
    check.temperature = std::nullopt;
    if (!typed.isEmpty()) {
        // As typed or as files write it: 36.5, 36,5 in a comma locale, 36.5℃.
        bool ok = false;
        const double local = QLocale().toDouble(typed, &ok);
        const std::optional<double> parsed = ok ? std::optional<double>(local) : csv::Values::parseTemperature(typed);
        if (!parsed) {
            showProblem(tr("%1, %2: \"%3\" is not a temperature. Type it like 36.5.").arg(it->name, tr("Temperature"), typed));
            m_table->setCurrentCell(row, Temperature);
            return;
        }
        check.temperature = parsed;
    }
    // The next person in the list, for the next reading.
    const size_t next = size_t(row) + 1;
    const qint64 following = next < m_entries.size() ? m_entries[next].personId : it->personId;
    const QString name = tr("Health check of %1").arg(it->name);
    Result<EditStepPtr> edit = Edits::save(*db, check, std::nullopt, name);
    if (!edit) {
        showProblem(it->name + u": "_s + edit.error().message);
        m_table->setCurrentCell(row, Temperature);
        return;
    }
    showProblem({});
    m_focusPerson = following;
    if (Status status = m_workspace->apply(std::move(edit)); !status)
        showProblem(status.error().message);
    // Read again (the hub said so when visible; not when hidden in a test).
    if (m_focusPerson != 0)
        refresh();
}

void FollowUpView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape); // its many columns
    printer.setDocName(tr("Health follow-up list"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FollowUpDocument(m_date, m_entries, m_overdueReturns, QDateTime::currentDateTime()).print(&printer);
}

bool FollowUpView::exportPdf(const QString &path)
{
    return PdfExport::tell(m_workspace, this,
                           FollowUpDocument(m_date, m_entries, m_overdueReturns, QDateTime::currentDateTime()).writePdf(path),
                           tr("Export follow-up list"), tr("The follow-up list was saved as %1."), path);
}

void FollowUpView::exportList()
{
    const QString path = PdfExport::choosePath(this, tr("Export follow-up list"),
                                               tr("Follow-up list %1.pdf").arg(m_date.toString(Qt::ISODate)));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duty/dutyweekview.h"
#include "ui/common/problemlabel.h"

#include "core/edit/changehub.h"
#include "core/edit/edits.h"
#include "core/validation/validator.h"
#include "ui/common/workspace.h"
#include "ui/duty/dutyrosterdocument.h"
#include "ui/duty/dutyweekmodel.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

DutyWeekView::DutyWeekView(Workspace *workspace, QWidget *records, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_editor(workspace, this)
{
    m_model = new DutyWeekModel(this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(u"dutyGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Typing into a gap fills it; Enter and a double click open the form.
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->installEventFilter(this);
    connect(m_grid, &QTableView::doubleClicked, this, &DutyWeekView::openCell);
    connect(m_model, &DutyWeekModel::fillRequested, this, [this](const QModelIndex &index, const QString &text) {
        // After the editor has closed: the fill reads the week again.
        QMetaObject::invokeMethod(this, [this, row = index.row(), column = index.column(), text] {
            if (const Status status = fill(m_model->index(row, column), text); !status)
                QMessageBox::warning(this, tr("Duty"), status.error().message);
        }, Qt::QueuedConnection);
    });

    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    auto *current = new QPushButton(tr("Week of the as-of date"), this);
    auto *printButton = new QPushButton(tr("Print duty roster…"), this);
    auto *pdfButton = new QPushButton(tr("Export duty roster to PDF…"), this);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_start.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_start.addDays(7)); });
    connect(current, &QPushButton::clicked, this, [this] { showWeek(m_workspace->asOf()); });
    connect(printButton, &QPushButton::clicked, this, &DutyWeekView::print);
    connect(pdfButton, &QPushButton::clicked, this, &DutyWeekView::exportRoster);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_error = new ProblemLabel(this);
    auto *hint = new QLabel(tr("Red days lack duty. Type the name on duty (then the phone and the leader) into one "
                               "and press Enter to fill the missing shift; Enter on a day opens its form."),
                            this);
    hint->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_title, 1, Qt::AlignCenter);
    bar->addWidget(next);
    bar->addWidget(current);
    bar->addWidget(printButton);
    bar->addWidget(pdfButton);

    auto *week = new QWidget(this);
    auto *weekLayout = new QVBoxLayout(week);
    weekLayout->addLayout(bar);
    weekLayout->addWidget(hint);
    weekLayout->addWidget(m_error);
    weekLayout->addWidget(m_grid, 1);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(week, tr("Week"));
    if (records)
        tabs->addTab(records, tr("All duty records"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    connect(workspace, &Workspace::databaseChanged, this, &DutyWeekView::refresh);
    connect(workspace, &Workspace::asOfChanged, this, [this](const QDate &day) { showWeek(day); });
    connect(workspace, &Workspace::scopeChanged, this, &DutyWeekView::refresh);
    connect(workspace, &Workspace::revealNumbersChanged, m_model, &DutyWeekModel::setRevealNumbers);
    connect(workspace->changes(), &ChangeHub::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesAny({EntityKind::Duty, EntityKind::Company}))
            refresh();
    });
    m_model->setRevealNumbers(workspace->revealNumbers());
    showWeek(workspace->asOf());
}

void DutyWeekView::showWeek(const QDate &anyDay)
{
    m_start = DutyWeek::weekOf(anyDay.isValid() ? anyDay : QDate::currentDate());
    refresh();
}

void DutyWeekView::refresh()
{
    const QLocale locale;
    m_title->setText(tr("%1 – %2").arg(locale.toString(m_start, QLocale::ShortFormat),
                                       locale.toString(m_start.addDays(DutyWeek::kDays - 1), QLocale::ShortFormat)));
    m_model->setToday(m_workspace->asOf());
    Database *db = m_workspace->database();
    if (!db) {
        m_model->setWeek({});
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    Result<DutyWeek> week = DutyWeek::load(*db, m_start, m_workspace->companyIds());
    m_error->say(week ? QString() : week.error().message);
    if (!week)
        return;
    m_model->setWeek(std::move(week.value()));
    if (current.isValid())
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
}

Status DutyWeekView::fill(const QModelIndex &index, const QString &text)
{
    Database *db = m_workspace->database();
    const QList<DutyShift> missing = index.isValid() ? DutyWeek::missing(m_model->shifts(index)) : QList<DutyShift>{};
    if (!db || missing.isEmpty())
        return {};
    Duty duty;
    duty.companyId = m_model->companyId(index);
    duty.date = m_model->date(index);
    duty.shift = missing.front();
    // 张三 13800000000 李强: the name, then a number, then the leader.
    QStringList parts = text.split(QRegularExpression(u"[\\s,，]+"_s), Qt::SkipEmptyParts);
    duty.person = parts.value(0);
    if (parts.size() > 1 && parts.at(1).contains(QRegularExpression(u"^[0-9-]+$"_s)))
        duty.phone = parts.takeAt(1);
    duty.leader = parts.mid(1).join(u' ');
    for (const Error &problem : Validator::check(duty))
        return problem;
    return m_workspace->apply(Edits::save(*db, duty));
}

void DutyWeekView::openCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QList<Duty> &shifts = m_model->shifts(index);
    const QList<DutyShift> missing = DutyWeek::missing(shifts);
    if (missing.isEmpty()) {
        m_editor.edit(EntityKind::Duty, shifts.front().id);
        return;
    }
    EntityDefaults defaults;
    defaults.companyId = m_model->companyId(index);
    defaults.date = m_model->date(index);
    defaults.values.insert(u"shift"_s, toCode(missing.front()));
    m_editor.add(EntityKind::Duty, defaults);
}

bool DutyWeekView::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the focus, and the Enter that
    // saves it comes on to the grid: that one does not open the form.
    if (watched == m_grid && event->type() == QEvent::KeyPress && m_grid->hasFocus()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCell(m_grid->currentIndex());
            return true;
        }
    }
    // A name typed through an input method, as Chinese is: Qt 6.4 opens the
    // editor on its first text but does not hand it the text, so it is
    // handed on here.
    if (watched == m_grid && event->type() == QEvent::InputMethod && m_grid->hasFocus()) {
        const QModelIndex index = m_grid->currentIndex();
        if (!static_cast<QInputMethodEvent *>(event)->commitString().isEmpty() && m_model->isGap(index)) {
            m_grid->edit(index);
            if (QWidget *editor = m_grid->indexWidget(index)) {
                QApplication::sendEvent(editor, event);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

Status DutyWeekView::exportPdf(const QString &path)
{
    return DutyRosterDocument(m_model->week(), QDateTime::currentDateTime()).writePdf(path);
}

void DutyWeekView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        DutyRosterDocument(m_model->week(), QDateTime::currentDateTime()).print(&printer);
}

void DutyWeekView::exportRoster()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("duty-roster-%1.pdf").arg(m_start.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export duty roster"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status status = exportPdf(path); !status)
        QMessageBox::warning(this, tr("Duty"), status.error().message);
    else
        emit m_workspace->announced(tr("Duty roster saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace seawall

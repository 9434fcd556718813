// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/inspectionsview.h"

#include "core/lists/listspecs.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"

#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seawall {

InspectionsView::InspectionsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_inspections(new RecordListView(ListSpecs::of(EntityKind::Inspection), workspace, this)),
      m_findings(new RecordListView(ListSpecs::of(EntityKind::Finding), workspace, this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_findings->model()->setMaster(u"inspection_id"_s, 0);
    connect(m_inspections, &RecordListView::currentChanged, this,
            [this](qint64 id) { m_findings->model()->setMaster(u"inspection_id"_s, id); });
    // With no inspection chosen the findings would be empty: the first one is.
    auto chooseFirst = [this] {
        QTableView *table = m_inspections->table();
        if (!table->currentIndex().isValid() && m_inspections->model()->rowCount() > 0)
            table->setCurrentIndex(m_inspections->model()->index(0, 0));
    };
    connect(m_inspections->model(), &QAbstractItemModel::modelReset, this, chooseFirst);
    chooseFirst();
    m_splitter->setObjectName(u"inspectionsSplitter"_s);
    m_splitter->addWidget(m_inspections);
    m_splitter->addWidget(m_findings);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
// What the form tests share: a database with a company, the editor's forms
// filled once they are up, a field's widget, text typed as key presses.
#pragma once

#include "testdb.h"

#include "core/db/companyrepository.h"
#include "core/db/personrepository.h"
#include "core/entity/entitydef.h"
#include "core/validation/validator.h"
#include "ui/common/workspace.h"
#include "ui/forms/entityform.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include "qtcatch.h"

#include <functional>

namespace seawall::formtest {

using namespace Qt::StringLiterals;

using test::addCompany;

inline qint64 addPerson(Database &db, qint64 company, const QString &idNumber, const QString &name)
{
    Person p;
    p.idNumber = idNumber;
    p.name = name;
    p.companyId = company;
    const auto id = PersonRepository(db).insert(p);
    REQUIRE(id.ok());
    return id.value();
}

// Runs `fill` on the form the editor opens (modally) once it is up. A form
// of another kind is closed so that the test cannot hang.
inline void whenOpen(EntityKind kind, std::function<void(EntityForm *)> fill)
{
    QTimer::singleShot(0, [kind, fill] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *form = qobject_cast<EntityForm *>(modal);
        CHECK((form && form->entity().kind == kind));
        if (!form || form->entity().kind != kind) {
            if (modal)
                modal->close();
            return;
        }
        fill(form);
        if (form->isVisible())
            form->reject(); // whatever fill left open
    });
}

// The widget of a field, of the type it should be.
template <typename W>
W *field(const EntityForm *form, const QString &name)
{
    auto *widget = qobject_cast<W *>(form->fieldWidget(name));
    REQUIRE(widget);
    return widget;
}

// A form on its own, on a record of type T, as the editor opens it.
template <typename T>
struct Form
{
    explicit Form(Database &db, const T &start = {})
        : record(start),
          form(db, definition<T>(), [](const void *r) { return Validator::check(*static_cast<const T *>(r)); })
    {
        form.setRecord(record);
    }
    T record;
    EntityForm form;
};

// Types text as key presses; QTest::keyClicks knows ASCII only.
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct Fixture
{
    Fixture()
    {
        workspace.setDatabase(&t.db);
        company = addCompany(t.db, u"BJ"_s, u"滨江公司"_s);
    }
    test::TempDatabase t;
    Workspace workspace;
    qint64 company = 0;
};

} // namespace seawall::formtest

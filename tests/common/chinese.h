// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qtcatch.h"

#include <QCoreApplication>
#include <QTranslator>

namespace seawall::test {

// The app's zh_CN catalogue, installed for the lifetime of the object. A
// test target that makes one defines SEAWALL_ZH_QM (tests/CMakeLists.txt).
// Make it before the widgets, which translate as they are built.
struct Chinese
{
    Chinese()
    {
        REQUIRE(translator.load(QStringLiteral(SEAWALL_ZH_QM)));
        REQUIRE(QCoreApplication::installTranslator(&translator));
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
    Chinese(const Chinese &) = delete;
    Chinese &operator=(const Chinese &) = delete;

    QTranslator translator;
};

} // namespace seawall::test

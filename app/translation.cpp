// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/paths.h"

using namespace Qt::StringLiterals;

namespace seawall::Translation {

void install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, u"seawall"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

QLocale windowLocale()
{
    const QString chosen = Paths::language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace seawall::Translation

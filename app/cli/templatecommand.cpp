// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/output.h"
#include "core/import/importtemplate.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace seawall {

int CommandLine::runTemplate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"kind"_s, {}, u"kind"_s});
    if (!parser.parse(args) || parser.positionalArguments().size() != 1 || !parser.isSet(u"kind"_s))
        return usage(parser.errorText().isEmpty() ? tr("template needs --kind and one output file.") : parser.errorText());
    const std::optional<csv::FileKind> kind = csv::parseFileKind(parser.value(u"kind"_s));
    if (!kind) {
        QStringList kinds;
        for (const csv::FileKind known : csv::HeaderMap::kinds())
            kinds << csv::toCode(known);
        return usage(tr("Unknown kind \"%1\". Kinds: %2.").arg(parser.value(u"kind"_s), kinds.join(u", "_s)));
    }
    const QString path = parser.positionalArguments().constFirst();
    if (const Status status = ImportTemplate::write(*kind, path); !status)
        return Output::fail(status.error().message, DatabaseError);
    Output::out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall

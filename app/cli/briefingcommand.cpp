// SPDX-License-Identifier: GPL-3.0-or-later
// `seawall briefing`: the daily briefing as a PDF (and PNG pages) without a
// display.
#include "app/cli/commandline.h"

#include "core/briefing/briefingbuilder.h"
#include "core/briefing/briefingstore.h"
#include "app/cli/output.h"
#include "core/db/database.h"
#include "ui/print/briefingdocument.h"
#include "core/util/savefile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// Page n of OUT.png: OUT.png for the first, OUT-2.png, OUT-3.png … after it.
QString pagePath(const QString &path, int index)
{
    if (index == 0)
        return path;
    const QFileInfo info(path);
    return info.dir().filePath(u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(index + 1).arg(info.suffix()));
}

} // namespace

int CommandLine::runBriefing(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"date"_s, {}, u"date"_s});
    parser.addOption({u"edition"_s, {}, u"edition"_s, u"evening"_s});
    parser.addOption({u"pdf"_s, {}, u"file"_s});
    parser.addOption({u"png"_s, {}, u"file"_s});
    parser.addOption({u"timings"_s, {}}); // for the benchmark: where the time goes, on stderr
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty())
        return usage(parser.errorText().isEmpty() ? tr("briefing takes no file arguments.") : parser.errorText());
    const QDate date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
    if (!date.isValid())
        return usage(tr("briefing needs --date YYYY-MM-DD."));
    const QString editionText = parser.value(u"edition"_s);
    if (editionText != u"morning"_s && editionText != u"evening"_s)
        return usage(tr("--edition is morning or evening."));
    const ReportEdition edition = editionText == u"morning"_s ? ReportEdition::Morning : ReportEdition::Evening;
    if (!parser.isSet(u"pdf"_s) && !parser.isSet(u"png"_s))
        return usage(tr("briefing needs --pdf FILE (and/or --png FILE)."));

    QElapsedTimer clock;
    clock.start();
    Database db;
    if (const int rc = openDatabase(db); rc != Done)
        return rc;
    Result<Briefing> built = BriefingBuilder(db).build(date, edition);
    if (!built)
        return Output::fail(built.error().message, DatabaseError);
    Briefing briefing = built.value();
    briefing.printedAt = QDateTime::currentDateTime();
    briefing.printedBy = db.userName();
    briefing.programVersion = QCoreApplication::applicationVersion();

    // The record of what was printed and the file go together: the record
    // is committed only when every file was written.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Output::fail(transaction.error().message, DatabaseError);
    BriefingStore store(db);
    if (Result<BriefingStore::Saved> saved = store.save(briefing); !saved)
        return Output::fail(saved.error().message, DatabaseError);
    const qint64 dataMs = clock.restart();
    const BriefingDocument document(briefing);
    const qint64 layoutMs = clock.restart();
    if (parser.isSet(u"pdf"_s)) {
        if (const Status written = document.writePdf(parser.value(u"pdf"_s)); !written)
            return Output::fail(written.error().message, InputRejected);
    }
    if (parser.isSet(u"png"_s)) {
        for (int i = 0; i < document.pageCount(); ++i) {
            const QString path = pagePath(parser.value(u"png"_s), i);
            // Encoded first: QImage::save() to a device that fails loses its cause.
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            document.pageImage(i, 1240).save(&buffer, "PNG");
            QSaveFile file(path); // no half a page left behind
            if (!file.open(QIODevice::WriteOnly) || !writeAll(file, png) || !commitSaveFile(file)) {
                return Output::fail(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                                    InputRejected);
            }
        }
    }
    const qint64 paintMs = clock.elapsed();
    if (parser.isSet(u"timings"_s)) {
        Output::err() << u"data %1 ms, charts and layout %2 ms, painting %3 ms\n"_s.arg(dataMs).arg(layoutMs).arg(paintMs);
        Output::err().flush();
    }
    if (Status status = transaction.commit(); !status)
        return Output::fail(status.error().message, DatabaseError);
    Output::out() << tr("Briefing No. %1 of %2: %n page(s).", nullptr, document.pageCount())
                         .arg(briefing.issueNumber)
                         .arg(date.toString(Qt::ISODate))
                  << '\n';
    Output::out().flush();
    return Done;
}

} // namespace seawall

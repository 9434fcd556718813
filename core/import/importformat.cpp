// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seawall::ImportFormat {
namespace {

QJsonArray problems(const QList<ImportProblem> &list)
{
    QJsonArray array;
    for (const ImportProblem &p : list)
        array.append(QJsonObject{{u"line"_s, p.line},
                                 {u"column"_s, p.column.isEmpty() ? QJsonValue() : QJsonValue(p.column)},
                                 {u"message"_s, p.message}});
    return array;
}

// "error line 3: …" with the colon of the user's language (：in Chinese).
QString problemText(const QString &severity, const ImportProblem &p)
{
    if (p.line <= 0)
        return severity + u' ' + p.message;
    return QCoreApplication::translate("Import", "%1 line %2: %3", "error or warning, a line of the file, what is wrong")
        .arg(severity, QString::number(p.line), p.message);
}

QString timeText(const QDateTime &time) { return time.isValid() ? time.toString(u"yyyy-MM-dd HH:mm"_s) : QString(); }

// The counts a file's import and a recorded import both give.
QJsonObject counts(qint64 rows, qint64 inserted, qint64 updated, qint64 unchanged, qint64 rejected)
{
    return {{u"rows"_s, rows},
            {u"inserted"_s, inserted},
            {u"updated"_s, updated},
            {u"unchanged"_s, unchanged},
            {u"rejected"_s, rejected}};
}

} // namespace

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return u"\\t"_s;
    return QString(delimiter);
}

QJsonObject toJson(const ImportResult &result)
{
    QJsonArray files;
    for (const FileReport &f : result.files) {
        QJsonObject file = counts(f.rows, f.inserted, f.updated, f.unchanged, f.rejected);
        file.insert(u"repeated"_s, f.repeated);
        file.insert(u"file"_s, f.file);
        file.insert(u"kind"_s, f.kind ? QJsonValue(csv::toCode(*f.kind)) : QJsonValue());
        file.insert(u"encoding"_s, f.encoding);
        file.insert(u"delimiter"_s, QString(f.delimiter));
        if (!f.sheet.isEmpty())
            file.insert(u"sheet"_s, f.sheet);
        file.insert(u"warnings"_s, problems(f.warnings));
        file.insert(u"errors"_s, problems(f.errors));
        files.append(file);
    }
    return QJsonObject{{u"committed"_s, result.committed}, {u"files"_s, files}};
}

QString toText(const ImportResult &result)
{
    QString text;
    for (const FileReport &f : result.files) {
        text += u"%1\n"_s.arg(f.file);
        if (f.kind && !f.sheet.isEmpty())
            text += u"  "_s + QCoreApplication::translate("Import", "%1, %2, sheet %3")
                                  .arg(csv::displayName(*f.kind), f.encoding, f.sheet)
                    + u'\n';
        else if (f.kind)
            text += u"  "_s + QCoreApplication::translate("Import", "%1, %2, delimiter %3")
                                  .arg(csv::displayName(*f.kind), f.encoding, delimiterName(f.delimiter))
                    + u'\n';
        text += u"  "_s + QCoreApplication::translate("Import", "rows %1: inserted %2, updated %3, unchanged %4, repeated %5, rejected %6")
                              .arg(f.rows)
                              .arg(f.inserted)
                              .arg(f.updated)
                              .arg(f.unchanged)
                              .arg(f.repeated)
                              .arg(f.rejected)
                + u'\n';
        if (f.externalPersons > 0)
            text += u"  "_s + QCoreApplication::translate("Import", "persons on no roster added as external: %1").arg(f.externalPersons) + u'\n';
        if (f.kind == csv::FileKind::Personnel && !f.alreadyImported)
            text += u"  "_s + QCoreApplication::translate("Import", "roster: %1 new, %2 changed, %3 moved from another company, %4 missing from the file")
                                  .arg(f.roster.added.size())
                                  .arg(f.roster.changed.size())
                                  .arg(f.roster.moved.size())
                                  .arg(f.roster.missing.size())
                    + u'\n';
        for (const RosterEntry &e : f.roster.moved)
            text += u"    "_s + QCoreApplication::translate("Import", "moved: %1 (%2) from %3 to %4").arg(e.name, e.idNumber, e.fromCompany, e.company) + u'\n';
        for (const ImportProblem &p : f.warnings)
            text += u"  "_s + problemText(QCoreApplication::translate("Import", "warning"), p) + u'\n';
        for (const ImportProblem &p : f.errors)
            text += u"  "_s + problemText(QCoreApplication::translate("Import", "error"), p) + u'\n';
    }
    if (result.failure)
        text += *result.failure + u'\n' + QCoreApplication::translate("Import", "Nothing was imported.") + u'\n';
    else if (result.committed)
        text += QCoreApplication::translate("Import", "Imported.") + u'\n';
    else if (std::any_of(result.files.cbegin(), result.files.cend(),
                         [](const FileReport &f) { return f.rejected == 0 && !f.errors.isEmpty(); }))
        // A file not read at all has no row to correct, nor to leave out.
        text += QCoreApplication::translate("Import", "Nothing was imported: a file above cannot be read. Ask for it again, "
                                                      "or open it and save it again, then import again.") + u'\n';
    else if (result.hasRejections())
        text += QCoreApplication::translate("Import", "Nothing was imported: correct the rows above (or use --skip-invalid) and import again.") + u'\n';
    else
        text += QCoreApplication::translate("Import", "Dry run: nothing was written.") + u'\n';
    for (const FileReport &f : result.files)
        if (!f.rejectsFile.isEmpty())
            text += QCoreApplication::translate("Import", "Rejected rows of %1 written to %2.")
                        .arg(QFileInfo(f.file).fileName(), QDir::toNativeSeparators(f.rejectsFile))
                    + u'\n';
    return text;
}

QJsonObject toJson(const std::vector<ImportBatch> &batches, const QHash<qint64, QString> &companyNames)
{
    QJsonArray array;
    for (const ImportBatch &b : batches) {
        QJsonObject batch = counts(b.rows, b.inserted, b.updated, b.unchanged, b.rejected);
        batch.insert(u"id"_s, b.id);
        batch.insert(u"file"_s, b.fileName);
        batch.insert(u"sha256"_s, b.sha256);
        batch.insert(u"kind"_s, b.kind);
        batch.insert(u"company"_s, b.companyId ? QJsonValue(companyNames.value(b.companyId)) : QJsonValue());
        batch.insert(u"encoding"_s, b.encoding);
        batch.insert(u"imported_at"_s, timeText(b.importedAt));
        batch.insert(u"undone_at"_s, b.undoneAt.isValid() ? QJsonValue(timeText(b.undoneAt)) : QJsonValue());
        array.append(batch);
    }
    return QJsonObject{{u"imports"_s, array}};
}

QString toText(const std::vector<ImportBatch> &batches, const QHash<qint64, QString> &companyNames)
{
    if (batches.empty())
        return QCoreApplication::translate("Import", "No imports yet.") + u'\n';
    QString text = QCoreApplication::translate("Import", "Import\tTime\tFile\tKind\tCompany\tRows\tInserted\tUpdated\tUnchanged\tRejected\tUndone") + u'\n';
    for (const ImportBatch &b : batches)
        text += QStringList{QString::number(b.id), timeText(b.importedAt), b.fileName,
                            csv::parseFileKind(b.kind) ? csv::displayName(*csv::parseFileKind(b.kind)) : b.kind,
                            companyNames.value(b.companyId), QString::number(b.rows), QString::number(b.inserted),
                            QString::number(b.updated), QString::number(b.unchanged), QString::number(b.rejected),
                            timeText(b.undoneAt)}
                    .join(u'\t')
                + u'\n';
    return text;
}

} // namespace seawall::ImportFormat

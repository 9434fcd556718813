// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/briefing/briefingstore.h"

#include "core/audit/daylocks.h"
#include "core/db/sqlrun.h"

#include "core/sql/sqlvalues.h"
#include "core/figures/figuresformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

const QString kColumns
    = u"id, briefing_date, edition, issue_number, figures_json, paragraph, paragraph_edited,"
      u" printed_at, printed_by"_s;

BriefingStore::Saved readSaved(const QSqlQuery &q)
{
    BriefingStore::Saved s;
    s.id = q.value(0).toLongLong();
    s.date = SqlValues::toDate(q.value(1));
    s.edition = parseEnum<ReportEdition>(q.value(2).toString()).value_or(ReportEdition::Evening);
    s.issueNumber = q.value(3).toInt();
    s.figures = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    s.paragraph = q.value(5).toString();
    s.paragraphEdited = q.value(6).toInt() != 0;
    s.printedAt = SqlValues::toDateTime(q.value(7));
    s.printedBy = q.value(8).toString();
    return s;
}

// Every leaf of a figures object under a dotted key, in a stable order:
// the figures in the order of FiguresFormat (anything unknown after them,
// alphabetically), then each company's fields. Lists (the missing units) are one leaf.
struct Flat
{
    QStringList keys;
    QHash<QString, QJsonValue> values;
    QHash<QString, QString> companyNames; // code → name

    void add(const QString &key, const QJsonValue &value)
    {
        if (!values.contains(key))
            keys << key;
        values.insert(key, value);
    }
};

void flattenInto(const QJsonObject &object, const QString &prefix, Flat &flat)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + it.key();
        if (it->isObject())
            flattenInto(it->toObject(), key + u'.', flat);
        else if (prefix.isEmpty() && it.key() == u"companies"_s)
            continue; // below, by code
        else
            flat.add(key, *it);
    }
}

void flattenCompanies(const QJsonObject &figures, Flat &flat)
{
    for (const QJsonValue &company : figures.value(u"companies"_s).toArray()) {
        const QJsonObject c = company.toObject();
        const QString code = c.value(u"code"_s).toString();
        flat.companyNames.insert(code, c.value(u"name"_s).toString());
        for (const QString &field : FiguresFormat::companyFields()) {
            if (field != u"code"_s && c.contains(field))
                flat.add(u"companies.%1.%2"_s.arg(code, field), c.value(field));
        }
        for (auto it = c.begin(); it != c.end(); ++it)
            if (it.key() != u"code"_s)
                flat.add(u"companies.%1.%2"_s.arg(code, it.key()), *it); // fields added later, if any
    }
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    // Rates and hours went through text once; a rounding error is no change.
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) < 1e-9;
    return a == b;
}

QString formatValue(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        return u"—"_s;
    const QString text = FiguresFormat::text(key, value);
    return text.isNull() ? value.toVariant().toString() : text; // a figure added later
}

QString labelFor(const QString &key, const QHash<QString, QString> &companyNames)
{
    if (key.startsWith(u"companies."_s)) {
        const QStringList parts = key.split(u'.');
        const QString code = parts.value(1);
        const QString field = parts.value(2);
        const QString fieldLabel = FiguresFormat::companyFieldLabel(field);
        return QCoreApplication::translate("Briefing", "%1: %2", "a company, then one of its figures")
            .arg(companyNames.value(code, code), fieldLabel.isEmpty() ? field : fieldLabel);
    }
    const QString label = FiguresFormat::label(key);
    return label.isEmpty() ? key : label;
}

} // namespace

QDate BriefingStore::Saved::figuresDate() const
{
    const QDate stored = QDate::fromString(figures.value(u"date"_s).toString(), Qt::ISODate);
    if (stored.isValid())
        return stored;
    return edition == ReportEdition::Morning ? date.addDays(-1) : date;
}

BriefingStore::BriefingStore(Database &db)
    : m_db(db)
{
}

int BriefingStore::issueNumberFor(const QDate &date, ReportEdition edition) const
{
    const Result<QVariant> kept = SqlRun::value(
        m_db, u"SELECT issue_number FROM briefing WHERE briefing_date = ? AND edition = ? AND issue_number IS NOT NULL"_s,
        {SqlValues::date(date), toCode(edition)});
    if (kept && !kept->isNull())
        return kept->toInt();
    const Result<QVariant> next = SqlRun::value(m_db, u"SELECT coalesce(max(issue_number), 0) + 1 FROM briefing"_s);
    return next && !next->isNull() ? next->toInt() : 1;
}

Result<BriefingStore::Saved> BriefingStore::save(Briefing &briefing)
{
    if (!briefing.date.isValid())
        return Error::invalid(u"date"_s, QCoreApplication::translate("Briefing", "A briefing needs a date."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // Inside the transaction, so that two coordinators printing at once
    // cannot both take the same next number (the UNIQUE index would refuse
    // the second anyway).
    const int issue = issueNumberFor(briefing.date, briefing.edition);
    if (!briefing.printedAt.isValid())
        briefing.printedAt = QDateTime::currentDateTime();
    const QByteArray json
        = QJsonDocument(FiguresFormat::toJson(briefing.figures)).toJson(QJsonDocument::Compact);

    const Status written = SqlRun::exec(
        m_db,
        u"INSERT INTO briefing (briefing_date, edition, issue_number, figures_json, paragraph, paragraph_edited,"
        u" printed_at, printed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        u" ON CONFLICT (briefing_date, edition) DO UPDATE SET issue_number = excluded.issue_number,"
        u" figures_json = excluded.figures_json, paragraph = excluded.paragraph,"
        u" paragraph_edited = excluded.paragraph_edited, printed_at = excluded.printed_at,"
        u" printed_by = excluded.printed_by"_s,
        {SqlValues::date(briefing.date), toCode(briefing.edition), issue, QString::fromUtf8(json),
         briefing.paragraph.isNull() ? u""_s : briefing.paragraph, briefing.paragraphEdited ? 1 : 0,
         SqlValues::dateTime(briefing.printedAt), briefing.printedBy.isNull() ? u""_s : briefing.printedBy});
    if (!written)
        return written.error();
    // Leaders read the evening edition: the records of its day no longer
    // change unseen (the morning edition is a draft of the day).
    if (briefing.edition == ReportEdition::Evening)
        if (Status status = DayLocks::lock(m_db, briefing.date, issue); !status)
            return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    briefing.issueNumber = issue;
    auto saved = find(briefing.date, briefing.edition);
    if (!saved)
        return Error { Error::Kind::NotFound,
            QCoreApplication::translate("Briefing", "The briefing was saved but cannot be read back.") };
    return *saved;
}

std::optional<BriefingStore::Saved> BriefingStore::find(const QDate &date, ReportEdition edition) const
{
    auto found = SqlRun::collect(
        m_db, u"SELECT "_s + kColumns + u" FROM briefing WHERE briefing_date = ? AND edition = ? AND printed_at IS NOT NULL"_s,
        {SqlValues::date(date), toCode(edition)}, readSaved);
    if (!found || found->empty())
        return std::nullopt;
    return found->front();
}

std::vector<BriefingStore::Saved> BriefingStore::all() const
{
    // Newest by the day it reports on; of one day the evening edition first.
    auto saved = SqlRun::collect(m_db,
                                 u"SELECT "_s + kColumns
                                     + u" FROM briefing WHERE printed_at IS NOT NULL"
                                       u" ORDER BY briefing_date DESC, CASE edition WHEN 'evening' THEN 0 ELSE 1 END"_s,
                                 {}, readSaved);
    return saved ? std::move(saved.value()) : std::vector<Saved>{};
}

Status BriefingStore::saveParagraph(const QDate &date, ReportEdition edition, const QString &paragraph)
{
    const QVariantList day{SqlValues::date(date), toCode(edition)};
    // An empty paragraph goes back to the drafted one. A printed briefing
    // keeps the text it was printed with.
    return paragraph.trimmed().isEmpty()
        ? SqlRun::exec(m_db,
                      u"UPDATE briefing SET paragraph_edited = 0,"
                      u" paragraph = CASE WHEN printed_at IS NULL THEN '' ELSE paragraph END"
                      u" WHERE briefing_date = ? AND edition = ?"_s,
                      day)
        : SqlRun::exec(m_db,
                      u"INSERT INTO briefing (briefing_date, edition, paragraph, paragraph_edited) VALUES (?, ?, ?, 1)"
                      u" ON CONFLICT (briefing_date, edition) DO UPDATE SET paragraph = excluded.paragraph,"
                      u" paragraph_edited = 1"_s,
                      day + QVariantList{paragraph});
}

std::optional<QString> BriefingStore::editedParagraph(const QDate &date, ReportEdition edition) const
{
    const Result<QVariant> edited = SqlRun::value(
        m_db, u"SELECT paragraph FROM briefing WHERE briefing_date = ? AND edition = ? AND paragraph_edited = 1"_s,
        {SqlValues::date(date), toCode(edition)});
    if (!edited || edited->isNull())
        return std::nullopt;
    return edited->toString();
}

std::vector<BriefingStore::Change> BriefingStore::changes(const Saved &saved, const Figures &now)
{
    const QJsonObject current = FiguresFormat::toJson(now);
    Flat before;
    Flat after;
    flattenInto(saved.figures, {}, before);
    flattenInto(current, {}, after);
    QStringList keys = after.keys;
    for (const QString &key : std::as_const(before.keys))
        if (!after.values.contains(key))
            keys << key;
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const int ra = FiguresFormat::rank(a);
        const int rb = FiguresFormat::rank(b);
        return ra != rb ? ra < rb : a < b;
    });

    // Companies after the headline figures: those of now by code, then any
    // that have gone since.
    flattenCompanies(saved.figures, before);
    flattenCompanies(current, after);
    for (const QString &key : std::as_const(after.keys))
        if (key.startsWith(u"companies."_s))
            keys << key;
    for (const QString &key : std::as_const(before.keys))
        if (key.startsWith(u"companies."_s) && !after.values.contains(key))
            keys << key;

    QHash<QString, QString> names = before.companyNames;
    names.insert(after.companyNames);
    std::vector<Change> out;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.values.value(key, QJsonValue(QJsonValue::Undefined));
        const QJsonValue b = after.values.value(key, QJsonValue(QJsonValue::Undefined));
        if (same(a, b))
            continue;
        out.push_back({ key, labelFor(key, names), formatValue(key, a), formatValue(key, b) });
    }
    return out;
}

} // namespace seawall

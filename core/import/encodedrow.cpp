// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/encodedrow.h"

#include "core/db/sqlvalues.h"
#include "core/import/importwriter.h"
#include "core/import/rowmapper.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

// SqlValues::date without QDate::toString's format machinery, which took
// a twentieth of the time of a large import; the same text.
QVariant isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return SqlValues::date(date);
    char16_t text[10];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// The columns of the rows encodeRow() writes, key first.
const QStringList &testColumns()
{
    static const QStringList names{u"person_id"_s, u"sampled_on"_s, u"site"_s, u"company_id"_s, u"result"_s, u"lab"_s};
    return names;
}

const QStringList &vaccinationColumns()
{
    static const QStringList names{u"person_id"_s,    u"dose"_s,         u"company_id"_s,
                                   u"vaccinated_on"_s, u"manufacturer"_s, u"place"_s};
    return names;
}

const QStringList &shiftColumns()
{
    static const QStringList names{u"person_id"_s, u"start_at"_s, u"company_id"_s, u"team"_s,
                                   u"site"_s,      u"task"_s,     u"end_at"_s};
    return names;
}

const QStringList &dailyReportColumns()
{
    static const QStringList names{u"company_id"_s, u"report_date"_s, u"edition"_s,     u"on_duty"_s,
                                   u"away"_s,       u"arrivals"_s,    u"under_observation"_s, u"tests_done"_s,
                                   u"anomalies"_s,  u"zero_report"_s};
    return names;
}

} // namespace

void EncodedRow::clear()
{
    table = -1;
    names = nullptr;
    keyColumns = 0;
    personColumn = -1;
    values.clear();
    text.clear();
}

void EncodedRow::addText(QStringView value)
{
    // Written in place: no string made for each value.
    QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype offset = text.size();
    text.resize(offset + utf8.requiredSpace(value.size()));
    const char *end = utf8.appendToBuffer(text.data() + offset, value);
    text.resize(end - text.constData());
    values.append(Value{Value::Kind::Text, 0, offset, text.size() - offset});
}

void EncodedRow::add(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: addText(*static_cast<const QString *>(value.constData())); return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        if (value.isNull())
            addNull();
        else
            addInteger(value.toLongLong());
        return;
    default:
        if (value.isNull())
            addNull();
        else
            addText(value.toString());
        return;
    }
}

QVariant EncodedRow::variant(const Value &value, const char *text)
{
    switch (value.kind) {
    case Value::Kind::Null: return {};
    case Value::Kind::Integer: return value.integer;
    case Value::Kind::Text: return QString::fromUtf8(text + value.offset, value.size);
    }
    return {};
}

bool encodeRow(MappedRow &row)
{
    EncodedRow &e = row.encoded;
    e.clear();
    if (const auto *t = std::get_if<NucleicTest>(&row.value)) {
        e.table = ImportWriter::tables().indexOf(u"nucleic_test"_s);
        e.names = &testColumns();
        e.keyColumns = 3;
        e.personColumn = 0;
        e.addInteger(t->personId);
        e.add(isoDate(t->sampledOn));
        e.addText(t->site);
        e.add(SqlValues::id(t->companyId));
        e.addText(toCode(t->result));
        e.addText(t->lab);
    } else if (const auto *v = std::get_if<Vaccination>(&row.value)) {
        e.table = ImportWriter::tables().indexOf(u"vaccination"_s);
        e.names = &vaccinationColumns();
        e.keyColumns = 2;
        e.personColumn = 0;
        e.addInteger(v->personId);
        e.addText(toCode(v->dose));
        e.add(SqlValues::id(v->companyId));
        e.add(isoDate(v->vaccinatedOn));
        e.addText(v->manufacturer);
        e.addText(v->place);
    } else if (const auto *s = std::get_if<VolunteerShift>(&row.value)) {
        e.table = ImportWriter::tables().indexOf(u"volunteer_shift"_s);
        e.names = &shiftColumns();
        e.keyColumns = 2;
        e.personColumn = 0;
        e.addInteger(s->personId);
        e.add(SqlValues::dateTime(s->start));
        e.add(SqlValues::id(s->companyId));
        e.addText(s->team);
        e.addText(s->site);
        e.addText(s->task);
        e.add(SqlValues::dateTime(s->end));
    } else if (const auto *d = std::get_if<DailyReport>(&row.value)) {
        e.table = ImportWriter::tables().indexOf(u"daily_report"_s);
        e.names = &dailyReportColumns();
        e.keyColumns = 3;
        e.add(SqlValues::id(d->companyId));
        e.add(SqlValues::date(d->date));
        e.addText(toCode(d->edition));
        e.addInteger(d->onDuty);
        e.addInteger(d->away);
        e.addInteger(d->arrivals);
        e.addInteger(d->underObservation);
        e.addInteger(d->testsDone);
        e.addText(d->anomalies);
        e.addInteger(d->isZeroReport() ? 1 : 0);
    }
    return e.isEncoded();
}

} // namespace seawall

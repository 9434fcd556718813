// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/layout.h"

#include "core/csv/encoding.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace seawall::csv {
namespace {

// In order of preference when two fit equally well. The full-width comma
// comes from files typed by hand in a Chinese input method.
constexpr std::array<char16_t, 4> kDelimiters{u',', u'\t', u';', u'\uFF0C'};

bool isBlankCell(const QString &cell)
{
    // trimmed() also drops the ideographic space and the no-break space.
    return cell.trimmed().isEmpty();
}

int nonBlankCells(const Record &record)
{
    return int(std::count_if(record.fields.cbegin(), record.fields.cend(),
                             [](const QString &cell) { return !isBlankCell(cell); }));
}

QList<Record> sampleRecords(const QString &sample, QChar delimiter, bool complete)
{
    CsvReader reader(sample, delimiter);
    QList<Record> records;
    Record record;
    while (records.size() < Layout::kSampleRecords && reader.next(record))
        if (!Layout::isBlank(record))
            records.append(record);
    // The sample may end inside the last record; an open quote at its end
    // means the record was not returned at all.
    const bool cut = !complete && records.size() < Layout::kSampleRecords && !reader.error();
    if (cut && !records.isEmpty())
        records.removeLast();
    return records;
}

struct Fit
{
    QChar delimiter;
    QList<Record> records; // the non-blank ones
    int width = 0;         // the usual number of fields, at least 2
    qsizetype matching = 0; // records with that number of fields
};

// How well a delimiter fits: a table has the same number of fields on
// every row, and more than one. Title rows get in the way equally for
// every delimiter, so the count of matching rows decides.
Fit fit(const QString &sample, QChar delimiter, bool complete)
{
    Fit result{delimiter, sampleRecords(sample, delimiter, complete)};
    QHash<int, qsizetype> frequency;
    for (const Record &record : std::as_const(result.records))
        if (record.fields.size() >= 2)
            ++frequency[int(record.fields.size())];
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
        if (it.value() > result.matching || (it.value() == result.matching && it.key() > result.width)) {
            result.width = it.key();
            result.matching = it.value();
        }
    }
    return result;
}

bool better(const Fit &a, const Fit &b)
{
    if (a.matching != b.matching)
        return a.matching > b.matching;
    return a.width > b.width;
}

} // namespace

Result<Layout> Layout::detect(const QString &sample, bool complete, QChar delimiter)
{
    // Blank lines and rows of bare delimiters (,,,) are no text whatever
    // the delimiter.
    const bool anyText = std::any_of(sample.cbegin(), sample.cend(), [](QChar c) {
        return !c.isSpace() && c != u'"'
            && std::find(kDelimiters.cbegin(), kDelimiters.cend(), c.unicode()) == kDelimiters.cend();
    });
    std::optional<Fit> best;
    for (const char16_t candidateDelimiter : kDelimiters) {
        if (!delimiter.isNull() && delimiter != QChar(candidateDelimiter))
            continue;
        Fit candidate = fit(sample, QChar(candidateDelimiter), complete);
        if (candidate.width >= 2 && (!best || better(candidate, *best)))
            best = std::move(candidate);
    }
    if (!anyText)
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("Csv", "The file is empty or has only blank lines."));
    const Error noHeader(Error::Kind::Invalid,
                         QCoreApplication::translate("Csv", "No header row was found: no line has two or "
                                                            "more columns separated by a comma, tab, "
                                                            "semicolon or full-width comma."));
    if (!best)
        return noHeader;
    std::optional<Layout> layout = fromRecords(best->records);
    if (!layout)
        return noHeader;
    layout->delimiter = best->delimiter;
    return *layout;
}

std::optional<Layout> Layout::fromRecords(const QList<Record> &records)
{
    // The header names most of the columns; a title, or a line such as
    // 填报单位：海通公司 … 日期：3月1日, fills only one or two cells.
    int most = 0;
    for (const Record &record : std::as_const(records))
        most = std::max(most, nonBlankCells(record));
    const int needed = std::max(2, (most + 1) / 2);
    const auto header = std::find_if(records.cbegin(), records.cend(),
                                     [needed](const Record &r) { return nonBlankCells(r) >= needed; });
    if (header == records.cend())
        return std::nullopt;

    Layout layout;
    layout.headerLine = header->line;
    layout.header = header->fields;
    for (auto it = records.cbegin(); it != header; ++it)
        layout.titleLines.append(it->line);

    // Excel writes every column ever touched: columns at the right with no
    // header and nothing in the sampled rows are dropped.
    QList<const Record *> rows;
    for (auto it = header + 1; it != records.cend(); ++it)
        if (!isTotal(*it))
            rows.append(&*it);
    const auto blankAt = [](const Record &record, qsizetype column) {
        return column >= record.fields.size() || isBlankCell(record.fields.at(column));
    };
    for (qsizetype column = header->fields.size() - 1; column >= 0; --column) {
        const bool empty = blankAt(*header, column)
            && std::all_of(rows.cbegin(), rows.cend(),
                           [&](const Record *row) { return blankAt(*row, column); });
        if (!empty)
            break;
        layout.trailingEmptyColumns.prepend(int(column));
    }
    return layout;
}

Result<Layout> Layout::detect(Encoding::Decoder &decoder, QChar delimiter)
{
    QString sample;
    QString chunk;
    while (sample.size() < kSampleChars && decoder.read(chunk))
        sample += chunk;
    // Invalid bytes inside the sample: the layout could be guessed from the
    // text before them, but the file cannot be imported, so say why now.
    if (decoder.error())
        return *decoder.error();
    return detect(sample, decoder.atEnd(), delimiter);
}

Layout::Role Layout::roleOf(const Record &record) const
{
    if (record.line < headerLine)
        return isBlank(record) ? Role::Blank : Role::Title;
    if (record.line == headerLine)
        return Role::Header;
    if (isBlank(record))
        return Role::Blank;
    if (isTotal(record))
        return Role::Total;
    return Role::Data;
}

bool Layout::isBlank(const Record &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), isBlankCell);
}

bool Layout::isTotal(const Record &record)
{
    static const QStringList totals{u"合计"_s, u"总计"_s, u"小计"_s, u"total"_s, u"subtotal"_s, u"grandtotal"_s};
    const auto first = std::find_if_not(record.fields.cbegin(), record.fields.cend(), isBlankCell);
    if (first == record.fields.cend())
        return false;
    // Clerks space out short labels to align them (合　计) and add a colon.
    QString label = foldLabel(*first);
    label.removeIf([](QChar c) { return c.isSpace(); });
    if (label.endsWith(u':'))
        label.chop(1);
    return totals.contains(label);
}

} // namespace seawall::csv

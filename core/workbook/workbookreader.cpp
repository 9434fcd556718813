// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/workbookreader.h"

#include "core/workbook/xlsreader.h"
#include "core/workbook/xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace seawall::workbook {

Format formatOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Csv; // the CSV reader says why it cannot be opened
    const QByteArray start = file.read(8);
    if (start.startsWith("PK\x03\x04"))
        return Format::Xlsx;
    if (start == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return Format::Xls;
    return Format::Csv;
}

Result<std::unique_ptr<WorkbookReader>> WorkbookReader::open(const QString &path)
{
    std::unique_ptr<WorkbookReader> reader;
    Status status;
    switch (formatOf(path)) {
    case Format::Xlsx: {
        auto xlsx = std::make_unique<XlsxReader>(path);
        status = xlsx->open();
        reader = std::move(xlsx);
        break;
    }
    case Format::Xls: {
        auto xls = std::make_unique<XlsReader>(path);
        status = xls->open();
        reader = std::move(xls);
        break;
    }
    case Format::Csv:
        status = Error{Error::Kind::Invalid, QCoreApplication::translate("Workbook", "%1 is not an Excel workbook.")
                                                 .arg(QDir::toNativeSeparators(path))};
        break;
    }
    if (!status)
        return status.error();
    if (reader->sheetNames().isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Workbook", "%1 has no worksheet.")
                                               .arg(QDir::toNativeSeparators(path))};
    return reader;
}

QString WorkbookReader::generalNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double magnitude = std::fabs(value);
    // A cell of the standard width shows 11 characters: whole numbers up to
    // 11 digits in full, longer ones with an exponent and six digits.
    if (magnitude >= 1e11) {
        QString text = QString::number(value, 'E', 5);
        const qsizetype e = text.indexOf(u'E');
        QString mantissa = text.left(e);
        while (mantissa.endsWith(u'0'))
            mantissa.chop(1);
        if (mantissa.endsWith(u'.'))
            mantissa.chop(1);
        return mantissa + text.mid(e);
    }
    if (value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 10);
}

QString WorkbookReader::dateText(double serial, bool date1904)
{
    double days = std::floor(serial);
    const qint64 seconds = std::llround((serial - days) * 86400.0);
    qint64 whole = qint64(days) + seconds / 86400;
    const qint64 secondOfDay = seconds % 86400;
    const QTime time = QTime(0, 0).addSecs(int(secondOfDay));
    const QString timeText = time.second() == 0 ? time.toString(u"HH:mm"_s) : time.toString(u"HH:mm:ss"_s);
    if (whole == 0 && !date1904)
        return timeText; // a time of day alone
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(whole);
    } else {
        // Lotus 1-2-3's 29 February 1900, which Excel keeps: serials
        // before it are a day later than their count says.
        if (whole < 60)
            ++whole;
        date = QDate(1899, 12, 30).addDays(whole);
    }
    const QString dateString = date.toString(u"yyyy-MM-dd"_s);
    return secondOfDay == 0 ? dateString : dateString + u' ' + timeText;
}

} // namespace seawall::workbook

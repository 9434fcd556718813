// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch2 print Qt values in failed assertions.
#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value) { return value.toString(Qt::ISODate).toStdString(); }
};

template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value) { return value.toString(Qt::ISODate).toStdString(); }
};

} // namespace Catch

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figures/figures.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace seawall::FiguresFormat {

// The `stats --json` object of DOMAIN.md.
QJsonObject toJson(const Figures &figures);

// What a figure is, for how it reads.
enum class Shown {
    Count,
    Hours,
    Rate,     // a fraction, read as a percentage
    Names,    // a list of units, "none" when empty
    Text,     // as it is
    Reported, // a company's daily report: null when it sends none
};
// That of a figure under its dotted key (as `label` takes it); Count for
// one it does not know.
Shown shown(const QString &key);

// What a person reads for a figure under its dotted key in that object
// ("tests.on_date", "readiness.drills_cumulative"), in the user's
// language; empty for a key it does not know.
QString label(const QString &key);

// The value of a day's figure under its key in that object, as the object
// holds it; undefined for a key of no figure of the day ("readiness.…").
QJsonValue value(const Figures &figures, const QString &key);

// Its value in that object as text in the user's language, as the
// terminal table shows it (a company's field under
// "companies.<code>.<field>"); null for a key it does not know.
QString text(const QString &key, const QJsonValue &value);

// The place of a figure in the order of the terminal table; one it does
// not know comes after them all.
int rank(const QString &key);

// The fields of a company's object in the "companies" array, in the order
// of the per-company table, and what each is called in the user's
// language (empty for the code, which names the company).
QStringList companyFields();
QString companyFieldLabel(const QString &field);
// The fields the per-company tables show (`stats`, Today), in order, and
// a company's field as text in the user's language, as they show it;
// empty for a field it does not know.
QStringList companyTableFields();
// Their columns' headers in the user's language, the company's first.
QStringList companyTableHeaders();
QString companyText(const CompanyFigures &company, const QString &field);

// A list of names in that object (the units not reported, …) as text in
// the user's language: "none" when there is none.
QString names(const QJsonValue &names);

// A readable table in the user's language, for the terminal.
QString toText(const Figures &figures);

// A rate as a percentage with one decimal in the current locale ("96.5%").
QString percent(double rate);

} // namespace seawall::FiguresFormat

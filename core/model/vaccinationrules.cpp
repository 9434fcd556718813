// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vaccinationrules.h"

#include <array>

using namespace Qt::StringLiterals;

namespace seawall {
namespace {

struct Rule
{
    QString pattern; // lower case, matched as a substring
    int doses;
};

const std::array<Rule, 4> &rules()
{
    static const std::array<Rule, 4> table{{
        {u"智飞"_s, 3},
        {u"zhifei"_s, 3},
        {u"康希诺"_s, 1},
        {u"cansino"_s, 1},
    }};
    return table;
}

constexpr int kDefaultDoses = 2;

} // namespace

int primaryDosesRequired(const QString &manufacturer)
{
    const QString folded = manufacturer.toLower();
    for (const Rule &rule : rules())
        if (folded.contains(rule.pattern))
            return rule.doses;
    return kDefaultDoses;
}

QString primaryDosesRequiredSql(const QString &column)
{
    QString sql = u"CASE"_s;
    for (const Rule &rule : rules())
        sql += u" WHEN lower(%1) LIKE '%%2%' THEN %3"_s.arg(column, rule.pattern).arg(rule.doses);
    return sql + u" ELSE %1 END"_s.arg(kDefaultDoses);
}

} // namespace seawall

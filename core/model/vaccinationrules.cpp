// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/vaccinationrules.h"

#include <algorithm>
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

VaccinationMilestones milestones(std::vector<Vaccination> doses)
{
    VaccinationMilestones m;
    std::erase_if(doses, [](const Vaccination &v) { return !v.vaccinatedOn.isValid(); });
    std::sort(doses.begin(), doses.end(), [](const Vaccination &a, const Vaccination &b) {
        return std::tie(a.vaccinatedOn, a.dose) < std::tie(b.vaccinatedOn, b.dose);
    });
    const Vaccination *first = nullptr;
    for (const Vaccination &v : doses) {
        if (!m.firstDose.isValid())
            m.firstDose = v.vaccinatedOn;
        if (v.dose == Dose::Booster && !m.booster.isValid())
            m.booster = v.vaccinatedOn;
        if (isPrimaryDose(v.dose) && (!first || v.dose == Dose::First) && (!first || first->dose != Dose::First))
            first = &v;
    }
    if (!first)
        return m;
    const int required = primaryDosesRequired(first->manufacturer);
    int count = 0;
    for (const Vaccination &v : doses) {
        if (isPrimaryDose(v.dose) && ++count == required) {
            m.full = v.vaccinatedOn;
            break;
        }
    }
    return m;
}

} // namespace seawall

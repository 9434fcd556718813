// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/vaccination.h"

#include <QDate>
#include <QString>

#include <vector>

namespace seawall {

// 全程接种: how many primary doses make a complete series, by the
// manufacturer of the person's first dose (DOMAIN.md): 智飞 3, 康希诺 1,
// 北京生物 / 武汉生物 / 科兴 and any other 2.
int primaryDosesRequired(const QString &manufacturer);

// The days on which a person reached each step, null while not reached:
// any first dose, the complete primary series, a booster. "Full as of D"
// is then simply `full <= D`.
struct VaccinationMilestones
{
    QDate firstDose;
    QDate full;
    QDate booster;

    bool operator==(const VaccinationMilestones &) const = default;
};

// From all of one person's doses. The series length follows the
// manufacturer of the 第一针 record, or of the earliest primary dose when
// there is none; the series is complete on the day of the dose that brings
// the count of primary doses to that length.
VaccinationMilestones milestones(std::vector<Vaccination> doses);

} // namespace seawall

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/forms/personrecordform.h"
#include "core/model/nucleictest.h"

class QLineEdit;

namespace seawall {

class DateField;

// Adds or edits a nucleic-acid test.
class NucleicTestForm : public PersonRecordForm
{
    Q_OBJECT

public:
    explicit NucleicTestForm(Database &db, QWidget *parent = nullptr);
    void setRecord(const NucleicTest &test);
    NucleicTest record() const;
    DateField *dateEdit() const { return m_sampledOn; }

protected:
    std::vector<Error> check() const override;

private:
    qint64 m_id = 0;
    DateField *m_sampledOn;
    QLineEdit *m_site;
    QComboBox *m_result;
    QLineEdit *m_lab;
};

} // namespace seawall

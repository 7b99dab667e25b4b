#pragma once

#include "AuditFinding.h"
#include "jobs/JobControl.h"

#include <QList>
#include <QString>

class DatabaseConnection;

// `trade-inspector check` and the GUI's Audit view: every place where the
// robot's data contradicts itself (severity error) or is legal but worth a
// look (info). Tolerance: one unit of the compared column's scale.
class IntegrityAudit
{
public:
    struct Result
    {
        bool ran = false; // false: it could not run (error says why) or was cancelled
        bool cancelled = false;
        QString error;
        QList<AuditFinding> findings;

        bool hasErrors() const;
    };

    static Result run(DatabaseConnection &connection, const JobControl &control = {});
};

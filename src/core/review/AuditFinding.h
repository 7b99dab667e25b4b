#pragma once

#include <QList>
#include <QString>

// One thing the integrity audit found, naming the rows involved.
struct AuditFinding
{
    enum class Severity {
        Error, // the data contradicts itself
        Info,  // legal, but worth seeing
    };

    QString kind; // stable machine name, e.g. "order_filled_quantity_mismatch"
    Severity severity = Severity::Error;
    QString table; // the robot table the ids belong to
    QList<qint64> ids;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    static QString severityName(Severity s)
    {
        return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("info");
    }
};

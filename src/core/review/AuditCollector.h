#pragma once

#include "AuditFinding.h"

#include <QHash>

// Gathers findings, at most kMaxPerKind of each kind: a database broken in a
// million rows must still give a readable report. The rest of a kind is
// summarised in one last finding with its count and (up to kMaxIds) its ids.
class AuditCollector
{
public:
    static constexpr int kMaxPerKind = 500;
    static constexpr int kMaxIds = 1000;

    void add(AuditFinding finding);
    QList<AuditFinding> takeFindings();

private:
    struct Overflow
    {
        AuditFinding summary;
        qint64 count = 0;
    };
    QList<AuditFinding> m_findings;
    QHash<QString, int> m_perKind;
    QHash<QString, Overflow> m_overflow;
    QStringList m_overflowOrder;
};

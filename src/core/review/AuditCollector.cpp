#include "AuditCollector.h"

#include <QCoreApplication>

void AuditCollector::add(AuditFinding finding)
{
    int &count = m_perKind[finding.kind];
    if (count < kMaxPerKind) {
        ++count;
        m_findings.append(std::move(finding));
        return;
    }
    auto it = m_overflow.find(finding.kind);
    if (it == m_overflow.end()) {
        m_overflowOrder << finding.kind;
        Overflow o;
        o.summary.kind = finding.kind;
        o.summary.severity = finding.severity;
        o.summary.table = finding.table;
        it = m_overflow.insert(finding.kind, o);
    }
    ++it->count;
    for (qint64 id : finding.ids) {
        if (it->summary.ids.size() < kMaxIds)
            it->summary.ids << id;
    }
}

QList<AuditFinding> AuditCollector::takeFindings()
{
    for (const QString &kind : std::as_const(m_overflowOrder)) {
        Overflow &o = m_overflow[kind];
        o.summary.message =
            QCoreApplication::translate("AuditCollector",
                                        "%1 more findings of this kind (the first %2 are listed "
                                        "one by one above)")
                .arg(o.count)
                .arg(kMaxPerKind);
        m_findings.append(o.summary);
    }
    m_overflow.clear();
    m_overflowOrder.clear();
    m_perKind.clear();
    return std::exchange(m_findings, {});
}

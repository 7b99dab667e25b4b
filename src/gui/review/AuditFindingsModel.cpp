#include "AuditFindingsModel.h"

#include "charts/ChartPalette.h"

#include <QApplication>
#include <QStyle>

namespace {

constexpr int kIdsShown = 6;       // in the cell; the tooltip has more
constexpr int kIdsInTooltip = 200; // a tooltip past that is unreadable anyway

} // namespace

AuditFindingsModel::AuditFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditFindingsModel::setFindings(const QList<AuditFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int AuditFindingsModel::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [](const AuditFinding &f) { return f.isError(); }));
}

int AuditFindingsModel::infoCount() const
{
    return int(m_findings.size()) - errorCount();
}

QString AuditFindingsModel::summary() const
{
    if (m_findings.isEmpty())
        return tr("No findings: the data agrees with itself.");
    // English plurals spelled out: the project ships no .qm files yet, and
    // "1 error(s)" reads badly.
    const int errors = errorCount();
    const int notes = infoCount();
    return tr("%1, %2").arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                            notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes));
}

QString AuditFindingsModel::idsText(const QList<qint64> &ids, int shown)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < shown; ++i)
        parts << QString::number(ids.at(i));
    QString text = parts.join(QStringLiteral(", "));
    if (ids.size() > shown)
        text += tr(" \u2026 (+%n more)", nullptr, int(ids.size() - shown));
    return text;
}

int AuditFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const AuditFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return f.isError() ? tr("Error") : tr("Note");
        case Kind:
            return f.kind;
        case Table:
            return f.table;
        case Ids:
            return idsText(f.ids, kIdsShown);
        case Message:
            return f.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Severity) {
            return QApplication::style()->standardIcon(
                f.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity && f.isError())
            return ChartPalette(QApplication::palette()).loss();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Ids)
            return tr("%1 rows of %2: %3\nDouble-click to show them.")
                .arg(f.ids.size())
                .arg(f.table, idsText(f.ids, kIdsInTooltip));
        if (index.column() == Severity)
            return f.isError() ? tr("The data contradicts itself.")
                               : tr("Legal, but worth a look.");
        return f.message;
    case SortRole:
        switch (index.column()) {
        case Severity:
            return f.isError() ? 0 : 1;
        case Ids:
            return f.ids.isEmpty() ? qint64(-1) : f.ids.first();
        }
        return data(index, Qt::DisplayRole);
    case TableRole:
        return f.table;
    case IdsRole:
        return QVariant::fromValue(f.ids);
    }
    return {};
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Kind:
        return tr("Kind");
    case Table:
        return tr("Table");
    case Ids:
        return tr("Rows (ids)");
    case Message:
        return tr("Message");
    }
    return {};
}

#pragma once

#include "review/AuditFinding.h"

#include <QAbstractTableModel>

// The integrity audit's findings, one row each: severity (icon and colour),
// kind, table, the ids of the rows involved, and the message. SortRole gives
// errors before notes and ids by number.
class AuditFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Kind, Table, Ids, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, TableRole, IdsRole };

    explicit AuditFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<AuditFinding> &findings);
    const QList<AuditFinding> &findings() const { return m_findings; }
    int errorCount() const;
    int infoCount() const;
    // "2 errors, 5 notes", or that there is nothing to report.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString idsText(const QList<qint64> &ids, int shown);

private:
    QList<AuditFinding> m_findings;
};

#pragma once

#include "backup/BackupTypes.h"

#include <QAbstractTableModel>

// The backups of one directory as rows: time, file, kind, size, source, row
// counts and whether the file verified.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, File, Kind, Size, Rows, Verified, Source, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<BackupEntry> entries);
    const QList<BackupEntry> &entries() const { return m_entries; }
    const BackupEntry *entry(int row) const;
    void updateEntry(const BackupEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(BackupKind kind);
    static QString rowsText(const TableCounts &tables);

private:
    QVariant display(const BackupEntry &entry, int column) const;

    QList<BackupEntry> m_entries;
};

#include "BackupListModel.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

void BackupListModel::setEntries(QList<BackupEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const BackupEntry *BackupListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void BackupListModel::updateEntry(const BackupEntry &entry)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].path == entry.path) {
            m_entries[row] = entry;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Sqlite:
        return tr("SQLite database");
    case BackupKind::PostgresArchive:
        return tr("pg_dump archive");
    case BackupKind::Unknown:
        break;
    }
    return tr("Unknown");
}

QString BackupListModel::rowsText(const TableCounts &tables)
{
    if (tables.isEmpty())
        return QString();
    const QLocale locale;
    QStringList parts;
    for (const char *table : {"orders", "trades", "positions", "trading_sessions"}) {
        const QString name = QString::fromLatin1(table);
        if (tables.contains(name))
            parts << QStringLiteral("%1 %2").arg(locale.toString(tables.value(name)), name);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant BackupListModel::display(const BackupEntry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time:
        return locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case File: {
        const QString name = QFileInfo(entry.path).fileName();
        return entry.safety ? tr("%1 (safety backup)").arg(name) : name;
    }
    case Kind:
        return kindText(entry.kind);
    case Size:
        return locale.formattedDataSize(entry.bytes);
    case Rows:
        return rowsText(entry.tables);
    case Verified:
        switch (entry.verified) {
        case BackupEntry::Verified::Yes:
            return tr("Verified");
        case BackupEntry::Verified::Failed:
            return tr("Failed");
        case BackupEntry::Verified::Unknown:
            return entry.hasSidecar ? tr("Not checked") : tr("Not checked (no sidecar)");
        }
        break;
    case Source:
        return entry.source.isEmpty() ? tr("robot's own copy") : entry.source;
    }
    return {};
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    const BackupEntry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Verified && !e->verifyMessage.isEmpty())
            return e->verifyMessage;
        if (index.column() == File)
            return e->path;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Verified && e->verified == BackupEntry::Verified::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Verified && e->verified == BackupEntry::Verified::Yes)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case PathRole:
        return e->path;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Rows:
        return tr("Rows");
    case Verified:
        return tr("Verified");
    case Source:
        return tr("Source");
    }
    return {};
}

#pragma once

#include <QCompleter>

class QStringListModel;

// Completes the last item of a comma-separated list in a QLineEdit
// ("AAPL, MS" offers MSFT and keeps "AAPL, "), case-insensitively.
class ListCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit ListCompleter(QObject *parent = nullptr);

    void setValues(const QStringList &values);
    QStringList values() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_model;
};

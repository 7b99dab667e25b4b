#include "ListCompleter.h"

#include <QLineEdit>
#include <QStringListModel>

ListCompleter::ListCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setFilterMode(Qt::MatchStartsWith);
}

void ListCompleter::setValues(const QStringList &values)
{
    m_model->setStringList(values);
}

QStringList ListCompleter::values() const
{
    return m_model->stringList();
}

QStringList ListCompleter::splitPath(const QString &path) const
{
    return {path.section(u',', -1).trimmed()};
}

QString ListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString value = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return value;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? value : text.left(comma + 1) + u' ' + value;
}

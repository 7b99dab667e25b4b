#pragma once

#include <QStringList>
#include <QToolButton>

// A drop-down of checkable choices (order statuses): none checked means any.
// The button's text sums up the choice ("Status: Filled, Canceled").
class MultiChoiceButton : public QToolButton
{
    Q_OBJECT
public:
    MultiChoiceButton(const QString &caption, const QStringList &values, const QStringList &labels,
                      QWidget *parent = nullptr);

    QStringList selectedValues() const;
    void setSelectedValues(const QStringList &values);
    // The action of one value, for tests and keyboard users.
    QAction *actionFor(const QString &value) const;

signals:
    void selectionChanged();

private:
    void updateText();

    QString m_caption;
    QList<QAction *> m_actions;
};

#pragma once

#include <QStringList>
#include <QStyleOptionComboBox>
#include <QToolButton>

// A drop-down of checkable choices (order statuses): none checked means any.
// The button's text sums up the choice ("Status: Filled, Canceled"). It is
// drawn as a combo box, like the side and type filters beside it: a tool
// button's menu indicator is a tiny arrow squeezed into its corner.
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateText();
    QStyleOptionComboBox comboOption() const;

    QString m_caption;
    QList<QAction *> m_actions;
};

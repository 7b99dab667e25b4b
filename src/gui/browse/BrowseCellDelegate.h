#pragma once

#include <QStyledItemDelegate>

// Paints one LazyTableModel cell for an operator: side and status as coloured
// labels whatever the stored spelling, P&L green or red by sign, NULL greyed
// and italic (an empty string stays empty), and nothing at all for a row whose
// page is still loading, so no stale value ever flickers by.
class BrowseCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintLabel(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
};

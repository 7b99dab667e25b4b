#pragma once

#include "settings/TableLayout.h"

#include <QTableView>

class QAction;

// The browse grid over a LazyTableModel: uniform row heights, one line per
// cell, whole-row selection, sorting by header click (the page turns it into
// ORDER BY), a header context menu to show, hide and reset columns (drag a
// header to reorder), and copying the selection as TSV.
class BrowseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit BrowseTableView(QWidget *parent = nullptr);

    // Widths, order, hidden columns and the sort indicator, for AppSettings.
    TableLayout layoutState() const;
    // Applies a saved layout, or sensible widths when it is empty or no longer
    // fits the columns. Emits no sortRequested().
    void restoreLayoutState(const TableLayout &layout, const QString &defaultSortColumn,
                            Qt::SortOrder defaultSortOrder = Qt::DescendingOrder);
    void setSortIndicatorQuietly(int column, Qt::SortOrder order);
    // Columns an operator reads first, in this order; the rest follow in the
    // schema's order. Used when there is no saved layout and on "Reset columns".
    void setPreferredOrder(const QStringList &columns) { m_preferredOrder = columns; }
    // Actions a page adds below Copy in the cell context menu ("Go to order").
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // Logical indexes of the columns the operator shows, left to right.
    QList<int> visibleColumnsInViewOrder() const;
    // The selection (whole rows, visible columns in view order) as TSV.
    QString selectionAsTsv(bool withHeaders) const;
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyWithHeadersAction() const { return m_copyWithHeadersAction; }

public slots:
    void copySelection();
    void copySelectionWithHeaders();
    void applyDefaultWidths();
    void applyDefaultOrder();

signals:
    void sortRequested(int column, Qt::SortOrder order);
    // Widths, order or visibility changed by the operator: time to save.
    void layoutEdited();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    int defaultWidth(int column) const;

    QAction *m_copyAction;
    QAction *m_copyWithHeadersAction;
    QList<QAction *> m_contextActions;
    QStringList m_preferredOrder;
    bool m_restoring = false;
};

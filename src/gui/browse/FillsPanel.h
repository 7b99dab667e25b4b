#pragma once

#include "db/ConnectionSpec.h"

#include <QWidget>

class BrowseTableView;
class LazyTableModel;
class QLabel;

// The fills of one order below the orders grid (master/detail): the trades
// table filtered by order_id, on a lazy model of its own, so an order with
// thousands of fills browses like any other table.
class FillsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FillsPanel(QWidget *parent = nullptr);

    void setSource(const ConnectionSpec &spec);
    void clearSource();
    // -1 shows nothing.
    void showOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    LazyTableModel *model() const { return m_model; }
    BrowseTableView *view() const { return m_view; }
    void setTimeDisplay(bool local);

signals:
    // Open the trades page filtered by this order.
    void openInTradesRequested(qint64 orderId);

private:
    void updateTitle();

    LazyTableModel *m_model;
    BrowseTableView *m_view;
    QLabel *m_title;
    qint64 m_orderId = -1;
    bool m_hasSource = false;
};

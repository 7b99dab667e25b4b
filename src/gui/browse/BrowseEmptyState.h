#pragma once

#include <QWidget>

class LazyTableModel;
class QLabel;
class QPushButton;

// What the page shows instead of an empty grid: why there is nothing (the
// robot has not created the table yet, no rows yet, no rows match) and, when
// filters are the reason, a button that clears them.
class BrowseEmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit BrowseEmptyState(QWidget *parent = nullptr);

    // Chooses the message for the model's state; false when the grid has
    // rows to show (or may have: still counting). nullptr: no database open.
    bool showFor(const LazyTableModel *model);
    void showMessage(const QString &title, const QString &detail, bool offerClear);
    QString title() const;
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearFiltersRequested();

private:
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_clear;
};

#pragma once

#include <QWidget>

class FilterBar;
class LazyTableModel;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The line above the grid: the count ("12,345 of 1,000,000 trades", marked
// as an estimate until exact), quiet notes (a filter not applied and why, a
// text search that scans the whole table, columns this database lacks) and
// the "N new rows" hint after a refresh. Buttons for the page's actions go
// at its right end.
class BrowseStatusRow : public QWidget
{
    Q_OBJECT
public:
    explicit BrowseStatusRow(QWidget *parent = nullptr);

    // nullptr model: no database open.
    void update(const LazyTableModel *model, const FilterBar &filterBar);
    void showNewRows(qint64 rows);
    void hideNewRows();
    void addButton(QToolButton *button);
    QString countText() const;
    QString noteText() const;

signals:
    void newRowsClicked();

private:
    QHBoxLayout *m_layout;
    QLabel *m_count;
    QLabel *m_note;
    QToolButton *m_newRows;
};

#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableWidget;

// Every column of one row, with its whole text (notes and error messages
// uncut, wrapped), for the row selected in the grid. Rows of the pane can be
// selected and copied (Ctrl+C) as "column<TAB>value" lines.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // Shows row `row` of a LazyTableModel; -1 or an unloaded row clears it.
    void showRow(const QAbstractItemModel *model, int row);
    void clear();
    QString valueText(const QString &column) const;
    QTableWidget *table() const { return m_table; }

public slots:
    void copySelection();

private:
    QLabel *m_title;
    QTableWidget *m_table;
};

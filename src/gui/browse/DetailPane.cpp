#include "DetailPane.h"

#include "CellPalette.h"
#include "SelectionText.h"
#include "query/LazyTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("detailPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_table->setObjectName(QStringLiteral("detailTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(tr("Copy the selected fields (%1)")
                         .arg(copy->shortcut().toString(QKeySequence::NativeText)));
    connect(copy, &QAction::triggered, this, &DetailPane::copySelection);
    m_table->addAction(copy);
    layout->addWidget(m_table);
    clear();
}

void DetailPane::clear()
{
    m_title->setText(tr("No row selected"));
    m_table->setRowCount(0);
}

void DetailPane::showRow(const QAbstractItemModel *model, int row)
{
    if (!model || row < 0 || row >= model->rowCount() ||
        !model->index(row, 0).data(LazyTableModel::IsLoadedRole).toBool()) {
        clear();
        return;
    }
    const int columns = model->columnCount();
    m_table->setRowCount(columns);
    const QColor quiet = CellPalette::quietText(palette());
    for (int column = 0; column < columns; ++column) {
        const QModelIndex index = model->index(row, column);
        auto *name = new QTableWidgetItem(model->headerData(column, Qt::Horizontal).toString());
        name->setData(Qt::UserRole, index.data(LazyTableModel::ColumnNameRole));
        name->setToolTip(index.data(LazyTableModel::ColumnNameRole).toString());
        auto *value = new QTableWidgetItem(index.data(LazyTableModel::FullTextRole).toString());
        if (index.data(LazyTableModel::IsNullRole).toBool()) {
            QFont italic = value->font();
            italic.setItalic(true);
            value->setFont(italic);
            value->setForeground(quiet);
        }
        m_table->setItem(column, 0, name);
        m_table->setItem(column, 1, value);
    }
    m_table->resizeRowsToContents();
    const QString id = model->index(row, 0).data(LazyTableModel::RowIdRole).toString();
    m_title->setText(tr("Row ID %1").arg(id));
}

QString DetailPane::valueText(const QString &column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == column)
            return m_table->item(row, 1)->text();
    }
    return {};
}

void DetailPane::copySelection()
{
    const QString text =
        SelectionText::toTsv(*m_table->model(), m_table->selectionModel()->selectedIndexes(),
                             {0, 1}, Qt::DisplayRole, false);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

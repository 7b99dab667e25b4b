#include "BrowseTableView.h"

#include "BrowseCellDelegate.h"
#include "SelectionText.h"
#include "query/LazyTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace {

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

BrowseTableView::BrowseTableView(QWidget *parent)
    : QTableView(parent)
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_copyWithHeadersAction(new QAction(tr("Copy with &headers"), this))
{
    setItemDelegate(new BrowseCellDelegate(this));
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Uniform row heights: the view never measures millions of rows.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setTextElideMode(Qt::ElideRight);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    columns->setToolTip(tr("Click to sort; drag to reorder; right-click to show or hide columns"));
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            &BrowseTableView::showHeaderMenu);
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!m_restoring) {
                    emit sortRequested(column, order);
                    // The model keeps its row count across a sort, so the view
                    // would stay mid-table and read deep pages by offset; a new
                    // order is read from its first rows, as operators expect.
                    scrollToTop();
                    emit layoutEdited();
                }
            });
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved}) {
        connect(columns, signal, this, [this] {
            if (!m_restoring)
                emit layoutEdited();
        });
    }

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(
        withShortcut(tr("Copy the selected rows as TSV"), m_copyAction->shortcut()));
    connect(m_copyAction, &QAction::triggered, this, &BrowseTableView::copySelection);
    addAction(m_copyAction);
    m_copyWithHeadersAction->setObjectName(QStringLiteral("copyWithHeadersAction"));
    m_copyWithHeadersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyWithHeadersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyWithHeadersAction, &QAction::triggered, this,
            &BrowseTableView::copySelectionWithHeaders);
    addAction(m_copyWithHeadersAction);
}

QList<int> BrowseTableView::visibleColumnsInViewOrder() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString BrowseTableView::selectionAsTsv(bool withHeaders) const
{
    if (!model() || !selectionModel())
        return {};
    QModelIndexList cells;
    const QList<int> columns = visibleColumnsInViewOrder();
    for (const QModelIndex &row : selectionModel()->selectedRows()) {
        for (int column : columns)
            cells << model()->index(row.row(), column);
    }
    return SelectionText::toTsv(*model(), cells, columns, LazyTableModel::FullTextRole,
                                withHeaders);
}

void BrowseTableView::copySelection()
{
    const QString text = selectionAsTsv(false);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void BrowseTableView::copySelectionWithHeaders()
{
    const QString text = selectionAsTsv(true);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void BrowseTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("browseContextMenu"));
    menu.addAction(m_copyAction);
    menu.addAction(m_copyWithHeadersAction);
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(event->globalPos());
}

void BrowseTableView::showHeaderMenu(const QPoint &position)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooserMenu"));
    menu.setToolTipsVisible(true);
    const QList<int> shown = visibleColumnsInViewOrder();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column stays: a grid without columns is a dead end.
        action->setEnabled(!(shown.size() == 1 && shown.first() == logical));
        connect(action, &QAction::toggled, this, [this, logical](bool visible) {
            horizontalHeader()->setSectionHidden(logical, !visible);
            emit layoutEdited();
        });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        QHeaderView *header = horizontalHeader();
        for (int logical = 0; logical < header->count(); ++logical)
            header->setSectionHidden(logical, false);
        applyDefaultOrder();
        applyDefaultWidths();
        emit layoutEdited();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

int BrowseTableView::defaultWidth(int column) const
{
    const QFontMetrics metrics = fontMetrics();
    const QString header = model()->headerData(column, Qt::Horizontal).toString();
    const int headerWidth = metrics.horizontalAdvance(header) + 28; // room for the sort arrow
    const auto *lazy = qobject_cast<const LazyTableModel *>(model());
    const ColumnDef *def = lazy ? lazy->columnDef(column) : nullptr;
    const ColumnType type = def ? def->type : ColumnType::Text;
    const QString name = def ? def->name : QString();
    QString sample;
    switch (type) {
    case ColumnType::DateTime:
        sample = QStringLiteral("2025-12-20 14:03:07.123456");
        break;
    case ColumnType::Decimal:
        sample = QStringLiteral("-1,234,567.89");
        break;
    case ColumnType::Integer:
        sample = QStringLiteral("12345678");
        break;
    case ColumnType::Enum:
        sample = QStringLiteral("Partially filled");
        break;
    case ColumnType::Boolean:
        sample = QStringLiteral("Yes");
        break;
    case ColumnType::Text:
        sample = name == u"symbol" ? QStringLiteral("AAPLX")
                                   : QStringLiteral("a reasonably long note of text");
        break;
    }
    return qMax(headerWidth, metrics.horizontalAdvance(sample) + 24);
}

void BrowseTableView::applyDefaultWidths()
{
    if (!model())
        return;
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnWidth(column, defaultWidth(column));
    m_restoring = wasRestoring;
}

TableLayout BrowseTableView::layoutState() const
{
    TableLayout layout;
    layout.headerState = horizontalHeader()->saveState();
    const auto *lazy = qobject_cast<const LazyTableModel *>(model());
    const ColumnDef *def =
        lazy ? lazy->columnDef(horizontalHeader()->sortIndicatorSection()) : nullptr;
    if (def)
        layout.sortColumn = def->name;
    layout.sortOrder = horizontalHeader()->sortIndicatorOrder();
    return layout;
}

void BrowseTableView::restoreLayoutState(const TableLayout &layout,
                                         const QString &defaultSortColumn,
                                         Qt::SortOrder defaultSortOrder)
{
    if (!model())
        return;
    m_restoring = true;
    QHeaderView *header = horizontalHeader();
    // A saved state for another set of columns (an older schema) is dropped.
    const bool restored = !layout.headerState.isEmpty() &&
                          header->restoreState(layout.headerState) &&
                          header->count() == model()->columnCount();
    if (!restored) {
        for (int logical = 0; logical < header->count(); ++logical)
            header->setSectionHidden(logical, false);
        applyDefaultOrder();
        applyDefaultWidths();
    }
    const auto *lazy = qobject_cast<const LazyTableModel *>(model());
    int sortColumn = lazy ? lazy->columnOf(layout.sortColumn) : -1;
    Qt::SortOrder order = layout.sortOrder;
    if (sortColumn < 0) {
        sortColumn = lazy ? lazy->columnOf(defaultSortColumn) : 0;
        order = defaultSortOrder;
    }
    header->setSortIndicator(sortColumn, order);
    m_restoring = false;
}

void BrowseTableView::setSortIndicatorQuietly(int column, Qt::SortOrder order)
{
    m_restoring = true;
    horizontalHeader()->setSortIndicator(column, order);
    m_restoring = false;
}

void BrowseTableView::applyDefaultOrder()
{
    const auto *lazy = qobject_cast<const LazyTableModel *>(model());
    if (!lazy)
        return;
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    int visual = 0;
    for (const QString &name : std::as_const(m_preferredOrder)) {
        const int logical = lazy->columnOf(name);
        if (logical >= 0)
            header->moveSection(header->visualIndex(logical), visual++);
    }
    m_restoring = wasRestoring;
}

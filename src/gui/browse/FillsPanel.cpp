#include "FillsPanel.h"

#include "BrowseTableView.h"
#include "CountText.h"
#include "query/LazyTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

FillsPanel::FillsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LazyTableModel(this))
    , m_view(new BrowseTableView(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("fillsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("fillsTitle"));
    header->addWidget(m_title, 1);
    auto *open = new QToolButton(this);
    open->setObjectName(QStringLiteral("openFillsInTradesButton"));
    open->setText(tr("Open in Trades"));
    open->setToolTip(tr("Show these fills on the Trades page"));
    connect(open, &QToolButton::clicked, this, [this] {
        if (m_orderId >= 0)
            emit openInTradesRequested(m_orderId);
    });
    header->addWidget(open);
    layout->addLayout(header);

    m_view->setObjectName(QStringLiteral("fillsView"));
    m_view->setModel(m_model);
    m_view->setPreferredOrder({QStringLiteral("id"), QStringLiteral("executed_at"),
                               QStringLiteral("side"), QStringLiteral("quantity"),
                               QStringLiteral("price"), QStringLiteral("total_value"),
                               QStringLiteral("commission")});
    layout->addWidget(m_view);
    connect(m_model, &LazyTableModel::ready, this, [this] {
        m_view->restoreLayoutState({}, RobotSchema::table(RobotTable::Trades).mainTimeColumn);
        // The order is the panel's subject: its column would only repeat it.
        const int orderColumn = m_model->columnOf(u"order_id");
        if (orderColumn >= 0)
            m_view->setColumnHidden(orderColumn, true);
        updateTitle();
    });
    connect(m_model, &LazyTableModel::countChanged, this, &FillsPanel::updateTitle);
    connect(m_view, &BrowseTableView::sortRequested, this,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    updateTitle();
}

void FillsPanel::setSource(const ConnectionSpec &spec)
{
    m_hasSource = true;
    m_model->setSource(spec, RobotTable::Trades);
    // Fills in the order they happened: the first fill first.
    m_model->setSortSpec({QStringLiteral("executed_at"), Qt::AscendingOrder});
    showOrder(m_orderId);
}

void FillsPanel::clearSource()
{
    m_hasSource = false;
    showOrder(-1);
}

void FillsPanel::showOrder(qint64 orderId)
{
    m_orderId = orderId;
    FilterSet filters;
    // No order: a filter no row matches, so the grid stays empty and cheap.
    filters.filters << Filter{
        QStringLiteral("order_id"), FilterOperator::Equals, {orderId >= 0 ? orderId : qint64(-1)}};
    if (m_hasSource && filters != m_model->filters())
        m_model->setFilters(filters);
    updateTitle();
}

void FillsPanel::setTimeDisplay(bool local)
{
    m_model->setTimeDisplay(local ? ValueFormatter::TimeDisplay::Local
                                  : ValueFormatter::TimeDisplay::Utc);
}

void FillsPanel::updateTitle()
{
    if (m_orderId < 0) {
        m_title->setText(tr("Fills: select an order to see its trades"));
        return;
    }
    if (!m_model->isReady() || !m_model->isTablePresent() ||
        m_model->countState() != LazyTableModel::CountState::Exact) {
        m_title->setText(tr("Fills of order %1").arg(m_orderId));
        return;
    }
    const qint64 fills = m_model->count();
    m_title->setText(
        fills == 1
            ? tr("Fills of order %1: 1 trade").arg(m_orderId)
            : tr("Fills of order %1: %2 trades").arg(m_orderId).arg(CountText::grouped(fills)));
}

#include "BrowseEmptyState.h"

#include "query/LazyTableModel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BrowseEmptyState::BrowseEmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_detail->setObjectName(QStringLiteral("emptyStateDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    m_clear->setObjectName(QStringLiteral("emptyClearFiltersButton"));
    m_clear->setToolTip(tr("Remove every filter of this page (Esc in the filter bar)"));
    connect(m_clear, &QPushButton::clicked, this, &BrowseEmptyState::clearFiltersRequested);
    layout->addWidget(m_clear, 0, Qt::AlignCenter);
    layout->addStretch(2);
}

void BrowseEmptyState::showMessage(const QString &title, const QString &detail, bool offerClear)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_clear->setVisible(offerClear);
}

QString BrowseEmptyState::title() const
{
    return m_title->text();
}

bool BrowseEmptyState::showFor(const LazyTableModel *model)
{
    if (!model) {
        showMessage(tr("No database open"), tr("Open the robot's database to browse it."), false);
        return true;
    }
    const TableDef &def = RobotSchema::table(model->table());
    const QString noun = def.label.toLower();
    if (!model->isReady())
        return false;
    if (!model->isTablePresent()) {
        showMessage(tr("The robot has not created the %1 table yet").arg(def.name),
                    tr("It appears when the robot writes its first %1. Refresh (F5) to look again.")
                        .arg(noun),
                    false);
        return true;
    }
    if (model->count() != 0 || model->countState() != LazyTableModel::CountState::Exact ||
        !model->lastError().isEmpty())
        return false;
    if (!model->filters().isEmpty())
        showMessage(tr("No %1 match these filters").arg(noun), QString(), true);
    else
        showMessage(tr("No %1 yet").arg(noun), tr("The %1 table is empty.").arg(def.name), false);
    return true;
}

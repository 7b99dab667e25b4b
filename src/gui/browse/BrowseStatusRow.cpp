#include "BrowseStatusRow.h"

#include "CountText.h"
#include "FilterBar.h"
#include "query/LazyTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

BrowseStatusRow::BrowseStatusRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
    , m_newRows(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusRow"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_layout->addWidget(m_count);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_layout->addWidget(m_note, 1);
    m_newRows->setObjectName(QStringLiteral("newRowsButton"));
    m_newRows->setAutoRaise(true);
    m_newRows->setToolTip(tr("Rows the robot wrote since the last look; click to see them"));
    m_newRows->hide();
    connect(m_newRows, &QToolButton::clicked, this, [this] {
        m_newRows->hide();
        emit newRowsClicked();
    });
    m_layout->addWidget(m_newRows);
}

void BrowseStatusRow::addButton(QToolButton *button)
{
    m_layout->addWidget(button);
}

void BrowseStatusRow::update(const LazyTableModel *model, const FilterBar &filterBar)
{
    m_count->setText(model ? CountText::forModel(*model) : tr("No database open"));
    QStringList notes;
    if (!filterBar.isValid())
        notes << tr("Filter not applied: %1").arg(filterBar.validationError());
    if (model && model->isReady() && !model->canUseIndex())
        notes << tr("text search reads the whole table, so it can take a while");
    if (model && !model->missingColumns().isEmpty())
        notes << tr("not in this database: %1").arg(model->missingColumns().join(u", "));
    m_note->setText(notes.join(QStringLiteral(" · ")));
    // Quiet notes use the disabled text colour; a refused filter stands out.
    m_note->setEnabled(!filterBar.isValid());
}

void BrowseStatusRow::showNewRows(qint64 rows)
{
    // No plural forms without a loaded translation: spell both out.
    m_newRows->setText(rows == 1 ? tr("1 new row")
                                 : tr("%1 new rows").arg(CountText::grouped(rows)));
    m_newRows->show();
}

void BrowseStatusRow::hideNewRows()
{
    m_newRows->hide();
}

QString BrowseStatusRow::countText() const
{
    return m_count->text();
}

QString BrowseStatusRow::noteText() const
{
    return m_note->text();
}

#include "FilterBar.h"

#include "DistinctValuesLoader.h"
#include "FieldMarker.h"
#include "FilterFields.h"
#include "ListCompleter.h"
#include "MultiChoiceButton.h"
#include "RangeEdit.h"
#include "TimeRangeEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace {

// The numeric columns worth a range, per table, with their captions.
QList<std::pair<QString, const char *>> rangeColumns(RobotTable table)
{
    switch (table) {
    case RobotTable::Orders:
        return {{QStringLiteral("quantity"), QT_TRANSLATE_NOOP("FilterBar", "Qty")},
                {QStringLiteral("limit_price"), QT_TRANSLATE_NOOP("FilterBar", "Limit")}};
    case RobotTable::Trades:
        return {{QStringLiteral("quantity"), QT_TRANSLATE_NOOP("FilterBar", "Qty")},
                {QStringLiteral("price"), QT_TRANSLATE_NOOP("FilterBar", "Price")}};
    case RobotTable::Positions:
        return {{QStringLiteral("quantity"), QT_TRANSLATE_NOOP("FilterBar", "Qty")},
                {QStringLiteral("unrealized_pnl"), QT_TRANSLATE_NOOP("FilterBar", "P&&L")}};
    case RobotTable::TradingSessions:
        break;
    }
    return {};
}

} // namespace

FilterBar::FilterBar(RobotTable table, QWidget *parent)
    : QWidget(parent)
    , m_table(RobotSchema::table(table))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);
    buildControls();
}

QLineEdit *FilterBar::addLineEdit(const QString &name, const QString &placeholder,
                                  const QString &toolTip)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, &FilterBar::scheduleApply);
    return edit;
}

QComboBox *FilterBar::addEnumCombo(const QString &name, RobotEnum type, const QString &caption)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(tr("%1: any").arg(caption), QString());
    const RobotEnumDef &def = RobotEnums::definition(type);
    for (qsizetype i = 0; i < def.values.size(); ++i)
        combo->addItem(def.labels.value(i, def.values[i]), def.values[i]);
    combo->setToolTip(caption);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleApply);
    return combo;
}

void FilterBar::buildControls()
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

    m_search =
        addLineEdit(QStringLiteral("searchEdit"), tr("Search notes, errors, broker IDs (Ctrl+F)"),
                    tr("Text contained in notes, error message or broker ID. Needs a full scan. "
                       "Ctrl+F focuses the filters, Esc clears them."));
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    first->addWidget(m_search, 3);

    m_symbol = addLineEdit(QStringLiteral("symbolEdit"), tr("Symbols"),
                           tr("One or several symbols, separated by commas"));
    m_symbolCompleter = new ListCompleter(m_symbol);
    m_symbol->setCompleter(m_symbolCompleter);
    first->addWidget(m_symbol, 1);

    if (m_table.column(u"side")) {
        m_side = addEnumCombo(QStringLiteral("sideCombo"), RobotEnum::OrderSide, tr("Side"));
        first->addWidget(m_side);
    }
    if (m_table.column(u"order_type")) {
        m_orderType =
            addEnumCombo(QStringLiteral("orderTypeCombo"), RobotEnum::OrderType, tr("Type"));
        first->addWidget(m_orderType);
    }
    if (m_table.column(u"status")) {
        const RobotEnumDef &def = RobotEnums::definition(RobotEnum::OrderStatus);
        m_status = new MultiChoiceButton(tr("Status"), def.values, def.labels, this);
        m_status->setObjectName(QStringLiteral("statusButton"));
        connect(m_status, &MultiChoiceButton::selectionChanged, this, &FilterBar::scheduleApply);
        first->addWidget(m_status);
    }
    if (m_table.column(u"is_open")) {
        m_open = new QComboBox(this);
        m_open->setObjectName(QStringLiteral("openCombo"));
        m_open->addItem(tr("Open and closed"), QVariant());
        m_open->addItem(tr("Open only"), true);
        m_open->addItem(tr("Closed only"), false);
        m_open->setToolTip(tr("Open or closed positions"));
        connect(m_open, &QComboBox::currentIndexChanged, this, &FilterBar::scheduleApply);
        first->addWidget(m_open);
    }
    m_strategy = addLineEdit(QStringLiteral("strategyEdit"), tr("Strategy"),
                             tr("Exactly this strategy name"));
    m_strategyCompleter = new ListCompleter(m_strategy);
    m_strategy->setCompleter(m_strategyCompleter);
    first->addWidget(m_strategy, 1);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters (Esc)"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAll);
    first->addWidget(m_clear);

    const ColumnDef *time = m_table.column(m_table.mainTimeColumn);
    m_time = new TimeRangeEdit(time ? time->label : m_table.mainTimeColumn, this);
    connect(m_time, &TimeRangeEdit::edited, this, &FilterBar::scheduleApply);
    second->addWidget(m_time);
    for (const auto &[name, caption] : rangeColumns(m_table.id)) {
        const ColumnDef *column = m_table.column(name);
        if (!column)
            continue;
        auto *range = new RangeEdit(*column, tr(caption), this);
        connect(range, &RangeEdit::edited, this, &FilterBar::scheduleApply);
        m_ranges << range;
        second->addSpacing(8);
        second->addWidget(range);
    }
    m_pinnedButton = new QToolButton(this);
    m_pinnedButton->setObjectName(QStringLiteral("pinnedFilterButton"));
    m_pinnedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pinnedButton->hide();
    connect(m_pinnedButton, &QToolButton::clicked, this, [this] {
        m_pinned.reset();
        m_pinnedButton->hide();
        applyNow();
    });
    second->addSpacing(8);
    second->addWidget(m_pinnedButton);
    second->addStretch(1);
}

void FilterBar::loadCompletions(const ConnectionSpec &spec)
{
    const quint64 generation = ++m_completionGeneration;
    auto *loader = new DistinctValuesLoader(spec, m_table.id, this);
    connect(loader, &DistinctValuesLoader::loaded, this,
            [this, generation](const QStringList &symbols, const QStringList &strategies) {
                if (generation != m_completionGeneration)
                    return; // an older database's values
                setSymbolValues(symbols);
                setStrategyValues(strategies);
            });
    loader->start();
}

void FilterBar::setSymbolValues(const QStringList &symbols)
{
    m_symbolCompleter->setValues(symbols);
}

void FilterBar::setStrategyValues(const QStringList &strategies)
{
    m_strategyCompleter->setValues(strategies);
}

void FilterBar::setAvailableColumns(const QStringList &columns)
{
    const auto show = [&](QWidget *widget, const QString &column) {
        if (widget)
            widget->setVisible(columns.contains(column));
    };
    show(m_symbol, QStringLiteral("symbol"));
    show(m_strategy, QStringLiteral("strategy_name"));
    show(m_side, QStringLiteral("side"));
    show(m_orderType, QStringLiteral("order_type"));
    show(m_status, QStringLiteral("status"));
    show(m_open, QStringLiteral("is_open"));
    show(m_time, m_table.mainTimeColumn);
    for (RangeEdit *range : m_ranges)
        show(range, range->column());
    bool searchable = false;
    for (const QString &column : FilterSet::searchColumns())
        searchable = searchable || columns.contains(column);
    m_search->setVisible(searchable);
}

void FilterBar::setTimeDisplay(ValueFormatter::TimeDisplay display)
{
    m_time->setTimeDisplay(display);
}

void FilterBar::scheduleApply()
{
    m_debounce->start();
}

void FilterBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clearAll();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::resetFields()
{
    for (QLineEdit *edit : {m_search, m_symbol, m_strategy}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
        FieldMarker::setValid(edit);
    }
    for (QComboBox *combo : {m_side, m_orderType, m_open}) {
        if (combo) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
    }
    if (m_status) {
        const QSignalBlocker blocker(m_status);
        m_status->setSelectedValues({});
    }
    m_time->clear();
    for (RangeEdit *range : m_ranges)
        range->clear();
    m_pinned.reset();
    m_pinnedButton->hide();
}

void FilterBar::clearAll()
{
    resetFields();
    applyNow();
}

void FilterBar::showSymbols(const QStringList &symbols)
{
    resetFields();
    const QSignalBlocker blocker(m_symbol);
    m_symbol->setText(symbols.join(QStringLiteral(", ")));
    applyNow();
}

void FilterBar::showTimeRange(std::optional<Timestamp> from, std::optional<Timestamp> to)
{
    resetFields();
    m_time->setRange(from, to);
    applyNow();
}

void FilterBar::pinFilter(const Filter &filter, const QString &label)
{
    resetFields();
    m_pinned = filter;
    m_pinnedButton->setText(label + QStringLiteral("  ✕"));
    m_pinnedButton->setToolTip(tr("Filtered by %1; click to remove").arg(label));
    m_pinnedButton->show();
    applyNow();
}

void FilterBar::applyNow()
{
    m_debounce->stop();
    FilterSet set;
    QString error;
    const bool wasValid = isValid();
    if (!collect(&set, &error)) {
        m_error = error.isEmpty() ? tr("Invalid filter") : error;
        emit validityChanged(false, m_error);
        return;
    }
    m_error.clear();
    if (!wasValid)
        emit validityChanged(true, {});
    if (set == m_applied)
        return;
    m_applied = set;
    emit filtersChanged(m_applied);
}

bool FilterBar::collectText(QLineEdit *edit, int maxLength, QString *text, QString *error)
{
    QString reason;
    const std::optional<QString> value = FilterFields::text(edit->text(), maxLength, &reason);
    if (!value) {
        FieldMarker::setInvalid(edit, reason);
        *error = reason;
        return false;
    }
    FieldMarker::setValid(edit);
    *text = *value;
    return true;
}

bool FilterBar::collectSymbols(QList<Filter> *filters, QString *error)
{
    const ColumnDef *column = m_table.column(u"symbol");
    QString reason;
    const std::optional<QStringList> symbols = FilterFields::symbols(
        m_symbol->text(), m_symbolCompleter->values(), column ? column->length : 10, &reason);
    if (!symbols) {
        FieldMarker::setInvalid(m_symbol, reason);
        *error = reason;
        return false;
    }
    FieldMarker::setValid(m_symbol);
    if (symbols->size() == 1)
        filters->append({QStringLiteral("symbol"), FilterOperator::Equals, {symbols->first()}});
    else if (symbols->size() > 1)
        filters->append({QStringLiteral("symbol"), FilterOperator::AnyOf,
                         QVariantList(symbols->cbegin(), symbols->cend())});
    return true;
}

bool FilterBar::collect(FilterSet *set, QString *error)
{
    // Every field is checked (and marked) even after a first error.
    bool ok = true;
    if (m_search->isVisibleTo(this))
        ok = collectText(m_search, kMaxSearchLength, &set->search, error) && ok;
    if (m_symbol->isVisibleTo(this))
        ok = collectSymbols(&set->filters, error) && ok;
    const auto addEnum = [&](QComboBox *combo, const QString &column) {
        if (combo && combo->isVisibleTo(this) && !combo->currentData().toString().isEmpty())
            set->filters.append({column, FilterOperator::Equals, {combo->currentData()}});
    };
    addEnum(m_side, QStringLiteral("side"));
    addEnum(m_orderType, QStringLiteral("order_type"));
    if (m_status && m_status->isVisibleTo(this)) {
        const QStringList statuses = m_status->selectedValues();
        if (!statuses.isEmpty())
            set->filters.append({QStringLiteral("status"), FilterOperator::AnyOf,
                                 QVariantList(statuses.cbegin(), statuses.cend())});
    }
    if (m_open && m_open->isVisibleTo(this) && m_open->currentData().isValid())
        set->filters.append(
            {QStringLiteral("is_open"), FilterOperator::Equals, {m_open->currentData().toBool()}});
    if (m_strategy->isVisibleTo(this)) {
        const ColumnDef *column = m_table.column(u"strategy_name");
        QString strategy;
        if (collectText(m_strategy, column ? column->length : 100, &strategy, error)) {
            if (!strategy.isEmpty())
                set->filters.append(
                    {QStringLiteral("strategy_name"), FilterOperator::Equals, {strategy}});
        } else {
            ok = false;
        }
    }
    for (RangeEdit *range : m_ranges) {
        if (range->isVisibleTo(this))
            ok = range->collect(&set->filters, error) && ok;
    }
    if (m_time->isVisibleTo(this))
        ok = m_time->collect(&set->from, &set->to, error) && ok;
    if (m_pinned)
        set->filters.append(*m_pinned);
    return ok;
}

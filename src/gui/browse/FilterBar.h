#pragma once

#include "db/ConnectionSpec.h"
#include "query/FilterSet.h"
#include "query/ValueFormatter.h"
#include "schema/RobotSchema.h"

#include <QWidget>

class ListCompleter;
class MultiChoiceButton;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;
class RangeEdit;
class TimeRangeEdit;

// The filters an operator needs on one robot table, typed: symbols (several,
// completed from the database), side, order type, statuses, strategy, a time
// range with presets, numeric ranges, open/closed, and a text search. Typing
// is debounced; a new valid filter set supersedes the previous one (the
// model then drops and interrupts the query in flight). A bad value is
// marked in place and the last valid filters stay applied. Esc clears.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kMaxSearchLength = 500;

    explicit FilterBar(RobotTable table, QWidget *parent = nullptr);

    // The filters last applied (always valid).
    const FilterSet &filterSet() const { return m_applied; }
    bool isValid() const { return m_error.isEmpty(); }
    QString validationError() const { return m_error; }

    // Reads the distinct symbols and strategies off the GUI thread.
    void loadCompletions(const ConnectionSpec &spec);
    void setSymbolValues(const QStringList &symbols);
    void setStrategyValues(const QStringList &strategies);
    // Hides the controls of columns the database does not have.
    void setAvailableColumns(const QStringList &columns);
    void setTimeDisplay(ValueFormatter::TimeDisplay display);

    // Filters from elsewhere in the window; each replaces what was there.
    void showSymbols(const QStringList &symbols);
    void showTimeRange(std::optional<Timestamp> from, std::optional<Timestamp> to);
    // A filter with no control of its own (order_id = 42), shown as a chip
    // that removes it when clicked.
    void pinFilter(const Filter &filter, const QString &label);

public slots:
    void clearAll();
    void focusSearch();
    // Applies what the fields say now, without waiting for the debounce.
    void applyNow();

signals:
    void filtersChanged(const FilterSet &filters);
    void validityChanged(bool valid, const QString &error);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildControls();
    QLineEdit *addLineEdit(const QString &name, const QString &placeholder, const QString &toolTip);
    QComboBox *addEnumCombo(const QString &name, RobotEnum type, const QString &caption);
    void scheduleApply();
    bool collect(FilterSet *set, QString *error);
    bool collectSymbols(QList<Filter> *filters, QString *error);
    bool collectText(QLineEdit *edit, int maxLength, QString *text, QString *error);
    void resetFields();

    const TableDef &m_table;
    FilterSet m_applied;
    QString m_error;
    std::optional<Filter> m_pinned;
    QTimer *m_debounce;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_symbol = nullptr;
    QLineEdit *m_strategy = nullptr;
    QComboBox *m_side = nullptr;
    QComboBox *m_orderType = nullptr;
    QComboBox *m_open = nullptr;
    MultiChoiceButton *m_status = nullptr;
    TimeRangeEdit *m_time = nullptr;
    QList<RangeEdit *> m_ranges;
    ListCompleter *m_symbolCompleter = nullptr;
    ListCompleter *m_strategyCompleter = nullptr;
    QToolButton *m_pinnedButton = nullptr;
    QToolButton *m_clear = nullptr;
    quint64 m_completionGeneration = 0;
};

#pragma once

#include "query/ValueFormatter.h"
#include "schema/Timestamp.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

// The date range on a table's main time column: presets (all time, today,
// last 7 days) and free "from"/"to" fields that accept a date or a date and
// time, read in the time zone the grid shows (UTC or local). A bare date in
// "to" includes that whole day.
class TimeRangeEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { All, Today, Last7Days, Custom };

    TimeRangeEdit(const QString &caption, QWidget *parent = nullptr);

    QComboBox *presetCombo() const { return m_preset; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    // [from, to) for FilterSet; false (fields marked, *error set) when invalid.
    bool collect(std::optional<Timestamp> *from, std::optional<Timestamp> *to,
                 QString *error) const;
    void setRange(std::optional<Timestamp> from, std::optional<Timestamp> to);
    void setPreset(Preset preset);
    void setTimeDisplay(ValueFormatter::TimeDisplay display);
    void clear();

signals:
    void edited();

private:
    std::optional<Timestamp> parse(const QString &text, bool end, QString *error) const;
    QString format(const Timestamp &time) const;
    QDate today() const;

    ValueFormatter::TimeDisplay m_display = ValueFormatter::TimeDisplay::Utc;
    QComboBox *m_preset;
    QLineEdit *m_from;
    QLineEdit *m_to;
};

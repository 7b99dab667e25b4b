#pragma once

#include "query/Filter.h"
#include "schema/Decimal.h"
#include "schema/RobotSchema.h"

#include <QWidget>

class QLineEdit;

// A "from .. to" pair for one numeric column (quantity, price, P&L). Either
// side may be empty. Values are typed as Decimals and checked against the
// column's NUMERIC(precision, scale) range, so a bad value is shown in place
// and never reaches the database.
class RangeEdit : public QWidget
{
    Q_OBJECT
public:
    RangeEdit(const ColumnDef &column, const QString &caption, QWidget *parent = nullptr);

    QString column() const { return m_column.name; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *maxEdit() const { return m_max; }
    bool isEmpty() const;
    // Appends >= and <= filters; false (fields marked, *error set) when invalid.
    bool collect(QList<Filter> *filters, QString *error) const;
    void clear();

signals:
    void edited();

private:
    std::optional<Decimal> parse(QLineEdit *edit, QString *error) const;

    ColumnDef m_column;
    QLineEdit *m_min;
    QLineEdit *m_max;
};

#include "RangeEdit.h"

#include "FieldMarker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

RangeEdit::RangeEdit(const ColumnDef &column, const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
{
    setObjectName(column.name + QStringLiteral("Range"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(caption, this);
    layout->addWidget(label);
    for (QLineEdit *edit : {m_min, m_max}) {
        const bool isMin = edit == m_min;
        edit->setObjectName(column.name +
                            (isMin ? QStringLiteral("MinEdit") : QStringLiteral("MaxEdit")));
        edit->setPlaceholderText(isMin ? tr("min") : tr("max"));
        edit->setToolTip(isMin ? tr("Smallest %1 to show (inclusive)").arg(caption)
                               : tr("Largest %1 to show (inclusive)").arg(caption));
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-00000.00")) + 30);
        edit->setAlignment(Qt::AlignRight);
        connect(edit, &QLineEdit::textEdited, this, &RangeEdit::edited);
        layout->addWidget(edit);
        if (isMin)
            layout->addWidget(new QLabel(QStringLiteral("–"), this));
    }
    label->setBuddy(m_min);
}

bool RangeEdit::isEmpty() const
{
    return m_min->text().trimmed().isEmpty() && m_max->text().trimmed().isEmpty();
}

void RangeEdit::clear()
{
    m_min->clear();
    m_max->clear();
    FieldMarker::setValid(m_min);
    FieldMarker::setValid(m_max);
}

std::optional<Decimal> RangeEdit::parse(QLineEdit *edit, QString *error) const
{
    // Operators paste "1,234.5": thousands separators are not an error.
    QString text = edit->text().trimmed();
    text.remove(u',');
    const std::optional<Decimal> value = Decimal::fromString(text);
    if (!value) {
        *error = tr("\"%1\" is not a number").arg(edit->text().left(40));
        return std::nullopt;
    }
    // NUMERIC(p, s) holds less than 10^(p-s) in magnitude.
    const int digits =
        m_column.precision > m_column.scale ? m_column.precision - m_column.scale : 18;
    Decimal limit = Decimal::fromInteger(1);
    for (int i = 0; i < qMin(digits, 18); ++i)
        limit = limit * Decimal::fromInteger(10);
    if (value->abs() >= limit) {
        *error = tr("%1 is out of range for this column").arg(edit->text().left(40));
        return std::nullopt;
    }
    return value;
}

bool RangeEdit::collect(QList<Filter> *filters, QString *error) const
{
    std::optional<Decimal> low;
    std::optional<Decimal> high;
    bool ok = true;
    for (QLineEdit *edit : {m_min, m_max}) {
        if (edit->text().trimmed().isEmpty()) {
            FieldMarker::setValid(edit);
            continue;
        }
        QString reason;
        const std::optional<Decimal> value = parse(edit, &reason);
        if (!value) {
            FieldMarker::setInvalid(edit, reason);
            *error = reason;
            ok = false;
            continue;
        }
        FieldMarker::setValid(edit);
        (edit == m_min ? low : high) = value;
    }
    if (ok && low && high && *high < *low) {
        const QString reason = tr("The maximum is below the minimum");
        FieldMarker::setInvalid(m_max, reason);
        *error = reason;
        ok = false;
    }
    if (!ok)
        return false;
    if (low)
        filters->append({m_column.name, FilterOperator::GreaterEqual, {QVariant::fromValue(*low)}});
    if (high)
        filters->append({m_column.name, FilterOperator::LessEqual, {QVariant::fromValue(*high)}});
    return true;
}

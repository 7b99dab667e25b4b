#include "FieldMarker.h"

#include "CellPalette.h"

#include <QVariant>
#include <QWidget>

namespace FieldMarker {

namespace {

constexpr char kInvalid[] = "tiInvalid";
constexpr char kOwnToolTip[] = "tiOwnToolTip";

} // namespace

void setInvalid(QWidget *field, const QString &reason)
{
    if (!isInvalid(field))
        field->setProperty(kOwnToolTip, field->toolTip());
    field->setProperty(kInvalid, true);
    const QString color = CellPalette::loss(field->palette()).name();
    field->setStyleSheet(QStringLiteral("border: 2px solid %1; border-radius: 3px;").arg(color));
    field->setToolTip(reason);
}

void setValid(QWidget *field)
{
    if (!isInvalid(field))
        return;
    field->setProperty(kInvalid, false);
    field->setStyleSheet(QString());
    field->setToolTip(field->property(kOwnToolTip).toString());
}

bool isInvalid(const QWidget *field)
{
    return field->property(kInvalid).toBool();
}

} // namespace FieldMarker

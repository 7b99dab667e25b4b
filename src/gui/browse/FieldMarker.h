#pragma once

#include <QString>

class QWidget;

// Marks an input field as invalid in place: a red border and the reason as
// its tooltip, so a bad value is explained where it was typed. Clearing puts
// back the field's own tooltip.
namespace FieldMarker {

void setInvalid(QWidget *field, const QString &reason);
void setValid(QWidget *field);
bool isInvalid(const QWidget *field);

} // namespace FieldMarker

#pragma once

#include <QString>
#include <QVariantList>

// SQL text with `?` placeholders and the values to bind to them, in order.
// Nothing an operator typed ever appears in `sql`.
struct BoundSql
{
    QString sql;
    QVariantList values;
};

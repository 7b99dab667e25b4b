#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace BoundQuery {

// Prepares `sql`, binds `values` to its `?` placeholders in order and runs it
// forward-only (QPSQL then streams rows instead of loading the whole result).
// On failure returns false and, when `error` is given, a one-line reason.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
          QString *error = nullptr);

} // namespace BoundQuery

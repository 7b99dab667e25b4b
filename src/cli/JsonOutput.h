#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace JsonOutput {

// Indented JSON followed by a newline, so `| jq` and humans both read it.
void print(QTextStream &out, const QJsonObject &object);
void print(QTextStream &out, const QJsonArray &array);

} // namespace JsonOutput

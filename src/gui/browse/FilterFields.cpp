#include "FilterFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace FilterFields {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterFields", text);
}

} // namespace

std::optional<QString> text(const QString &value, int maxLength, QString *error)
{
    if (value.contains(QChar(0))) {
        *error = tr("Text cannot contain a NUL character");
        return std::nullopt;
    }
    const QString trimmed = value.trimmed();
    if (trimmed.size() > maxLength) {
        *error = tr("Too long: at most %1 characters").arg(maxLength);
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QStringList> symbols(const QString &value, const QStringList &known, int maxLength,
                                   QString *error)
{
    if (value.contains(QChar(0))) {
        *error = tr("Text cannot contain a NUL character");
        return std::nullopt;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList result;
    for (const QString &token : value.split(separators, Qt::SkipEmptyParts)) {
        if (token.size() > maxLength) {
            *error = tr("\"%1\" is not a symbol: at most %2 characters")
                         .arg(token.left(20) + (token.size() > 20 ? QStringLiteral("…") : ""))
                         .arg(maxLength);
            return std::nullopt;
        }
        QString symbol = token.toUpper();
        for (const QString &spelling : known) {
            if (spelling.compare(token, Qt::CaseInsensitive) == 0) {
                symbol = spelling;
                break;
            }
        }
        if (!result.contains(symbol))
            result << symbol;
    }
    return result;
}

} // namespace FilterFields

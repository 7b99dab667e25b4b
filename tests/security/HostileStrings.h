#pragma once

#include <QString>
#include <QStringList>

// What an operator (or a pasted log line, or an attacker) may type into a
// field: quotes, SQL, LIKE wildcards, escapes, NUL, a huge value, emoji,
// impossible dates and numbers out of every column's range.
namespace HostileStrings {

inline QStringList all()
{
    return {
        QStringLiteral("'"),
        QStringLiteral("\""),
        QStringLiteral("'; DROP TABLE trades; --"),
        QStringLiteral("\"; DROP TABLE trades; --"),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("\\'; DELETE FROM orders; --"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QString(10240, u'x'),
        QStringLiteral("📈 émoji 🚀"),
        QStringLiteral("2025-02-30"),
        QStringLiteral("2025-13-45T25:61:61"),
        QStringLiteral("0000-00-00"),
        QStringLiteral("yesterday"),
        QStringLiteral("1e400"),
        QStringLiteral("99999999999999999999999999"),
        QStringLiteral("-9223372036854775809"),
        QStringLiteral("NaN"),
        QStringLiteral(" "),
    };
}

// A printable name for a test row or a failure message.
inline QString label(const QString &s)
{
    QString shown = s.left(40);
    shown.replace(QChar(0), QStringLiteral("\\0"));
    return s.size() > 40 ? shown + QStringLiteral("...(%1 chars)").arg(s.size()) : shown;
}

} // namespace HostileStrings
